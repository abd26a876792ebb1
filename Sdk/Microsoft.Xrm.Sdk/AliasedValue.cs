using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A linked table's column or an aggregate, returned under "alias.column" (reference §9.2.8).</summary>
    [DataContract(Name = "AliasedValue", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AliasedValue : IExtensibleDataObject
    {
        public AliasedValue()
        {
        }

        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        [DataMember]
        public string AttributeLogicalName { get; internal set; }

        [DataMember]
        public string EntityLogicalName { get; internal set; }

        [DataMember]
        public object Value { get; internal set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
