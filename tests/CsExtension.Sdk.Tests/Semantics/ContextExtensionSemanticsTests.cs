using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>Extension methods over the plugin context and the service provider (reference §3, §4 "Other public helpers", §5).</summary>
public sealed class ContextExtensionSemanticsTests
{
    [Theory]
    [InlineData(10, false)]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(30, true)]
    [InlineData(40, true)]
    [InlineData(41, false)]
    [InlineData(50, false)]
    public void IsWithinMainTransaction_is_true_for_stages_20_to_40_only(int stage, bool expected)
    {
        // reference §4 "Other public helpers" IPluginExecutionContextExtensions "(true for Stage 20–40)" (D1); stages per §8
        var context = new FakePluginExecutionContext { Stage = stage };

        Assert.Equal(expected, context.IsWithinMainTransaction());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void IsAutoTransact_reads_the_IsAutoTransact_shared_variable(bool value)
    {
        // reference §4 "Other public helpers" "IsAutoTransact (reads SharedVariables["IsAutoTransact"] as bool)" (D1)
        var context = new FakePluginExecutionContext();
        context.SharedVariables["IsAutoTransact"] = value;

        Assert.Equal(value, context.IsAutoTransact());
    }

    [Fact]
    public void ServiceProvider_Get_returns_the_service_registered_for_T()
    {
        // reference §5 ServiceProviderExtensions "T Get<T>(this IServiceProvider) (casts GetService(typeof(T)))" (D1)
        var context = new FakePluginExecutionContext();
        var tracing = new FakeTracingService();
        var provider = new FakeServiceProvider
        {
            [typeof(IPluginExecutionContext)] = context,
            [typeof(ITracingService)] = tracing,
        };

        Assert.Same(context, provider.Get<IPluginExecutionContext>());
        Assert.Same(tracing, provider.Get<ITracingService>());
    }

    [Fact]
    public void ServiceProvider_Get_of_an_unknown_service_returns_null()
    {
        // reference §3 "Returns null for unknown types (IServiceProvider contract)" and §5 Get<T> (casts the result)
        var provider = new FakeServiceProvider();

        Assert.Null(provider.Get<IOrganizationServiceFactory>());
    }

    [Fact]
    public void ServiceProvider_Get_asks_the_provider_for_exactly_typeof_T()
    {
        // reference §5 ServiceProviderExtensions.Get<T> "(casts GetService(typeof(T)))" (D1); §3 context served per interface
        var provider = new FakeServiceProvider { [typeof(IPluginExecutionContext7)] = new FakePluginExecutionContext() };

        _ = provider.Get<IPluginExecutionContext7>();

        Assert.Equal(new[] { typeof(IPluginExecutionContext7) }, provider.Requested);
    }

    [Fact]
    public void ServiceProvider_Get_of_a_service_of_another_type_throws_InvalidCastException()
    {
        // reference §5 Get<T> "casts" the GetService result (D1): a cast, not an "as"
        var provider = new FakeServiceProvider { [typeof(ITracingService)] = new object() };

        Assert.Throws<InvalidCastException>(() => provider.Get<ITracingService>());
    }

    [Fact]
    public void GetOrganizationService_asks_the_factory_for_that_user()
    {
        // reference §5 "GetOrganizationService(this IServiceProvider, Guid id) (factory → CreateOrganizationService(id))" (D1)
        var userId = Guid.NewGuid();
        var factory = new FakeOrganizationServiceFactory();
        var provider = new FakeServiceProvider { [typeof(IOrganizationServiceFactory)] = factory };

        var service = provider.GetOrganizationService(userId);

        Assert.Same(factory.Service, service);
        Assert.Equal(new Guid?[] { userId }, factory.RequestedUsers);
    }

    [Fact]
    public void InputParameterOrDefault_returns_the_input_parameter()
    {
        // reference §5 ContextExtensions "T InputParameterOrDefault<T>(this IPluginExecutionContext, string parameterName)" (D1)
        var target = new Entity("account");
        var context = new FakePluginExecutionContext();
        context.InputParameters["Target"] = target;

        Assert.Same(target, context.InputParameterOrDefault<Entity>("Target"));
    }

    [Fact]
    public void InputParameterOrDefault_of_a_missing_parameter_returns_the_default_of_T()
    {
        // reference §5 ContextExtensions.InputParameterOrDefault (D1: "OrDefault" instead of KeyNotFoundException, §9.1.1)
        var context = new FakePluginExecutionContext();

        Assert.Null(context.InputParameterOrDefault<Entity>("Target"));
        Assert.Equal(0, context.InputParameterOrDefault<int>("Count"));
    }

    // --- test doubles ---

    private sealed class FakeServiceProvider : IServiceProvider
    {
        private readonly Dictionary<Type, object> _services = new Dictionary<Type, object>();

        public List<Type> Requested { get; } = new List<Type>();

        public object this[Type serviceType]
        {
            set => _services[serviceType] = value;
        }

        public object? GetService(Type serviceType)
        {
            Requested.Add(serviceType);
            return _services.TryGetValue(serviceType, out var service) ? service : null;
        }
    }

    private sealed class FakeTracingService : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
        }
    }

    private sealed class FakeOrganizationServiceFactory : IOrganizationServiceFactory
    {
        public IOrganizationService Service { get; } = new UnusedOrganizationService();

        public List<Guid?> RequestedUsers { get; } = new List<Guid?>();

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            RequestedUsers.Add(userId);
            return Service;
        }
    }

    /// <summary>Only its identity matters: the extension must hand back what the factory made.</summary>
    private sealed class UnusedOrganizationService : IOrganizationService
    {
        public Guid Create(Entity entity) => throw new NotSupportedException();

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new NotSupportedException();

        public void Update(Entity entity) => throw new NotSupportedException();

        public void Delete(string entityName, Guid id) => throw new NotSupportedException();

        public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException();

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            throw new NotSupportedException();

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            throw new NotSupportedException();

        public EntityCollection RetrieveMultiple(QueryBase query) => throw new NotSupportedException();
    }

    /// <summary>A context with settable Stage and real parameter collections; everything else is a fixed value.</summary>
    private sealed class FakePluginExecutionContext : IPluginExecutionContext7
    {
        public int Stage { get; set; } = 40;

        public IPluginExecutionContext? ParentContext => null;

        public int Mode => 0;

        public int IsolationMode => 2;

        public int Depth => 1;

        public string MessageName => "Create";

        public string PrimaryEntityName => "account";

        public Guid? RequestId => null;

        public string? SecondaryEntityName => null;

        public ParameterCollection InputParameters { get; } = new ParameterCollection();

        public ParameterCollection OutputParameters { get; } = new ParameterCollection();

        public ParameterCollection SharedVariables { get; } = new ParameterCollection();

        public Guid UserId => Guid.Empty;

        public Guid InitiatingUserId => Guid.Empty;

        public Guid BusinessUnitId => Guid.Empty;

        public Guid OrganizationId => Guid.Empty;

        public string OrganizationName => "org";

        public Guid PrimaryEntityId => Guid.Empty;

        public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();

        public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();

        public EntityReference? OwningExtension => null;

        public Guid CorrelationId => Guid.Empty;

        public bool IsExecutingOffline => false;

        public bool IsOfflinePlayback => false;

        public bool IsInTransaction => true;

        public Guid OperationId => Guid.Empty;

        public DateTime OperationCreatedOn => DateTime.MinValue;

        public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;

        public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

        public Guid InitiatingUserApplicationId => Guid.Empty;

        public Guid PortalsContactId => Guid.Empty;

        public bool IsPortalsClientCall => false;

        public Guid AuthenticatedUserId => Guid.Empty;

        public EntityImageCollection[] PreEntityImagesCollection => Array.Empty<EntityImageCollection>();

        public EntityImageCollection[] PostEntityImagesCollection => Array.Empty<EntityImageCollection>();

        public string InitiatingUserAgent => "tests";

        public string EnvironmentId => "env";

        public Guid TenantId => Guid.Empty;

        public bool IsApplicationUser => false;
    }
}
