using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    [DataContract(Name = "EntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityCollection : IExtensibleDataObject
    {
        private DataCollection<Entity> _entities;
        private bool _moreRecords;
        private string _pagingCookie;
        private string _minActiveRowVersion;
        private int _totalRecordCount;
        private bool _totalRecordCountLimitExceeded;
        private string _entityName;
        private bool _isReadOnly;

        public EntityCollection()
        {
        }

        public EntityCollection(IList<Entity> list)
        {
            _entities = new DataCollection<Entity>(list);
        }

        [DataMember]
        public DataCollection<Entity> Entities
        {
            get => _entities ?? (_entities = new DataCollection<Entity>());
            private set => _entities = value;
        }

        [DataMember]
        public bool MoreRecords
        {
            get => _moreRecords;
            set => _moreRecords = Writable(value);
        }

        [DataMember]
        public string PagingCookie
        {
            get => _pagingCookie;
            set => _pagingCookie = Writable(value);
        }

        [DataMember]
        public string MinActiveRowVersion
        {
            get => _minActiveRowVersion;
            set => _minActiveRowVersion = Writable(value);
        }

        [DataMember]
        public int TotalRecordCount
        {
            get => _totalRecordCount;
            set => _totalRecordCount = Writable(value);
        }

        [DataMember]
        public bool TotalRecordCountLimitExceeded
        {
            get => _totalRecordCountLimitExceeded;
            set => _totalRecordCountLimitExceeded = Writable(value);
        }

        [DataMember]
        public string EntityName
        {
            get => _entityName;
            set => _entityName = Writable(value);
        }

        public Entity this[int index]
        {
            get => Entities[index];
            set => Entities[Writable(index)] = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        internal void MakeReadOnly()
        {
            _isReadOnly = true;
        }

        private TValue Writable<TValue>(TValue value)
        {
            if (_isReadOnly)
            {
                throw new InvalidOperationException("The collection is read-only.");
            }

            return value;
        }
    }
}
