using System;
using Microsoft.Xrm.Sdk;

namespace CsExtension.SolutionBuilder.Fixture
{
    /// <summary>Abstract, so it must not be registered as a plugin type.</summary>
    public abstract class FixturePluginBase : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }
}
