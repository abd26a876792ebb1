using System;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Health
{
    /// <summary>A CS manager's override: refused unless it has a score 0–100, a reason and a future end date; records
    /// who set it, and makes the score and band in force follow it at once (synchronous: the manager sees it on save).
    /// Clearing the score ends the override and the computed score counts again.</summary>
    [PluginStep("Create", "account", StepStage.PreOperation, StepMode.Synchronous, Description = "Validate and apply a health override")]
    [PluginStep("Update", "account", StepStage.PreOperation, StepMode.Synchronous,
        FilteringAttributes = "csx_healthoverride,csx_healthoverridereason,csx_healthoverrideuntil",
        PreImage = "account", PreImageAttributes = "csx_healthoverride,csx_healthoverridereason,csx_healthoverrideuntil,csx_healthcomputedscore",
        Description = "Validate and apply a health override")]
    public sealed class AccountHealthOverridePlugin : PluginBase
    {
        public AccountHealthOverridePlugin()
            : base(typeof(AccountHealthOverridePlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var target = (Entity)context.InputParameters["Target"];
            if (context.MessageName == "Create" && !target.Contains("csx_healthoverride") && !target.Contains("csx_healthoverridereason") && !target.Contains("csx_healthoverrideuntil"))
            {
                return;
            }

            var record = new RecordAsSaved(context, "account");
            var before = record.Before;
            var score = record.Value<int?>("csx_healthoverride");
            var reason = record.Value<string?>("csx_healthoverridereason");
            var until = record.Value<DateTime?>("csx_healthoverrideuntil");

            if (!score.HasValue && target.Contains("csx_healthoverride"))
            {
                // Ending the override: the computed score is in force again.
                target["csx_healthoverridereason"] = null;
                target["csx_healthoverrideuntil"] = null;
                target["csx_healthoverridebyid"] = null;
                ApplyScore(localContext, target, before.GetAttributeValue<int?>("csx_healthcomputedscore"));
                return;
            }

            var problems = HealthOverrideValidator.Problems(score, reason, until, localContext.Now.Date);
            if (problems.Count > 0)
            {
                throw new InvalidPluginExecutionException("The health override was not saved: " + string.Join(" ", problems));
            }

            if (score.HasValue)
            {
                target["csx_healthoverridebyid"] = new EntityReference("systemuser", context.InitiatingUserId);
                ApplyScore(localContext, target, score);
            }
        }

        private static void ApplyScore(ILocalPluginContext localContext, Entity target, int? score)
        {
            target["csx_healthscore"] = score;
            target["csx_healthband"] = score.HasValue
                ? new OptionSetValue(HealthRecalculation.BandValue(HealthScoreCalculator.BandOf(score.Value, ConfigurationReader.ReadHealthSettings(localContext.SystemUserService))))
                : null;
        }
    }
}
