using System;
using System.Globalization;
using System.Linq;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Usage
{
    /// <summary>Refuses a usage snapshot a rep would not trust (negative numbers, more active users than seats, a period
    /// that ends before it starts), before anything is written: PreValidation, synchronous, no Dataverse call.</summary>
    [PluginStep("Create", "csx_usagesnapshot", StepStage.PreValidation, StepMode.Synchronous, Description = "Validate a new usage snapshot")]
    [PluginStep("Update", "csx_usagesnapshot", StepStage.PreValidation, StepMode.Synchronous,
        FilteringAttributes = Columns, PreImage = "snapshot", PreImageAttributes = Columns,
        Description = "Validate a changed usage snapshot")]
    public sealed class UsageSnapshotValidationPlugin : PluginBase
    {
        private const string Columns = "csx_periodstart,csx_periodend,csx_activeusers,csx_licensedseats,csx_logins,csx_featuresadopted,csx_featuresavailable";

        public UsageSnapshotValidationPlugin()
            : base(typeof(UsageSnapshotValidationPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var target = (Entity)context.InputParameters["Target"];
            var before = context.PreEntityImages.TryGetValue("snapshot", out var image) ? image : new Entity(target.LogicalName);
            T Value<T>(string column) => target.Contains(column) ? target.GetAttributeValue<T>(column) : before.GetAttributeValue<T>(column);

            var problems = UsageSnapshotValidator.Problems(
                Value<DateTime?>("csx_periodstart"), Value<DateTime?>("csx_periodend"),
                Value<int?>("csx_activeusers"), Value<int?>("csx_licensedseats"), Value<int?>("csx_logins"),
                Value<int?>("csx_featuresadopted"), Value<int?>("csx_featuresavailable"));
            if (problems.Count > 0)
            {
                throw new InvalidPluginExecutionException("This usage snapshot cannot be saved: " + string.Join(" ", problems));
            }

            if (context.MessageName == "Create" && !target.Contains("csx_name"))
            {
                var start = Value<DateTime?>("csx_periodstart");
                var end = Value<DateTime?>("csx_periodend");
                target["csx_name"] = string.Format(CultureInfo.InvariantCulture, "Usage {0:yyyy-MM-dd} – {1:yyyy-MM-dd}", start, end);
            }
        }
    }
}
