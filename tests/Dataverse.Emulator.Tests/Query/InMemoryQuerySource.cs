using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Query;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>A minimal IQueryDataSource for the query-engine tests: rows in creation order, an index on every
    /// primary key and lookup column, and counters of what the engine asked for.</summary>
    internal sealed class InMemoryQuerySource : IQueryDataSource
    {
        private readonly Dictionary<string, List<StoredRow>> _tables = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Table, Guid Id), StoredRow> _byId = new();
        private readonly Dictionary<(string Table, string Column, Guid Key), List<StoredRow>> _lookups = new();

        public InMemoryQuerySource(MetadataCatalog metadata)
        {
            Metadata = metadata;
        }

        public MetadataCatalog Metadata { get; }

        public int Scans { get; private set; }

        public Guid Add(string table, params (string Column, object? Value)[] values) => Add(table, Guid.NewGuid(), values);

        public Guid Add(string table, Guid id, params (string Column, object? Value)[] values)
        {
            var definition = Metadata.GetTable(table);
            var dictionary = values.Where(v => v.Value != null).ToDictionary(v => v.Column, v => v.Value!, StringComparer.Ordinal);
            dictionary[definition.PrimaryIdAttribute] = id;
            var row = new StoredRow(table, id, dictionary);
            if (!_tables.TryGetValue(table, out var rows))
            {
                _tables[table] = rows = new List<StoredRow>();
            }

            rows.Add(row);
            _byId[(table, id)] = row;
            foreach (var pair in dictionary)
            {
                if (pair.Value is EntityReference reference)
                {
                    var key = (table, pair.Key, reference.Id);
                    if (!_lookups.TryGetValue(key, out var list))
                    {
                        _lookups[key] = list = new List<StoredRow>();
                    }

                    list.Add(row);
                }
            }

            return id;
        }

        public IEnumerable<StoredRow> Scan(string table)
        {
            Scans++;
            return _tables.TryGetValue(table, out var rows) ? rows.ToList() : Enumerable.Empty<StoredRow>();
        }

        public StoredRow? Find(string table, Guid id) => _byId.TryGetValue((table, id), out var row) ? row : null;

        public bool IsIndexed(string table, string column)
        {
            var definition = Metadata.GetTable(table);
            return column == definition.PrimaryIdAttribute
                || (definition.Columns.TryGetValue(column, out var c) && c.IsLookup);
        }

        public IEnumerable<StoredRow> Lookup(string table, string column, object key)
        {
            if (key is not Guid guid)
            {
                return Enumerable.Empty<StoredRow>();
            }

            if (column == Metadata.GetTable(table).PrimaryIdAttribute)
            {
                var row = Find(table, guid);
                return row == null ? Enumerable.Empty<StoredRow>() : new[] { row };
            }

            return _lookups.TryGetValue((table, column, guid), out var rows) ? rows.ToList() : Enumerable.Empty<StoredRow>();
        }
    }
}
