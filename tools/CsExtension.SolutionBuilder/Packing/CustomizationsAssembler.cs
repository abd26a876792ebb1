using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Packing
{
    /// <summary>Builds customizations.xml by putting the split files of the unpacked layout back into the
    /// Other/Customizations.xml skeleton, as SolutionPackager does on pack (solution-format.md §3.1).</summary>
    public static class CustomizationsAssembler
    {
        private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

        // The order modern exports write the top-level sections in (§2); a missing section is inserted at its place.
        private static readonly string[] SectionOrder =
        {
            "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityImageConfigs", "AttributeImageConfigs",
            "EntityMaps", "EntityRelationships", "OrganizationSettings", "optionsets", "Dashboards", "WebResources", "CustomControls",
            "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "AppModuleSiteMaps", "AppModules", "EntityDataProviders",
            "CanvasApps", "Connectors", "connectionreferences", "environmentvariabledefinitions", "Languages",
        };

        public static XDocument Build(string solutionFolder, PackageKind kind)
        {
            var skeletonPath = Path.Combine(solutionFolder, "Other", "Customizations.xml");
            if (!File.Exists(skeletonPath))
            {
                throw new SolutionPackingException($"{skeletonPath} does not exist; it is the skeleton customizations.xml is built from.");
            }

            var document = Load(skeletonPath, keepXsiDeclaration: true);
            var root = document.Root!;
            if (root.Attribute(XNamespace.Xmlns + "xsi") == null)
            {
                root.Add(new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName));
            }

            Fill(root, "Entities", Entities(solutionFolder, kind));
            Fill(root, "Roles", Files(solutionFolder, "Roles", "*.xml").Select(LoadRoot));
            Fill(root, "FieldSecurityProfiles", Children(Path.Combine(solutionFolder, "Other", "FieldSecurityProfiles.xml")));
            Fill(root, "EntityMaps", Children(Path.Combine(solutionFolder, "Other", "EntityMaps.xml")));
            Fill(root, "EntityRelationships", Relationships(solutionFolder));
            Fill(root, "optionsets", Files(solutionFolder, "OptionSets", "*.xml").Select(LoadRoot));
            Fill(root, "WebResources", Files(solutionFolder, "WebResources", "*.data.xml", recursive: true).Select(LoadRoot)
                .OrderBy(w => (string?)w.Element("Name"), StringComparer.Ordinal));
            Fill(root, "SolutionPluginAssemblies", Files(solutionFolder, "PluginAssemblies", "*.data.xml", recursive: true).Select(LoadRoot)
                .OrderBy(a => (string?)a.Attribute("FullName"), StringComparer.Ordinal));
            Fill(root, "SdkMessageProcessingSteps", Files(solutionFolder, "SdkMessageProcessingSteps", "*.xml").Select(LoadRoot)
                .OrderBy(s => ((string?)s.Attribute("SdkMessageProcessingStepId"))?.ToLowerInvariant(), StringComparer.Ordinal));
            Fill(root, "AppModuleSiteMaps", PerFolder(solutionFolder, "AppModuleSiteMaps", "AppModuleSiteMap", kind));
            Fill(root, "AppModules", PerFolder(solutionFolder, "AppModules", "AppModule", kind));
            Fill(root, "environmentvariabledefinitions", PerFolder(solutionFolder, "environmentvariabledefinitions", "environmentvariabledefinition", kind));
            return document;
        }

        /// <summary>Replaces a section's content with the split files' elements; with no files the skeleton's section stays as it is.</summary>
        private static void Fill(XElement root, string section, IEnumerable<XElement> items)
        {
            var list = items.ToList();
            if (list.Count == 0)
            {
                return;
            }

            var element = root.Element(section);
            if (element == null)
            {
                element = new XElement(section);
                var index = Array.IndexOf(SectionOrder, section);
                var after = root.Elements().LastOrDefault(e => Array.IndexOf(SectionOrder, e.Name.LocalName) is var i && i >= 0 && i < index);
                if (after != null)
                {
                    after.AddAfterSelf(element);
                }
                else
                {
                    root.AddFirst(element);
                }
            }

            element.RemoveNodes();
            element.Add(list);
        }

        private static IEnumerable<XElement> Entities(string solutionFolder, PackageKind kind)
        {
            foreach (var folder in Folders(solutionFolder, "Entities"))
            {
                var entityPath = Path.Combine(folder, "Entity.xml");
                if (!File.Exists(entityPath))
                {
                    throw new SolutionPackingException($"{folder} has no Entity.xml.");
                }

                var entity = LoadRoot(entityPath);
                var forms = Directory.Exists(Path.Combine(folder, "FormXml"))
                    ? Directory.GetDirectories(Path.Combine(folder, "FormXml")).OrderBy(d => d, StringComparer.Ordinal)
                        .Select(typeFolder => new XElement(
                            "forms",
                            new XAttribute("type", Path.GetFileName(typeFolder)),
                            Variants(typeFolder, kind).SelectMany(f => LoadRoot(f).Elements("systemform"))))
                        .Where(f => f.HasElements)
                        .ToList()
                    : new List<XElement>();
                Place(entity, "FormXml", forms.Count == 0 ? null : new XElement("FormXml", forms));

                var views = Files(folder, "SavedQueries", "*.xml").SelectMany(f => LoadRoot(f).Elements("savedquery")).ToList();
                Place(entity, "SavedQueries", views.Count == 0 ? null : new XElement("SavedQueries", new XElement("savedqueries", views)));

                var ribbon = Path.Combine(folder, "RibbonDiff.xml");
                Place(entity, "RibbonDiffXml", File.Exists(ribbon) ? LoadRoot(ribbon) : null);
                yield return entity;
            }
        }

        /// <summary>Puts a rebuilt child where the placeholder is, or after the last of Name/EntityInfo/FormXml/SavedQueries.</summary>
        private static void Place(XElement entity, string name, XElement? content)
        {
            var existing = entity.Element(name);
            if (content == null)
            {
                // An empty SavedQueries placeholder is not valid packed content (the schema wants savedqueries in it).
                if (name == "SavedQueries" && existing is { HasElements: false })
                {
                    existing.Remove();
                }

                return;
            }

            if (existing != null)
            {
                existing.ReplaceWith(content);
                return;
            }

            var anchor = new[] { "SavedQueries", "FormXml", "EntityInfo", "Name" }.Select(n => entity.Element(n)).FirstOrDefault(e => e != null);
            if (anchor != null)
            {
                anchor.AddAfterSelf(content);
            }
            else
            {
                entity.Add(content);
            }
        }

        private static IEnumerable<XElement> Relationships(string solutionFolder)
        {
            var files = Files(Path.Combine(solutionFolder, "Other"), "Relationships", "*.xml");
            return files.SelectMany(f => LoadRoot(f).Elements("EntityRelationship"))
                .GroupBy(r => (string?)r.Attribute("Name") ?? string.Empty, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(r => (string?)r.Attribute("Name"), StringComparer.Ordinal);
        }

        /// <summary>One component per folder (AppModules/&lt;name&gt;/AppModule.xml), taking the _managed file for the managed zip when there is one.</summary>
        private static IEnumerable<XElement> PerFolder(string solutionFolder, string folderName, string fileStem, PackageKind kind)
        {
            foreach (var folder in Folders(solutionFolder, folderName))
            {
                var file = Choose(Path.Combine(folder, fileStem + ".xml"), Path.Combine(folder, fileStem + "_managed.xml"), kind);
                if (file != null)
                {
                    yield return LoadRoot(file);
                }
            }
        }

        /// <summary>Form files of one form type: per form id the plain or the _managed file.</summary>
        private static IEnumerable<string> Variants(string folder, PackageKind kind) =>
            Directory.GetFiles(folder, "*.xml")
                .Select(f => Path.GetFileNameWithoutExtension(f))
                .Select(n => n.EndsWith("_managed", StringComparison.Ordinal) ? n.Substring(0, n.Length - "_managed".Length) : n)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => Choose(Path.Combine(folder, n + ".xml"), Path.Combine(folder, n + "_managed.xml"), kind))
                .OfType<string>();

        // The managed zip takes the _managed variant, either falls back to the other (pac's -same behaviour).
        private static string? Choose(string plain, string managed, PackageKind kind)
        {
            var (first, second) = kind == PackageKind.Managed ? (managed, plain) : (plain, managed);
            return File.Exists(first) ? first : File.Exists(second) ? second : null;
        }

        private static IEnumerable<XElement> Children(string path) =>
            File.Exists(path) ? LoadRoot(path).Elements().ToList() : Enumerable.Empty<XElement>();

        private static IEnumerable<string> Folders(string parent, string name)
        {
            var folder = Path.Combine(parent, name);
            return Directory.Exists(folder) ? Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal) : Enumerable.Empty<string>();
        }

        internal static IEnumerable<string> Files(string parent, string name, string pattern, bool recursive = false)
        {
            var folder = Path.Combine(parent, name);
            return Directory.Exists(folder)
                ? Directory.GetFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                    .Where(f => !f.EndsWith("_managed.xml", StringComparison.Ordinal) || pattern.EndsWith(".data.xml", StringComparison.Ordinal))
                    .OrderBy(f => f.Replace('\\', '/'), StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }

        internal static XElement LoadRoot(string path) => Load(path, keepXsiDeclaration: false).Root!;

        private static XDocument Load(string path, bool keepXsiDeclaration)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(path);
            }
            catch (XmlException e)
            {
                throw new SolutionPackingException($"{path} is not well-formed XML: {e.Message}");
            }

            if (document.Root == null)
            {
                throw new SolutionPackingException($"{path} has no root element.");
            }

            // Split files each declare xsi; customizations.xml declares it once on its root.
            if (!keepXsiDeclaration)
            {
                document.Root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == Xsi.NamespaceName).Remove();
            }

            return document;
        }
    }
}
