using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.Emulator.Metadata
{
    /// <summary>A table (entity) definition: its identity, columns (keyed by logical name, case-sensitive like the
    /// SDK's attribute collections), alternate keys, state model and relationships.</summary>
    public sealed class TableDefinition
    {
        public const string StateColumn = "statecode";
        public const string StatusColumn = "statuscode";

        private readonly Dictionary<string, ColumnDefinition> _columns = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _alternateKeys = new(StringComparer.Ordinal);
        private readonly SortedDictionary<int, StateDefinition> _states = new();
        private readonly List<OneToManyRelationship> _oneToMany = new();
        private readonly List<OneToManyRelationship> _manyToOne = new();
        private readonly List<ManyToManyRelationship> _manyToMany = new();

        public TableDefinition(string logicalName, string entitySetName, string primaryIdAttribute, string? primaryNameAttribute)
        {
            if (string.IsNullOrWhiteSpace(logicalName))
            {
                throw new ArgumentException("A table needs a logical name.", nameof(logicalName));
            }

            LogicalName = logicalName;
            EntitySetName = entitySetName;
            PrimaryIdAttribute = primaryIdAttribute;
            PrimaryNameAttribute = primaryNameAttribute;
        }

        public string LogicalName { get; }
        public string EntitySetName { get; set; }
        public string PrimaryIdAttribute { get; set; }
        public string? PrimaryNameAttribute { get; set; }
        public bool IsActivity { get; set; }
        public bool IsIntersect { get; set; }
        public OwnershipType OwnershipType { get; set; } = OwnershipType.UserOwned;
        public string? DisplayName { get; set; }

        public IReadOnlyDictionary<string, ColumnDefinition> Columns => _columns;

        /// <summary>Alternate keys: key name → the columns that make up the key.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> AlternateKeys => _alternateKeys;

        /// <summary>statecode value → its name and default statuscode; empty for tables without a state model.</summary>
        public IReadOnlyDictionary<int, StateDefinition> States => _states;

        public bool HasStateModel => _states.Count > 0;

        /// <summary>1:N relationships where this table is the referenced (parent) side.</summary>
        public IReadOnlyList<OneToManyRelationship> OneToManyRelationships => _oneToMany;

        /// <summary>1:N relationships where this table is the referencing (child) side.</summary>
        public IReadOnlyList<OneToManyRelationship> ManyToOneRelationships => _manyToOne;

        public IReadOnlyList<ManyToManyRelationship> ManyToManyRelationships => _manyToMany;

        public bool TryGetColumn(string logicalName, out ColumnDefinition column) =>
            _columns.TryGetValue(logicalName, out column!);

        /// <summary>Adds the column, or replaces the one with the same logical name.</summary>
        public TableDefinition SetColumn(ColumnDefinition column)
        {
            _columns[column.LogicalName] = column;
            return this;
        }

        public TableDefinition SetColumns(IEnumerable<ColumnDefinition> columns)
        {
            foreach (var column in columns)
            {
                SetColumn(column);
            }

            return this;
        }

        public TableDefinition AddAlternateKey(string keyName, params string[] columns)
        {
            if (columns.Length == 0)
            {
                throw new ArgumentException("An alternate key needs at least one column.", nameof(columns));
            }

            _alternateKeys[keyName] = columns.ToArray();
            return this;
        }

        /// <summary>Defines the state model: the states, and the statecode/statuscode columns that go with them.
        /// Each status is (value, label, state it belongs to).</summary>
        public TableDefinition SetStateModel(IEnumerable<StateDefinition> states, IEnumerable<(int Value, string Label, int State)> statuses)
        {
            _states.Clear();
            foreach (var state in states)
            {
                _states[state.Value] = state;
            }

            var statusList = statuses.ToList();
            SetColumn(new ColumnDefinition(StateColumn, ColumnType.State)
            {
                Options = _states.Values.ToDictionary(s => s.Value, s => s.Name),
                RequiredLevel = RequiredLevel.SystemRequired,
                // statecode is not valid for create on most tables; it is set through SetState or Update.
                IsValidForCreate = false,
                DisplayName = "Status",
            });
            SetColumn(new ColumnDefinition(StatusColumn, ColumnType.Status)
            {
                Options = statusList.ToDictionary(s => s.Value, s => s.Label),
                StatusStates = statusList.ToDictionary(s => s.Value, s => s.State),
                DisplayName = "Status Reason",
            });
            return this;
        }

        internal void AddRelationship(RelationshipDefinition relationship)
        {
            switch (relationship)
            {
                case OneToManyRelationship r:
                    if (r.ReferencedTable == LogicalName)
                    {
                        Replace(_oneToMany, r);
                    }

                    if (r.ReferencingTable == LogicalName)
                    {
                        Replace(_manyToOne, r);
                    }

                    break;
                case ManyToManyRelationship r:
                    Replace(_manyToMany, r);
                    break;
            }
        }

        private static void Replace<T>(List<T> list, T relationship) where T : RelationshipDefinition
        {
            list.RemoveAll(r => r.SchemaName == relationship.SchemaName);
            list.Add(relationship);
        }

        public override string ToString() => LogicalName;
    }
}
