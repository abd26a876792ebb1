using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Rewrites only the RootComponents block of Other/Solution.xml: another generator owns the rest of the
    /// file, so every other byte is kept as it was.</summary>
    public static class SolutionManifestRootComponents
    {
        public const int PluginAssemblyType = 91;
        public const int StepType = 92;

        private static readonly Regex Block = new(@"(?<indent>[ \t]*)<RootComponents\s*(/>|>(?<inner>.*?)</RootComponents>)", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex Before = new(@"(?<indent>[ \t]*)(<MissingDependencies\b|</SolutionManifest>)", RegexOptions.CultureInvariant);

        /// <summary>Replaces the plugin assembly (91) and step (92) root components with the given ones; a step
        /// component whose file still exists in the folder but is not ours is kept.</summary>
        public static bool Update(string solutionXmlPath, Guid assemblyId, string assemblyFullName, IEnumerable<Guid> stepIds, ISet<Guid> stepIdsWithFiles)
        {
            var bytes = File.ReadAllBytes(solutionXmlPath);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var text = new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var assemblyName = assemblyFullName.Split(',')[0].Trim();

            var match = Block.Match(text);
            var existing = new List<XElement>();
            string indent;
            int start, length;
            if (match.Success)
            {
                indent = match.Groups["indent"].Value;
                start = match.Index;
                length = match.Length;
                if (match.Groups["inner"].Success)
                {
                    existing = XElement.Parse("<RootComponents>" + match.Groups["inner"].Value + "</RootComponents>").Elements("RootComponent").ToList();
                }
            }
            else
            {
                var before = Before.Match(text);
                if (!before.Success)
                {
                    throw new InvalidOperationException($"{solutionXmlPath} has no SolutionManifest to add RootComponents to.");
                }

                // Before </SolutionManifest> the block sits one level deeper than the closing tag.
                var closing = before.Groups[1].Value.StartsWith("</", StringComparison.Ordinal);
                indent = before.Groups["indent"].Value + (closing ? "  " : string.Empty);
                start = before.Index;
                length = 0;
            }

            var kept = existing.Where(c => !IsReplaced(c, assemblyId, assemblyName, stepIdsWithFiles)).ToList();
            kept.Add(Component(PluginAssemblyType, assemblyId, assemblyFullName));
            kept.AddRange(stepIds.Select(id => Component(StepType, id, null)));
            var ordered = kept
                .GroupBy(Key, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(c => int.TryParse((string?)c.Attribute("type"), out var t) ? t : int.MaxValue)
                .ThenBy(c => (string?)c.Attribute("schemaName") ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(c => ((string?)c.Attribute("id") ?? string.Empty).ToLowerInvariant(), StringComparer.Ordinal)
                .ToList();

            var block = new StringBuilder();
            block.Append(indent).Append("<RootComponents>").Append(newline);
            foreach (var component in ordered)
            {
                block.Append(indent).Append("  <RootComponent");
                foreach (var attribute in component.Attributes())
                {
                    block.Append(' ').Append(attribute.Name.LocalName).Append("=\"").Append(SecurityElement.Escape(attribute.Value)).Append('"');
                }

                block.Append(" />").Append(newline);
            }

            block.Append(indent).Append("</RootComponents>");
            if (!match.Success)
            {
                block.Append(newline);
            }

            var updated = text.Substring(0, start) + block + text.Substring(start + length);
            var output = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(new UTF8Encoding(false).GetBytes(updated)).ToArray();
            return SolutionXmlFile.WriteIfChanged(solutionXmlPath, output);
        }

        private static string Key(XElement c) => (string?)c.Attribute("type") + "|" + (string?)c.Attribute("schemaName") + "|" + ((string?)c.Attribute("id"))?.ToLowerInvariant();

        private static bool IsReplaced(XElement component, Guid assemblyId, string assemblyName, ISet<Guid> stepIdsWithFiles)
        {
            var type = (string?)component.Attribute("type");
            Guid.TryParse((string?)component.Attribute("id"), out var id);
            if (type == "91")
            {
                var schemaName = (string?)component.Attribute("schemaName") ?? string.Empty;
                return id == assemblyId || schemaName.Split(',')[0].Trim() == assemblyName;
            }

            // A step component without its file would fail pack-time RootComponent validation; ours are re-added.
            return type == "92" && !stepIdsWithFiles.Contains(id);
        }

        private static XElement Component(int type, Guid id, string? schemaName)
        {
            var element = new XElement("RootComponent", new XAttribute("type", type), new XAttribute("id", "{" + id.ToString("D") + "}"));
            if (schemaName != null)
            {
                element.Add(new XAttribute("schemaName", schemaName));
            }

            element.Add(new XAttribute("behavior", 0));
            return element;
        }
    }
}
