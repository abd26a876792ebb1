using System;
using System.Security.Cryptography;
using System.Text;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>
    /// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same id, so forms, views and roles
    /// keep their ids across generations and imports update rather than duplicate them.
    /// </summary>
    public static class StableGuid
    {
        /// <summary>The namespace of CS Extension's names (fixed once; changing it would re-key every component).</summary>
        private static readonly Guid Namespace = new("6f1d3c2a-5b7e-4c21-9a8d-2f4e6b1c0d93");

        public static Guid For(string name)
        {
            var space = Namespace.ToByteArray(bigEndian: true);
            var bytes = Encoding.UTF8.GetBytes(name);
            var input = new byte[space.Length + bytes.Length];
            space.CopyTo(input, 0);
            bytes.CopyTo(input, space.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 specifies; this is an identifier, not security.
            var hash = SHA1.HashData(input);
#pragma warning restore CA5350
            var result = new byte[16];
            Array.Copy(hash, result, 16);
            result[6] = (byte)((result[6] & 0x0F) | 0x50);
            result[8] = (byte)((result[8] & 0x3F) | 0x80);
            return new Guid(result, bigEndian: true);
        }

        /// <summary>The id in braces, lower case, as exports write component ids.</summary>
        public static string Braced(string name) => "{" + For(name).ToString("D") + "}";
    }
}
