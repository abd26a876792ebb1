using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>The XML files of a solution, read either from the unpacked source layout or from a packed zip.</summary>
    public sealed class SolutionSource
    {
        private readonly Dictionary<XDocument, SolutionDocument> _byDocument = new Dictionary<XDocument, SolutionDocument>();

        private SolutionSource(bool isPacked, List<SolutionDocument> documents, List<Finding> unreadable)
        {
            IsPacked = isPacked;
            Documents = documents;
            Unreadable = unreadable;
            foreach (var document in documents)
            {
                _byDocument[document.Document] = document;
            }
        }

        /// <summary>True for a zip (one customizations.xml), false for the unpacked folder (one file per component).</summary>
        public bool IsPacked { get; }

        public IReadOnlyList<SolutionDocument> Documents { get; }

        /// <summary>Files that are not well-formed XML; reported once and otherwise left out.</summary>
        public IReadOnlyList<Finding> Unreadable { get; }

        public static SolutionSource Open(string solutionZipOrUnpackedFolder)
        {
            if (Directory.Exists(solutionZipOrUnpackedFolder))
            {
                return OpenFolder(solutionZipOrUnpackedFolder);
            }

            if (File.Exists(solutionZipOrUnpackedFolder))
            {
                return OpenZip(solutionZipOrUnpackedFolder);
            }

            throw new FileNotFoundException($"'{solutionZipOrUnpackedFolder}' is neither a solution zip nor an unpacked solution folder.", solutionZipOrUnpackedFolder);
        }

        /// <summary>The file a node was read from, for a finding's location.</summary>
        public string PathOf(XObject node) => _byDocument.TryGetValue(node.Document!, out var document) ? document.Path : "";

        public SolutionDocument? Find(string path) =>
            Documents.FirstOrDefault(document => string.Equals(document.Path, path, StringComparison.OrdinalIgnoreCase));

        private static SolutionSource OpenFolder(string folder)
        {
            var documents = new List<SolutionDocument>();
            var unreadable = new List<Finding>();
            var files = Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories)
                .Select(file => (File: file, Relative: Path.GetRelativePath(folder, file).Replace('\\', '/')))
                .Where(file => !file.Relative.StartsWith("bin/", StringComparison.Ordinal) && !file.Relative.StartsWith("obj/", StringComparison.Ordinal))
                .OrderBy(file => file.Relative, StringComparer.Ordinal);
            foreach (var (file, relative) in files)
            {
                using var stream = File.OpenRead(file);
                Read(relative, stream, documents, unreadable);
            }

            return new SolutionSource(false, documents, unreadable);
        }

        private static SolutionSource OpenZip(string zip)
        {
            var documents = new List<SolutionDocument>();
            var unreadable = new List<Finding>();
            using var archive = ZipFile.OpenRead(zip);
            // Only the two manifests are XML to check; web resources and dlls are content, whatever their extension.
            foreach (var entry in archive.Entries.Where(entry => entry.FullName is "solution.xml" or "customizations.xml"))
            {
                using var stream = entry.Open();
                Read(entry.FullName, stream, documents, unreadable);
            }

            return new SolutionSource(true, documents, unreadable);
        }

        private static void Read(string path, Stream stream, List<SolutionDocument> documents, List<Finding> unreadable)
        {
            try
            {
                documents.Add(new SolutionDocument(path, XDocument.Load(stream, LoadOptions.SetLineInfo)));
            }
            catch (XmlException exception)
            {
                unreadable.Add(new Finding(path, exception.LineNumber, Rules.MalformedXml, exception.Message));
            }
        }
    }
}
