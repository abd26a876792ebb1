using System;
using System.Security.Cryptography;
using System.Text;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Name-based ids (RFC 4122 version 5), so the same declaration gets the same id in every build and an
    /// import updates the registered component instead of adding a second one.</summary>
    public static class StableId
    {
        // Fixed once for this solution; changing it would re-create every plugin component on the next import.
        private static readonly Guid Namespace = new Guid("6f1c7a52-3e0b-4d8e-9a57-2b1f0c9e4d31");

        public static Guid For(string name)
        {
            var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var input = new byte[namespaceBytes.Length + nameBytes.Length];
            namespaceBytes.CopyTo(input, 0);
            nameBytes.CopyTo(input, namespaceBytes.Length);

            // SHA-1 is what version 5 is defined with; it names, it does not protect anything.
            var hash = SHA1.HashData(input);
            var bytes = new byte[16];
            Array.Copy(hash, bytes, 16);
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes, bigEndian: true);
        }

        public static Guid ForAssembly(string assemblyName) => For("pluginassembly/" + assemblyName);

        public static Guid ForPluginType(string typeFullName) => For("plugintype/" + typeFullName);

        public static Guid ForStep(string typeFullName, string message, string primaryEntity, int stage, int mode, int rank) =>
            For(FormattableString.Invariant($"step/{typeFullName}/{message}/{primaryEntity}/{stage}/{mode}/{rank}"));

        public static Guid ForImage(Guid stepId, int imageType, string alias) =>
            For(FormattableString.Invariant($"stepimage/{stepId:D}/{imageType}/{alias}"));
    }
}
