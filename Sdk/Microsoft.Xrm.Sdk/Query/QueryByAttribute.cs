using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Equality query on columns. The (entityName) constructor leaves ColumnSet and PageInfo null, unlike the
    /// parameterless one (reference §7: both decompiles agree).</summary>
    [DataContract(Name = "QueryByAttribute", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class QueryByAttribute : QueryBase
    {
        private DataCollection<string> _attributes;
        private DataCollection<object> _values;
        private DataCollection<OrderExpression> _orders;

        public QueryByAttribute()
        {
            ColumnSet = new ColumnSet();
            PageInfo = new PagingInfo();
        }

        public QueryByAttribute(string entityName)
        {
            EntityName = entityName;
        }

        [DataMember]
        public string EntityName { get; set; }

        [DataMember]
        public DataCollection<string> Attributes
        {
            get => _attributes ?? (_attributes = new DataCollection<string>());
            private set => _attributes = value;
        }

        [DataMember]
        public DataCollection<object> Values
        {
            get => _values ?? (_values = new DataCollection<object>());
            private set => _values = value;
        }

        [DataMember]
        public PagingInfo PageInfo { get; set; }

        [DataMember]
        public ColumnSet ColumnSet { get; set; }

        [DataMember]
        public DataCollection<OrderExpression> Orders
        {
            get => _orders ?? (_orders = new DataCollection<OrderExpression>());
            private set => _orders = value;
        }

        [DataMember]
        public int? TopCount { get; set; }

        internal override string QueryKind => "QueryByAttribute";

        public void AddOrder(string attributeName, OrderType orderType)
        {
            Orders.Add(new OrderExpression(attributeName, orderType));
        }

        public void AddAttributeValue(string attributeName, object value)
        {
            Attributes.Add(attributeName);
            Values.Add(value);
        }
    }
}
