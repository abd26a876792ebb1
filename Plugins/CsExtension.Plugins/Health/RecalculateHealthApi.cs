using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Health
{
    /// <summary>csx_RecalculateHealth, bound to account: recalculates on demand and returns the score in force.</summary>
    [CustomApi("csx_RecalculateHealth")]
    public sealed class RecalculateHealthApi : PluginBase
    {
        public RecalculateHealthApi()
            : base(typeof(RecalculateHealthApi))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var account = (EntityReference)context.InputParameters["Target"];
            var assessment = HealthRecalculation.Recalculate(localContext.SystemUserService, account.Id, localContext.Now);
            if (assessment.EffectiveScore.HasValue)
            {
                context.OutputParameters["Score"] = assessment.EffectiveScore.Value;
            }
        }
    }
}
