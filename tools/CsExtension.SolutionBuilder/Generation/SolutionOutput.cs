using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>
    /// Writes the files of one generation into the solution folder and afterwards deletes the model-derived files that
    /// no longer belong. A file is rewritten only when its bytes change, so a regeneration leaves an unchanged folder
    /// untouched. Folders that other generators own (PluginAssemblies, SdkMessageProcessingSteps, WebResources) and
    /// files we do not produce (e.g. Entities/*/RibbonDiff.xml) are never deleted.
    /// </summary>
    internal sealed class SolutionOutput
    {
        public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

        private static readonly XmlWriterSettings Settings = new()
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };

        private static readonly string[] OwnedTrees = { "Entities", "OptionSets", "Other/Relationships", "Roles", "customapis", "AppModules", "AppModuleSiteMaps", "WebResources" };

        private readonly HashSet<string> _written = new(StringComparer.Ordinal);

        public SolutionOutput(string root)
        {
            Root = Path.GetFullPath(root);
        }

        public string Root { get; }

        public void Write(string relativePath, XElement root)
        {
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, Settings))
            {
                document.Save(writer);
            }

            WriteBytes(relativePath, stream.ToArray());
        }

        public void WriteBytes(string relativePath, byte[] content)
        {
            var normalized = relativePath.Replace('\\', '/');
            if (!_written.Add(normalized))
            {
                throw new InvalidOperationException($"Two components write the same file '{normalized}'.");
            }

            var path = Path.Combine(Root, normalized);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            {
                File.WriteAllBytes(path, content);
            }
        }

        /// <summary>Whether a path (relative, forward slashes) is one this generator owns.</summary>
        public static bool IsModelDerived(string relativePath)
        {
            var parts = relativePath.Replace('\\', '/').Split('/');
            switch (parts[0])
            {
                case "OptionSets":
                case "Roles":
                case "customapis":
                case "AppModules":
                case "AppModuleSiteMaps":
                    return true;
                case "Other":
                    return parts.Length == 2
                        ? parts[1] is "Solution.xml" or "Customizations.xml" or "Relationships.xml" or "FieldSecurityProfiles.xml"
                        : parts[1] == "Relationships";
                case "WebResources":
                    return relativePath.EndsWith(".data.xml", StringComparison.Ordinal);
                case "Entities":
                    return parts.Length == 3 ? parts[2] == "Entity.xml" : parts.Length > 3 && parts[2] is "FormXml" or "SavedQueries";
                default:
                    return false;
            }
        }

        public void DeleteStale()
        {
            if (!Directory.Exists(Root))
            {
                return;
            }

            foreach (var file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
                if (IsModelDerived(relative) && !_written.Contains(relative))
                {
                    File.Delete(file);
                }
            }

            foreach (var folder in Directory.GetDirectories(Root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
            {
                var relative = Path.GetRelativePath(Root, folder).Replace('\\', '/');
                // An emptied folder under a tree we own (e.g. a removed table's Entities/<name>) goes too.
                var owned = OwnedTrees.Any(t => relative == t || relative.StartsWith(t + "/", StringComparison.Ordinal));
                if (owned && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
        }
    }
}
