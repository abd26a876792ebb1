using System;
using System.Globalization;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Query
{
    /// <summary>Builds the returned entities: new objects (copies of stored values), Id and primary key set, only
    /// requested non-null columns (learn: fetchxml/select-columns "null column values are not returned"),
    /// link-entity columns as AliasedValue under "alias.column", lookups carrying the target's primary name, and
    /// FormattedValues for choices, money, dates, booleans, numbers and lookups.</summary>
    internal sealed class ResultProjector
    {
        private readonly BoundQuery _query;
        private readonly SortKeys _keys;
        private readonly QueryEnvironment _env;

        public ResultProjector(BoundQuery query, SortKeys keys, QueryEnvironment env)
        {
            _query = query;
            _keys = keys;
            _env = env;
        }

        public Entity Project(StoredRow?[] row)
        {
            var root = row[0]!;
            var table = _query.Root;
            var entity = new Entity(table.LogicalName);
            var includeKey = !_query.Model.Distinct || _query.RootAllColumns
                || _query.Columns.Any(c => c.Slot == 0 && c.Column.LogicalName == table.PrimaryIdAttribute);
            if (includeKey)
            {
                // The primary key is returned whether requested or not (reference §9.1.8).
                entity.Id = root.Id;
                entity[table.PrimaryIdAttribute] = root.Id;
                // Rows carry their version for optimistic concurrency (reference §9.2.5).
                if (root.Values.TryGetValue("versionnumber", out var version))
                {
                    entity.RowVersion = System.Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (_query.RootAllColumns)
            {
                foreach (var pair in root.Values)
                {
                    if (pair.Value != null && table.Columns.TryGetValue(pair.Key, out var column))
                    {
                        Add(entity, pair.Key, column, Copy(pair.Value), null);
                    }
                    else if (pair.Value != null)
                    {
                        entity[pair.Key] = Copy(pair.Value);
                    }
                }
            }

            foreach (var link in _query.Links.Where(l => !l.IsSemiJoin && l.Model.AllColumns))
            {
                var linked = row[link.Slot];
                if (linked == null)
                {
                    continue;
                }

                foreach (var pair in linked.Values)
                {
                    if (pair.Value != null && link.Table.Columns.TryGetValue(pair.Key, out var column))
                    {
                        Add(entity, link.Alias + "." + pair.Key, column, Copy(pair.Value), link.Table.LogicalName);
                    }
                }

                if (!linked.Values.ContainsKey(link.Table.PrimaryIdAttribute))
                {
                    entity[link.Alias + "." + link.Table.PrimaryIdAttribute] = new AliasedValue(link.Table.LogicalName, link.Table.PrimaryIdAttribute, linked.Id);
                }
            }

            foreach (var column in _query.Columns)
            {
                var source = row[column.Slot];
                if (source == null)
                {
                    continue;
                }

                object? value;
                if (column.Column.LogicalName == column.Table.PrimaryIdAttribute)
                {
                    value = source.Id;
                }
                else if (!source.Values.TryGetValue(column.Column.LogicalName, out value) || value == null)
                {
                    continue;
                }

                Add(entity, column.ResultKey, column.Column, Copy(value), column.Aliased ? column.Table.LogicalName : null);
            }

            return entity;
        }

        /// <summary>Adds a value (wrapped in an AliasedValue when aliasTable is set) and its formatted value.</summary>
        public void Add(Entity entity, string key, ColumnDefinition column, object value, string? aliasTable)
        {
            entity[key] = aliasTable != null ? new AliasedValue(aliasTable, column.LogicalName, value) : value;
            var formatted = Format(column, value);
            if (formatted != null)
            {
                entity.FormattedValues[key] = formatted;
            }
        }

        public object Copy(object value)
        {
            switch (value)
            {
                case EntityReference reference:
                    return new EntityReference(reference.LogicalName, reference.Id) { Name = _keys.NameOf(reference) };
                case Money money:
                    return new Money(money.Value);
                case OptionSetValue option:
                    return new OptionSetValue(option.Value);
                case OptionSetValueCollection options:
                    return new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList());
                default:
                    return value;
            }
        }

        public string? Format(ColumnDefinition column, object value)
        {
            switch (value)
            {
                case OptionSetValue option:
                    return column.Options.TryGetValue(option.Value, out var label) ? label : option.Value.ToString(CultureInfo.InvariantCulture);
                case OptionSetValueCollection options:
                    return string.Join("; ", options.Select(o => column.Options.TryGetValue(o.Value, out var l) ? l : o.Value.ToString(CultureInfo.InvariantCulture)));
                case EntityReference reference:
                    return reference.Name;
                case Money money:
                    return (money.Value < 0 ? "-$" : "$") + Math.Abs(money.Value).ToString("N" + (column.Precision ?? 2), CultureInfo.InvariantCulture);
                case bool flag:
                    return column.Options.TryGetValue(flag ? 1 : 0, out var boolLabel) ? boolLabel : flag ? "Yes" : "No";
                case DateTime moment:
                    return (moment + _env.TimeZoneOffset).ToString("M/d/yyyy h:mm tt", CultureInfo.InvariantCulture);
                case int i:
                    return i.ToString("N0", CultureInfo.InvariantCulture);
                case long l:
                    return l.ToString("N0", CultureInfo.InvariantCulture);
                case decimal d:
                    return d.ToString("N" + (column.Precision ?? 2), CultureInfo.InvariantCulture);
                case double x:
                    return x.ToString("N" + (column.Precision ?? 2), CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }
    }
}
