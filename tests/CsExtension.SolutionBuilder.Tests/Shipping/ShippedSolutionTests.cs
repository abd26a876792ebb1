using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CsExtension.SolutionBuilder.Checking;
using CsExtension.SolutionBuilder.Registration;
using CsExtension.SolutionBuilder.Tests.Generation;
using CsExtension.SolutionBuilder.Tests.Packing;
using CsExtension.SolutionBuilder.Tests.Registration;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Shipping
{
    /// <summary>The zips an admin imports, packed from the committed Solution folder and the real net462 plugin build.</summary>
    public sealed class ShippedSolutionTests : IDisposable
    {
        private readonly string _output = RepositoryPaths.NewTempFolder();

        /// <summary>The built web resources (npm run build in WebResources/); the solution cannot be packed without them.</summary>
        private static string WebResources
        {
            get
            {
                var dist = Path.Combine(RepositoryPaths.Root, "WebResources", "dist");
                Skip.IfNot(Directory.Exists(dist), $"{dist} is absent: build the web resources first (cd WebResources && npm ci && npm run build).");
                return dist;
            }
        }

        public void Dispose() => Directory.Delete(_output, recursive: true);

        [SkippableFact]
        public void The_shipped_zips_and_their_folder_pass_the_check()
        {
            var (unmanaged, managed, unpacked) = SolutionRelease.Pack(RepositoryPaths.Solution, BuiltAssemblies.ShippedPlugins, WebResources, _output);
            var schemas = Path.Combine(RepositoryPaths.Root, "..", "shared", "schemas");

            var findings = new[] { unpacked, unmanaged, managed }
                .SelectMany(path => SolutionChecker.Check(path, Directory.Exists(schemas) ? schemas : null, BuiltAssemblies.ShippedPlugins))
                .Select(finding => finding.ToString())
                .ToList();

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings.Take(20)));
            Skip.IfNot(Directory.Exists(schemas), $"{schemas} is absent: the zips passed every rule but the schema rules.");
        }

        [SkippableFact]
        public void The_managed_zip_holds_the_signed_net462_plugin_assembly_with_its_identity()
        {
            var (_, managed, _) = SolutionRelease.Pack(RepositoryPaths.Solution, BuiltAssemblies.ShippedPlugins, WebResources, _output);
            var zip = ZipContent.Open(managed);

            var assemblyEntry = Assert.Single(zip.Names, name => name.EndsWith("/CsExtensionPlugins.dll", StringComparison.Ordinal));
            Assert.Equal(File.ReadAllBytes(BuiltAssemblies.ShippedPlugins), zip.Entries[assemblyEntry]);
            using var pe = new PEReader(new MemoryStream(zip.Entries[assemblyEntry]));
            Assert.True(pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.StrongNameSigned));
            var metadata = pe.GetMetadataReader();
            var identity = metadata.GetAssemblyDefinition().GetAssemblyName();
            var registered = zip.Xml("customizations.xml").Element("SolutionPluginAssemblies")!.Element("PluginAssembly")!.Attribute("FullName")!.Value;
            Assert.Equal(identity.FullName, registered);
            Assert.Equal("1", zip.Xml("solution.xml").Element("SolutionManifest")!.Element("Managed")!.Value);
        }

        [SkippableFact]
        public void Every_shipped_step_matches_a_declaration_in_code_and_every_declaration_has_its_step()
        {
            var (_, managed, _) = SolutionRelease.Pack(RepositoryPaths.Solution, BuiltAssemblies.ShippedPlugins, WebResources, _output);

            var steps = ZipContent.Open(managed).Xml("customizations.xml").Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep")
                .Select(s => DeclaredStepsInCode.Key(
                    ((string)s.Element("PluginTypeName")!).Split(',')[0],
                    ((string)s.Attribute("Name")!).Split(": ")[1].Split(" of ")[0],
                    (string)s.Element("PrimaryEntity")!,
                    (string)s.Element("Stage")!,
                    (string)s.Element("Mode")!,
                    (string)s.Element("Rank")!))
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();

            Assert.Equal(DeclaredStepsInCode.Read(BuiltAssemblies.ShippedPlugins), steps);
        }

        [SkippableFact]
        public void The_committed_registration_matches_the_built_plugin_assembly()
        {
            // The committed folder must be what the official packager would pack too; a stale one fails here.
            var regenerated = Path.Combine(_output, "Solution");
            RepositoryPaths.CopyFolder(RepositoryPaths.Solution, regenerated);

            RegistrationGenerator.Generate(BuiltAssemblies.ShippedPlugins, regenerated, TextWriter.Null);

            foreach (var file in Directory.GetFiles(regenerated, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(regenerated, file);
                var committed = Path.Combine(RepositoryPaths.Solution, relative);
                Assert.True(
                    File.Exists(committed) && File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(file)),
                    $"Solution/{relative} is stale: run `dotnet run --project tools/CsExtension.SolutionBuilder -- generate --assembly Plugins/CsExtension.Plugins/bin/Release/net462/CsExtension.Plugins.dll`.");
            }
        }
    }
}
