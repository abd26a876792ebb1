using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// The known gaps between the shared schemas and what current Dataverse exports contain (solution-format.md §5.3),
    /// applied to an in-memory copy of each schema so the shared files stay byte-for-byte as published. Exactly these:
    /// <list type="bullet">
    /// <item>SdkMessageProcessingStep children in any order (exports put SdkMessageId first; both sets want a sequence) — both sets;</item>
    /// <item>entity <c>IsRetrieveAuditEnabled</c>, <c>IsRetrieveMultipleAuditEnabled</c> — Microsoft's set;</item>
    /// <item>attribute <c>AutoNumberFormat</c> — Microsoft's set;</item>
    /// <item>form <c>headerdensity</c> attribute — Microsoft's FormXml.xsd;</item>
    /// <item>customizations.xml root attributes <c>OrganizationVersion</c>, <c>OrganizationSchemaType</c>,
    /// <c>CRMServerServiceabilityVersion</c> and the newer sections <c>EntityImageConfigs</c>, <c>AttributeImageConfigs</c>
    /// (after Templates) and <c>CanvasApps</c>, <c>Connectors</c>, <c>connectionreferences</c>,
    /// <c>environmentvariabledefinitions</c>, <c>customapis</c> (in that order, before Languages; their content is not
    /// validated, the 2017 set has no type for it) — Microsoft's set;</item>
    /// <item>an empty <c>AppModules</c> section (the set requires at least one AppModule) — Microsoft's set;</item>
    /// <item>newer children current exports write: column <c>IsSearchable</c>, <c>IsFilterable</c>, <c>IsRetrievable</c>,
    /// <c>IsLocalizable</c>; table <c>IsMSTeamsIntegrationEnabled</c>, <c>IsSolutionAware</c>; relationship
    /// <c>CascadeArchive</c>; role <c>IsAutoAssigned</c>; app-module site map <c>EnableCollapsibleGroups</c>,
    /// <c>ShowHome</c>, <c>ShowPinned</c>, <c>ShowRecents</c>; app module <c>OptimizedFor</c>, <c>statecode</c>,
    /// <c>statuscode</c>, <c>NavigationType</c> — Microsoft's set;</item>
    /// <item>Description children in the manifest's own <c>Descriptions</c> (declared as text) — talxis' Solution.xsd.</item>
    /// </list>
    /// </summary>
    public static class SchemaOverrides
    {
        private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

        public static void ApplyToBoth(XDocument schema)
        {
            // A step's children are each optional and single, so xs:all accepts exactly the same content in any order.
            foreach (var sequence in schema.Descendants(Xs + "sequence").Where(sequence => HasElements(sequence, "PluginTypeName", "Stage", "SdkMessageId")).ToList())
            {
                sequence.Name = Xs + "all";
            }
        }

        /// <summary>
        /// The talxis set declares the manifest's own <c>Descriptions</c> as plain text (its sample had none), while
        /// manifests carry <c>Description description languagecode</c> children exactly like the publisher's
        /// (solution-format.md §1.3): give it the publisher's Descriptions type.
        /// </summary>
        public static void ApplyToUnpacked(XDocument schema)
        {
            ApplyToBoth(schema);
            var manifest = schema.Descendants(Xs + "element").FirstOrDefault(element => (string?)element.Attribute("name") == "SolutionManifest");
            var textDescriptions = manifest?.Descendants(Xs + "element")
                .FirstOrDefault(element => (string?)element.Attribute("name") == "Descriptions" && (string?)element.Attribute("type") == "xs:string");
            var typedDescriptions = manifest?.Descendants(Xs + "element")
                .FirstOrDefault(element => (string?)element.Attribute("name") == "Descriptions" && element.Element(Xs + "complexType") is not null);
            if (textDescriptions is not null && typedDescriptions is not null)
            {
                textDescriptions.Attribute("type")!.Remove();
                textDescriptions.Add(new XElement(typedDescriptions.Element(Xs + "complexType")!));
            }
        }

        public static void ApplyToMicrosoft(XDocument schema)
        {
            ApplyToBoth(schema);
            foreach (var all in schema.Descendants(Xs + "all").Where(all => HasElements(all, "OwnershipTypeMask", "IsAuditEnabled")).ToList())
            {
                AddOptionalElement(all, "IsRetrieveAuditEnabled");
                AddOptionalElement(all, "IsRetrieveMultipleAuditEnabled");
            }

            foreach (var all in schema.Descendants(Xs + "all").Where(all => HasElements(all, "ImeMode", "RequiredLevel")).ToList())
            {
                AddOptionalElement(all, "AutoNumberFormat");

                // Search and retrieval flags that current exports write on every column (newer than the 2017 set).
                foreach (var name in new[] { "IsSearchable", "IsFilterable", "IsRetrievable", "IsLocalizable" })
                {
                    AddOptionalElement(all, name);
                }
            }

            foreach (var all in schema.Descendants(Xs + "all").Where(all => HasElements(all, "OwnershipTypeMask", "IsAuditEnabled")).ToList())
            {
                AddOptionalElement(all, "IsMSTeamsIntegrationEnabled");
                AddOptionalElement(all, "IsSolutionAware");
            }

            // Newer elements of relationships, roles and apps, in the position current exports write them.
            InsertOptionalAfter(schema, "CascadeDelete", null, "CascadeArchive");
            InsertOptionalAfter(schema, "IsCustomizable", "RolePrivileges", "IsAutoAssigned");
            InsertOptionalAfter(schema, "SiteMapUniqueName", null, "EnableCollapsibleGroups", "ShowHome", "ShowPinned", "ShowRecents");
            InsertOptionalAfter(schema, "WebResourceId", null, "OptimizedFor", "statecode", "statuscode");
            InsertOptionalAfter(schema, "ClientType", null, "NavigationType");

            var formType = schema.Root!.Elements(Xs + "complexType").FirstOrDefault(type => (string?)type.Attribute("name") == "FormType");
            if (formType is not null && !formType.Elements(Xs + "attribute").Any(attribute => (string?)attribute.Attribute("name") == "headerdensity"))
            {
                formType.Add(new XElement(Xs + "attribute", new XAttribute("name", "headerdensity"), new XAttribute("type", "xs:string"), new XAttribute("use", "optional")));
            }

            var appModules = schema.Root.Elements(Xs + "complexType").FirstOrDefault(type => (string?)type.Attribute("name") == "AppModulesType");
            var appModule = appModules?.Descendants(Xs + "element").FirstOrDefault(element => (string?)element.Attribute("name") == "AppModule");
            appModule?.SetAttributeValue("minOccurs", "0");

            var root = schema.Root.Elements(Xs + "element").FirstOrDefault(element => (string?)element.Attribute("name") == "ImportExportXml");
            var rootType = root?.Element(Xs + "complexType");
            var sections = rootType?.Element(Xs + "sequence");
            if (rootType is null || sections is null)
            {
                return;
            }

            foreach (var attribute in new[] { "OrganizationVersion", "OrganizationSchemaType", "CRMServerServiceabilityVersion" })
            {
                rootType.Add(new XElement(Xs + "attribute", new XAttribute("name", attribute), new XAttribute("type", "xs:string"), new XAttribute("use", "optional")));
            }

            var templates = sections.Elements(Xs + "element").First(element => (string?)element.Attribute("name") == "Templates");
            templates.AddAfterSelf(AnySection("EntityImageConfigs"), AnySection("AttributeImageConfigs"));
            var languages = sections.Elements(Xs + "element").First(element => (string?)element.Attribute("name") == "Languages");
            languages.AddBeforeSelf(AnySection("CanvasApps"), AnySection("Connectors"), AnySection("connectionreferences"),
                AnySection("environmentvariabledefinitions"), AnySection("customapis"));
        }

        private static void InsertOptionalAfter(XDocument schema, string after, string? sequenceHaving, params string[] names)
        {
            var anchors = schema.Descendants().Where(group => group.Name == Xs + "sequence" || group.Name == Xs + "all" || group.Name == Xs + "choice")
                .Where(sequence => sequenceHaving == null || HasElements(sequence, sequenceHaving))
                .SelectMany(sequence => sequence.Elements(Xs + "element").Where(element => (string?)element.Attribute("name") == after))
                .ToList();
            foreach (var anchor in anchors)
            {
                var sequence = anchor.Parent!;
                var missing = names.Where(name => !HasElements(sequence, name)).ToList();
                anchor.AddAfterSelf(missing.Select(name => new XElement(Xs + "element", new XAttribute("name", name), new XAttribute("type", "xs:string"),
                    new XAttribute("minOccurs", "0"), new XAttribute("maxOccurs", "1"))));
            }
        }

        private static bool HasElements(XElement group, params string[] names)
        {
            var present = new HashSet<string>(group.Elements(Xs + "element").Select(element => (string?)element.Attribute("name") ?? ""));
            return names.All(present.Contains);
        }

        private static void AddOptionalElement(XElement all, string name)
        {
            if (!all.Elements(Xs + "element").Any(element => (string?)element.Attribute("name") == name))
            {
                all.Add(new XElement(Xs + "element", new XAttribute("name", name), new XAttribute("type", "xs:string"),
                    new XAttribute("minOccurs", "0"), new XAttribute("maxOccurs", "1")));
            }
        }

        private static XElement AnySection(string name) =>
            new XElement(Xs + "element", new XAttribute("name", name), new XAttribute("minOccurs", "0"), new XAttribute("maxOccurs", "1"),
                new XElement(Xs + "complexType",
                    new XElement(Xs + "sequence",
                        new XElement(Xs + "any", new XAttribute("processContents", "skip"), new XAttribute("minOccurs", "0"), new XAttribute("maxOccurs", "unbounded"))),
                    new XElement(Xs + "anyAttribute", new XAttribute("processContents", "skip"))));
    }
}
