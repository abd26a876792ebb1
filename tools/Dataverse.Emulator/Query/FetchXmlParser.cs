using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>Parses FetchXML (learn: fetchxml/reference) into the engine's query model. Values stay strings here;
    /// they are converted to column types when the query is bound against metadata.</summary>
    internal static class FetchXmlParser
    {
        public static QueryModel Parse(string? fetchXml)
        {
            if (string.IsNullOrWhiteSpace(fetchXml))
            {
                throw QueryFaults.Fetch(ErrorCodes.QueryBuilderDeserializeEmptyXml, "Xml String can't be null. The FetchXML query is empty.");
            }

            XDocument document;
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using var reader = XmlReader.Create(new StringReader(fetchXml), settings);
                document = XDocument.Load(reader);
            }
            catch (XmlException ex)
            {
                throw QueryFaults.Fetch(ErrorCodes.InvalidXml, "Invalid XML. The FetchXML is not well-formed: " + ex.Message);
            }

            var fetch = document.Root;
            if (fetch == null || fetch.Name.LocalName != "fetch")
            {
                throw InvalidNode(fetch?.Name.LocalName ?? "(none)", "the document", "the root element must be <fetch>");
            }

            var entities = fetch.Elements().ToList();
            foreach (var element in entities.Where(e => e.Name.LocalName != "entity"))
            {
                throw InvalidNode(element.Name.LocalName, "fetch", "only <entity> is allowed");
            }

            var entity = entities.Where(e => e.Name.LocalName == "entity").ToList();
            if (entity.Count != 1)
            {
                throw QueryFaults.Fetch(ErrorCodes.QueryBuilderElementNotFound,
                    entity.Count == 0 ? "A required element was not specified: <fetch> must contain an <entity> element." : "Only one <entity> element is allowed in <fetch>.");
            }

            var model = new QueryModel(RequiredAttribute(entity[0], "name"));
            model.Distinct = Bool(fetch, "distinct", ErrorCodes.QueryBuilderDeserializeInvalidDistinct);
            model.Aggregate = Bool(fetch, "aggregate", ErrorCodes.QueryBuilderDeserializeInvalidAggregate);
            model.ReturnTotalRecordCount = Bool(fetch, "returntotalrecordcount", ErrorCodes.QueryBuilderDeserializeInvalidAggregate);
            model.UseRawOrderBy = Bool(fetch, "useraworderby", ErrorCodes.QueryBuilderDeserializeInvalidUseRawOrderBy);
            model.Top = Int(fetch, "top");
            model.PageSize = Int(fetch, "count") ?? 0;
            model.PageNumber = Int(fetch, "page") ?? 0;
            model.AggregateLimit = Int(fetch, "aggregatelimit");
            var cookie = (string?)fetch.Attribute("paging-cookie");
            model.PagingCookie = string.IsNullOrEmpty(cookie) ? null : cookie;
            if (model.Top != null && fetch.Attribute("page") != null)
            {
                // learn: fetchxml/page-results - top cannot be combined with paging.
                throw QueryFaults.Fetch(ErrorCodes.InvalidArgument, "The top attribute can't be specified with paging attribute page.");
            }

            var hasAttributes = false;
            foreach (var child in entity[0].Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "attribute":
                        model.Columns.Add(ParseAttribute(child));
                        hasAttributes = true;
                        break;
                    case "all-attributes":
                        model.AllColumns = true;
                        hasAttributes = true;
                        break;
                    case "no-attrs":
                        hasAttributes = true;
                        break;
                    case "order":
                        model.Orders.Add(ParseOrder(child));
                        break;
                    case "filter":
                        AppendFilter(model.Criteria, ParseFilter(child));
                        break;
                    case "link-entity":
                        model.Links.Add(ParseLink(child));
                        break;
                    default:
                        throw InvalidNode(child.Name.LocalName, "entity", "expected attribute, all-attributes, order, filter or link-entity");
                }
            }

            // An <entity> without <attribute> elements returns all columns (learn: fetchxml/select-columns).
            if (!hasAttributes && !model.Aggregate)
            {
                model.AllColumns = true;
            }

            return model;
        }

        private static void AppendFilter(FilterModel target, FilterModel filter)
        {
            // Several top-level <filter> elements combine with and.
            if (target.IsEmpty)
            {
                target.IsOr = filter.IsOr;
                target.Conditions.AddRange(filter.Conditions);
                target.Filters.AddRange(filter.Filters);
                target.Links.AddRange(filter.Links);
            }
            else if (!target.IsOr)
            {
                target.Filters.Add(filter);
            }
            else
            {
                var copy = new FilterModel { IsOr = true };
                copy.Conditions.AddRange(target.Conditions);
                copy.Filters.AddRange(target.Filters);
                copy.Links.AddRange(target.Links);
                target.Conditions.Clear();
                target.Filters.Clear();
                target.Links.Clear();
                target.IsOr = false;
                target.Filters.Add(copy);
                target.Filters.Add(filter);
            }
        }

        private static ColumnModel ParseAttribute(XElement element)
        {
            var column = new ColumnModel(RequiredAttribute(element, "name"))
            {
                Alias = NullIfEmpty((string?)element.Attribute("alias")),
                GroupBy = Bool(element, "groupby", ErrorCodes.QueryBuilderDeserializeInvalidGroupBy),
                Distinct = Bool(element, "distinct", ErrorCodes.QueryBuilderDeserializeInvalidDistinct),
                UserTimeZone = element.Attribute("usertimezone") == null || Bool(element, "usertimezone", ErrorCodes.QueryBuilderDeserializeInvalidAggregate),
            };
            var aggregate = (string?)element.Attribute("aggregate");
            if (!string.IsNullOrEmpty(aggregate))
            {
                column.Aggregate = aggregate.ToLowerInvariant() switch
                {
                    "count" => AggregateFunction.Count,
                    "countcolumn" => AggregateFunction.CountColumn,
                    "sum" => AggregateFunction.Sum,
                    "avg" => AggregateFunction.Avg,
                    "min" => AggregateFunction.Min,
                    "max" => AggregateFunction.Max,
                    _ => throw QueryFaults.Fetch(ErrorCodes.QueryBuilderDeserializeInvalidAggregate,
                        $"An error occurred while processing Aggregates in Query: '{aggregate}' is not an aggregate (count, countcolumn, sum, avg, min, max)."),
                };
            }

            var grouping = (string?)element.Attribute("dategrouping");
            if (!string.IsNullOrEmpty(grouping))
            {
                column.DateGrouping = grouping.ToLowerInvariant() switch
                {
                    "day" => DateGrouping.Day,
                    "week" => DateGrouping.Week,
                    "month" => DateGrouping.Month,
                    "quarter" => DateGrouping.Quarter,
                    "year" => DateGrouping.Year,
                    "fiscal-period" or "fiscal-year" => throw QueryFaults.Fetch(ErrorCodes.QueryBuilderInvalidDateGrouping,
                        $"dategrouping '{grouping}' is not supported by the Dataverse emulator: it needs fiscal-year settings."),
                    _ => throw QueryFaults.Fetch(ErrorCodes.QueryBuilderInvalidDateGrouping,
                        $"An invalid value was specified for dategrouping: '{grouping}'."),
                };
            }

            return column;
        }

        private static OrderModel ParseOrder(XElement element)
        {
            var order = new OrderModel
            {
                Attribute = NullIfEmpty((string?)element.Attribute("attribute")),
                Alias = NullIfEmpty((string?)element.Attribute("alias")),
                EntityAlias = NullIfEmpty((string?)element.Attribute("entityname")),
                Descending = Bool(element, "descending", ErrorCodes.QueryBuilderDeserializeInvalidDescending),
            };
            if (order.Attribute == null && order.Alias == null)
            {
                throw QueryFaults.Fetch(ErrorCodes.QueryBuilderAttributeNotFound, "A required attribute was not specified: <order> needs attribute (or alias in an aggregate query).");
            }

            return order;
        }

        private static FilterModel ParseFilter(XElement element)
        {
            var filter = new FilterModel();
            var type = ((string?)element.Attribute("type"))?.ToLowerInvariant() ?? "and";
            filter.IsOr = type switch
            {
                "and" => false,
                "or" => true,
                _ => throw QueryFaults.Fetch(ErrorCodes.QueryBuilderInvalidFilterType, $"Unsupported filter type '{type}'. Valid values are 'and', or 'or'."),
            };
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "condition":
                        filter.Conditions.Add(ParseCondition(child));
                        break;
                    case "filter":
                        filter.Filters.Add(ParseFilter(child));
                        break;
                    case "link-entity":
                        filter.Links.Add(ParseLink(child));
                        break;
                    default:
                        throw InvalidNode(child.Name.LocalName, "filter", "expected condition, filter or link-entity");
                }
            }

            return filter;
        }

        private static ConditionModel ParseCondition(XElement element)
        {
            var attribute = RequiredAttribute(element, "attribute");
            var opName = RequiredAttribute(element, "operator");
            if (!FetchOperatorNames.TryGet(opName, out var op))
            {
                throw QueryFaults.Fetch(ErrorCodes.QueryBuilderInvalidConditionOperator, $"Unsupported condition operator '{opName}' on attribute '{attribute}'.");
            }

            var condition = new ConditionModel(attribute, op)
            {
                EntityAlias = NullIfEmpty((string?)element.Attribute("entityname")),
                ValueOf = NullIfEmpty((string?)element.Attribute("valueof")),
            };
            var value = element.Attribute("value");
            if (value != null)
            {
                condition.Values.Add(value.Value);
            }

            foreach (var child in element.Elements())
            {
                if (child.Name.LocalName != "value")
                {
                    throw InvalidNode(child.Name.LocalName, "condition", "expected value");
                }

                condition.Values.Add(child.Value);
            }

            return condition;
        }

        private static LinkModel ParseLink(XElement element)
        {
            var name = RequiredAttribute(element, "name");
            var linkType = ((string?)element.Attribute("link-type"))?.ToLowerInvariant() ?? "inner";
            var join = linkType switch
            {
                "inner" => JoinOperator.Inner,
                "outer" => JoinOperator.LeftOuter,
                "natural" => JoinOperator.Natural,
                "matchfirstrowusingcrossapply" => JoinOperator.MatchFirstRowUsingCrossApply,
                "in" => JoinOperator.In,
                "exists" => JoinOperator.Exists,
                "any" => JoinOperator.Any,
                "not any" => JoinOperator.NotAny,
                "all" => JoinOperator.All,
                "not all" => JoinOperator.NotAll,
                _ => throw QueryFaults.Fetch(ErrorCodes.QueryBuilderDeserializeInvalidLinkType,
                    $"The only valid values for link-type attribute are 'natural', 'inner', 'in', 'exists', 'matchfirstrowusingcrossapply', 'outer', 'any', 'not any', 'all' and 'not all'; got '{linkType}'."),
            };

            // FetchXML: from = column of the linked table, to = column of the parent (learn: fetchxml/reference/link-entity).
            var link = new LinkModel(name, RequiredAttribute(element, "to"), RequiredAttribute(element, "from"), join)
            {
                Alias = NullIfEmpty((string?)element.Attribute("alias")),
            };
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "attribute":
                        link.Columns.Add(ParseAttribute(child));
                        break;
                    case "all-attributes":
                        link.AllColumns = true;
                        break;
                    case "order":
                        link.Orders.Add(ParseOrder(child));
                        break;
                    case "filter":
                        AppendFilter(link.Criteria, ParseFilter(child));
                        break;
                    case "link-entity":
                        link.Links.Add(ParseLink(child));
                        break;
                    default:
                        throw InvalidNode(child.Name.LocalName, "link-entity", "expected attribute, all-attributes, order, filter or link-entity");
                }
            }

            return link;
        }

        private static string RequiredAttribute(XElement element, string name)
        {
            var value = (string?)element.Attribute(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw QueryFaults.Fetch(ErrorCodes.QueryBuilderAttributeNotFound,
                    $"A required attribute was not specified: <{element.Name.LocalName}> needs a '{name}' attribute.");
            }

            return value;
        }

        private static bool Bool(XElement element, string name, int errorCode)
        {
            var value = (string?)element.Attribute(name);
            if (value == null)
            {
                return false;
            }

            return value.Trim().ToLowerInvariant() switch
            {
                "true" or "1" => true,
                "false" or "0" => false,
                _ => throw QueryFaults.Fetch(errorCode, $"The only valid values for {name} attribute are 'true', 'false', '1', and '0'; got '{value}'."),
            };
        }

        private static int? Int(XElement element, string name)
        {
            var value = (string?)element.Attribute(name);
            if (value == null)
            {
                return null;
            }

            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) || result < 0)
            {
                throw QueryFaults.Fetch(ErrorCodes.QueryBuilderValueGreaterThanZero, $"The '{name}' attribute of <{element.Name.LocalName}> must be a non-negative whole number; got '{value}'.");
            }

            return result;
        }

        private static Exception InvalidNode(string node, string parent, string hint) =>
            QueryFaults.Fetch(ErrorCodes.QueryBuilderDeserializeInvalidNode, $"The element node encountered is invalid: <{node}> is not allowed in {parent} ({hint}).");

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
