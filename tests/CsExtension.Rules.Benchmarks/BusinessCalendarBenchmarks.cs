using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CsExtension.Rules.Sla;
using CsExtension.Rules.Tests.Sla;

namespace CsExtension.Rules.Benchmarks
{
    /// <summary>A 30-business-day target (30 × 480 minutes) in Tokyo, Mon–Fri 09:00–18:00 with lunch 12:00–13:00, with
    /// 20 holidays in range (every Wednesday and Friday for ten weeks), so the due date is ten weeks out: the calendar's
    /// AddBusinessMinutes against the minute-by-minute reference the property tests use.</summary>
    [ShortRunJob]
    [MemoryDiagnoser]
    public class BusinessCalendarBenchmarks
    {
        public const int BusinessDays = 30;

        private static readonly DayOfWeek[] MondayToFriday =
            { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

        // Monday 1 June 2026, 10:30 JST.
        private readonly DateTime _escalated = new DateTime(2026, 6, 1, 1, 30, 0, DateTimeKind.Utc);
        private BusinessCalendar _calendar = null!;
        private BusinessCalendarReference _reference = null!;
        private long _target;

        [GlobalSetup]
        public void Setup()
        {
            var firstMonday = new DateTime(2026, 6, 1);
            var holidays = new List<DateTime>();
            for (var week = 0; week < 10; week++)
            {
                holidays.Add(firstMonday.AddDays(7 * week + 2));
                holidays.Add(firstMonday.AddDays(7 * week + 4));
            }

            _calendar = BusinessCalendar.FromWindowsTimeZone("Tokyo Standard Time", MondayToFriday, 540, 1080, holidays, 720, 780);
            _reference = new BusinessCalendarReference(_calendar.TimeZone, MondayToFriday, 540, 1080, holidays, 720, 780);
            _target = BusinessDays * (long)_calendar.WorkingMinutesPerDay;

            // Both must give the same due date, inside the holidays' range, or the comparison means nothing.
            var due = _calendar.AddBusinessMinutes(_escalated, _target);
            if (due != _reference.AddBusinessMinutes(_escalated, _target) || holidays.Count(h => h >= firstMonday && h <= due) != 20)
            {
                throw new InvalidOperationException("The calendar and the reference disagree, or the holidays are not in range (due " + due.ToString("o") + ").");
            }
        }

        [Benchmark(Description = "Minute-by-minute reference")]
        public DateTime Reference() => _reference.AddBusinessMinutes(_escalated, _target);

        // The baseline, so the ratio column reads "times slower than the calendar".
        [Benchmark(Baseline = true, Description = "BusinessCalendar.AddBusinessMinutes")]
        public DateTime Calendar() => _calendar.AddBusinessMinutes(_escalated, _target);
    }
}
