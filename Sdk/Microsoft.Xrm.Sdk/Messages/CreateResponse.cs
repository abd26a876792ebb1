using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateResponse : OrganizationResponse
    {
        public Guid id => Results.Contains("id") && Results["id"] != null ? (Guid)Results["id"] : default;
    }
}
