using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpsertResponse : OrganizationResponse
    {
        public bool RecordCreated => Results.Contains("RecordCreated") && Results["RecordCreated"] != null ? (bool)Results["RecordCreated"] : default;

        public EntityReference Target => Results.Contains("Target") && Results["Target"] != null ? (EntityReference)Results["Target"] : default;
    }
}
