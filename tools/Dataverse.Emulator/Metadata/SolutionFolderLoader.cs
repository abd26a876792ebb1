using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.Emulator.Metadata
{
    /// <summary>
    /// Reads the metadata of an unpacked solution (the layout of SolutionPackager / pac solution unpack, described in
    /// shared/reference/solution-format.md §2.1, §2.4, §2.5 and §3.1) into a catalog:
    /// <list type="bullet">
    /// <item>OptionSets/*.xml — one global choice per file (root <c>optionset</c>);</item>
    /// <item>Entities/*/Entity.xml — one table (root <c>Entity</c>: <c>Name</c>, <c>EntityInfo/entity</c> with
    /// <c>attributes/attribute</c>, <c>EntitySetName</c>, <c>OwnershipTypeMask</c>, <c>IsActivity</c>, <c>EntityKeys</c>);
    /// a file for a standard table carries only the solution's columns, which are merged into the built-in table;</item>
    /// <item>Other/Relationships/*.xml and Other/Relationships.xml — <c>EntityRelationship</c> elements with an
    /// <c>EntityRelationshipType</c> (the skeleton Relationships.xml lists names only and is skipped).</item>
    /// </list>
    /// </summary>
    internal sealed class SolutionFolderLoader
    {
        private const int English = 1033;
        private readonly MetadataCatalog _catalog;

        public SolutionFolderLoader(MetadataCatalog catalog) => _catalog = catalog;

        public void Load(string solutionFolder)
        {
            if (!Directory.Exists(solutionFolder))
            {
                throw new DirectoryNotFoundException($"Solution folder '{solutionFolder}' does not exist.");
            }

            var optionSetFolder = Path.Combine(solutionFolder, "OptionSets");
            if (Directory.Exists(optionSetFolder))
            {
                foreach (var file in Directory.GetFiles(optionSetFolder, "*.xml").OrderBy(f => f, StringComparer.Ordinal))
                {
                    LoadOptionSet(XDocument.Load(file).Root!);
                }
            }

            var entitiesFolder = Path.Combine(solutionFolder, "Entities");
            if (Directory.Exists(entitiesFolder))
            {
                foreach (var folder in Directory.GetDirectories(entitiesFolder).OrderBy(f => f, StringComparer.Ordinal))
                {
                    var file = Path.Combine(folder, "Entity.xml");
                    if (File.Exists(file))
                    {
                        LoadEntity(XDocument.Load(file).Root!, file);
                    }
                }
            }

            var relationshipFiles = new List<string>();
            var relationshipsFolder = Path.Combine(solutionFolder, "Other", "Relationships");
            if (Directory.Exists(relationshipsFolder))
            {
                relationshipFiles.AddRange(Directory.GetFiles(relationshipsFolder, "*.xml").OrderBy(f => f, StringComparer.Ordinal));
            }

            var skeleton = Path.Combine(solutionFolder, "Other", "Relationships.xml");
            if (File.Exists(skeleton))
            {
                relationshipFiles.Add(skeleton);
            }

            foreach (var file in relationshipFiles)
            {
                foreach (var element in XDocument.Load(file).Descendants("EntityRelationship"))
                {
                    LoadRelationship(element);
                }
            }
        }

        // ------------------------------------------------------------------ global choices

        private void LoadOptionSet(XElement optionSet)
        {
            var name = (string?)optionSet.Attribute("Name");
            if (!string.IsNullOrEmpty(name))
            {
                _catalog.AddOptionSet(name, ReadOptions(optionSet.Element("options")));
            }
        }

        // ------------------------------------------------------------------ tables

        private void LoadEntity(XElement entityRoot, string file)
        {
            var schemaName = entityRoot.Element("Name")?.Value.Trim();
            var info = entityRoot.Element("EntityInfo")?.Element("entity");
            if (string.IsNullOrEmpty(schemaName))
            {
                schemaName = (string?)info?.Attribute("Name");
            }

            if (string.IsNullOrEmpty(schemaName))
            {
                throw new InvalidDataException($"{file}: the Entity has no Name.");
            }

            // A table's logical name is its schema name in lower case.
            var logicalName = schemaName.ToLowerInvariant();
            var columns = new List<ColumnDefinition>();
            string? primaryId = null;
            string? primaryName = null;
            List<StateDefinition>? states = null;
            List<(int Value, string Label, int State)>? statuses = null;

            foreach (var attribute in info?.Element("attributes")?.Elements("attribute") ?? Enumerable.Empty<XElement>())
            {
                var typeText = Text(attribute, "Type")?.ToLowerInvariant();
                var name = (Text(attribute, "LogicalName") ?? Text(attribute, "Name") ?? (string?)attribute.Attribute("PhysicalName"))?.ToLowerInvariant();
                if (string.IsNullOrEmpty(name) || typeText is null)
                {
                    continue;
                }

                if (typeText == "primarykey")
                {
                    primaryId = name;
                }

                if ((Text(attribute, "DisplayMask") ?? string.Empty).Split('|').Contains("PrimaryName", StringComparer.Ordinal))
                {
                    primaryName = name;
                }

                if (typeText == "state")
                {
                    states = ReadStates(attribute.Element("optionset")?.Element("states"));
                    continue;
                }

                if (typeText == "status")
                {
                    statuses = ReadStatuses(attribute.Element("optionset")?.Element("statuses"));
                    continue;
                }

                var column = ReadColumn(attribute, name, typeText);
                if (column is not null)
                {
                    columns.Add(column);
                }
            }

            var isNew = !_catalog.TryGetTable(logicalName, out var table);
            if (isNew)
            {
                var ownership = ParseOwnership(Text(info, "OwnershipTypeMask"));
                var isActivity = Text(info, "IsActivity") == "1";
                table = new TableDefinition(
                    logicalName,
                    Text(info, "EntitySetName") ?? logicalName + "s",
                    primaryId ?? (isActivity ? "activityid" : logicalName + "id"),
                    primaryName)
                {
                    OwnershipType = ownership,
                    IsActivity = isActivity,
                    DisplayName = LocalizedName(info?.Element("LocalizedNames"), "LocalizedName")
                        ?? (string?)entityRoot.Element("Name")?.Attribute("LocalizedName"),
                };

                // Every custom table has the system columns even when a hand-written Entity.xml leaves them out
                // (an exported one lists them all, solution-format.md §2.1).
                table.SetColumns(ownership == OwnershipType.OrganizationOwned
                    ? StandardTables.OrganizationOwnedSystemColumns()
                    : StandardTables.UserOwnedSystemColumns());
                table.SetColumn(ColumnDefinition.Id(table.PrimaryIdAttribute));
            }

            table.SetColumns(columns);

            if (states is { Count: > 0 })
            {
                table.SetStateModel(states, statuses ?? new List<(int, string, int)>());
            }
            else if (statuses is { Count: > 0 } && table.HasStateModel)
            {
                // A standard table's Entity.xml may add status reasons only (statuscode without statecode).
                var existing = table.Columns[TableDefinition.StatusColumn];
                var merged = existing.StatusStates.Select(s => (s.Key, existing.Options[s.Key], s.Value))
                    .Where(s => statuses.All(n => n.Value != s.Key))
                    .Concat(statuses)
                    .ToList();
                table.SetStateModel(table.States.Values.ToList(), merged);
            }
            else if (isNew && !table.HasStateModel)
            {
                // The default state model of a new table: Active 0 (Active 1), Inactive 1 (Inactive 2).
                table.SetStateModel(
                    new[] { new StateDefinition(0, "Active", 1), new StateDefinition(1, "Inactive", 2) },
                    new[] { (1, "Active", 0), (2, "Inactive", 1) });
            }

            foreach (var key in info?.Element("EntityKeys")?.Elements("EntityKey") ?? Enumerable.Empty<XElement>())
            {
                var keyName = Text(key, "LogicalName") ?? Text(key, "Name");
                var keyColumns = key.Element("EntityKeyAttributes")?.Elements("AttributeName")
                    .Select(a => a.Value.Trim().ToLowerInvariant()).ToArray() ?? Array.Empty<string>();
                if (!string.IsNullOrEmpty(keyName) && keyColumns.Length > 0)
                {
                    table.AddAlternateKey(keyName.ToLowerInvariant(), keyColumns);
                }
            }

            if (isNew)
            {
                _catalog.AddTable(table);
            }
        }

        private ColumnDefinition? ReadColumn(XElement attribute, string name, string typeText)
        {
            ColumnType type;
            switch (typeText)
            {
                case "primarykey":
                case "uniqueidentifier":
                    type = ColumnType.UniqueIdentifier;
                    break;
                case "nvarchar":
                    type = ColumnType.String;
                    break;
                case "ntext":
                case "memo":
                    type = ColumnType.Memo;
                    break;
                case "int":
                    type = ColumnType.Integer;
                    break;
                case "bigint":
                    type = ColumnType.BigInt;
                    break;
                case "decimal":
                    type = ColumnType.Decimal;
                    break;
                case "float":
                    type = ColumnType.Double;
                    break;
                case "money":
                    type = ColumnType.Money;
                    break;
                case "bit":
                    type = ColumnType.Boolean;
                    break;
                case "datetime":
                    type = ColumnType.DateTime;
                    break;
                case "lookup":
                    type = ColumnType.Lookup;
                    break;
                case "owner":
                    type = ColumnType.Owner;
                    break;
                case "customer":
                    type = ColumnType.Customer;
                    break;
                case "picklist":
                    type = ColumnType.Picklist;
                    break;
                case "multiselectpicklist":
                    type = ColumnType.MultiSelectPicklist;
                    break;
                case "entityname":
                    type = ColumnType.EntityName;
                    break;
                default:
                    // virtual (name/yomi companions), partylist, image, file, managedproperty: not emulated.
                    return null;
            }

            // A money column's "<name>_base" companion is computed by the platform.
            var calculated = Text(attribute, "CalculationOf") is not null;
            var column = new ColumnDefinition(name, type)
            {
                DisplayName = LocalizedName(attribute.Element("displaynames"), "displayname"),
                RequiredLevel = ParseRequiredLevel(Text(attribute, "RequiredLevel")),
                IsValidForCreate = !calculated && Flag(attribute, "ValidForCreateApi", true),
                IsValidForUpdate = !calculated && Flag(attribute, "ValidForUpdateApi", true),
                IsValidForRead = Flag(attribute, "ValidForReadApi", true),
                MaxLength = type is ColumnType.String or ColumnType.Memo ? Int(attribute, "MaxLength") : null,
                Precision = type is ColumnType.Decimal or ColumnType.Double or ColumnType.Money ? Int(attribute, "Accuracy") : null,
                // Behavior 2 is DateOnly (1 user local, 3 time-zone independent), per DateTimeBehavior in the metadata reference.
                IsDateOnly = type == ColumnType.DateTime && Text(attribute, "Behavior") == "2",
            };

            if (type is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money)
            {
                column = column with { MinValue = Number(attribute, "MinValue"), MaxValue = Number(attribute, "MaxValue") };
            }

            if (type == ColumnType.Owner)
            {
                column = column with { Targets = new[] { "systemuser", "team" } };
            }
            else if (type == ColumnType.Customer)
            {
                column = column with { Targets = new[] { "account", "contact" } };
            }

            if (type is ColumnType.Picklist or ColumnType.MultiSelectPicklist)
            {
                var optionSetName = Text(attribute, "OptionSetName");
                var inline = attribute.Element("optionset");
                if (optionSetName is not null)
                {
                    column = column with
                    {
                        OptionSetName = optionSetName,
                        Options = _catalog.OptionSets.TryGetValue(optionSetName, out var global) ? global : new Dictionary<int, string>(),
                    };
                }
                else if (inline is not null)
                {
                    column = column with { Options = ReadOptions(inline.Element("options")) };
                }
            }

            return column;
        }

        // ------------------------------------------------------------------ relationships

        private void LoadRelationship(XElement element)
        {
            var name = (string?)element.Attribute("Name");
            var type = Text(element, "EntityRelationshipType");
            if (string.IsNullOrEmpty(name) || type is null)
            {
                return; // the skeleton Other/Relationships.xml names relationships without defining them
            }

            if (type == "OneToMany")
            {
                var referenced = Text(element, "ReferencedEntityName")?.ToLowerInvariant();
                var referencing = Text(element, "ReferencingEntityName")?.ToLowerInvariant();
                var attribute = Text(element, "ReferencingAttributeName")?.ToLowerInvariant();
                if (referenced is null || referencing is null || attribute is null)
                {
                    return;
                }

                // The referenced column is the referenced table's primary key (the XML does not name it).
                var referencedKey = _catalog.TryGetTable(referenced, out var referencedTable)
                    ? referencedTable.PrimaryIdAttribute
                    : referenced + "id";
                _catalog.AddRelationship(new OneToManyRelationship(name, referenced, referencedKey, referencing, attribute));
            }
            else if (type == "ManyToMany")
            {
                var first = Text(element, "FirstEntityName")?.ToLowerInvariant();
                var second = Text(element, "SecondEntityName")?.ToLowerInvariant();
                var intersect = Text(element, "IntersectEntityName")?.ToLowerInvariant();
                if (first is null || second is null || intersect is null)
                {
                    return;
                }

                // The intersect table holds each side's primary key; a self-referential N:N has no second column of
                // the same name, so the platform suffixes them "one" and "two".
                var firstKey = KeyOf(first);
                var secondKey = KeyOf(second);
                if (firstKey == secondKey)
                {
                    firstKey += "one";
                    secondKey += "two";
                }

                _catalog.AddRelationship(new ManyToManyRelationship(name, intersect, first, firstKey, second, secondKey));
                if (!_catalog.TryGetTable(intersect, out _))
                {
                    var intersectTable = new TableDefinition(intersect, intersect + "set", intersect + "id", null)
                    {
                        IsIntersect = true,
                        OwnershipType = OwnershipType.None,
                    };
                    intersectTable.SetColumns(new[]
                    {
                        ColumnDefinition.Id(intersect + "id"),
                        new ColumnDefinition(firstKey, ColumnType.UniqueIdentifier),
                        new ColumnDefinition(secondKey, ColumnType.UniqueIdentifier),
                        ColumnDefinition.VersionNumber(),
                    });
                    _catalog.AddTable(intersectTable);
                }
            }
        }

        private string KeyOf(string table) =>
            _catalog.TryGetTable(table, out var definition) ? definition.PrimaryIdAttribute : table + "id";

        // ------------------------------------------------------------------ XML helpers

        private static Dictionary<int, string> ReadOptions(XElement? options)
        {
            var result = new Dictionary<int, string>();
            foreach (var option in options?.Elements("option") ?? Enumerable.Empty<XElement>())
            {
                if (int.TryParse((string?)option.Attribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    result[value] = Label(option) ?? value.ToString(CultureInfo.InvariantCulture);
                }
            }

            return result;
        }

        private static List<StateDefinition> ReadStates(XElement? states)
        {
            var result = new List<StateDefinition>();
            foreach (var state in states?.Elements("state") ?? Enumerable.Empty<XElement>())
            {
                var value = (int?)state.Attribute("value");
                var defaultStatus = (int?)state.Attribute("defaultstatus");
                if (value is null || defaultStatus is null)
                {
                    continue;
                }

                var name = (string?)state.Attribute("invariantname") ?? Label(state) ?? value.Value.ToString(CultureInfo.InvariantCulture);
                result.Add(new StateDefinition(value.Value, name, defaultStatus.Value));
            }

            return result;
        }

        private static List<(int Value, string Label, int State)> ReadStatuses(XElement? statuses)
        {
            var result = new List<(int, string, int)>();
            foreach (var status in statuses?.Elements("status") ?? Enumerable.Empty<XElement>())
            {
                var value = (int?)status.Attribute("value");
                var state = (int?)status.Attribute("state");
                if (value is not null && state is not null)
                {
                    result.Add((value.Value, Label(status) ?? value.Value.ToString(CultureInfo.InvariantCulture), state.Value));
                }
            }

            return result;
        }

        /// <summary>The English label of an option/state/status (<c>labels/label description languagecode</c>).</summary>
        private static string? Label(XElement element)
        {
            var labels = element.Element("labels")?.Elements("label").ToList() ?? new List<XElement>();
            var english = labels.FirstOrDefault(l => (int?)l.Attribute("languagecode") == English) ?? labels.FirstOrDefault();
            return (string?)english?.Attribute("description");
        }

        private static string? LocalizedName(XElement? container, string childName)
        {
            var names = container?.Elements(childName).ToList() ?? new List<XElement>();
            var english = names.FirstOrDefault(n => (int?)n.Attribute("languagecode") == English) ?? names.FirstOrDefault();
            return (string?)english?.Attribute("description");
        }

        private static string? Text(XElement? parent, string name)
        {
            var value = parent?.Element(name)?.Value.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        private static bool Flag(XElement parent, string name, bool fallback) =>
            Text(parent, name) switch
            {
                "1" or "true" or "True" => true,
                "0" or "false" or "False" => false,
                _ => fallback,
            };

        private static int? Int(XElement parent, string name) =>
            int.TryParse(Text(parent, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

        private static decimal? Number(XElement parent, string name) =>
            decimal.TryParse(Text(parent, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

        private static OwnershipType ParseOwnership(string? mask) => mask switch
        {
            "OrgOwned" or "OrganizationOwned" => OwnershipType.OrganizationOwned,
            "BusinessOwned" => OwnershipType.BusinessOwned,
            "None" => OwnershipType.None,
            _ => OwnershipType.UserOwned,
        };

        // "required" in solution XML is ApplicationRequired; "recommended" is business recommended (§2.1).
        private static RequiredLevel ParseRequiredLevel(string? level) => level?.ToLowerInvariant() switch
        {
            "systemrequired" => RequiredLevel.SystemRequired,
            "required" or "applicationrequired" => RequiredLevel.ApplicationRequired,
            "recommended" => RequiredLevel.Recommended,
            _ => RequiredLevel.None,
        };
    }
}
