using System;
using System.Collections.Generic;

namespace CsExtension.Rules.Health
{
    /// <summary>Checks a usage snapshot before it is saved; each problem is a sentence a CS rep can act on. A value not
    /// given (null) is not checked.</summary>
    public static class UsageSnapshotValidator
    {
        public static IReadOnlyList<string> Problems(DateTime? periodStart, DateTime? periodEnd, int? activeUsers, int? licensedSeats,
            int? logins, int? featuresAdopted, int? featuresAvailable)
        {
            var problems = new List<string>();

            if (periodStart.HasValue && periodEnd.HasValue && periodEnd.Value.Date < periodStart.Value.Date)
            {
                problems.Add("The period ends (" + HealthText.Date(periodEnd.Value) + ") before it starts (" + HealthText.Date(periodStart.Value)
                    + "): check the start and end dates.");
            }

            NotNegative(problems, "Active users", activeUsers);
            NotNegative(problems, "Licensed seats", licensedSeats);
            NotNegative(problems, "Logins", logins);
            NotNegative(problems, "Features adopted", featuresAdopted);
            NotNegative(problems, "Features available", featuresAvailable);

            if (activeUsers >= 0 && licensedSeats >= 0 && activeUsers > licensedSeats)
            {
                problems.Add("Active users (" + HealthText.Number(activeUsers!.Value) + ") cannot be more than licensed seats ("
                    + HealthText.Number(licensedSeats!.Value) + ").");
            }

            if (featuresAdopted >= 0 && featuresAvailable >= 0 && featuresAdopted > featuresAvailable)
            {
                problems.Add("Features adopted (" + HealthText.Number(featuresAdopted!.Value) + ") cannot be more than features available ("
                    + HealthText.Number(featuresAvailable!.Value) + ").");
            }

            return problems;
        }

        private static void NotNegative(List<string> problems, string what, int? value)
        {
            if (value < 0) problems.Add(what + " cannot be negative (it is " + HealthText.Number(value!.Value) + ").");
        }
    }
}
