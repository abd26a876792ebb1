using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Query;

namespace Dataverse.Emulator.Storage
{
    /// <summary>The emulator's tables. Every change is written to the undo log of the innermost open transaction, so a
    /// failed operation rolls back exactly what it wrote, nested plugin writes included (reference §9.3.1).</summary>
    public sealed class InMemoryStore : IQueryDataSource
    {
        private readonly Dictionary<string, TableData> _tables = new(StringComparer.Ordinal);
        private readonly List<Action> _undoLog = new();

        public InMemoryStore(MetadataCatalog metadata)
        {
            Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        }

        public MetadataCatalog Metadata { get; }

        /// <summary>A mark in the undo log; rolling back to it undoes everything written since.</summary>
        public int Savepoint => _undoLog.Count;

        public int Count(string table) => _tables.TryGetValue(table, out var data) ? data.Count : 0;

        public IEnumerable<StoredRow> Scan(string table) => TryData(table)?.Rows ?? Enumerable.Empty<StoredRow>();

        public StoredRow? Find(string table, Guid id) => TryData(table)?.Find(id);

        /// <summary>True for the columns Dataverse indexes (primary key, lookups, owner, alternate-key columns) and for
        /// the columns an equality can be looked up on (text, numbers, choices, yes/no): their index is built the first
        /// time a query asks for it, as a table's indexes follow the queries it serves.</summary>
        public bool IsIndexed(string table, string column)
        {
            var definition = Metadata.GetTable(table);
            return column == definition.PrimaryIdAttribute
                || Data(table).IsIndexed(column)
                || (definition.Columns.TryGetValue(column, out var type) && IndexedOnDemand(type.Type));
        }

        public IEnumerable<StoredRow> Lookup(string table, string column, object key)
        {
            var definition = Metadata.GetTable(table);
            if (column == definition.PrimaryIdAttribute)
            {
                var row = key is Guid id ? Find(table, id) : null;
                return row == null ? Enumerable.Empty<StoredRow>() : new[] { row };
            }

            var data = IndexedData(definition, column);
            return data?.Lookup(column, TableData.IndexKeyOf(key)) ?? Enumerable.Empty<StoredRow>();
        }

        public int? LookupCount(string table, string column, object key)
        {
            var definition = Metadata.GetTable(table);
            if (column == definition.PrimaryIdAttribute)
            {
                return key is Guid id && Find(table, id) != null ? 1 : 0;
            }

            return IndexedData(definition, column)?.LookupCount(column, TableData.IndexKeyOf(key));
        }

        public void Insert(StoredRow row)
        {
            var data = Data(row.Table);
            data.Insert(row);
            _undoLog.Add(() => data.Remove(row.Id));
        }

        public void Replace(StoredRow row)
        {
            var data = Data(row.Table);
            var previous = data.Find(row.Id) ?? throw new InvalidOperationException($"No {row.Table} row {row.Id} to replace.");
            data.Replace(row);
            _undoLog.Add(() => data.Replace(previous));
        }

        public void Remove(string table, Guid id)
        {
            var data = Data(table);
            var removed = data.Find(id) ?? throw new InvalidOperationException($"No {table} row {id} to remove.");
            var before = data.Remove(id);
            _undoLog.Add(() => data.Restore(removed, before));
        }

        public void RollbackTo(int savepoint)
        {
            for (var i = _undoLog.Count - 1; i >= savepoint; i--)
            {
                _undoLog[i]();
            }

            _undoLog.RemoveRange(savepoint, _undoLog.Count - savepoint);
        }

        /// <summary>Forgets the undo entries of a committed outermost transaction.</summary>
        public void Commit(int savepoint)
        {
            if (savepoint == 0)
            {
                _undoLog.Clear();
            }
        }

        /// <summary>Text and numbers compare by value in one normalized form (see <see cref="TableDataKeys"/>); dates,
        /// floating-point numbers, multi-select choices and long text are left to scans.</summary>
        private static bool IndexedOnDemand(ColumnType type) =>
            type is ColumnType.String or ColumnType.EntityName or ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal
                or ColumnType.Money or ColumnType.Boolean or ColumnType.Picklist or ColumnType.State or ColumnType.Status;

        private TableData? IndexedData(TableDefinition definition, string column)
        {
            var data = TryData(definition.LogicalName);
            if (data != null && !data.IsIndexed(column) && definition.Columns.TryGetValue(column, out var type) && IndexedOnDemand(type.Type))
            {
                data.EnsureIndex(column);
            }

            return data;
        }

        private TableData? TryData(string table)
        {
            Metadata.GetTable(table);
            return _tables.TryGetValue(table, out var data) ? data : null;
        }

        private TableData Data(string table)
        {
            if (_tables.TryGetValue(table, out var data))
            {
                return data;
            }

            var definition = Metadata.GetTable(table);
            var indexed = definition.Columns.Values
                .Where(c => c.IsLookup || c.Type == ColumnType.UniqueIdentifier)
                .Select(c => c.LogicalName)
                .Concat(definition.AlternateKeys.Values.SelectMany(columns => columns))
                .Where(c => c != definition.PrimaryIdAttribute)
                .Distinct(StringComparer.Ordinal);
            data = new TableData(table, indexed);
            _tables.Add(table, data);
            return data;
        }
    }
}
