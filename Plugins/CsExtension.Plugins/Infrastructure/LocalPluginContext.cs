using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CsExtension.Plugins.Infrastructure
{
    /// <summary>Reads the services from the platform's service provider (reference §3, IServiceProvider usage).
    /// Organization services are created on first use: each one is cheap, but a step that never writes needs none.</summary>
    public sealed class LocalPluginContext : ILocalPluginContext
    {
        private readonly IOrganizationServiceFactory _factory;
        private IOrganizationService? _pluginUserService;
        private IOrganizationService? _initiatingUserService;
        private IOrganizationService? _systemUserService;

        public LocalPluginContext(IServiceProvider serviceProvider)
        {
            ServiceProvider = serviceProvider ?? throw new InvalidPluginExecutionException(nameof(serviceProvider));
            PluginExecutionContext = Require<IPluginExecutionContext>(serviceProvider);
            TracingService = Require<ITracingService>(serviceProvider);
            _factory = Require<IOrganizationServiceFactory>(serviceProvider);
            NotificationService = serviceProvider.GetService(typeof(IServiceEndpointNotificationService)) as IServiceEndpointNotificationService;
            Logger = serviceProvider.GetService(typeof(ILogger)) as ILogger;
        }

        public IServiceProvider ServiceProvider { get; }

        public IPluginExecutionContext PluginExecutionContext { get; }

        public IOrganizationService PluginUserService =>
            _pluginUserService ??= _factory.CreateOrganizationService(PluginExecutionContext.UserId);

        public IOrganizationService InitiatingUserService =>
            _initiatingUserService ??= _factory.CreateOrganizationService(PluginExecutionContext.InitiatingUserId);

        public IOrganizationService SystemUserService =>
            _systemUserService ??= _factory.CreateOrganizationService(null);

        public ITracingService TracingService { get; }

        public IServiceEndpointNotificationService? NotificationService { get; }

        public ILogger? Logger { get; }

        public DateTime Now
        {
            get
            {
                var created = PluginExecutionContext.OperationCreatedOn;
                return created.Kind == DateTimeKind.Utc ? created : DateTime.SpecifyKind(created, DateTimeKind.Utc);
            }
        }

        public void Trace(string message)
        {
            if (string.IsNullOrWhiteSpace(message))
            {
                return;
            }

            // The message is data, not a format string: braces in record names must not break tracing.
            TracingService.Trace("{0}", message);
        }

        private static T Require<T>(IServiceProvider serviceProvider)
            where T : class
        {
            return serviceProvider.GetService(typeof(T)) as T
                ?? throw new InvalidPluginExecutionException($"The platform did not provide {typeof(T).Name} to this plugin.");
        }
    }
}
