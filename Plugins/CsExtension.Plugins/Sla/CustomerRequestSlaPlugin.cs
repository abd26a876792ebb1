using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Sla;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Sla
{
    /// <summary>The SLA clock of a customer request, kept in the request's own columns as it is saved (synchronous,
    /// PreOperation: the rep sees the due dates on save). Escalation starts it with the policy for the priority; "In
    /// development" or a first-response date records the response; pause status reasons pause it; a priority change
    /// recomputes the targets from escalation keeping pauses; Resolved / Won't fix closes it Met or Breached; Cancelled
    /// cancels it. ARR impact follows the requesting accounts. At most three calls per save: the policy with its holidays,
    /// the linked accounts, their contracts' ARR. Only the columns people change trigger it (filtering attributes), so the
    /// plugins' own writes of the SLA status do not restart the clock.</summary>
    [PluginStep("Create", "csx_customerrequest", StepStage.PreOperation, StepMode.Synchronous, Description = "Start the SLA clock")]
    [PluginStep("Update", "csx_customerrequest", StepStage.PreOperation, StepMode.Synchronous,
        FilteringAttributes = "statuscode,statecode,csx_priority,csx_firstresponseon,csx_resolvedon,csx_accountid,csx_pausedon",
        PreImage = "request", PreImageAttributes = ImageColumns, Description = "Keep the SLA clock")]
    public sealed class CustomerRequestSlaPlugin : PluginBase
    {
        private const string ImageColumns = "statuscode,csx_priority,csx_accountid,csx_slapolicyid,csx_resolutionnote,"
            + "csx_slastatus,csx_escalatedon,csx_firstresponseon,csx_responsedueon,csx_resolutiondueon,csx_resolvedon,csx_pausedon,csx_pausedminutes,"
            + "csx_responsepausedminutes,csx_slanotices";

        private static readonly int[] ClosedStatuses = { Choices.RequestStatus.Resolved, Choices.RequestStatus.WontFix, Choices.RequestStatus.Cancelled };

        public CustomerRequestSlaPlugin()
            : base(typeof(CustomerRequestSlaPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var record = new RecordAsSaved(context, "request");
            var target = record.Target;
            var before = record.Before;

            var service = localContext.SystemUserService;
            var now = localContext.Now;
            var oldStatus = before.GetAttributeValue<OptionSetValue>("statuscode")?.Value;
            var newStatus = record.Value<OptionSetValue>("statuscode")?.Value ?? Choices.RequestStatus.New;
            var priority = record.Value<OptionSetValue>("csx_priority")?.Value ?? Choices.Priority.Medium;
            var oldPriority = before.GetAttributeValue<OptionSetValue>("csx_priority")?.Value;
            var state = SlaColumns.Read(before);
            var original = state;
            SlaPolicy? policy = null;
            SlaPolicy Policy() => policy ??= CurrentPolicy(service, record.Value<EntityReference>("csx_slapolicyid"), priority, state.EscalatedOn ?? now)
                ?? throw Refuse(SlaValidation.Escalating(SlaColumns.PriorityOf(priority), null));

            if (newStatus == Choices.RequestStatus.EscalatedToDevelopment && (!state.IsEscalated || state.IsClosed) && oldStatus != newStatus)
            {
                policy = SlaPolicy.ForPriority(service, priority, now);
                Refuse(SlaValidation.Escalating(SlaColumns.PriorityOf(priority), policy?.Targets));
                state = SlaClock.Escalate(state, now, policy!.Calendar, policy.Targets);
                target["csx_slapolicyid"] = new EntityReference("csx_slapolicy", policy.Id);
            }
            else if (state.IsEscalated && !state.IsClosed && oldPriority.HasValue && oldPriority != priority)
            {
                policy = SlaPolicy.ForPriority(service, priority, state.EscalatedOn!.Value);
                Refuse(SlaValidation.Escalating(SlaColumns.PriorityOf(priority), policy?.Targets));
                state = SlaClock.ChangePriority(state, policy!.Calendar, policy.Targets);
                target["csx_slapolicyid"] = new EntityReference("csx_slapolicy", policy.Id);
            }

            if (state.IsEscalated && !state.IsClosed)
            {
                var respondedOn = target.GetAttributeValue<DateTime?>("csx_firstresponseon");
                if (respondedOn.HasValue || (newStatus == Choices.RequestStatus.InDevelopment && oldStatus != newStatus))
                {
                    state = SlaClock.RecordFirstResponse(state, respondedOn ?? now);
                }

                var pausing = Policy().PauseStatuses.Contains(newStatus);
                var wasPausing = oldStatus.HasValue && Policy().PauseStatuses.Contains(oldStatus.Value);
                if (pausing && !state.IsPaused)
                {
                    state = SlaClock.Pause(state, now);
                }
                else if (!pausing && wasPausing && !ClosedStatuses.Contains(newStatus))
                {
                    Refuse(SlaValidation.Resuming(state));
                    state = SlaClock.Resume(state, now, Policy().Calendar, Policy().Targets);
                }
                else if (target.Contains("csx_pausedon") && target["csx_pausedon"] == null && !pausing)
                {
                    // Clearing the pause by hand is a resume.
                    Refuse(SlaValidation.Resuming(state));
                    state = SlaClock.Resume(state, now, Policy().Calendar, Policy().Targets);
                }

                if (!state.IsPaused)
                {
                    state = SlaClock.Evaluate(state, now, Policy().Calendar, Policy().Targets).State;
                }
            }

            if ((newStatus == Choices.RequestStatus.Resolved || newStatus == Choices.RequestStatus.WontFix) && newStatus != oldStatus)
            {
                var resolvedOn = target.GetAttributeValue<DateTime?>("csx_resolvedon") ?? now;
                Refuse(SlaValidation.Resolving(state, resolvedOn, record.Value<string>("csx_resolutionnote")));
                state = SlaClock.Resolve(state, resolvedOn);
                target["statecode"] = new OptionSetValue(1);
            }
            else if (newStatus == Choices.RequestStatus.Cancelled && newStatus != oldStatus)
            {
                state = SlaClock.Cancel(state);
                target["statecode"] = new OptionSetValue(1);
            }
            else if (target.GetAttributeValue<DateTime?>("csx_resolvedon") is DateTime resolvedOn && state.EscalatedOn.HasValue && resolvedOn < state.EscalatedOn.Value)
            {
                Refuse(SlaValidation.Resolving(state, resolvedOn, record.Value<string>("csx_resolutionnote")));
            }

            if (!state.Equals(original) || context.MessageName == "Create")
            {
                SlaColumns.Write(state, target);
            }

            if (context.MessageName == "Create" || target.Contains("csx_accountid") || !state.Equals(original))
            {
                var impact = RequestArrImpact.Compute(service, context.MessageName == "Create" ? (Guid?)null : context.PrimaryEntityId, record.Value<EntityReference>("csx_accountid")?.Id);
                target["csx_arrimpact"] = new Money(impact.Arr);
                target["csx_requestingaccounts"] = impact.Accounts;
            }
        }

        private static SlaPolicy? CurrentPolicy(IOrganizationService service, EntityReference? policy, int priority, DateTime from) =>
            policy != null ? SlaPolicy.ById(service, policy.Id, from) : SlaPolicy.ForPriority(service, priority, from);

        private static InvalidPluginExecutionException Refuse(IReadOnlyList<string> problems)
        {
            if (problems.Count > 0)
            {
                throw new InvalidPluginExecutionException(string.Join(" ", problems));
            }

            return new InvalidPluginExecutionException("The SLA policy could not be read.");
        }
    }
}
