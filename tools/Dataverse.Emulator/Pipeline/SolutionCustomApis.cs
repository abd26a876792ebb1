using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>Reads the custom APIs of an unpacked solution: customapis/&lt;uniquename&gt;/customapi.xml with
    /// customapirequestparameters/*/customapirequestparameter.xml and customapiresponseproperties/*/customapiresponseproperty.xml
    /// (bindingtype 1 = bound to a table, 0 = global).</summary>
    public static class SolutionCustomApis
    {
        public static IReadOnlyDictionary<string, CustomApiDefinition> Read(string solutionFolder)
        {
            var result = new Dictionary<string, CustomApiDefinition>(StringComparer.OrdinalIgnoreCase);
            var root = Path.Combine(solutionFolder, "customapis");
            if (!Directory.Exists(root))
            {
                return result;
            }

            foreach (var folder in Directory.GetDirectories(root).OrderBy(f => f, StringComparer.Ordinal))
            {
                var api = XDocument.Load(Path.Combine(folder, "customapi.xml")).Root!;
                var name = (string?)api.Attribute("uniquename") ?? Path.GetFileName(folder);
                var bound = (string?)api.Element("bindingtype") == "1" ? NullIfEmpty((string?)api.Element("boundentitylogicalname")) : null;
                result[name] = new CustomApiDefinition(
                    name,
                    bound,
                    (string?)api.Element("isfunction") == "1",
                    Parameters(folder, "customapirequestparameters", "customapirequestparameter.xml"),
                    Parameters(folder, "customapiresponseproperties", "customapiresponseproperty.xml"));
            }

            return result;
        }

        private static IReadOnlyList<CustomApiParameter> Parameters(string apiFolder, string kind, string fileName)
        {
            var folder = Path.Combine(apiFolder, kind);
            if (!Directory.Exists(folder))
            {
                return Array.Empty<CustomApiParameter>();
            }

            return Directory.GetDirectories(folder).OrderBy(f => f, StringComparer.Ordinal)
                .Select(parameterFolder => XDocument.Load(Path.Combine(parameterFolder, fileName)).Root!)
                .Select(parameter => new CustomApiParameter(
                    (string)parameter.Attribute("uniquename")!,
                    (CustomApiParameterType)int.Parse((string)parameter.Element("type")!, System.Globalization.CultureInfo.InvariantCulture),
                    (string?)parameter.Element("isoptional") == "1"))
                .ToList();
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
