using System;
using System.Collections.Generic;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>A custom API: a message of our own, implemented by a plugin type that runs at the main operation
    /// stage. Bound APIs take the record as the "Target" parameter.</summary>
    public sealed class CustomApiRegistration
    {
        public CustomApiRegistration(string uniqueName, Type pluginType)
        {
            UniqueName = uniqueName ?? throw new ArgumentNullException(nameof(uniqueName));
            PluginType = pluginType ?? throw new ArgumentNullException(nameof(pluginType));
        }

        public string UniqueName { get; }

        public Type PluginType { get; }

        /// <summary>The table the API is bound to, or null for an unbound (global) API.</summary>
        public string? BoundEntity { get; init; }

        public bool IsFunction { get; init; }

        public IReadOnlyList<CustomApiParameter> RequestParameters { get; init; } = Array.Empty<CustomApiParameter>();

        public IReadOnlyList<CustomApiParameter> ResponseProperties { get; init; } = Array.Empty<CustomApiParameter>();
    }
}
