using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Alerts;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Sla
{
    /// <summary>Time passing, applied: every running SLA is evaluated at "now", page by page (never all requests at
    /// once); a request reaching its warning point becomes Nearing breach, one past a due Breached, and its owner gets a
    /// task and an in-app notification once per transition (the request's notice marker says which went out). Running it
    /// again at the same time changes nothing.</summary>
    public static class SlaEvaluationRun
    {
        public static SlaEvaluationCounts Run(IOrganizationService service, DateTime now, int? pageSize)
        {
            var counts = new SlaEvaluationCounts();
            var policies = new Dictionary<Guid, SlaPolicy?>();
            var query = new QueryExpression("csx_customerrequest")
            {
                ColumnSet = new ColumnSet(SlaColumns.Names.Concat(new[] { "csx_slapolicyid", "csx_title", "csx_accountid", "ownerid" }).ToArray()),
                PageInfo = new PagingInfo { Count = Math.Max(1, Math.Min(5000, pageSize ?? ConfigurationReader.ReadSlaPageSize(service))), PageNumber = 1 },
            };
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            var running = query.Criteria.AddFilter(LogicalOperator.Or);
            running.AddCondition("csx_slastatus", ConditionOperator.In, Choices.SlaStatus.InProgress, Choices.SlaStatus.NearingBreach);
            var unannounced = running.AddFilter(LogicalOperator.And);
            unannounced.AddCondition("csx_slastatus", ConditionOperator.Equal, Choices.SlaStatus.Breached);
            // Breached but not yet announced (a null marker matches no "not like", hence the Null).
            var noNotice = unannounced.AddFilter(LogicalOperator.Or);
            noNotice.AddCondition("csx_slanotices", ConditionOperator.Null);
            noNotice.AddCondition("csx_slanotices", ConditionOperator.NotLike, "%" + SlaNotice.Breached + "%");
            query.AddOrder("csx_customerrequestid", OrderType.Ascending);

            while (true)
            {
                var page = service.RetrieveMultiple(query);
                foreach (var request in page.Entities)
                {
                    Evaluate(service, request, now, policies, counts);
                }

                counts.Pages++;
                if (!page.MoreRecords)
                {
                    return counts;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        private static void Evaluate(IOrganizationService service, Entity request, DateTime now, IDictionary<Guid, SlaPolicy?> policies, SlaEvaluationCounts counts)
        {
            counts.Evaluated++;
            var policyRef = request.GetAttributeValue<EntityReference>("csx_slapolicyid");
            var state = SlaColumns.Read(request);
            if (policyRef == null || !state.EscalatedOn.HasValue)
            {
                return;
            }

            if (!policies.TryGetValue(policyRef.Id, out var policy))
            {
                policy = SlaPolicy.ById(service, policyRef.Id, state.EscalatedOn.Value);
                policies[policyRef.Id] = policy;
            }

            if (policy == null)
            {
                return;
            }

            var evaluation = SlaClock.Evaluate(state, now, policy.Calendar, policy.Targets);
            var next = evaluation.State;
            if (evaluation.NoticeDue.HasValue)
            {
                Notify(service, request, evaluation.NoticeDue.Value, next, now);
                next = SlaClock.NoticeSent(next, evaluation.NoticeDue.Value);
            }

            if (next.Equals(state))
            {
                return;
            }

            if (next.Status != state.Status)
            {
                if (next.Status == SlaStatus.NearingBreach)
                {
                    counts.NearingBreach++;
                }
                else if (next.Status == SlaStatus.Breached)
                {
                    counts.Breached++;
                }
            }

            // Only the evaluation's own columns: the clock's plugin is not triggered by them.
            service.Update(new Entity("csx_customerrequest", request.Id)
            {
                ["csx_slastatus"] = new OptionSetValue(SlaColumns.StatusValue(next.Status)),
                ["csx_slanotices"] = string.IsNullOrEmpty(next.Notices) ? null : next.Notices,
            });
        }

        private static void Notify(IOrganizationService service, Entity request, SlaNotice notice, SlaState state, DateTime now)
        {
            var owner = request.GetAttributeValue<EntityReference>("ownerid");
            var account = request.GetAttributeValue<EntityReference>("csx_accountid");
            var title = (notice == SlaNotice.Breached ? "SLA breached: " : "SLA nearing breach: ") + request.GetAttributeValue<string>("csx_title");
            var due = state.FirstResponseOn.HasValue ? state.ResolutionDueOn : state.ResponseDueOn;
            var description = string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "{0} is {1}: {2} was due {3:yyyy-MM-dd HH:mm} UTC.",
                request.GetAttributeValue<string>("csx_title"),
                notice == SlaNotice.Breached ? "past its SLA" : "close to its SLA",
                state.FirstResponseOn.HasValue ? "resolution" : "the first response",
                due);
            var type = notice == SlaNotice.Breached ? Choices.AlertType.SlaBreached : Choices.AlertType.SlaNearingBreach;
            AlertWriter.Raise(service, new Alert(
                type, request.ToEntityReference(), account ?? request.ToEntityReference(), owner, title, description, now.Date.AddDays(1)));
        }
    }
}
