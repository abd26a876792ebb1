namespace CsExtension.Rules.Growth
{
    /// <summary>One row of the ARR ledger: what kind of change, the signed amount (after − before) and both totals.</summary>
    public sealed class ArrMovement
    {
        public ArrMovement(ArrMovementKind kind, decimal before, decimal after)
        {
            Kind = kind;
            Before = before;
            After = after;
        }

        public ArrMovementKind Kind { get; }

        public decimal Before { get; }

        public decimal After { get; }

        /// <summary>Signed change: negative for contraction and churn.</summary>
        public decimal Amount => After - Before;
    }
}
