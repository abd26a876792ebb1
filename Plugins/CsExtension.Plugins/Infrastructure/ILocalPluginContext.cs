using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CsExtension.Plugins.Infrastructure
{
    /// <summary>Everything one plugin execution needs, obtained once per execution, never kept on the plugin instance
    /// (plugin instances are cached and shared across threads).</summary>
    public interface ILocalPluginContext
    {
        IServiceProvider ServiceProvider { get; }

        IPluginExecutionContext PluginExecutionContext { get; }

        /// <summary>Runs as the step's user (the caller unless the step impersonates).</summary>
        IOrganizationService PluginUserService { get; }

        /// <summary>Runs as the user who started the operation.</summary>
        IOrganizationService InitiatingUserService { get; }

        /// <summary>Runs as SYSTEM, for the writes the product makes on the user's behalf.</summary>
        IOrganizationService SystemUserService { get; }

        ITracingService TracingService { get; }

        IServiceEndpointNotificationService? NotificationService { get; }

        ILogger? Logger { get; }

        /// <summary>The operation's time (UTC), from the execution context: rules never read the machine clock.</summary>
        DateTime Now { get; }

        void Trace(string message);
    }
}
