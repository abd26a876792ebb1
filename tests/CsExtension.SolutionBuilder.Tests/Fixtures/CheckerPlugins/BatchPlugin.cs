using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CheckerPlugins
{
    /// <summary>Breaks il-avoid-batch-plugin: sends an ExecuteMultiple from inside a plugin.</summary>
    public sealed class BatchPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) =>
            PluginContext.Service(serviceProvider).Execute(new ExecuteMultipleRequest { Requests = new OrganizationRequestCollection() });
    }
}
