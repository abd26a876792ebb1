using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// Everything a publisher creates is named &lt;prefix&gt;_…, so it cannot collide with Microsoft's or another
    /// publisher's names and shows who owns it (solution-format.md §4.2). Standard tables, their standard columns and
    /// the relationships the platform makes for system lookups (owner, created by, …) keep their own names.
    /// </summary>
    public static class PublisherPrefixCheck
    {
        public static void Run(SolutionContent content, List<Finding> findings)
        {
            if (string.IsNullOrEmpty(content.Prefix))
            {
                return;
            }

            var prefix = content.Prefix + "_";
            void Require(XObject node, string kind, string name)
            {
                if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add(content.At(node, Rules.PublisherPrefix, $"{kind} '{name}' does not start with the publisher prefix '{prefix}'"));
                }
            }

            foreach (var table in content.Tables.Values)
            {
                if (table.IsCustom)
                {
                    Require(XmlText.ChildElement(table.Element, "Name") ?? table.Element, "table", table.LogicalName);
                }

                foreach (var (name, attribute) in table.Columns)
                {
                    if (SolutionContent.IsCustomColumn(table, attribute))
                    {
                        Require(attribute, $"column of {table.LogicalName}", name);
                    }
                }
            }

            foreach (var relationship in content.Relationships)
            {
                var referencing = XmlText.Child(relationship, "ReferencingAttributeName") ?? "";
                // The platform names the relationships behind system lookups itself (lk_<table>_createdby, owner_<table>, …).
                var isSystemMade = referencing.Length > 0 && StandardTables.SystemColumns.Contains(referencing, StringComparer.OrdinalIgnoreCase);
                if (!isSystemMade)
                {
                    Require(relationship, "relationship", XmlText.Attribute(relationship, "Name")?.Value ?? "");
                }
            }

            foreach (var optionSet in content.GlobalOptionSets)
            {
                Require(optionSet, "global choice", XmlText.Attribute(optionSet, "Name")?.Value ?? "");
            }

            foreach (var webResource in content.WebResources)
            {
                var name = XmlText.ChildElement(webResource, "Name");
                Require(name ?? webResource, "web resource", name?.Value.Trim() ?? "");
            }

            foreach (var customApi in content.CustomApis)
            {
                Require(customApi, "custom API", XmlText.Attribute(customApi, "uniquename")?.Value ?? "");
            }

            foreach (var variable in content.EnvironmentVariables)
            {
                Require(variable, "environment variable", XmlText.Attribute(variable, "schemaname")?.Value ?? "");
            }
        }
    }
}
