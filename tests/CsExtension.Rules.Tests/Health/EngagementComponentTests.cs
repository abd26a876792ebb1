using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.Account;

namespace CsExtension.Rules.Tests.Health
{
    public class EngagementComponentTests
    {
        private static ComponentScore EngagementOf(CustomerTier? tier, int? activityDaysAgo, int? meetingDaysAgo)
        {
            var inputs = Bare(tier);
            inputs.LastEngagementOn = activityDaysAgo.HasValue ? DaysAgo(activityDaysAgo.Value) : null;
            inputs.LastMeetingOn = meetingDaysAgo.HasValue ? DaysAgo(meetingDaysAgo.Value) : null;
            return Score(inputs, HealthComponent.Engagement);
        }

        [Fact]
        public void Engagement_activity_61_days_ago_and_meeting_75_days_ago_for_High_touch_scores_39()
        {
            // Recency 100 × (90 − 61)/(90 − 14) = 38.16; cadence 100 × 30/75 = 40; mean 39.08 → 39.
            var engagement = EngagementOf(CustomerTier.HighTouch, 61, 75);
            Assert.Equal(39, engagement.Score);
            Assert.Equal("Engagement 39: last customer activity 61 days ago, last meeting 75 days ago (every 30 expected)", engagement.Explanation);
        }

        [Fact]
        public void Engagement_within_14_days_and_meeting_within_cadence_scores_100()
        {
            Assert.Equal(100, EngagementOf(CustomerTier.HighTouch, 14, 30).Score);
        }

        [Fact]
        public void Engagement_recency_is_halfway_at_52_days_and_zero_from_90_days()
        {
            // Recency 100 × 38/76 = 50, meeting within cadence 100 → 75.
            Assert.Equal(75, EngagementOf(CustomerTier.MidTouch, 52, 10).Score);
            Assert.Equal(50, EngagementOf(CustomerTier.MidTouch, 90, 10).Score);
            Assert.Equal(50, EngagementOf(CustomerTier.MidTouch, 400, 10).Score);
        }

        [Fact]
        public void Engagement_cadence_follows_the_tier_45_days_is_fine_for_Mid_and_two_thirds_for_High()
        {
            Assert.Equal(100, EngagementOf(CustomerTier.MidTouch, 5, 45).Score);
            // High: cadence 100 × 30/45 = 66.67, recency 100 → 83.33 → 83.
            Assert.Equal(83, EngagementOf(CustomerTier.HighTouch, 5, 45).Score);
            Assert.Equal(100, EngagementOf(CustomerTier.TechTouch, 5, 180).Score);
        }

        [Fact]
        public void Engagement_with_no_meeting_ever_counts_cadence_as_0_and_an_unknown_tier_as_Mid()
        {
            var engagement = EngagementOf(null, 14, null);
            Assert.Equal(50, engagement.Score);
            Assert.Equal("Engagement 50: last customer activity 14 days ago, no meeting yet (every 60 expected)", engagement.Explanation);
        }

        [Fact]
        public void Engagement_with_only_a_meeting_known_is_the_cadence_part_alone()
        {
            // Mid: 100 × 60/120 = 50.
            var engagement = EngagementOf(CustomerTier.MidTouch, null, 120);
            Assert.Equal(50, engagement.Score);
            Assert.Equal("Engagement 50: last meeting 120 days ago (every 60 expected)", engagement.Explanation);
        }

        [Fact]
        public void Engagement_today_reads_today()
        {
            Assert.Equal("Engagement 100: last customer activity today, last meeting 1 day ago (every 60 expected)",
                EngagementOf(CustomerTier.MidTouch, 0, 1).Explanation);
        }

        [Fact]
        public void Engagement_with_neither_activity_nor_meeting_known_has_no_data()
        {
            Assert.Null(HealthScoreCalculator.Assess(Bare(), HealthSettings.Default).Component(HealthComponent.Engagement));
        }
    }
}
