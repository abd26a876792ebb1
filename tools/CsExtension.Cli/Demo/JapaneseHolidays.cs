using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.Cli.Demo
{
    /// <summary>Japan's national holidays (国民の祝日, with substitute holidays and 国民の休日) from December 2025 to
    /// March 2028, as the Cabinet Office publishes them; the demo's SLA calendars take those of its period.</summary>
    public static class JapaneseHolidays
    {
        private static readonly (int Year, int Month, int Day, string Name)[] Days =
        {
            (2026, 1, 1, "New Year's Day"), (2026, 1, 12, "Coming of Age Day"), (2026, 2, 11, "National Foundation Day"),
            (2026, 2, 23, "Emperor's Birthday"), (2026, 3, 20, "Vernal Equinox Day"), (2026, 4, 29, "Showa Day"),
            (2026, 5, 3, "Constitution Memorial Day"), (2026, 5, 4, "Greenery Day"), (2026, 5, 5, "Children's Day"),
            (2026, 5, 6, "Substitute Holiday"), (2026, 7, 20, "Marine Day"), (2026, 8, 11, "Mountain Day"),
            (2026, 9, 21, "Respect for the Aged Day"), (2026, 9, 22, "Citizens' Holiday"), (2026, 9, 23, "Autumnal Equinox Day"),
            (2026, 10, 12, "Sports Day"), (2026, 11, 3, "Culture Day"), (2026, 11, 23, "Labour Thanksgiving Day"),
            (2027, 1, 1, "New Year's Day"), (2027, 1, 11, "Coming of Age Day"), (2027, 2, 11, "National Foundation Day"),
            (2027, 2, 23, "Emperor's Birthday"), (2027, 3, 21, "Vernal Equinox Day"), (2027, 3, 22, "Substitute Holiday"),
            (2027, 4, 29, "Showa Day"), (2027, 5, 3, "Constitution Memorial Day"), (2027, 5, 4, "Greenery Day"),
            (2027, 5, 5, "Children's Day"), (2027, 7, 19, "Marine Day"), (2027, 8, 11, "Mountain Day"),
            (2027, 9, 20, "Respect for the Aged Day"), (2027, 9, 23, "Autumnal Equinox Day"), (2027, 10, 11, "Sports Day"),
            (2027, 11, 3, "Culture Day"), (2027, 11, 23, "Labour Thanksgiving Day"),
            (2028, 1, 1, "New Year's Day"), (2028, 1, 10, "Coming of Age Day"), (2028, 2, 11, "National Foundation Day"),
            (2028, 2, 23, "Emperor's Birthday"), (2028, 3, 20, "Vernal Equinox Day"),
        };

        /// <summary>The holidays from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
        public static IReadOnlyList<(DateTime Date, string Name)> Between(DateTime first, DateTime last) =>
            Days.Select(day => (Date: new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Utc), day.Name))
                .Where(day => day.Date >= first.Date && day.Date <= last.Date)
                .ToList();
    }
}
