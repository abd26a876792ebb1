using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.Emulator.Metadata
{
    /// <summary>
    /// The emulator's metadata: tables by logical name, relationships by schema name and global choices by name.
    /// Build it with <see cref="Standard"/> (the standard tables the product touches) or
    /// <see cref="LoadFromSolutionFolder"/> (the standard tables plus what an unpacked solution adds).
    /// </summary>
    public sealed class MetadataCatalog
    {
        private readonly Dictionary<string, TableDefinition> _tables = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RelationshipDefinition> _relationships = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyDictionary<int, string>> _optionSets = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, TableDefinition> Tables => _tables;
        public IReadOnlyDictionary<string, RelationshipDefinition> Relationships => _relationships;

        /// <summary>Global choices (option sets) by name: value → English label.</summary>
        public IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> OptionSets => _optionSets;

        /// <summary>An empty catalog.</summary>
        public MetadataCatalog()
        {
        }

        /// <summary>The built-in definitions of the standard tables CS Extension touches (see <see cref="StandardTables"/>).</summary>
        public static MetadataCatalog Standard()
        {
            var catalog = new MetadataCatalog();
            foreach (var table in StandardTables.Create())
            {
                catalog.AddTable(table);
            }

            foreach (var relationship in StandardTables.Relationships())
            {
                catalog.AddRelationship(relationship);
            }

            return catalog;
        }

        /// <summary>The standard catalog plus the tables, columns, global choices and relationships of an unpacked
        /// solution (SolutionPackager layout: Entities/*/Entity.xml, OptionSets/*.xml, Other/Relationships/*.xml and
        /// Other/Relationships.xml). Entity.xml files of standard tables carry only the solution's columns; those are
        /// merged into the built-in definition.</summary>
        public static MetadataCatalog LoadFromSolutionFolder(string solutionFolder)
        {
            var catalog = Standard();
            new SolutionFolderLoader(catalog).Load(solutionFolder);
            return catalog;
        }

        public bool TryGetTable(string logicalName, out TableDefinition table) =>
            _tables.TryGetValue(logicalName ?? string.Empty, out table!);

        /// <summary>The table, or the fault Dataverse raises for an unknown table (QueryBuilderNoEntity).</summary>
        public TableDefinition GetTable(string logicalName)
        {
            if (TryGetTable(logicalName, out var table))
            {
                return table;
            }

            // Message shape as the platform reports an unknown entity name (observed in service faults; the
            // error-code table names the code QueryBuilderNoEntity, "The specified entity was not found.").
            throw DataverseFault.Create(
                ErrorCodes.QueryBuilderNoEntity,
                $"The entity with a name = '{logicalName}' with namemapping = 'Logical' was not found in the MetadataCache.");
        }

        /// <summary>Adds a table; a table with the same logical name must not exist yet.</summary>
        public void AddTable(TableDefinition table)
        {
            if (table is null)
            {
                throw new ArgumentNullException(nameof(table));
            }

            if (_tables.ContainsKey(table.LogicalName))
            {
                throw new ArgumentException($"The catalog already has a table '{table.LogicalName}'.", nameof(table));
            }

            _tables.Add(table.LogicalName, table);
            foreach (var relationship in _relationships.Values.Where(r => TablesOf(r).Contains(table)))
            {
                table.AddRelationship(relationship);
                AddLookupTarget(relationship);
            }
        }

        /// <summary>Adds or replaces a relationship and records it on the tables it joins. A 1:N relationship also
        /// adds its referenced table to the targets of the referencing lookup column.</summary>
        public void AddRelationship(RelationshipDefinition relationship)
        {
            if (relationship is null)
            {
                throw new ArgumentNullException(nameof(relationship));
            }

            _relationships[relationship.SchemaName] = relationship;
            foreach (var table in TablesOf(relationship))
            {
                table.AddRelationship(relationship);
            }

            AddLookupTarget(relationship);
        }

        private void AddLookupTarget(RelationshipDefinition relationship)
        {
            if (relationship is OneToManyRelationship oneToMany
                && _tables.TryGetValue(oneToMany.ReferencingTable, out var referencing)
                && referencing.TryGetColumn(oneToMany.ReferencingAttribute, out var column)
                && column.IsLookup
                && !column.Targets.Contains(oneToMany.ReferencedTable, StringComparer.Ordinal))
            {
                referencing.SetColumn(column with { Targets = column.Targets.Append(oneToMany.ReferencedTable).ToArray() });
            }
        }

        public bool TryGetRelationship(string schemaName, out RelationshipDefinition relationship) =>
            _relationships.TryGetValue(schemaName ?? string.Empty, out relationship!);

        /// <summary>Adds or replaces a global choice.</summary>
        public void AddOptionSet(string name, IReadOnlyDictionary<int, string> options) =>
            _optionSets[name] = options;

        private IEnumerable<TableDefinition> TablesOf(RelationshipDefinition relationship)
        {
            var names = relationship switch
            {
                OneToManyRelationship r => new[] { r.ReferencedTable, r.ReferencingTable },
                ManyToManyRelationship r => new[] { r.Table1, r.Table2, r.IntersectTable },
                _ => Array.Empty<string>(),
            };
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (_tables.TryGetValue(name, out var table))
                {
                    yield return table;
                }
            }
        }
    }
}
