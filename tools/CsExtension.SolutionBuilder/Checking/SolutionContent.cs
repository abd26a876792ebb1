using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// The components of the checked solution, found by element name so that the unpacked layout (one file per
    /// component) and the packed customizations.xml (all in one file) read the same way. Files SolutionPackager keeps
    /// only for the managed package (<c>*_managed.xml</c>) are left out: they restate their unmanaged twin.
    /// </summary>
    public sealed class SolutionContent
    {
        public SolutionContent(SolutionSource source)
        {
            Source = source;
            var elements = source.Documents.Where(document => !document.IsManagedVariant)
                .SelectMany(document => document.Document.Descendants()).ToList();

            Manifest = elements.FirstOrDefault(element => XmlText.Is(element, "SolutionManifest"));
            var publisher = Manifest is null ? null : XmlText.ChildElement(Manifest, "Publisher");
            Prefix = publisher is null ? null : XmlText.Child(publisher, "CustomizationPrefix");
            OptionValuePrefix = publisher is not null && int.TryParse(XmlText.Child(publisher, "CustomizationOptionValuePrefix"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
            RootComponents = Manifest is null ? new List<XElement>() : Manifest.Descendants().Where(element => XmlText.Is(element, "RootComponent")).ToList();

            foreach (var entity in elements.Where(IsEntityDefinition))
            {
                var table = ReadTable(entity);
                Tables[table.LogicalName] = table;
            }

            // A global choice is a root optionset file or a child of the optionsets section; inline ones live under an attribute.
            GlobalOptionSets = elements.Where(element => XmlText.Is(element, "optionset") && (element.Parent is null || XmlText.Is(element.Parent, "optionsets"))).ToList();
            Relationships = elements.Where(element => XmlText.Is(element, "EntityRelationship") && XmlText.ChildElement(element, "EntityRelationshipType") is not null).ToList();
            WebResources = elements.Where(element => XmlText.Is(element, "WebResource") && XmlText.ChildElement(element, "WebResourceId") is not null).ToList();
            Forms = elements.Where(element => XmlText.Is(element, "systemform")).ToList();
            Views = elements.Where(element => XmlText.Is(element, "savedquery")).ToList();
            PluginAssemblies = elements.Where(element => XmlText.Is(element, "PluginAssembly")).ToList();
            PluginTypes = elements.Where(element => XmlText.Is(element, "PluginType") && element.Parent is not null && XmlText.Is(element.Parent, "PluginTypes")).ToList();
            Steps = elements.Where(element => XmlText.Is(element, "SdkMessageProcessingStep") && XmlText.Attribute(element, "SdkMessageProcessingStepId") is not null).ToList();
            Roles = elements.Where(IsRoleDefinition).ToList();
            AppModules = elements.Where(element => XmlText.Is(element, "AppModule") && XmlText.ChildElement(element, "UniqueName") is not null).ToList();
            AppModuleSiteMaps = elements.Where(element => XmlText.Is(element, "AppModuleSiteMap")).ToList();
            EnvironmentVariables = elements.Where(element => XmlText.Is(element, "environmentvariabledefinition")).ToList();
            CustomApis = elements.Where(element => XmlText.Is(element, "customapi") && XmlText.Attribute(element, "uniquename") is not null).ToList();
            Workflows = elements.Where(element => XmlText.Is(element, "Workflow") && XmlText.Attribute(element, "WorkflowId") is not null).ToList();
        }

        public SolutionSource Source { get; }

        public XElement? Manifest { get; }

        /// <summary>The publisher's CustomizationPrefix (e.g. csx); null when the manifest lacks it.</summary>
        public string? Prefix { get; }

        public int? OptionValuePrefix { get; }

        public IReadOnlyList<XElement> RootComponents { get; }

        /// <summary>Tables the solution defines or extends, by logical name.</summary>
        public Dictionary<string, TableInfo> Tables { get; } = new Dictionary<string, TableInfo>(StringComparer.OrdinalIgnoreCase);

        public IReadOnlyList<XElement> GlobalOptionSets { get; }

        public IReadOnlyList<XElement> Relationships { get; }

        public IReadOnlyList<XElement> WebResources { get; }

        public IReadOnlyList<XElement> Forms { get; }

        public IReadOnlyList<XElement> Views { get; }

        public IReadOnlyList<XElement> PluginAssemblies { get; }

        public IReadOnlyList<XElement> PluginTypes { get; }

        public IReadOnlyList<XElement> Steps { get; }

        public IReadOnlyList<XElement> Roles { get; }

        public IReadOnlyList<XElement> AppModules { get; }

        public IReadOnlyList<XElement> AppModuleSiteMaps { get; }

        public IReadOnlyList<XElement> EnvironmentVariables { get; }

        public IReadOnlyList<XElement> CustomApis { get; }

        public IReadOnlyList<XElement> Workflows { get; }

        public Finding At(XObject node, string rule, string message) => new Finding(Source.PathOf(node), XmlText.LineOf(node), rule, message);

        /// <summary>True when the table is the solution's or a standard one the built-in list knows.</summary>
        public bool TableExists(string logicalName) => Tables.ContainsKey(logicalName) || StandardTables.Contains(logicalName);

        /// <summary>Columns of a table: what the solution lists, plus the standard list, plus the system columns every table has.</summary>
        public bool ColumnExists(string table, string column)
        {
            if (Tables.TryGetValue(table, out var info) && info.Columns.ContainsKey(column))
            {
                return true;
            }

            return StandardTables.HasColumn(table, column);
        }

        /// <summary>The table a form or view belongs to: its enclosing Entity (packed) or its Entities/&lt;name&gt;/ folder (unpacked).</summary>
        public string? OwnerTable(XElement node)
        {
            var entity = node.Ancestors().FirstOrDefault(IsEntityDefinition);
            if (entity is not null)
            {
                return LogicalNameOf(entity);
            }

            var path = Source.PathOf(node).Split('/');
            return path.Length > 2 && string.Equals(path[0], "Entities", StringComparison.OrdinalIgnoreCase) ? path[1].ToLowerInvariant() : null;
        }

        /// <summary>A role file's root or a child of the Roles section; app role maps only reference roles.</summary>
        public static bool IsRoleDefinition(XElement element) =>
            XmlText.Is(element, "Role") && XmlText.Attribute(element, "id") is not null && (element.Parent is null || XmlText.Is(element.Parent, "Roles"));

        private static bool IsEntityDefinition(XElement element) =>
            XmlText.Is(element, "Entity") && XmlText.ChildElement(element, "Name") is not null
            && (element.Parent is null || XmlText.Is(element.Parent, "Entities"));

        private static string LogicalNameOf(XElement entity)
        {
            var info = XmlText.ChildElement(entity, "EntityInfo");
            var definition = info is null ? null : XmlText.ChildElement(info, "entity");
            var name = (definition is null ? null : XmlText.Attribute(definition, "Name")?.Value) ?? XmlText.Child(entity, "Name") ?? "";
            return name.Trim().ToLowerInvariant();
        }

        private static TableInfo ReadTable(XElement entity)
        {
            var logicalName = LogicalNameOf(entity);
            // A standard table the solution adds columns to is written like a custom one; the built-in list and the
            // object type code (below 10000 for every system table) tell them apart.
            var objectTypeCode = XmlText.Child(entity, "ObjectTypeCode");
            var isSystemCode = int.TryParse(objectTypeCode, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) && code < 10000;
            var table = new TableInfo(logicalName, !StandardTables.Contains(logicalName) && !isSystemCode, entity);
            foreach (var attribute in entity.Descendants().Where(element => XmlText.Is(element, "attribute") && element.Parent is not null && XmlText.Is(element.Parent, "attributes")))
            {
                table.Columns[ColumnName(attribute)] = attribute;
            }

            return table;
        }

        /// <summary>A column's logical name: its LogicalName or Name child, else the lower-cased PhysicalName.</summary>
        public static string ColumnName(XElement attribute) =>
            (XmlText.Child(attribute, "LogicalName") ?? XmlText.Child(attribute, "Name") ?? XmlText.Attribute(attribute, "PhysicalName")?.Value ?? "").Trim().ToLowerInvariant();

        /// <summary>Created by a publisher: flagged IsCustomField, or any column of a custom table that is not a system column.</summary>
        public static bool IsCustomColumn(TableInfo table, XElement attribute)
        {
            var flag = XmlText.Child(attribute, "IsCustomField");
            if (flag is not null)
            {
                return flag == "1";
            }

            var name = ColumnName(attribute);
            return table.IsCustom
                ? !StandardTables.IsSystemColumn(table.LogicalName, name)
                : !StandardTables.HasColumn(table.LogicalName, name);
        }
    }
}
