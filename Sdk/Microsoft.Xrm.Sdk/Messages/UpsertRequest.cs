using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpsertRequest : OrganizationRequest
    {
        public UpsertRequest()
        {
            RequestName = "Upsert";
            Parameters["Target"] = null;
        }

        public Entity Target
        {
            get => Parameters.Contains("Target") && Parameters["Target"] != null ? (Entity)Parameters["Target"] : default;
            set => Parameters["Target"] = value;
        }
    }
}
