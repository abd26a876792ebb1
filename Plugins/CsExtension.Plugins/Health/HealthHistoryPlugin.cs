using System;
using System.Collections.Generic;
using System.Globalization;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CsExtension.Plugins.Health
{
    /// <summary>Keeps the daily health history: one csx_healthscore row per account and day, upserted on the alternate
    /// key (account, date), so recalculating twice a day never makes a second row. One call.</summary>
    [PluginStep("Update", "account", StepStage.PostOperation, StepMode.Synchronous,
        FilteringAttributes = "csx_healthcalculatedon,csx_healthscore",
        PostImage = "health",
        PostImageAttributes = "name,csx_healthscore,csx_healthcomputedscore,csx_healthband,csx_healthdrivers,csx_healthoverride,csx_healthoverrideuntil,"
            + "csx_healthusage,csx_healthengagement,csx_healthsupport,csx_healthcontract,csx_healthonboarding,csx_healthrelationship",
        Description = "Write the day's health history row")]
    public sealed class HealthHistoryPlugin : PluginBase
    {
        // Account column → history column. Pairs, not tuples: .NET Framework 4.6.2 has no ValueTuple and we ship nothing else.
        private static readonly KeyValuePair<string, string>[] Components =
        {
            Pair("csx_healthusage", "csx_usagescore"), Pair("csx_healthengagement", "csx_engagementscore"), Pair("csx_healthsupport", "csx_supportscore"),
            Pair("csx_healthcontract", "csx_contractscore"), Pair("csx_healthonboarding", "csx_onboardingscore"), Pair("csx_healthrelationship", "csx_relationshipscore"),
        };

        public HealthHistoryPlugin()
            : base(typeof(HealthHistoryPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var account = context.PostEntityImages["health"];
            var day = localContext.Now.Date;
            var keys = new KeyAttributeCollection
            {
                { "csx_accountid", new EntityReference("account", context.PrimaryEntityId) },
                { "csx_date", day },
            };
            var overrideUntil = account.GetAttributeValue<DateTime?>("csx_healthoverrideuntil");
            var overrideScore = account.GetAttributeValue<int?>("csx_healthoverride");
            var history = new Entity("csx_healthscore", keys)
            {
                ["csx_name"] = string.Format(CultureInfo.InvariantCulture, "{0} {1:yyyy-MM-dd}", account.GetAttributeValue<string>("name"), day),
                ["csx_score"] = account.GetAttributeValue<int?>("csx_healthcomputedscore"),
                ["csx_band"] = account.GetAttributeValue<OptionSetValue>("csx_healthband"),
                ["csx_overridescore"] = overrideScore.HasValue && overrideUntil.HasValue && overrideUntil.Value.Date >= day ? overrideScore : null,
                ["csx_drivers"] = account.GetAttributeValue<string>("csx_healthdrivers"),
            };
            foreach (var component in Components)
            {
                history[component.Value] = account.GetAttributeValue<int?>(component.Key);
            }

            localContext.SystemUserService.Execute(new UpsertRequest { Target = history });
        }

        private static KeyValuePair<string, string> Pair(string account, string history) => new KeyValuePair<string, string>(account, history);
    }
}
