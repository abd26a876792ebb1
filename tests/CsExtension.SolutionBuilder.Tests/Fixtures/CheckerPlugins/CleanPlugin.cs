using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CheckerPlugins
{
    /// <summary>Follows every rule: names its columns, updates directly, keeps only read-only statics.</summary>
    public sealed class CleanPlugin : IPlugin
    {
        private static readonly string[] Columns = { "name" };
        private const string Table = "account";

        public void Execute(IServiceProvider serviceProvider)
        {
            var service = PluginContext.Service(serviceProvider);
            var account = service.Retrieve(Table, Guid.Empty, new ColumnSet(Columns));
            account["name"] = "checked";
            service.Update(account);
        }
    }
}
