using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveMultipleRequest : OrganizationRequest
    {
        public RetrieveMultipleRequest()
        {
            RequestName = "RetrieveMultiple";
            Parameters["Query"] = null;
        }

        public QueryBase Query
        {
            get => Parameters.Contains("Query") && Parameters["Query"] != null ? (QueryBase)Parameters["Query"] : default;
            set => Parameters["Query"] = value;
        }
    }
}
