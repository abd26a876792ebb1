using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// Every id a component is created with must be unique across the solution: two forms, views, steps, plugin types,
    /// web resources or roles with one id overwrite each other on import. Only defining ids are compared — a step's
    /// PluginTypeId or a form's ancestor id are references and repeat a definition on purpose.
    /// </summary>
    public static class DuplicateIdCheck
    {
        /// <summary>(element that owns the id, attribute or child element holding it).</summary>
        private static readonly (string Element, string Holder)[] DefiningIds =
        {
            ("systemform", "formid"),
            ("savedquery", "savedqueryid"),
            ("SdkMessageProcessingStep", "@SdkMessageProcessingStepId"),
            ("SdkMessageProcessingStepImage", "SdkMessageProcessingStepImageId"),
            ("PluginAssembly", "@PluginAssemblyId"),
            ("PluginType", "@PluginTypeId"),
            ("WebResource", "WebResourceId"),
            ("Role", "@id"),
            ("Workflow", "@WorkflowId"),
            ("AppModule", "@id"),
            ("visualization", "savedqueryvisualizationid"),
        };

        public static void Run(SolutionContent content, List<Finding> findings)
        {
            var seen = new Dictionary<string, XObject>(StringComparer.OrdinalIgnoreCase);
            var documents = content.Source.Documents.Where(document => !document.IsManagedVariant);
            foreach (var element in documents.SelectMany(document => document.Document.Descendants()))
            {
                foreach (var (owner, holder) in DefiningIds)
                {
                    // An app's role map names roles by id (<Role id=…/>); only a role file or the Roles section defines one.
                    if (!XmlText.Is(element, owner) || (owner == "Role" && !SolutionContent.IsRoleDefinition(element)))
                    {
                        continue;
                    }

                    XObject? node = holder.StartsWith('@') ? XmlText.Attribute(element, holder.Substring(1)) : XmlText.ChildElement(element, holder);
                    var value = node switch { XAttribute attribute => attribute.Value, XElement child => child.Value, _ => null };
                    if (node is null || value is null || !XmlText.IsGuid(value))
                    {
                        continue;
                    }

                    var id = XmlText.NormalizeId(value);
                    if (seen.TryGetValue(id, out var first))
                    {
                        findings.Add(content.At(node, Rules.DuplicateId,
                            $"id {{{id}}} of this {owner} is already used at {content.Source.PathOf(first)}({XmlText.LineOf(first)})"));
                    }
                    else
                    {
                        seen[id] = node;
                    }
                }
            }
        }
    }
}
