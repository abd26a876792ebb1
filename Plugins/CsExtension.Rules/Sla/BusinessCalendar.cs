using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.Rules.Sla
{
    /// <summary>The working hours of an SLA policy (DESIGN §3): work days, a daily window in local wall-clock time with
    /// an optional break, and holidays, all in the calendar's own time zone. Instants in and out are UTC; each is read
    /// in the calendar's zone with the offset that held at that instant. Day end is exclusive; minutes are counted
    /// exactly (to the tick), so a start at 09:00:30 plus one minute is 09:01:30.</summary>
    /// <remarks>
    /// How the cost stays independent of the number of minutes, and exact across daylight-saving changes: every
    /// calculation walks UTC in stretches over which the zone's offset does not change. A stretch ends a week later, or
    /// earlier at the tick where the offset changes (found by bisection). Inside a stretch local time is UTC plus one
    /// constant, so work done up to a local instant has a closed form (whole weeks × work days, holidays before it by
    /// binary search in a sorted array, the part of its own day) and its inverse too; the local answer is converted back
    /// to UTC by subtracting that same constant. So a day 09:00–17:00 is 480 minutes on either side of a change, a
    /// local hour skipped in spring is never worked, and an autumn hour lived twice is worked each time it falls inside
    /// working hours (a day starting at 01:30 works 01:30–02:00 summer time, not 01:00–01:30 winter time, then from
    /// 01:30 winter time on). The one assumption: the offset does not change and change back within a single week,
    /// which holds for the time-zone data (the closest such pairs, Ramadan suspensions, are about a month apart).
    /// </remarks>
    public sealed class BusinessCalendar
    {
        private const long TicksPerMinute = TimeSpan.TicksPerMinute;
        private const long TicksPerDay = TimeSpan.TicksPerDay;
        private const long StretchTicks = 7 * TicksPerDay;

        // Two days of margin keep local time (UTC ± at most 14 h) inside DateTime's range.
        private const long MinUtcTicks = 2 * TicksPerDay;
        private static readonly long MaxUtcTicks = DateTime.MaxValue.Ticks - 2 * TicksPerDay;

        // Day numbers count from 0001-01-01, a Monday, so day % 7 is the weekday with 0 = Monday.
        private readonly bool[] _isWorkWeekday = new bool[7];
        private readonly int[] _workDaysBeforeWeekday = new int[8];
        private readonly int[] _weekdayOfNthWorkDay;
        private readonly int _workDaysPerWeek;
        private readonly long[] _periodStarts;
        private readonly long[] _periodEnds;
        private readonly long _workingTicksPerDay;

        // Work-day ordinals (see WorkDayOrdinal) of the holidays that fall on work days, sorted and distinct.
        private readonly long[] _holidayOrdinals;

        public BusinessCalendar(TimeZoneInfo timeZone, IEnumerable<DayOfWeek> workDays, int dayStartMinutes, int dayEndMinutes,
            IEnumerable<DateTime> holidays, int? breakStartMinutes = null, int? breakEndMinutes = null)
        {
            if (timeZone == null) throw new ArgumentNullException(nameof(timeZone));
            if (workDays == null) throw new ArgumentNullException(nameof(workDays));
            if (holidays == null) throw new ArgumentNullException(nameof(holidays));

            var days = workDays.ToArray();
            var problems = BusinessCalendarValidator.HoursProblems(days, dayStartMinutes, dayEndMinutes, breakStartMinutes, breakEndMinutes);
            if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems));

            TimeZone = timeZone;
            foreach (var day in days) _isWorkWeekday[WeekdayIndex(day)] = true;
            for (var i = 0; i < 7; i++) _workDaysBeforeWeekday[i + 1] = _workDaysBeforeWeekday[i] + (_isWorkWeekday[i] ? 1 : 0);
            _workDaysPerWeek = _workDaysBeforeWeekday[7];
            _weekdayOfNthWorkDay = Enumerable.Range(0, 7).Where(i => _isWorkWeekday[i]).ToArray();

            if (breakStartMinutes.HasValue && breakEndMinutes.HasValue)
            {
                _periodStarts = new[] { dayStartMinutes * TicksPerMinute, breakEndMinutes.Value * TicksPerMinute };
                _periodEnds = new[] { breakStartMinutes.Value * TicksPerMinute, dayEndMinutes * TicksPerMinute };
            }
            else
            {
                _periodStarts = new[] { dayStartMinutes * TicksPerMinute };
                _periodEnds = new[] { dayEndMinutes * TicksPerMinute };
            }

            for (var i = 0; i < _periodStarts.Length; i++) _workingTicksPerDay += _periodEnds[i] - _periodStarts[i];
            WorkingMinutesPerDay = (int)(_workingTicksPerDay / TicksPerMinute);

            // A holiday on a day that is not worked anyway changes nothing, so only work-day holidays are kept.
            _holidayOrdinals = holidays
                .Select(h => h.Date.Ticks / TicksPerDay)
                .Where(d => _isWorkWeekday[d % 7])
                .Select(WorkDayOrdinal)
                .Distinct()
                .OrderBy(o => o)
                .ToArray();
        }

        /// <summary>A calendar in a time zone named by its Windows id (e.g. "Tokyo Standard Time").</summary>
        /// <exception cref="ArgumentException">The id is empty or not a time zone this machine knows.</exception>
        public static BusinessCalendar FromWindowsTimeZone(string windowsTimeZoneId, IEnumerable<DayOfWeek> workDays, int dayStartMinutes,
            int dayEndMinutes, IEnumerable<DateTime> holidays, int? breakStartMinutes = null, int? breakEndMinutes = null)
        {
            if (windowsTimeZoneId == null || windowsTimeZoneId.Trim().Length == 0)
            {
                throw new ArgumentException(BusinessCalendarValidator.NoTimeZone, nameof(windowsTimeZoneId));
            }

            var zone = BusinessCalendarValidator.FindTimeZone(windowsTimeZoneId)
                ?? throw new ArgumentException(BusinessCalendarValidator.UnknownTimeZone(windowsTimeZoneId), nameof(windowsTimeZoneId));
            return new BusinessCalendar(zone, workDays, dayStartMinutes, dayEndMinutes, holidays, breakStartMinutes, breakEndMinutes);
        }

        /// <summary>Working minutes of an ordinary work day: what "a day" of an SLA target means. A day on which the
        /// clocks change can have fewer or more when the change falls inside working hours.</summary>
        public int WorkingMinutesPerDay { get; }

        public TimeZoneInfo TimeZone { get; }

        /// <summary>Whether <paramref name="utc"/> lies inside working time (a day's end is not).</summary>
        public bool IsWorkingMoment(DateTime utc)
        {
            var t = UtcTicks(utc, nameof(utc));
            return IsWorkingLocal(t + OffsetAt(t));
        }

        /// <summary><paramref name="utc"/> itself when it is working time; otherwise the start of the next working period (UTC).</summary>
        public DateTime NextWorkingMoment(DateTime utc)
        {
            var t = UtcTicks(utc, nameof(utc));
            while (true)
            {
                var offset = OffsetAt(t);
                var local = t + offset;
                if (IsWorkingLocal(local)) return Utc(t);

                var stretchEnd = SameOffsetUntil(t, offset);
                // The instant one tick of work has been done after `local` ends that tick; the period starts one tick before.
                var nextStart = LocalInstantWhenWorked(WorkedBefore(local) + 1) - 1;
                if (nextStart < stretchEnd + offset) return Utc(nextStart - offset);
                t = stretchEnd;
            }
        }

        /// <summary>The instant at which <paramref name="minutes"/> business minutes from <paramref name="utcStart"/> have
        /// been worked: the end of the last of them (never the start of the following period). 0 minutes gives
        /// <see cref="NextWorkingMoment"/>.</summary>
        public DateTime AddBusinessMinutes(DateTime utcStart, long minutes)
        {
            if (minutes < 0) throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Business minutes to add cannot be negative.");
            var t = UtcTicks(utcStart, nameof(utcStart));
            if (minutes == 0) return NextWorkingMoment(utcStart);
            if (minutes > MaxUtcTicks / TicksPerMinute) throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "That many business minutes ends after the year 9999.");

            var remaining = minutes * TicksPerMinute;
            while (true)
            {
                var offset = OffsetAt(t);
                var stretchEnd = SameOffsetUntil(t, offset);
                var workedAtStart = WorkedBefore(t + offset);
                var workedInStretch = WorkedBefore(stretchEnd + offset) - workedAtStart;
                if (workedInStretch >= remaining) return Utc(LocalInstantWhenWorked(workedAtStart + remaining) - offset);

                remaining -= workedInStretch;
                t = stretchEnd;
            }
        }

        /// <summary>Whole working minutes in [<paramref name="utcFrom"/>, <paramref name="utcTo"/>); 0 when to is not after from.</summary>
        public long BusinessMinutesBetween(DateTime utcFrom, DateTime utcTo)
        {
            var from = UtcTicks(utcFrom, nameof(utcFrom));
            var to = UtcTicks(utcTo, nameof(utcTo));
            long worked = 0;
            for (var t = from; t < to;)
            {
                var offset = OffsetAt(t);
                var stretchEnd = Math.Min(SameOffsetUntil(t, offset), to);
                worked += WorkedBefore(stretchEnd + offset) - WorkedBefore(t + offset);
                t = stretchEnd;
            }

            return worked / TicksPerMinute;
        }

        private static int WeekdayIndex(DayOfWeek day) => ((int)day + 6) % 7;

        private static DateTime Utc(long ticks) => new DateTime(ticks, DateTimeKind.Utc);

        // Unspecified means UTC (how Dataverse hands dates to plugins); a Local value is a real instant, so it is converted.
        private static long UtcTicks(DateTime value, string parameter)
        {
            var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
            if (utc.Ticks < MinUtcTicks || utc.Ticks > MaxUtcTicks)
            {
                throw new ArgumentOutOfRangeException(parameter, value, "Business time is calculated only between 3 January 0001 and 29 December 9999.");
            }

            return utc.Ticks;
        }

        private long OffsetAt(long utcTicks) => TimeZone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;

        /// <summary>The end (exclusive) of the stretch from <paramref name="utcTicks"/> over which the offset stays
        /// <paramref name="offset"/>: a week later, or the first tick with another offset.</summary>
        private long SameOffsetUntil(long utcTicks, long offset)
        {
            if (utcTicks >= MaxUtcTicks) throw new ArgumentOutOfRangeException(nameof(utcTicks), "Business time runs past the year 9999.");
            var probe = Math.Min(utcTicks + StretchTicks, MaxUtcTicks);
            if (OffsetAt(probe) == offset) return probe;

            long same = utcTicks, changed = probe;
            while (changed - same > 1)
            {
                var middle = same + (changed - same) / 2;
                if (OffsetAt(middle) == offset) same = middle;
                else changed = middle;
            }

            return changed;
        }

        /// <summary>How many work days (by weekday, holidays included) come before the day.</summary>
        private long WorkDayOrdinal(long day) => day / 7 * _workDaysPerWeek + _workDaysBeforeWeekday[day % 7];

        private int HolidaysBefore(long ordinal)
        {
            int low = 0, high = _holidayOrdinals.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_holidayOrdinals[middle] < ordinal) low = middle + 1;
                else high = middle;
            }

            return low;
        }

        private bool IsHoliday(long ordinal)
        {
            var index = HolidaysBefore(ordinal);
            return index < _holidayOrdinals.Length && _holidayOrdinals[index] == ordinal;
        }

        private bool IsWorkingLocal(long localTicks)
        {
            var day = localTicks / TicksPerDay;
            if (!_isWorkWeekday[day % 7] || IsHoliday(WorkDayOrdinal(day))) return false;
            var timeOfDay = localTicks % TicksPerDay;
            for (var i = 0; i < _periodStarts.Length; i++)
            {
                if (timeOfDay >= _periodStarts[i] && timeOfDay < _periodEnds[i]) return true;
            }

            return false;
        }

        /// <summary>Working ticks from 0001-01-01 up to a local instant, in local wall-clock arithmetic (no offset involved).</summary>
        private long WorkedBefore(long localTicks)
        {
            var day = localTicks / TicksPerDay;
            var ordinal = WorkDayOrdinal(day);
            var holidaysBefore = HolidaysBefore(ordinal);
            var worked = (ordinal - holidaysBefore) * _workingTicksPerDay;
            var isHoliday = holidaysBefore < _holidayOrdinals.Length && _holidayOrdinals[holidaysBefore] == ordinal;
            if (_isWorkWeekday[day % 7] && !isHoliday) worked += WorkedInDayBefore(localTicks % TicksPerDay);
            return worked;
        }

        private long WorkedInDayBefore(long timeOfDay)
        {
            long worked = 0;
            for (var i = 0; i < _periodStarts.Length; i++)
            {
                worked += Math.Max(0, Math.Min(timeOfDay, _periodEnds[i]) - _periodStarts[i]);
            }

            return worked;
        }

        /// <summary>The first local instant by which <paramref name="worked"/> (at least one) working ticks have been
        /// done since 0001-01-01: the inverse of <see cref="WorkedBefore"/>.</summary>
        private long LocalInstantWhenWorked(long worked)
        {
            // The day that holds that tick is the n-th work day that is not a holiday...
            var n = (worked - 1) / _workingTicksPerDay;
            var inDay = worked - n * _workingTicksPerDay;

            // ...whose ordinal is n plus the holidays before it: those whose ordinal minus their index (the non-holiday
            // work days before them) is at most n. That difference never decreases along the sorted array.
            int low = 0, high = _holidayOrdinals.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_holidayOrdinals[middle] - middle <= n) low = middle + 1;
                else high = middle;
            }

            var ordinal = n + low;
            var day = ordinal / _workDaysPerWeek * 7 + _weekdayOfNthWorkDay[ordinal % _workDaysPerWeek];
            return day * TicksPerDay + TimeOfDayWhenWorked(inDay);
        }

        private long TimeOfDayWhenWorked(long inDay)
        {
            for (var i = 0; i < _periodStarts.Length; i++)
            {
                var length = _periodEnds[i] - _periodStarts[i];
                if (inDay <= length) return _periodStarts[i] + inDay;
                inDay -= length;
            }

            return _periodEnds[_periodEnds.Length - 1];
        }
    }
}
