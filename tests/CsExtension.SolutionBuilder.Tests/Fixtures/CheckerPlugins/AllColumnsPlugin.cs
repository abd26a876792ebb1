using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CheckerPlugins
{
    /// <summary>Breaks il-specify-column: retrieves every column.</summary>
    public sealed class AllColumnsPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) =>
            PluginContext.Service(serviceProvider).Retrieve("account", Guid.Empty, new ColumnSet(true));
    }
}
