using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Sla
{
    /// <summary>An SLA policy as the rules need it: its targets, its business calendar (with its holidays) and the
    /// status reasons that pause the clock. Read in one call: the policy with its holidays joined.</summary>
    public sealed class SlaPolicy
    {
        public static readonly string[] CalendarColumns =
        {
            "csx_priority", "csx_responsetargetminutes", "csx_resolutiontargetminutes", "csx_warningpercent", "csx_warningminutes",
            "csx_workdays", "csx_daystartminutes", "csx_dayendminutes", "csx_breakstartminutes", "csx_breakendminutes", "csx_timezone",
            "csx_pausestatuses",
        };

        private SlaPolicy(Guid id, SlaTargets targets, BusinessCalendar calendar, IReadOnlyCollection<int> pauseStatuses)
        {
            Id = id;
            Targets = targets;
            Calendar = calendar;
            PauseStatuses = pauseStatuses;
        }

        public Guid Id { get; }

        public SlaTargets Targets { get; }

        public BusinessCalendar Calendar { get; }

        public IReadOnlyCollection<int> PauseStatuses { get; }

        /// <summary>The active policy for a priority (the oldest, if an admin made two), or null when there is none.</summary>
        public static SlaPolicy? ForPriority(IOrganizationService service, int priority, DateTime from) =>
            Read(service, "csx_priority", priority, from);

        public static SlaPolicy? ById(IOrganizationService service, Guid policyId, DateTime from) =>
            Read(service, "csx_slapolicyid", policyId, from);

        public static IEnumerable<DayOfWeek> WorkDays(OptionSetValueCollection? days) =>
            (days ?? new OptionSetValueCollection()).Select(day => (DayOfWeek)((day.Value - Choices.Weekday.Monday + 1) % 7));

        private static SlaPolicy? Read(IOrganizationService service, string column, object value, DateTime from)
        {
            var query = new QueryExpression("csx_slapolicy") { ColumnSet = new ColumnSet(CalendarColumns) };
            query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.AddOrder("createdon", OrderType.Ascending);
            query.AddOrder("csx_slapolicyid", OrderType.Ascending);

            // Holidays from a day before the clock starts to well past any target: a bounded window, not all history.
            var holidays = query.AddLink("csx_slaholiday", "csx_slapolicyid", "csx_slapolicyid", JoinOperator.LeftOuter);
            holidays.EntityAlias = "holiday";
            holidays.Columns = new ColumnSet("csx_date");
            holidays.LinkCriteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            holidays.LinkCriteria.AddCondition("csx_date", ConditionOperator.OnOrAfter, from.Date.AddDays(-1));
            holidays.LinkCriteria.AddCondition("csx_date", ConditionOperator.OnOrBefore, from.Date.AddDays(400));

            var rows = service.RetrieveMultiple(query).Entities;
            if (rows.Count == 0)
            {
                return null;
            }

            var policy = rows[0];
            var dates = rows.Where(r => r.Id == policy.Id)
                .Select(r => r.Attributes.TryGetValue("holiday.csx_date", out var date) ? ((AliasedValue)date).Value as DateTime? : null)
                .Where(d => d.HasValue)
                .Select(d => d!.Value.Date)
                .ToList();
            var calendar = BusinessCalendar.FromWindowsTimeZone(
                policy.GetAttributeValue<string>("csx_timezone") ?? "UTC",
                WorkDays(policy.GetAttributeValue<OptionSetValueCollection>("csx_workdays")),
                policy.GetAttributeValue<int>("csx_daystartminutes"),
                policy.GetAttributeValue<int>("csx_dayendminutes"),
                dates,
                policy.GetAttributeValue<int?>("csx_breakstartminutes"),
                policy.GetAttributeValue<int?>("csx_breakendminutes"));
            var targets = new SlaTargets(
                policy.GetAttributeValue<int>("csx_responsetargetminutes"),
                policy.GetAttributeValue<int>("csx_resolutiontargetminutes"),
                policy.GetAttributeValue<int?>("csx_warningpercent") ?? SlaTargets.DefaultWarningPercent,
                policy.GetAttributeValue<int?>("csx_warningminutes"));
            var pause = (policy.GetAttributeValue<OptionSetValueCollection>("csx_pausestatuses") ?? new OptionSetValueCollection()).Select(o => o.Value).ToList();
            return new SlaPolicy(policy.Id, targets, calendar, pause);
        }
    }
}
