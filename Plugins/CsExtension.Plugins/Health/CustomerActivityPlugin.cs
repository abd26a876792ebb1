using System;
using System.Collections.Generic;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Health
{
    /// <summary>A completed customer-facing activity (an appointment, phone call or email regarding an account) moves the
    /// account's last engagement; a meeting also its last meeting; a QBR the last and next QBR dates; an onboarding
    /// review completes onboarding. The account update then triggers the health recalculation. Three calls at most.</summary>
    [PluginStep("Create", "appointment", StepStage.PostOperation, StepMode.Asynchronous, Description = "Track customer engagement")]
    [PluginStep("Update", "appointment", StepStage.PostOperation, StepMode.Asynchronous, FilteringAttributes = "statecode,actualend,csx_meetingtype",
        PostImage = "activity", PostImageAttributes = MeetingColumns, Description = "Track customer engagement")]
    [PluginStep("Create", "phonecall", StepStage.PostOperation, StepMode.Asynchronous, Description = "Track customer engagement")]
    [PluginStep("Update", "phonecall", StepStage.PostOperation, StepMode.Asynchronous, FilteringAttributes = "statecode,actualend,csx_meetingtype",
        PostImage = "activity", PostImageAttributes = MeetingColumns, Description = "Track customer engagement")]
    [PluginStep("Create", "email", StepStage.PostOperation, StepMode.Asynchronous, Description = "Track customer engagement")]
    [PluginStep("Update", "email", StepStage.PostOperation, StepMode.Asynchronous, FilteringAttributes = "statecode,actualend",
        PostImage = "activity", PostImageAttributes = "regardingobjectid,statecode,actualend", Description = "Track customer engagement")]
    public sealed class CustomerActivityPlugin : PluginBase
    {
        private const string MeetingColumns = "regardingobjectid,statecode,actualend,csx_meetingtype";

        public CustomerActivityPlugin()
            : base(typeof(CustomerActivityPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var activity = context.MessageName == "Create" ? (Entity)context.InputParameters["Target"] : context.PostEntityImages["activity"];
            var regarding = activity.GetAttributeValue<EntityReference>("regardingobjectid");
            if (regarding?.LogicalName != "account" || activity.GetAttributeValue<OptionSetValue>("statecode")?.Value != Choices.ActivityState.Completed)
            {
                return;
            }

            var completedOn = activity.GetAttributeValue<DateTime?>("actualend") ?? localContext.Now;
            var isMeeting = context.PrimaryEntityName != "email";
            var meetingType = isMeeting ? activity.GetAttributeValue<OptionSetValue>("csx_meetingtype")?.Value : null;
            var system = localContext.SystemUserService;
            var columns = new List<string> { "csx_tier", "csx_lastengagementon", "csx_lastmeetingon", "csx_lastqbron", "csx_nextqbrdueon" };
            columns.AddRange(OnboardingColumns.Names);
            var account = system.Retrieve("account", regarding.Id, new ColumnSet(columns.ToArray()));
            var update = new Entity("account", regarding.Id);

            if (Later(completedOn, account.GetAttributeValue<DateTime?>("csx_lastengagementon")))
            {
                update["csx_lastengagementon"] = completedOn;
            }

            if (isMeeting && Later(completedOn, account.GetAttributeValue<DateTime?>("csx_lastmeetingon")))
            {
                update["csx_lastmeetingon"] = completedOn;
            }

            if (meetingType == Choices.MeetingType.Qbr || meetingType == Choices.MeetingType.OnboardingReview)
            {
                var settings = ConfigurationReader.ReadHealthSettings(system);
                if (meetingType == Choices.MeetingType.Qbr)
                {
                    var current = new QbrSchedule(account.GetAttributeValue<DateTime?>("csx_lastqbron"), account.GetAttributeValue<DateTime?>("csx_nextqbrdueon"));
                    var next = QbrCadence.QbrCompleted(current, HealthRecalculation.TierOf(account.GetAttributeValue<OptionSetValue>("csx_tier")), completedOn, settings);
                    if (!next.Equals(current))
                    {
                        update["csx_lastqbron"] = next.LastQbrOn;
                        update["csx_nextqbrdueon"] = next.NextQbrDueOn;
                    }
                }
                else
                {
                    var current = OnboardingColumns.Read(account);
                    var next = OnboardingTracker.OnboardingReviewCompleted(current, completedOn);
                    if (!next.Equals(current))
                    {
                        OnboardingColumns.Write(next, update);
                    }
                }
            }

            if (update.Attributes.Count > 0)
            {
                system.Update(update);
            }
        }

        private static bool Later(DateTime candidate, DateTime? current) => !current.HasValue || candidate > current.Value;
    }
}
