using System;
using System.Xml;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>Small helpers for reading solution XML, whose element names vary in case between exports.</summary>
    internal static class XmlText
    {
        public static int LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

        /// <summary>The trimmed text of the first child with this name (case-insensitive), or null.</summary>
        public static string? Child(XElement element, string name)
        {
            foreach (var child in element.Elements())
            {
                if (string.Equals(child.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return child.Value.Trim();
                }
            }

            return null;
        }

        public static XElement? ChildElement(XElement element, string name)
        {
            foreach (var child in element.Elements())
            {
                if (string.Equals(child.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return child;
                }
            }

            return null;
        }

        public static XAttribute? Attribute(XElement element, string name)
        {
            foreach (var attribute in element.Attributes())
            {
                if (string.Equals(attribute.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return attribute;
                }
            }

            return null;
        }

        public static bool Is(XElement element, string name) => string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

        /// <summary>Ids are written with and without braces and in either case; compare them in one form.</summary>
        public static string NormalizeId(string id) => id.Trim().Trim('{', '}').ToLowerInvariant();

        public static bool IsGuid(string text) => Guid.TryParse(text.Trim().Trim('{', '}'), out _);
    }
}
