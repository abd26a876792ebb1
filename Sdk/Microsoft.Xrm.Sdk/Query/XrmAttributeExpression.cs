using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>An aggregate or grouped column of a ColumnSet. Outside the mirrored subset: the shape is kept
    /// minimal and the surface test does not pin it.</summary>
    [DataContract(Name = "XrmAttributeExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class XrmAttributeExpression : IExtensibleDataObject
    {
        public XrmAttributeExpression()
        {
        }

        public XrmAttributeExpression(string attributeName)
        {
            AttributeName = attributeName;
        }

        [DataMember]
        public string AttributeName { get; set; }

        [DataMember]
        public string Alias { get; set; }

        [DataMember]
        public bool HasGroupBy { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
