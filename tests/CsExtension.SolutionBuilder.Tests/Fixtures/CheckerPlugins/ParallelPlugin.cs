using System;
using Microsoft.Xrm.Sdk;

namespace CheckerPlugins
{
    /// <summary>Breaks il-avoid-parallel-plugin: starts a task, in a helper it calls (the check follows calls).</summary>
    public sealed class ParallelPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => Background.Start(() => PluginContext.Service(serviceProvider));
    }
}
