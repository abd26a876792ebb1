using System;
using System.Globalization;
using System.Linq;
using CsExtension.Plugins.Alerts;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Health;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using CsExtension.Plugins.Sla;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Kpis
{
    /// <summary>csx_Sweep (unbound): the time-driven parts in one call, meant for a schedule. Pages (paging cookie,
    /// never all accounts at once) through the accounts whose onboarding is in progress past its due day or whose next QBR
    /// is past due: marks each such onboarding Overdue and raises an "Onboarding overdue" alert, raises a "QBR overdue"
    /// alert (never two open alerts of one type per account: <see cref="AlertWriter"/>), then evaluates SLAs
    /// (<see cref="SlaEvaluationRun"/>). Running it twice at the same time changes nothing the second time.</summary>
    [CustomApi("csx_Sweep")]
    public sealed class SweepApi : PluginBase
    {
        private const int PageSize = 250;

        public SweepApi()
            : base(typeof(SweepApi))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var system = localContext.SystemUserService;
            var now = localContext.Now;
            var today = now.Date;
            int overdueOnboardings = 0, overdueQbrs = 0;

            var query = new QueryExpression("account")
            {
                ColumnSet = new ColumnSet(new[] { "name", "ownerid", "csx_csmid", "csx_tier", "csx_nextqbrdueon" }.Concat(OnboardingColumns.Names).ToArray()),
                PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
            };
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            var due = query.Criteria.AddFilter(LogicalOperator.Or);
            var onboarding = due.AddFilter(LogicalOperator.And);
            onboarding.AddCondition("csx_onboardingstatus", ConditionOperator.Equal, Choices.OnboardingStatus.InProgress);
            onboarding.AddCondition("csx_onboardingdueon", ConditionOperator.LessThan, today);
            due.AddCondition("csx_nextqbrdueon", ConditionOperator.LessThan, today);
            query.AddOrder("accountid", OrderType.Ascending);

            while (true)
            {
                var page = system.RetrieveMultiple(query);
                foreach (var account in page.Entities)
                {
                    if (MarkOnboardingOverdue(system, account, now))
                    {
                        overdueOnboardings++;
                    }

                    if (RaiseQbrOverdue(system, account, now))
                    {
                        overdueQbrs++;
                    }
                }

                if (!page.MoreRecords)
                {
                    break;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }

            var sla = SlaEvaluationRun.Run(system, now, null);
            context.OutputParameters["OverdueOnboardingCount"] = overdueOnboardings;
            context.OutputParameters["OverdueQbrCount"] = overdueQbrs;
            context.OutputParameters["NearingBreachCount"] = sla.NearingBreach;
            context.OutputParameters["BreachedCount"] = sla.Breached;
            localContext.Trace(string.Format(CultureInfo.InvariantCulture, "Sweep: {0} onboardings overdue, {1} QBR alerts, {2} requests evaluated.",
                overdueOnboardings, overdueQbrs, sla.Evaluated));
        }

        private static bool MarkOnboardingOverdue(IOrganizationService system, Entity account, DateTime now)
        {
            var current = OnboardingColumns.Read(account);
            var next = OnboardingTracker.Sweep(current, now);
            if (next.Equals(current))
            {
                return false;
            }

            var update = new Entity("account", account.Id);
            OnboardingColumns.Write(next, update);
            system.Update(update);
            AlertWriter.Raise(system, new Alert(
                Choices.AlertType.OnboardingOverdue,
                account.ToEntityReference(),
                account.ToEntityReference(),
                Recipient(account),
                "Onboarding overdue: " + Name(account),
                string.Format(CultureInfo.InvariantCulture, "{0}'s onboarding was due {1:yyyy-MM-dd} and is not completed.", Name(account), next.DueOn),
                now.Date.AddDays(1)));
            return true;
        }

        private static bool RaiseQbrOverdue(IOrganizationService system, Entity account, DateTime now)
        {
            var tier = HealthRecalculation.TierOf(account.GetAttributeValue<OptionSetValue>("csx_tier"));
            var nextDue = account.GetAttributeValue<DateTime?>("csx_nextqbrdueon");
            if (!QbrCadence.IsOverdue(tier, nextDue, now))
            {
                return false;
            }

            return AlertWriter.Raise(system, new Alert(
                Choices.AlertType.QbrOverdue,
                account.ToEntityReference(),
                account.ToEntityReference(),
                Recipient(account),
                "QBR overdue: " + Name(account),
                string.Format(CultureInfo.InvariantCulture, "{0}'s next QBR was due {1:yyyy-MM-dd}.", Name(account), nextDue),
                now.Date.AddDays(7))).HasValue;
        }

        private static EntityReference Recipient(Entity account)
        {
            var user = account.GetAttributeValue<EntityReference>("csx_csmid") ?? account.GetAttributeValue<EntityReference>("ownerid");
            return new EntityReference(user.LogicalName, user.Id);
        }

        private static string Name(Entity account) => account.GetAttributeValue<string>("name") ?? string.Empty;
    }
}
