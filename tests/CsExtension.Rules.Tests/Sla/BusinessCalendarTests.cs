using System;
using CsExtension.Rules.Sla;
using Xunit;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>Worked examples in Tokyo (UTC+9 all year): Mon–Fri 09:00–18:00 with lunch 12:00–13:00, so 480 minutes a
    /// day; Marine Day, Monday 20 July 2026, is a holiday. Local times are in the comments, UTC in the code.</summary>
    public class BusinessCalendarTests
    {
        private static readonly DayOfWeek[] MondayToFriday =
            { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

        private static readonly BusinessCalendar Tokyo = BusinessCalendar.FromWindowsTimeZone(
            "Tokyo Standard Time", MondayToFriday, 9 * 60, 18 * 60, new[] { new DateTime(2026, 7, 20) }, 12 * 60, 13 * 60);

        private static DateTime Utc(int month, int day, int hour, int minute, int second = 0) =>
            new DateTime(2026, month, day, hour, minute, second, DateTimeKind.Utc);

        [Fact]
        public void A_day_of_the_calendar_is_its_working_hours_less_the_break()
        {
            Assert.Equal(480, Tokyo.WorkingMinutesPerDay);
            Assert.Equal(480, Tokyo.BusinessMinutesBetween(Utc(6, 16, 0, 0), Utc(6, 16, 9, 0))); // Tue 09:00–18:00 JST
        }

        [Fact]
        public void Escalation_outside_business_hours_starts_the_clock_next_morning()
        {
            var escalated = Utc(6, 16, 11, 0); // Tue 16 June 20:00 JST
            Assert.False(Tokyo.IsWorkingMoment(escalated));
            Assert.Equal(Utc(6, 17, 0, 0), Tokyo.NextWorkingMoment(escalated)); // Wed 09:00 JST
            Assert.Equal(Utc(6, 17, 1, 0), Tokyo.AddBusinessMinutes(escalated, 60)); // Wed 10:00 JST
        }

        [Fact]
        public void Escalation_during_business_hours_counts_from_that_moment()
        {
            Assert.Equal(Utc(6, 16, 1, 45), Tokyo.AddBusinessMinutes(Utc(6, 16, 1, 15), 30)); // 10:15 + 30 = 10:45 JST
            Assert.Equal(Utc(6, 16, 1, 15), Tokyo.NextWorkingMoment(Utc(6, 16, 1, 15)));
        }

        [Fact]
        public void The_lunch_break_does_not_count()
        {
            Assert.Equal(Utc(6, 16, 4, 30), Tokyo.AddBusinessMinutes(Utc(6, 16, 2, 30), 60)); // 11:30 + 30 before and 30 after lunch = 13:30 JST
            Assert.Equal(60, Tokyo.BusinessMinutesBetween(Utc(6, 16, 2, 30), Utc(6, 16, 4, 30)));
            Assert.False(Tokyo.IsWorkingMoment(Utc(6, 16, 3, 0))); // 12:00 JST
            Assert.Equal(Utc(6, 16, 4, 0), Tokyo.NextWorkingMoment(Utc(6, 16, 3, 20))); // 12:20 JST → 13:00 JST
        }

        [Fact]
        public void A_target_reached_as_lunch_starts_is_due_at_lunch_not_after_it()
        {
            Assert.Equal(Utc(6, 16, 3, 0), Tokyo.AddBusinessMinutes(Utc(6, 16, 2, 0), 60)); // 11:00 + 60 = 12:00 JST
            Assert.Equal(Utc(6, 16, 9, 0), Tokyo.AddBusinessMinutes(Utc(6, 16, 0, 0), 480)); // a whole day: due 18:00 JST, not next morning
        }

        [Fact]
        public void Day_end_is_exclusive_and_day_start_inclusive()
        {
            Assert.False(Tokyo.IsWorkingMoment(Utc(6, 15, 23, 59))); // Tue 08:59 JST
            Assert.True(Tokyo.IsWorkingMoment(Utc(6, 16, 0, 0))); // 09:00
            Assert.True(Tokyo.IsWorkingMoment(Utc(6, 16, 8, 59))); // 17:59
            Assert.False(Tokyo.IsWorkingMoment(Utc(6, 16, 9, 0))); // 18:00
            Assert.False(Tokyo.IsWorkingMoment(Utc(6, 16, 3, 59))); // 12:59, lunch
            Assert.True(Tokyo.IsWorkingMoment(Utc(6, 16, 4, 0))); // 13:00
        }

        [Fact]
        public void Friday_evening_escalation_before_a_holiday_Monday_is_due_on_Tuesday()
        {
            var friday = Utc(7, 17, 10, 0); // Fri 17 July 19:00 JST; Sat, Sun and Marine Day Monday are not worked
            Assert.Equal(Utc(7, 21, 0, 0), Tokyo.NextWorkingMoment(friday)); // Tue 09:00 JST
            Assert.Equal(Utc(7, 21, 9, 0), Tokyo.AddBusinessMinutes(friday, 480)); // one day: Tue 18:00 JST
            Assert.Equal(Utc(7, 22, 0, 1), Tokyo.AddBusinessMinutes(friday, 481)); // Wed 09:01 JST
            Assert.False(Tokyo.IsWorkingMoment(Utc(7, 20, 1, 0))); // Monday 10:00 JST, a holiday
            Assert.Equal(120, Tokyo.BusinessMinutesBetween(Utc(7, 17, 8, 0), Utc(7, 21, 1, 0))); // Fri 17:00–18:00 + Tue 09:00–10:00 JST
        }

        [Fact]
        public void Adding_nothing_gives_the_next_working_moment()
        {
            Assert.Equal(Utc(6, 17, 0, 0), Tokyo.AddBusinessMinutes(Utc(6, 16, 11, 0), 0));
            Assert.Equal(Utc(6, 16, 1, 0), Tokyo.AddBusinessMinutes(Utc(6, 16, 1, 0), 0));
        }

        [Fact]
        public void Times_without_a_kind_are_read_as_UTC_and_results_are_UTC()
        {
            var added = Tokyo.AddBusinessMinutes(new DateTime(2026, 6, 16, 1, 15, 0, DateTimeKind.Unspecified), 30);
            Assert.Equal(Utc(6, 16, 1, 45), added);
            Assert.Equal(DateTimeKind.Utc, added.Kind);
            Assert.Equal(DateTimeKind.Utc, Tokyo.NextWorkingMoment(new DateTime(2026, 6, 16, 11, 0, 0)).Kind);
        }

        [Fact]
        public void Seconds_are_kept_and_only_whole_minutes_are_measured()
        {
            Assert.Equal(Utc(6, 16, 1, 1, 30), Tokyo.AddBusinessMinutes(Utc(6, 16, 1, 0, 30), 1)); // 10:00:30 + 1 = 10:01:30 JST
            Assert.Equal(1, Tokyo.BusinessMinutesBetween(Utc(6, 16, 1, 0, 30), Utc(6, 16, 1, 2))); // 1.5 minutes
        }

        [Fact]
        public void Measuring_backwards_or_nothing_is_zero()
        {
            Assert.Equal(0, Tokyo.BusinessMinutesBetween(Utc(6, 16, 2, 0), Utc(6, 16, 1, 0)));
            Assert.Equal(0, Tokyo.BusinessMinutesBetween(Utc(6, 16, 2, 0), Utc(6, 16, 2, 0)));
        }

        [Fact]
        public void Negative_targets_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Tokyo.AddBusinessMinutes(Utc(6, 16, 2, 0), -1));
        }

        [Fact]
        public void A_target_of_ten_working_years_lands_on_the_right_day()
        {
            // 10 × 52 weeks × 5 days from Monday 09:00 JST (15 June 2026) would end on Friday 30 May 2036 at 18:00 JST;
            // Marine Day 2026 pushes it to Monday 2 June 2036, 18:00 JST.
            var start = Utc(6, 15, 0, 0);
            var due = Tokyo.AddBusinessMinutes(start, 10L * 52 * 5 * 480);
            Assert.Equal(new DateTime(2036, 6, 2, 9, 0, 0, DateTimeKind.Utc), due);
            Assert.Equal(10L * 52 * 5 * 480, Tokyo.BusinessMinutesBetween(start, due));
        }

        [Fact]
        public void The_time_zone_is_the_calendars()
        {
            Assert.Equal(TimeSpan.FromHours(9), Tokyo.TimeZone.BaseUtcOffset);
        }

        [Fact]
        public void An_unknown_time_zone_is_refused_with_its_name()
        {
            var error = Assert.Throws<ArgumentException>(() =>
                BusinessCalendar.FromWindowsTimeZone("Mars Standard Time", MondayToFriday, 540, 1080, new DateTime[0]));
            Assert.Contains("The time zone 'Mars Standard Time' is not known", error.Message);
            Assert.Equal("windowsTimeZoneId", error.ParamName);
        }

        [Fact]
        public void A_day_that_ends_before_it_starts_is_refused()
        {
            var error = Assert.Throws<ArgumentException>(() =>
                new BusinessCalendar(TimeZoneInfo.Utc, MondayToFriday, 18 * 60, 9 * 60, new DateTime[0]));
            Assert.Contains("The working day must end after it starts (starts 18:00, ends 09:00).", error.Message);
        }
    }
}
