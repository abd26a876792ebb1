using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>Other/Relationships.xml (names only) and Other/Relationships/&lt;Entity&gt;.xml (definitions).</summary>
    internal static class RelationshipWriter
    {
        /// <summary>Schema names (entity names as exports spell them) of the platform tables we relate to.</summary>
        private static readonly Dictionary<string, string> PlatformSchemaNames = new(StringComparer.Ordinal)
        {
            ["account"] = "Account", ["contact"] = "Contact", ["contract"] = "Contract", ["opportunity"] = "Opportunity",
            ["task"] = "Task", ["appointment"] = "Appointment", ["phonecall"] = "PhoneCall", ["systemuser"] = "SystemUser",
            ["team"] = "Team", ["businessunit"] = "BusinessUnit", ["transactioncurrency"] = "TransactionCurrency", ["owner"] = "Owner",
        };

        public static string SchemaName(SolutionModel model, string logicalName) =>
            model.Tables.FirstOrDefault(t => t.LogicalName == logicalName)?.SchemaName
            ?? (PlatformSchemaNames.TryGetValue(logicalName, out var schema) ? schema : logicalName);

        /// <summary>The name of the 1:N relationship behind a lookup column.</summary>
        public static string LookupRelationshipName(Table table, Column column) =>
            $"csx_{column.LookupTarget}_{table.LogicalName}_{column.LogicalName.Replace("csx_", string.Empty, StringComparison.Ordinal)}";

        public static IReadOnlyList<RelationshipSpec> All(SolutionModel model)
        {
            var result = new List<RelationshipSpec>();
            foreach (var table in model.Tables)
            {
                foreach (var column in table.Columns.Where(c => c.Type == ColumnType.Lookup))
                {
                    result.Add(new RelationshipSpec(LookupRelationshipName(table, column), false,
                        SchemaName(model, column.LookupTarget!), table.SchemaName, column.LogicalName)
                    {
                        CascadeDelete = column.DeleteWithParent ? "Cascade" : "RemoveLink",
                        CascadeAssign = "NoCascade",
                        Description = column.Description.English,
                    });
                }

                if (!table.IsStandard)
                {
                    result.AddRange(SystemRelationships(model, table));
                }
            }

            result.AddRange(model.ManyToMany.Select(m => new RelationshipSpec(m.Name, true,
                SchemaName(model, m.FirstTable), SchemaName(model, m.SecondTable), null) { CascadeDelete = "NoCascade", Description = m.Description.English }));
            return result.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        }

        // The relationships the platform creates with a new user-owned table (exports list them under SystemUser.xml,
        // Team.xml, BusinessUnit.xml, Owner.xml, TransactionCurrency.xml).
        private static IEnumerable<RelationshipSpec> SystemRelationships(SolutionModel model, Table table)
        {
            var e = table.LogicalName;
            var schema = table.SchemaName;
            RelationshipSpec Link(string name, string referenced, string attribute, string delete = "NoCascade") =>
                new(name, false, referenced, schema, attribute) { CascadeDelete = delete };
            yield return Link($"lk_{e}_createdby", "SystemUser", "createdby");
            yield return Link($"lk_{e}_createdonbehalfby", "SystemUser", "createdonbehalfby");
            yield return Link($"lk_{e}_modifiedby", "SystemUser", "modifiedby");
            yield return Link($"lk_{e}_modifiedonbehalfby", "SystemUser", "modifiedonbehalfby");
            yield return Link($"user_{e}", "SystemUser", "owninguser");
            yield return Link($"team_{e}", "Team", "owningteam");
            yield return Link($"business_unit_{e}", "BusinessUnit", "owningbusinessunit", "Restrict");
            yield return Link($"owner_{e}", "Owner", "ownerid");
            if (table.Columns.Any(c => c.Type == ColumnType.Currency))
            {
                yield return Link($"TransactionCurrency_{e}", "TransactionCurrency", "transactioncurrencyid");
            }
        }

        public static void Write(SolutionModel model, SolutionOutput output)
        {
            var all = All(model);
            output.Write("Other/Relationships.xml", new XElement("EntityRelationships", XsiDeclaration(),
                all.Select(r => new XElement("EntityRelationship", new XAttribute("Name", r.Name)))));

            foreach (var group in all.GroupBy(r => r.FileEntity).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.Write($"Other/Relationships/{group.Key}.xml",
                    new XElement("EntityRelationships", XsiDeclaration(), group.Select(Definition)));
            }
        }

        private static XElement Definition(RelationshipSpec r) => r.IsManyToMany
            ? new XElement("EntityRelationship", new XAttribute("Name", r.Name),
                new XElement("EntityRelationshipType", "ManyToMany"),
                new XElement("IsCustomizable", "1"),
                new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                new XElement("IsHierarchical", "0"),
                new XElement("FirstEntityName", r.ReferencedOrFirst),
                new XElement("SecondEntityName", r.ReferencingOrSecond),
                new XElement("IntersectEntityName", r.Name),
                Cascades(r),
                new XElement("IsValidForAdvancedFind", "1"),
                new XElement("RelationshipDescription", Labels("Descriptions", "Description", new Label(r.Description, r.Description))),
                new XElement("EntityRelationshipRoles",
                    Role(r.Name, 0, showInNavigation: true),
                    Role(r.Name, 0, showInNavigation: true)))
            : new XElement("EntityRelationship", new XAttribute("Name", r.Name),
                new XElement("EntityRelationshipType", "OneToMany"),
                new XElement("IsCustomizable", "1"),
                new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                new XElement("IsHierarchical", "0"),
                new XElement("ReferencingEntityName", r.ReferencingOrSecond),
                new XElement("ReferencedEntityName", r.ReferencedOrFirst),
                Cascades(r),
                new XElement("IsValidForAdvancedFind", "1"),
                new XElement("ReferencingAttributeName", r.Attribute),
                new XElement("RelationshipDescription", Labels("Descriptions", "Description", new Label(r.Description, r.Description))),
                new XElement("EntityRelationshipRoles",
                    Role(r.Attribute!, 1, showInNavigation: true),
                    Role(r.Name, 0, showInNavigation: false)));

        private static IEnumerable<XElement> Cascades(RelationshipSpec r)
        {
            yield return new XElement("CascadeAssign", r.CascadeDelete == "Cascade" ? "Cascade" : r.CascadeAssign);
            yield return new XElement("CascadeDelete", r.CascadeDelete);
            if (!r.IsManyToMany)
            {
                yield return new XElement("CascadeArchive", "NoCascade");
            }

            yield return new XElement("CascadeReparent", "NoCascade");
            yield return new XElement("CascadeShare", "NoCascade");
            yield return new XElement("CascadeUnshare", "NoCascade");
            if (!r.IsManyToMany)
            {
                yield return new XElement("CascadeRollupView", "NoCascade");
            }
        }

        private static XElement Role(string navigationProperty, int roleType, bool showInNavigation) =>
            new("EntityRelationshipRole",
                showInNavigation ? new XElement("NavPaneDisplayOption", "UseCollectionName") : null,
                showInNavigation ? new XElement("NavPaneArea", "Details") : null,
                showInNavigation ? new XElement("NavPaneOrder", "10000") : null,
                new XElement("NavigationPropertyName", navigationProperty),
                new XElement("RelationshipRoleType", Xml.Number(roleType)));
    }
}
