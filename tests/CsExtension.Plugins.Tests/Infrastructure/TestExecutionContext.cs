using System;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Tests.Infrastructure;

/// <summary>A settable execution context for PluginBase's own tests (plugins proper are tested in the emulator).</summary>
internal sealed class TestExecutionContext : IPluginExecutionContext7
{
    public int Mode { get; set; }
    public int IsolationMode { get; set; } = 2;
    public int Depth { get; set; } = 1;
    public string MessageName { get; set; } = "Update";
    public string PrimaryEntityName { get; set; } = "account";
    public Guid? RequestId { get; set; }
    public string SecondaryEntityName { get; set; } = "none";
    public ParameterCollection InputParameters { get; } = new();
    public ParameterCollection OutputParameters { get; } = new();
    public ParameterCollection SharedVariables { get; } = new();
    public Guid UserId { get; set; } = Guid.NewGuid();
    public Guid InitiatingUserId { get; set; } = Guid.NewGuid();
    public Guid BusinessUnitId { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; } = Guid.NewGuid();
    public string OrganizationName { get; set; } = "contoso";
    public Guid PrimaryEntityId { get; set; } = Guid.NewGuid();
    public EntityImageCollection PreEntityImages { get; } = new();
    public EntityImageCollection PostEntityImages { get; } = new();
    public EntityReference? OwningExtension { get; set; }
    public Guid CorrelationId { get; set; } = Guid.NewGuid();
    public bool IsExecutingOffline { get; set; }
    public bool IsOfflinePlayback { get; set; }
    public bool IsInTransaction { get; set; } = true;
    public Guid OperationId { get; set; } = Guid.NewGuid();
    public DateTime OperationCreatedOn { get; set; } = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);
    public int Stage { get; set; } = 20;
    public IPluginExecutionContext? ParentContext { get; set; }
    public Guid UserAzureActiveDirectoryObjectId { get; set; }
    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }
    public Guid InitiatingUserApplicationId { get; set; }
    public Guid PortalsContactId { get; set; }
    public bool IsPortalsClientCall { get; set; }
    public Guid AuthenticatedUserId { get; set; }
    public EntityImageCollection[] PreEntityImagesCollection { get; set; } = Array.Empty<EntityImageCollection>();
    public EntityImageCollection[] PostEntityImagesCollection { get; set; } = Array.Empty<EntityImageCollection>();
    public string InitiatingUserAgent { get; set; } = "tests";
    public string EnvironmentId { get; set; } = "env";
    public Guid TenantId { get; set; }
    public bool IsApplicationUser { get; set; }
    EntityReference IExecutionContext.OwningExtension => OwningExtension!;
    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext!;
}
