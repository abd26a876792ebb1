using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>
    /// Other/Solution.xml (the manifest) and Other/Customizations.xml (the skeleton pack fills with the split files).
    /// Root components of web resources (61), plugin assemblies (91) and steps (92) are read from the files the other
    /// generators put into the folder, so the manifest always matches what is there.
    /// </summary>
    internal static class SolutionManifestWriter
    {
        public static void Write(SolutionModel model, SolutionOutput output)
        {
            var roots = RootComponents(model, output.Root)
                .Distinct()
                .OrderBy(r => r.Type)
                .ThenBy(r => r.SchemaName ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(r => (r.Id ?? string.Empty).ToLowerInvariant(), StringComparer.Ordinal);

            output.Write("Other/Solution.xml", new XElement("ImportExportXml",
                new XAttribute("version", "9.2.0.0"),
                new XAttribute("SolutionPackageVersion", "9.2"),
                new XAttribute("languagecode", "1033"),
                new XAttribute("generatedBy", "CrmLive"),
                XsiDeclaration(),
                new XElement("SolutionManifest",
                    new XElement("UniqueName", SolutionIdentity.UniqueName),
                    Labels("LocalizedNames", "LocalizedName", model.Name),
                    Labels("Descriptions", "Description", model.Description),
                    new XElement("Version", SolutionIdentity.Version),
                    // 2 = both, as pac unpacks a solution it can pack either way; the packer writes 0 or 1.
                    new XElement("Managed", "2"),
                    Publisher(),
                    new XElement("RootComponents", roots.Select(r => new XElement("RootComponent",
                        new XAttribute("type", Number(r.Type)),
                        // The registration generator writes plugin assemblies as type, id, schemaName; same order here.
                        r.Type == 91 && r.Id is not null ? new XAttribute("id", r.Id) : null,
                        r.SchemaName is null ? null : new XAttribute("schemaName", r.SchemaName),
                        r.Type != 91 && r.Id is not null ? new XAttribute("id", r.Id) : null,
                        new XAttribute("behavior", Number(r.Behavior))))),
                    new XElement("MissingDependencies"))));

            // Section order of real exports (solution-format.md §2); split-out sections stay empty here.
            output.Write("Other/Customizations.xml", new XElement("ImportExportXml", XsiDeclaration(),
                new XElement("Entities"), new XElement("Roles"), new XElement("Workflows"), new XElement("FieldSecurityProfiles"),
                new XElement("Templates"), new XElement("EntityMaps"), new XElement("EntityRelationships"), new XElement("OrganizationSettings"),
                new XElement("optionsets"), new XElement("WebResources"), new XElement("CustomControls"), new XElement("SolutionPluginAssemblies"),
                new XElement("SdkMessageProcessingSteps"), new XElement("AppModuleSiteMaps"), new XElement("AppModules"), new XElement("EntityDataProviders"),
                new XElement("Languages",
                    new XElement("Language", Number(Label.EnglishCode)),
                    new XElement("Language", Number(Label.JapaneseCode)))));
        }

        private static XElement Publisher()
        {
            var name = new Label(SolutionIdentity.PublisherDisplayName, SolutionIdentity.PublisherDisplayName);
            XElement Nil(string element) => new(element, new XAttribute(XsiNamespace + "nil", "true"));
            XElement Address(int number) => new("Address",
                new XElement("AddressNumber", Number(number)),
                new XElement("AddressTypeCode", "1"),
                Nil("City"), Nil("County"), Nil("Country"), Nil("Fax"), Nil("FreightTermsCode"), Nil("ImportSequenceNumber"),
                Nil("Latitude"), Nil("Line1"), Nil("Line2"), Nil("Line3"), Nil("Longitude"), Nil("Name"), Nil("PostalCode"),
                Nil("PostOfficeBox"), Nil("PrimaryContactName"),
                new XElement("ShippingMethodCode", "1"),
                Nil("StateOrProvince"), Nil("Telephone1"), Nil("Telephone2"), Nil("Telephone3"), Nil("TimeZoneRuleVersionNumber"),
                Nil("UPSZone"), Nil("UTCOffset"), Nil("UTCConversionTimeZoneCode"));
            return new XElement("Publisher",
                new XElement("UniqueName", SolutionIdentity.PublisherUniqueName),
                Labels("LocalizedNames", "LocalizedName", name),
                Labels("Descriptions", "Description", new Label("Publisher of CS Extension.", "CS 拡張の発行元。")),
                Nil("EMailAddress"),
                Nil("SupportingWebsiteUrl"),
                new XElement("CustomizationPrefix", SolutionIdentity.Prefix),
                new XElement("CustomizationOptionValuePrefix", Number(SolutionIdentity.OptionValuePrefix)),
                new XElement("Addresses", Address(1), Address(2)));
        }

        private sealed record Root(int Type, string? SchemaName, string? Id, int Behavior);

        private static IEnumerable<Root> RootComponents(SolutionModel model, string folder)
        {
            foreach (var table in model.Tables)
            {
                // A custom table with everything in it (0); a platform table as a shell carrying only our parts (1).
                yield return new Root(1, table.LogicalName, null, table.IsStandard ? 1 : 0);
            }

            foreach (var choice in model.Choices)
            {
                yield return new Root(9, choice.Name, null, 0);
            }

            foreach (var role in model.Roles)
            {
                yield return new Root(20, null, SecurityWriter.RoleId(role), 0);
            }

            foreach (var profile in model.FieldSecurityProfiles)
            {
                yield return new Root(70, null, SecurityWriter.ProfileId(profile), 0);
            }

            foreach (var app in model.Apps)
            {
                yield return new Root(62, app.UniqueName, null, 0);
                yield return new Root(80, app.UniqueName, null, 0);
            }

            foreach (var file in Files(folder, "WebResources", "*.data.xml"))
            {
                var name = XDocument.Load(file).Root?.Element("Name")?.Value.Trim();
                if (!string.IsNullOrEmpty(name))
                {
                    yield return new Root(61, name, null, 0);
                }
            }

            foreach (var file in Files(folder, "PluginAssemblies", "*.data.xml"))
            {
                var assembly = XDocument.Load(file).Root;
                var fullName = (string?)assembly?.Attribute("FullName");
                var id = (string?)assembly?.Attribute("PluginAssemblyId");
                if (fullName is not null && id is not null)
                {
                    yield return new Root(91, fullName, Braced(id), 0);
                }
            }

            foreach (var file in Files(folder, "SdkMessageProcessingSteps", "*.xml"))
            {
                var id = (string?)XDocument.Load(file).Root?.Attribute("SdkMessageProcessingStepId");
                if (id is not null)
                {
                    yield return new Root(92, null, Braced(id), 0);
                }
            }
        }

        private static string Braced(string id) => id.StartsWith('{') ? id.ToLowerInvariant() : "{" + id.ToLowerInvariant() + "}";

        private static IEnumerable<string> Files(string root, string folder, string pattern)
        {
            var path = Path.Combine(root, folder);
            return Directory.Exists(path)
                ? Directory.GetFiles(path, pattern, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }
    }
}
