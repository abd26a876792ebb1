using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>The context handed to a plugin. One object answers every context interface, as the platform's does
    /// (reference §3, IServiceProvider usage).</summary>
    public sealed class EmulatedExecutionContext : IPluginExecutionContext7
    {
        public int Mode { get; internal set; }
        public int IsolationMode { get; internal set; } = 2;
        public int Depth { get; internal set; } = 1;
        public string MessageName { get; internal set; } = string.Empty;
        public string PrimaryEntityName { get; internal set; } = "none";
        public Guid? RequestId { get; internal set; }
        public string SecondaryEntityName { get; internal set; } = "none";
        public ParameterCollection InputParameters { get; internal set; } = new ParameterCollection();
        public ParameterCollection OutputParameters { get; internal set; } = new ParameterCollection();
        public ParameterCollection SharedVariables { get; internal set; } = new ParameterCollection();
        public Guid UserId { get; internal set; }
        public Guid InitiatingUserId { get; internal set; }
        public Guid BusinessUnitId { get; internal set; }
        public Guid OrganizationId { get; internal set; }
        public string OrganizationName { get; internal set; } = string.Empty;
        public Guid PrimaryEntityId { get; internal set; }
        public EntityImageCollection PreEntityImages { get; internal set; } = new EntityImageCollection();
        public EntityImageCollection PostEntityImages { get; internal set; } = new EntityImageCollection();
        public EntityReference OwningExtension { get; internal set; } = null!;
        public Guid CorrelationId { get; internal set; }
        public bool IsExecutingOffline => false;
        public bool IsOfflinePlayback => false;
        public bool IsInTransaction { get; internal set; }
        public Guid OperationId { get; internal set; }
        public DateTime OperationCreatedOn { get; internal set; }
        public int Stage { get; internal set; }
        public IPluginExecutionContext ParentContext { get; internal set; } = null!;
        public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;
        public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;
        public Guid InitiatingUserApplicationId => Guid.Empty;
        public Guid PortalsContactId => Guid.Empty;
        public bool IsPortalsClientCall => false;
        public Guid AuthenticatedUserId { get; internal set; }
        public EntityImageCollection[] PreEntityImagesCollection { get; internal set; } = Array.Empty<EntityImageCollection>();
        public EntityImageCollection[] PostEntityImagesCollection { get; internal set; } = Array.Empty<EntityImageCollection>();
        public string InitiatingUserAgent => "Dataverse.Emulator";
        public string EnvironmentId { get; internal set; } = string.Empty;
        public Guid TenantId { get; internal set; }
        public bool IsApplicationUser => false;

        /// <summary>A copy for one step: the same parameters and shared variables, its own stage, mode and images.</summary>
        internal EmulatedExecutionContext ForStep(PipelineStage stage, StepMode mode, Guid userId)
        {
            var copy = (EmulatedExecutionContext)MemberwiseClone();
            copy.Stage = (int)stage;
            copy.Mode = (int)mode;
            copy.UserId = userId;
            copy.PreEntityImages = new EntityImageCollection();
            copy.PostEntityImages = new EntityImageCollection();
            return copy;
        }
    }
}
