using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CsExtension.Plugins.Tests.Infrastructure;

/// <summary>The smallest platform a PluginBase needs: a service provider answering the documented service types,
/// an execution context, and a factory that records which user each organization service was asked for.</summary>
internal sealed class RecordingPluginHost : IServiceProvider, ITracingService, IOrganizationServiceFactory
{
    public RecordingPluginHost(TestExecutionContext context, IOrganizationService service)
    {
        Context = context;
        Service = service;
    }

    public TestExecutionContext Context { get; }

    public IOrganizationService Service { get; }

    public List<string> Traces { get; } = new();

    public List<Guid?> ServicesRequestedFor { get; } = new();

    public ILogger? Logger { get; set; }

    public object? GetService(Type serviceType)
    {
        if (serviceType.IsInstanceOfType(Context))
        {
            return Context;
        }

        if (serviceType == typeof(ITracingService) || serviceType == typeof(IOrganizationServiceFactory))
        {
            return this;
        }

        return serviceType == typeof(ILogger) ? Logger : null;
    }

    public void Trace(string format, params object[] args) => Traces.Add(string.Format(format, args));

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        ServicesRequestedFor.Add(userId);
        return Service;
    }
}
