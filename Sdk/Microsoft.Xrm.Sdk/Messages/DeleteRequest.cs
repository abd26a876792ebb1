using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class DeleteRequest : OrganizationRequest
    {
        public DeleteRequest()
        {
            RequestName = "Delete";
            Parameters["Target"] = null;
        }

        public EntityReference Target
        {
            get => Parameters.Contains("Target") && Parameters["Target"] != null ? (EntityReference)Parameters["Target"] : default;
            set => Parameters["Target"] = value;
        }

        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get => Parameters.Contains("ConcurrencyBehavior") && Parameters["ConcurrencyBehavior"] != null ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default;
            set => Parameters["ConcurrencyBehavior"] = value;
        }
    }
}
