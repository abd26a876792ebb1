using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>A link-entity. FromAttribute is the column of the parent (QueryExpression LinkFromAttributeName,
    /// FetchXML to=); ToAttribute is the column of the linked table (LinkToAttributeName, FetchXML from=).</summary>
    internal sealed class LinkModel
    {
        public LinkModel(string entityName, string fromAttribute, string toAttribute, JoinOperator join)
        {
            EntityName = entityName;
            FromAttribute = fromAttribute;
            ToAttribute = toAttribute;
            Join = join;
        }

        public string EntityName { get; }
        public string FromAttribute { get; }
        public string ToAttribute { get; }
        public JoinOperator Join { get; }
        public string? Alias { get; set; }
        public bool AllColumns { get; set; }
        public List<ColumnModel> Columns { get; } = new List<ColumnModel>();
        public FilterModel Criteria { get; set; } = new FilterModel();
        public List<LinkModel> Links { get; } = new List<LinkModel>();
        public List<OrderModel> Orders { get; } = new List<OrderModel>();
    }
}
