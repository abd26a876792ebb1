using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateMultipleResponse : OrganizationResponse
    {
        public Guid[] Ids => Results.Contains("Ids") && Results["Ids"] != null ? (Guid[])Results["Ids"] : default;
    }
}
