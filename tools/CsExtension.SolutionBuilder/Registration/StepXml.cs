using System;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Builds SdkMessageProcessingSteps/{id}.xml with the children in the order real exports write them
    /// (solution-format.md §2.8), which differs from the 2017 XSD's sequence.</summary>
    public static class StepXml
    {
        private const int PluginTypeHandler = 4602;

        public static Guid StepId(DeclaredPluginType type, DeclaredStep step) =>
            StableId.ForStep(type.FullName, step.Message, step.PrimaryEntity, step.Stage, step.Mode, step.Rank);

        public static string StepName(DeclaredPluginType type, DeclaredStep step) =>
            type.FullName + ": " + step.Message + " of " + (step.PrimaryEntity == "none" ? "any Entity" : step.PrimaryEntity);

        public static XDocument Build(DeclaredPluginAssembly assembly, DeclaredPluginType type, DeclaredStep step)
        {
            var stepId = StepId(type, step);
            var name = StepName(type, step);
            var root = new XElement(
                "SdkMessageProcessingStep",
                new XAttribute("Name", name),
                new XAttribute("SdkMessageProcessingStepId", "{" + stepId.ToString("D") + "}"),
                SolutionXmlFile.XsiDeclaration());

            // A custom API's message has no id shared across orgs; the step then carries no SdkMessageId (see report).
            if (SdkMessages.WellKnownId(step.Message) is Guid messageId)
            {
                root.Add(new XElement("SdkMessageId", messageId.ToString("D")));
            }

            root.Add(
                new XElement("PluginTypeName", assembly.AssemblyQualifiedName(type.FullName)),
                new XElement("PluginTypeId", StableId.ForPluginType(type.FullName).ToString("D")),
                new XElement("PrimaryEntity", step.PrimaryEntity),
                new XElement("AsyncAutoDelete", 0));
            if (step.UnsecureConfiguration != null)
            {
                root.Add(new XElement("Configuration", step.UnsecureConfiguration));
            }

            root.Add(
                new XElement("Description", step.Description ?? name),
                new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
                new XElement("InvocationSource", 1),
                new XElement("Mode", step.Mode),
                new XElement("Rank", step.Rank),
                new XElement("EventHandlerTypeCode", PluginTypeHandler),
                new XElement("Stage", step.Stage),
                new XElement("IsCustomizable", 1),
                new XElement("IsHidden", 0),
                new XElement("SupportedDeployment", 0),
                new XElement("IntroducedVersion", SolutionIdentity.Version));
            if (step.Images.Count > 0)
            {
                root.Add(new XElement("SdkMessageProcessingStepImages", step.Images.Select(image => Image(type, step, stepId, image))));
            }

            return new XDocument(root);
        }

        private static XElement Image(DeclaredPluginType type, DeclaredStep step, Guid stepId, DeclaredImage image)
        {
            var property = SdkMessages.ImagePropertyName(step.Message)
                ?? throw new InvalidOperationException(
                    $"{type.FullName} declares an image on {step.Message}, a message Dataverse takes no entity images on.");
            return new XElement(
                "SdkMessageProcessingStepImage",
                new XAttribute("Name", image.Alias),
                new XElement("SdkMessageProcessingStepImageId", "{" + StableId.ForImage(stepId, image.ImageType, image.Alias).ToString("D") + "}"),
                new XElement("Attributes", string.Join(",", image.Attributes)),
                new XElement("EntityAlias", image.Alias),
                new XElement("ImageType", image.ImageType),
                new XElement("MessagePropertyName", property),
                new XElement("IsCustomizable", 1));
        }
    }
}
