using System;
using System.IO;
using CsExtension.SolutionBuilder.Packing;
using CsExtension.SolutionBuilder.Registration;

namespace CsExtension.SolutionBuilder
{
    /// <summary>What the build ships: the committed solution folder with the registration of the assembly being shipped,
    /// generated from that assembly's declarations at pack time, packed into managed and unmanaged zips.</summary>
    public static class SolutionRelease
    {
        /// <summary>Packs into <paramref name="outputFolder"/>; the folder that was packed stays in its "unpacked" subfolder for the check.</summary>
        public static (string Unmanaged, string Managed, string Unpacked) Pack(string solutionFolder, string pluginAssemblyPath, string? webResourcesFolder, string outputFolder)
        {
            if (!Directory.Exists(solutionFolder))
            {
                throw new ArgumentException($"The solution folder {solutionFolder} does not exist.");
            }

            var staging = Path.Combine(outputFolder, "unpacked");
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            foreach (var file in Directory.EnumerateFiles(solutionFolder, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(staging, Path.GetRelativePath(solutionFolder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }

            RegistrationGenerator.Generate(pluginAssemblyPath, staging, TextWriter.Null);
            var (unmanaged, managed) = SolutionPacker.Pack(staging, pluginAssemblyPath, webResourcesFolder, outputFolder);
            return (unmanaged, managed, staging);
        }
    }
}
