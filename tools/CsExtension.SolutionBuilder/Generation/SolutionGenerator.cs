using CsExtension.SolutionBuilder.Model;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>
    /// Writes the unpacked solution (SolutionPackager / pac layout) from <see cref="CsExtensionModel"/>. Deterministic:
    /// ids are name-based, order is fixed, and a second run leaves every byte as it was. Never touches PluginAssemblies/ or
    /// SdkMessageProcessingSteps/ (the registration generator owns them), but lists their root components.
    /// </summary>
    public static class SolutionGenerator
    {
        public static void Generate(string solutionFolder)
        {
            var model = CsExtensionModel.Build();
            var output = new SolutionOutput(solutionFolder);
            OptionSetWriter.Write(model, output);
            EntityWriter.Write(model, output);
            FormWriter.Write(model, output);
            ViewWriter.Write(model, output);
            RelationshipWriter.Write(model, output);
            SecurityWriter.Write(model, output);
            CustomApiWriter.Write(model, output);
            WebResourceWriter.Write(output);
            AppWriter.Write(model, output);
            SolutionManifestWriter.Write(model, output);
            output.DeleteStale();
        }

        /// <summary>Whether a file of the solution folder (relative path) is one <see cref="Generate"/> writes or deletes.</summary>
        public static bool IsModelDerived(string relativePath) => SolutionOutput.IsModelDerived(relativePath);
    }
}
