using System.Linq;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Rules.Sla;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Sla
{
    /// <summary>Refuses an SLA policy whose calendar cannot work (a day that ends before it starts, no work day, an unknown
    /// time zone, a break outside the day) when it is saved, before anything is written. No Dataverse call.</summary>
    [PluginStep("Create", "csx_slapolicy", StepStage.PreValidation, StepMode.Synchronous, Description = "Validate the SLA calendar")]
    [PluginStep("Update", "csx_slapolicy", StepStage.PreValidation, StepMode.Synchronous,
        FilteringAttributes = Columns, PreImage = "policy", PreImageAttributes = Columns, Description = "Validate the SLA calendar")]
    public sealed class SlaPolicyValidationPlugin : PluginBase
    {
        private const string Columns = "csx_timezone,csx_workdays,csx_daystartminutes,csx_dayendminutes,csx_breakstartminutes,csx_breakendminutes";

        public SlaPolicyValidationPlugin()
            : base(typeof(SlaPolicyValidationPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var record = new RecordAsSaved(context, "policy");
            var target = record.Target;
            var before = record.Before;

            var problems = BusinessCalendarValidator.Problems(
                record.Value<string>("csx_timezone"),
                SlaPolicy.WorkDays(record.Value<OptionSetValueCollection>("csx_workdays")).ToList(),
                record.Value<int?>("csx_daystartminutes"),
                record.Value<int?>("csx_dayendminutes"),
                record.Value<int?>("csx_breakstartminutes"),
                record.Value<int?>("csx_breakendminutes"));
            if (problems.Count > 0)
            {
                throw new InvalidPluginExecutionException("This SLA policy cannot be saved: " + string.Join(" ", problems));
            }
        }
    }
}
