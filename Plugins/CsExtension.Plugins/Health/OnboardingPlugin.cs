using System;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Health
{
    /// <summary>Onboarding: the account's first contract to become active starts it (due 30 days later); a snapshot with
    /// half the seats active completes it. (A completed "Onboarding review" meeting completes it too: see
    /// <see cref="CustomerActivityPlugin"/>.) At most three calls: configuration, account, update.</summary>
    [PluginStep("Create", "contract", StepStage.PostOperation, StepMode.Asynchronous,
        Description = "Start onboarding when the first contract is active")]
    [PluginStep("Update", "contract", StepStage.PostOperation, StepMode.Asynchronous,
        FilteringAttributes = "statecode", PostImage = "contract", PostImageAttributes = "customerid,statecode,activeon",
        Description = "Start onboarding when the first contract becomes active")]
    [PluginStep("Create", "csx_usagesnapshot", StepStage.PostOperation, StepMode.Asynchronous,
        Description = "Complete onboarding when half the seats are active")]
    public sealed class OnboardingPlugin : PluginBase
    {
        public OnboardingPlugin()
            : base(typeof(OnboardingPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var record = context.MessageName == "Create" ? (Entity)context.InputParameters["Target"] : context.PostEntityImages["contract"];
            var system = localContext.SystemUserService;
            if (context.PrimaryEntityName == "contract")
            {
                var customer = record.GetAttributeValue<EntityReference>("customerid");
                if (customer?.LogicalName != "account" || record.GetAttributeValue<OptionSetValue>("statecode")?.Value != Choices.ContractState.Active)
                {
                    return;
                }

                var activatedOn = record.GetAttributeValue<DateTime?>("activeon") ?? localContext.Now;
                Apply(system, customer.Id, (state, settings) => OnboardingTracker.ContractActivated(state, activatedOn, settings));
            }
            else
            {
                var account = record.GetAttributeValue<EntityReference>("csx_accountid");
                var active = record.GetAttributeValue<int>("csx_activeusers");
                var seats = record.GetAttributeValue<int>("csx_licensedseats");
                var measuredOn = record.GetAttributeValue<DateTime?>("csx_periodend") ?? localContext.Now;
                Apply(system, account.Id, (state, settings) => OnboardingTracker.UsageRecorded(state, active, seats, measuredOn, settings));
            }
        }

        /// <summary>Writes the account only when the onboarding state actually changes.</summary>
        internal static void Apply(IOrganizationService system, Guid accountId, Func<OnboardingState, HealthSettings, OnboardingState> transition)
        {
            var account = system.Retrieve("account", accountId, new ColumnSet(OnboardingColumns.Names));
            var current = OnboardingColumns.Read(account);
            if (current.IsCompleted)
            {
                return;
            }

            var next = transition(current, ConfigurationReader.ReadHealthSettings(system));
            if (next.Equals(current))
            {
                return;
            }

            var update = new Entity("account", accountId);
            OnboardingColumns.Write(next, update);
            system.Update(update);
        }
    }
}
