using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>One XML file of the checked solution, loaded with line numbers so findings can point into it.</summary>
    /// <param name="Path">Relative to the unpacked folder (forward slashes) or the zip entry name.</param>
    public sealed record SolutionDocument(string Path, XDocument Document)
    {
        /// <summary>Files SolutionPackager keeps for the managed package only; they repeat the ids of their unmanaged twin on purpose.</summary>
        public bool IsManagedVariant => Path.EndsWith("_managed.xml", System.StringComparison.OrdinalIgnoreCase);
    }
}
