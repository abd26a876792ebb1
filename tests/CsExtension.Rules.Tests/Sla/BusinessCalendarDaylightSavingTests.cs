using System;
using System.Linq;
using CsExtension.Rules.Sla;
using Xunit;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>Worked examples across the 2026 clock changes. Pacific: PST = UTC−8, PDT = UTC−7; clocks go 02:00 → 03:00
    /// on Sunday 8 March and 02:00 → 01:00 on Sunday 1 November. London: GMT = UTC, BST = UTC+1; clocks go 01:00 → 02:00
    /// on Sunday 29 March and 02:00 → 01:00 on Sunday 25 October. Local times are in the comments, UTC in the code.</summary>
    public class BusinessCalendarDaylightSavingTests
    {
        private static readonly DayOfWeek[] MondayToFriday =
            { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

        private static readonly DayOfWeek[] EveryDay = Enumerable.Range(0, 7).Select(d => (DayOfWeek)d).ToArray();

        private static readonly DateTime[] NoHolidays = new DateTime[0];

        private static BusinessCalendar Pacific(DayOfWeek[] days, int start, int end) =>
            BusinessCalendar.FromWindowsTimeZone("Pacific Standard Time", days, start, end, NoHolidays);

        private static BusinessCalendar London(DayOfWeek[] days, int start, int end, params DateTime[] holidays) =>
            BusinessCalendar.FromWindowsTimeZone("GMT Standard Time", days, start, end, holidays);

        private static DateTime Utc(int month, int day, int hour, int minute) => new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

        [Fact]
        public void Pacific_office_hours_stay_9_to_5_local_across_the_spring_change()
        {
            var office = Pacific(MondayToFriday, 9 * 60, 17 * 60);
            // Fri 6 March 16:00 PST + 120: 60 on Friday, then Mon 9 March 09:00–10:00 PDT.
            Assert.Equal(Utc(3, 9, 17, 0), office.AddBusinessMinutes(Utc(3, 7, 0, 0), 120));
            Assert.Equal(Utc(3, 9, 16, 0), office.NextWorkingMoment(Utc(3, 7, 1, 0))); // Fri 17:00 PST → Mon 09:00 PDT
            Assert.Equal(480, office.BusinessMinutesBetween(Utc(3, 9, 16, 0), Utc(3, 10, 0, 0))); // Mon 09:00–17:00 PDT
        }

        [Fact]
        public void Pacific_office_hours_stay_9_to_5_local_across_the_autumn_change()
        {
            var office = Pacific(MondayToFriday, 9 * 60, 17 * 60);
            // Fri 30 October 16:00 PDT + 120: 60 on Friday, then Mon 2 November 09:00–10:00 PST.
            Assert.Equal(Utc(11, 2, 18, 0), office.AddBusinessMinutes(Utc(10, 30, 23, 0), 120));
            Assert.Equal(480 + 60, office.BusinessMinutesBetween(Utc(10, 30, 23, 0), Utc(11, 3, 1, 0))); // Fri 16:00 PDT to Mon 17:00 PST
        }

        [Fact]
        public void A_working_day_on_the_day_the_clocks_change_is_still_480_minutes()
        {
            var everyDay = Pacific(EveryDay, 9 * 60, 17 * 60);
            // Sunday 8 March: local midnight to midnight is 23 hours, 09:00–17:00 PDT still 8 of them.
            Assert.Equal(480, everyDay.BusinessMinutesBetween(Utc(3, 8, 8, 0), Utc(3, 9, 7, 0)));
            Assert.Equal(Utc(3, 9, 0, 0), everyDay.AddBusinessMinutes(Utc(3, 8, 8, 0), 480)); // 17:00 PDT
            // Sunday 1 November: 25 hours, 09:00–17:00 PST still 8.
            Assert.Equal(480, everyDay.BusinessMinutesBetween(Utc(11, 1, 7, 0), Utc(11, 2, 8, 0)));
            Assert.Equal(Utc(11, 2, 1, 0), everyDay.AddBusinessMinutes(Utc(11, 1, 7, 0), 480)); // 17:00 PST
        }

        [Fact]
        public void A_day_starting_at_01_30_loses_the_hour_the_clocks_skip_in_spring()
        {
            var night = Pacific(EveryDay, 90, 5 * 60); // 01:30–05:00, 210 minutes on an ordinary day
            // 8 March: 01:30–02:00 PST (09:30–10:00 UTC), then 03:00–05:00 PDT (10:00–12:00 UTC): 150 minutes, no gap in UTC.
            Assert.Equal(150, night.BusinessMinutesBetween(Utc(3, 8, 8, 0), Utc(3, 9, 7, 0)));
            Assert.Equal(Utc(3, 8, 10, 0), night.AddBusinessMinutes(Utc(3, 8, 9, 30), 30)); // 02:00 PST is 03:00 PDT
            Assert.Equal(Utc(3, 8, 10, 1), night.AddBusinessMinutes(Utc(3, 8, 9, 30), 31)); // 03:01 PDT
            Assert.Equal(Utc(3, 8, 12, 0), night.AddBusinessMinutes(Utc(3, 8, 9, 30), 150)); // 05:00 PDT
        }

        [Fact]
        public void A_day_starting_inside_the_skipped_hour_starts_when_the_clocks_reach_it()
        {
            var night = Pacific(EveryDay, 150, 5 * 60); // 02:30–05:00; on 8 March 02:30 never happens
            Assert.Equal(Utc(3, 8, 10, 0), night.NextWorkingMoment(Utc(3, 8, 9, 0))); // 01:00 PST → 03:00 PDT
            Assert.False(night.IsWorkingMoment(Utc(3, 8, 9, 59))); // 01:59 PST
            Assert.Equal(120, night.BusinessMinutesBetween(Utc(3, 8, 8, 0), Utc(3, 9, 7, 0))); // 03:00–05:00 PDT
        }

        [Fact]
        public void On_the_autumn_change_the_repeated_hour_is_worked_each_time_it_falls_inside_working_hours()
        {
            var night = Pacific(EveryDay, 90, 5 * 60); // 01:30–05:00
            // 1 November: 01:30–02:00 PDT (08:30–09:00 UTC) is worked; clocks go back to 01:00 PST, and 01:00–01:30 PST
            // (09:00–09:30 UTC) is before the day's start again; 01:30–05:00 PST (09:30–13:00 UTC) is worked: 30 + 210.
            Assert.Equal(240, night.BusinessMinutesBetween(Utc(11, 1, 7, 0), Utc(11, 2, 8, 0)));
            Assert.True(night.IsWorkingMoment(Utc(11, 1, 8, 45))); // 01:45 PDT
            Assert.False(night.IsWorkingMoment(Utc(11, 1, 9, 15))); // 01:15 PST
            Assert.Equal(Utc(11, 1, 9, 30), night.NextWorkingMoment(Utc(11, 1, 9, 0)));
            Assert.Equal(Utc(11, 1, 9, 0), night.AddBusinessMinutes(Utc(11, 1, 8, 30), 30)); // ends at 02:00 PDT
            Assert.Equal(Utc(11, 1, 9, 31), night.AddBusinessMinutes(Utc(11, 1, 8, 30), 31)); // 01:31 PST
        }

        [Fact]
        public void London_office_hours_stay_local_across_both_changes()
        {
            var office = London(MondayToFriday, 9 * 60, 17 * 60 + 30);
            // Fri 27 March 17:00 GMT + 60: 30 on Friday, then Mon 30 March 09:00–09:30 BST.
            Assert.Equal(Utc(3, 30, 8, 30), office.AddBusinessMinutes(Utc(3, 27, 17, 0), 60));
            // Fri 23 October 17:00 BST + 60: 30 on Friday, then Mon 26 October 09:00–09:30 GMT.
            Assert.Equal(Utc(10, 26, 9, 30), office.AddBusinessMinutes(Utc(10, 23, 16, 0), 60));
        }

        [Fact]
        public void London_day_starting_at_01_30_starts_at_02_00_summer_time_on_the_spring_change()
        {
            var night = London(EveryDay, 90, 4 * 60); // 01:30–04:00; on 29 March 01:00–02:00 GMT never happens
            Assert.Equal(Utc(3, 29, 1, 0), night.NextWorkingMoment(Utc(3, 29, 0, 45))); // 00:45 GMT → 02:00 BST
            Assert.Equal(120, night.BusinessMinutesBetween(Utc(3, 29, 0, 0), Utc(3, 29, 23, 0))); // 02:00–04:00 BST
            Assert.Equal(150, night.BusinessMinutesBetween(Utc(3, 29, 23, 0), Utc(3, 30, 23, 0))); // an ordinary day again
        }

        [Fact]
        public void Friday_evening_before_a_London_bank_holiday_Monday_is_due_on_Tuesday()
        {
            var office = London(MondayToFriday, 9 * 60, 17 * 60 + 30, new DateTime(2026, 5, 4));
            Assert.Equal(Utc(5, 1, 16, 30), office.AddBusinessMinutes(Utc(5, 1, 16, 0), 30)); // Fri 17:00 + 30 = 17:30 BST
            Assert.Equal(Utc(5, 5, 8, 1), office.AddBusinessMinutes(Utc(5, 1, 16, 0), 31)); // Tue 5 May 09:01 BST
        }

        [Fact]
        public void A_24x7_calendar_loses_no_minute_at_midnight()
        {
            var always = London(EveryDay, 0, 1440);
            Assert.Equal(1440, always.WorkingMinutesPerDay);
            Assert.Equal(Utc(6, 16, 0, 30), always.AddBusinessMinutes(Utc(6, 15, 23, 0), 90)); // 00:00 BST 16 June is 23:00 UTC
            Assert.Equal(90, always.BusinessMinutesBetween(Utc(6, 15, 23, 0), Utc(6, 16, 0, 30)));
            Assert.True(always.IsWorkingMoment(Utc(6, 15, 23, 0)));
            Assert.Equal(Utc(6, 15, 23, 0), always.NextWorkingMoment(Utc(6, 15, 23, 0)));
        }

        [Fact]
        public void A_24x7_calendar_counts_real_minutes_across_the_clock_changes()
        {
            var always = London(EveryDay, 0, 1440);
            Assert.Equal(1380, always.BusinessMinutesBetween(Utc(3, 29, 0, 0), Utc(3, 29, 23, 0))); // 29 March is 23 hours long
            Assert.Equal(1500, always.BusinessMinutesBetween(Utc(10, 24, 23, 0), Utc(10, 26, 0, 0))); // 25 October is 25 hours long
            Assert.Equal(Utc(10, 25, 22, 30), always.AddBusinessMinutes(Utc(10, 24, 22, 30), 1440));
            Assert.Equal(Utc(3, 30, 0, 0), always.AddBusinessMinutes(Utc(3, 28, 0, 0), 2 * 1440));

            var pacific = Pacific(EveryDay, 0, 1440);
            Assert.Equal(Utc(3, 8, 11, 0), pacific.AddBusinessMinutes(Utc(3, 8, 9, 0), 120)); // 01:00 PST + 2 h = 04:00 PDT
            Assert.Equal(Utc(11, 1, 10, 0), pacific.AddBusinessMinutes(Utc(11, 1, 8, 0), 120)); // 01:00 PDT + 2 h = 02:00 PST: 01:00–02:00 is lived twice
        }
    }
}
