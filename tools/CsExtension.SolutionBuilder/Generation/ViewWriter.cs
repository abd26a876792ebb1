using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>Entities/&lt;E&gt;/SavedQueries/{savedqueryid}.xml: one system view per file, with FetchXML and grid layout.</summary>
    internal static class ViewWriter
    {
        public static string Id(View view) => StableGuid.Braced($"view:{view.Table}:{view.Key}");

        public static void Write(SolutionModel model, SolutionOutput output)
        {
            var tables = CsExtensionModel.TablesByName(model);
            foreach (var view in model.Views)
            {
                var table = tables[view.Table];
                output.Write($"{EntityWriter.Folder(table)}/SavedQueries/{Id(view)}.xml", new XElement("savedqueries", XsiDeclaration(),
                    new XElement("savedquery",
                        new XElement("IsCustomizable", "1"),
                        new XElement("CanBeDeleted", Flag(view.Type == ViewType.Public && !view.IsDefault)),
                        new XElement("isquickfindquery", Flag(view.Type == ViewType.QuickFind)),
                        new XElement("isprivate", "0"),
                        new XElement("isdefault", Flag(view.IsDefault)),
                        new XElement("savedqueryid", Id(view)),
                        Layout(view, table),
                        new XElement("querytype", Number((int)view.Type)),
                        new XElement("fetchxml", Fetch(view, table)),
                        new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                        Labels("LocalizedNames", "LocalizedName", view.Name),
                        Labels("Descriptions", "Description", view.Description))));
            }
        }

        private static string PrimaryId(Table table) => table.IsStandard ? table.LogicalName + "id" : table.PrimaryIdName;

        private static string? PrimaryName(Table table) =>
            table.Columns.FirstOrDefault(c => c.IsPrimaryName)?.LogicalName
            ?? table.LogicalName switch { "account" or "opportunity" => "name", "task" => "subject", _ => null };

        private static XElement Layout(View view, Table table) => new("layoutxml",
            new XElement("grid",
                new XAttribute("name", "resultset"),
                new XAttribute("jump", PrimaryName(table) ?? view.Columns[0].Name),
                new XAttribute("select", "1"),
                new XAttribute("icon", "1"),
                new XAttribute("preview", "1"),
                new XElement("row",
                    new XAttribute("name", "result"),
                    new XAttribute("id", table.LogicalName == "task" ? "activityid" : PrimaryId(table)),
                    view.Columns.Select(c => new XElement("cell", new XAttribute("name", c.Name), new XAttribute("width", Number(c.Width)))))));

        private static XElement Fetch(View view, Table table)
        {
            var attributes = view.Columns.Select(c => c.Name)
                .Append(table.LogicalName == "task" ? "activityid" : PrimaryId(table))
                .Distinct()
                .Select(a => new XElement("attribute", new XAttribute("name", a)));
            var orders = view.Order.Select(o => new XElement("order", new XAttribute("attribute", o.Attribute), new XAttribute("descending", o.Descending ? "true" : "false")));
            var filters = new List<XElement>();
            if (view.Filter.Count > 0)
            {
                filters.Add(new XElement("filter", new XAttribute("type", "and"), view.Filter.Select(Condition)));
            }

            if (view.AnyOf.Count > 0)
            {
                filters.Add(new XElement("filter", new XAttribute("type", "or"), view.AnyOf.Select(Condition)));
            }

            if (view.FindColumns.Count > 0)
            {
                filters.Add(new XElement("filter", new XAttribute("type", "or"), new XAttribute("isquickfindfields", "1"),
                    view.FindColumns.Select(c => new XElement("condition", new XAttribute("attribute", c), new XAttribute("operator", "like"), new XAttribute("value", "{0}")))));
            }

            return new XElement("fetch", new XAttribute("version", "1.0"), new XAttribute("mapping", "logical"),
                new XElement("entity", new XAttribute("name", table.LogicalName), attributes, orders, filters));
        }

        private static XElement Condition(ViewCondition condition) => condition.ValueList.Count switch
        {
            0 => new XElement("condition", new XAttribute("attribute", condition.Attribute), new XAttribute("operator", condition.Operator)),
            1 when condition.Operator != "in" => new XElement("condition", new XAttribute("attribute", condition.Attribute),
                new XAttribute("operator", condition.Operator), new XAttribute("value", condition.ValueList[0])),
            _ => new XElement("condition", new XAttribute("attribute", condition.Attribute), new XAttribute("operator", condition.Operator),
                condition.ValueList.Select(v => new XElement("value", v))),
        };
    }
}
