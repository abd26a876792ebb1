namespace CsExtension.Rules.Kpis
{
    /// <summary>The counts and amounts of one period that every KPI of DESIGN §5 is computed from: plain numbers, read by
    /// the plugin with aggregate queries. Amounts are positive (churn and contraction as the ARR lost).
    /// <para>How the edge cases are counted (the plugin reads the figures so):</para>
    /// <list type="bullet">
    /// <item>An account is <b>active at start</b> when its ARR just before the first day is above zero (the ledger's
    /// "ARR after" of its last movement before the period).</item>
    /// <item>An account that <b>churns and comes back within the period</b> is not a lost logo (it is a customer at the
    /// end): it is not in <see cref="AccountsChurned"/>, and its return offsets its churned ARR in
    /// <see cref="ChurnArr"/> (the plugin subtracts the New/Reactivation ARR of accounts that also lost all their ARR in
    /// the period). Likewise an account that starts and churns within the period was never active at start and counts
    /// in neither the churned logos nor the churned ARR.</item>
    /// <item>A <b>contract cancelled before it started</b> never carried ARR: movements of a cancelled contract dated
    /// before its start (activeon) are left out of every figure (ARR at start, churn, logos).</item>
    /// <item>A <b>period with no High-touch accounts</b> has no QBR execution rate (empty, not 0 % nor 100 %); the
    /// counts behind it are 0.</item>
    /// </list></summary>
    public sealed class KpiFigures
    {
        /// <summary>Accounts whose ARR was above zero just before the period.</summary>
        public int AccountsActiveAtStart { get; set; }

        /// <summary>Accounts active at start whose ARR is zero at the end (lost and not back within the period).</summary>
        public int AccountsChurned { get; set; }

        public decimal ArrAtStart { get; set; }

        public decimal ExpansionArr { get; set; }

        public decimal ContractionArr { get; set; }

        public decimal ChurnArr { get; set; }

        /// <summary>Onboardings whose due date falls in the period.</summary>
        public int OnboardingsDue { get; set; }

        /// <summary>Of those, completed on or before their due date.</summary>
        public int OnboardingsOnTime { get; set; }

        public int HighTouchAccounts { get; set; }

        /// <summary>High-touch accounts with at least one completed QBR (appointment or phone call) in the period.</summary>
        public int HighTouchAccountsWithQbr { get; set; }

        /// <summary>Accounts whose band at the start was At risk or Critical.</summary>
        public int AccountsAtRiskAtStart { get; set; }

        /// <summary>Of those, Neutral or Healthy at the end.</summary>
        public int AccountsImproved { get; set; }

        /// <summary>Accounts with at least one won signal opportunity closed in the period.</summary>
        public int AccountsWithUpsell { get; set; }

        /// <summary>Completed appointments and phone calls regarding an account in the period.</summary>
        public int MeetingsCompleted { get; set; }

        /// <summary>Escalated requests resolved in the period with a final SLA status (Met or Breached).</summary>
        public int RequestsResolved { get; set; }

        public int RequestsMet { get; set; }
    }
}
