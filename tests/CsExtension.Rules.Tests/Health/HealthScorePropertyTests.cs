using System;
using System.Linq;
using CsCheck;
using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.HealthGen;

namespace CsExtension.Rules.Tests.Health
{
    public class HealthScorePropertyTests
    {
        private static int? ComponentScore(HealthInputs inputs, HealthComponent component) =>
            HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Component(component)?.Score;

        [Fact]
        public void Score_and_every_component_are_always_within_0_to_100_whatever_the_settings()
        {
            Gen.Select(Inputs, AnySettings).Sample((inputs, settings) =>
            {
                var assessment = HealthScoreCalculator.Assess(inputs, settings);
                Assert.All(assessment.Components, c => Assert.InRange(c.Score, 0, 100));
                if (assessment.ComputedScore.HasValue) Assert.InRange(assessment.ComputedScore.Value, 0, 100);
                if (assessment.EffectiveScore.HasValue) Assert.InRange(assessment.EffectiveScore.Value, 0, 100);
                Assert.Equal(assessment.EffectiveScore.HasValue, assessment.Band.HasValue);
            }, iter: Iterations);
        }

        [Fact]
        public void Score_lies_between_the_lowest_and_highest_component_it_is_made_of()
        {
            Gen.Select(Inputs, Settings).Sample((inputs, settings) =>
            {
                var assessment = HealthScoreCalculator.Assess(inputs, settings);
                if (assessment.ComputedScore == null) return;
                Assert.InRange(assessment.ComputedScore.Value, assessment.Components.Min(c => c.Score), assessment.Components.Max(c => c.Score));
            }, iter: Iterations);
        }

        [Fact]
        public void More_active_users_in_the_latest_snapshot_never_lower_usage()
        {
            Gen.Select(Inputs.Where(i => i.Usage.Count > 0), Gen.Int[1, 100]).Sample((inputs, more) =>
            {
                var latest = inputs.Usage[0];
                var better = Account.Copy(inputs);
                better.Usage = new[] { new UsageReading(latest.PeriodStart, latest.PeriodEnd, latest.ActiveUsers + more, latest.LicensedSeats, latest.Logins, 0, 0) }
                    .Concat(inputs.Usage.Skip(1)).ToArray();
                Assert.True(ComponentScore(better, HealthComponent.Usage) >= ComponentScore(inputs, HealthComponent.Usage));
            }, iter: Iterations);
        }

        [Fact]
        public void Fewer_open_Critical_or_High_requests_or_breached_SLAs_never_lower_support()
        {
            Gen.Select(Inputs, Gen.Int[0, 2]).Sample((inputs, which) =>
            {
                var s = inputs.Support;
                var better = Account.Copy(inputs);
                better.Support = which switch
                {
                    0 => new SupportSummary(Math.Max(0, s.OpenCritical - 1), s.OpenHigh, s.OpenBreached),
                    1 => new SupportSummary(s.OpenCritical, Math.Max(0, s.OpenHigh - 1), s.OpenBreached),
                    _ => new SupportSummary(s.OpenCritical, s.OpenHigh, Math.Max(0, s.OpenBreached - 1)),
                };
                Assert.True(ComponentScore(better, HealthComponent.Support) >= ComponentScore(inputs, HealthComponent.Support));
            }, iter: Iterations);
        }

        [Fact]
        public void More_recent_engagement_or_meeting_never_lowers_engagement()
        {
            Gen.Select(Inputs.Where(i => i.LastEngagementOn != null || i.LastMeetingOn != null), Gen.Int[1, 120], Gen.Bool).Sample((inputs, days, meeting) =>
            {
                var better = Account.Copy(inputs);
                if (meeting) better.LastMeetingOn = (inputs.LastMeetingOn ?? Account.DaysAgo(400)).AddDays(days);
                else if (inputs.LastEngagementOn.HasValue) better.LastEngagementOn = inputs.LastEngagementOn.Value.AddDays(days);
                Assert.True(ComponentScore(better, HealthComponent.Engagement) >= ComponentScore(inputs, HealthComponent.Engagement));
            }, iter: Iterations);
        }

        [Fact]
        public void An_open_renewal_opportunity_no_contraction_or_an_active_contract_never_lower_contract()
        {
            Gen.Select(Inputs.Where(i => i.Contract != null), Gen.Int[0, 2]).Sample((inputs, which) =>
            {
                var c = inputs.Contract!;
                var better = Account.Copy(inputs);
                better.Contract = which switch
                {
                    0 => new ContractSummary(c.ActiveCount, c.OnHoldCount, c.NextExpiry, true, c.LastArrMovementWasContraction),
                    1 => new ContractSummary(c.ActiveCount, c.OnHoldCount, c.NextExpiry, c.HasOpenRenewalOpportunity, false),
                    _ => new ContractSummary(c.ActiveCount + 1, c.OnHoldCount, c.NextExpiry, c.HasOpenRenewalOpportunity, c.LastArrMovementWasContraction),
                };
                Assert.True(ComponentScore(better, HealthComponent.Contract) >= ComponentScore(inputs, HealthComponent.Contract));
            }, iter: Iterations);
        }

