using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Schema;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Generation
{
    /// <summary>
    /// Every generated table, view, form, choice, relationship, role, profile and app file validates against the
    /// unpacked-layout schemas (shared/schemas/talxis-unpacked, loaded together). Skipped where the schemas are absent.
    /// Not validated: Other/Solution.xml (that schema declares Descriptions as plain text, while pac writes Description
    /// elements in it), Other/Relationships.xml (a names-only skeleton the schema does not describe), Customizations.xml
    /// and custom API files (no schema).
    /// </summary>
    public sealed class SchemaValidationTests
    {
        private static XmlSchemaSet LoadSchemas()
        {
            var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            foreach (var file in Directory.GetFiles(RepositoryPaths.TalxisSchemas, "*.xsd").OrderBy(f => f, StringComparer.Ordinal))
            {
                using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        }

        private static IEnumerable<string> FilesToValidate()
        {
            var root = RepositoryPaths.Solution;
            IEnumerable<string> Glob(string folder, string pattern) =>
                Directory.Exists(Path.Combine(root, folder))
                    ? Directory.GetFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
                    : Enumerable.Empty<string>();
            return Glob("Entities", "Entity.xml")
                .Concat(Glob("Entities", "*.xml").Where(f => f.Contains("/SavedQueries/", StringComparison.Ordinal) || f.Contains("/FormXml/", StringComparison.Ordinal)))
                .Concat(Glob("OptionSets", "*.xml"))
                .Concat(Glob(Path.Combine("Other", "Relationships"), "*.xml"))
                .Concat(Glob("Roles", "*.xml"))
                .Concat(Glob("AppModules", "*.xml"))
                .Concat(Glob("AppModuleSiteMaps", "*.xml"))
                .Append(Path.Combine(root, "Other", "FieldSecurityProfiles.xml"))
                .Distinct()
                .OrderBy(f => f, StringComparer.Ordinal);
        }

        [SkippableFact]
        public void GeneratedFilesValidate()
        {
            Skip.IfNot(Directory.Exists(RepositoryPaths.TalxisSchemas), $"No schemas at {RepositoryPaths.TalxisSchemas}.");
            var schemas = LoadSchemas();
            var errors = new List<string>();
            var files = FilesToValidate().ToList();
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
                settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
                settings.ValidationEventHandler += (_, e) =>
                    errors.Add($"{Path.GetRelativePath(RepositoryPaths.Solution, file)}:{e.Exception?.LineNumber}: {e.Severity}: {e.Message}");
                using var reader = XmlReader.Create(file, settings);
                while (reader.Read())
                {
                }
            }

            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(40)));
        }
    }
}
