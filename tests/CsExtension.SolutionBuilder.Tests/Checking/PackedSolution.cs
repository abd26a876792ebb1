using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Tests.Checking
{
    /// <summary>
    /// A zip assembled from the valid fixture the way a packer does (solution-format.md §3.1), plus the newer
    /// elements real exports carry (AutoNumberFormat, IsRetrieveAuditEnabled, headerdensity, environment variables,
    /// an empty AppModules section, SdkMessageId first in the step).
    /// </summary>
    internal sealed class PackedSolution : IDisposable
    {
        private PackedSolution(string path, int brokenLine)
        {
            Path = path;
            BrokenLine = brokenLine;
        }

        public string Path { get; }

        /// <summary>The line of customizations.xml that was broken, when it was.</summary>
        public int BrokenLine { get; }

        public static PackedSolution FromValidFixture(bool breakIt)
        {
            var root = CheckerFixture.ValidSolution;
            XElement Load(string relative) => XDocument.Load(System.IO.Path.Combine(root, relative)).Root!;
            XElement Entity(string folder)
            {
                var entity = Load($"Entities/{folder}/Entity.xml");
                var forms = Directory.GetDirectories(System.IO.Path.Combine(root, "Entities", folder, "FormXml"))
                    .Select(type => new XElement("forms", new XAttribute("type", System.IO.Path.GetFileName(type)),
                        Directory.GetFiles(type, "*.xml").Select(file => XDocument.Load(file).Root!.Element("systemform"))));
                entity.Element("FormXml")!.Add(forms);
                entity.Element("SavedQueries")!.Add(new XElement("savedqueries",
                    Directory.GetFiles(System.IO.Path.Combine(root, "Entities", folder, "SavedQueries"), "*.xml").Select(file => XDocument.Load(file).Root!.Element("savedquery"))));
                var info = entity.Element("EntityInfo")!.Element("entity")!;
                info.Add(new XElement("IsRetrieveAuditEnabled", "0"));
                info.Element("attributes")!.Elements("attribute").First().Add(new XElement("AutoNumberFormat", ""));
                foreach (var form in entity.Descendants("form"))
                {
                    form.SetAttributeValue("headerdensity", "HighWithControls");
                }

                return entity;
            }

            var widget = Entity("csx_Widget");
            var account = Load("Entities/Account/Entity.xml");
            var customizations = new XElement("ImportExportXml",
                new XElement("Entities", account, widget),
                new XElement("Roles", Load("Roles/Widget Manager.xml")),
                new XElement("Workflows"),
                new XElement("FieldSecurityProfiles"),
                new XElement("Templates"),
                new XElement("EntityMaps"),
                new XElement("EntityRelationships", Load("Other/Relationships/Account.xml").Elements(), Load("Other/Relationships/csx_Widget.xml").Elements()),
                new XElement("OrganizationSettings"),
                new XElement("optionsets", Load("OptionSets/csx_colour.xml")),
                new XElement("WebResources", Load("WebResources/csx_/widget.js.data.xml")),
                new XElement("SolutionPluginAssemblies", Load("PluginAssemblies/CsExtensionCheckerPlugins-6E1C2F40-1D7A-4B8E-9C55-0A7F3B1D2E01/CsExtensionCheckerPlugins.dll.data.xml")),
                new XElement("SdkMessageProcessingSteps", Load("SdkMessageProcessingSteps/{b2d4f6a8-0c1e-4a3b-9d5f-7e8a9b0c1d22}.xml")),
                new XElement("AppModules"),
                new XElement("environmentvariabledefinitions", Load("environmentvariabledefinitions/csx_WidgetLimit/environmentvariabledefinition.xml")),
                new XElement("Languages", new XElement("Language", "1033")));
            foreach (var element in customizations.DescendantsAndSelf())
            {
                element.Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Remove();
            }

            var text = new XDocument(customizations).ToString();
            var brokenLine = 0;
            if (breakIt)
            {
                const string good = "<IsolationMode>2</IsolationMode>";
                var index = text.IndexOf(good, StringComparison.Ordinal);
                brokenLine = text.Take(index).Count(character => character == '\n') + 1;
                text = text.Replace(good, "<IsolationMode>sandbox</IsolationMode>", StringComparison.Ordinal);
            }

            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "csx-check-" + Guid.NewGuid().ToString("N") + ".zip");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                var manifest = File.ReadAllText(System.IO.Path.Combine(root, "Other", "Solution.xml")).Replace("<Managed>2</Managed>", "<Managed>1</Managed>", StringComparison.Ordinal);
                Write(zip, "solution.xml", manifest);
                Write(zip, "customizations.xml", text);
            }

            return new PackedSolution(path, brokenLine);
        }

        public void Dispose() => File.Delete(Path);

        private static void Write(ZipArchive zip, string name, string content)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
    }
}
