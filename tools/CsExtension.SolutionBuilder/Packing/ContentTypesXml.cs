using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Text;

namespace CsExtension.SolutionBuilder.Packing
{
    /// <summary>[Content_Types].xml: one Default per extension in the zip and one Override per extension-less part,
    /// all application/octet-stream like exports (solution-format.md §1.2).</summary>
    public static class ContentTypesXml
    {
        public const string EntryName = "[Content_Types].xml";

        public static byte[] Build(IEnumerable<string> entryPaths)
        {
            var paths = entryPaths.Append(EntryName).ToList();
            var extensions = paths.Select(Extension).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(e => e, StringComparer.Ordinal);
            var overrides = paths.Where(p => Extension(p).Length == 0).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal);

            var text = new StringBuilder();
            text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            text.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            foreach (var extension in extensions)
            {
                text.Append("<Default Extension=\"").Append(SecurityElement.Escape(extension)).Append("\" ContentType=\"application/octet-stream\" />");
            }

            foreach (var path in overrides)
            {
                text.Append("<Override PartName=\"/").Append(SecurityElement.Escape(path)).Append("\" ContentType=\"application/octet-stream\" />");
            }

            text.Append("</Types>");
            return new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(text.ToString())).ToArray();
        }

        private static string Extension(string path)
        {
            var name = path.Substring(path.LastIndexOf('/') + 1);
            var dot = name.LastIndexOf('.');
            return dot > 0 && dot < name.Length - 1 ? name.Substring(dot + 1).ToLowerInvariant() : string.Empty;
        }
    }
}
