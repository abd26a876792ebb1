using System;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>Turns date operators into a UTC range [Start, End) computed in the user's local time
    /// (learn: fetchxml/reference/operators: today, last-x-days, this-week, on-or-before, olderthan-x-months, ...).
    /// Relative ranges that look back end at now; ranges that look ahead start at now.</summary>
    internal static class DateRanges
    {
        public static (DateTime? Start, DateTime? End) For(ConditionOperator op, int x, DateTime? date, QueryEnvironment env)
        {
            var offset = env.TimeZoneOffset;
            var localNow = env.Now + offset;
            var today = localNow.Date;
            var now = env.Now;
            DateTime Utc(DateTime local) => DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
            (DateTime?, DateTime?) Local(DateTime start, DateTime end) => (Utc(start), Utc(end));
            (DateTime?, DateTime?) Back(DateTime localStart) => (Utc(localStart), now.AddTicks(1));
            (DateTime?, DateTime?) Ahead(DateTime localEnd) => (now, Utc(localEnd));

            var weekStart = today.AddDays(-(((int)today.DayOfWeek - (int)env.FirstDayOfWeek + 7) % 7));
            var monthStart = new DateTime(today.Year, today.Month, 1);
            var yearStart = new DateTime(today.Year, 1, 1);
            var day = date.HasValue ? (date.Value.Kind == DateTimeKind.Utc && date.Value.TimeOfDay != TimeSpan.Zero ? (date.Value + offset).Date : date.Value.Date) : today;

            return op switch
            {
                ConditionOperator.Yesterday => Local(today.AddDays(-1), today),
                ConditionOperator.Today => Local(today, today.AddDays(1)),
                ConditionOperator.Tomorrow => Local(today.AddDays(1), today.AddDays(2)),
                ConditionOperator.Last7Days => Back(today.AddDays(-7)),
                ConditionOperator.Next7Days => Ahead(today.AddDays(8)),
                ConditionOperator.LastWeek => Local(weekStart.AddDays(-7), weekStart),
                ConditionOperator.ThisWeek => Local(weekStart, weekStart.AddDays(7)),
                ConditionOperator.NextWeek => Local(weekStart.AddDays(7), weekStart.AddDays(14)),
                ConditionOperator.LastMonth => Local(monthStart.AddMonths(-1), monthStart),
                ConditionOperator.ThisMonth => Local(monthStart, monthStart.AddMonths(1)),
                ConditionOperator.NextMonth => Local(monthStart.AddMonths(1), monthStart.AddMonths(2)),
                ConditionOperator.LastYear => Local(yearStart.AddYears(-1), yearStart),
                ConditionOperator.ThisYear => Local(yearStart, yearStart.AddYears(1)),
                ConditionOperator.NextYear => Local(yearStart.AddYears(1), yearStart.AddYears(2)),
                ConditionOperator.LastXHours => (now.AddHours(-x), now.AddTicks(1)),
                ConditionOperator.NextXHours => (now, now.AddHours(x)),
                ConditionOperator.LastXDays => Back(today.AddDays(-x)),
                ConditionOperator.NextXDays => Ahead(today.AddDays(x + 1)),
                ConditionOperator.LastXWeeks => Back(today.AddDays(-7 * x)),
                ConditionOperator.NextXWeeks => Ahead(today.AddDays((7 * x) + 1)),
                ConditionOperator.LastXMonths => Back(today.AddMonths(-x)),
                ConditionOperator.NextXMonths => Ahead(today.AddMonths(x).AddDays(1)),
                ConditionOperator.LastXYears => Back(today.AddYears(-x)),
                ConditionOperator.NextXYears => Ahead(today.AddYears(x).AddDays(1)),
                ConditionOperator.OlderThanXMinutes => (null, now.AddMinutes(-x)),
                ConditionOperator.OlderThanXHours => (null, now.AddHours(-x)),
                ConditionOperator.OlderThanXDays => (null, now.AddDays(-x)),
                ConditionOperator.OlderThanXWeeks => (null, now.AddDays(-7 * x)),
                ConditionOperator.OlderThanXMonths => (null, now.AddMonths(-x)),
                ConditionOperator.OlderThanXYears => (null, now.AddYears(-x)),
                ConditionOperator.On or ConditionOperator.NotOn => Local(day, day.AddDays(1)),
                ConditionOperator.OnOrBefore => (null, Utc(day.AddDays(1))),
                ConditionOperator.OnOrAfter => (Utc(day), null),
                _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a date operator."),
            };
        }

        public static bool IsRange(ConditionOperator op) => op switch
        {
            ConditionOperator.Yesterday or ConditionOperator.Today or ConditionOperator.Tomorrow or
            ConditionOperator.Last7Days or ConditionOperator.Next7Days or
            ConditionOperator.LastWeek or ConditionOperator.ThisWeek or ConditionOperator.NextWeek or
            ConditionOperator.LastMonth or ConditionOperator.ThisMonth or ConditionOperator.NextMonth or
            ConditionOperator.LastYear or ConditionOperator.ThisYear or ConditionOperator.NextYear => true,
            _ => false,
        };

        public static bool TakesCount(ConditionOperator op) => op switch
        {
            ConditionOperator.LastXHours or ConditionOperator.NextXHours or ConditionOperator.LastXDays or ConditionOperator.NextXDays or
            ConditionOperator.LastXWeeks or ConditionOperator.NextXWeeks or ConditionOperator.LastXMonths or ConditionOperator.NextXMonths or
            ConditionOperator.LastXYears or ConditionOperator.NextXYears or ConditionOperator.OlderThanXMinutes or ConditionOperator.OlderThanXHours or
            ConditionOperator.OlderThanXDays or ConditionOperator.OlderThanXWeeks or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears => true,
            _ => false,
        };

        public static bool TakesDate(ConditionOperator op) =>
            op is ConditionOperator.On or ConditionOperator.NotOn or ConditionOperator.OnOrBefore or ConditionOperator.OnOrAfter;
    }
}
