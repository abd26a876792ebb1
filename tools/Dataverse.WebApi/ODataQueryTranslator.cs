using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.WebApi
{
    /// <summary>Turns the query options the OData parser understood ($select, $filter, $orderby, $top, $expand) into
    /// the QueryExpression the emulator runs, the way Dataverse itself answers a Web API query with its query engine.</summary>
    public static class ODataQueryTranslator
    {
        /// <summary>What a collection GET asks for: the query and the lookups to expand with their own columns.</summary>
        public sealed record Translation(QueryExpression Query, IReadOnlyList<string> Selected, IReadOnlyList<Expansion> Expansions);

        public sealed record Expansion(string Navigation, string Column, string? Target, IReadOnlyList<string> Selected);

        public static Translation Translate(TableDefinition table, ODataUriParser parser)
        {
            var query = new QueryExpression(table.LogicalName);
            var (selected, expansions) = Selection(table, parser.ParseSelectAndExpand());
            query.ColumnSet = selected.Count == 0 ? new ColumnSet(true) : new ColumnSet(selected.Select(DataverseEdmModel.ColumnOf).Distinct().ToArray());
            foreach (var expansion in expansions.Where(e => selected.Count > 0 && !query.ColumnSet.Columns.Contains(e.Column)))
            {
                query.ColumnSet.AddColumn(expansion.Column);
            }

            var filter = parser.ParseFilter();
            if (filter is not null)
            {
                query.Criteria.AddFilter(AsFilter(Condition(filter.Expression)));
            }

            for (var order = parser.ParseOrderBy(); order is not null; order = order.ThenBy)
            {
                var property = PropertyName(order.Expression)
                    ?? throw new ODataException("$orderby supports properties of the table only.");
                query.AddOrder(DataverseEdmModel.ColumnOf(property), order.Direction == OrderByDirection.Descending ? OrderType.Descending : OrderType.Ascending);
            }

            var top = parser.ParseTop();
            if (top is not null)
            {
                query.TopCount = checked((int)top.Value);
            }

            return new Translation(query, selected, expansions);
        }

        /// <summary>The columns of $select (Web API property names) and the lookups of $expand.</summary>
        public static (IReadOnlyList<string> Selected, IReadOnlyList<Expansion> Expansions) Selection(TableDefinition table, SelectExpandClause? clause)
        {
            var selected = new List<string>();
            var expansions = new List<Expansion>();
            if (clause is null)
            {
                return (selected, expansions);
            }

            foreach (var item in clause.SelectedItems)
            {
                switch (item)
                {
                    case PathSelectItem { SelectedPath.LastSegment: PropertySegment property }:
                        selected.Add(property.Property.Name);
                        break;
                    case ExpandedNavigationSelectItem expand when expand.PathToNavigationProperty.LastSegment is NavigationPropertySegment navigation:
                        var (column, target) = DataverseEdmModel.NavigationColumn(table, navigation.NavigationProperty.Name);
                        target ??= (navigation.NavigationProperty.ToEntityType()).Name;
                        var nested = new List<string>();
                        foreach (var inner in expand.SelectAndExpand?.SelectedItems ?? Enumerable.Empty<SelectItem>())
                        {
                            if (inner is PathSelectItem { SelectedPath.LastSegment: PropertySegment innerProperty })
                            {
                                nested.Add(innerProperty.Property.Name);
                            }
                            else if (inner is ExpandedNavigationSelectItem)
                            {
                                throw new ODataException("Nested $expand is not supported by the emulator's Web API.");
                            }
                        }

                        expansions.Add(new Expansion(navigation.NavigationProperty.Name, column, target, nested));
                        break;
                }
            }

            return (selected, expansions);
        }

        private static FilterExpression AsFilter(object node)
        {
            if (node is FilterExpression filter)
            {
                return filter;
            }

            var single = new FilterExpression(LogicalOperator.And);
            single.AddCondition((ConditionExpression)node);
            return single;
        }

        private static object Condition(SingleValueNode node)
        {
            node = Unwrap(node);
            switch (node)
            {
                case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                    var group = new FilterExpression(logical.OperatorKind == BinaryOperatorKind.And ? LogicalOperator.And : LogicalOperator.Or);
                    foreach (var side in new[] { logical.Left, logical.Right })
                    {
                        var child = Condition(side);
                        // Flattens "a and b and c" into one group, as the platform's own translation does.
                        if (child is FilterExpression nested && nested.FilterOperator == group.FilterOperator)
                        {
                            foreach (var condition in nested.Conditions)
                            {
                                group.AddCondition(condition);
                            }

                            foreach (var inner in nested.Filters)
                            {
                                group.AddFilter(inner);
                            }
                        }
                        else if (child is FilterExpression other)
                        {
                            group.AddFilter(other);
                        }
                        else
                        {
                            group.AddCondition((ConditionExpression)child);
                        }
                    }

                    return group;
                case BinaryOperatorNode comparison:
                    return Comparison(comparison);
                case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                    if (Condition(not.Operand) is ConditionExpression negated && Negation(negated.Operator) is { } opposite)
                    {
                        return new ConditionExpression(negated.AttributeName, opposite, negated.Values.ToArray());
                    }

                    throw new ODataException("'not' is supported before a single comparison or function only.");
                case SingleValueFunctionCallNode call:
                    return Function(call);
                case InNode @in:
                    var name = PropertyName(@in.Left) ?? throw new ODataException("'in' needs a property on its left.");
                    var values = @in.Right is CollectionConstantNode constants
                        ? constants.Collection.Select(c => Value(c.Value)).ToArray()
                        : throw new ODataException("'in' needs a list of values on its right.");
                    return new ConditionExpression(DataverseEdmModel.ColumnOf(name), ConditionOperator.In, values);
                default:
                    throw new ODataException($"The filter expression '{node.Kind}' is not supported by the emulator's Web API.");
            }
        }

        private static ConditionExpression Comparison(BinaryOperatorNode node)
        {
            var (property, constant, flipped) = PropertyName(node.Left) is { } left
                ? (left, Unwrap(node.Right), false)
                : (PropertyName(node.Right) ?? throw new ODataException("A comparison needs a property of the table on one side."), Unwrap(node.Left), true);
            if (constant is not ConstantNode value)
            {
                throw new ODataException("A comparison needs a literal value on one side; comparing two columns is not supported by the emulator's Web API.");
            }

            var column = DataverseEdmModel.ColumnOf(property);
            if (value.Value is null)
            {
                return node.OperatorKind switch
                {
                    BinaryOperatorKind.Equal => new ConditionExpression(column, ConditionOperator.Null),
                    BinaryOperatorKind.NotEqual => new ConditionExpression(column, ConditionOperator.NotNull),
                    _ => throw new ODataException("null can only be compared with eq or ne."),
                };
            }

            var op = node.OperatorKind switch
            {
                BinaryOperatorKind.Equal => ConditionOperator.Equal,
                BinaryOperatorKind.NotEqual => ConditionOperator.NotEqual,
                BinaryOperatorKind.GreaterThan => flipped ? ConditionOperator.LessThan : ConditionOperator.GreaterThan,
                BinaryOperatorKind.GreaterThanOrEqual => flipped ? ConditionOperator.LessEqual : ConditionOperator.GreaterEqual,
                BinaryOperatorKind.LessThan => flipped ? ConditionOperator.GreaterThan : ConditionOperator.LessThan,
                BinaryOperatorKind.LessThanOrEqual => flipped ? ConditionOperator.GreaterEqual : ConditionOperator.LessEqual,
                _ => throw new ODataException($"The operator '{node.OperatorKind}' is not supported in $filter."),
            };
            return new ConditionExpression(column, op, Value(value.Value));
        }

        private static ConditionExpression Function(SingleValueFunctionCallNode call)
        {
            var arguments = call.Parameters.Cast<SingleValueNode>().ToList();
            if (arguments.Count != 2 || PropertyName(arguments[0]) is not { } property || Unwrap(arguments[1]) is not ConstantNode { Value: string text })
            {
                throw new ODataException($"{call.Name} needs a property and a text literal.");
            }

            // Like patterns: the caller's own % and _ stay literal, as in Dataverse's translation of these functions.
            var escaped = text.Replace("[", "[[]", StringComparison.Ordinal).Replace("%", "[%]", StringComparison.Ordinal).Replace("_", "[_]", StringComparison.Ordinal);
            var column = DataverseEdmModel.ColumnOf(property);
            return call.Name switch
            {
                "contains" => new ConditionExpression(column, ConditionOperator.Like, "%" + escaped + "%"),
                "startswith" => new ConditionExpression(column, ConditionOperator.Like, escaped + "%"),
                "endswith" => new ConditionExpression(column, ConditionOperator.Like, "%" + escaped),
                _ => throw new ODataException($"The function '{call.Name}' is not supported by the emulator's Web API."),
            };
        }

        private static ConditionOperator? Negation(ConditionOperator op) => op switch
        {
            ConditionOperator.Equal => ConditionOperator.NotEqual,
            ConditionOperator.NotEqual => ConditionOperator.Equal,
            ConditionOperator.Like => ConditionOperator.NotLike,
            ConditionOperator.Null => ConditionOperator.NotNull,
            ConditionOperator.NotNull => ConditionOperator.Null,
            ConditionOperator.In => ConditionOperator.NotIn,
            ConditionOperator.GreaterThan => ConditionOperator.LessEqual,
            ConditionOperator.GreaterEqual => ConditionOperator.LessThan,
            ConditionOperator.LessThan => ConditionOperator.GreaterEqual,
            ConditionOperator.LessEqual => ConditionOperator.GreaterThan,
            _ => null,
        };

        private static string? PropertyName(QueryNode node) =>
            node is SingleValueNode single && Unwrap(single) is SingleValuePropertyAccessNode access ? access.Property.Name : null;

        private static SingleValueNode Unwrap(SingleValueNode node)
        {
            while (node is ConvertNode convert)
            {
                node = convert.Source;
            }

            return node;
        }

        /// <summary>OData literal → the value the SDK's query types carry.</summary>
        // ODL 8 still hands Edm.Date literals over as Microsoft.OData.Edm.Date (System.DateOnly from ODL 9).
#pragma warning disable CS0618
        private static object Value(object? literal) => literal switch
        {
            DateTimeOffset offset => offset.UtcDateTime,
            Date date => new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc),
            DateOnly day => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            null => throw new ODataException("null can only be compared with eq or ne."),
            _ => literal,
        };
#pragma warning restore CS0618
    }
}
