using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Query
{
    /// <summary>FetchXML aggregation (learn: fetchxml/aggregate-data): groupby (with dategrouping) and count,
    /// countcolumn (optionally distinct), sum, avg, min, max over the filtered, joined rows. Every value comes back
    /// as an AliasedValue under its alias; count and countcolumn are int, sums of money are Money.</summary>
    internal sealed class Aggregator
    {
        private readonly BoundQuery _query;
        private readonly SortKeys _keys;
        private readonly QueryEnvironment _env;
        private readonly ResultProjector _projector;

        public Aggregator(BoundQuery query, SortKeys keys, QueryEnvironment env, ResultProjector projector)
        {
            _query = query;
            _keys = keys;
            _env = env;
            _projector = projector;
        }

        public EntityCollection Run(List<StoredRow?[]> rows)
        {
            var limit = _query.Model.AggregateLimit ?? QueryLimits.AggregateRecordLimit;
            if (rows.Count > limit)
            {
                throw DataverseFault.Create(ErrorCodes.AggregateQueryRecordLimit, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
            }

            foreach (var column in _query.Columns.Where(c => c.Model.Aggregate is AggregateFunction.Sum or AggregateFunction.Avg))
            {
                if (column.Column.Type is not (ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money))
                {
                    throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidAggregateAttribute,
                        $"Aggregate {column.Model.Aggregate!.Value.ToString().ToLowerInvariant()} is not supported for attribute of type {column.Column.Type.ToString().ToLowerInvariant()}.");
                }
            }

            var groupColumns = _query.Columns.Where(c => c.Model.GroupBy).ToList();
            var groups = new Dictionary<string, (object?[] Keys, List<StoredRow?[]> Rows)>(StringComparer.Ordinal);
            var groupOrder = new List<string>();
            foreach (var row in rows)
            {
                var keys = groupColumns.Select(c => GroupKey(c, row)).ToArray();
                var signature = string.Join("|", keys.Select(k => Convert.ToString(ValueComparer.HashKey(k), CultureInfo.InvariantCulture) ?? "\u0000"));
                if (!groups.TryGetValue(signature, out var group))
                {
                    groups[signature] = group = (keys, new List<StoredRow?[]>());
                    groupOrder.Add(signature);
                }

                group.Rows.Add(row);
            }

            if (groupColumns.Count == 0 && groups.Count == 0)
            {
                groups[string.Empty] = (Array.Empty<object?>(), new List<StoredRow?[]>());
                groupOrder.Add(string.Empty);
            }

            var results = new List<(Entity Entity, Dictionary<string, object?> Values)>();
            foreach (var signature in groupOrder)
            {
                var (keys, groupRows) = groups[signature];
                var entity = new Entity(_query.Root.LogicalName);
                var values = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < groupColumns.Count; i++)
                {
                    var column = groupColumns[i];
                    var value = GroupValue(column, groupRows[0], keys[i]);
                    values[column.ResultKey] = ValueComparer.Normalize(value is EntityReference r ? r.Name : value);
                    if (value != null)
                    {
                        _projector.Add(entity, column.ResultKey, column.Column, value, column.Table.LogicalName);
                    }
                }

                foreach (var column in _query.Columns.Where(c => c.Model.Aggregate != null))
                {
                    var value = Aggregate(column, groupRows);
                    values[column.ResultKey] = ValueComparer.Normalize(value);
                    if (value != null)
                    {
                        _projector.Add(entity, column.ResultKey, column.Column, value, column.Table.LogicalName);
                        if (column.Model.Aggregate is AggregateFunction.Count or AggregateFunction.CountColumn)
                        {
                            entity.FormattedValues[column.ResultKey] = ((int)value).ToString("N0", CultureInfo.InvariantCulture);
                        }
                    }
                }

                results.Add((entity, values));
            }

            IEnumerable<(Entity Entity, Dictionary<string, object?> Values)> ordered = results;
            var orders = _query.Orders.Count > 0
                ? _query.Orders.Select(o => (o.Alias!, o.Descending)).ToList()
                : groupColumns.Select(c => (c.ResultKey, false)).ToList();
            foreach (var (alias, _) in orders)
            {
                if (!results.All(r => r.Values.ContainsKey(alias)) && results.Count > 0)
                {
                    throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidAlias, $"Invalid alias for aggregate operation: no attribute has the alias '{alias}' used in <order>.");
                }
            }

            var list = ordered.ToList();
            list.Sort((a, b) =>
            {
                foreach (var (alias, descending) in orders)
                {
                    var c = ValueComparer.Compare(a.Values[alias], b.Values[alias]);
                    if (c != 0)
                    {
                        return descending ? -c : c;
                    }
                }

                return 0;
            });

            var model = _query.Model;
            var count = model.Top ?? (model.PageSize <= 0 ? QueryLimits.MaxPageSize : Math.Min(model.PageSize, QueryLimits.MaxPageSize));
            var start = model.Top != null ? 0 : (Math.Max(1, model.PageNumber) - 1) * count;
            var collection = new EntityCollection();
            foreach (var (entity, _) in list.Skip(start).Take(count))
            {
                collection.Entities.Add(entity);
            }

            collection.MoreRecords = model.Top == null && start + count < list.Count;
            collection.TotalRecordCount = model.ReturnTotalRecordCount ? Math.Min(list.Count, QueryLimits.TotalRecordCountLimit) : -1;
            collection.TotalRecordCountLimitExceeded = model.ReturnTotalRecordCount && list.Count > QueryLimits.TotalRecordCountLimit;
            return collection;
        }

        private object? GroupKey(BoundColumn column, StoredRow?[] row)
        {
            var raw = Raw(column, row);
            if (raw == null)
            {
                return null;
            }

            if (column.Model.DateGrouping is { } grouping && raw is DateTime when)
            {
                return (decimal)DatePart(grouping, column.Model.UserTimeZone ? when + _env.TimeZoneOffset : when);
            }

            return ValueComparer.Normalize(raw);
        }

        private object? GroupValue(BoundColumn column, StoredRow?[] row, object? key)
        {
            if (key == null)
            {
                return null;
            }

            if (column.Model.DateGrouping != null)
            {
                return (int)(decimal)key;
            }

            var raw = Raw(column, row);
            return raw == null ? null : _projector.Copy(raw);
        }

        private static object? Raw(BoundColumn column, StoredRow?[] row)
        {
            var stored = row[column.Slot];
            if (stored == null)
            {
                return null;
            }

            if (column.Column.LogicalName == column.Table.PrimaryIdAttribute)
            {
                return stored.Id;
            }

            return stored.Values.TryGetValue(column.Column.LogicalName, out var raw) ? raw : null;
        }

        private object? Aggregate(BoundColumn column, List<StoredRow?[]> rows)
        {
            // count counts rows (only those where the linked row exists, for a link-entity column); countcolumn counts non-null values.
            if (column.Model.Aggregate == AggregateFunction.Count)
            {
                return column.Slot == 0 ? rows.Count : rows.Count(r => r[column.Slot] != null);
            }

            var values = rows.Select(r => Raw(column, r)).Where(v => v != null).ToList();
            if (column.Model.Aggregate == AggregateFunction.CountColumn)
            {
                return column.Model.Distinct
                    ? values.Select(v => ValueComparer.HashKey(ValueComparer.Normalize(v))).Distinct().Count()
                    : values.Count;
            }

            if (values.Count == 0)
            {
                return null;
            }

            var type = column.Column.Type;
            switch (column.Model.Aggregate)
            {
                case AggregateFunction.Min:
                case AggregateFunction.Max:
                    var pick = values[0]!;
                    foreach (var value in values.Skip(1))
                    {
                        var c = ValueComparer.Compare(ValueComparer.Normalize(value), ValueComparer.Normalize(pick));
                        if (column.Model.Aggregate == AggregateFunction.Min ? c < 0 : c > 0)
                        {
                            pick = value!;
                        }
                    }

                    return _projector.Copy(pick);
                case AggregateFunction.Sum:
                    if (type == ColumnType.Double)
                    {
                        return values.Sum(v => Convert.ToDouble(ValueComparer.Normalize(v), CultureInfo.InvariantCulture));
                    }

                    var sum = values.Sum(v => Convert.ToDecimal(ValueComparer.Normalize(v), CultureInfo.InvariantCulture));
                    return type switch
                    {
                        ColumnType.Money => new Money(sum),
                        ColumnType.Integer => (object)(int)sum,
                        ColumnType.BigInt => (long)sum,
                        _ => sum,
                    };
                default:
                    if (type == ColumnType.Double)
                    {
                        return values.Average(v => Convert.ToDouble(ValueComparer.Normalize(v), CultureInfo.InvariantCulture));
                    }

                    var avg = values.Average(v => Convert.ToDecimal(ValueComparer.Normalize(v), CultureInfo.InvariantCulture));
                    return type == ColumnType.Money ? new Money(avg) : avg;
            }
        }

        private int DatePart(DateGrouping grouping, DateTime when)
        {
            switch (grouping)
            {
                case DateGrouping.Day:
                    return when.Day;
                case DateGrouping.Month:
                    return when.Month;
                case DateGrouping.Quarter:
                    return ((when.Month - 1) / 3) + 1;
                case DateGrouping.Year:
                    return when.Year;
                default:
                    // Week of the year as SQL Server's DATEPART(week): week 1 holds 1 January; weeks start on the user's first day.
                    var jan1 = new DateTime(when.Year, 1, 1);
                    var shift = ((int)jan1.DayOfWeek - (int)_env.FirstDayOfWeek + 7) % 7;
                    return ((when.DayOfYear - 1 + shift) / 7) + 1;
            }
        }
    }
}
