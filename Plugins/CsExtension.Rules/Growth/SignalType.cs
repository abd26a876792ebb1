namespace CsExtension.Rules.Growth
{
    /// <summary>The expansion signals of DESIGN §4.</summary>
    public enum SignalType
    {
        SeatExpansion,
        RenewalUpgrade,
        TierUpgrade,
    }
}
