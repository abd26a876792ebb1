using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The columns to return; the primary key always comes back (reference §9.2.2).</summary>
    [DataContract(Name = "ColumnSet", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ColumnSet : IExtensibleDataObject
    {
        private DataCollection<string> _columns;
        private DataCollection<XrmAttributeExpression> _attributeExpressions;

        public ColumnSet()
        {
        }

        public ColumnSet(bool allColumns)
        {
            AllColumns = allColumns;
        }

        public ColumnSet(params string[] columns)
        {
            Columns.AddRange(columns);
        }

        [DataMember]
        public bool AllColumns { get; set; }

        [DataMember]
        public DataCollection<string> Columns
        {
            get => _columns ?? (_columns = new DataCollection<string>());
            set => _columns = value;
        }

        [DataMember]
        public DataCollection<XrmAttributeExpression> AttributeExpressions
        {
            get => _attributeExpressions ?? (_attributeExpressions = new DataCollection<XrmAttributeExpression>());
            set => _attributeExpressions = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public void AddColumns(params string[] columns)
        {
            Columns.AddRange(columns);
        }

        public void AddColumn(string column)
        {
            Columns.Add(column);
        }
    }
}
