using System;
using System.IO;

namespace CsExtension.SolutionBuilder.Tests.Generation
{
    /// <summary>Where the repository, its committed Solution folder and the shared schemas are.</summary>
    internal static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Solution => Path.Combine(Root, "Solution");

        /// <summary>The shared schemas live next to the repository (../shared/schemas), never inside it.</summary>
        public static string TalxisSchemas => Path.Combine(Root, "..", "shared", "schemas", "talxis-unpacked");

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CsExtension.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("CsExtension.sln not found above " + AppContext.BaseDirectory);
        }

        public static string NewTempFolder()
        {
            var path = Path.Combine(Path.GetTempPath(), "csx-generation-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        public static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
