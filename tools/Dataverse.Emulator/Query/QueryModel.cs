using System.Collections.Generic;

namespace Dataverse.Emulator.Query
{
    /// <summary>The one query shape QueryExpression, QueryByAttribute and FetchXML are all translated into.</summary>
    internal sealed class QueryModel
    {
        public QueryModel(string entityName)
        {
            EntityName = entityName;
        }

        public string EntityName { get; }
        public bool AllColumns { get; set; }
        public List<ColumnModel> Columns { get; } = new List<ColumnModel>();
        public FilterModel Criteria { get; set; } = new FilterModel();
        public List<LinkModel> Links { get; } = new List<LinkModel>();
        public List<OrderModel> Orders { get; } = new List<OrderModel>();
        public int? Top { get; set; }
        public bool Distinct { get; set; }
        public bool Aggregate { get; set; }
        public int? AggregateLimit { get; set; }
        public bool UseRawOrderBy { get; set; }
        public int PageSize { get; set; }
        public int PageNumber { get; set; }
        public string? PagingCookie { get; set; }
        public bool ReturnTotalRecordCount { get; set; }
    }
}
