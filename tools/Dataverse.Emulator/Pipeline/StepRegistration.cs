using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>One SdkMessageProcessingStep: which plugin runs for which message, table, stage and mode
    /// (reference §8, §9.3; PD-reg).</summary>
    public sealed class StepRegistration
    {
        public StepRegistration(Type pluginType, string message, string? primaryEntity, PipelineStage stage, StepMode mode)
        {
            PluginType = pluginType ?? throw new ArgumentNullException(nameof(pluginType));
            Message = message ?? throw new ArgumentNullException(nameof(message));
            PrimaryEntity = string.IsNullOrEmpty(primaryEntity) || primaryEntity == "none" ? null : primaryEntity;
            Stage = stage;
            Mode = mode;
            Name = $"{pluginType.FullName}: {message} of {PrimaryEntity ?? "any table"}";
        }

        public string Name { get; init; }

        public Type PluginType { get; }

        public string Message { get; }

        /// <summary>Null for a step on every table (or on a message without one).</summary>
        public string? PrimaryEntity { get; }

        public PipelineStage Stage { get; }

        public StepMode Mode { get; }

        /// <summary>Execution order within a stage: ascending (reference §8).</summary>
        public int Rank { get; init; } = 1;

        /// <summary>For Update: the step runs only when the Target carries one of these columns; empty means always.</summary>
        public IReadOnlyCollection<string> FilteringAttributes { get; init; } = Array.Empty<string>();

        public IReadOnlyList<ImageRegistration> Images { get; init; } = Array.Empty<ImageRegistration>();

        public string? UnsecureConfiguration { get; init; }

        public string? SecureConfiguration { get; init; }

        /// <summary>"Run in User's Context": null runs as the calling user.</summary>
        public Guid? RunAsUserId { get; init; }

        internal bool Applies(string message, string? primaryEntity) =>
            string.Equals(Message, message, StringComparison.OrdinalIgnoreCase)
            && (PrimaryEntity == null || string.Equals(PrimaryEntity, primaryEntity, StringComparison.Ordinal));

        internal bool PassesFilter(Microsoft.Xrm.Sdk.Entity? target) =>
            FilteringAttributes.Count == 0 || target == null || FilteringAttributes.Any(target.Attributes.ContainsKey);
    }
}
