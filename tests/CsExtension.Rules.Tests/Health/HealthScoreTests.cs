using System;
using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.Account;

namespace CsExtension.Rules.Tests.Health
{
    public class HealthScoreTests
    {
        /// <summary>Usage 18, Engagement 39, Support 50, Contract 70, Onboarding 30, Relationship 40 (see the component tests).</summary>
        private static HealthInputs Troubled()
        {
            var inputs = Bare(CustomerTier.HighTouch);
            inputs.Usage = Usage((62, 200), (80, 200), (86, 200), (92, 200));
            inputs.LastEngagementOn = DaysAgo(61);
            inputs.LastMeetingOn = DaysAgo(75);
            inputs.Support = new SupportSummary(1, 1, 1);
            inputs.Contract = new ContractSummary(1, 0, DaysAhead(45), false, false);
            inputs.Onboarding = OnboardingStatus.Overdue;
            inputs.OnboardingDueOn = new DateTime(2025, 6, 1);
            return inputs;
        }

        [Fact]
        public void Score_of_all_six_components_is_their_weighted_mean_38_At_risk()
        {
            // (18×30 + 39×20 + 50×15 + 70×15 + 30×10 + 40×10) / 100 = 3820 / 100 = 38.2 → 38.
            var assessment = HealthScoreCalculator.Assess(Troubled(), HealthSettings.Default);
            Assert.Equal(6, assessment.Components.Count);
            Assert.Equal(38, assessment.ComputedScore);
            Assert.Equal(38, assessment.EffectiveScore);
            Assert.Equal(HealthBand.AtRisk, assessment.Band);
            Assert.False(assessment.OverrideInForce);
        }

        [Fact]
        public void Drivers_are_the_two_lowest_components_in_words()
        {
            var assessment = HealthScoreCalculator.Assess(Troubled(), HealthSettings.Default);
            Assert.Equal("Usage 18: 31 % of seats active, down 28 %; Onboarding 30: overdue since 1 Jun 2025", assessment.Drivers);
        }

        [Fact]
        public void Drivers_on_a_tie_follow_the_design_order()
        {
            var inputs = Bare(CustomerTier.MidTouch);
            inputs.Support = new SupportSummary(1, 1, 1);                   // Support 50
            inputs.LastEngagementOn = DaysAgo(14);                          // Engagement 50 (no meeting)
            inputs.Contract = new ContractSummary(0, 1, null, false, false); // Contract 20
            Assert.Equal("Contract 20: on hold; Engagement 50: last customer activity 14 days ago, no meeting yet (every 60 expected)",
                HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Drivers);

            inputs.Contract = null;
            Assert.Equal("Engagement 50: last customer activity 14 days ago, no meeting yet (every 60 expected); Support 50: 1 open Critical request, 1 open High request, 1 breached SLA",
                HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Drivers);
        }

        [Fact]
        public void Drivers_are_empty_when_every_component_scores_100_and_one_when_only_one_is_below()
        {
            var inputs = Bare();
            Assert.Equal("", HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Drivers);
            inputs.Support = new SupportSummary(0, 1, 0);
            Assert.Equal("Support 90: 1 open High request", HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Drivers);
        }

        [Fact]
        public void Components_without_data_share_their_weight_instead_of_counting_as_0()
        {
            // Only Support 50 (15) and Contract 70 (15): (50 + 70) / 2 = 60.
            var inputs = Bare();
            inputs.Support = new SupportSummary(1, 1, 1);
            inputs.Contract = new ContractSummary(1, 0, DaysAhead(45), false, false);
            var assessment = HealthScoreCalculator.Assess(inputs, HealthSettings.Default);
            Assert.Equal(60, assessment.ComputedScore);
            Assert.Equal(2, assessment.Components.Count);
        }

        [Fact]
        public void Score_rounds_a_mean_of_87_5_up_to_88()
        {
            var inputs = Bare();
            inputs.Support = new SupportSummary(0, 1, 1);                     // 75
            inputs.Contract = new ContractSummary(1, 0, null, false, false);  // 100
            Assert.Equal(88, HealthScoreCalculator.Assess(inputs, HealthSettings.Default).ComputedScore);
        }

        [Fact]
        public void Weights_that_do_not_sum_to_100_behave_as_normalised()
        {
            var settings = new HealthSettings { WeightUsage = 3, WeightEngagement = 2, WeightSupport = 1.5m, WeightContract = 1.5m, WeightOnboarding = 1, WeightRelationship = 1 };
            Assert.Equal(38, HealthScoreCalculator.Assess(Troubled(), settings).ComputedScore);
        }

