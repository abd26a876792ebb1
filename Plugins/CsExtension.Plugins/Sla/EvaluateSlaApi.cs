using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;

namespace CsExtension.Plugins.Sla
{
    /// <summary>csx_EvaluateSla (unbound): moves running SLAs to Nearing breach and Breached as time passes and notifies
    /// owners; meant for a schedule (a recurring flow, or `csx sweep`). Optional PageSize.</summary>
    [CustomApi("csx_EvaluateSla")]
    public sealed class EvaluateSlaApi : PluginBase
    {
        public EvaluateSlaApi()
            : base(typeof(EvaluateSlaApi))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var pageSize = context.InputParameters.TryGetValue("PageSize", out int size) ? size : (int?)null;
            var counts = SlaEvaluationRun.Run(localContext.SystemUserService, localContext.Now, pageSize);
            context.OutputParameters["NearingBreachCount"] = counts.NearingBreach;
            context.OutputParameters["BreachedCount"] = counts.Breached;
            localContext.Trace($"Evaluated {counts.Evaluated} requests in {counts.Pages} pages.");
        }
    }
}
