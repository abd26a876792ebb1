using System;
using System.Collections.Generic;
using System.Globalization;

namespace CsExtension.Rules.Sla
{
    /// <summary>Checks a request's SLA transition before it is saved; each problem is a sentence a rep can act on (none when fine).
    /// Dates are shown in UTC, the time the request stores, and say so.</summary>
    public static class SlaValidation
    {
        /// <summary>Escalating to development needs the SLA policy of the request's priority (<paramref name="policy"/> null when there is none).</summary>
        public static IReadOnlyList<string> Escalating(RequestPriority priority, SlaTargets? policy)
        {
            var problems = new List<string>();
            if (policy == null)
            {
                problems.Add("There is no SLA policy for priority " + priority + ". Ask your administrator to create one before escalating.");
            }

            return problems;
        }

        /// <summary>Resolving (or Won't fix): a request never escalated needs a reason, and the resolution date cannot be before escalation.</summary>
        public static IReadOnlyList<string> Resolving(SlaState state, DateTime resolvedOn, string? reason)
        {
            if (state == null) throw new ArgumentNullException(nameof(state));
            var problems = new List<string>();
            if (!state.IsEscalated)
            {
                if (string.IsNullOrWhiteSpace(reason))
                {
                    problems.Add("This request was never escalated to development: give a reason before resolving it, so others know how it was settled.");
                }
            }
            else if (resolvedOn < state.EscalatedOn!.Value)
            {
                problems.Add("The resolution date (" + Format(resolvedOn) + ") is before the request was escalated to development ("
                    + Format(state.EscalatedOn.Value) + "): choose a date on or after the escalation.");
            }

            return problems;
        }

        /// <summary>Leaving a pause status needs a paused SLA clock.</summary>
        public static IReadOnlyList<string> Resuming(SlaState state)
        {
            if (state == null) throw new ArgumentNullException(nameof(state));
            var problems = new List<string>();
            if (!state.IsPaused)
            {
                problems.Add("This request's SLA clock is not paused, so it cannot be resumed. Its SLA status is "
                    + StatusText(state.Status) + ".");
            }

            return problems;
        }

        private static string Format(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

        // The status as the form shows it, not the code name.
        private static string StatusText(SlaStatus status)
        {
            switch (status)
            {
                case SlaStatus.NotStarted: return "Not started";
                case SlaStatus.InProgress: return "In progress";
                case SlaStatus.NearingBreach: return "Nearing breach";
                default: return status.ToString();
            }
        }
    }
}
