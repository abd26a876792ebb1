using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// The check that refuses a broken solution before anyone imports it (DESIGN.md §7): schema validity, root
    /// components, duplicate ids, publisher naming and option values, dangling references (columns, tables, web
    /// resources, plugin types, messages) and the platform solution checker's step and plugin-code rules.
    /// </summary>
    public static class SolutionChecker
    {
        /// <param name="solutionZipOrUnpackedFolder">A packed solution zip or the unpacked (SolutionPackager) folder.</param>
        /// <param name="schemasFolder">The shared schema folder (Microsoft's set, with talxis-unpacked/ inside); null skips the schema rules.</param>
        /// <param name="pluginAssemblyPath">The compiled plugin assembly; null skips the IL rules and the assembly's type list.</param>
        /// <returns>Every finding, ordered by file, line and rule; empty when the solution passes.</returns>
        public static IReadOnlyList<Finding> Check(string solutionZipOrUnpackedFolder, string? schemasFolder, string? pluginAssemblyPath)
        {
            var source = SolutionSource.Open(solutionZipOrUnpackedFolder);
            var findings = new List<Finding>(source.Unreadable);

            if (schemasFolder is not null)
            {
                SchemaCheck.Run(source, schemasFolder, findings);
            }

            var content = new SolutionContent(source);
            RootComponentCheck.Run(content, findings);
            DuplicateIdCheck.Run(content, findings);
            PublisherPrefixCheck.Run(content, findings);
            OptionValueCheck.Run(content, findings);
            ColumnReferenceCheck.Run(content, findings);
            WebResourceReferenceCheck.Run(content, findings);

            ISet<string>? assemblyTypes = null;
            if (pluginAssemblyPath is not null)
            {
                if (!File.Exists(pluginAssemblyPath))
                {
                    throw new FileNotFoundException($"Plugin assembly '{pluginAssemblyPath}' does not exist.", pluginAssemblyPath);
                }

                assemblyTypes = PluginCodeCheck.TypeNames(pluginAssemblyPath);
                PluginCodeCheck.Run(pluginAssemblyPath, findings);
            }

            StepCheck.Run(content, assemblyTypes, findings);

            return findings
                .Distinct()
                .OrderBy(finding => finding.File, StringComparer.Ordinal)
                .ThenBy(finding => finding.Line)
                .ThenBy(finding => finding.Rule, StringComparer.Ordinal)
                .ThenBy(finding => finding.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
