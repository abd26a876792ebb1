namespace CsExtension.Rules.Kpis
{
    /// <summary>The KPIs of one period as percentages (rounded to two decimals), and meetings per account. Null means the
    /// rate has nothing to divide by — never 0 and never an error.</summary>
    public sealed class KpiRates
    {
        public decimal? LogoChurnRate { get; set; }

        public decimal? GrossRevenueRetention { get; set; }

        public decimal? NetRevenueRetention { get; set; }

        public decimal? OnboardingCompletionRate { get; set; }

        public decimal? QbrExecutionRate { get; set; }

        public decimal? HealthImprovementRate { get; set; }

        public decimal? UpsellRate { get; set; }

        public decimal? SlaAttainment { get; set; }

        public decimal? MeetingsPerAccount { get; set; }
    }
}
