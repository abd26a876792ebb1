using System;
using Microsoft.Xrm.Sdk;

namespace CheckerPlugins
{
    /// <summary>Breaks il-avoid-static-state: counts executions in a static field shared by every thread.</summary>
    public sealed class StaticStatePlugin : IPlugin
    {
        private static int _executions;

        public void Execute(IServiceProvider serviceProvider)
        {
            _executions++;
            PluginContext.Service(serviceProvider);
        }
    }
}
