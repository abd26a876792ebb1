using System;
using System.Collections.Generic;

namespace Dataverse.Emulator.Storage
{
    /// <summary>One table's rows in creation order, with equality indexes on the columns Dataverse indexes
    /// (primary key, lookups, owner, alternate-key columns) and on the columns queries have looked up by value. Rows are immutable: an update stores a new row, so a
    /// transaction's undo log can keep the old one.</summary>
    internal sealed class TableData
    {
        private readonly Dictionary<Guid, LinkedListNode<StoredRow>> _byId = new();
        private readonly LinkedList<StoredRow> _inOrder = new();
        private readonly Dictionary<string, Dictionary<object, List<Guid>>> _indexes = new(StringComparer.Ordinal);

        public TableData(string name, IEnumerable<string> indexedColumns)
        {
            Name = name;
            foreach (var column in indexedColumns)
            {
                _indexes[column] = new Dictionary<object, List<Guid>>();
            }
        }

        public string Name { get; }

        public int Count => _byId.Count;

        public IEnumerable<StoredRow> Rows => _inOrder;

        public bool IsIndexed(string column) => _indexes.ContainsKey(column);

        /// <summary>Adds an equality index on a column that has none yet, filled from the rows there are; from then on it
        /// is kept like the others.</summary>
        public void EnsureIndex(string column)
        {
            if (_indexes.ContainsKey(column))
            {
                return;
            }

            var index = new Dictionary<object, List<Guid>>();
            foreach (var row in _inOrder)
            {
                var key = IndexKey(row, column);
                if (key != null)
                {
                    AddToIndex(index, key, row.Id);
                }
            }

            _indexes.Add(column, index);
        }

        /// <summary>How many rows an indexed column holds with this key (what <see cref="Lookup"/> would return).</summary>
        public int LookupCount(string column, object key) =>
            _indexes.TryGetValue(column, out var index) && index.TryGetValue(key, out var ids) ? ids.Count : 0;

        public StoredRow? Find(Guid id) => _byId.TryGetValue(id, out var node) ? node.Value : null;

        public IEnumerable<StoredRow> Lookup(string column, object key)
        {
            if (!_indexes.TryGetValue(column, out var index) || !index.TryGetValue(key, out var ids))
            {
                yield break;
            }

            foreach (var id in ids.ToArray())
            {
                if (_byId.TryGetValue(id, out var node))
                {
                    yield return node.Value;
                }
            }
        }

        public void Insert(StoredRow row)
        {
            _byId.Add(row.Id, _inOrder.AddLast(row));
            AddToIndexes(row);
        }

        /// <summary>Puts a row back where it was created (undo of a delete keeps creation order stable).</summary>
        public void Restore(StoredRow row, StoredRow? before)
        {
            var node = before != null && _byId.TryGetValue(before.Id, out var previous)
                ? _inOrder.AddAfter(previous, row)
                : _inOrder.AddFirst(row);
            _byId.Add(row.Id, node);
            AddToIndexes(row);
        }

        public void Replace(StoredRow row)
        {
            var node = _byId[row.Id];
            var previous = node.Value;
            node.Value = row;

            // Only indexes whose key changed are touched: most updates leave owner and lookups as they were.
            foreach (var pair in _indexes)
            {
                var oldKey = IndexKey(previous, pair.Key);
                var newKey = IndexKey(row, pair.Key);
                if (Equals(oldKey, newKey))
                {
                    continue;
                }

                if (oldKey != null)
                {
                    RemoveFromIndex(pair.Value, oldKey, row.Id);
                }

                if (newKey != null)
                {
                    AddToIndex(pair.Value, newKey, row.Id);
                }
            }
        }

        /// <summary>Removes a row and returns the row created just before it, for a later Restore.</summary>
        public StoredRow? Remove(Guid id)
        {
            var node = _byId[id];
            var before = node.Previous?.Value;
            _inOrder.Remove(node);
            _byId.Remove(id);
            RemoveFromIndexes(node.Value);
            return before;
        }

        private void AddToIndexes(StoredRow row)
        {
            foreach (var pair in _indexes)
            {
                var key = IndexKey(row, pair.Key);
                if (key != null)
                {
                    AddToIndex(pair.Value, key, row.Id);
                }
            }
        }

        private void RemoveFromIndexes(StoredRow row)
        {
            foreach (var pair in _indexes)
            {
                var key = IndexKey(row, pair.Key);
                if (key != null)
                {
                    RemoveFromIndex(pair.Value, key, row.Id);
                }
            }
        }

        private static void AddToIndex(Dictionary<object, List<Guid>> index, object key, Guid id)
        {
            if (!index.TryGetValue(key, out var ids))
            {
                index[key] = ids = new List<Guid>();
            }

            ids.Add(id);
        }

        private static void RemoveFromIndex(Dictionary<object, List<Guid>> index, object key, Guid id)
        {
            if (index.TryGetValue(key, out var ids))
            {
                ids.Remove(id);
                if (ids.Count == 0)
                {
                    index.Remove(key);
                }
            }
        }

        internal static object? IndexKey(StoredRow row, string column)
        {
            if (!row.Values.TryGetValue(column, out var value) || value == null)
            {
                return null;
            }

            return IndexKeyOf(value);
        }

        /// <summary>Lookups are indexed by the referenced id, numbers (choices and money too) by their decimal value, text
        /// case-insensitively.</summary>
        internal static object IndexKeyOf(object value) => TableDataKeys.Of(value);
    }
}
