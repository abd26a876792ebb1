using System;
using System.IO;
using System.Linq;
using CsExtension.SolutionBuilder.Generation;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Generation
{
    public sealed class SolutionGenerationTests
    {
        private const string Regenerate = "run `dotnet run --project tools/CsExtension.SolutionBuilder -- generate`";

        private static string[] ModelFiles(string folder) =>
            Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                    .Where(SolutionGenerator.IsModelDerived)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToArray()
                : Array.Empty<string>();

        /// <summary>The committed folder is what the model generates (with the other generators' files as they are).</summary>
        [Fact]
        public void CommittedSolutionIsNotStale()
        {
            var temp = RepositoryPaths.NewTempFolder();
            try
            {
                RepositoryPaths.CopyFolder(RepositoryPaths.Solution, temp);
                SolutionGenerator.Generate(temp);

                var committed = ModelFiles(RepositoryPaths.Solution);
                var fresh = ModelFiles(temp);
                var missing = fresh.Except(committed, StringComparer.Ordinal).FirstOrDefault();
                Assert.True(missing is null, $"Solution/{missing} is missing: {Regenerate}.");
                var extra = committed.Except(fresh, StringComparer.Ordinal).FirstOrDefault();
                Assert.True(extra is null, $"Solution/{extra} no longer belongs to the model: {Regenerate}.");
                foreach (var file in fresh)
                {
                    var same = File.ReadAllBytes(Path.Combine(RepositoryPaths.Solution, file)).AsSpan()
                        .SequenceEqual(File.ReadAllBytes(Path.Combine(temp, file)));
                    Assert.True(same, $"Solution/{file} differs from a fresh generation: {Regenerate}.");
                }
            }
            finally
            {
                Directory.Delete(temp, true);
            }
        }

        [Fact]
        public void GenerationIsDeterministic()
        {
            var first = RepositoryPaths.NewTempFolder();
            var second = RepositoryPaths.NewTempFolder();
            try
            {
                SolutionGenerator.Generate(first);
                SolutionGenerator.Generate(second);
                var before = ModelFiles(first).Select(f => (f, File.ReadAllBytes(Path.Combine(first, f)))).ToList();
                SolutionGenerator.Generate(first); // a second run over its own output

                Assert.NotEmpty(before);
                Assert.Equal(before.Select(b => b.f), ModelFiles(second));
                Assert.Equal(before.Select(b => b.f), ModelFiles(first));
                foreach (var (file, bytes) in before)
                {
                    Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between two generations.");
                    Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(first, file))), $"{file} changed when generated again.");
                }
            }
            finally
            {
                Directory.Delete(first, true);
                Directory.Delete(second, true);
            }
        }

        [Fact]
        public void StaleModelFilesAreDeletedAndOtherGeneratorsFilesKept()
        {
            var folder = RepositoryPaths.NewTempFolder();
            try
            {
                var stale = Path.Combine(folder, "Entities", "csx_gone", "Entity.xml");
                var staleView = Path.Combine(folder, "Entities", "Account", "SavedQueries", "{00000000-0000-0000-0000-000000000001}.xml");
                var step = Path.Combine(folder, "SdkMessageProcessingSteps", "{00000000-0000-0000-0000-000000000002}.xml");
                var ribbon = Path.Combine(folder, "Entities", "Account", "RibbonDiff.xml");
                foreach (var path in new[] { stale, staleView, step, ribbon })
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, "<x />");
                }

                SolutionGenerator.Generate(folder);

                Assert.False(File.Exists(stale));
                Assert.False(Directory.Exists(Path.GetDirectoryName(stale)));
                Assert.False(File.Exists(staleView));
                Assert.True(File.Exists(step));
                Assert.True(File.Exists(ribbon));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void CustomApiPluginTypeLinkFilledByRegistrationIsKept()
        {
            var folder = RepositoryPaths.NewTempFolder();
            try
            {
                SolutionGenerator.Generate(folder);
                var path = Path.Combine(folder, "customapis", "csx_Sweep", "customapi.xml");
                var document = System.Xml.Linq.XDocument.Load(path);
                document.Root!.Element("plugintypeid")!.Add(new System.Xml.Linq.XElement("plugintypeid", "0b5e8f1a-0000-0000-0000-000000000001"));
                document.Save(path);

                SolutionGenerator.Generate(folder);

                Assert.Equal("0b5e8f1a-0000-0000-0000-000000000001",
                    System.Xml.Linq.XDocument.Load(path).Root!.Element("plugintypeid")!.Element("plugintypeid")!.Value);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
