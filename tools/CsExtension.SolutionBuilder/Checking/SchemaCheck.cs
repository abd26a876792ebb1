using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// Validates the solution's XML against the shared schemas, read from the folder given (never copied into the
    /// project): in the unpacked layout each file against its talxis-unpacked schema (all loaded in one set, they
    /// share types without includes), plus every view's FetchXML against Microsoft's Fetch.xsd and every form against
    /// Microsoft's FormXml.xsd; in a zip, customizations.xml against Microsoft's CustomizationsSolution.xsd and
    /// solution.xml against talxis' Solution.xsd (Microsoft's set has none). Both sets carry the in-memory
    /// <see cref="SchemaOverrides"/> for elements newer than the schemas.
    /// </summary>
    public static class SchemaCheck
    {
        /// <summary>Unpacked path (lower case) → the root element its schema declares.</summary>
        private static readonly (Regex Path, string Root)[] UnpackedFiles =
        {
            (new Regex(@"^other/solution\.xml$"), "ImportExportXml"),
            (new Regex(@"^entities/[^/]+/entity\.xml$"), "Entity"),
            (new Regex(@"^entities/[^/]+/formxml/.+\.xml$"), "forms"),
            (new Regex(@"^entities/[^/]+/savedqueries/[^/]+\.xml$"), "savedqueries"),
            (new Regex(@"^entities/[^/]+/ribbondiff\.xml$"), "RibbonDiffXml"),
            (new Regex(@"^optionsets/[^/]+\.xml$"), "optionset"),
            (new Regex(@"^other/relationships/[^/]+\.xml$"), "EntityRelationships"),
            (new Regex(@"^roles/[^/]+\.xml$"), "Role"),
            (new Regex(@"^sdkmessageprocessingsteps/[^/]+\.xml$"), "SdkMessageProcessingStep"),
            (new Regex(@"^pluginassemblies/.+\.dll\.data\.xml$"), "PluginAssembly"),
            (new Regex(@"^webresources/.+\.data\.xml$"), "WebResource"),
            (new Regex(@"^appmodules/[^/]+/appmodule(_managed)?\.xml$"), "AppModule"),
            (new Regex(@"^appmodulesitemaps/[^/]+/appmodulesitemap(_managed)?\.xml$"), "AppModuleSiteMap"),
            (new Regex(@"^environmentvariabledefinitions/[^/]+/environmentvariabledefinition\.xml$"), "environmentvariabledefinition"),
            (new Regex(@"^workflows/.+\.data\.xml$"), "Workflow"),
        };

        public static void Run(SolutionSource source, string schemasFolder, List<Finding> findings)
        {
            var microsoft = LoadMicrosoft(schemasFolder);
            var unpacked = LoadUnpacked(Path.Combine(schemasFolder, "talxis-unpacked"));
            if (source.IsPacked)
            {
                foreach (var document in source.Documents)
                {
                    var set = document.Path == "customizations.xml" ? microsoft : unpacked;
                    Validate(document, set, Rules.Schema, findings);
                }

                return;
            }

            var fetch = (XmlSchemaElement)microsoft.GlobalElements[new XmlQualifiedName("fetch")]!;
            var form = (XmlSchemaElement)microsoft.GlobalElements[new XmlQualifiedName("form")]!;
            foreach (var document in source.Documents)
            {
                var path = document.Path.ToLowerInvariant();
                var match = UnpackedFiles.FirstOrDefault(file => file.Path.IsMatch(path));
                if (match.Root is null)
                {
                    continue;
                }

                var root = document.Document.Root!;
                if (root.Name.LocalName != match.Root)
                {
                    findings.Add(new Finding(document.Path, XmlText.LineOf(root), Rules.Schema, $"root element is <{root.Name.LocalName}>, the file's schema expects <{match.Root}>"));
                    continue;
                }

                Validate(document, unpacked, Rules.Schema, findings);
                foreach (var element in root.DescendantsAndSelf().Where(element => element.Name.LocalName == "fetch").ToList())
                {
                    ValidatePart(document, element, fetch, microsoft, Rules.FetchXmlSchema, findings);
                }

                foreach (var element in root.Descendants().Where(element => element.Name.LocalName == "form" && element.Parent?.Name.LocalName == "systemform").ToList())
                {
                    ValidatePart(document, element, form, microsoft, Rules.FormXmlSchema, findings);
                }
            }
        }

        public static XmlSchemaSet LoadMicrosoft(string folder)
        {
            var resolver = new OverriddenSchemaResolver(folder);
            var set = new XmlSchemaSet { XmlResolver = resolver };
            using (var reader = resolver.Open("CustomizationsSolution.xsd"))
            {
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        }

        public static XmlSchemaSet LoadUnpacked(string folder)
        {
            var set = new XmlSchemaSet();
            foreach (var file in Directory.GetFiles(folder, "*.xsd").OrderBy(file => file, StringComparer.Ordinal))
            {
                var schema = XDocument.Load(file);
                SchemaOverrides.ApplyToUnpacked(schema);
                using var reader = schema.CreateReader();
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        }

        // Validation without schema info leaves the tree unchanged, and the sender is the node as read, with its line.
        private static void Validate(SolutionDocument document, XmlSchemaSet set, string rule, List<Finding> findings) =>
            document.Document.Validate(set, (sender, e) => Report(document, sender, e, rule, findings));

        private static void ValidatePart(SolutionDocument document, XElement element, XmlSchemaElement declaration, XmlSchemaSet set, string rule, List<Finding> findings) =>
            element.Validate(declaration, set, (sender, e) => Report(document, sender, e, rule, findings));

        private static void Report(SolutionDocument document, object? sender, ValidationEventArgs e, string rule, List<Finding> findings)
        {
            if (e.Severity != XmlSeverityType.Error)
            {
                return;
            }

            findings.Add(new Finding(document.Path, sender is XObject node ? XmlText.LineOf(node) : e.Exception?.LineNumber ?? 0, rule, e.Message));
        }

        /// <summary>Serves Microsoft's schemas, includes too, from overridden in-memory copies of the files in the folder.</summary>
        private sealed class OverriddenSchemaResolver : XmlUrlResolver
        {
            private readonly string _folder;

            public OverriddenSchemaResolver(string folder) => _folder = Path.GetFullPath(folder);

            public XmlReader Open(string fileName) =>
                XmlReader.Create((Stream)GetEntity(new Uri(Path.Combine(_folder, fileName)), null, typeof(Stream)), new XmlReaderSettings(), new Uri(Path.Combine(_folder, fileName)).AbsoluteUri);

            public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
            {
                var schema = XDocument.Load(absoluteUri.LocalPath);
                SchemaOverrides.ApplyToMicrosoft(schema);
                var stream = new MemoryStream();
                schema.Save(stream);
                stream.Position = 0;
                return stream;
            }
        }
    }
}
