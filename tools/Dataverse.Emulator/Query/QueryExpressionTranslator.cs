using System.Collections;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>Translates QueryExpression and QueryByAttribute into the engine's query model.</summary>
    internal static class QueryExpressionTranslator
    {
        public static QueryModel Translate(QueryExpression query)
        {
            if (string.IsNullOrWhiteSpace(query.EntityName))
            {
                throw QueryFaults.NoEntity(query.EntityName ?? string.Empty);
            }

            var model = new QueryModel(query.EntityName);
            ApplyColumnSet(model, query.ColumnSet);
            model.Criteria = Translate(query.Criteria);
            foreach (var link in query.LinkEntities)
            {
                model.Links.Add(Translate(link));
            }

            foreach (var order in query.Orders)
            {
                model.Orders.Add(new OrderModel { Attribute = order.AttributeName, EntityAlias = NullIfEmpty(order.EntityName), Descending = order.OrderType == OrderType.Descending });
            }

            model.Top = query.TopCount;
            model.Distinct = query.Distinct;
            ApplyPaging(model, query.PageInfo);
            return model;
        }

        public static QueryModel Translate(QueryByAttribute query)
        {
            if (string.IsNullOrWhiteSpace(query.EntityName))
            {
                throw QueryFaults.NoEntity(query.EntityName ?? string.Empty);
            }

            if (query.Attributes.Count == 0)
            {
                throw DataverseFault.Create(ErrorCodes.QueryBuilderByAttributeNonEmpty, "QueryByAttribute must specify a non-empty attribute array.");
            }

            if (query.Attributes.Count != query.Values.Count)
            {
                throw DataverseFault.Create(ErrorCodes.QueryBuilderByAttributeMismatch,
                    "QueryByAttribute must specify a non-empty value array with the same number of elements as in the attributes array.");
            }

            var model = new QueryModel(query.EntityName);
            ApplyColumnSet(model, query.ColumnSet);
            for (var i = 0; i < query.Attributes.Count; i++)
            {
                var value = query.Values[i];
                var condition = new ConditionModel(query.Attributes[i], value == null ? ConditionOperator.Null : ConditionOperator.Equal);
                if (value != null)
                {
                    condition.Values.Add(value);
                }

                model.Criteria.Conditions.Add(condition);
            }

            foreach (var order in query.Orders)
            {
                model.Orders.Add(new OrderModel { Attribute = order.AttributeName, Descending = order.OrderType == OrderType.Descending });
            }

            model.Top = query.TopCount;
            ApplyPaging(model, query.PageInfo);
            return model;
        }

        private static void ApplyColumnSet(QueryModel model, ColumnSet? columns)
        {
            // A null or empty ColumnSet returns only the primary key (learn: org-service/queryexpression/select-columns).
            if (columns == null)
            {
                return;
            }

            model.AllColumns = columns.AllColumns;
            foreach (var name in columns.Columns)
            {
                model.Columns.Add(new ColumnModel(name));
            }
        }

        private static void ApplyPaging(QueryModel model, PagingInfo? page)
        {
            if (page == null)
            {
                return;
            }

            model.PageSize = page.Count;
            model.PageNumber = page.PageNumber;
            model.PagingCookie = NullIfEmpty(page.PagingCookie);
            model.ReturnTotalRecordCount = page.ReturnTotalRecordCount;
        }

        private static LinkModel Translate(LinkEntity link)
        {
            var model = new LinkModel(link.LinkToEntityName, link.LinkFromAttributeName, link.LinkToAttributeName, link.JoinOperator)
            {
                Alias = NullIfEmpty(link.EntityAlias),
            };
            if (link.Columns != null)
            {
                model.AllColumns = link.Columns.AllColumns;
                foreach (var name in link.Columns.Columns)
                {
                    model.Columns.Add(new ColumnModel(name));
                }
            }

            model.Criteria = Translate(link.LinkCriteria);
            foreach (var child in link.LinkEntities)
            {
                model.Links.Add(Translate(child));
            }

            foreach (var order in link.Orders)
            {
                model.Orders.Add(new OrderModel { Attribute = order.AttributeName, EntityAlias = NullIfEmpty(order.EntityName), Descending = order.OrderType == OrderType.Descending });
            }

            return model;
        }

        private static FilterModel Translate(FilterExpression? filter)
        {
            var model = new FilterModel();
            if (filter == null)
            {
                return model;
            }

            model.IsOr = filter.FilterOperator == LogicalOperator.Or;
            foreach (var condition in filter.Conditions)
            {
                var c = new ConditionModel(condition.AttributeName, condition.Operator) { EntityAlias = NullIfEmpty(condition.EntityName) };
                if (condition.CompareColumns)
                {
                    // CompareColumns: the single value names the other column ("column" or "alias.column").
                    c.ValueOf = condition.Values.Count > 0 ? condition.Values[0]?.ToString() : null;
                }
                else
                {
                    foreach (var value in condition.Values)
                    {
                        AddValue(c, value);
                    }
                }

                model.Conditions.Add(c);
            }

            foreach (var child in filter.Filters)
            {
                model.Filters.Add(Translate(child));
            }

            return model;
        }

        private static void AddValue(ConditionModel condition, object? value)
        {
            // An array passed where one value was expected (the documented overload trap) is taken as its elements.
            if (value is ICollection collection && value is not string && value is not OptionSetValueCollection)
            {
                foreach (var item in collection)
                {
                    condition.Values.Add(item);
                }

                return;
            }

            condition.Values.Add(value);
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
