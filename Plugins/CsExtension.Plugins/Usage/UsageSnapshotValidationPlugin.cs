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
            var record = new RecordAsSaved(context, "snapshot");
            var target = record.Target;
            var before = record.Before;

            var problems = UsageSnapshotValidator.Problems(
                record.Value<DateTime?>("csx_periodstart"), record.Value<DateTime?>("csx_periodend"),
                record.Value<int?>("csx_activeusers"), record.Value<int?>("csx_licensedseats"), record.Value<int?>("csx_logins"),
                record.Value<int?>("csx_featuresadopted"), record.Value<int?>("csx_featuresavailable"));
            if (problems.Count > 0)
            {
                throw new InvalidPluginExecutionException("This usage snapshot cannot be saved: " + string.Join(" ", problems));
            }

            if (context.MessageName == "Create" && !target.Contains("csx_name"))
            {
                var start = record.Value<DateTime?>("csx_periodstart");
                var end = record.Value<DateTime?>("csx_periodend");
                target["csx_name"] = string.Format(CultureInfo.InvariantCulture, "Usage {0:yyyy-MM-dd} – {1:yyyy-MM-dd}", start, end);
            }
        }
    }
}
