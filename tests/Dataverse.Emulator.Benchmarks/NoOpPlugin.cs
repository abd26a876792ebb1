using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>A plugin that does nothing: what remains of its step's cost is the pipeline's own.</summary>
    public sealed class NoOpPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }
}
