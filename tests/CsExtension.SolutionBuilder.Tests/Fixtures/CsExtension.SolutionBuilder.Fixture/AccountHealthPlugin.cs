using System;
using CsExtension.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CsExtension.SolutionBuilder.Fixture
{
    /// <summary>Two steps on account: a post-create with a post-image and a filtered pre-update with a pre-image.</summary>
    [PluginStep("Create", "account", StepStage.PostOperation, StepMode.Synchronous, PostImage = "PostImage", PostImageAttributes = "name,revenue")]
    [PluginStep("Update", "account", StepStage.PreOperation, StepMode.Synchronous, FilteringAttributes = "name, revenue", Rank = 2,
        PreImage = "PreImage", PreImageAttributes = "name")]
    public sealed class AccountHealthPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }
}
