using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.Rules.Health
{
    /// <summary>The usage-decline and no-login alerts of DESIGN §2. An alert fires when the latest snapshot enters its
    /// condition, not on every snapshot while the condition lasts, so a CSM is told once per episode.</summary>
    public static class UsageDeclineDetector
    {
        /// <summary>How many earlier snapshots the latest one is compared with (the design's "previous three").</summary>
        public const int ComparedSnapshots = 3;

        /// <summary>How many readings <see cref="NewAlerts"/> uses: the latest, the one before it, and their previous three.</summary>
        public const int ReadingsNeeded = ComparedSnapshots + 2;

        /// <summary>The alerts the latest snapshot raises.</summary>
        /// <param name="newestFirst">The account's latest snapshots, newest first (up to <see cref="ReadingsNeeded"/> are used).</param>
        public static IReadOnlyList<UsageAlert> NewAlerts(IReadOnlyList<UsageReading> newestFirst, HealthSettings settings)
        {
            if (newestFirst == null) throw new ArgumentNullException(nameof(newestFirst));
            if (settings == null) throw new ArgumentNullException(nameof(settings));

            var alerts = new List<UsageAlert>();
            if (newestFirst.Count == 0) return alerts;

            if (IsDeclining(newestFirst, 0, settings) && !(newestFirst.Count > 1 && IsDeclining(newestFirst, 1, settings)))
            {
                alerts.Add(DeclineAlert(newestFirst));
            }

            if (HasNoLogin(newestFirst[0], settings) && !(newestFirst.Count > 1 && HasNoLogin(newestFirst[1], settings)))
            {
                alerts.Add(NoLoginAlert(newestFirst[0]));
            }

            return alerts;
        }

        /// <summary>Whether the reading at <paramref name="index"/> is down enough against the mean of the ones before it.</summary>
        public static bool IsDeclining(IReadOnlyList<UsageReading> newestFirst, int index, HealthSettings settings)
        {
            if (newestFirst == null) throw new ArgumentNullException(nameof(newestFirst));
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            var previous = Previous(newestFirst, index);
            if (previous.Count == 0) return false;

            var reading = newestFirst[index];
            var activeDrop = Drop(previous.Average(r => (decimal)r.ActiveUsers), reading.ActiveUsers);
            var loginsDrop = Drop(previous.Average(r => (decimal)r.Logins), reading.Logins);
            return (activeDrop.HasValue && activeDrop.Value * 100 >= settings.AlertActiveUsersDrop)
                || (loginsDrop.HasValue && loginsDrop.Value * 100 >= settings.AlertLoginsDrop);
        }

        /// <summary>Whether a snapshot shows no login over a period long enough to mean something.</summary>
        public static bool HasNoLogin(UsageReading reading, HealthSettings settings)
        {
            if (reading == null) throw new ArgumentNullException(nameof(reading));
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            return reading.Logins <= 0 && PeriodDays(reading) >= settings.AlertNoLoginDays;
        }

        /// <summary>The days a snapshot covers, both ends included (1 to 14 March is 14 days).</summary>
        public static int PeriodDays(UsageReading reading)
        {
            if (reading == null) throw new ArgumentNullException(nameof(reading));
            return Math.Max(0, (reading.PeriodEnd.Date - reading.PeriodStart.Date).Days + 1);
        }

        private static List<UsageReading> Previous(IReadOnlyList<UsageReading> newestFirst, int index) =>
            newestFirst.Skip(index + 1).Take(ComparedSnapshots).ToList();

        // Nothing can drop from a mean of zero; a rise is a negative drop.
        private static decimal? Drop(decimal mean, int latest) => mean > 0 ? (mean - latest) / mean : (decimal?)null;

        private static UsageAlert DeclineAlert(IReadOnlyList<UsageReading> newestFirst)
        {
            var latest = newestFirst[0];
            var previous = Previous(newestFirst, 0);
            var meanActive = previous.Average(r => (decimal)r.ActiveUsers);
            var meanLogins = previous.Average(r => (decimal)r.Logins);
            var against = previous.Count == 1 ? "the previous snapshot" : "mean of the previous " + HealthText.Number(previous.Count) + " snapshots";

            var titleParts = new List<string>();
            var activeDrop = Drop(meanActive, latest.ActiveUsers);
            var loginsDrop = Drop(meanLogins, latest.Logins);
            if (activeDrop > 0) titleParts.Add("active users down " + HealthText.Percent(activeDrop.Value));
            if (loginsDrop > 0) titleParts.Add("logins down " + HealthText.Percent(loginsDrop.Value));

            var description = "Active users " + HealthText.Number(latest.ActiveUsers) + Change(activeDrop) + " against "
                + HealthText.Number(meanActive) + " (" + against + "); logins " + HealthText.Number(latest.Logins) + Change(loginsDrop)
                + " against " + HealthText.Number(meanLogins) + ".";
            return new UsageAlert(UsageAlertKind.UsageDecline, titleParts.Count == 0 ? "Usage decline" : "Usage decline: " + string.Join(", ", titleParts), description);
        }

        private static string Change(decimal? drop)
        {
            if (drop == null) return "";
            var percent = HealthText.RoundToInt(drop.Value * 100);
            return percent > 0 ? ", down " + HealthText.Percent(drop.Value)
                : percent < 0 ? ", up " + HealthText.Percent(-drop.Value)
                : ", unchanged";
        }

        private static UsageAlert NoLoginAlert(UsageReading latest)
        {
            var days = PeriodDays(latest);
            var description = "No login from " + HealthText.Date(latest.PeriodStart) + " to " + HealthText.Date(latest.PeriodEnd)
                + " (" + HealthText.Count(days, "day", "days") + "); " + HealthText.Count(latest.ActiveUsers, "active user", "active users")
                + " of " + HealthText.Count(latest.LicensedSeats, "licensed seat", "licensed seats") + ".";
            return new UsageAlert(UsageAlertKind.NoLogin, "No login for " + HealthText.Count(days, "day", "days"), description);
        }
    }
}
