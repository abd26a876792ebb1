using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CsExtension.Rules.Sla;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>Generators of calendars (three zones, any work days, ordinary, 24-hour and DST-hour days, breaks,
    /// holidays) and of whole-minute UTC instants near the 2026 clock changes, for the property tests.</summary>
    internal static class BusinessCalendarGen
    {
        public const int Iterations = 250;

        public static readonly string[] Zones = { "Tokyo Standard Time", "Pacific Standard Time", "GMT Standard Time" };

        /// <summary>Days the generated instants cluster around: the four 2026 clock changes of Pacific and London, and an ordinary June day.</summary>
        public static readonly DateTime[] Anchors =
        {
            new DateTime(2026, 3, 8, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 3, 29, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 25, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc),
        };

        /// <summary>Day start and end in minutes: 24 h, office hours, days that start inside or just before a DST hour, or anything.</summary>
        private static readonly Gen<int[]> DayHours =
            Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1440], Gen.Int[0, 1440]).Select(t =>
            {
                switch (t.Item1)
                {
                    case 0: return new[] { 0, 1440 };
                    case 1: return new[] { 540, 1020 };
                    case 2: return new[] { 90, 300 };
                    case 3: return new[] { 150, 300 };
                    default:
                        var start = Math.Min(t.Item2, t.Item3);
                        var end = Math.Max(t.Item2, t.Item3);
                        if (start == end) return start == 1440 ? new[] { 1439, 1440 } : new[] { start, start + 1 };
                        return new[] { start, end };
                }
            });

        public static readonly Gen<BusinessCalendarCase> Calendar =
            Gen.Select(Gen.Int[0, 2], Gen.Int[1, 127], DayHours, Gen.Bool, Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 40].Array[0, 8], Gen.Int[0, 4])
                .Select(t =>
                {
                    var days = Enumerable.Range(0, 7).Where(i => (t.Item2 & (1 << i)) != 0).Select(i => (DayOfWeek)i).ToArray();
                    int start = t.Item3[0], end = t.Item3[1];
                    int? breakStart = null, breakEnd = null;
                    if (t.Item4 && end - start >= 2)
                    {
                        var a = start + t.Item5 * (end - start - 1) / 1000;
                        var b = a + 1 + t.Item6 * (end - a - 1) / 1000;
                        if (!(a == start && b == end))
                        {
                            breakStart = a;
                            breakEnd = b;
                        }
                    }

                    var holidays = t.Item7.Select(d => Anchors[t.Item8].AddDays(d - 10)).ToArray();
                    return new BusinessCalendarCase(Zones[t.Item1], days, start, end, holidays, breakStart, breakEnd, Anchors[t.Item8]);
                });

        /// <summary>Minutes from the case's anchor day: five days before to three days after (see <see cref="BusinessCalendarCase.Near"/>).</summary>
        public static readonly Gen<int> Offset = Gen.Int[-5 * 1440, 3 * 1440];

        /// <summary>Raw material for a target; <see cref="BusinessCalendarCase.Minutes"/> scales it to the calendar.</summary>
        public static readonly Gen<int> Target = Gen.Int[0, 100_000];
    }
}
