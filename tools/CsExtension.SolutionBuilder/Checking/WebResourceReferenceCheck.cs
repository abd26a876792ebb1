using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// A form library, a web-resource control on a form, a site map entry or a ribbon command that names a web resource
    /// the solution does not ship breaks at run time (a script error or an empty frame), not on import.
    /// References found: form <c>Library name</c>, web-resource controls' <c>Url</c>/<c>Src</c> parameter, and any
    /// <c>$webresource:name</c> (site maps, ribbons, icons). Names of other publishers (without our prefix) are
    /// assumed to come from a solution this one depends on.
    /// </summary>
    public static class WebResourceReferenceCheck
    {
        private static readonly Regex WebResourceDirective = new Regex(@"\$webresource:([^\s""'&?#]+)", RegexOptions.CultureInvariant);

        public static void Run(SolutionContent content, List<Finding> findings)
        {
            var defined = new HashSet<string>(content.WebResources.Select(element => XmlText.Child(element, "Name") ?? ""), StringComparer.OrdinalIgnoreCase);
            var prefix = string.IsNullOrEmpty(content.Prefix) ? null : content.Prefix + "_";
            void Require(XObject node, string name, string where)
            {
                if (name.Length == 0 || defined.Contains(name) || (prefix is not null && !name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                {
                    return;
                }

                findings.Add(content.At(node, Rules.MissingWebResource, $"{where} references web resource '{name}', which the solution does not define"));
            }

            foreach (var document in content.Source.Documents.Where(document => !document.IsManagedVariant))
            {
                foreach (var element in document.Document.Descendants())
                {
                    if (XmlText.Is(element, "Library") && element.Parent is not null && XmlText.Is(element.Parent, "formLibraries") && XmlText.Attribute(element, "name") is { } library)
                    {
                        Require(library, library.Value, "form library");
                    }

                    if ((XmlText.Is(element, "Url") || XmlText.Is(element, "Src")) && element.Parent is not null && XmlText.Is(element.Parent, "parameters")
                        && !element.HasElements && !element.Value.Contains("://", StringComparison.Ordinal))
                    {
                        Require(element, element.Value.Trim(), "form web-resource control");
                    }

                    foreach (var attribute in element.Attributes())
                    {
                        foreach (Match match in WebResourceDirective.Matches(attribute.Value))
                        {
                            Require(attribute, match.Groups[1].Value, $"{element.Name.LocalName} {attribute.Name.LocalName}");
                        }
                    }

                    if (!element.HasElements)
                    {
                        foreach (Match match in WebResourceDirective.Matches(element.Value))
                        {
                            Require(element, match.Groups[1].Value, element.Name.LocalName);
                        }
                    }
                }
            }
        }
    }
}
