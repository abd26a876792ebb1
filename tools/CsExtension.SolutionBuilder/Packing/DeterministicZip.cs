using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace CsExtension.SolutionBuilder.Packing
{
    /// <summary>Writes a plain zip whose bytes depend only on the entries: given order, 1980-01-01 timestamps, no extra
    /// fields, no file attributes, "made by" MS-DOS on every OS and one fixed compression level. ZipArchive stamps the
    /// host OS and permissions, which would make a Linux and a Windows build differ.</summary>
    public static class DeterministicZip
    {
        private const ushort Version20 = 20;
        private const ushort Deflated = 8;
        private const ushort Stored = 0;
        private const ushort Utf8NameFlag = 0x0800;

        // DOS date of 1980-01-01 (the zip epoch) at 00:00:00.
        private const ushort DosDate = (0 << 9) | (1 << 5) | 1;
        private const ushort DosTime = 0;

        public static byte[] Write(IReadOnlyList<KeyValuePair<string, byte[]>> entries)
        {
            using var output = new MemoryStream();
            using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
            var central = new List<(byte[] Name, ushort Flags, ushort Method, uint Crc, int Compressed, int Size, long Offset)>();
            foreach (var (path, content) in entries)
            {
                var name = Encoding.UTF8.GetBytes(path);
                var flags = path.All(c => c < 0x80) ? (ushort)0 : Utf8NameFlag;
                var method = content.Length == 0 ? Stored : Deflated;
                var data = method == Deflated ? Deflate(content) : content;
                var crc = Crc32.Compute(content);
                var offset = output.Position;

                writer.Write(0x04034b50u);
                writer.Write(Version20);
                writer.Write(flags);
                writer.Write(method);
                writer.Write(DosTime);
                writer.Write(DosDate);
                writer.Write(crc);
                writer.Write((uint)data.Length);
                writer.Write((uint)content.Length);
                writer.Write((ushort)name.Length);
                writer.Write((ushort)0);
                writer.Write(name);
                writer.Write(data);
                central.Add((name, flags, method, crc, data.Length, content.Length, offset));
            }

            var centralStart = output.Position;
            foreach (var entry in central)
            {
                writer.Write(0x02014b50u);
                writer.Write(Version20);
                writer.Write(Version20);
                writer.Write(entry.Flags);
                writer.Write(entry.Method);
                writer.Write(DosTime);
                writer.Write(DosDate);
                writer.Write(entry.Crc);
                writer.Write((uint)entry.Compressed);
                writer.Write((uint)entry.Size);
                writer.Write((ushort)entry.Name.Length);
                writer.Write((ushort)0);
                writer.Write((ushort)0);
                writer.Write((ushort)0);
                writer.Write((ushort)0);
                writer.Write(0u);
                writer.Write((uint)entry.Offset);
                writer.Write(entry.Name);
            }

            var centralSize = output.Position - centralStart;
            if (central.Count > ushort.MaxValue || output.Position > uint.MaxValue)
            {
                throw new InvalidOperationException("The solution is too large for a zip without Zip64 extensions.");
            }

            writer.Write(0x06054b50u);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)central.Count);
            writer.Write((ushort)central.Count);
            writer.Write((uint)centralSize);
            writer.Write((uint)centralStart);
            writer.Write((ushort)0);
            writer.Flush();
            return output.ToArray();
        }

        private static byte[] Deflate(byte[] content)
        {
            using var compressed = new MemoryStream();
            using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(content, 0, content.Length);
            }

            return compressed.ToArray();
        }
    }
}
