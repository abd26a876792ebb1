using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CsExtension.SolutionBuilder.Packing
{
    /// <summary>Checks that a built plugin dll is the one a PluginAssembly registration describes, so the zip never
    /// ships a registration for one build and the bytes of another.</summary>
    public static class PluginAssemblyFile
    {
        public static void Verify(string dllPath, string registeredFullName, IEnumerable<string> registeredTypeNames, string dataXmlPath)
        {
            if (!File.Exists(dllPath))
            {
                throw new SolutionPackingException($"The plugin assembly {dllPath} registered by {dataXmlPath} does not exist.");
            }

            var registered = new AssemblyName(registeredFullName);
            AssemblyName actual;
            HashSet<string> typeNames;
            bool signed;
            try
            {
                actual = AssemblyName.GetAssemblyName(dllPath);
                using var stream = File.OpenRead(dllPath);
                using var pe = new PEReader(stream);
                signed = pe.PEHeaders.CorHeader is { } header && header.Flags.HasFlag(CorFlags.StrongNameSigned);
                var reader = pe.GetMetadataReader();
                typeNames = reader.TypeDefinitions
                    .Select(reader.GetTypeDefinition)
                    .Select(t => Qualified(reader.GetString(t.Namespace), reader.GetString(t.Name)))
                    .ToHashSet(StringComparer.Ordinal);
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
            {
                throw new SolutionPackingException($"{dllPath} is not a .NET assembly ({e.Message}).");
            }

            var mismatches = new List<string>();
            Compare("name", registered.Name, actual.Name);
            Compare("version", registered.Version?.ToString(), actual.Version?.ToString());
            Compare("culture", Culture(registered), Culture(actual));
            Compare("public key token", Token(registered), Token(actual));
            if (mismatches.Count > 0)
            {
                throw new SolutionPackingException(
                    $"{dllPath} is {actual.FullName}, but {dataXmlPath} registers {registeredFullName} ({string.Join("; ", mismatches)}).");
            }

            if (!signed || Token(actual).Length == 0)
            {
                throw new SolutionPackingException($"{dllPath} is not strong-name signed; Dataverse refuses unsigned plugin assemblies.");
            }

            var missing = registeredTypeNames.Where(t => !typeNames.Contains(t)).ToList();
            if (missing.Count > 0)
            {
                throw new SolutionPackingException($"{dataXmlPath} registers plugin types that {dllPath} does not contain: {string.Join(", ", missing)}.");
            }

            void Compare(string what, string? expected, string? found)
            {
                if (!string.Equals(expected ?? string.Empty, found ?? string.Empty, StringComparison.OrdinalIgnoreCase))
                {
                    mismatches.Add($"{what} {found} instead of {expected}");
                }
            }
        }

        private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

        private static string Culture(AssemblyName name) => string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName;

        private static string Token(AssemblyName name) => Convert.ToHexString(name.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant();
    }
}
