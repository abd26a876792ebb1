using System;
using Microsoft.Xrm.Sdk;

namespace CheckerPlugins
{
    /// <summary>Breaks il-avoid-lock-plugin: locks on a static (read-only, so only the lock rule applies).</summary>
    public sealed class StaticLockPlugin : IPlugin
    {
        private static readonly object Gate = new object();

        public void Execute(IServiceProvider serviceProvider)
        {
            lock (Gate)
            {
                PluginContext.Service(serviceProvider);
            }
        }
    }
}
