namespace CsExtension.Rules.Growth
{
    /// <summary>The expansion signals' numbers from CS Configuration; <see cref="Default"/> gives the design's defaults.</summary>
    public sealed class GrowthSettings
    {
        public static GrowthSettings Default => new GrowthSettings();

        /// <summary>Utilisation (%) required in each of the latest two snapshots (85).</summary>
        public int SeatExpansionPercent { get; set; } = 85;

        /// <summary>Days the two snapshots must cover together (14).</summary>
        public int SeatExpansionDays { get; set; } = 14;

        /// <summary>Seats needed per active user (1.2).</summary>
        public decimal SeatExpansionFactor { get; set; } = 1.2m;

        /// <summary>An active contract ending within this many days qualifies for a renewal upgrade (90).</summary>
        public int RenewalUpgradeDays { get; set; } = 90;

        /// <summary>Health score required for a renewal upgrade (60).</summary>
        public int RenewalUpgradeMinScore { get; set; } = 60;

        /// <summary>Uplift (%) of ARR for renewal and tier upgrades (10).</summary>
        public int RenewalUpliftPercent { get; set; } = 10;

        /// <summary>Features adopted ÷ available (%) for a tier upgrade (80).</summary>
        public int TierUpgradePercent { get; set; } = 80;

        /// <summary>Days a signal waits after its opportunity was closed (90).</summary>
        public int SignalCooldownDays { get; set; } = 90;
    }
}
