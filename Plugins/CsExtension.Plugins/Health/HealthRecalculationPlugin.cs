using System;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Health
{
    /// <summary>Recalculates the account's health after the events that change its inputs. Asynchronous: the rep who
    /// saves a snapshot, a request or a contract does not wait for it.</summary>
    [PluginStep("Create", "csx_usagesnapshot", StepStage.PostOperation, StepMode.Asynchronous,
        Description = "Recalculate health when usage arrives")]
    [PluginStep("Create", "csx_customerrequest", StepStage.PostOperation, StepMode.Asynchronous,
        Description = "Recalculate health when a request is opened")]
    [PluginStep("Update", "csx_customerrequest", StepStage.PostOperation, StepMode.Asynchronous,
        FilteringAttributes = "csx_accountid,csx_priority,csx_slastatus,statecode,statuscode",
        PostImage = "record", PostImageAttributes = "csx_accountid",
        Description = "Recalculate health when a request's priority, SLA or status changes")]
    [PluginStep("Create", "contract", StepStage.PostOperation, StepMode.Asynchronous,
        Description = "Recalculate health when a contract is added")]
    [PluginStep("Update", "contract", StepStage.PostOperation, StepMode.Asynchronous,
        FilteringAttributes = "customerid,statecode,statuscode,expireson",
        PostImage = "record", PostImageAttributes = "customerid",
        Description = "Recalculate health when a contract changes state or end date")]
    [PluginStep("Update", "account", StepStage.PostOperation, StepMode.Asynchronous,
        FilteringAttributes = "csx_tier,csx_csmid,csx_lastengagementon,csx_lastmeetingon,csx_lastqbron,csx_onboardingstatus,csx_lastarrmovementtype",
        Description = "Recalculate health when the account's tier, engagement, QBR, onboarding or ARR movement changes")]
    public sealed class HealthRecalculationPlugin : PluginBase
    {
        public HealthRecalculationPlugin()
            : base(typeof(HealthRecalculationPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var accountId = EventAccount.Of(context);
            if (accountId == null)
            {
                localContext.Trace("The record is not about an account; nothing to recalculate.");
                return;
            }

            var assessment = HealthRecalculation.Recalculate(localContext.SystemUserService, accountId.Value, localContext.Now);
            localContext.Trace($"Account {accountId} scored {assessment.EffectiveScore?.ToString() ?? "no score"} ({assessment.Drivers}).");
        }
    }
}
