using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Registration;

namespace CsExtension.SolutionBuilder.Packing
{
    /// <summary>Packs the unpacked Solution/ folder, the built plugin assembly and the built web resources into the
    /// unmanaged and managed zips an admin imports. The same inputs give byte-identical zips.</summary>
    public static class SolutionPacker
    {
        private static readonly Regex ManagedElement = new(@"<Managed>\s*\d\s*</Managed>", RegexOptions.CultureInvariant);

        public static (string Unmanaged, string Managed) Pack(string solutionFolder, string pluginAssemblyPath, string? webResourcesFolder, string outputFolder)
        {
            if (!Directory.Exists(solutionFolder))
            {
                throw new SolutionPackingException($"The solution folder {solutionFolder} does not exist.");
            }

            // Binary parts are the same in both zips; read and check them once.
            var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            AddPluginAssemblies(solutionFolder, pluginAssemblyPath, parts);
            AddWebResources(solutionFolder, webResourcesFolder, parts);
            AddCustomApis(solutionFolder, parts);

            Directory.CreateDirectory(outputFolder);
            var unmanaged = Path.Combine(outputFolder, SolutionIdentity.UnmanagedZipName);
            var managed = Path.Combine(outputFolder, SolutionIdentity.ManagedZipName);
            File.WriteAllBytes(unmanaged, Zip(solutionFolder, PackageKind.Unmanaged, parts));
            File.WriteAllBytes(managed, Zip(solutionFolder, PackageKind.Managed, parts));
            return (unmanaged, managed);
        }

        /// <summary>The bytes of one zip: [Content_Types].xml, solution.xml and customizations.xml first, then the parts by path.</summary>
        public static byte[] Zip(string solutionFolder, PackageKind kind, IReadOnlyDictionary<string, byte[]> parts)
        {
            var solution = SolutionXml(solutionFolder, kind);
            var customizations = SolutionXmlFile.ToBytes(CustomizationsAssembler.Build(solutionFolder, kind));
            var ordered = parts.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            var contentTypes = ContentTypesXml.Build(new[] { "solution.xml", "customizations.xml" }.Concat(ordered.Select(p => p.Key)));
            var entries = new List<KeyValuePair<string, byte[]>>
            {
                new(ContentTypesXml.EntryName, contentTypes),
                new("solution.xml", solution),
                new("customizations.xml", customizations),
            };
            entries.AddRange(ordered);
            return DeterministicZip.Write(entries);
        }

        private static byte[] SolutionXml(string solutionFolder, PackageKind kind)
        {
            var path = Path.Combine(solutionFolder, "Other", "Solution.xml");
            if (!File.Exists(path))
            {
                throw new SolutionPackingException($"{path} does not exist; it is the solution manifest.");
            }

            var bytes = File.ReadAllBytes(path);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var text = new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            if (!ManagedElement.IsMatch(text))
            {
                throw new SolutionPackingException($"{path} has no <Managed> element to set to {(int)kind}.");
            }

            // Only the Managed flag differs between the zips; the rest of the manifest keeps its bytes.
            var updated = ManagedElement.Replace(text, "<Managed>" + (int)kind + "</Managed>", 1);
            var output = new UTF8Encoding(false).GetBytes(updated);
            return bom ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(output).ToArray() : output;
        }

