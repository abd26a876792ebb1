using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveMultipleResponse : OrganizationResponse
    {
        public EntityCollection EntityCollection => Results.Contains("EntityCollection") && Results["EntityCollection"] != null ? (EntityCollection)Results["EntityCollection"] : default;
    }
}
