using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteMultipleRequest : OrganizationRequest
    {
        public ExecuteMultipleRequest()
        {
            RequestName = "ExecuteMultiple";
            Parameters["Requests"] = null;
            Parameters["Settings"] = null;
        }

        public OrganizationRequestCollection Requests
        {
            get => Parameters.Contains("Requests") && Parameters["Requests"] != null ? (OrganizationRequestCollection)Parameters["Requests"] : default;
            set => Parameters["Requests"] = value;
        }

        public ExecuteMultipleSettings Settings
        {
            get => Parameters.Contains("Settings") && Parameters["Settings"] != null ? (ExecuteMultipleSettings)Parameters["Settings"] : default;
            set => Parameters["Settings"] = value;
        }
    }
}
