using System;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Builds PluginAssemblies/&lt;Stem&gt;-&lt;ID&gt;/&lt;Stem&gt;.dll.data.xml in the shape real exports use (solution-format.md §2.7).</summary>
    public static class PluginAssemblyXml
    {
        public const int SandboxIsolation = 2;
        public const int DatabaseSource = 0;

        public static Guid AssemblyId(DeclaredPluginAssembly assembly) => StableId.ForAssembly(assembly.Name);

        public static string FolderName(DeclaredPluginAssembly assembly) => assembly.FileStem + "-" + AssemblyId(assembly).ToString("D").ToUpperInvariant();

        public static string FileName(DeclaredPluginAssembly assembly) => "/PluginAssemblies/" + FolderName(assembly) + "/" + assembly.FileStem + ".dll";

        public static XDocument Build(DeclaredPluginAssembly assembly) =>
            new XDocument(
                new XElement(
                    "PluginAssembly",
                    new XAttribute("FullName", assembly.FullName),
                    new XAttribute("PluginAssemblyId", AssemblyId(assembly).ToString("D")),
                    new XAttribute("CustomizationLevel", "1"),
                    SolutionXmlFile.XsiDeclaration(),
                    new XElement("IsolationMode", SandboxIsolation),
                    new XElement("SourceType", DatabaseSource),
                    new XElement("IntroducedVersion", SolutionIdentity.Version),
                    new XElement("FileName", FileName(assembly)),
                    new XElement(
                        "PluginTypes",
                        assembly.PluginTypes.Select(type => new XElement(
                            "PluginType",
                            new XAttribute("AssemblyQualifiedName", assembly.AssemblyQualifiedName(type.FullName)),
                            new XAttribute("PluginTypeId", StableId.ForPluginType(type.FullName).ToString("D")),
                            new XAttribute("Name", type.FullName),
                            // The registration tool writes a guid here; a stable one keeps regenerated files unchanged.
                            new XElement("FriendlyName", StableId.For("friendlyname/" + type.FullName).ToString("D")))))));
    }
}
