using System;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>Who is calling and from where: an outside caller (depth 0, no parent) or a running plugin, whose
    /// calls start child operations one level deeper and are counted against its execution record.</summary>
    internal sealed class CallerScope
    {
        public CallerScope(Guid userId, Guid initiatingUserId, EmulatedExecutionContext? parent, PluginExecutionRecord? record)
        {
            UserId = userId;
            InitiatingUserId = initiatingUserId;
            Parent = parent;
            Record = record;
        }

        public Guid UserId { get; }

        public Guid InitiatingUserId { get; }

        public EmulatedExecutionContext? Parent { get; }

        public PluginExecutionRecord? Record { get; }

        public int Depth => Parent?.Depth ?? 0;

        public Guid CorrelationId => Parent?.CorrelationId ?? Guid.Empty;
    }
}
