using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.Rules.Health
{
    /// <summary>Scores an account's health (DESIGN §2): each component that has data scores 0–100 with its figures in
    /// words, and the score is their weighted mean, the weights shared among the components that have data.</summary>
    public static class HealthScoreCalculator
    {
        private const string DriverSeparator = "; ";

        public static HealthAssessment Assess(HealthInputs inputs, HealthSettings settings)
        {
            if (inputs == null) throw new ArgumentNullException(nameof(inputs));
            if (settings == null) throw new ArgumentNullException(nameof(settings));

            // No tuples: System.ValueTuple is not part of .NET Framework 4.6.2.
            var candidates = new[]
            {
                new KeyValuePair<ComponentScore?, decimal>(Usage(inputs, settings), settings.WeightUsage),
                new KeyValuePair<ComponentScore?, decimal>(Engagement(inputs, settings), settings.WeightEngagement),
                new KeyValuePair<ComponentScore?, decimal>(Support(inputs, settings), settings.WeightSupport),
                new KeyValuePair<ComponentScore?, decimal>(Contract(inputs, settings), settings.WeightContract),
                new KeyValuePair<ComponentScore?, decimal>(Onboarding(inputs, settings), settings.WeightOnboarding),
                new KeyValuePair<ComponentScore?, decimal>(Relationship(inputs, settings), settings.WeightRelationship),
            };

            // A component without data, or whose weight an admin set to 0, is left out rather than counted as 0.
            var counted = new List<ComponentScore>();
            decimal weightedSum = 0, totalWeight = 0;
            foreach (var candidate in candidates)
            {
                var score = candidate.Key;
                if (score == null || candidate.Value <= 0) continue;
                counted.Add(score);
                weightedSum += candidate.Value * score.Score;
                totalWeight += candidate.Value;
            }

            int? computed = totalWeight > 0 ? HealthText.ClampScore(weightedSum / totalWeight) : (int?)null;

            var overrideInForce = inputs.Override != null && inputs.Now.Date <= inputs.Override.Until.Date;
            int? effective = overrideInForce ? Math.Max(0, Math.Min(100, inputs.Override!.Score)) : computed;

            decimal? trend = effective.HasValue && inputs.ScoreThirtyDaysAgo.HasValue
                ? effective.Value - inputs.ScoreThirtyDaysAgo.Value
                : (decimal?)null;

            return new HealthAssessment(computed, effective, effective.HasValue ? BandOf(effective.Value, settings) : (HealthBand?)null,
                trend, counted, Drivers(counted), overrideInForce);
        }

        public static HealthBand BandOf(int score, HealthSettings settings)
        {
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            if (score >= settings.BandHealthyMin) return HealthBand.Healthy;
            if (score >= settings.BandNeutralMin) return HealthBand.Neutral;
            if (score >= settings.BandAtRiskMin) return HealthBand.AtRisk;
            return HealthBand.Critical;
        }

        // The two weakest components say why the score is what it is; OrderBy is stable, so ties keep design order.
        private static string Drivers(IEnumerable<ComponentScore> counted) =>
            string.Join(DriverSeparator, counted.Where(c => c.Score < 100).OrderBy(c => c.Score).Take(2).Select(c => c.Explanation));

        private static ComponentScore? Usage(HealthInputs inputs, HealthSettings settings)
        {
            var readings = inputs.Usage ?? Array.Empty<UsageReading>();
            if (readings.Count == 0) return null;

            var latest = readings[0];
            var active = Math.Max(0, latest.ActiveUsers);
            var noSeats = latest.LicensedSeats <= 0;
            var utilisation = noSeats ? 0m : (decimal)active / latest.LicensedSeats;
            var full = settings.UsageFullPercent / 100m;
            var score = full <= 0 || utilisation >= full ? 100m : utilisation / full * 100m;

            var previous = readings.Skip(1).Take(Math.Max(0, settings.UsageTrendSnapshots)).ToList();
            decimal drop = 0;
            if (previous.Count > 0)
            {
                var mean = previous.Average(r => (decimal)Math.Max(0, r.ActiveUsers));
                if (mean > 0) drop = (mean - active) / mean;
            }

            score -= UsageDropPenalty(drop, settings);
            var rounded = HealthText.ClampScore(score);

            var text = "Usage " + HealthText.Number(rounded) + ": " + HealthText.Percent(utilisation) + " of seats active";
            if (noSeats) text += " (no licensed seats recorded)";
            if (HealthText.RoundToInt(drop * 100) >= 1) text += ", down " + HealthText.Percent(drop);
            return new ComponentScore(HealthComponent.Usage, rounded, text);
        }

        // Half the penalty at the threshold, growing linearly to the full penalty at twice the threshold (20 % → 15, 40 % → 30).
        private static decimal UsageDropPenalty(decimal drop, HealthSettings settings)
        {
            var threshold = settings.UsageDropPercent / 100m;
            decimal penalty = Math.Max(0, settings.UsageDropPenalty);
            if (drop <= 0 || drop < threshold) return 0;
            if (threshold <= 0) return penalty;
            var share = 0.5m + 0.5m * (drop - threshold) / threshold;
            return penalty * Math.Min(1m, share);
        }

        private static ComponentScore? Engagement(HealthInputs inputs, HealthSettings settings)
        {
            if (inputs.LastEngagementOn == null && inputs.LastMeetingOn == null) return null;

            var parts = new List<decimal>();
            var words = new List<string>();

            if (inputs.LastEngagementOn.HasValue)
            {
                var days = HealthText.DaysBetween(inputs.LastEngagementOn.Value, inputs.Now);
                parts.Add(Recency(days, settings));
                words.Add("last customer activity " + HealthText.DaysAgo(days));
            }

            // Cadence always counts once the component applies: no meeting ever is the worst cadence, not unknown.
            var cadence = CadenceDays(inputs.Tier, settings);
            var expected = " (every " + HealthText.Number(cadence) + " expected)";
            if (inputs.LastMeetingOn.HasValue)
            {
                var days = HealthText.DaysBetween(inputs.LastMeetingOn.Value, inputs.Now);
                parts.Add(days <= Math.Max(0, cadence) ? 100m : Math.Max(0m, 100m * cadence / days));
                words.Add("last meeting " + HealthText.DaysAgo(days) + expected);
            }
            else
            {
                parts.Add(0m);
                words.Add("no meeting yet" + expected);
            }

            var score = HealthText.ClampScore(parts.Average());
            return new ComponentScore(HealthComponent.Engagement, score, "Engagement " + HealthText.Number(score) + ": " + string.Join(", ", words));
        }

        private static decimal Recency(int days, HealthSettings settings)
        {
            if (days <= settings.EngagementFullDays) return 100m;
            if (days >= settings.EngagementZeroDays) return 0m;
            return 100m * (settings.EngagementZeroDays - days) / (settings.EngagementZeroDays - settings.EngagementFullDays);
        }

        // An account without a tier is expected to meet like a Mid-touch one, the middle ground.
        private static int CadenceDays(CustomerTier? tier, HealthSettings settings) =>
            tier switch
            {
                CustomerTier.HighTouch => settings.CadenceHighTouchDays,
                CustomerTier.TechTouch => settings.CadenceTechTouchDays,
                _ => settings.CadenceMidTouchDays,
            };

        private static ComponentScore? Support(HealthInputs inputs, HealthSettings settings)
        {
            // No open request is good support (100); only a caller that could not count them passes none.
            var support = inputs.Support;
            if (support == null) return null;
            long critical = Math.Max(0, support.OpenCritical), high = Math.Max(0, support.OpenHigh), breached = Math.Max(0, support.OpenBreached);

            // long: a penalty times a count must not overflow into a positive score.
            var score = (int)Math.Max(0L, Math.Min(100L,
                100L - settings.SupportCriticalPenalty * critical - settings.SupportHighPenalty * high - settings.SupportBreachedPenalty * breached));

            var words = new List<string>();
            if (critical > 0) words.Add(HealthText.Count(critical, "open Critical request", "open Critical requests"));
            if (high > 0) words.Add(HealthText.Count(high, "open High request", "open High requests"));
            if (breached > 0) words.Add(HealthText.Count(breached, "breached SLA", "breached SLAs"));
            if (words.Count == 0) words.Add("no open Critical or High requests and no breached SLA");

            return new ComponentScore(HealthComponent.Support, score, "Support " + HealthText.Number(score) + ": " + string.Join(", ", words));
        }

        private static ComponentScore? Contract(HealthInputs inputs, HealthSettings settings)
        {
            var contract = inputs.Contract;
            // No active and no on-hold contract is what "no contract data" means (the summary should then be null).
            if (contract == null || (contract.ActiveCount <= 0 && contract.OnHoldCount <= 0)) return null;

            var words = new List<string>();
            decimal score;
            if (contract.ActiveCount > 0)
            {
                score = 100;
                words.Add("active");
            }
            else
            {
                score = settings.ContractOnHoldScore;
                words.Add("on hold");
            }

            if (contract.NextExpiry.HasValue)
            {
                var daysLeft = (contract.NextExpiry.Value.Date - inputs.Now.Date).Days;
                // An active contract already past its end date is treated as the most urgent renewal, not as none.
                if (daysLeft <= settings.ContractRenewalWindowDays)
                {
                    var when = daysLeft > 1 ? "ends in " + HealthText.Number(daysLeft) + " days"
                        : daysLeft == 1 ? "ends tomorrow"
                        : daysLeft == 0 ? "ends today"
                        : "ended " + HealthText.DaysAgo(-daysLeft);
                    if (contract.HasOpenRenewalOpportunity)
                    {
                        words.Add(when + " (renewal opportunity open)");
                    }
                    else
                    {
                        score -= settings.ContractRenewalPenalty;
                        words.Add(when + " with no open renewal opportunity");
                    }
                }
            }

            if (contract.LastArrMovementWasContraction)
            {
                score -= settings.ContractContractionPenalty;
                words.Add("last ARR movement a contraction");
            }

            var rounded = HealthText.ClampScore(score);
            return new ComponentScore(HealthComponent.Contract, rounded, "Contract " + HealthText.Number(rounded) + ": " + string.Join(", ", words));
        }

        private static ComponentScore? Onboarding(HealthInputs inputs, HealthSettings settings)
        {
            var due = inputs.OnboardingDueOn;
            int score;
            string words;
            switch (inputs.Onboarding)
            {
                case OnboardingStatus.InProgress when due.HasValue && inputs.Now.Date > due.Value.Date:
                    score = settings.OnboardingOverdueScore;
                    words = "in progress, " + HealthText.Count(HealthText.DaysBetween(due.Value, inputs.Now), "day", "days")
                        + " past its due date (" + HealthText.Date(due.Value) + ")";
                    break;
                case OnboardingStatus.InProgress:
                    score = 100;
                    words = due.HasValue ? "in progress, due " + HealthText.Date(due.Value) : "in progress";
                    break;
                case OnboardingStatus.Overdue:
                    score = settings.OnboardingOverdueScore;
                    words = due.HasValue ? "overdue since " + HealthText.Date(due.Value) : "overdue";
                    break;
                case OnboardingStatus.CompletedOnTime:
                    score = 100;
                    words = "completed on time";
                    break;
                case OnboardingStatus.CompletedLate:
                    score = settings.OnboardingLateScore;
                    words = "completed late";
                    break;
                default:
                    return null;
            }

            score = HealthText.ClampScore(score);
            return new ComponentScore(HealthComponent.Onboarding, score, "Onboarding " + HealthText.Number(score) + ": " + words);
        }

        private static ComponentScore? Relationship(HealthInputs inputs, HealthSettings settings)
        {
            if (inputs.Tier != CustomerTier.HighTouch) return null;

            int score;
            string words;
            if (inputs.LastQbrOn.HasValue && HealthText.DaysBetween(inputs.LastQbrOn.Value, inputs.Now) <= settings.QbrRecentDays)
            {
                score = 100;
                words = "last QBR " + HealthText.DaysAgo(HealthText.DaysBetween(inputs.LastQbrOn.Value, inputs.Now));
            }
            else
            {
                score = HealthText.ClampScore(settings.QbrMissingScore);
                words = inputs.LastQbrOn.HasValue
                    ? "last QBR " + HealthText.DaysAgo(HealthText.DaysBetween(inputs.LastQbrOn.Value, inputs.Now))
                        + ", none in the last " + HealthText.Number(settings.QbrRecentDays) + " days"
                    : "no QBR yet";
            }

            return new ComponentScore(HealthComponent.Relationship, score, "Relationship " + HealthText.Number(score) + ": " + words);
        }
    }
}
