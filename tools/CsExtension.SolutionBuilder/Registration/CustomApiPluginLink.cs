using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Points customapis/&lt;name&gt;/customapi.xml at the plugin type that implements the API. The file belongs
    /// to the model generator, so only its plugintypeid element is touched and the rest keeps its bytes.</summary>
    public static class CustomApiPluginLink
    {
        public static string PathFor(string solutionFolder, string uniqueName) => Path.Combine(solutionFolder, "customapis", uniqueName, "customapi.xml");

        /// <summary>Returns true when the file was changed.</summary>
        public static bool Fill(string customApiXmlPath, Guid pluginTypeId)
        {
            var bytes = File.ReadAllBytes(customApiXmlPath);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var text = new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            var document = XDocument.Parse(text, LoadOptions.PreserveWhitespace);
            var root = document.Root ?? throw new InvalidOperationException($"{customApiXmlPath} is empty.");
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var link = root.Element("plugintypeid");
            var indent = link?.PreviousNode is XText before ? IndentOf(before.Value) : "  ";
            var wanted = new XElement(
                "plugintypeid",
                new XText(newline + indent + "  "),
                new XElement("plugintypeid", pluginTypeId.ToString("D")),
                new XText(newline + indent));

            if (link != null && link.Elements().Count() == 1 && (string?)link.Element("plugintypeid") is string current
                && Guid.TryParse(current, out var currentId) && currentId == pluginTypeId)
            {
                return false;
            }

            if (link != null)
            {
                link.ReplaceWith(wanted);
            }
            else
            {
                // Added as the last child, indented like the root's other children.
                var last = root.LastNode as XText;
                var closingIndent = last != null ? IndentOf(last.Value) : string.Empty;
                last?.Remove();
                root.Add(new XText(newline + closingIndent + "  "), wanted, new XText(newline + closingIndent));
            }

            var settings = new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(bom),
                OmitXmlDeclaration = !text.TrimStart().StartsWith("<?xml", StringComparison.Ordinal),
                NewLineHandling = NewLineHandling.None,
            };
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, settings))
            {
                document.Save(writer);
            }

            return SolutionXmlFile.WriteIfChanged(customApiXmlPath, stream.ToArray());
        }

        private static string IndentOf(string whitespace)
        {
            var lastBreak = whitespace.LastIndexOf('\n');
            return lastBreak >= 0 ? whitespace.Substring(lastBreak + 1) : whitespace;
        }
    }
}
