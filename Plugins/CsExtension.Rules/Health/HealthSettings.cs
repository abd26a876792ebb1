namespace CsExtension.Rules.Health
{
    /// <summary>The numbers behind the health model, with the design's defaults; an admin changes them in the
    /// CS Configuration row (one property per csx_configuration column, named alike).</summary>
    public sealed class HealthSettings
    {
        public static HealthSettings Default => new HealthSettings();

        // Weights (need not sum to 100: they are normalised over the components that have data).
        public decimal WeightUsage { get; set; } = 30;
        public decimal WeightEngagement { get; set; } = 20;
        public decimal WeightSupport { get; set; } = 15;
        public decimal WeightContract { get; set; } = 15;
        public decimal WeightOnboarding { get; set; } = 10;
        public decimal WeightRelationship { get; set; } = 10;

        // Bands: at least this score.
        public int BandHealthyMin { get; set; } = 75;
        public int BandNeutralMin { get; set; } = 50;
        public int BandAtRiskMin { get; set; } = 25;

        public int HealthTrendDays { get; set; } = 30;

        // Usage: this share of seats active scores 100; a drop of at least UsageDropPercent against the mean of the
        // previous UsageTrendSnapshots snapshots costs up to UsageDropPenalty points.
        public decimal UsageFullPercent { get; set; } = 80;
        public int UsageTrendSnapshots { get; set; } = 3;
        public decimal UsageDropPercent { get; set; } = 20;
        public int UsageDropPenalty { get; set; } = 30;

        // Engagement: full marks up to EngagementFullDays since the last customer-facing activity, zero at EngagementZeroDays;
        // meeting cadence expected per tier.
        public int EngagementFullDays { get; set; } = 14;
        public int EngagementZeroDays { get; set; } = 90;
        public int CadenceHighTouchDays { get; set; } = 30;
        public int CadenceMidTouchDays { get; set; } = 60;
        public int CadenceTechTouchDays { get; set; } = 180;

        // Support: 100 minus these per open request, floor 0.
        public int SupportCriticalPenalty { get; set; } = 25;
        public int SupportHighPenalty { get; set; } = 10;
        public int SupportBreachedPenalty { get; set; } = 15;

        // Contract.
        public int ContractOnHoldScore { get; set; } = 20;
        public int ContractRenewalWindowDays { get; set; } = 60;
        public int ContractRenewalPenalty { get; set; } = 30;
        public int ContractContractionPenalty { get; set; } = 20;

        // Onboarding: due this many days after it starts; completes at this share of seats active.
        public int OnboardingDays { get; set; } = 30;
        public decimal OnboardingSeatPercent { get; set; } = 50;
        public int OnboardingOverdueScore { get; set; } = 30;
        public int OnboardingLateScore { get; set; } = 70;

        // Relationship (High touch only): a QBR every QbrIntervalDays; one within QbrRecentDays scores 100, else QbrMissingScore.
        public int QbrIntervalDays { get; set; } = 90;
        public int QbrRecentDays { get; set; } = 100;
        public int QbrMissingScore { get; set; } = 40;

        // Usage-decline alert: against the mean of the previous three snapshots.
        public decimal AlertActiveUsersDrop { get; set; } = 30;
        public decimal AlertLoginsDrop { get; set; } = 40;
        public int AlertNoLoginDays { get; set; } = 14;
    }
}
