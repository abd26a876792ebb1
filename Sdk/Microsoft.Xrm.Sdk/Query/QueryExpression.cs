using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query built in code. Both constructors start with an empty criteria, paging info and an empty
    /// ColumnSet, which returns only the primary key (reference §7, §9.2.2).</summary>
    [DataContract(Name = "QueryExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class QueryExpression : QueryBase
    {
        public static readonly QueryExpression Empty = new QueryExpression();

        private DataCollection<LinkEntity> _linkEntities;
        private DataCollection<OrderExpression> _orders;

        public QueryExpression()
            : this(null)
        {
        }

        public QueryExpression(string entityName)
        {
            EntityName = entityName;
            Criteria = new FilterExpression();
            PageInfo = new PagingInfo();
            ColumnSet = new ColumnSet();
        }

        [DataMember]
        public bool Distinct { get; set; }

        [DataMember]
        public bool NoLock { get; set; }

        [DataMember]
        public QueryExpression SubQueryExpression { get; set; }

        [DataMember]
        public PagingInfo PageInfo { get; set; }

        [DataMember]
        public string QueryHints { get; set; }

        [DataMember]
        public string DataSource { get; set; }

        [DataMember]
        public FilterExpression Criteria { get; set; }

        [DataMember]
        public string EntityName { get; set; }

        [DataMember]
        public ColumnSet ColumnSet { get; set; }

        [DataMember]
        public int? TopCount { get; set; }

        [DataMember]
        public DataCollection<LinkEntity> LinkEntities
        {
            get => _linkEntities ?? (_linkEntities = new DataCollection<LinkEntity>());
            private set => _linkEntities = value;
        }

        [DataMember]
        public DataCollection<OrderExpression> Orders
        {
            get => _orders ?? (_orders = new DataCollection<OrderExpression>());
            private set => _orders = value;
        }

        internal override string QueryKind => "QueryExpression";

        public void AddOrder(string attributeName, OrderType orderType)
        {
            Orders.Add(new OrderExpression(attributeName, orderType));
        }

        public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
        {
            Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
        }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        {
            return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
        }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }

        public QueryExpression Accept(IQueryExpressionVisitor visitor)
        {
            return visitor.Visit(this);
        }
    }
}
