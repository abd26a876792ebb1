using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsExtension.Rules.Health;

namespace CsExtension.Rules.Growth
{
    /// <summary>The expansion signals of DESIGN §4 and when to write their opportunities.
    /// <para>Conditions (<see cref="Detect"/>), never for At risk or Critical accounts:</para>
    /// <list type="bullet">
    /// <item>Seat expansion: each of the latest two snapshots at or above the utilisation threshold (85 %), the two
    /// covering at least 14 days together (earliest start to latest end), and band Healthy. Value = (ceil(active × 1.2)
    /// − seats) × ARR per seat, with active and seats from the latest snapshot and ARR per seat = account ARR ÷ those seats.</item>
    /// <item>Renewal upgrade: an active contract ends within 90 days (today included) and the health score is at least 60.
    /// Value = ARR of the contracts ending in the window × uplift (10 %).</item>
    /// <item>Tier upgrade: features adopted ÷ available in the latest snapshot at or above 80 %. Value = account ARR × uplift.</item>
    /// </list>
    /// A signal with no value (no ARR) is not raised.
    /// <para>Score (signal strength): 50 at the signal's threshold rising linearly to 100 at the maximum — seat
    /// expansion on the lower utilisation of the two snapshots (threshold .. 100 %), renewal upgrade on the health score
    /// (minimum score .. 100), tier upgrade on adoption (threshold .. 100 %).</para>
    /// <para>Firing once (<see cref="Plan"/>): the account's signal opportunities are the memory. A signal has fired while an
    /// opportunity of its type is open or was closed (won or lost) within the cool-down (90 days from actualclosedate).
    /// So a signal whose condition holds is created only when none of its type is open or recently closed; an open one is
    /// updated when its figures changed (never duplicated); and after the cool-down the signal fires again if its
    /// condition holds. Reading that memory is bounded: open ones (at most one per type) and those closed within the
    /// cool-down.</para></summary>
    public static class ExpansionSignals
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        /// <summary>The signals whose condition holds now.</summary>
        public static IReadOnlyList<ExpansionSignal> Detect(SignalInputs inputs, GrowthSettings settings)
        {
            if (inputs == null) throw new ArgumentNullException(nameof(inputs));
            if (settings == null) throw new ArgumentNullException(nameof(settings));

            var signals = new List<ExpansionSignal>();
            if (inputs.Band == HealthBand.AtRisk || inputs.Band == HealthBand.Critical)
            {
                return signals;
            }

            AddIfAny(signals, SeatExpansion(inputs, settings));
            AddIfAny(signals, RenewalUpgrade(inputs, settings));
            AddIfAny(signals, TierUpgrade(inputs, settings));
            return signals;
        }

        /// <summary>What to write: a new opportunity for each holding signal that has not fired (none of its type open or
        /// closed within the cool-down), new figures for an open one whose figures changed; nothing otherwise.</summary>
        public static IReadOnlyList<SignalAction> Plan(IReadOnlyList<ExpansionSignal> holding, IReadOnlyList<PastSignal> history, DateTime now, GrowthSettings settings)
        {
            if (holding == null) throw new ArgumentNullException(nameof(holding));
            if (history == null) throw new ArgumentNullException(nameof(history));
            if (settings == null) throw new ArgumentNullException(nameof(settings));

            var actions = new List<SignalAction>();
            foreach (var signal in holding)
            {
                var open = history.FirstOrDefault(p => p.Type == signal.Type && p.IsOpen);
                if (open != null)
                {
                    if (open.Value != signal.Value || open.Detail != signal.Detail || open.Score != signal.Score)
                    {
                        actions.Add(new SignalAction(signal, open.OpportunityId));
                    }

                    continue;
                }

                if (!InCooldown(history, signal.Type, now, settings))
                {
                    actions.Add(new SignalAction(signal, null));
                }
            }

            return actions;
        }

        /// <summary>Whether an opportunity of the type was closed less than the cool-down ago.</summary>
        public static bool InCooldown(IReadOnlyList<PastSignal> history, SignalType type, DateTime now, GrowthSettings settings)
        {
            if (history == null) throw new ArgumentNullException(nameof(history));
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            var since = now.AddDays(-settings.SignalCooldownDays);
            return history.Any(p => p.Type == type && !p.IsOpen && p.ClosedOn.HasValue && p.ClosedOn.Value > since);
        }

        /// <summary>Signal strength: 50 at the threshold, 100 at the maximum, linear in between, within 0–100.</summary>
        public static int Strength(decimal value, decimal threshold, decimal maximum)
        {
            if (maximum <= threshold) return 100;
            var strength = 50m + (50m * (value - threshold) / (maximum - threshold));
            return (int)Math.Max(0m, Math.Min(100m, Math.Round(strength, MidpointRounding.AwayFromZero)));
        }

