using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>OptionSets/&lt;name&gt;.xml: one global choice per file.</summary>
    internal static class OptionSetWriter
    {
        public static void Write(SolutionModel model, SolutionOutput output)
        {
            foreach (var choice in model.Choices)
            {
                output.Write($"OptionSets/{choice.Name}.xml", new XElement("optionset", XsiDeclaration(),
                    new XAttribute("Name", choice.Name),
                    new XAttribute("localizedName", choice.DisplayName.English),
                    new XAttribute("description", choice.Description.English),
                    new XElement("OptionSetType", "picklist"),
                    new XElement("IsGlobal", "1"),
                    new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                    new XElement("IsCustomizable", "1"),
                    new XElement("ExternalTypeName", string.Empty),
                    Labels("displaynames", "displayname", choice.DisplayName),
                    Labels("Descriptions", "Description", choice.Description),
                    new XElement("options", choice.Options.Select(AttributeWriter.Option))));
            }
        }
    }
}
