using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>Entities/&lt;SchemaName&gt;/Entity.xml: a custom table in full, a standard table with only our columns.</summary>
    internal static class EntityWriter
    {
        public static string Folder(Table table) => "Entities/" + table.SchemaName;

        public static void Write(SolutionModel model, SolutionOutput output)
        {
            foreach (var table in model.Tables)
            {
                output.Write(Folder(table) + "/Entity.xml", table.IsStandard ? Standard(table) : Custom(table));
            }
        }

        private static IEnumerable<XElement> Attributes(Table table) =>
            table.Columns.SelectMany(c => AttributeWriter.Specs(table, c))
                .Concat(table.IsStandard ? Enumerable.Empty<AttributeSpec>() : SystemColumns.For(table))
                // Exports list attributes by physical name; a stable order keeps diffs small.
                .OrderBy(a => a.LogicalName, System.StringComparer.Ordinal)
                .Select(AttributeWriter.Write);

        private static XElement Standard(Table table) => new("Entity", XsiDeclaration(),
            new XElement("Name", new XAttribute("LocalizedName", table.DisplayName.English), new XAttribute("OriginalName", table.DisplayName.English), table.SchemaName),
            new XElement("EntityInfo",
                // unmodified="1": the table itself is the platform's; only the attributes below are the solution's.
                new XElement("entity", new XAttribute("Name", table.SchemaName), new XAttribute("unmodified", "1"),
                    new XElement("attributes", Attributes(table)))),
            new XElement("FormXml"),
            new XElement("SavedQueries"),
            new XElement("RibbonDiffXml"));

        private static XElement Custom(Table table) => new("Entity", XsiDeclaration(),
            new XElement("Name", new XAttribute("LocalizedName", table.DisplayName.English), new XAttribute("OriginalName", table.DisplayName.English), table.SchemaName),
            new XElement("EntityInfo",
                new XElement("entity", new XAttribute("Name", table.SchemaName),
                    Labels("LocalizedNames", "LocalizedName", table.DisplayName),
                    Labels("LocalizedCollectionNames", "LocalizedCollectionName", table.PluralName),
                    Labels("Descriptions", "Description", table.Description),
                    new XElement("attributes", Attributes(table)),
                    Keys(table),
                    new XElement("EntitySetName", table.EntitySetName),
                    Flags(
                        ("IsDuplicateCheckSupported", true), ("IsBusinessProcessEnabled", false), ("IsRequiredOffline", false),
                        ("IsInteractionCentricEnabled", false), ("IsCollaboration", false), ("AutoRouteToOwnerQueue", false),
                        ("IsConnectionsEnabled", false), ("IsDocumentManagementEnabled", false), ("AutoCreateAccessTeams", false),
                        ("IsOneNoteIntegrationEnabled", false), ("IsKnowledgeManagementEnabled", false), ("IsSLAEnabled", false),
                        ("IsDocumentRecommendationsEnabled", false), ("IsBPFEntity", false)),
                    new XElement("OwnershipTypeMask", "UserOwned"),
                    // Audit on: who changed a policy, a configuration or a request matters to CS teams.
                    Flags(("IsAuditEnabled", true), ("IsRetrieveAuditEnabled", false), ("IsRetrieveMultipleAuditEnabled", false), ("IsActivity", false)),
                    new XElement("ActivityTypeMask", string.Empty),
                    Flags(("IsActivityParty", false), ("IsReplicated", false), ("IsReplicationUserFiltered", false), ("IsMailMergeEnabled", true),
                        ("IsVisibleInMobile", false), ("IsVisibleInMobileClient", true), ("IsReadOnlyInMobileClient", false), ("IsOfflineInMobileClient", false)),
                    new XElement("DaysSinceRecordLastModified", "0"),
                    new XElement("MobileOfflineFilters", string.Empty),
                    Flags(("IsMapiGridEnabled", true), ("IsReadingPaneEnabled", true), ("IsQuickCreateEnabled", false), ("SyncToExternalSearchIndex", false)),
                    new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                    Flags(("IsCustomizable", true), ("IsRenameable", true), ("IsMappable", true), ("CanModifyAuditSettings", true),
                        ("CanModifyMobileVisibility", true), ("CanModifyMobileClientVisibility", true), ("CanModifyMobileClientReadOnly", true),
                        ("CanModifyMobileClientOffline", true), ("CanModifyConnectionSettings", true), ("CanModifyDuplicateDetectionSettings", true),
                        ("CanModifyMailMergeSettings", true), ("CanModifyQueueSettings", true), ("CanCreateAttributes", true), ("CanCreateForms", true),
                        ("CanCreateCharts", true), ("CanCreateViews", true), ("CanModifyAdditionalSettings", true), ("CanEnableSyncToExternalSearchIndex", true),
                        ("EnforceStateTransitions", false), ("CanChangeHierarchicalRelationship", true), ("EntityHelpUrlEnabled", false),
                        ("ChangeTrackingEnabled", false), ("CanChangeTrackingBeEnabled", true), ("IsEnabledForExternalChannels", false),
                        ("IsMSTeamsIntegrationEnabled", false), ("IsSolutionAware", false)))),
            new XElement("FormXml"),
            new XElement("SavedQueries"),
            new XElement("RibbonDiffXml"));

        private static IEnumerable<XElement> Flags(params (string Name, bool Value)[] flags) =>
            flags.Select(f => new XElement(f.Name, Flag(f.Value)));

        private static XElement? Keys(Table table) => table.Keys.Count == 0
            ? null
            : new XElement("EntityKeys", table.Keys.Select(k => new XElement("EntityKey",
                new XElement("Name", k.LogicalName),
                new XElement("LogicalName", k.LogicalName),
                new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                new XElement("IsCustomizable", "1"),
                Labels("displaynames", "displayname", k.DisplayName),
                new XElement("EntityKeyAttributes", k.Columns.Select(c => new XElement("AttributeName", c))))));
    }
}
