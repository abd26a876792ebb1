using System;
using Microsoft.Xrm.Sdk;

namespace CheckerPlugins
{
    /// <summary>Shared plumbing so each fixture plugin shows only the one thing its rule is about.</summary>
    internal static class PluginContext
    {
        public static IOrganizationService Service(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory));
            return factory.CreateOrganizationService(context.UserId);
        }
    }
}
