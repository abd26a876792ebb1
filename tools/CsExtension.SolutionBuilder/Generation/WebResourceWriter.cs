using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>WebResources/&lt;name&gt;.data.xml for each web resource of the model; the packer takes the built file of the
    /// same name from WebResources/dist and puts it at FileName in the zip.</summary>
    internal static class WebResourceWriter
    {
        public static string Id(WebResourceFile file) => StableGuid.Braced($"webresource:{file.Name}");

        public static void Write(SolutionOutput output)
        {
            foreach (var file in CsExtensionModel.WebResources)
            {
                output.Write($"WebResources/{file.Name}.data.xml", new XElement("WebResource", Xml.XsiDeclaration(),
                    new XElement("WebResourceId", Id(file)),
                    new XElement("Name", file.Name),
                    new XElement("DisplayName", file.DisplayName),
                    new XElement("Description", file.Description),
                    new XElement("LanguageCode", "1033"),
                    new XElement("WebResourceType", file.Type),
                    new XElement("IntroducedVersion", SolutionIdentity.Version),
                    new XElement("IsEnabledForMobileClient", "1"),
                    new XElement("IsAvailableForMobileOffline", "0"),
                    new XElement("IsCustomizable", "1"),
                    new XElement("CanBeDeleted", "1"),
                    new XElement("IsHidden", "0"),
                    new XElement("FileName", "/WebResources/" + file.Name)));
            }
        }
    }
}