        [Fact]
        public void A_more_recent_QBR_never_lowers_relationship()
        {
            Gen.Select(Inputs, Gen.Int[1, 200]).Sample((inputs, days) =>
            {
                inputs.Tier = CustomerTier.HighTouch;
                var better = Account.Copy(inputs);
                better.LastQbrOn = (inputs.LastQbrOn ?? Account.DaysAgo(500)).AddDays(days);
                Assert.True(ComponentScore(better, HealthComponent.Relationship) >= ComponentScore(inputs, HealthComponent.Relationship));
            }, iter: Iterations);
        }

        [Fact]
        public void A_better_component_score_never_lowers_the_overall_score()
        {
            // Support is the simplest lever: one fewer Critical request.
            Gen.Select(Inputs.Where(i => i.Support.OpenCritical > 0), Settings).Sample((inputs, settings) =>
            {
                var better = Account.Copy(inputs);
                better.Support = new SupportSummary(inputs.Support.OpenCritical - 1, inputs.Support.OpenHigh, inputs.Support.OpenBreached);
                var before = HealthScoreCalculator.Assess(inputs, settings).ComputedScore;
                var after = HealthScoreCalculator.Assess(better, settings).ComputedScore;
                Assert.Equal(before.HasValue, after.HasValue);
                if (before.HasValue) Assert.True(after >= before);
            }, iter: Iterations);
        }

        [Fact]
        public void Scaling_all_weights_by_a_positive_factor_changes_nothing()
        {
            Gen.Select(Inputs, Settings, Gen.Int[1, 10000]).Sample((inputs, settings, hundredths) =>
            {
                var factor = hundredths / 100m;
                var scaled = new HealthSettings
                {
                    WeightUsage = settings.WeightUsage * factor,
                    WeightEngagement = settings.WeightEngagement * factor,
                    WeightSupport = settings.WeightSupport * factor,
                    WeightContract = settings.WeightContract * factor,
                    WeightOnboarding = settings.WeightOnboarding * factor,
                    WeightRelationship = settings.WeightRelationship * factor,
                };
                var expected = HealthScoreCalculator.Assess(inputs, settings);
                var actual = HealthScoreCalculator.Assess(inputs, scaled);
                Assert.Equal(expected.ComputedScore, actual.ComputedScore);
                Assert.Equal(expected.Band, actual.Band);
                Assert.Equal(expected.Drivers, actual.Drivers);
            }, iter: Iterations);
        }

        [Fact]
        public void No_component_with_data_gives_no_score_null_never_0()
        {
            Gen.Select(Inputs, Settings).Sample((inputs, settings) =>
            {
                inputs.Usage = Array.Empty<UsageReading>();
                inputs.LastEngagementOn = null;
                inputs.LastMeetingOn = null;
                inputs.Support = null!;
                inputs.Contract = null;
                inputs.Onboarding = OnboardingStatus.NotStarted;
                inputs.Override = null;
                if (inputs.Tier == CustomerTier.HighTouch) inputs.Tier = CustomerTier.MidTouch;
                var assessment = HealthScoreCalculator.Assess(inputs, settings);
                Assert.Null(assessment.ComputedScore);
                Assert.Null(assessment.EffectiveScore);
                Assert.Null(assessment.Band);
                Assert.Empty(assessment.Components);
            }, iter: Iterations);
        }

        [Fact]
        public void The_override_wins_exactly_through_its_until_date()
        {
            Gen.Select(Inputs, Gen.Int[0, 100], Gen.Int[-3, 3], Gen.Int[0, 1439]).Sample((inputs, score, days, minutes) =>
            {
                var until = Account.Now.Date.AddDays(days).AddMinutes(minutes);
                inputs.Override = new HealthOverride(score, "Because", until);
                var assessment = HealthScoreCalculator.Assess(inputs, HealthSettings.Default);
                var inForce = days >= 0;
                Assert.Equal(inForce, assessment.OverrideInForce);
                Assert.Equal(inForce ? score : assessment.ComputedScore, assessment.EffectiveScore);
                Assert.Equal(HealthScoreCalculator.Assess(Without(inputs), HealthSettings.Default).ComputedScore, assessment.ComputedScore);
            }, iter: Iterations);
        }

        [Fact]
        public void Adding_a_component_with_data_never_makes_the_score_undefined()
        {
            Gen.Select(Inputs, Settings.Where(s => s.WeightUsage > 0), Reading).Sample((inputs, settings, reading) =>
            {
                var before = HealthScoreCalculator.Assess(inputs, settings);
                var more = Account.Copy(inputs);
                more.Usage = new[] { reading }.Concat(inputs.Usage).ToArray();
                var after = HealthScoreCalculator.Assess(more, settings);
                Assert.NotNull(after.ComputedScore);
                Assert.True(after.Components.Count >= before.Components.Count);
            }, iter: Iterations);
        }

        [Fact]
        public void Drivers_are_at_most_two_components_below_100_lowest_first()
        {
            Gen.Select(Inputs, Settings).Sample((inputs, settings) =>
            {
                var assessment = HealthScoreCalculator.Assess(inputs, settings);
                var below = assessment.Components.Where(c => c.Score < 100).OrderBy(c => c.Score).ThenBy(c => c.Component).Take(2).ToList();
                Assert.Equal(string.Join("; ", below.Select(c => c.Explanation)), assessment.Drivers);
            }, iter: Iterations);
        }

        private static HealthInputs Without(HealthInputs inputs)
        {
            var copy = Account.Copy(inputs);
            copy.Override = null;
            return copy;
        }
    }
}
