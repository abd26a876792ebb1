using System;
using CsExtension.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CsExtension.SolutionBuilder.Fixture
{
    /// <summary>A custom API implementation: a plugin type with no steps, linked from customapi.xml instead.</summary>
    [CustomApi("csx_RecalculateHealth", BoundEntity = "account")]
    public sealed class RecalculateHealthApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }
}
