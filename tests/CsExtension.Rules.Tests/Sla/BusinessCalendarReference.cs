using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>The obviously right, slow business calendar the real one is checked (and benchmarked) against: it walks
    /// UTC minute by minute and asks of each minute, converted to the calendar's local time, whether it is worked.
    /// Inputs must be whole UTC minutes; it shares no code with BusinessCalendar.</summary>
    public sealed class BusinessCalendarReference
    {
        private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

        private readonly TimeZoneInfo _zone;
        private readonly HashSet<DayOfWeek> _workDays;
        private readonly HashSet<DateTime> _holidays;
        private readonly int _dayStart;
        private readonly int _dayEnd;
        private readonly int? _breakStart;
        private readonly int? _breakEnd;

        public BusinessCalendarReference(TimeZoneInfo zone, IEnumerable<DayOfWeek> workDays, int dayStart, int dayEnd,
            IEnumerable<DateTime> holidays, int? breakStart = null, int? breakEnd = null)
        {
            _zone = zone;
            _workDays = new HashSet<DayOfWeek>(workDays);
            _holidays = new HashSet<DateTime>(holidays.Select(h => h.Date));
            _dayStart = dayStart;
            _dayEnd = dayEnd;
            _breakStart = breakStart;
            _breakEnd = breakEnd;
        }

        /// <summary>Whether the UTC minute starting at <paramref name="utcMinute"/> is worked.</summary>
        public bool IsWorkingMinute(DateTime utcMinute)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcMinute, DateTimeKind.Utc), _zone);
            if (!_workDays.Contains(local.DayOfWeek) || _holidays.Contains(local.Date)) return false;
            var minute = local.Hour * 60 + local.Minute;
            if (minute < _dayStart || minute >= _dayEnd) return false;
            return !(_breakStart.HasValue && _breakEnd.HasValue && minute >= _breakStart.Value && minute < _breakEnd.Value);
        }

        public DateTime NextWorkingMoment(DateTime utc)
        {
            var t = AsUtc(utc);
            while (!IsWorkingMinute(t)) t += Minute;
            return t;
        }

        public DateTime AddBusinessMinutes(DateTime utcStart, long minutes)
        {
            var t = AsUtc(utcStart);
            if (minutes == 0) return NextWorkingMoment(t);
            long worked = 0;
            while (true)
            {
                if (IsWorkingMinute(t) && ++worked == minutes) return t + Minute;
                t += Minute;
            }
        }

        public long BusinessMinutesBetween(DateTime utcFrom, DateTime utcTo)
        {
            long worked = 0;
            for (var t = AsUtc(utcFrom); t < AsUtc(utcTo); t += Minute)
            {
                if (IsWorkingMinute(t)) worked++;
            }

            return worked;
        }

        private static DateTime AsUtc(DateTime value)
        {
            if (value.Ticks % TimeSpan.TicksPerMinute != 0) throw new ArgumentException("The reference works in whole minutes only.", nameof(value));
            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }
    }
}