        private static ExpansionSignal? SeatExpansion(SignalInputs inputs, GrowthSettings settings)
        {
            if (inputs.Band != HealthBand.Healthy || inputs.Usage.Count < 2) return null;
            var latest = inputs.Usage[0];
            var previous = inputs.Usage[1];
            if (latest.LicensedSeats <= 0 || previous.LicensedSeats <= 0) return null;

            var latestPercent = Percent(latest.ActiveUsers, latest.LicensedSeats);
            var previousPercent = Percent(previous.ActiveUsers, previous.LicensedSeats);
            var start = latest.PeriodStart < previous.PeriodStart ? latest.PeriodStart : previous.PeriodStart;
            var end = latest.PeriodEnd > previous.PeriodEnd ? latest.PeriodEnd : previous.PeriodEnd;
            var coveredDays = (int)Math.Round((end - start).TotalDays);
            if (latestPercent < settings.SeatExpansionPercent || previousPercent < settings.SeatExpansionPercent || coveredDays < settings.SeatExpansionDays)
            {
                return null;
            }

            var needed = (int)Math.Ceiling(latest.ActiveUsers * settings.SeatExpansionFactor);
            var extra = needed - latest.LicensedSeats;
            var perSeat = inputs.Arr / latest.LicensedSeats;
            var value = Money(extra * perSeat);
            if (extra <= 0 || value <= 0) return null;

            var detail = string.Format(
                Invariant,
                "{0} of {1} seats active ({2} %) in the latest snapshot and {3} of {4} ({5} %) in the one before, over {6} days ({7:yyyy-MM-dd} to {8:yyyy-MM-dd}); threshold {9} %. "
                + "Seats needed: ceil({0} × {10}) = {11}, {12} more × ARR per seat {13} ({14} ÷ {1}) = {15}.",
                latest.ActiveUsers, latest.LicensedSeats, Format(latestPercent), previous.ActiveUsers, previous.LicensedSeats, Format(previousPercent),
                coveredDays, start, end, settings.SeatExpansionPercent, Format(settings.SeatExpansionFactor), needed, extra, Format(Money(perSeat)), Format(inputs.Arr), Format(value));
            var score = Strength(Math.Min(latestPercent, previousPercent), settings.SeatExpansionPercent, 100m);
            return new ExpansionSignal(SignalType.SeatExpansion, string.Format(Invariant, "Seat expansion: +{0} seats", extra), value, detail, score);
        }

        private static ExpansionSignal? RenewalUpgrade(SignalInputs inputs, GrowthSettings settings)
        {
            if (!inputs.Score.HasValue || inputs.Score.Value < settings.RenewalUpgradeMinScore) return null;
            var today = inputs.Now.Date;
            var ending = inputs.Contracts
                .Where(c => c.ExpiresOn.Date >= today && c.ExpiresOn.Date <= today.AddDays(settings.RenewalUpgradeDays))
                .OrderBy(c => c.ExpiresOn)
                .ToList();
            if (ending.Count == 0) return null;

            var arr = ending.Sum(c => c.Arr);
            var value = Money(arr * settings.RenewalUpliftPercent / 100m);
            if (value <= 0) return null;

            var first = ending[0];
            var days = (int)(first.ExpiresOn.Date - today).TotalDays;
            var detail = string.Format(
                Invariant,
                "{0} ending within {1} days (first on {2:yyyy-MM-dd}, in {3} days) with ARR {4}; health score {5} (minimum {6}). Value: {4} × {7} % uplift = {8}.",
                ending.Count == 1 ? "1 contract" : ending.Count.ToString(Invariant) + " contracts", settings.RenewalUpgradeDays, first.ExpiresOn, days,
                Format(arr), inputs.Score.Value, settings.RenewalUpgradeMinScore, settings.RenewalUpliftPercent, Format(value));
            var score = Strength(inputs.Score.Value, settings.RenewalUpgradeMinScore, 100m);
            return new ExpansionSignal(SignalType.RenewalUpgrade, string.Format(Invariant, "Renewal upgrade: renewal on {0:yyyy-MM-dd}", first.ExpiresOn), value, detail, score);
        }

        private static ExpansionSignal? TierUpgrade(SignalInputs inputs, GrowthSettings settings)
        {
            if (inputs.Usage.Count == 0) return null;
            var latest = inputs.Usage[0];
            if (latest.FeaturesAvailable <= 0) return null;

            var adoption = Percent(latest.FeaturesAdopted, latest.FeaturesAvailable);
            if (adoption < settings.TierUpgradePercent) return null;

            var value = Money(inputs.Arr * settings.RenewalUpliftPercent / 100m);
            if (value <= 0) return null;

            var detail = string.Format(
                Invariant,
                "{0} of {1} features adopted ({2} %; threshold {3} %). Value: ARR {4} × {5} % uplift = {6}.",
                latest.FeaturesAdopted, latest.FeaturesAvailable, Format(adoption), settings.TierUpgradePercent, Format(inputs.Arr), settings.RenewalUpliftPercent, Format(value));
            var score = Strength(adoption, settings.TierUpgradePercent, 100m);
            return new ExpansionSignal(SignalType.TierUpgrade, string.Format(Invariant, "Tier upgrade: {0} % of features adopted", Format(adoption)), value, detail, score);
        }

        private static void AddIfAny(List<ExpansionSignal> signals, ExpansionSignal? signal)
        {
            if (signal != null) signals.Add(signal);
        }

        private static decimal Percent(int part, int whole) => Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

        private static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

        private static string Format(decimal value) => value.ToString("#,0.##", Invariant);
    }
}
