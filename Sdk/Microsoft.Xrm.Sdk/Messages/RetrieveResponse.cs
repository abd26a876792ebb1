using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveResponse : OrganizationResponse
    {
        public Entity Entity => Results.Contains("Entity") && Results["Entity"] != null ? (Entity)Results["Entity"] : default;

        public object Notifications => Results.Contains("Notifications") && Results["Notifications"] != null ? (object)Results["Notifications"] : default;
    }
}
