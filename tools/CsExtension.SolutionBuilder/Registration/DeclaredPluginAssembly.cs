using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>What the plugin assembly declares: its identity and its plugin classes, ordered by full name.</summary>
    public sealed record DeclaredPluginAssembly(string Name, string FullName, IReadOnlyList<DeclaredPluginType> PluginTypes)
    {
        /// <summary>The name Dataverse tools use for folders and files: the assembly name with its dots removed.</summary>
        public string FileStem => Name.Replace(".", string.Empty, System.StringComparison.Ordinal);

        public string AssemblyQualifiedName(string typeFullName) => typeFullName + ", " + FullName;
    }
}
