using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.Account;

namespace CsExtension.Rules.Tests.Health
{
    public class UsageComponentTests
    {
        private static ComponentScore UsageOf(params (int Active, int Seats)[] newestFirst)
        {
            var inputs = Bare();
            inputs.Usage = Usage(newestFirst);
            return Score(inputs, HealthComponent.Usage);
        }

        [Fact]
        public void Usage_at_31_percent_of_seats_down_28_percent_scores_18()
        {
            // 62/200 = 31 % → 31/80 × 100 = 38.75. Mean of previous three = (80+86+92)/3 = 86, drop = 24/86 = 27.9 %.
            // Penalty = 30 × (0.5 + 0.5 × (0.279 − 0.2)/0.2) = 20.93. 38.75 − 20.93 = 17.82 → 18.
            var usage = UsageOf((62, 200), (80, 200), (86, 200), (92, 200));
            Assert.Equal(18, usage.Score);
            Assert.Equal("Usage 18: 31 % of seats active, down 28 %", usage.Explanation);
        }

        [Fact]
        public void Usage_at_80_percent_of_seats_or_more_scores_100()
        {
            Assert.Equal(100, UsageOf((40, 50)).Score);
            Assert.Equal("Usage 100: 80 % of seats active", UsageOf((40, 50)).Explanation);
            Assert.Equal(100, UsageOf((50, 50)).Score);
        }

        [Fact]
        public void Usage_below_80_percent_scales_linearly_20_percent_scores_25()
        {
            Assert.Equal(25, UsageOf((20, 100)).Score);
            Assert.Equal(50, UsageOf((40, 100)).Score);
        }

        [Fact]
        public void Usage_drop_below_20_percent_costs_nothing_but_is_reported()
        {
            // 81 % active → 100; drop (100 − 81)/100 = 19 % < 20 %.
            var usage = UsageOf((81, 100), (100, 100), (100, 100), (100, 100));
            Assert.Equal(100, usage.Score);
            Assert.Equal("Usage 100: 81 % of seats active, down 19 %", usage.Explanation);
        }

        [Fact]
        public void Usage_drop_of_exactly_20_percent_costs_half_the_penalty_15()
        {
            Assert.Equal(85, UsageOf((80, 100), (100, 100), (100, 100), (100, 100)).Score);
        }

        [Fact]
        public void Usage_drop_of_40_percent_or_more_costs_the_full_penalty_30()
        {
            // 60/75 = 80 % → 100; drop 40 % → −30.
            Assert.Equal(70, UsageOf((60, 75), (100, 200), (100, 200), (100, 200)).Score);
            // 30/30 = 100 %; drop 70 % still −30.
            Assert.Equal(70, UsageOf((30, 30), (100, 200), (100, 200), (100, 200)).Score);
        }

        [Fact]
        public void Usage_with_one_previous_snapshot_compares_with_it_and_rounds_77_5_up_to_78()
        {
            // 70/80 = 87.5 % → 100; drop 30 % → 30 × (0.5 + 0.25) = 22.5 → 77.5 → 78 (midpoint away from zero).
            Assert.Equal(78, UsageOf((70, 80), (100, 100)).Score);
        }

        [Fact]
        public void Usage_trend_uses_only_the_previous_three_snapshots()
        {
            // Mean of 100, 100, 100 (the fifth, 0, is ignored) → drop 50 % → −30.
            Assert.Equal(70, UsageOf((50, 50), (100, 100), (100, 100), (100, 100), (0, 100)).Score);
        }

        [Fact]
        public void Usage_without_previous_snapshots_has_no_trend()
        {
            var usage = UsageOf((40, 100));
            Assert.Equal(50, usage.Score);
            Assert.Equal("Usage 50: 40 % of seats active", usage.Explanation);
        }

        [Fact]
        public void Usage_growth_costs_nothing_and_says_nothing_about_a_drop()
        {
            Assert.Equal("Usage 100: 90 % of seats active", UsageOf((90, 100), (50, 100)).Explanation);
        }

        [Fact]
        public void Usage_with_no_licensed_seats_counts_as_0_percent_and_says_why()
        {
            var usage = UsageOf((0, 0), (10, 10));
            Assert.Equal(0, usage.Score);
            Assert.Equal("Usage 0: 0 % of seats active (no licensed seats recorded), down 100 %", usage.Explanation);
        }

        [Fact]
        public void Usage_without_a_snapshot_has_no_data()
        {
            Assert.Null(HealthScoreCalculator.Assess(Bare(), HealthSettings.Default).Component(HealthComponent.Usage));
        }
    }
}
