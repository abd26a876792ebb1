using System;
using System.Linq;
using CsCheck;
using CsExtension.Rules.Growth;
using CsExtension.Rules.Health;
using Xunit;

namespace CsExtension.Rules.Tests.Growth
{
    public class ExpansionSignalsTests
    {
        private static readonly DateTime Now = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        private static readonly GrowthSettings Settings = GrowthSettings.Default;

        private static UsageReading Reading(int active, int seats = 100, int adopted = 5, int available = 10, int endDaysAgo = 0, int periodDays = 30) =>
            new UsageReading(Now.Date.AddDays(-endDaysAgo - periodDays), Now.Date.AddDays(-endDaysAgo), active, seats, 1000, adopted, available);

        private static SignalInputs Healthy(params UsageReading[] usage) =>
            new SignalInputs { Now = Now, Band = HealthBand.Healthy, Score = 80, Arr = 120000m, Usage = usage };

        private static ExpansionSignal? Only(SignalInputs inputs, SignalType type) =>
            ExpansionSignals.Detect(inputs, Settings).SingleOrDefault(s => s.Type == type);

        [Fact]
        public void Seat_expansion_at_95_percent_is_14_seats_at_1200_each()
        {
            // ceil(95 × 1.2) = 114 seats needed, 14 more; 120,000 ARR ÷ 100 seats = 1,200 per seat; 14 × 1,200 = 16,800.
            var signal = Only(Healthy(Reading(95), Reading(95, endDaysAgo: 30)), SignalType.SeatExpansion)!;

            Assert.Equal(16800m, signal.Value);
            Assert.Equal(83, signal.Score); // 50 + 50 × (95 − 85) ÷ (100 − 85) = 83.3
            Assert.Contains("95 of 100 seats active (95 %)", signal.Detail);
            Assert.Contains("ceil(95 × 1.2) = 114, 14 more × ARR per seat 1,200 (120,000 ÷ 100) = 16,800", signal.Detail);
            Assert.Equal("Seat expansion: +14 seats", signal.Title);
        }

        [Fact]
        public void Seat_expansion_needs_both_snapshots_over_the_threshold_covering_14_days_and_a_healthy_band()
        {
            Assert.Null(Only(Healthy(Reading(95), Reading(80, endDaysAgo: 30)), SignalType.SeatExpansion));
            Assert.Null(Only(Healthy(Reading(95)), SignalType.SeatExpansion));
            Assert.Null(Only(Healthy(Reading(95, periodDays: 6), Reading(95, endDaysAgo: 6, periodDays: 6)), SignalType.SeatExpansion));
            var neutral = Healthy(Reading(95), Reading(95, endDaysAgo: 30));
            neutral.Band = HealthBand.Neutral;
            Assert.Null(Only(neutral, SignalType.SeatExpansion));
            Assert.NotNull(Only(Healthy(Reading(85, periodDays: 7), Reading(85, endDaysAgo: 7, periodDays: 7)), SignalType.SeatExpansion));
        }

        [Fact]
        public void Renewal_upgrade_is_the_ending_contracts_arr_times_10_percent()
        {
            var inputs = Healthy();
            inputs.Contracts = new[] { new ExpiringContract(Now.Date.AddDays(60), 120000m), new ExpiringContract(Now.Date.AddDays(200), 50000m) };

            var signal = Only(inputs, SignalType.RenewalUpgrade)!;

            Assert.Equal(12000m, signal.Value);
            Assert.Equal(75, signal.Score); // 50 + 50 × (80 − 60) ÷ 40
            Assert.Contains("in 60 days", signal.Detail);
            Assert.Contains("120,000 × 10 % uplift = 12,000", signal.Detail);
        }

        [Fact]
        public void Renewal_upgrade_needs_a_score_of_60_and_an_end_within_90_days()
        {
            var inputs = Healthy();
            inputs.Contracts = new[] { new ExpiringContract(Now.Date.AddDays(91), 120000m) };
            Assert.Null(Only(inputs, SignalType.RenewalUpgrade));

            inputs.Contracts = new[] { new ExpiringContract(Now.Date.AddDays(90), 120000m) };
            inputs.Score = 59;
            inputs.Band = HealthBand.Neutral;
            Assert.Null(Only(inputs, SignalType.RenewalUpgrade));
            inputs.Score = 60;
            Assert.NotNull(Only(inputs, SignalType.RenewalUpgrade));
        }

        [Fact]
        public void Tier_upgrade_at_9_of_10_features_is_arr_times_10_percent()
        {
            var signal = Only(Healthy(Reading(50, adopted: 9)), SignalType.TierUpgrade)!;

            Assert.Equal(12000m, signal.Value);
            Assert.Equal(75, signal.Score); // 50 + 50 × (90 − 80) ÷ 20
            Assert.Contains("9 of 10 features adopted (90 %; threshold 80 %)", signal.Detail);
            Assert.Null(Only(Healthy(Reading(50, adopted: 7)), SignalType.TierUpgrade));
        }

