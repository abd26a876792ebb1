using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CsExtension.Rules.Sla
{
    /// <summary>Checks a business calendar's settings before it is saved (DESIGN §3: a day whose end is not after its
    /// start, or a calendar with no work day, is refused); each problem is a sentence an admin can act on.</summary>
    public static class BusinessCalendarValidator
    {
        internal const string NoTimeZone = "Choose the time zone the calendar's working hours are in.";

        /// <summary>The problems with these settings; empty when they make a usable calendar.</summary>
        public static IReadOnlyList<string> Problems(string? windowsTimeZoneId, IEnumerable<DayOfWeek> workDays, int? dayStartMinutes,
            int? dayEndMinutes, int? breakStartMinutes, int? breakEndMinutes)
        {
            var problems = new List<string>();
            if (windowsTimeZoneId == null || windowsTimeZoneId.Trim().Length == 0) problems.Add(NoTimeZone);
            else if (FindTimeZone(windowsTimeZoneId) == null) problems.Add(UnknownTimeZone(windowsTimeZoneId));

            problems.AddRange(HoursProblems(workDays, dayStartMinutes, dayEndMinutes, breakStartMinutes, breakEndMinutes));
            return problems;
        }

        internal static string UnknownTimeZone(string id) =>
            "The time zone '" + id + "' is not known: use a Windows time zone name such as 'GMT Standard Time'.";

        internal static TimeZoneInfo? FindTimeZone(string id)
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            }
            catch (TimeZoneNotFoundException)
            {
                return null;
            }
            catch (InvalidTimeZoneException)
            {
                // The zone exists but its data is corrupt: for the admin that is the same as unknown.
                return null;
            }
        }

        /// <summary>Everything but the time zone; also what the calendar's constructor refuses.</summary>
        internal static List<string> HoursProblems(IEnumerable<DayOfWeek>? workDays, int? dayStart, int? dayEnd, int? breakStart, int? breakEnd)
        {
            var problems = new List<string>();
            var days = workDays?.ToArray() ?? new DayOfWeek[0];
            if (days.Length == 0) problems.Add("Choose at least one work day.");
            else if (days.Any(d => d < DayOfWeek.Sunday || d > DayOfWeek.Saturday)) problems.Add("Work days must be days of the week, Sunday to Saturday.");

            var dayIsValid = false;
            if (!dayStart.HasValue) problems.Add("Enter the time the working day starts.");
            else if (dayStart.Value < 0 || dayStart.Value >= 1440) problems.Add("The working day must start between 00:00 and 23:59 (it starts " + Clock(dayStart.Value) + ").");
            if (!dayEnd.HasValue) problems.Add("Enter the time the working day ends.");
            else if (dayEnd.Value <= 0 || dayEnd.Value > 1440) problems.Add("The working day must end between 00:01 and 24:00 (it ends " + Clock(dayEnd.Value) + ").");

            if (dayStart.HasValue && dayEnd.HasValue && dayStart.Value >= 0 && dayStart.Value < 1440 && dayEnd.Value > 0 && dayEnd.Value <= 1440)
            {
                if (dayEnd.Value <= dayStart.Value)
                {
                    problems.Add("The working day must end after it starts (starts " + Clock(dayStart.Value) + ", ends " + Clock(dayEnd.Value) + ").");
                }
                else
                {
                    dayIsValid = true;
                }
            }

            int start = dayStart ?? 0, end = dayEnd ?? 0;
            if (breakStart.HasValue != breakEnd.HasValue)
            {
                problems.Add("Give both the start and the end of the break, or neither.");
            }
            else if (breakStart.HasValue && breakEnd.HasValue)
            {
                if (breakEnd.Value <= breakStart.Value)
                {
                    problems.Add("The break must end after it starts (starts " + Clock(breakStart.Value) + ", ends " + Clock(breakEnd.Value) + ").");
                }
                else if (dayIsValid && (breakStart.Value < start || breakEnd.Value > end))
                {
                    problems.Add("The break must lie inside the working day (the day is " + Clock(start) + " to " + Clock(end)
                        + ", the break " + Clock(breakStart.Value) + " to " + Clock(breakEnd.Value) + ").");
                }
                else if (dayIsValid && breakStart.Value == start && breakEnd.Value == end)
                {
                    problems.Add("The break cannot take up the whole working day.");
                }
            }

            return problems;
        }

        // Minutes after midnight as an admin typed them: 540 → "09:00", 1440 → "24:00"; nonsense shown as the number.
        private static string Clock(int minutes) =>
            minutes >= 0 && minutes <= 1440
                ? (minutes / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (minutes % 60).ToString("00", CultureInfo.InvariantCulture)
                : minutes.ToString(CultureInfo.InvariantCulture) + " minutes after midnight";
    }
}
