using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>Runs a bound query: reads root rows (from an index when the top-level filter allows), joins
    /// link-entities, filters, sorts, pages and projects. Counts every stored row it reads.</summary>
    internal sealed class QueryExecutor
    {
        private readonly BoundQuery _query;
        private readonly IQueryDataSource _source;
        private readonly QueryEnvironment _env;
        private readonly SortKeys _keys;
        private readonly Dictionary<int, Dictionary<object, List<StoredRow>>> _scanIndexes = new Dictionary<int, Dictionary<object, List<StoredRow>>>();
        private int _rowsRead;

        public QueryExecutor(BoundQuery query, IQueryDataSource source, QueryEnvironment env)
        {
            _query = query;
            _source = source;
            _env = env;
            _keys = new SortKeys(source, query.Model.UseRawOrderBy);
        }

        public QueryResult Run()
        {
            var rows = MatchingRows();
            var collection = _query.Model.Aggregate
                ? new Aggregator(_query, _keys, _env, new ResultProjector(_query, _keys, _env)).Run(rows)
                : Page(rows);
            collection.EntityName = _query.Root.LogicalName;
            return new QueryResult(collection, _rowsRead);
        }

        // ----- reading and joining -----

        private List<StoredRow?[]> MatchingRows()
        {
            var rootOnly = ReferencesOnlyRoot(_query.Criteria);
            var result = new List<StoredRow?[]>();
            foreach (var root in RootRows())
            {
                var row = new StoredRow?[_query.SlotCount];
                row[0] = root;
                if (rootOnly && !Matches(_query.Criteria, row))
                {
                    continue;
                }

                var joined = new List<StoredRow?[]> { row };
                foreach (var link in _query.RootChildren)
                {
                    joined = Join(joined, link);
                }

                foreach (var candidate in joined)
                {
                    if (rootOnly || Matches(_query.Criteria, candidate))
                    {
                        result.Add(candidate);
                    }
                }
            }

            return result;
        }

        private static bool ReferencesOnlyRoot(BoundFilter filter) =>
            filter.Exists.Count == 0
            && filter.Conditions.All(c => c.Slot == 0 && (c.CompareColumn == null || c.CompareSlot == 0))
            && filter.Filters.All(ReferencesOnlyRoot);

        /// <summary>Root rows: from an index when the top-level (and) filter has an Equal or In condition on an indexed
        /// column (the id, a lookup, or a column the source looks up by value), else a scan. Of several such conditions
        /// the id wins, then the one the source says matches the fewest rows; the other conditions are checked on
        /// the rows read, so the choice changes only how many rows are examined, never the result.</summary>
        private IEnumerable<StoredRow> RootRows()
        {
            var table = _query.Root;
            var criteria = _query.Criteria;
            var indexed = criteria.IsOr && (criteria.Conditions.Count + criteria.Filters.Count + criteria.Exists.Count) > 1
                ? null
                : MostSelective(criteria.Conditions
                    .Where(c => c.Slot == 0 && c.CompareColumn == null && c.Pattern == null
                        && (c.Operator == ConditionOperator.Equal || c.Operator == ConditionOperator.In)
                        && c.Values.All(v => ComparesByIndexKey(c.Column, v, table))
                        && (c.Column.LogicalName == table.PrimaryIdAttribute || _source.IsIndexed(table.LogicalName, c.Column.LogicalName)))
                    .ToList());
            if (indexed == null)
            {
                foreach (var row in _source.Scan(table.LogicalName))
                {
                    _rowsRead++;
                    yield return row;
                }

                yield break;
            }

            var seen = new HashSet<Guid>();
            foreach (var key in indexed.Values.Distinct())
            {
                foreach (var row in Lookup(table, indexed.Column, key!))
                {
                    if (seen.Add(row.Id))
                    {
                        yield return row;
                    }
                }
            }
        }

        private BoundCondition? MostSelective(List<BoundCondition> candidates)
        {
            var table = _query.Root;
            var byId = candidates.FirstOrDefault(c => c.Column.LogicalName == table.PrimaryIdAttribute);
            if (byId != null || candidates.Count < 2)
            {
                return byId ?? candidates.FirstOrDefault();
            }

            BoundCondition? best = null;
            var fewest = long.MaxValue;
            foreach (var candidate in candidates)
            {
                long rows = 0;
                foreach (var value in candidate.Values.Distinct())
                {
                    var count = _source.LookupCount(table.LogicalName, candidate.Column.LogicalName, value!);
                    if (count == null)
                    {
                        // A source without counts keeps the first indexed condition, as written.
                        return candidates[0];
                    }

                    rows += count.Value;
                }

                if (rows < fewest)
                {
                    best = candidate;
                    fewest = rows;
                }
            }

            return best;
        }

        /// <summary>Whether equal values of the condition and the column meet in the index: the engine's equality
        /// (<see cref="ValueComparer"/>) and the index's key agree for ids, text, numbers and yes/no; for anything
        /// else (a date, a floating-point number, a value of another type than the column's) the rows are scanned.</summary>
        private static bool ComparesByIndexKey(ColumnDefinition column, object? value, TableDefinition table)
        {
            if (column.LogicalName == table.PrimaryIdAttribute || column.IsLookup || column.Type == ColumnType.UniqueIdentifier)
            {
                return value is Guid;
            }

            return column.Type switch
            {
                ColumnType.String or ColumnType.EntityName => value is string,
                ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Money
                    or ColumnType.Picklist or ColumnType.State or ColumnType.Status => value is decimal,
                ColumnType.Boolean => value is bool,
                _ => false,
            };
        }

        private IEnumerable<StoredRow> Lookup(TableDefinition table, ColumnDefinition column, object key)
        {
            if (column.LogicalName == table.PrimaryIdAttribute)
            {
                var found = key is Guid id ? _source.Find(table.LogicalName, id) : null;
                if (found != null)
                {
                    _rowsRead++;
                    yield return found;
                }

                yield break;
            }

            foreach (var row in _source.Lookup(table.LogicalName, column.LogicalName, key))
            {
                _rowsRead++;
                yield return row;
            }
        }

        /// <summary>Rows of the link's table whose "to" column equals the parent's "from" column.</summary>
        private IEnumerable<StoredRow> LinkRows(BoundLink link, StoredRow parent)
        {
            var parentTable = _query.TableOf(link.ParentSlot);
            object? key;
            if (link.FromColumn.LogicalName == parentTable.PrimaryIdAttribute)
            {
                key = parent.Id;
            }
            else
            {
                parent.Values.TryGetValue(link.FromColumn.LogicalName, out var raw);
                key = ValueComparer.Normalize(raw);
            }

            if (key == null)
            {
                return Enumerable.Empty<StoredRow>();
            }

            if (key is Guid && (link.ToColumn.LogicalName == link.Table.PrimaryIdAttribute || _source.IsIndexed(link.Table.LogicalName, link.ToColumn.LogicalName)))
            {
                return Lookup(link.Table, link.ToColumn, key);
            }

            if (!_scanIndexes.TryGetValue(link.Slot, out var index))
            {
                index = new Dictionary<object, List<StoredRow>>();
                foreach (var row in _source.Scan(link.Table.LogicalName))
                {
                    _rowsRead++;
                    object? value;
                    if (link.ToColumn.LogicalName == link.Table.PrimaryIdAttribute)
                    {
                        value = row.Id;
                    }
                    else
                    {
                        row.Values.TryGetValue(link.ToColumn.LogicalName, out var raw);
                        value = ValueComparer.HashKey(ValueComparer.Normalize(raw));
                    }

                    if (value == null)
                    {
                        continue;
                    }

                    if (!index.TryGetValue(value, out var list))
                    {
                        index[value] = list = new List<StoredRow>();
                    }

                    list.Add(row);
                }

                _scanIndexes[link.Slot] = index;
            }

            return index.TryGetValue(ValueComparer.HashKey(key)!, out var matches) ? matches : Enumerable.Empty<StoredRow>();
        }

        private List<StoredRow?[]> Join(List<StoredRow?[]> rows, BoundLink link)
        {
            var result = new List<StoredRow?[]>();
            foreach (var row in rows)
            {
                var parent = row[link.ParentSlot];
                var matched = false;
                if (parent != null)
                {
                    foreach (var candidate in LinkRows(link, parent))
                    {
                        var joined = (StoredRow?[])row.Clone();
                        joined[link.Slot] = candidate;
                        if (!Matches(link.Criteria, joined))
                        {
                            continue;
                        }

                        matched = true;
                        result.Add(joined);
                        if (link.Model.Join == JoinOperator.MatchFirstRowUsingCrossApply)
                        {
                            break;
                        }
                    }
                }

                if (!matched && link.Model.Join == JoinOperator.LeftOuter)
                {
                    result.Add(row);
                }
            }

            foreach (var child in link.Children)
            {
                result = Join(result, child);
            }

            return result;
        }

        // ----- filtering -----

        private bool Matches(BoundFilter filter, StoredRow?[] row)
        {
            if (filter.IsEmpty)
            {
                return true;
            }

            if (filter.IsOr)
            {
                return filter.Conditions.Any(c => ConditionEvaluator.Matches(c, row, _env))
                    || filter.Filters.Any(f => !f.IsEmpty && Matches(f, row))
                    || filter.Exists.Any(e => Exists(e, row));
            }

            return filter.Conditions.All(c => ConditionEvaluator.Matches(c, row, _env))
                && filter.Filters.All(f => Matches(f, row))
                && filter.Exists.All(e => Exists(e, row));
        }

        /// <summary>link-type in/exists/any (and not any): whether a related row satisfies the link's criteria.</summary>
        private bool Exists(BoundExists exists, StoredRow?[] row)
        {
            var link = exists.Link;
            var parent = row[link.ParentSlot];
            var found = false;
            if (parent != null)
            {
                foreach (var candidate in LinkRows(link, parent))
                {
                    var joined = (StoredRow?[])row.Clone();
                    joined[link.Slot] = candidate;
                    if (Matches(link.Criteria, joined) && ChildrenMatch(link, joined))
                    {
                        found = true;
                        break;
                    }
                }
            }

            return exists.Negate ? !found : found;
        }

        private bool ChildrenMatch(BoundLink link, StoredRow?[] row)
        {
            foreach (var child in link.Children.Where(c => c.Model.Join != JoinOperator.LeftOuter))
            {
                var parent = row[child.ParentSlot];
                if (parent == null || !LinkRows(child, parent).Any(candidate =>
                {
                    var joined = (StoredRow?[])row.Clone();
                    joined[child.Slot] = candidate;
                    return Matches(child.Criteria, joined) && ChildrenMatch(child, joined);
                }))
                {
                    return false;
                }
            }

            return true;
        }

        // ----- ordering and paging -----

        private EntityCollection Page(List<StoredRow?[]> rows)
        {
            var model = _query.Model;
            var orders = _query.Orders;
            var cookieCapable = orders.All(o => o.Slot == 0);
            var pageNumber = Math.Max(1, model.PageNumber);
            var keyed = rows.Select(r => (Row: r, Keys: KeysOf(r), Entity: (Entity?)null)).ToList();
            var descending = orders.Select(o => o.Descending).Concat(Enumerable.Repeat(false, _query.SlotCount)).ToArray();

            // A page after a paging cookie: the rows up to the cookie's last row are dropped before sorting rather than
            // skipped after it. Same rows in the same order, but paging through a large table sorts only what is left.
            var beforeCookie = 0;
            var continuesCookie = model.Top == null && pageNumber > 1 && model.PagingCookie != null && cookieCapable;
            if (continuesCookie && !model.Distinct)
            {
                var last = CookieKeys(PagingCookie.Parse(model.PagingCookie!));
                beforeCookie = keyed.RemoveAll(k => CompareKeys(k.Keys, last, descending, last.Length) <= 0);
            }

            var comparer = Comparer<object?[]>.Create((a, b) => CompareKeys(a, b, descending, a.Length));
            keyed.Sort((a, b) => comparer.Compare(a.Keys, b.Keys));

            var projector = new ResultProjector(_query, _keys, _env);
            var ordered = keyed;
            if (model.Distinct)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                ordered = new List<(StoredRow?[], object?[], Entity?)>();
                foreach (var (row, keys, _) in keyed)
                {
                    var entity = projector.Project(row);
                    if (seen.Add(Signature(entity)))
                    {
                        ordered.Add((row, keys, entity));
                    }
                }
            }

            var collection = new EntityCollection();
            var total = beforeCookie + ordered.Count;
            if (model.ReturnTotalRecordCount)
            {
                // TotalRecordCount is capped at 5000 (TotalRecordCountLimitExceeded) (reference §9.2.7).
                collection.TotalRecordCount = Math.Min(total, QueryLimits.TotalRecordCountLimit);
                collection.TotalRecordCountLimitExceeded = total > QueryLimits.TotalRecordCountLimit;
            }
            else
            {
                collection.TotalRecordCount = -1;
            }

            int start;
            int count;
            if (model.Top != null)
            {
                start = 0;
                count = Math.Min(model.Top.Value, QueryLimits.MaxPageSize);
            }
            else
            {
                count = model.PageSize <= 0 ? QueryLimits.MaxPageSize : Math.Min(model.PageSize, QueryLimits.MaxPageSize);
                if (continuesCookie)
                {
                    start = model.Distinct ? StartAfterCookie(ordered, CookieKeys(PagingCookie.Parse(model.PagingCookie!)), descending) : 0;
                }
                else
                {
                    start = (pageNumber - 1) * count;
                    if (pageNumber > 1 && (long)pageNumber * count > QueryLimits.SimplePagingLimit)
                    {
                        throw DataverseFault.Create(ErrorCodes.OverRetrievalUpperLimitWithoutPagingCookie,
                            "Over upper limit of records that can be requested without a paging cookie. A paging cookie is required when retrieving a high page number.");
                    }
                }
            }

            var page = ordered.GetRange(Math.Min(start, ordered.Count), Math.Max(0, Math.Min(count, ordered.Count - start)));
            foreach (var item in page)
            {
                collection.Entities.Add(item.Entity ?? projector.Project(item.Row));
            }

            collection.MoreRecords = model.Top == null && beforeCookie + start + page.Count < total;
            if (model.Top == null && cookieCapable && page.Count > 0)
            {
                collection.PagingCookie = CookieFor(pageNumber, page[0].Keys, page[page.Count - 1].Keys);
            }

            return collection;
        }

        private object?[] KeysOf(StoredRow?[] row)
        {
            var keys = new object?[_query.Orders.Count + _query.SlotCount];
            for (var i = 0; i < _query.Orders.Count; i++)
            {
                var order = _query.Orders[i];
                keys[i] = _keys.KeyOf(row[order.Slot], order.Table!, order.Column!);
            }

            // Primary keys break ties (the root's first), so order and cookie continuation are deterministic.
            for (var slot = 0; slot < _query.SlotCount; slot++)
            {
                keys[_query.Orders.Count + slot] = row[slot]?.Id;
            }

            return keys;
        }

        private static int CompareKeys(object?[] a, object?[] b, bool[] descending, int length)
        {
            for (var i = 0; i < length; i++)
            {
                var c = ValueComparer.Compare(a[i], b[i]);
                if (c != 0)
                {
                    return descending[i] ? -c : c;
                }
            }

            return 0;
        }

        private string CookieFor(int page, object?[] first, object?[] last)
        {
            var columns = new List<(string, object?, object?)>();
            for (var i = 0; i < _query.Orders.Count; i++)
            {
                columns.Add((_query.Orders[i].Column!.LogicalName, first[i], last[i]));
            }

            var k = _query.Orders.Count;
            columns.Add((_query.Root.PrimaryIdAttribute, first[k], last[k]));
            return new PagingCookie(page, columns).ToXml();
        }

        /// <summary>The sort keys of the cookie's last row (its order columns, then the root's id); faults when the
        /// cookie was made for another order.</summary>
        private object?[] CookieKeys(PagingCookie cookie)
        {
            var expected = _query.Orders.Select(o => o.Column!.LogicalName).Append(_query.Root.PrimaryIdAttribute).ToList();
            if (!cookie.Columns.Select(c => c.Column).SequenceEqual(expected, StringComparer.Ordinal))
            {
                throw DataverseFault.Create(ErrorCodes.QueryBuilderPagingOrderBy,
                    $"Order by columns do not match those in paging cookie: the query orders by {string.Join(", ", expected)}, the cookie by {string.Join(", ", cookie.Columns.Select(c => c.Column))}.");
            }

            var last = new object?[expected.Count];
            for (var i = 0; i < _query.Orders.Count; i++)
            {
                last[i] = PagingCookie.Decode((string?)cookie.Columns[i].Last, _keys.KindOf(_query.Orders[i].Column!));
            }

            last[expected.Count - 1] = PagingCookie.Decode((string?)cookie.Columns[expected.Count - 1].Last, SortKeyKind.Guid);
            return last;
        }

        /// <summary>The first of the sorted rows strictly after the cookie's last row.</summary>
        private static int StartAfterCookie(List<(StoredRow?[] Row, object?[] Keys, Entity? Entity)> sorted, object?[] last, bool[] descending)
        {
            int lo = 0, hi = sorted.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (CompareKeys(sorted[mid].Keys, last, descending, last.Length) > 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }

        private static string Signature(Entity entity) =>
            string.Join("|", entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => a.Key + "=" + ValueComparer.HashKey(ValueComparer.Normalize(a.Value))));
    }
}
