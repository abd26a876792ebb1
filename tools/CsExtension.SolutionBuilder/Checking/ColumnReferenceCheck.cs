using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// Views and forms name columns by logical name; a name that does not exist makes the view fail or the form drop
    /// the control on import. Views: the fetch's entity and link-entity attributes, orders and conditions, and the
    /// layout's cells (aliased cells "alias.column" belong to a link-entity and are checked there). Forms: every
    /// control's datafieldname.
    /// </summary>
    public static class ColumnReferenceCheck
    {
        public static void Run(SolutionContent content, List<Finding> findings)
        {
            foreach (var view in content.Views)
            {
                if (content.Source.PathOf(view).EndsWith("_managed.xml", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var fetch = view.Descendants().FirstOrDefault(element => XmlText.Is(element, "fetch"));
                var entity = fetch?.Elements().FirstOrDefault(element => XmlText.Is(element, "entity"));
                var table = (entity is null ? null : XmlText.Attribute(entity, "name")?.Value) ?? XmlText.Child(view, "returnedtypecode") ?? content.OwnerTable(view);
                if (table is null)
                {
                    continue;
                }

                if (!content.TableExists(table))
                {
                    findings.Add(content.At((XObject?)entity ?? view, Rules.UnknownTable, $"view names table '{table}', which does not exist"));
                    continue;
                }

                if (entity is not null)
                {
                    CheckFetchEntity(content, entity, table, findings);
                }

                foreach (var cell in view.Descendants().Where(element => XmlText.Is(element, "cell")))
                {
                    var name = XmlText.Attribute(cell, "name");
                    if (name is not null && !name.Value.Contains('.') && !content.ColumnExists(table, name.Value))
                    {
                        findings.Add(content.At(name, Rules.UnknownColumn, $"view column '{name.Value}' does not exist on table '{table}'"));
                    }
                }
            }

            foreach (var form in content.Forms)
            {
                var table = content.OwnerTable(form);
                if (table is null || content.Source.PathOf(form).EndsWith("_managed.xml", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!content.TableExists(table))
                {
                    findings.Add(content.At(form, Rules.UnknownTable, $"form belongs to table '{table}', which does not exist"));
                    continue;
                }

                foreach (var control in form.Descendants().Where(element => XmlText.Is(element, "control")))
                {
                    var field = XmlText.Attribute(control, "datafieldname");
                    if (field is not null && field.Value.Length > 0 && !content.ColumnExists(table, field.Value))
                    {
                        findings.Add(content.At(field, Rules.UnknownColumn, $"form control '{field.Value}' does not exist on table '{table}'"));
                    }
                }
            }
        }

        private static void CheckFetchEntity(SolutionContent content, XElement entity, string table, List<Finding> findings)
        {
            foreach (var element in entity.Elements())
            {
                if (XmlText.Is(element, "link-entity"))
                {
                    var linked = XmlText.Attribute(element, "name")?.Value;
                    var from = XmlText.Attribute(element, "from");
                    var to = XmlText.Attribute(element, "to");
                    if (to is not null && !content.ColumnExists(table, to.Value))
                    {
                        findings.Add(content.At(to, Rules.UnknownColumn, $"view link column '{to.Value}' does not exist on table '{table}'"));
                    }

                    if (linked is null)
                    {
                        continue;
                    }

                    if (!content.TableExists(linked))
                    {
                        findings.Add(content.At(element, Rules.UnknownTable, $"view links table '{linked}', which does not exist"));
                        continue;
                    }

                    if (from is not null && !content.ColumnExists(linked, from.Value))
                    {
                        findings.Add(content.At(from, Rules.UnknownColumn, $"view link column '{from.Value}' does not exist on table '{linked}'"));
                    }

                    CheckFetchEntity(content, element, linked, findings);
                    continue;
                }

                var columns = new List<XAttribute>();
                if (XmlText.Is(element, "attribute") && XmlText.Attribute(element, "name") is { } name)
                {
                    columns.Add(name);
                }
                else if (XmlText.Is(element, "order") && XmlText.Attribute(element, "attribute") is { } order)
                {
                    columns.Add(order);
                }
                else if (XmlText.Is(element, "filter"))
                {
                    // Conditions in nested filters that name another entity (entityname="alias") are the link's business.
                    columns.AddRange(element.Descendants()
                        .Where(condition => XmlText.Is(condition, "condition") && XmlText.Attribute(condition, "entityname") is null)
                        .Select(condition => XmlText.Attribute(condition, "attribute"))
                        .OfType<XAttribute>());
                }

                foreach (var column in columns.Where(column => !content.ColumnExists(table, column.Value)))
                {
                    findings.Add(content.At(column, Rules.UnknownColumn, $"view column '{column.Value}' does not exist on table '{table}'"));
                }
            }
        }
    }
}
