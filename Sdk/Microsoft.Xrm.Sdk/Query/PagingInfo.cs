using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    [DataContract(Name = "PagingInfo", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class PagingInfo : IExtensibleDataObject
    {
        [DataMember]
        public int PageNumber { get; set; }

        [DataMember]
        public int Count { get; set; }

        [DataMember]
        public bool ReturnTotalRecordCount { get; set; }

        [DataMember]
        public string PagingCookie { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
