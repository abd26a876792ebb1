using System;
using System.Collections.Generic;

namespace CsExtension.Rules.Health
{
    /// <summary>Everything the health score is computed from: bounded, already aggregated values.</summary>
    public sealed class HealthInputs
    {
        public DateTime Now { get; set; }

        public CustomerTier? Tier { get; set; }

        /// <summary>Newest first; at most the latest four snapshots are needed (the latest and the three before it).</summary>
        public IReadOnlyList<UsageReading> Usage { get; set; } = Array.Empty<UsageReading>();

        /// <summary>When the last customer-facing activity (appointment, phone call, email) was completed.</summary>
        public DateTime? LastEngagementOn { get; set; }

        /// <summary>When the last customer meeting (appointment or phone call) was completed.</summary>
        public DateTime? LastMeetingOn { get; set; }

        public SupportSummary Support { get; set; } = new SupportSummary(0, 0, 0);

        public ContractSummary? Contract { get; set; }

        public OnboardingStatus Onboarding { get; set; } = OnboardingStatus.NotStarted;

        public DateTime? OnboardingDueOn { get; set; }

        public DateTime? LastQbrOn { get; set; }

        /// <summary>The score in force 30 days ago, from the health history; null when there is no row for that day.</summary>
        public int? ScoreThirtyDaysAgo { get; set; }

        public HealthOverride? Override { get; set; }
    }
}
