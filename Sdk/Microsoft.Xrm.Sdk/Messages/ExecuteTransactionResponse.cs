using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteTransactionResponse : OrganizationResponse
    {
        public OrganizationResponseCollection Responses => Results.Contains("Responses") && Results["Responses"] != null ? (OrganizationResponseCollection)Results["Responses"] : default;
    }
}
