using System;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Health
{
    /// <summary>The account's onboarding columns, read into and written from the rules' onboarding state.</summary>
    public static class OnboardingColumns
    {
        public static readonly string[] Names = { "csx_onboardingstatus", "csx_onboardingstartedon", "csx_onboardingdueon", "csx_onboardingcompletedon" };

        public static OnboardingState Read(Entity account) =>
            new OnboardingState(
                HealthRecalculation.OnboardingOf(account.GetAttributeValue<OptionSetValue>("csx_onboardingstatus")),
                account.GetAttributeValue<DateTime?>("csx_onboardingstartedon"),
                account.GetAttributeValue<DateTime?>("csx_onboardingdueon"),
                account.GetAttributeValue<DateTime?>("csx_onboardingcompletedon"));

        public static void Write(OnboardingState state, Entity update)
        {
            update["csx_onboardingstatus"] = new OptionSetValue(HealthRecalculation.OnboardingValue(state.Status));
            update["csx_onboardingstartedon"] = state.StartedOn;
            update["csx_onboardingdueon"] = state.DueOn;
            update["csx_onboardingcompletedon"] = state.CompletedOn;
        }
    }
}
