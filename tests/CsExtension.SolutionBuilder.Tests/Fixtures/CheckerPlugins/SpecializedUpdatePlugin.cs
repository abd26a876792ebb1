using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CheckerPlugins
{
    /// <summary>Breaks il-avoid-specialized-update-ops: changes state with SetStateRequest instead of an Update.</summary>
    public sealed class SpecializedUpdatePlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) =>
            PluginContext.Service(serviceProvider).Execute(new SetStateRequest
            {
                EntityMoniker = new EntityReference("account", Guid.Empty),
                State = new OptionSetValue(1),
                Status = new OptionSetValue(2),
            });
    }
}
