using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateMultipleRequest : OrganizationRequest
    {
        public CreateMultipleRequest()
        {
            RequestName = "CreateMultiple";
            Parameters["Targets"] = null;
        }

        public EntityCollection Targets
        {
            get => Parameters.Contains("Targets") && Parameters["Targets"] != null ? (EntityCollection)Parameters["Targets"] : default;
            set => Parameters["Targets"] = value;
        }
    }
}
