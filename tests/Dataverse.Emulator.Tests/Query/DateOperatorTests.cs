using System;
using System.Linq;
using Dataverse.Emulator.Query;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>Date operators (learn: fetchxml/reference/operators) evaluated against the emulator clock - here
    /// Wednesday 12 June 2024 15:30 UTC, weeks starting on Sunday - in the user's time zone.</summary>
    public sealed class DateOperatorTests
    {
        private readonly QueryFixture _f = new QueryFixture();

        public DateOperatorTests()
        {
            Add("two years ago", new DateTime(2022, 3, 1, 12, 0, 0));
            Add("last year", new DateTime(2023, 11, 5, 9, 0, 0));
            Add("last month", new DateTime(2024, 5, 20, 10, 0, 0));
            Add("last week", new DateTime(2024, 6, 4, 10, 0, 0));
            Add("six days ago", new DateTime(2024, 6, 6, 10, 0, 0));
            Add("sunday", new DateTime(2024, 6, 9, 0, 30, 0));
            Add("yesterday", new DateTime(2024, 6, 11, 23, 0, 0));
            Add("this morning", new DateTime(2024, 6, 12, 8, 0, 0));
            Add("two hours ago", new DateTime(2024, 6, 12, 13, 30, 0));
            Add("tonight", new DateTime(2024, 6, 12, 22, 0, 0));
            Add("tomorrow", new DateTime(2024, 6, 13, 9, 0, 0));
            Add("next week", new DateTime(2024, 6, 17, 9, 0, 0));
            Add("next month", new DateTime(2024, 7, 2, 9, 0, 0));
            Add("next year", new DateTime(2025, 2, 1, 9, 0, 0));
        }

        private void Add(string name, DateTime utc) =>
            _f.Source.Add("account", ("name", name), ("createdon", DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

        private string[] Names(ConditionOperator op, params object[] values) =>
            _f.AccountNames(new ConditionExpression("createdon", op, values)).OrderBy(n => n).ToArray();

        private static string[] Sorted(params string[] names) => names.OrderBy(n => n).ToArray();

        [Fact]
        public void Today_yesterday_and_tomorrow_are_whole_days()
        {
            Assert.Equal(Sorted("this morning", "two hours ago", "tonight"), Names(ConditionOperator.Today));
            Assert.Equal(Sorted("yesterday"), Names(ConditionOperator.Yesterday));
            Assert.Equal(Sorted("tomorrow"), Names(ConditionOperator.Tomorrow));
        }

        [Fact]
        public void Last7Days_looks_back_from_midnight_seven_days_ago_up_to_now()
        {
            Assert.Equal(Sorted("six days ago", "sunday", "yesterday", "this morning", "two hours ago"), Names(ConditionOperator.Last7Days));
            Assert.Equal(Sorted("tonight", "tomorrow", "next week"), Names(ConditionOperator.Next7Days));
        }

        [Fact]
        public void Week_operators_use_calendar_weeks_starting_on_the_users_first_day()
        {
            Assert.Equal(Sorted("sunday", "yesterday", "this morning", "two hours ago", "tonight", "tomorrow"), Names(ConditionOperator.ThisWeek));
            Assert.Equal(Sorted("last week", "six days ago"), Names(ConditionOperator.LastWeek));
            Assert.Equal(Sorted("next week"), Names(ConditionOperator.NextWeek));
        }

        [Fact]
        public void Month_and_year_operators_use_calendar_months_and_years()
        {
            Assert.Equal(Sorted("last month"), Names(ConditionOperator.LastMonth));
            Assert.Equal(Sorted("next month"), Names(ConditionOperator.NextMonth));
            Assert.Equal(9, Names(ConditionOperator.ThisMonth).Length);
            Assert.Equal(Sorted("last year"), Names(ConditionOperator.LastYear));
            Assert.Equal(Sorted("next year"), Names(ConditionOperator.NextYear));
            Assert.Equal(11, Names(ConditionOperator.ThisYear).Length);
        }

        [Fact]
        public void LastX_and_NextX_operators_take_a_count()
        {
            Assert.Equal(Sorted("two hours ago"), Names(ConditionOperator.LastXHours, 3));
            Assert.Equal(Sorted("tonight"), Names(ConditionOperator.NextXHours, 7));
            Assert.Equal(Sorted("yesterday", "this morning", "two hours ago"), Names(ConditionOperator.LastXDays, 1));
            Assert.Equal(Sorted("tonight", "tomorrow"), Names(ConditionOperator.NextXDays, 1));
            Assert.Equal(Sorted("last week", "six days ago", "sunday", "yesterday", "this morning", "two hours ago"), Names(ConditionOperator.LastXWeeks, 2));
            Assert.Equal(Sorted("last month", "last week", "six days ago", "sunday", "yesterday", "this morning", "two hours ago"), Names(ConditionOperator.LastXMonths, 1));
            Assert.Contains("next month", Names(ConditionOperator.NextXMonths, 1));
            Assert.Contains("last year", Names(ConditionOperator.LastXYears, 1));
            Assert.DoesNotContain("two years ago", Names(ConditionOperator.LastXYears, 1));
            Assert.Contains("next year", Names(ConditionOperator.NextXYears, 1));
            Assert.Equal(Sorted("tonight", "tomorrow", "next week"), Names(ConditionOperator.NextXWeeks, 1));
        }

        [Fact]
        public void OlderThanX_operators_match_values_before_now_minus_X()
        {
            Assert.Equal(Sorted("two years ago"), Names(ConditionOperator.OlderThanXYears, 1));
            Assert.Equal(Sorted("two years ago", "last year"), Names(ConditionOperator.OlderThanXMonths, 6));
            Assert.Contains("two hours ago", Names(ConditionOperator.OlderThanXMinutes, 90));
            Assert.DoesNotContain("two hours ago", Names(ConditionOperator.OlderThanXHours, 3));
            Assert.Contains("six days ago", Names(ConditionOperator.OlderThanXDays, 5));
            Assert.DoesNotContain("six days ago", Names(ConditionOperator.OlderThanXWeeks, 1));
        }

        [Fact]
        public void On_OnOrBefore_OnOrAfter_and_NotOn_compare_whole_days()
        {
            var day = new DateTime(2024, 6, 12);
            Assert.Equal(Sorted("this morning", "two hours ago", "tonight"), Names(ConditionOperator.On, day));
            Assert.Equal(Sorted("this morning", "two hours ago", "tonight"), Names(ConditionOperator.On, "2024-06-12"));
            Assert.Equal(10, Names(ConditionOperator.OnOrBefore, day).Length);
            Assert.Equal(7, Names(ConditionOperator.OnOrAfter, day).Length);
            Assert.Equal(11, Names(ConditionOperator.NotOn, day).Length);
        }

        [Fact]
        public void Date_operators_use_the_users_time_zone()
        {
            // At UTC+10 it is already 01:30 on 13 June: "tonight" (22:00 UTC on the 12th = 08:00 on the 13th) is today.
            _f.Env = new QueryEnvironment(QueryFixture.Now) { TimeZoneOffset = TimeSpan.FromHours(10) };
            Assert.Equal(Sorted("tonight", "tomorrow"), Names(ConditionOperator.Today));
        }
    }
}
