using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Registration;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Registration
{
    /// <summary>Registration files are generated from the fixture assembly's declarations, read as metadata.</summary>
    public class RegistrationGeneratorTests
    {
        private const string Ns = "CsExtension.SolutionBuilder.Fixture.";

        [SkippableFact]
        public void Every_plugin_class_is_a_plugin_type_including_custom_api_implementations_but_not_abstract_bases()
        {
            using var solution = new TempSolution();
            RegistrationGenerator.Generate(BuiltAssemblies.Fixture, solution.Folder, TextWriter.Null);

            var dataXml = Directory.GetFiles(solution.PathOf("PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories).Single();
            var assembly = XDocument.Load(dataXml).Root!;
            Assert.Matches(@"^CsExtension\.SolutionBuilder\.Fixture, Version=1\.2\.3\.4, Culture=neutral, PublicKeyToken=[0-9a-f]{16}$", (string)assembly.Attribute("FullName")!);
            Assert.Equal("2", (string?)assembly.Element("IsolationMode"));
            Assert.Equal("0", (string?)assembly.Element("SourceType"));
            var id = Guid.Parse((string)assembly.Attribute("PluginAssemblyId")!);
            var folder = "CsExtensionSolutionBuilderFixture-" + id.ToString("D").ToUpperInvariant();
            Assert.Equal(Path.Combine(solution.PathOf("PluginAssemblies"), folder, "CsExtensionSolutionBuilderFixture.dll.data.xml"), dataXml);
            Assert.Equal("/PluginAssemblies/" + folder + "/CsExtensionSolutionBuilderFixture.dll", (string?)assembly.Element("FileName"));
            Assert.Equal(
                new[] { Ns + "AccountHealthPlugin", Ns + "OnboardingStatePlugin", Ns + "RecalculateHealthApi" },
                assembly.Element("PluginTypes")!.Elements("PluginType").Select(t => (string)t.Attribute("Name")!));
        }

        [SkippableFact]
        public void Steps_carry_the_declared_message_stage_mode_rank_filter_images_and_configuration()
        {
            using var solution = new TempSolution();
            RegistrationGenerator.Generate(BuiltAssemblies.Fixture, solution.Folder, TextWriter.Null);
            var steps = Directory.GetFiles(solution.PathOf("SdkMessageProcessingSteps"), "*.xml").Select(f => XDocument.Load(f).Root!).ToList();
            Assert.Equal(3, steps.Count);

            var update = steps.Single(s => (string?)s.Attribute("Name") == Ns + "AccountHealthPlugin: Update of account");
            Assert.Equal("20bebb1b-ea3e-db11-86a7-000a3a5473e8", (string?)update.Element("SdkMessageId"));
            Assert.Equal("name,revenue", (string?)update.Element("FilteringAttributes"));
            Assert.Equal("2", (string?)update.Element("Rank"));
            Assert.Equal("20", (string?)update.Element("Stage"));
            Assert.Equal("0", (string?)update.Element("Mode"));
            var preImage = update.Element("SdkMessageProcessingStepImages")!.Elements().Single();
            Assert.Equal(("PreImage", "name", "0", "Target"), ((string)preImage.Attribute("Name")!, (string?)preImage.Element("Attributes"), (string?)preImage.Element("ImageType"), (string?)preImage.Element("MessagePropertyName")));

            var create = steps.Single(s => (string?)s.Attribute("Name") == Ns + "AccountHealthPlugin: Create of account");
            Assert.Equal("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", (string?)create.Element("SdkMessageId"));
            Assert.Equal("40", (string?)create.Element("Stage"));
            var postImage = create.Element("SdkMessageProcessingStepImages")!.Elements().Single();
            Assert.Equal(("name,revenue", "1", "id"), ((string?)postImage.Element("Attributes"), (string?)postImage.Element("ImageType"), (string?)postImage.Element("MessagePropertyName")));

            var setState = steps.Single(s => (string?)s.Attribute("Name") == Ns + "OnboardingStatePlugin: SetState of csx_onboarding");
            Assert.Equal("1", (string?)setState.Element("Mode"));
            Assert.Equal("{\"notify\":true}", (string?)setState.Element("Configuration"));
            Assert.Equal("Closes the onboarding's open tasks.", (string?)setState.Element("Description"));
            Assert.Equal("EntityMoniker", (string?)setState.Descendants("MessagePropertyName").Single());
            Assert.Equal(Ns + "OnboardingStatePlugin, " + FullName(solution), (string?)setState.Element("PluginTypeName"));

            // Children in the order real exports write them (solution-format.md §2.8).
            Assert.Equal(
                new[] { "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "AsyncAutoDelete", "Configuration", "Description", "FilteringAttributes",
                    "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden", "SupportedDeployment", "IntroducedVersion",
                    "SdkMessageProcessingStepImages" },
                setState.Elements().Select(e => e.Name.LocalName));
        }

        [SkippableFact]
        public void Ids_and_files_are_the_same_in_every_run()
        {
            using var first = new TempSolution();
            using var second = new TempSolution();
            RegistrationGenerator.Generate(BuiltAssemblies.Fixture, first.Folder, TextWriter.Null);
            RegistrationGenerator.Generate(BuiltAssemblies.Fixture, second.Folder, TextWriter.Null);

            var files = Directory.GetFiles(first.Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Folder, f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.Equal(files, Directory.GetFiles(second.Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Folder, f)).OrderBy(f => f, StringComparer.Ordinal));
            foreach (var file in files)
            {
                Assert.Equal(File.ReadAllBytes(first.PathOf(file)), File.ReadAllBytes(second.PathOf(file)));
            }

            var again = RegistrationGenerator.Generate(BuiltAssemblies.Fixture, first.Folder, TextWriter.Null);
            Assert.Empty(again.WrittenFiles);
            Assert.Empty(again.RemovedFiles);
        }

        [SkippableFact]
        public void A_step_file_whose_declaration_is_gone_is_removed_but_another_assemblys_step_is_kept()
        {
            using var solution = new TempSolution();
            var stale = "{00000000-0000-0000-0000-000000000001}";
            var foreign = "{00000000-0000-0000-0000-000000000002}";
            solution.Write($"SdkMessageProcessingSteps/{stale}.xml",
                $"<SdkMessageProcessingStep SdkMessageProcessingStepId=\"{stale}\"><PluginTypeName>{Ns}Gone, CsExtension.SolutionBuilder.Fixture, Version=1.2.3.4, Culture=neutral, PublicKeyToken=0000000000000000</PluginTypeName></SdkMessageProcessingStep>");
            solution.Write($"SdkMessageProcessingSteps/{foreign}.xml",
                $"<SdkMessageProcessingStep SdkMessageProcessingStepId=\"{foreign}\"><PluginTypeName>Other.Plugin, Other.Assembly, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0000000000000000</PluginTypeName></SdkMessageProcessingStep>");

            RegistrationGenerator.Generate(BuiltAssemblies.Fixture, solution.Folder, TextWriter.Null);

            Assert.False(File.Exists(solution.PathOf($"SdkMessageProcessingSteps/{stale}.xml")));
            Assert.True(File.Exists(solution.PathOf($"SdkMessageProcessingSteps/{foreign}.xml")));
        }

        [SkippableFact]
        public void Root_components_for_the_assembly_and_steps_are_added_sorted_and_the_rest_of_the_manifest_keeps_its_bytes()
        {
            using var solution = new TempSolution();
            RegistrationGenerator.Generate(BuiltAssemblies.Fixture, solution.Folder, TextWriter.Null);

            var text = File.ReadAllText(solution.PathOf("Other/Solution.xml"));
            var original = TempSolution.ManifestText.TrimStart('\uFEFF');
            var start = original.IndexOf("    <RootComponents>", StringComparison.Ordinal);
            var end = original.IndexOf("</RootComponents>", StringComparison.Ordinal) + "</RootComponents>".Length;
            Assert.StartsWith(original.Substring(0, start), text, StringComparison.Ordinal);
            Assert.EndsWith(original.Substring(end), text, StringComparison.Ordinal);
            Assert.Equal(0xEF, File.ReadAllBytes(solution.PathOf("Other/Solution.xml"))[0]);

            var components = XDocument.Parse(text).Descendants("RootComponent").ToList();
            Assert.Equal(new[] { "1", "61", "91", "92", "92", "92" }, components.Select(c => (string)c.Attribute("type")!));
            Assert.Equal(FullName(solution), (string?)components[2].Attribute("schemaName"));
            var stepIds = components.Skip(3).Select(c => (string)c.Attribute("id")!).ToList();
            Assert.Equal(stepIds.OrderBy(i => i, StringComparer.Ordinal), stepIds);
            var stepFiles = Directory.GetFiles(solution.PathOf("SdkMessageProcessingSteps")).Select(Path.GetFileNameWithoutExtension).OrderBy(i => i, StringComparer.Ordinal);
            Assert.Equal(stepFiles, stepIds);
        }

        [SkippableFact]
        public void A_custom_api_is_linked_to_its_plugin_type_when_its_customapi_xml_exists_and_reported_when_not()
        {
            using var solution = new TempSolution();
            var missing = RegistrationGenerator.Generate(BuiltAssemblies.Fixture, solution.Folder, TextWriter.Null);
            Assert.Contains(missing.Notes, n => n.Contains("csx_RecalculateHealth", StringComparison.Ordinal));

            solution.Write("customapis/csx_RecalculateHealth/customapi.xml",
                "<customapi uniquename=\"csx_RecalculateHealth\">\n  <bindingtype>1</bindingtype>\n  <name>csx_RecalculateHealth</name>\n  <plugintypeid />\n</customapi>");
            RegistrationGenerator.Generate(BuiltAssemblies.Fixture, solution.Folder, TextWriter.Null);

            var typeId = XDocument.Load(Directory.GetFiles(solution.PathOf("PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories).Single())
                .Descendants("PluginType").Single(t => (string?)t.Attribute("Name") == Ns + "RecalculateHealthApi").Attribute("PluginTypeId")!.Value;
            var text = File.ReadAllText(solution.PathOf("customapis/csx_RecalculateHealth/customapi.xml"));
            Assert.Equal(
                "<customapi uniquename=\"csx_RecalculateHealth\">\n  <bindingtype>1</bindingtype>\n  <name>csx_RecalculateHealth</name>\n  <plugintypeid>\n    <plugintypeid>" + typeId + "</plugintypeid>\n  </plugintypeid>\n</customapi>",
                text);
        }

        private static string FullName(TempSolution solution) =>
            (string)XDocument.Load(Directory.GetFiles(solution.PathOf("PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories).Single()).Root!.Attribute("FullName")!;
    }
}