        [Fact]
        public void A_zero_weight_leaves_its_component_out()
        {
            var inputs = Bare();
            inputs.Support = new SupportSummary(0, 1, 1);                     // 75
            inputs.Contract = new ContractSummary(1, 0, null, false, false);  // 100, weight 0
            var assessment = HealthScoreCalculator.Assess(inputs, new HealthSettings { WeightContract = 0 });
            Assert.Equal(75, assessment.ComputedScore);
            Assert.Null(assessment.Component(HealthComponent.Contract));
        }

        [Fact]
        public void No_component_with_data_gives_no_score_not_0()
        {
            var inputs = Bare();
            inputs.Support = null!;
            var assessment = HealthScoreCalculator.Assess(inputs, HealthSettings.Default);
            Assert.Null(assessment.ComputedScore);
            Assert.Null(assessment.EffectiveScore);
            Assert.Null(assessment.Band);
            Assert.Null(assessment.Trend);
            Assert.Empty(assessment.Components);
            Assert.Equal("", assessment.Drivers);

            Assert.Null(HealthScoreCalculator.Assess(Bare(), new HealthSettings { WeightSupport = 0 }).ComputedScore);
        }

        [Fact]
        public void Override_is_in_force_through_its_until_date_and_both_scores_are_kept()
        {
            var inputs = Troubled();
            inputs.Override = new HealthOverride(80, "Exec sponsor confirmed renewal", Now.Date);
            var assessment = HealthScoreCalculator.Assess(inputs, HealthSettings.Default);
            Assert.True(assessment.OverrideInForce);
            Assert.Equal(80, assessment.EffectiveScore);
            Assert.Equal(38, assessment.ComputedScore);
            Assert.Equal(HealthBand.Healthy, assessment.Band);
        }

        [Fact]
        public void Override_has_expired_the_day_after_its_until_date()
        {
            var inputs = Troubled();
            inputs.Override = new HealthOverride(80, "Exec sponsor confirmed renewal", Now.Date.AddDays(-1));
            var assessment = HealthScoreCalculator.Assess(inputs, HealthSettings.Default);
            Assert.False(assessment.OverrideInForce);
            Assert.Equal(38, assessment.EffectiveScore);
            Assert.Equal(HealthBand.AtRisk, assessment.Band);
        }

        [Fact]
        public void Override_gives_a_score_even_when_no_component_has_data()
        {
            var inputs = Bare();
            inputs.Support = null!;
            inputs.Override = new HealthOverride(20, "Churn notice received", Now.Date.AddDays(10));
            var assessment = HealthScoreCalculator.Assess(inputs, HealthSettings.Default);
            Assert.Null(assessment.ComputedScore);
            Assert.Equal(20, assessment.EffectiveScore);
            Assert.Equal(HealthBand.Critical, assessment.Band);
        }

        [Theory]
        [InlineData(100, HealthBand.Healthy)]
        [InlineData(75, HealthBand.Healthy)]
        [InlineData(74, HealthBand.Neutral)]
        [InlineData(50, HealthBand.Neutral)]
        [InlineData(49, HealthBand.AtRisk)]
        [InlineData(25, HealthBand.AtRisk)]
        [InlineData(24, HealthBand.Critical)]
        [InlineData(0, HealthBand.Critical)]
        public void Band_of_a_score_follows_the_design_thresholds(int score, HealthBand band)
        {
            Assert.Equal(band, HealthScoreCalculator.BandOf(score, HealthSettings.Default));
            var inputs = Bare();
            inputs.Override = new HealthOverride(score, "Checking bands", Now.Date);
            Assert.Equal(band, HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Band);
        }

        [Fact]
        public void Trend_is_the_effective_score_minus_the_score_30_days_ago()
        {
            var inputs = Troubled();
            inputs.ScoreThirtyDaysAgo = 52;
            Assert.Equal(-14m, HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Trend);
            inputs.Override = new HealthOverride(80, "Exec sponsor confirmed renewal", Now.Date);
            Assert.Equal(28m, HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Trend);
        }

        [Fact]
        public void Trend_is_unknown_without_a_score_30_days_ago()
        {
            Assert.Null(HealthScoreCalculator.Assess(Troubled(), HealthSettings.Default).Trend);
        }

        [Fact]
        public void Explanations_use_invariant_numbers_and_dates_whatever_the_culture()
        {
            var previous = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
                Assert.Equal("Usage 18: 31 % of seats active, down 28 %; Onboarding 30: overdue since 1 Jun 2025",
                    HealthScoreCalculator.Assess(Troubled(), HealthSettings.Default).Drivers);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }
    }
}
