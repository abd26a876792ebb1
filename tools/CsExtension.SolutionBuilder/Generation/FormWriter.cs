using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>Entities/&lt;E&gt;/FormXml/main/{formid}.xml: one main form per file.</summary>
    internal static class FormWriter
    {
        public static string Id(Form form) => StableGuid.Braced($"form:{form.Table}:{form.Key}");

        public static void Write(SolutionModel model, SolutionOutput output)
        {
            var tables = CsExtensionModel.TablesByName(model);
            foreach (var form in model.Forms)
            {
                var table = tables[form.Table];
                output.Write($"{EntityWriter.Folder(table)}/FormXml/main/{Id(form)}.xml", new XElement("forms", XsiDeclaration(),
                    new XElement("systemform",
                        new XElement("formid", Id(form)),
                        new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                        new XElement("FormPresentation", "1"),
                        new XElement("FormActivationState", "1"),
                        new XElement("form",
                            new XAttribute("shownavigationbar", "true"),
                            new XAttribute("showImage", "false"),
                            new XAttribute("maxWidth", "1920"),
                            new XElement("tabs", form.Tabs.Select(t => Tab(form, table, t))),
                            Header(form, table),
                            Libraries(form),
                            Events(form)),
                        new XElement("IsCustomizable", "1"),
                        new XElement("CanBeDeleted", "1"),
                        Labels("LocalizedNames", "LocalizedName", form.Name),
                        Labels("Descriptions", "Description", form.Description))));
            }
        }

        private static string Id(Form form, string part) => StableGuid.Braced($"form:{form.Table}:{form.Key}:{part}");

        private static XElement Tab(Form form, Table table, FormTab tab) =>
            new("tab",
                new XAttribute("name", tab.Name),
                new XAttribute("id", Id(form, "tab:" + tab.Name)),
                new XAttribute("IsUserDefined", "0"),
                new XAttribute("locklevel", "0"),
                new XAttribute("showlabel", "true"),
                new XAttribute("expanded", "true"),
                Labels("labels", "label", tab.Label),
                new XElement("columns",
                    new XElement("column", new XAttribute("width", "100%"),
                        new XElement("sections", tab.Sections.Select(s => Section(form, table, tab, s))))));

        private static XElement Section(Form form, Table table, FormTab tab, FormSection section) =>
            new("section",
                new XAttribute("name", section.Name),
                new XAttribute("showlabel", "true"),
                new XAttribute("showbar", "false"),
                new XAttribute("locklevel", "0"),
                new XAttribute("id", Id(form, $"tab:{tab.Name}:section:{section.Name}")),
                new XAttribute("IsUserDefined", "0"),
                new XAttribute("layout", "varwidth"),
                new XAttribute("columns", "1"),
                new XAttribute("labelwidth", "115"),
                new XAttribute("celllabelalignment", "Left"),
                new XAttribute("celllabelposition", "Left"),
                Labels("labels", "label", section.Label),
                new XElement("rows",
                    section.Columns.Select(c => new XElement("row", Cell(form, table, c, "cell:" + c))),
                    section.WebResource is null ? null : new XElement("row", WebResourceCell(form, section.WebResource))));

        /// <summary>An HTML web resource on the form (classid of the web-resource control); the page gets its context
        /// from the form's onload handler through getContentWindow, so no parameters are passed.</summary>
        private static XElement WebResourceCell(Form form, string webResource) =>
            new("cell",
                new XAttribute("id", Id(form, "webresource:" + webResource)),
                new XAttribute("showlabel", "false"),
                new XAttribute("rowspan", "12"),
                new XAttribute("colspan", "1"),
                new XAttribute("locklevel", "0"),
                Labels("labels", "label", new Label("Health panel", "健全性パネル")),
                new XElement("control",
                    new XAttribute("id", FormSection.ControlName(webResource)),
                    new XAttribute("classid", "{9FDF5F91-88B1-47f4-AD53-C11EFC01A01D}"),
                    new XElement("parameters",
                        new XElement("Url", webResource),
                        new XElement("PassParameters", "false"),
                        new XElement("Security", "false"),
                        new XElement("Scrolling", "auto"),
                        new XElement("Border", "false"),
                        new XElement("ShowOnMobileClient", "true"))));

        private static XElement? Libraries(Form form) => form.Scripts.Count == 0
            ? null
            : new XElement("formLibraries", form.Scripts.Select(s => s.Library).Distinct().Select(library =>
                new XElement("Library", new XAttribute("name", library), new XAttribute("libraryUniqueId", Id(form, "library:" + library)))));

        private static XElement? Events(Form form) => form.Scripts.Count == 0
            ? null
            : new XElement("events", form.Scripts.GroupBy(s => (s.Event, s.Column)).Select(group =>
                new XElement("event",
                    new XAttribute("name", group.Key.Event),
                    new XAttribute("application", "false"),
                    new XAttribute("active", "false"),
                    group.Key.Column is null ? null : new XAttribute("attribute", group.Key.Column),
                    new XElement("Handlers", group.Select(script =>
                        new XElement("Handler",
                            new XAttribute("functionName", script.FunctionName),
                            new XAttribute("libraryName", script.Library),
                            new XAttribute("handlerUniqueId", Id(form, $"handler:{script.Event}:{script.Column}:{script.FunctionName}")),
                            new XAttribute("enabled", "true"),
                            new XAttribute("parameters", ""),
                            new XAttribute("passExecutionContext", "true")))))));

        private static XElement Cell(Form form, Table table, string columnName, string idPart)
        {
            var column = table.Columns.FirstOrDefault(c => c.LogicalName == columnName);
            return new XElement("cell",
                new XAttribute("id", Id(form, idPart)),
                new XAttribute("showlabel", "true"),
                new XAttribute("locklevel", "0"),
                Labels("labels", "label", column?.DisplayName ?? PlatformLabel(columnName)),
                new XElement("control",
                    new XAttribute("id", columnName),
                    new XAttribute("classid", ControlClass.For(column, columnName)),
                    new XAttribute("datafieldname", columnName),
                    new XAttribute("disabled", "false")));
        }

        private static XElement? Header(Form form, Table table) => form.Header.Count == 0
            ? null
            : new XElement("header",
                new XAttribute("id", Id(form, "header")),
                new XAttribute("celllabelposition", "Top"),
                new XAttribute("columns", string.Concat(Enumerable.Repeat("1", form.Header.Count))),
                new XAttribute("labelwidth", "115"),
                new XAttribute("celllabelalignment", "Left"),
                new XElement("rows", new XElement("row", form.Header.Select(c => Cell(form, table, c, "header:" + c)))));

        private static readonly Dictionary<string, Label> PlatformLabels = new(System.StringComparer.Ordinal)
        {
            ["name"] = new("Account Name", "取引先企業名"),
            ["telephone1"] = new("Main Phone", "代表電話"),
            ["websiteurl"] = new("Website", "Web サイト"),
            ["ownerid"] = new("Owner", "所有者"),
            ["primarycontactid"] = new("Primary Contact", "取引先担当者 (主)"),
            ["statuscode"] = new("Status Reason", "ステータス"),
        };

        private static Label PlatformLabel(string columnName) =>
            PlatformLabels.TryGetValue(columnName, out var label) ? label : new Label(columnName, columnName);
    }
}
