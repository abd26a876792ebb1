using System;
using CsExtension.Rules.Sla;
using Xunit;

namespace CsExtension.Rules.Tests.Sla
{
    public class BusinessCalendarValidatorTests
    {
        private static readonly DayOfWeek[] MondayToFriday =
            { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

        [Fact]
        public void Office_hours_with_a_lunch_break_are_fine()
        {
            Assert.Empty(BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 540, 1080, 720, 780));
            Assert.Empty(BusinessCalendarValidator.Problems("GMT Standard Time", MondayToFriday, 540, 1050, null, null));
        }

        [Fact]
        public void A_24x7_calendar_is_fine()
        {
            var everyDay = (DayOfWeek[])Enum.GetValues(typeof(DayOfWeek));
            Assert.Empty(BusinessCalendarValidator.Problems("Pacific Standard Time", everyDay, 0, 1440, null, null));
        }

        [Fact]
        public void A_day_that_ends_before_it_starts_is_refused_with_both_times()
        {
            Assert.Equal(new[] { "The working day must end after it starts (starts 18:00, ends 09:00)." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 1080, 540, null, null));
            Assert.Equal(new[] { "The working day must end after it starts (starts 09:00, ends 09:00)." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 540, 540, null, null));
        }

        [Fact]
        public void A_calendar_without_work_days_is_refused()
        {
            Assert.Equal(new[] { "Choose at least one work day." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", new DayOfWeek[0], 540, 1080, null, null));
        }

        [Fact]
        public void An_unknown_or_missing_time_zone_is_refused()
        {
            var problem = Assert.Single(BusinessCalendarValidator.Problems("Mars Standard Time", MondayToFriday, 540, 1080, null, null));
            Assert.StartsWith("The time zone 'Mars Standard Time' is not known", problem);
            Assert.Equal(new[] { "Choose the time zone the calendar's working hours are in." },
                BusinessCalendarValidator.Problems(" ", MondayToFriday, 540, 1080, null, null));
        }

        [Fact]
        public void A_break_outside_the_working_day_is_refused()
        {
            var problem = Assert.Single(BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 540, 1080, 480, 570));
            Assert.StartsWith("The break must lie inside the working day", problem);
            Assert.Contains("09:00 to 18:00", problem);
        }

        [Fact]
        public void A_break_needs_both_ends_in_order_and_cannot_fill_the_day()
        {
            Assert.Equal(new[] { "Give both the start and the end of the break, or neither." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 540, 1080, 720, null));
            Assert.Equal(new[] { "The break must end after it starts (starts 13:00, ends 12:00)." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 540, 1080, 780, 720));
            Assert.Equal(new[] { "The break cannot take up the whole working day." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 540, 1080, 540, 1080));
        }

        [Fact]
        public void Missing_or_impossible_hours_are_named()
        {
            Assert.Equal(new[] { "Enter the time the working day starts.", "Enter the time the working day ends." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, null, null, null, null));
            Assert.Equal(new[] { "The working day must end between 00:01 and 24:00 (it ends 1500 minutes after midnight)." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 540, 1500, null, null));
            Assert.Equal(new[] { "The working day must start between 00:00 and 23:59 (it starts 24:00)." },
                BusinessCalendarValidator.Problems("Tokyo Standard Time", MondayToFriday, 1440, 1440, null, null));
        }

        [Fact]
        public void Every_problem_is_listed_at_once()
        {
            Assert.Equal(3, BusinessCalendarValidator.Problems("Nowhere", new DayOfWeek[0], 1080, 540, null, null).Count);
        }
    }
}
