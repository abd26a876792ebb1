using System.Linq;
using CsExtension.Plugins.Alerts;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Health;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Usage
{
    /// <summary>Warns the CSM when a new snapshot shows usage dropping or nobody logging in: a task with the figures and an
    /// in-app notification, on entering the condition only, and never while an alert of the same type is open.</summary>
    [PluginStep("Create", "csx_usagesnapshot", StepStage.PostOperation, StepMode.Asynchronous, Description = "Alert the CSM on a usage decline")]
    public sealed class UsageAlertPlugin : PluginBase
    {
        public UsageAlertPlugin()
            : base(typeof(UsageAlertPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var snapshot = (Entity)localContext.PluginExecutionContext.InputParameters["Target"];
            var account = snapshot.GetAttributeValue<EntityReference>("csx_accountid");
            var system = localContext.SystemUserService;
            var settings = ConfigurationReader.ReadHealthSettings(system);
            var readings = HealthRecalculation.LatestUsage(system, account.Id, UsageDeclineDetector.ReadingsNeeded);
            var alerts = UsageDeclineDetector.NewAlerts(readings, settings);
            if (alerts.Count == 0)
            {
                return;
            }

            var recipient = AlertRecipient.ForAccount(system, account.Id);
            foreach (var alert in alerts)
            {
                var type = alert.Kind == UsageAlertKind.NoLogin ? Choices.AlertType.NoLogin : Choices.AlertType.UsageDecline;
                var raised = AlertWriter.Raise(system, new Alert(
                    type, account, account, recipient.User, recipient.AccountName + ": " + alert.Title, alert.Description, localContext.Now.Date.AddDays(2)));
                localContext.Trace(raised.HasValue ? $"Raised {alert.Kind} alert {raised}." : $"A {alert.Kind} alert is already open.");
            }
        }
    }
}
