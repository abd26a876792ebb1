using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A relationship by schema name (and role, for self-referential ones); the key of RelatedEntities.</summary>
    [DataContract(Name = "Relationship", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class Relationship : IExtensibleDataObject
    {
        public Relationship()
        {
        }

        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        [DataMember]
        public string SchemaName { get; set; }

        [DataMember]
        public EntityRole? PrimaryEntityRole { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        public override bool Equals(object obj)
        {
            return obj is Relationship other
                && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
                && PrimaryEntityRole == other.PrimaryEntityRole;
        }

        public override int GetHashCode()
        {
            var hash = (SchemaName ?? string.Empty).GetHashCode();
            return PrimaryEntityRole.HasValue ? hash ^ PrimaryEntityRole.Value.GetHashCode() : hash;
        }

        public override string ToString() => SchemaName + "." + (PrimaryEntityRole.HasValue ? PrimaryEntityRole.Value.ToString() : string.Empty);
    }
}
