using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteTransactionRequest : OrganizationRequest
    {
        public ExecuteTransactionRequest()
        {
            RequestName = "ExecuteTransaction";
            Parameters["Requests"] = null;
            Parameters["ReturnResponses"] = null;
        }

        public OrganizationRequestCollection Requests
        {
            get => Parameters.Contains("Requests") && Parameters["Requests"] != null ? (OrganizationRequestCollection)Parameters["Requests"] : default;
            set => Parameters["Requests"] = value;
        }

        public bool? ReturnResponses
        {
            get => Parameters.Contains("ReturnResponses") && Parameters["ReturnResponses"] != null ? (bool?)Parameters["ReturnResponses"] : default;
            set => Parameters["ReturnResponses"] = value;
        }
    }
}
