namespace CsExtension.Rules.Sla
{
    /// <summary>Where a customer request stands against its SLA (the request's "SLA status" column, same order as its choice).</summary>
    public enum SlaStatus
    {
        NotStarted,
        InProgress,
        NearingBreach,
        Breached,
        Met,
        Paused,
        Cancelled,
    }
}
