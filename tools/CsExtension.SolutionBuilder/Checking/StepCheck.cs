using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// Step registrations (SdkMessageProcessingStep) must point at something real — a plugin type that is registered
    /// and compiled into the assembly, a platform message, an existing table and existing columns — and follow the
    /// platform checker's registration rules (plugin-practice.md §4: meta-avoid-reg-no-attribute, meta-remove-dup-reg).
    /// </summary>
    public static class StepCheck
    {
        public static void Run(SolutionContent content, ISet<string>? assemblyTypeNames, List<Finding> findings)
        {
            var registeredTypes = content.PluginTypes
                .SelectMany(type => new[] { XmlText.Attribute(type, "PluginTypeId")?.Value, XmlText.Attribute(type, "Name")?.Value, TypeName(XmlText.Attribute(type, "AssemblyQualifiedName")?.Value) })
                .Where(key => !string.IsNullOrEmpty(key))
                .Select(key => XmlText.IsGuid(key!) ? XmlText.NormalizeId(key!) : key!)
                .ToHashSet(StringComparer.Ordinal);
            var customApis = content.CustomApis.Select(api => XmlText.Attribute(api, "uniquename")!.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var registrations = new Dictionary<string, XElement>(StringComparer.OrdinalIgnoreCase);

            // Registered plugin types must also exist in the compiled assembly, or registering the assembly fails.
            if (assemblyTypeNames is not null)
            {
                foreach (var type in content.PluginTypes)
                {
                    var name = XmlText.Attribute(type, "Name")?.Value ?? TypeName(XmlText.Attribute(type, "AssemblyQualifiedName")?.Value);
                    if (name is not null && !assemblyTypeNames.Contains(name))
                    {
                        findings.Add(content.At(type, Rules.StepUnknownPluginType, $"plugin type '{name}' is not in the plugin assembly"));
                    }
                }
            }

            foreach (var step in content.Steps)
            {
                var typeName = TypeName(XmlText.Child(step, "PluginTypeName"));
                var typeId = XmlText.Child(step, "PluginTypeId");
                var typeNode = (XObject?)XmlText.ChildElement(step, "PluginTypeName") ?? step;
                var known = (typeName is not null && registeredTypes.Contains(typeName)) || (typeId is not null && XmlText.IsGuid(typeId) && registeredTypes.Contains(XmlText.NormalizeId(typeId)));
                if (!known)
                {
                    findings.Add(content.At(typeNode, Rules.StepUnknownPluginType, $"step runs plugin type '{typeName ?? typeId}', which no PluginAssembly of the solution registers"));
                }
                else if (assemblyTypeNames is not null && typeName is not null && !assemblyTypeNames.Contains(typeName))
                {
                    findings.Add(content.At(typeNode, Rules.StepUnknownPluginType, $"step runs plugin type '{typeName}', which is not in the plugin assembly"));
                }

                var message = MessageOf(step, customApis);
                if (message is null)
                {
                    var messageNode = (XObject?)XmlText.ChildElement(step, "SdkMessageId") ?? step;
                    findings.Add(content.At(messageNode, Rules.StepUnknownMessage, $"step is registered on an unknown message (SdkMessageId '{XmlText.Child(step, "SdkMessageId")}')"));
                }

                var table = XmlText.Child(step, "PrimaryEntity") ?? "";
                var tableNode = (XObject?)XmlText.ChildElement(step, "PrimaryEntity") ?? step;
                var tableExists = table.Length == 0 || table.Equals("none", StringComparison.OrdinalIgnoreCase) || content.TableExists(table);
                if (!tableExists)
                {
                    findings.Add(content.At(tableNode, Rules.StepUnknownTable, $"step is registered on table '{table}', which does not exist"));
                }

                var filterNode = XmlText.ChildElement(step, "FilteringAttributes");
                var filter = SplitColumns(filterNode?.Value);
                if (string.Equals(message, "Update", StringComparison.OrdinalIgnoreCase) && filter.Count == 0)
                {
                    findings.Add(content.At((XObject?)filterNode ?? step, Rules.UpdateStepWithoutFilter,
                        "Update step has no filtering attributes, so it runs on every update of the table"));
                }

                if (tableExists && table.Length > 0 && !table.Equals("none", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var column in filter.Where(column => !content.ColumnExists(table, column)))
                    {
                        findings.Add(content.At(filterNode!, Rules.StepUnknownColumn, $"filtering attribute '{column}' does not exist on table '{table}'"));
                    }

                    foreach (var image in step.Descendants().Where(element => XmlText.Is(element, "SdkMessageProcessingStepImage")))
                    {
                        var attributesNode = XmlText.ChildElement(image, "Attributes");
                        foreach (var column in SplitColumns(attributesNode?.Value).Where(column => !content.ColumnExists(table, column)))
                        {
                            findings.Add(content.At(attributesNode!, Rules.StepUnknownColumn,
                                $"image '{XmlText.Attribute(image, "Name")?.Value}' column '{column}' does not exist on table '{table}'"));
                        }
                    }
                }

                // The same handler on the same event twice runs twice (meta-remove-dup-reg).
                var key = string.Join("|", typeName ?? typeId, message, table, XmlText.Child(step, "SecondaryEntity"), XmlText.Child(step, "Stage"),
                    XmlText.Child(step, "Mode"), string.Join(",", filter.OrderBy(column => column, StringComparer.OrdinalIgnoreCase)));
                if (registrations.TryGetValue(key, out var first))
                {
                    findings.Add(content.At(step, Rules.DuplicateRegistration,
                        $"step repeats the registration at {content.Source.PathOf(first)}({XmlText.LineOf(first)}) (same plugin type, message, table, stage, mode and filter)"));
                }
                else
                {
                    registrations[key] = step;
                }
            }
        }

        /// <summary>The message: by its well-known SdkMessageId, else the one the step's name states ("Type: Message of table")
        /// when that is a platform message whose id we do not know or one of the solution's custom APIs.</summary>
        private static string? MessageOf(XElement step, ISet<string> customApis)
        {
            var id = XmlText.Child(step, "SdkMessageId");
            if (id is not null && KnownMessages.NameOf(id) is { } known)
            {
                return known;
            }

            var name = XmlText.Attribute(step, "Name")?.Value ?? "";
            var colon = name.LastIndexOf(": ", StringComparison.Ordinal);
            var stated = (colon >= 0 ? name.Substring(colon + 2) : name).Split(' ')[0];
            // A message whose id we know must carry that id; a wrong id would register the step on another message.
            var idContradicts = id is not null && KnownMessages.HasKnownId(stated);
            return stated.Length > 0 && !idContradicts && (KnownMessages.IsKnownName(stated) || customApis.Contains(stated)) ? stated : null;
        }

        /// <summary>"Ns.Type, Assembly, Version=…" → "Ns.Type".</summary>
        private static string? TypeName(string? assemblyQualifiedName) =>
            string.IsNullOrWhiteSpace(assemblyQualifiedName) ? null : assemblyQualifiedName.Split(',')[0].Trim();

        private static List<string> SplitColumns(string? list) =>
            (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}
