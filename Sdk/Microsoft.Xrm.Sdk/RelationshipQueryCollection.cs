using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Related-record queries of a RetrieveRequest. Outside the mirrored subset (not pinned by the surface test).</summary>
    [CollectionDataContract(Name = "RelationshipQueryCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RelationshipQueryCollection : DataCollection<Relationship, QueryBase>
    {
    }
}
