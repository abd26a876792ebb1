using System;
using System.Globalization;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Sla
{
    /// <summary>Tells the product triage team about every escalation (an in-app notification to each member of the team
    /// named in configuration) with the request, priority, due dates and ARR impact, so no request waits unseen.</summary>
    [PluginStep("Create", "csx_customerrequest", StepStage.PostOperation, StepMode.Asynchronous, Description = "Notify triage of an escalation")]
    [PluginStep("Update", "csx_customerrequest", StepStage.PostOperation, StepMode.Asynchronous,
        FilteringAttributes = "statuscode", PreImage = "before", PreImageAttributes = "statuscode",
        PostImage = "request", PostImageAttributes = "csx_title,csx_priority,statuscode,csx_responsedueon,csx_resolutiondueon,csx_arrimpact,csx_accountid",
        Description = "Notify triage of an escalation")]
    public sealed class EscalationNotificationPlugin : PluginBase
    {
        private const int IconInfo = 100000000;
        private const int ToastTimed = 200000000;

        public EscalationNotificationPlugin()
            : base(typeof(EscalationNotificationPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var request = context.MessageName == "Create" ? (Entity)context.InputParameters["Target"] : context.PostEntityImages["request"];
            var before = context.PreEntityImages.TryGetValue("before", out var image) ? image.GetAttributeValue<OptionSetValue>("statuscode")?.Value : null;
            if (request.GetAttributeValue<OptionSetValue>("statuscode")?.Value != Choices.RequestStatus.EscalatedToDevelopment || before == Choices.RequestStatus.EscalatedToDevelopment)
            {
                return;
            }

            var service = localContext.SystemUserService;
            var team = ConfigurationReader.ReadTriageTeam(service);
            if (team == null)
            {
                localContext.Trace("No triage team is named in the CS configuration; nobody to notify.");
                return;
            }

            var members = new QueryExpression("teammembership") { ColumnSet = new ColumnSet("systemuserid") };
            members.Criteria.AddCondition("teamid", ConditionOperator.Equal, team.Id);
            var title = "Escalated to development: " + request.GetAttributeValue<string>("csx_title");
            var body = string.Format(
                CultureInfo.InvariantCulture,
                "Priority {0}. Response due {1:yyyy-MM-dd HH:mm} UTC, resolution due {2:yyyy-MM-dd HH:mm} UTC. ARR impact {3:N0}.",
                PriorityName(request.GetAttributeValue<OptionSetValue>("csx_priority")?.Value),
                request.GetAttributeValue<DateTime?>("csx_responsedueon"),
                request.GetAttributeValue<DateTime?>("csx_resolutiondueon"),
                request.GetAttributeValue<Money>("csx_arrimpact")?.Value ?? 0m);
            foreach (var member in service.RetrieveMultiple(members).Entities)
            {
                service.Create(new Entity("appnotification")
                {
                    ["title"] = title.Length <= 256 ? title : title.Substring(0, 255) + "…",
                    ["body"] = body,
                    ["ownerid"] = new EntityReference("systemuser", member.GetAttributeValue<Guid>("systemuserid")),
                    ["icontype"] = new OptionSetValue(IconInfo),
                    ["toasttype"] = new OptionSetValue(ToastTimed),
                    ["data"] = string.Format(
                        CultureInfo.InvariantCulture,
                        "{{\"actions\":[{{\"title\":\"Open request\",\"data\":{{\"url\":\"?pagetype=entityrecord&etn=csx_customerrequest&id={0:D}\",\"navigationTarget\":\"newWindow\"}}}}]}}",
                        context.PrimaryEntityId),
                });
            }
        }

        private static string PriorityName(int? priority) =>
            priority switch
            {
                Choices.Priority.Critical => "Critical",
                Choices.Priority.High => "High",
                Choices.Priority.Low => "Low",
                _ => "Medium",
            };
    }
}
