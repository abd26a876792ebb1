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
                            Header(form, table)),
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
                new XElement("rows", section.Columns.Select(c => new XElement("row", Cell(form, table, c, "cell:" + c)))));

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
