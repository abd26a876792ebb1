using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>A concrete IPlugin class with its step declarations and, if it implements one, its custom API's unique name.</summary>
    public sealed record DeclaredPluginType(string FullName, IReadOnlyList<DeclaredStep> Steps, string? CustomApiName);
}
