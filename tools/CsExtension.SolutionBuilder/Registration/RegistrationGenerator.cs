using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Generates the plugin assembly and step registrations of the unpacked solution from the declarations
    /// compiled into the plugin assembly, so code and registration cannot drift (DESIGN.md §7).</summary>
    public static class RegistrationGenerator
    {
        public static void Generate(string pluginAssemblyPath, string solutionFolder)
        {
            // Notes (e.g. a custom API not yet linked) go to the build log; the report itself is for callers that want it.
            Generate(pluginAssemblyPath, solutionFolder, Console.Error);
        }

        public static RegistrationReport Generate(string pluginAssemblyPath, string solutionFolder, TextWriter log)
        {
            var report = new RegistrationReport();
            var assembly = PluginDeclarationReader.Read(pluginAssemblyPath);
            var assemblyId = PluginAssemblyXml.AssemblyId(assembly);
            RefuseDuplicateSteps(assembly);

            WriteAssembly(solutionFolder, assembly, report);
            var stepIds = WriteSteps(solutionFolder, assembly, report);
            LinkCustomApis(solutionFolder, assembly, report);

            var manifest = Path.Combine(solutionFolder, "Other", "Solution.xml");
            if (File.Exists(manifest))
            {
                var stepsWithFiles = StepFiles(solutionFolder).Select(f => f.Id).ToHashSet();
                if (SolutionManifestRootComponents.Update(manifest, assemblyId, assembly.FullName, stepIds, stepsWithFiles))
                {
                    report.WrittenFiles.Add(manifest);
                }
            }
            else
            {
                report.Notes.Add($"{manifest} does not exist yet; the plugin assembly and step root components were not added to it.");
            }

            foreach (var note in report.Notes)
            {
                log.WriteLine("registration: " + note);
            }

            return report;
        }

        private static void RefuseDuplicateSteps(DeclaredPluginAssembly assembly)
        {
            var duplicate = assembly.PluginTypes
                .SelectMany(type => type.Steps.Select(step => (type, step, id: StepXml.StepId(type, step))))
                .GroupBy(s => s.id)
                .FirstOrDefault(g => g.Count() > 1);
            if (duplicate != null)
            {
                var (type, step, _) = duplicate.First();
                throw new InvalidOperationException(
                    $"{type.FullName} declares two steps on {step.Message} of {step.PrimaryEntity} at stage {step.Stage}, mode {step.Mode}, rank {step.Rank}; give them different ranks.");
            }
        }

        private static void WriteAssembly(string solutionFolder, DeclaredPluginAssembly assembly, RegistrationReport report)
        {
            var root = Path.Combine(solutionFolder, "PluginAssemblies");
            var folder = Path.Combine(root, PluginAssemblyXml.FolderName(assembly));
            var path = Path.Combine(folder, assembly.FileStem + ".dll.data.xml");
            if (SolutionXmlFile.WriteIfChanged(path, SolutionXmlFile.ToBytes(PluginAssemblyXml.Build(assembly))))
            {
                report.WrittenFiles.Add(path);
            }

            // A folder for the same assembly under another id is a leftover that would register the assembly twice.
            foreach (var stale in Directory.GetDirectories(root, assembly.FileStem + "-*"))
            {
                var suffix = Path.GetFileName(stale).Substring(assembly.FileStem.Length + 1);
                if (Guid.TryParse(suffix, out _) && !string.Equals(stale, folder, StringComparison.Ordinal))
                {
                    Directory.Delete(stale, recursive: true);
                    report.RemovedFiles.Add(stale);
                }
            }
        }

        private static List<Guid> WriteSteps(string solutionFolder, DeclaredPluginAssembly assembly, RegistrationReport report)
        {
            var folder = Path.Combine(solutionFolder, "SdkMessageProcessingSteps");
            var ids = new List<Guid>();
            foreach (var type in assembly.PluginTypes)
            {
                foreach (var step in type.Steps)
                {
                    var id = StepXml.StepId(type, step);
                    ids.Add(id);
                    var path = Path.Combine(folder, "{" + id.ToString("D") + "}.xml");
                    if (SolutionXmlFile.WriteIfChanged(path, SolutionXmlFile.ToBytes(StepXml.Build(assembly, type, step))))
                    {
                        report.WrittenFiles.Add(path);
                    }

                    if (SdkMessages.WellKnownId(step.Message) == null)
                    {
                        report.Notes.Add(
                            $"the step of {type.FullName} on {step.Message} has no SdkMessageId: {step.Message} is not a message with an id shared by every org (a custom API's message is created on import), so the step names it only by its step name; check it imports.");
                    }
                }
            }

            // Steps of this assembly whose declaration is gone; steps of other assemblies are not ours to remove.
            var current = ids.ToHashSet();
            foreach (var (path, id, typeName) in StepFiles(solutionFolder))
            {
                if (!current.Contains(id) && BelongsTo(typeName, assembly.Name))
                {
                    File.Delete(path);
                    report.RemovedFiles.Add(path);
                }
            }

            return ids;
        }

        private static void LinkCustomApis(string solutionFolder, DeclaredPluginAssembly assembly, RegistrationReport report)
        {
            foreach (var type in assembly.PluginTypes.Where(t => t.CustomApiName != null))
            {
                var path = CustomApiPluginLink.PathFor(solutionFolder, type.CustomApiName!);
                if (!File.Exists(path))
                {
                    report.Notes.Add($"{path} does not exist yet, so the custom API {type.CustomApiName} is not linked to {type.FullName}; run registration again after the model generator wrote it.");
                    continue;
                }

                if (CustomApiPluginLink.Fill(path, StableId.ForPluginType(type.FullName)))
                {
                    report.WrittenFiles.Add(path);
                }
            }
        }

        private static IEnumerable<(string Path, Guid Id, string TypeName)> StepFiles(string solutionFolder)
        {
            var folder = Path.Combine(solutionFolder, "SdkMessageProcessingSteps");
            if (!Directory.Exists(folder))
            {
                yield break;
            }

            foreach (var path in Directory.GetFiles(folder, "*.xml").OrderBy(p => p, StringComparer.Ordinal))
            {
                var root = XDocument.Load(path).Root;
                if (root != null && Guid.TryParse((string?)root.Attribute("SdkMessageProcessingStepId"), out var id))
                {
                    yield return (path, id, (string?)root.Element("PluginTypeName") ?? string.Empty);
                }
            }
        }

        private static bool BelongsTo(string assemblyQualifiedTypeName, string assemblyName)
        {
            var parts = assemblyQualifiedTypeName.Split(',');
            return parts.Length > 1 && parts[1].Trim() == assemblyName;
        }
    }
}
