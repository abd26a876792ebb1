using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>Resolves a query model against metadata: tables, link aliases (generated as &lt;table&gt;&lt;n&gt; when
    /// none is given), columns, condition values and orders. Everything the platform would reject is rejected here.</summary>
    internal sealed class QueryBinder
    {
        private readonly MetadataCatalog _metadata;
        private readonly QueryEnvironment _env;
        private readonly Dictionary<string, int> _aliases = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _aliasCounters = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<(LinkModel Model, BoundLink Link)> _pending = new List<(LinkModel, BoundLink)>();
        private BoundQuery _query = null!;

        private QueryBinder(MetadataCatalog metadata, QueryEnvironment env)
        {
            _metadata = metadata;
            _env = env;
        }

        public static BoundQuery Bind(QueryModel model, MetadataCatalog metadata, QueryEnvironment env) =>
            new QueryBinder(metadata, env).BindQuery(model);

        private BoundQuery BindQuery(QueryModel model)
        {
            var root = Table(model.EntityName);
            _query = new BoundQuery(model, root);
            var linkCount = CountLinks(model.Links) + CountFilterLinks(model.Criteria);
            if (linkCount > QueryLimits.MaxLinkEntities)
            {
                throw QueryFaults.TooManyLinks(linkCount);
            }

            // Pass 1: every link gets its slot and alias, so conditions anywhere may refer to any alias.
            foreach (var link in model.Links)
            {
                var bound = DeclareLink(link, 0);
                if (!bound.IsSemiJoin)
                {
                    _query.RootChildren.Add(bound);
                }
            }

            var filterLinks = new List<(LinkModel, BoundLink)>();
            DeclareFilterLinks(model.Criteria, 0, filterLinks);

            // Pass 2: criteria, columns and orders.
            _query.Criteria = BindFilter(model.Criteria, 0);
            foreach (var (linkModel, link) in _pending.ToList())
            {
                link.Criteria = BindFilter(linkModel.Criteria, link.Slot);
                AttachSemiJoin(linkModel, link);
            }

            _query.RootAllColumns = model.AllColumns;
            foreach (var column in model.Columns)
            {
                _query.Columns.Add(BindColumn(column, 0, root, model.Aggregate));
            }

            foreach (var (linkModel, link) in _pending)
            {
                if (link.IsSemiJoin)
                {
                    continue;
                }

                foreach (var column in linkModel.Columns)
                {
                    _query.Columns.Add(BindColumn(column, link.Slot, link.Table, model.Aggregate));
                }
            }

            BindOrders(model);
            return _query;
        }

        private void AttachSemiJoin(LinkModel model, BoundLink link)
        {
            if (!link.IsSemiJoin || _filterLinkSet.Contains(link))
            {
                return;
            }

            var exists = new BoundExists(link, model.Join == JoinOperator.NotAny);
            if (link.ParentSlot == 0)
            {
                _query.Criteria = AndWith(_query.Criteria, exists);
            }
            else
            {
                var parent = _query.Links[link.ParentSlot - 1];
                parent.Criteria = AndWith(parent.Criteria, exists);
            }
        }

        private readonly HashSet<BoundLink> _filterLinkSet = new HashSet<BoundLink>();

        private static BoundFilter AndWith(BoundFilter filter, BoundExists exists)
        {
            if (!filter.IsOr)
            {
                filter.Exists.Add(exists);
                return filter;
            }

            var and = new BoundFilter();
            and.Filters.Add(filter);
            and.Exists.Add(exists);
            return and;
        }

        private void DeclareFilterLinks(FilterModel filter, int slot, List<(LinkModel, BoundLink)> links)
        {
            foreach (var link in filter.Links)
            {
                var bound = DeclareLink(link, slot);
                _filterLinkSet.Add(bound);
                links.Add((link, bound));
            }

            foreach (var child in filter.Filters)
            {
                DeclareFilterLinks(child, slot, links);
            }
        }

        private BoundLink DeclareLink(LinkModel model, int parentSlot)
        {
            switch (model.Join)
            {
                case JoinOperator.All:
                case JoinOperator.NotAll:
                    throw QueryFaults.UnsupportedJoin(model.Join);
            }

            var parentTable = _query.TableOf(parentSlot);
            var table = Table(model.EntityName);
            var from = Column(parentTable, model.FromAttribute);
            var to = Column(table, model.ToAttribute);
            string alias;
            if (model.Alias != null)
            {
                alias = model.Alias;
                if (_aliases.ContainsKey(alias))
                {
                    throw QueryFaults.Fetch(ErrorCodes.QueryBuilderDuplicateAlias, $"FetchXML should have unique aliases: '{alias}' is used more than once.");
                }
            }
            else
            {
                // No alias given: the platform generates <table><n> (e.g. contact1) (reference §9.2.8, §13.2).
                _aliasCounters.TryGetValue(table.LogicalName, out var n);
                do
                {
                    n++;
                    alias = table.LogicalName + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                while (_aliases.ContainsKey(alias));

                _aliasCounters[table.LogicalName] = n;
            }

            var slot = _query.Links.Count + 1;
            var link = new BoundLink(model, table, alias, slot, parentSlot, from, to)
            {
                IsSemiJoin = model.Join is JoinOperator.In or JoinOperator.Exists or JoinOperator.Any or JoinOperator.NotAny,
            };
            _aliases[alias] = slot;
            _query.Links.Add(link);
            _pending.Add((model, link));
            foreach (var child in model.Links)
            {
                var boundChild = DeclareLink(child, slot);
                if (!boundChild.IsSemiJoin)
                {
                    link.Children.Add(boundChild);
                }
            }

            var nested = new List<(LinkModel, BoundLink)>();
            DeclareFilterLinks(model.Criteria, slot, nested);
            return link;
        }

        private BoundFilter BindFilter(FilterModel filter, int slot)
        {
            var bound = new BoundFilter { IsOr = filter.IsOr };
            foreach (var condition in filter.Conditions)
            {
                bound.Conditions.Add(BindCondition(condition, slot));
            }

            foreach (var child in filter.Filters)
            {
                bound.Filters.Add(BindFilter(child, slot));
            }

            foreach (var link in filter.Links)
            {
                var boundLink = _query.Links.First(l => ReferenceEquals(l.Model, link));
                bound.Exists.Add(new BoundExists(boundLink, link.Join == JoinOperator.NotAny));
            }

            return bound;
        }

        private int ResolveAlias(string? alias, int defaultSlot)
        {
            if (alias == null)
            {
                return defaultSlot;
            }

            if (_aliases.TryGetValue(alias, out var slot))
            {
                return slot;
            }

            if (string.Equals(alias, _query.Root.LogicalName, StringComparison.Ordinal))
            {
                return 0;
            }

            var byTable = _query.Links.Where(l => l.Table.LogicalName == alias).ToList();
            if (byTable.Count == 1)
            {
                return byTable[0].Slot;
            }

            throw QueryFaults.NoAlias(alias);
        }

        private BoundCondition BindCondition(ConditionModel condition, int defaultSlot)
        {
            var slot = ResolveAlias(condition.EntityAlias, defaultSlot);
            var table = _query.TableOf(slot);
            var column = Column(table, condition.Attribute);
            var op = condition.Operator;
            if (IsUnsupported(op))
            {
                throw QueryFaults.UnsupportedOperator(op);
            }

            if (condition.ValueOf != null)
            {
                var dot = condition.ValueOf.IndexOf('.');
                var otherSlot = dot > 0 ? ResolveAlias(condition.ValueOf.Substring(0, dot), slot) : slot;
                var otherName = dot > 0 ? condition.ValueOf.Substring(dot + 1) : condition.ValueOf;
                var other = Column(_query.TableOf(otherSlot), otherName);
                return new BoundCondition(slot, table, column, op, Array.Empty<object?>()) { CompareSlot = otherSlot, CompareColumn = other };
            }

            var values = condition.Values;
            object?[] bound;
            Regex? pattern = null;
            switch (op)
            {
                case ConditionOperator.Null:
                case ConditionOperator.NotNull:
                case ConditionOperator.EqualUserId:
                case ConditionOperator.NotEqualUserId:
                case ConditionOperator.EqualBusinessId:
                case ConditionOperator.NotEqualBusinessId:
                case ConditionOperator.EqualUserTeams:
                case ConditionOperator.EqualUserOrUserTeams:
                case ConditionOperator.EqualUserLanguage:
                    bound = Array.Empty<object?>();
                    break;
                case ConditionOperator.Like:
                case ConditionOperator.NotLike:
                    Expect(condition, 1);
                    pattern = LikePattern.ToRegex(ValueCoercion.ToText(values[0]));
                    bound = Array.Empty<object?>();
                    break;
                case ConditionOperator.BeginsWith:
                case ConditionOperator.DoesNotBeginWith:
                case ConditionOperator.EndsWith:
                case ConditionOperator.DoesNotEndWith:
                case ConditionOperator.Contains:
                case ConditionOperator.DoesNotContain:
                    Expect(condition, 1);
                    var text = Regex.Escape(ValueCoercion.ToText(values[0]));
                    var expression = op is ConditionOperator.BeginsWith or ConditionOperator.DoesNotBeginWith ? "^" + text
                        : op is ConditionOperator.EndsWith or ConditionOperator.DoesNotEndWith ? text + "$" : text;
                    pattern = new Regex(expression, RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
                    bound = Array.Empty<object?>();
                    break;
                case ConditionOperator.Between:
                case ConditionOperator.NotBetween:
                    Expect(condition, 2);
                    bound = values.Select(v => ValueCoercion.ToColumn(v, table, column)).ToArray();
                    break;
                case ConditionOperator.In:
                case ConditionOperator.NotIn:
                case ConditionOperator.ContainValues:
                case ConditionOperator.DoesNotContainValues:
                    if (values.Count == 0)
                    {
                        throw QueryFaults.BadCondition($"The '{op}' condition on '{condition.Attribute}' needs at least one value.");
                    }

                    bound = values.Select(v => ValueCoercion.ToColumn(v, table, column)).ToArray();
                    break;
                case ConditionOperator.Mask:
                case ConditionOperator.NotMask:
                case ConditionOperator.MasksSelect:
                    Expect(condition, 1);
                    bound = new object?[] { ValueCoercion.ToInt(values[0], table, column) };
                    break;
                default:
                    if (DateRanges.IsRange(op))
                    {
                        var range = DateRanges.For(op, 0, null, _env);
                        bound = new object?[] { range.Start, range.End };
                    }
                    else if (DateRanges.TakesCount(op))
                    {
                        Expect(condition, 1);
                        var range = DateRanges.For(op, ValueCoercion.ToInt(values[0], table, column), null, _env);
                        bound = new object?[] { range.Start, range.End };
                    }
                    else if (DateRanges.TakesDate(op))
                    {
                        Expect(condition, 1);
                        var date = ValueCoercion.ToDateTime(values[0] ?? throw QueryFaults.BadCondition($"'{op}' needs a date."), table, column);
                        var range = DateRanges.For(op, 0, date, _env);
                        bound = new object?[] { range.Start, range.End };
                    }
                    else
                    {
                        // Equal, NotEqual, GreaterThan, LessThan, GreaterEqual, LessEqual.
                        Expect(condition, 1);
                        bound = new[] { ValueCoercion.ToColumn(values[0], table, column) };
                    }

                    break;
            }

            return new BoundCondition(slot, table, column, op, bound) { Pattern = pattern };
        }

        private static void Expect(ConditionModel condition, int count)
        {
            if (condition.Values.Count != count)
            {
                throw QueryFaults.BadCondition(
                    $"The '{condition.Operator}' condition on '{condition.Attribute}' needs {count} value(s) but has {condition.Values.Count}.");
            }
        }

        internal static bool IsUnsupported(ConditionOperator op) => op switch
        {
            ConditionOperator.ChildOf or
            ConditionOperator.Under or ConditionOperator.NotUnder or ConditionOperator.UnderOrEqual or
            ConditionOperator.Above or ConditionOperator.AboveOrEqual or
            ConditionOperator.EqualUserOrUserHierarchy or ConditionOperator.EqualUserOrUserHierarchyAndTeams => true,
            >= ConditionOperator.ThisFiscalYear and <= ConditionOperator.InOrAfterFiscalPeriodAndYear => true,
            > ConditionOperator.DoesNotContainValues => true,
            _ => false,
        };

        private BoundColumn BindColumn(ColumnModel model, int slot, TableDefinition table, bool aggregate)
        {
            var column = Column(table, model.Name);
            if (aggregate)
            {
                if (model.Aggregate == null && !model.GroupBy)
                {
                    throw QueryFaults.Fetch(ErrorCodes.QueryBuilderAttributeWithAggregate,
                        $"Attributes can not be returned when aggregate operation is specified: '{model.Name}' has neither aggregate nor groupby.");
                }

                if (model.Alias == null)
                {
                    throw QueryFaults.Fetch(ErrorCodes.QueryBuilderInvalidAlias, $"Invalid alias for aggregate operation: '{model.Name}' needs an alias.");
                }
            }

            var key = model.Alias ?? (slot == 0 ? column.LogicalName : _query.Links[slot - 1].Alias + "." + column.LogicalName);
            return new BoundColumn(slot, table, column, model, key, aliased: slot != 0 || model.Alias != null);
        }

        private void BindOrders(QueryModel model)
        {
            var orders = new List<(OrderModel Order, int Slot)>();
            orders.AddRange(model.Orders.Select(o => (o, ResolveAlias(o.EntityAlias, 0))));

            // Link-entity orders are applied after the entity's orders (learn: fetchxml/order-rows).
            foreach (var (linkModel, link) in _pending)
            {
                if (!link.IsSemiJoin)
                {
                    orders.AddRange(linkModel.Orders.Select(o => (o, ResolveAlias(o.EntityAlias, link.Slot))));
                }
            }

            foreach (var (order, slot) in orders)
            {
                if (model.Aggregate)
                {
                    var alias = order.Alias ?? throw QueryFaults.Fetch(ErrorCodes.QueryBuilderAliasRequiredForAggregateOrderBy, "An alias is required for an order clause for an aggregate Query.");
                    _query.Orders.Add(new BoundOrder(slot, null, null, alias, order.Descending));
                    continue;
                }

                if (order.Attribute == null)
                {
                    throw QueryFaults.Fetch(ErrorCodes.QueryBuilderAttributeRequiredForNonAggregateOrderBy, "An attribute is required for an order clause for a non-aggregate Query.");
                }

                var table = _query.TableOf(slot);
                _query.Orders.Add(new BoundOrder(slot, table, Column(table, order.Attribute), null, order.Descending));
            }
        }

        private TableDefinition Table(string name)
        {
            if (string.IsNullOrEmpty(name) || !_metadata.TryGetTable(name, out var table) || table == null)
            {
                throw QueryFaults.NoEntity(name ?? string.Empty);
            }

            return table;
        }

        private static ColumnDefinition Column(TableDefinition table, string name)
        {
            if (string.IsNullOrEmpty(name) || !table.Columns.TryGetValue(name, out var column))
            {
                throw QueryFaults.NoAttribute(table.LogicalName, name ?? string.Empty);
            }

            return column;
        }

        private static int CountLinks(IEnumerable<LinkModel> links) =>
            links.Sum(l => 1 + CountLinks(l.Links) + CountFilterLinks(l.Criteria));

        private static int CountFilterLinks(FilterModel filter) =>
            CountLinks(filter.Links) + filter.Filters.Sum(CountFilterLinks);
    }
}