        private static void AddPluginAssemblies(string solutionFolder, string pluginAssemblyPath, IDictionary<string, byte[]> parts)
        {
            var builtName = File.Exists(pluginAssemblyPath)
                ? AssemblyName.GetAssemblyName(pluginAssemblyPath).Name
                : throw new SolutionPackingException($"The plugin assembly {pluginAssemblyPath} does not exist; build Plugins/CsExtension.Plugins for net462 first.");
            var registrations = CustomizationsAssembler.Files(solutionFolder, "PluginAssemblies", "*.data.xml", recursive: true)
                .Select(path => (Path: path, Root: CustomizationsAssembler.LoadRoot(path)))
                .ToList();
            if (!registrations.Any(r => string.Equals(RegisteredName(r.Path, r.Root), builtName, StringComparison.Ordinal)))
            {
                throw new SolutionPackingException(
                    $"No PluginAssemblies/*/*.data.xml in {solutionFolder} registers {builtName} ({pluginAssemblyPath}); generate the registration first.");
            }

            foreach (var (dataXml, registration) in registrations)
            {
                var fullName = (string)registration.Attribute("FullName")!;
                var fileName = (string?)registration.Element("FileName")
                    ?? throw new SolutionPackingException($"{dataXml} has no FileName.");

                // The built assembly replaces the registration of the same name; any other dll must sit beside its .data.xml.
                var dll = string.Equals(RegisteredName(dataXml, registration), builtName, StringComparison.Ordinal)
                    ? pluginAssemblyPath
                    : Path.Combine(Path.GetDirectoryName(dataXml)!, Path.GetFileName(fileName));
                var typeNames = registration.Element("PluginTypes")?.Elements("PluginType").Select(t => (string?)t.Attribute("Name")).OfType<string>() ?? Enumerable.Empty<string>();
                PluginAssemblyFile.Verify(dll, fullName, typeNames, dataXml);
                Add(parts, fileName, File.ReadAllBytes(dll), dataXml);
            }
        }

        private static string? RegisteredName(string dataXml, XElement registration) =>
            new AssemblyName((string?)registration.Attribute("FullName") ?? throw new SolutionPackingException($"{dataXml} has no FullName.")).Name;

        private static void AddWebResources(string solutionFolder, string? webResourcesFolder, IDictionary<string, byte[]> parts)
        {
            foreach (var dataXml in CustomizationsAssembler.Files(solutionFolder, "WebResources", "*.data.xml", recursive: true))
            {
                var resource = CustomizationsAssembler.LoadRoot(dataXml);
                var name = (string?)resource.Element("Name") ?? throw new SolutionPackingException($"{dataXml} has no Name.");
                var fileName = (string?)resource.Element("FileName") ?? throw new SolutionPackingException($"{dataXml} has no FileName.");

                // The built file (webResourcesFolder/<name>) wins over a copy kept beside the .data.xml in the unpacked layout.
                var candidates = new List<string>();
                if (webResourcesFolder != null)
                {
                    candidates.Add(Path.Combine(new[] { webResourcesFolder }.Concat(name.Split('/')).ToArray()));
                }

                candidates.Add(dataXml.Substring(0, dataXml.Length - ".data.xml".Length));
                var file = candidates.FirstOrDefault(File.Exists)
                    ?? throw new SolutionPackingException(
                        $"The web resource {name} ({dataXml}) has no file: looked for {string.Join(" and ", candidates)}.");
                Add(parts, fileName, File.ReadAllBytes(file), dataXml);
            }
        }

        /// <summary>Custom APIs travel as customapis/&lt;name&gt;/... files in the zip, not inside customizations.xml.</summary>
        private static void AddCustomApis(string solutionFolder, IDictionary<string, byte[]> parts)
        {
            var root = Path.Combine(solutionFolder, "customapis");
            if (!Directory.Exists(root))
            {
                return;
            }

            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(solutionFolder, file).Replace('\\', '/');
                Add(parts, relative, File.ReadAllBytes(file), file);
            }
        }

        private static void Add(IDictionary<string, byte[]> parts, string fileName, byte[] content, string source)
        {
            var path = fileName.Replace('\\', '/').TrimStart('/');
            if (path.Length == 0 || path.Split('/').Any(s => s is "" or "." or ".."))
            {
                throw new SolutionPackingException($"{source} names the zip path '{fileName}', which is not a plain relative path.");
            }

            if (!parts.TryAdd(path, content))
            {
                throw new SolutionPackingException($"{source} puts a second file at {path} in the zip.");
            }
        }
    }
}
