using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Query
{
    /// <summary>Sort keys: lookups sort by the related row's primary name and choices by their label, unless
    /// useraworderby is set (learn: fetchxml/order-rows "Ordering lookup and choice columns").</summary>
    internal sealed class SortKeys
    {
        private readonly IQueryDataSource _source;
        private readonly bool _rawOrderBy;
        private readonly Dictionary<(string, Guid), string?> _names = new Dictionary<(string, Guid), string?>();

        public SortKeys(IQueryDataSource source, bool rawOrderBy)
        {
            _source = source;
            _rawOrderBy = rawOrderBy;
        }

        public SortKeyKind KindOf(ColumnDefinition column) => column.Type switch
        {
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => SortKeyKind.Text,
            ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => _rawOrderBy ? SortKeyKind.Decimal : SortKeyKind.Text,
            ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Money => SortKeyKind.Decimal,
            ColumnType.Double => SortKeyKind.Double,
            ColumnType.DateTime => SortKeyKind.DateTime,
            ColumnType.Boolean => SortKeyKind.Boolean,
            ColumnType.UniqueIdentifier => SortKeyKind.Guid,
            _ => SortKeyKind.Text,
        };

        public object? KeyOf(StoredRow? row, TableDefinition table, ColumnDefinition column)
        {
            if (row == null)
            {
                return null;
            }

            if (column.LogicalName == table.PrimaryIdAttribute)
            {
                return row.Id;
            }

            if (!row.Values.TryGetValue(column.LogicalName, out var raw) || raw == null)
            {
                return null;
            }

            switch (raw)
            {
                case EntityReference reference:
                    return NameOf(reference);
                case OptionSetValue option when !_rawOrderBy:
                    return column.Options.TryGetValue(option.Value, out var label) ? label : option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                case OptionSetValueCollection options:
                    return string.Join(";", options.Select(o => o.Value));
                default:
                    return ValueComparer.Normalize(raw);
            }
        }

        public string? NameOf(EntityReference reference)
        {
            var key = (reference.LogicalName ?? string.Empty, reference.Id);
            if (_names.TryGetValue(key, out var cached))
            {
                return cached;
            }

            string? name = reference.Name;
            if (reference.LogicalName != null && _source.Metadata.TryGetTable(reference.LogicalName, out var table) && table?.PrimaryNameAttribute != null)
            {
                var target = _source.Find(reference.LogicalName, reference.Id);
                if (target != null && target.Values.TryGetValue(table.PrimaryNameAttribute, out var value) && value is string text)
                {
                    name = text;
                }
            }

            _names[key] = name;
            return name;
        }
    }
}
