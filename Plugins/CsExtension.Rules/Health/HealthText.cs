using System;
using System.Globalization;

namespace CsExtension.Rules.Health
{
    /// <summary>How numbers, percentages, days and dates read in explanations and alerts: invariant, so the text
    /// is the same whatever the server's culture.</summary>
    internal static class HealthText
    {
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        // Means of snapshots need not be whole numbers: one decimal is enough for a reader.
        public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        /// <summary>A fraction (0.31) as a whole percentage ("31 %").</summary>
        public static string Percent(decimal fraction) => Number(RoundToInt(fraction * 100)) + " %";

        public static string Date(DateTime value) => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

        public static string DaysAgo(int days) =>
            days <= 0 ? "today" : days == 1 ? "1 day ago" : Number(days) + " days ago";

        public static string Count(long count, string singular, string plural) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

        /// <summary>Midpoint away from zero, as people round (42.5 → 43), not banker's rounding.</summary>
        public static int RoundToInt(decimal value)
        {
            var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
            return rounded >= int.MaxValue ? int.MaxValue : rounded <= int.MinValue ? int.MinValue : (int)rounded;
        }

        public static int ClampScore(decimal value) => Math.Max(0, Math.Min(100, RoundToInt(value)));

        /// <summary>Whole calendar days from <paramref name="earlier"/> to <paramref name="later"/>; a date in the future counts as 0.</summary>
        public static int DaysBetween(DateTime earlier, DateTime later) => Math.Max(0, (later.Date - earlier.Date).Days);
    }
}
