using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpdateMultipleRequest : OrganizationRequest
    {
        public UpdateMultipleRequest()
        {
            RequestName = "UpdateMultiple";
            Parameters["Targets"] = null;
        }

        public EntityCollection Targets
        {
            get => Parameters.Contains("Targets") && Parameters["Targets"] != null ? (EntityCollection)Parameters["Targets"] : default;
            set => Parameters["Targets"] = value;
        }

        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get => Parameters.Contains("ConcurrencyBehavior") && Parameters["ConcurrencyBehavior"] != null ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default;
            set => Parameters["ConcurrencyBehavior"] = value;
        }
    }
}
