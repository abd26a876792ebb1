using System;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Writes XML the way the unpacked solution files look (UTF-8 with BOM, two-space indent) and only when the
    /// content changed, so regenerating leaves an unchanged tree untouched.</summary>
    public static class SolutionXmlFile
    {
        public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

        public static XAttribute XsiDeclaration() => new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName);

        public static byte[] ToBytes(XDocument document, bool byteOrderMark = true, bool declaration = true)
        {
            var settings = new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(byteOrderMark),
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\n",
                NewLineHandling = NewLineHandling.Replace,
                OmitXmlDeclaration = !declaration,
            };
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, settings))
            {
                document.Save(writer);
            }

            return stream.ToArray();
        }

        /// <summary>Returns true when the file was written, false when it already had exactly these bytes.</summary>
        public static bool WriteIfChanged(string path, byte[] content)
        {
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            {
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            return true;
        }
    }
}
