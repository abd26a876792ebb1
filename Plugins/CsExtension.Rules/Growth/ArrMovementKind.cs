namespace CsExtension.Rules.Growth
{
    /// <summary>The kinds of ARR movement the ledger records (DESIGN §5).</summary>
    public enum ArrMovementKind
    {
        New,
        Expansion,
        Contraction,
        Churn,
        Reactivation,
    }
}
