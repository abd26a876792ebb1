using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>
    /// customapis/&lt;uniquename&gt;/customapi.xml with customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml and
    /// customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml (the layout of Microsoft's "create a custom API
    /// with solution files"). <c>plugintypeid</c> is left empty: the registration generator, which knows the compiled
    /// plugin types, fills it with <c>&lt;plugintypeid&gt;&lt;plugintypeexportkey&gt;...&lt;/plugintypeexportkey&gt;&lt;/plugintypeid&gt;</c>.
    /// </summary>
    internal static class CustomApiWriter
    {
        /// <summary>The plugin type link the registration generator wrote into the existing file, kept as it is, so
        /// regenerating the model does not undo the registration (and both generators agree on the bytes).</summary>
        private static XElement PluginTypeLink(SolutionOutput output, string relativePath)
        {
            var path = System.IO.Path.Combine(output.Root, relativePath);
            var existing = System.IO.File.Exists(path) ? XDocument.Load(path).Root?.Element("plugintypeid") : null;
            return existing is not null && existing.HasElements ? new XElement(existing) : new XElement("plugintypeid");
        }

        public static void Write(SolutionModel model, SolutionOutput output)
        {
            foreach (var api in model.CustomApis)
            {
                var folder = $"customapis/{api.UniqueName}";
                output.Write(folder + "/customapi.xml", new XElement("customapi",
                    new XAttribute("uniquename", api.UniqueName),
                    // 0: no custom processing steps may be registered on our messages; the plugin is the implementation.
                    new XElement("allowedcustomprocessingsteptype", "0"),
                    // 0 global (unbound), 1 bound to a table.
                    new XElement("bindingtype", api.BoundTable is null ? "0" : "1"),
                    new XElement("boundentitylogicalname", api.BoundTable ?? string.Empty),
                    DefaultLabels("description", api.Description),
                    DefaultLabels("displayname", api.DisplayName),
                    new XElement("executeprivilegename", string.Empty),
                    new XElement("iscustomizable", "0"),
                    new XElement("isfunction", "0"),
                    new XElement("isprivate", "0"),
                    new XElement("name", api.UniqueName),
                    PluginTypeLink(output, folder + "/customapi.xml"),
                    new XElement("workflowsdkstepenabled", "0")));

                foreach (var parameter in api.Request)
                {
                    output.Write($"{folder}/customapirequestparameters/{parameter.UniqueName}/customapirequestparameter.xml",
                        new XElement("customapirequestparameter",
                            new XAttribute("uniquename", parameter.UniqueName),
                            DefaultLabels("description", parameter.Description),
                            DefaultLabels("displayname", parameter.DisplayName),
                            new XElement("iscustomizable", "0"),
                            new XElement("isoptional", Flag(parameter.IsOptional)),
                            new XElement("logicalentityname", parameter.Table ?? string.Empty),
                            new XElement("name", $"{api.UniqueName}.{parameter.UniqueName}"),
                            new XElement("type", Number((int)parameter.Type))));
                }

                foreach (var property in api.Response)
                {
                    // No isoptional on a response property: import refuses it.
                    output.Write($"{folder}/customapiresponseproperties/{property.UniqueName}/customapiresponseproperty.xml",
                        new XElement("customapiresponseproperty",
                            new XAttribute("uniquename", property.UniqueName),
                            DefaultLabels("description", property.Description),
                            DefaultLabels("displayname", property.DisplayName),
                            new XElement("iscustomizable", "0"),
                            new XElement("logicalentityname", property.Table ?? string.Empty),
                            new XElement("name", $"{api.UniqueName}.{property.UniqueName}"),
                            new XElement("type", Number((int)property.Type))));
                }
            }
        }
    }
}
