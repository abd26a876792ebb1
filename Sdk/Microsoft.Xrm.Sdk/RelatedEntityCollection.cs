using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    [CollectionDataContract(Name = "RelatedEntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
    {
        public override bool IsReadOnly
        {
            get => base.IsReadOnly;
        }

        // Marking the collection read-only marks the related lists too, as the real SDK does.
        internal void MakeReadOnly()
        {
            base.IsReadOnly = true;
            foreach (var pair in this)
            {
                pair.Value?.MakeReadOnly();
            }
        }
    }
}
