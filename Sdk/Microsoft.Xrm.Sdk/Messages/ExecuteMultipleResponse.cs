using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteMultipleResponse : OrganizationResponse
    {
        public bool IsFaulted => Results.Contains("IsFaulted") && Results["IsFaulted"] != null ? (bool)Results["IsFaulted"] : default;

        public ExecuteMultipleResponseItemCollection Responses => Results.Contains("Responses") && Results["Responses"] != null ? (ExecuteMultipleResponseItemCollection)Results["Responses"] : default;
    }
}
