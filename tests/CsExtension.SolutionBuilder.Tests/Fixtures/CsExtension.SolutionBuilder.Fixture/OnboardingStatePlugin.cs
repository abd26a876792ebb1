using System;
using CsExtension.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CsExtension.SolutionBuilder.Fixture
{
    /// <summary>An asynchronous SetState step with configuration and description, derived from an abstract base that is no plugin type itself.</summary>
    [PluginStep("SetState", "csx_onboarding", StepStage.PostOperation, StepMode.Asynchronous, PreImage = "Before",
        UnsecureConfiguration = "{\"notify\":true}", Description = "Closes the onboarding's open tasks.")]
    public sealed class OnboardingStatePlugin : FixturePluginBase
    {
    }
}
