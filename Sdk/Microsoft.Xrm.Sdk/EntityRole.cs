using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    [DataContract(Name = "EntityRole", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum EntityRole
    {
        [EnumMember] Referencing = 0,
        [EnumMember] Referenced = 1,
    }
}
