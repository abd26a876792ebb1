using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// solution.xml's RootComponents and the defined components must match both ways: SolutionPackager and import
    /// refuse a root component that is not defined ("RootComponent validation failed"), and a defined component that is
    /// not a root component is silently left out of the import (solution-format.md §1.3, §3.1).
    /// Subcomponents (columns, forms, views, relationships, plugin types, images) are not root components and are not compared.
    /// </summary>
    public static class RootComponentCheck
    {
        public static void Run(SolutionContent content, List<Finding> findings)
        {
            if (content.Manifest is null)
            {
                return;
            }

            // Component type code (solution-format.md §1.4) → (defined keys, how a root component names one, elements to point at).
            var kinds = new List<(int Type, string Label, bool ById, List<(string Key, XElement Element)> Defined)>
            {
                (1, "table", false, content.Tables.Values.Select(table => (table.LogicalName, table.Element)).ToList()),
                (9, "global choice", false, content.GlobalOptionSets.Select(element => (XmlText.Attribute(element, "Name")?.Value ?? "", element)).ToList()),
                (61, "web resource", false, content.WebResources.Select(element => (XmlText.Child(element, "Name") ?? "", element)).ToList()),
                (80, "model-driven app", false, content.AppModules.Select(element => (XmlText.Child(element, "UniqueName") ?? "", element)).ToList()),
                (62, "site map", false, content.AppModuleSiteMaps.Select(element => (XmlText.Child(element, "SiteMapUniqueName") ?? "", element)).ToList()),
                (380, "environment variable", false, content.EnvironmentVariables.Select(element => (XmlText.Attribute(element, "schemaname")?.Value ?? "", element)).ToList()),
                (91, "plugin assembly", true, content.PluginAssemblies.Select(element => (XmlText.Attribute(element, "PluginAssemblyId")?.Value ?? "", element)).ToList()),
                (92, "plugin step", true, content.Steps.Select(element => (XmlText.Attribute(element, "SdkMessageProcessingStepId")?.Value ?? "", element)).ToList()),
                (20, "security role", true, content.Roles.Select(element => (XmlText.Attribute(element, "id")?.Value ?? "", element)).ToList()),
                (29, "process", true, content.Workflows.Select(element => (XmlText.Attribute(element, "WorkflowId")?.Value ?? "", element)).ToList()),
            };

            foreach (var (type, label, byId, defined) in kinds)
            {
                var definedKeys = new HashSet<string>(defined.Select(item => Key(item.Key, byId)), StringComparer.OrdinalIgnoreCase);
                foreach (var root in content.RootComponents.Where(root => TypeOf(root) == type))
                {
                    var key = RootKey(root, byId);
                    if (!definedKeys.Contains(key))
                    {
                        findings.Add(content.At(root, Rules.RootComponentWithoutComponent,
                            $"root component type {type} '{key}' ({label}) is not defined in the solution"));
                    }
                }

                foreach (var (key, element) in defined)
                {
                    if (!HasRoot(content, type, key, byId))
                    {
                        findings.Add(content.At(element, Rules.ComponentWithoutRootComponent,
                            $"{label} '{key}' is not listed in the RootComponents of solution.xml (type {type})"));
                    }
                }
            }
        }

        private static bool HasRoot(SolutionContent content, int type, string key, bool byId) =>
            content.RootComponents.Any(root => TypeOf(root) == type && string.Equals(RootKey(root, byId), Key(key, byId), StringComparison.OrdinalIgnoreCase));

        private static int TypeOf(XElement root) => int.TryParse(XmlText.Attribute(root, "type")?.Value, out var type) ? type : -1;

        private static string RootKey(XElement root, bool byId) =>
            Key((byId ? XmlText.Attribute(root, "id")?.Value : XmlText.Attribute(root, "schemaName")?.Value) ?? "", byId);

        private static string Key(string value, bool byId) => byId ? XmlText.NormalizeId(value) : value.Trim();
    }
}
