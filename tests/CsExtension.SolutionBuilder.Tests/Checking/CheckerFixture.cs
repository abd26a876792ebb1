using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CsExtension.SolutionBuilder.Checking;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Checking
{
    /// <summary>Where the check's inputs live, and a throw-away copy of the valid fixture to break one thing in.</summary>
    internal sealed class CheckerFixture : IDisposable
    {
        private CheckerFixture(string folder) => Folder = folder;

        public static string TestProjectDirectory => Metadata("CsExtension.TestProjectDirectory");

        public static string RepositoryRoot => Path.GetFullPath(Path.Combine(TestProjectDirectory, "..", ".."));

        /// <summary>The shared schemas CI passes as ../shared/schemas (relative to the repository root).</summary>
        public static string SchemasFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "schemas"));

        public static string ValidSolution => Path.Combine(TestProjectDirectory, "Checking", "Fixtures", "ValidSolution");

        public static string CheckerPlugins => Metadata("CsExtension.CheckerPluginsAssemblyPath");

        public string Folder { get; }

        public static void SkipUnlessSchemasExist() =>
            Skip.IfNot(Directory.Exists(SchemasFolder), $"The shared schemas are not at {SchemasFolder}; schema rules need them (CI passes ../shared/schemas).");

        /// <summary>A fresh copy of the valid fixture in a temporary folder.</summary>
        public static CheckerFixture CopyOfValidSolution()
        {
            var folder = Path.Combine(Path.GetTempPath(), "csx-check-" + Guid.NewGuid().ToString("N"));
            foreach (var file in Directory.GetFiles(ValidSolution, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(ValidSolution, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return new CheckerFixture(folder);
        }

        /// <summary>Replaces one exact piece of a file (which must occur once) and returns the 1-based line where the replacement starts.</summary>
        public int Replace(string relativePath, string oldText, string newText)
        {
            var path = Path.Combine(Folder, relativePath);
            var text = File.ReadAllText(path);
            var index = text.IndexOf(oldText, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{oldText}' is not in {relativePath}");
            Assert.Equal(index, text.LastIndexOf(oldText, StringComparison.Ordinal));
            File.WriteAllText(path, text.Substring(0, index) + newText + text.Substring(index + oldText.Length));
            return LineAt(text, index);
        }

        /// <summary>The 1-based line of the first occurrence of a piece of text in a file of the copy.</summary>
        public int LineOf(string relativePath, string text)
        {
            var content = File.ReadAllText(Path.Combine(Folder, relativePath));
            var index = content.IndexOf(text, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{text}' is not in {relativePath}");
            return LineAt(content, index);
        }

        public void Write(string relativePath, string content)
        {
            var path = Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        public IReadOnlyList<Finding> Check(bool withSchemas = false, string? pluginAssembly = null) =>
            SolutionChecker.Check(Folder, withSchemas ? SchemasFolder : null, pluginAssembly);

        public void Dispose()
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }

        /// <summary>Asserts the check found exactly one problem, with this rule, file and line.</summary>
        public static Finding AssertSingle(IReadOnlyList<Finding> findings, string rule, string file, int line)
        {
            var all = string.Join(Environment.NewLine, findings);
            Assert.True(findings.Count == 1, $"expected only {file}({line}): {rule}, got:{Environment.NewLine}{all}");
            var finding = findings[0];
            Assert.True(finding.Rule == rule && finding.File == file && finding.Line == line, $"expected {file}({line}): {rule}, got {finding}");
            return finding;
        }

        private static int LineAt(string text, int index) => text.Take(index).Count(character => character == '\n') + 1;

        private static string Metadata(string key) =>
            typeof(CheckerFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
    }
}
