using System;
using System.Collections.Generic;

namespace CsExtension.Rules.Health
{
    /// <summary>Checks a manual health override (score, reason, until-date) before it is saved; each problem is a sentence
    /// a CS manager can act on. No override at all (all three empty) is fine.</summary>
    public static class HealthOverrideValidator
    {
        public static IReadOnlyList<string> Problems(int? score, string? reason, DateTime? until, DateTime today)
        {
            var problems = new List<string>();
            var hasReason = !string.IsNullOrWhiteSpace(reason);

            if (!score.HasValue)
            {
                // A reason or date left behind without a score is half an override: say how to finish or clear it.
                if (hasReason || until.HasValue)
                {
                    problems.Add("An override needs a score from 0 to 100: enter one, or clear the override reason and date.");
                }

                return problems;
            }

            if (score.Value < 0 || score.Value > 100)
            {
                problems.Add("The override score must be between 0 and 100 (it is " + HealthText.Number(score.Value) + ").");
            }

            if (!hasReason)
            {
                problems.Add("Give a reason for the override score, so others know why it replaces the calculated one.");
            }

            if (!until.HasValue)
            {
                problems.Add("Give the date until which the override score applies; after it the calculated score is used again.");
            }
            else if (until.Value.Date < today.Date)
            {
                problems.Add("The override's end date (" + HealthText.Date(until.Value) + ") is in the past: choose today or a later date.");
            }

            return problems;
        }
    }
}
