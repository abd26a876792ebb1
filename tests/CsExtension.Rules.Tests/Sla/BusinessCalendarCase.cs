using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsExtension.Rules.Sla;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>One generated calendar, as both the real calendar and the minute-by-minute reference.</summary>
    internal sealed class BusinessCalendarCase
    {
        public BusinessCalendarCase(string zone, DayOfWeek[] workDays, int dayStart, int dayEnd, DateTime[] holidays, int? breakStart, int? breakEnd, DateTime anchor)
        {
            Zone = zone;
            WorkDays = workDays;
            DayStart = dayStart;
            DayEnd = dayEnd;
            Holidays = holidays;
            BreakStart = breakStart;
            BreakEnd = breakEnd;
            Anchor = anchor;
            Calendar = BusinessCalendar.FromWindowsTimeZone(zone, workDays, dayStart, dayEnd, holidays, breakStart, breakEnd);
            Reference = new BusinessCalendarReference(Calendar.TimeZone, workDays, dayStart, dayEnd, holidays, breakStart, breakEnd);
        }

        public string Zone { get; }
        public IReadOnlyList<DayOfWeek> WorkDays { get; }
        public int DayStart { get; }
        public int DayEnd { get; }
        public IReadOnlyList<DateTime> Holidays { get; }
        public int? BreakStart { get; }
        public int? BreakEnd { get; }
        public DateTime Anchor { get; }
        public BusinessCalendar Calendar { get; }
        public BusinessCalendarReference Reference { get; }

        /// <summary>A whole UTC minute, <paramref name="minutes"/> from the anchor day.</summary>
        public DateTime Near(int minutes) => Anchor.AddMinutes(minutes);

        /// <summary>A target small enough for the reference to walk quickly: up to three working days.</summary>
        public long Minutes(int raw) => raw % (3L * Calendar.WorkingMinutesPerDay + 1);

        public override string ToString() =>
            Zone + " " + string.Join(",", WorkDays) + " " + DayStart + "-" + DayEnd
            + (BreakStart.HasValue ? " break " + BreakStart + "-" + BreakEnd : "")
            + " holidays " + string.Join(",", Holidays.Select(h => h.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
