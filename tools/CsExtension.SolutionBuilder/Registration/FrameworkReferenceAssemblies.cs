using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Finds the .NET Framework 4.6.2 reference assemblies in the NuGet cache, which the build restored to
    /// compile the plugins; they let the net462 assembly be read as metadata on any machine.</summary>
    public static class FrameworkReferenceAssemblies
    {
        private const string PackageId = "microsoft.netframework.referenceassemblies.net462";
        private const string PreferredVersion = "1.0.3";

        public static IReadOnlyList<string> Paths()
        {
            var folder = Folder();
            var facades = Path.Combine(folder, "Facades");
            var files = Directory.GetFiles(folder, "*.dll").AsEnumerable();
            if (Directory.Exists(facades))
            {
                files = files.Concat(Directory.GetFiles(facades, "*.dll"));
            }

            return files.OrderBy(f => f, StringComparer.Ordinal).ToList();
        }

        public static string Folder()
        {
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrWhiteSpace(cache))
            {
                cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }

            var package = Path.Combine(cache, PackageId);
            var versions = Directory.Exists(package)
                ? Directory.GetDirectories(package).Select(Path.GetFileName).OfType<string>().OrderBy(v => v == PreferredVersion ? 0 : 1).ThenByDescending(v => v, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
            foreach (var version in versions)
            {
                var folder = Path.Combine(package, version, "build", ".NETFramework", "v4.6.2");
                if (File.Exists(Path.Combine(folder, "mscorlib.dll")))
                {
                    return folder;
                }
            }

            throw new InvalidOperationException(
                $"The .NET Framework 4.6.2 reference assemblies were not found under {package} (set NUGET_PACKAGES or restore Plugins/CsExtension.Plugins first).");
        }
    }
}