        [Theory]
        [InlineData(HealthBand.AtRisk)]
        [InlineData(HealthBand.Critical)]
        public void Nothing_for_unhappy_customers(HealthBand band)
        {
            var inputs = Healthy(Reading(95, adopted: 10), Reading(95, endDaysAgo: 30));
            inputs.Band = band;
            inputs.Contracts = new[] { new ExpiringContract(Now.Date.AddDays(30), 120000m) };

            Assert.Empty(ExpansionSignals.Detect(inputs, Settings));
        }

        [Fact]
        public void Plan_creates_once_updates_the_open_one_when_figures_change_and_waits_90_days_after_a_loss()
        {
            var signal = Only(Healthy(Reading(95), Reading(95, endDaysAgo: 30)), SignalType.SeatExpansion)!;
            var id = Guid.NewGuid();

            Assert.True(ExpansionSignals.Plan(new[] { signal }, new PastSignal[0], Now, Settings).Single().IsNew);

            var same = new PastSignal(id, SignalType.SeatExpansion, true, null, signal.Value, signal.Detail, signal.Score);
            Assert.Empty(ExpansionSignals.Plan(new[] { signal }, new[] { same }, Now, Settings));

            var stale = new PastSignal(id, SignalType.SeatExpansion, true, null, 1000m, "old", 50);
            Assert.Equal(id, ExpansionSignals.Plan(new[] { signal }, new[] { stale }, Now, Settings).Single().OpportunityId);

            var lost = new PastSignal(id, SignalType.SeatExpansion, false, Now.AddDays(-89));
            Assert.Empty(ExpansionSignals.Plan(new[] { signal }, new[] { lost }, Now, Settings));
            var lostLongAgo = new PastSignal(id, SignalType.SeatExpansion, false, Now.AddDays(-90));
            Assert.True(ExpansionSignals.Plan(new[] { signal }, new[] { lostLongAgo }, Now, Settings).Single().IsNew);

            var otherType = new PastSignal(id, SignalType.TierUpgrade, false, Now.AddDays(-1));
            Assert.True(ExpansionSignals.Plan(new[] { signal }, new[] { otherType }, Now, Settings).Single().IsNew);
        }

        private static readonly Gen<SignalInputs> Inputs =
            Gen.Select(Gen.Int[0, 3], Gen.Int[0, 100], Gen.Int[0, 1_000_000], Gen.Int[1, 500], Gen.Int[0, 100], Gen.Int[0, 100], Gen.Int[0, 20], Gen.Int[0, 200])
                .Select((band, score, arr, seats, p1, p2, adopted, expiry) => new SignalInputs
                {
                    Now = Now,
                    Band = (HealthBand)band,
                    Score = score,
                    Arr = arr,
                    Usage = new[] { Reading(seats * p1 / 100, seats, Math.Min(adopted, 10)), Reading(seats * p2 / 100, seats, 5, 10, 30) },
                    Contracts = new[] { new ExpiringContract(Now.Date.AddDays(expiry), arr) },
                });

        [Fact]
        public void Every_signal_has_a_positive_value_a_score_within_0_to_100_and_figures_and_none_for_unhappy_accounts()
        {
            Inputs.Sample(inputs =>
            {
                var signals = ExpansionSignals.Detect(inputs, Settings);
                if (inputs.Band == HealthBand.AtRisk || inputs.Band == HealthBand.Critical) Assert.Empty(signals);
                Assert.Equal(signals.Count, signals.Select(s => s.Type).Distinct().Count());
                Assert.All(signals, s =>
                {
                    Assert.True(s.Value > 0);
                    Assert.InRange(s.Score, 0, 100);
                    Assert.Matches("[0-9]", s.Detail);
                });
            });
        }

        [Fact]
        public void Planning_twice_with_what_the_first_plan_wrote_writes_nothing()
        {
            Inputs.Sample(inputs =>
            {
                var signals = ExpansionSignals.Detect(inputs, Settings);
                var written = ExpansionSignals.Plan(signals, new PastSignal[0], Now, Settings)
                    .Select(a => new PastSignal(Guid.NewGuid(), a.Signal.Type, true, null, a.Signal.Value, a.Signal.Detail, a.Signal.Score))
                    .ToArray();
                Assert.Equal(signals.Count, written.Length);
                Assert.Empty(ExpansionSignals.Plan(signals, written, Now, Settings));
            });
        }

        [Fact]
        public void Strength_is_monotonic_and_within_0_to_100()
        {
            Gen.Select(Gen.Int[0, 100], Gen.Int[0, 100], Gen.Int[0, 99]).Sample((a, b, threshold) =>
            {
                var low = Math.Min(a, b);
                var high = Math.Max(a, b);
                Assert.InRange(ExpansionSignals.Strength(low, threshold, 100), 0, 100);
                Assert.True(ExpansionSignals.Strength(low, threshold, 100) <= ExpansionSignals.Strength(high, threshold, 100));
            });
        }
    }
}
