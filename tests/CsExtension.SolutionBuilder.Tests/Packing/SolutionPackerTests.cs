using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Packing;
using CsExtension.SolutionBuilder.Tests.Registration;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Packing
{
    /// <summary>The zips an admin imports: what they contain, that they are reproducible, and that broken inputs are refused.</summary>
    public class SolutionPackerTests
    {
        [SkippableFact]
        public void The_managed_zip_ships_the_signed_net462_plugin_assembly_the_registration_describes()
        {
            using var solution = new PackableSolution(BuiltAssemblies.ShippedPlugins);
            var (_, managed) = SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, solution.Solution.Output);

            var zip = ZipContent.Open(managed);
            var registration = zip.Xml("customizations.xml").Element("SolutionPluginAssemblies")!.Elements("PluginAssembly").Single();
            var entry = ((string)registration.Element("FileName")!).TrimStart('/');
            Assert.Matches(@"^PluginAssemblies/CsExtensionPlugins-[0-9A-F\-]{36}/CsExtensionPlugins\.dll$", entry);
            Assert.Equal(File.ReadAllBytes(BuiltAssemblies.ShippedPlugins), zip.Entries[entry]);

            using var pe = new PEReader(new MemoryStream(zip.Entries[entry]));
            var reader = pe.GetMetadataReader();
            Assert.True(pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.StrongNameSigned));
            var definition = reader.GetAssemblyDefinition();
            var identity = definition.GetAssemblyName();
            Assert.Equal((string)registration.Attribute("FullName")!, identity.FullName);
            Assert.Equal(".NETFramework,Version=v4.6.2", TargetFramework(reader, definition));
            foreach (var handle in reader.AssemblyReferences)
            {
                var reference = reader.GetAssemblyReference(handle).GetAssemblyName();
                if (reference.Name == "Microsoft.Xrm.Sdk")
                {
                    Assert.Equal(new Version(9, 0, 0, 0), reference.Version);
                    continue;
                }

                Assert.True(reference.Name == "mscorlib" || reference.Name == "System" || reference.Name!.StartsWith("System.", StringComparison.Ordinal),
                    $"The plugin assembly references {reference.FullName}, which Dataverse does not load.");
                Assert.Equal(4, reference.Version!.Major);
            }
        }

        [SkippableFact]
        public void Solution_xml_says_managed_in_the_managed_zip_and_unmanaged_in_the_other()
        {
            using var solution = new PackableSolution(BuiltAssemblies.Fixture);
            var (unmanaged, managed) = SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, solution.Solution.Output);

            Assert.Equal(Path.Combine(solution.Solution.Output, "CsExtension.zip"), unmanaged);
            Assert.Equal(Path.Combine(solution.Solution.Output, "CsExtension_managed.zip"), managed);
            Assert.Equal("0", (string?)ZipContent.Open(unmanaged).Xml("solution.xml").Element("SolutionManifest")!.Element("Managed"));
            Assert.Equal("1", (string?)ZipContent.Open(managed).Xml("solution.xml").Element("SolutionManifest")!.Element("Managed"));
        }

        [SkippableFact]
        public void Every_packed_step_matches_a_declaration_in_code_and_every_declaration_has_its_step()
        {
            using var solution = new PackableSolution(BuiltAssemblies.Fixture);
            foreach (var path in new[] { SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, solution.Solution.Output) }
                         .SelectMany(z => new[] { z.Unmanaged, z.Managed }))
            {
                var steps = ZipContent.Open(path).Xml("customizations.xml").Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep")
                    .Select(s => DeclaredStepsInCode.Key(
                        ((string)s.Element("PluginTypeName")!).Split(',')[0],
                        ((string)s.Attribute("Name")!).Split(": ")[1].Split(" of ")[0],
                        (string)s.Element("PrimaryEntity")!,
                        (string)s.Element("Stage")!,
                        (string)s.Element("Mode")!,
                        (string)s.Element("Rank")!))
                    .OrderBy(k => k, StringComparer.Ordinal);
                Assert.Equal(DeclaredStepsInCode.Read(BuiltAssemblies.Fixture), steps);
            }
        }

        [SkippableFact]
        public void Packing_the_same_inputs_twice_gives_byte_identical_zips()
        {
            using var solution = new PackableSolution(BuiltAssemblies.Fixture);
            var first = SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, Path.Combine(solution.Solution.Root, "a"));
            var second = SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, Path.Combine(solution.Solution.Root, "b"));

            Assert.Equal(File.ReadAllBytes(first.Unmanaged), File.ReadAllBytes(second.Unmanaged));
            Assert.Equal(File.ReadAllBytes(first.Managed), File.ReadAllBytes(second.Managed));
            Assert.NotEqual(File.ReadAllBytes(first.Unmanaged), File.ReadAllBytes(first.Managed));
        }

        [SkippableFact]
        public void The_zip_holds_the_split_files_web_resources_custom_apis_and_content_types()
        {
            using var solution = new PackableSolution(BuiltAssemblies.Fixture);
            var (unmanaged, managed) = SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, solution.Solution.Output);
            var zip = ZipContent.Open(managed);

            Assert.Equal(new[] { "[Content_Types].xml", "solution.xml", "customizations.xml" }, zip.Names.Take(3));
            Assert.Equal("<html><body>health</body></html>", System.Text.Encoding.UTF8.GetString(zip.Entries[PackableSolution.WebResourceEntry]));
            Assert.Contains("customapis/csx_RecalculateHealth/customapi.xml", zip.Names);

            var customizations = zip.Xml("customizations.xml");
            Assert.Equal("managed", (string?)customizations.Descendants("tab").Single().Attribute("name"));
            Assert.Equal("unmanaged", (string?)ZipContent.Open(unmanaged).Xml("customizations.xml").Descendants("tab").Single().Attribute("name"));
            Assert.Equal("main", (string?)customizations.Descendants("forms").Single().Attribute("type"));
            Assert.Single(customizations.Element("Entities")!.Element("Entity")!.Element("SavedQueries")!.Element("savedqueries")!.Elements("savedquery"));
            Assert.Equal(PackableSolution.WebResourceName, (string?)customizations.Element("WebResources")!.Element("WebResource")!.Element("Name"));
            Assert.Equal("csx_SlaHours", (string?)customizations.Element("environmentvariabledefinitions")!.Element("environmentvariabledefinition")!.Attribute("schemaname"));
            Assert.Equal(
                new[] { "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityMaps", "EntityRelationships", "OrganizationSettings", "optionsets",
                    "WebResources", "CustomControls", "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "EntityDataProviders", "environmentvariabledefinitions", "Languages" },
                customizations.Elements().Select(e => e.Name.LocalName));

            XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
            var contentTypes = zip.Xml("[Content_Types].xml");
            Assert.Equal(new[] { "dll", "xml" }, contentTypes.Elements(types + "Default").Select(d => (string)d.Attribute("Extension")!));
            Assert.Equal(new[] { "/" + PackableSolution.WebResourceEntry }, contentTypes.Elements(types + "Override").Select(o => (string)o.Attribute("PartName")!));
        }

        [SkippableFact]
        public void A_web_resource_without_its_file_fails_naming_the_file()
        {
            using var solution = new PackableSolution(BuiltAssemblies.Fixture);
            File.Delete(Path.Combine(solution.WebResources, "csx_", "account", "healthpanel.html"));

            var error = Assert.Throws<SolutionPackingException>(() =>
                SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, solution.Solution.Output));
            Assert.Contains(PackableSolution.WebResourceName, error.Message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(solution.WebResources, "csx_", "account", "healthpanel.html"), error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(solution.Solution.Output, "CsExtension_managed.zip")));
        }

        [SkippableFact]
        public void An_assembly_other_than_the_registered_one_fails_naming_both_files()
        {
            using var solution = new PackableSolution(BuiltAssemblies.Fixture);

            // Same name, other build: the registration says 1.2.3.4, this copy is declared 9.9.9.9.
            var registration = Directory.GetFiles(solution.Solution.PathOf("PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories).Single();
            var document = XDocument.Load(registration);
            document.Root!.SetAttributeValue("FullName", ((string)document.Root.Attribute("FullName")!).Replace("1.2.3.4", "9.9.9.9", StringComparison.Ordinal));
            document.Save(registration);

            var error = Assert.Throws<SolutionPackingException>(() =>
                SolutionPacker.Pack(solution.Solution.Folder, solution.PluginAssemblyPath, solution.WebResources, solution.Solution.Output));
            Assert.Contains(solution.PluginAssemblyPath, error.Message, StringComparison.Ordinal);
            Assert.Contains(registration, error.Message, StringComparison.Ordinal);
            Assert.Contains("version 1.2.3.4 instead of 9.9.9.9", error.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void An_assembly_with_no_registration_fails_naming_it()
        {
            using var solution = new PackableSolution(BuiltAssemblies.Fixture);
            var error = Assert.Throws<SolutionPackingException>(() =>
                SolutionPacker.Pack(solution.Solution.Folder, BuiltAssemblies.ShippedPlugins, solution.WebResources, solution.Solution.Output));
            Assert.Contains(BuiltAssemblies.ShippedPlugins, error.Message, StringComparison.Ordinal);
        }

        private static string? TargetFramework(MetadataReader reader, AssemblyDefinition definition)
        {
            foreach (var handle in definition.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
                if (reader.GetString(type.Name) == "TargetFrameworkAttribute")
                {
                    var blob = reader.GetBlobReader(attribute.Value);
                    blob.ReadUInt16();
                    return blob.ReadSerializedString();
                }
            }

            return null;
        }
    }
}
