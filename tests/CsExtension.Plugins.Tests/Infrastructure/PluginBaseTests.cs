using System;
using System.Linq;
using System.ServiceModel;
using CsExtension.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.Plugins.Tests.Infrastructure;

public class PluginBaseTests
{
    private const int ObjectDoesNotExist = unchecked((int)0x80040217);

    [Fact]
    public void Now_is_the_operations_creation_time_in_utc_not_the_machine_clock()
    {
        var context = new TestExecutionContext
        {
            OperationCreatedOn = DateTime.SpecifyKind(new DateTime(2025, 12, 31, 23, 59, 0), DateTimeKind.Unspecified),
        };
        var host = new RecordingPluginHost(context, new RefusingOrganizationService(0, "unused"));
        DateTime? seen = null;

        new DelegatePlugin(local => seen = local.Now).Execute(host);

        Assert.Equal(new DateTime(2025, 12, 31, 23, 59, 0, DateTimeKind.Utc), seen);
        Assert.Equal(DateTimeKind.Utc, seen!.Value.Kind);
    }

    [Fact]
    public void Entry_and_exit_are_traced_with_the_plugin_name_message_and_elapsed_time()
    {
        var context = new TestExecutionContext { MessageName = "Create", PrimaryEntityName = "csx_usagesnapshot" };
        var host = new RecordingPluginHost(context, new RefusingOrganizationService(0, "unused"));

        new DelegatePlugin(local => local.Trace("working")).Execute(host);

        Assert.Equal(3, host.Traces.Count);
        Assert.StartsWith("Entered DelegatePlugin.Execute() for Create of csx_usagesnapshot", host.Traces[0]);
        Assert.Contains(context.CorrelationId.ToString(), host.Traces[0]);
        Assert.Equal("working", host.Traces[1]);
        Assert.Matches(@"^Exiting DelegatePlugin\.Execute\(\) after \d+ ms\.$", host.Traces[2]);
    }

    [Fact]
    public void A_trace_message_with_braces_is_written_as_is()
    {
        var host = new RecordingPluginHost(new TestExecutionContext(), new RefusingOrganizationService(0, "unused"));

        new DelegatePlugin(local => local.Trace("Account {Contoso} {0}")).Execute(host);

        Assert.Contains("Account {Contoso} {0}", host.Traces);
    }

    [Fact]
    public void A_dataverse_fault_reaches_the_user_as_an_InvalidPluginExecutionException_with_the_faults_message()
    {
        var host = new RecordingPluginHost(
            new TestExecutionContext(), new RefusingOrganizationService(ObjectDoesNotExist, "account With Id = 42 Does Not Exist"));

        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            new DelegatePlugin(local => local.PluginUserService.Delete("account", Guid.NewGuid())).Execute(host));

        Assert.Equal(
            "CS Extension (DelegatePlugin) could not complete this operation: account With Id = 42 Does Not Exist", error.Message);
        var fault = Assert.IsType<FaultException<OrganizationServiceFault>>(error.InnerException);
        Assert.Equal(ObjectDoesNotExist, fault.Detail.ErrorCode);
        Assert.Contains(host.Traces, trace => trace.StartsWith("Dataverse refused a call:") && trace.Contains("0x80040217"));
        Assert.StartsWith("Exiting", host.Traces.Last());
    }

    [Fact]
    public void A_plugins_own_InvalidPluginExecutionException_passes_through_unchanged()
    {
        var host = new RecordingPluginHost(new TestExecutionContext(), new RefusingOrganizationService(0, "unused"));
        var thrown = new InvalidPluginExecutionException(OperationStatus.Canceled, "Seats cannot be negative.");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => new DelegatePlugin(_ => throw thrown).Execute(host));

        Assert.Same(thrown, error);
    }

    [Fact]
    public void An_unexpected_error_is_reworded_for_the_user_and_its_details_go_to_the_trace_log()
    {
        var host = new RecordingPluginHost(new TestExecutionContext(), new RefusingOrganizationService(0, "unused"));

        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            new DelegatePlugin(_ => throw new InvalidOperationException("index out of step")).Execute(host));

        Assert.Equal(
            "CS Extension (DelegatePlugin) hit an unexpected error: index out of step. Ask your administrator to check the plug-in trace log.",
            error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains(host.Traces, trace => trace.StartsWith("Unexpected error: System.InvalidOperationException: index out of step"));
    }

    [Fact]
    public void Each_organization_service_runs_as_the_documented_user_and_is_created_only_when_used()
    {
        var context = new TestExecutionContext();
        var host = new RecordingPluginHost(context, new RefusingOrganizationService(0, "unused"));

        new DelegatePlugin(_ => { }).Execute(host);
        Assert.Empty(host.ServicesRequestedFor);

        new DelegatePlugin(local =>
        {
            _ = local.PluginUserService;
            _ = local.PluginUserService;
            _ = local.InitiatingUserService;
            _ = local.SystemUserService;
        }).Execute(host);

        // null asks for SYSTEM (reference §3, IOrganizationServiceFactory).
        Assert.Equal(new Guid?[] { context.UserId, context.InitiatingUserId, null }, host.ServicesRequestedFor);
    }

    [Fact]
    public void A_missing_platform_service_is_refused_with_a_message_naming_it()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            new DelegatePlugin(_ => { }).Execute(new EmptyServiceProvider()));

        Assert.Equal("The platform did not provide IPluginExecutionContext to this plugin.", error.Message);
    }

    [Fact]
    public void One_plugin_instance_serves_concurrent_executions_without_sharing_their_state()
    {
        // Dataverse caches plugin instances and may run one on several threads at once (reference §9.4).
        var plugin = new DelegatePlugin(local => local.Trace(local.PluginExecutionContext.PrimaryEntityId.ToString()));
        var hosts = Enumerable.Range(0, 32)
            .Select(_ => new RecordingPluginHost(new TestExecutionContext(), new RefusingOrganizationService(0, "unused")))
            .ToList();

        System.Threading.Tasks.Parallel.ForEach(hosts, host => plugin.Execute(host));

        Assert.All(hosts, host => Assert.Equal(host.Context.PrimaryEntityId.ToString(), host.Traces[1]));
    }

    private sealed class DelegatePlugin : PluginBase
    {
        private readonly Action<ILocalPluginContext> _body;

        public DelegatePlugin(Action<ILocalPluginContext> body)
            : base(typeof(DelegatePlugin))
        {
            _body = body;
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext) => _body(localContext);
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
