using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Tests.Packing
{
    /// <summary>The entries of a packed zip, read with the BCL's own zip reader so the hand-written zip is checked by another implementation.</summary>
    public sealed class ZipContent
    {
        private ZipContent(IReadOnlyList<string> names, IReadOnlyDictionary<string, byte[]> entries)
        {
            Names = names;
            Entries = entries;
        }

        public IReadOnlyList<string> Names { get; }

        public IReadOnlyDictionary<string, byte[]> Entries { get; }

        public static ZipContent Open(string path)
        {
            using var archive = ZipFile.OpenRead(path);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add(entry.FullName, copy.ToArray());
            }

            return new ZipContent(names, entries);
        }

        public XElement Xml(string name)
        {
            using var stream = new MemoryStream(Entries[name]);
            return XDocument.Load(stream).Root!;
        }
    }
}
