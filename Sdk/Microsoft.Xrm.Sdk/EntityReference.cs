using System;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A pointer to a record. Equal when id, logical name (ordinal) and key attributes match; Name and
    /// RowVersion do not count (reference §9.1.11).</summary>
    [DataContract(Name = "EntityReference", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    [Serializable]
    public sealed class EntityReference : IExtensibleDataObject
    {
        private KeyAttributeCollection _keyAttributes;

        public EntityReference()
        {
        }

        public EntityReference(string logicalName)
        {
            LogicalName = logicalName;
        }

        public EntityReference(string logicalName, Guid id)
        {
            LogicalName = logicalName;
            Id = id;
        }

        public EntityReference(string logicalName, string keyName, object keyValue)
        {
            LogicalName = logicalName;
            KeyAttributes.Add(keyName, keyValue);
        }

        public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        {
            LogicalName = logicalName;
            _keyAttributes = keyAttributeCollection;
        }

        [DataMember]
        public Guid Id { get; set; }

        [DataMember]
        public string LogicalName { get; set; }

        [DataMember]
        public string Name { get; set; }

        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes ?? (_keyAttributes = new KeyAttributeCollection());
            set => _keyAttributes = value;
        }

        [DataMember]
        public string RowVersion { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        public override bool Equals(object obj)
        {
            if (!(obj is EntityReference other))
            {
                return false;
            }

            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (Id != other.Id || !string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal))
            {
                return false;
            }

            var mine = KeyAttributes;
            var theirs = other.KeyAttributes;
            return mine.Count == theirs.Count && mine.All(pair => theirs.Contains(pair));
        }

        public override int GetHashCode()
        {
            if (string.IsNullOrEmpty(LogicalName))
            {
                return 0;
            }

            var hash = LogicalName.GetHashCode() ^ Id.GetHashCode();
            foreach (var pair in KeyAttributes)
            {
                hash ^= pair.Key.GetHashCode() ^ (pair.Value?.GetHashCode() ?? 0);
            }

            return hash;
        }
    }
}
