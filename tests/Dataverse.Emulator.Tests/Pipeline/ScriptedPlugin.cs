using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Tests.Pipeline;

/// <summary>A plugin whose body a test supplies. The emulator creates plugin instances itself, so the body travels as
/// the step's unsecure configuration: a key into this table.</summary>
public sealed class ScriptedPlugin : IPlugin
{
    private static readonly ConcurrentDictionary<string, Action<PluginRun>> Scripts = new();
    private readonly string _key;

    public ScriptedPlugin(string unsecureConfiguration)
    {
        _key = unsecureConfiguration;
    }

    public static string Register(Action<PluginRun> body)
    {
        var key = Guid.NewGuid().ToString("N");
        Scripts[key] = body;
        return key;
    }

    public void Execute(IServiceProvider serviceProvider) => Scripts[_key](new PluginRun(serviceProvider));
}

/// <summary>What a scripted plugin body works with, obtained from the service provider as real plugins do.</summary>
public sealed class PluginRun
{
    public PluginRun(IServiceProvider provider)
    {
        Provider = provider;
        Context = (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;
        Factory = (IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!;
        Tracing = (ITracingService)provider.GetService(typeof(ITracingService))!;
    }

    public IServiceProvider Provider { get; }

    public IPluginExecutionContext Context { get; }

    public IOrganizationServiceFactory Factory { get; }

    public ITracingService Tracing { get; }

    public IOrganizationService Service => Factory.CreateOrganizationService(Context.UserId);
}
