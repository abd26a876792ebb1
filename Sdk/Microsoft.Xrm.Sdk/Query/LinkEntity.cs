using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A join. Note: a nested AddLink takes this link's LinkFromEntityName as the child's "from", as the real
    /// SDK does (reference §7, §12.7); an engine should derive "from" from the parent link's LinkToEntityName.</summary>
    [DataContract(Name = "LinkEntity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class LinkEntity : IExtensibleDataObject
    {
        private ColumnSet _columns;
        private DataCollection<LinkEntity> _linkEntities;
        private DataCollection<OrderExpression> _orders;

        public LinkEntity()
            : this(null, null, null, null, JoinOperator.Inner)
        {
        }

        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
            Columns = new ColumnSet();
            LinkCriteria = new FilterExpression();
        }

        [DataMember]
        public string LinkFromAttributeName { get; set; }

        [DataMember]
        public string LinkFromEntityName { get; set; }

        [DataMember]
        public string LinkToEntityName { get; set; }

        [DataMember]
        public string LinkToAttributeName { get; set; }

        [DataMember]
        public JoinOperator JoinOperator { get; set; }

        [DataMember]
        public FilterExpression LinkCriteria { get; set; }

        [DataMember]
        public ColumnSet Columns
        {
            get => _columns ?? (_columns = new ColumnSet());
            set => _columns = value;
        }

        [DataMember]
        public string EntityAlias { get; set; }

        [DataMember]
        public DataCollection<LinkEntity> LinkEntities
        {
            get => _linkEntities ?? (_linkEntities = new DataCollection<LinkEntity>());
            private set => _linkEntities = value;
        }

        [DataMember(Order = 80)]
        public DataCollection<OrderExpression> Orders
        {
            get => _orders ?? (_orders = new DataCollection<OrderExpression>());
            private set => _orders = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        {
            return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
        }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(LinkFromEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }
    }
}
