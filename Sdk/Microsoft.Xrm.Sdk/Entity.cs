using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A Dataverse record, late-bound. Semantics pinned by the contract tests (reference §4, §9.1).</summary>
    [DataContract(Name = "Entity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class Entity : IExtensibleDataObject
    {
        private AttributeCollection _attributes;
        private FormattedValueCollection _formattedValues;
        private RelatedEntityCollection _relatedEntities;
        private KeyAttributeCollection _keyAttributes;
        private Guid _id;

        public Entity()
        {
        }

        public Entity(string entityName)
        {
            LogicalName = entityName;
        }

        public Entity(string entityName, Guid id)
        {
            LogicalName = entityName;
            _id = id;
        }

        public Entity(string entityName, string keyName, object keyValue)
        {
            LogicalName = entityName;
            KeyAttributes.Add(keyName, keyValue);
        }

        public Entity(string entityName, KeyAttributeCollection keyAttributes)
        {
            LogicalName = entityName;
            _keyAttributes = keyAttributes;
        }

        [DataMember]
        public string LogicalName { get; set; }

        [DataMember]
        public virtual Guid Id
        {
            get => _id;
            set => _id = value;
        }

        [DataMember]
        public AttributeCollection Attributes
        {
            get => _attributes ?? (_attributes = new AttributeCollection());
            set => _attributes = value;
        }

        [DataMember]
        public EntityState? EntityState { get; set; }

        [DataMember]
        public FormattedValueCollection FormattedValues
        {
            get => _formattedValues ?? (_formattedValues = new FormattedValueCollection());
            internal set => _formattedValues = value;
        }

        [DataMember]
        public RelatedEntityCollection RelatedEntities
        {
            get => _relatedEntities ?? (_relatedEntities = new RelatedEntityCollection());
            internal set => _relatedEntities = value;
        }

        [DataMember]
        public string RowVersion { get; set; }

        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes ?? (_keyAttributes = new KeyAttributeCollection());
            set => _keyAttributes = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public object this[string attributeName]
        {
            get => Attributes[attributeName];
            set => Attributes[attributeName] = value;
        }

        /// <summary>Pure key test: true even when the stored value is null.</summary>
        public bool Contains(string attributeName) => Attributes.Contains(attributeName);

        /// <summary>default(T) when the column is missing or null; a plain cast otherwise, so a wrong T throws
        /// InvalidCastException (reference §9.1.5).</summary>
        public virtual T GetAttributeValue<T>(string attributeLogicalName)
        {
            if (string.IsNullOrWhiteSpace(attributeLogicalName))
            {
                throw new ArgumentNullException(nameof(attributeLogicalName));
            }

            if (!Attributes.TryGetValue(attributeLogicalName, out object value) || value == null)
            {
                return default;
            }

            return (T)value;
        }

        public bool TryGetAttributeValue<T>(string attributeKey, out T result)
        {
            result = default;
            if (attributeKey == null || !Attributes.TryGetValue(attributeKey, out object value) || value == null)
            {
                return false;
            }

            if (value is T typed)
            {
                result = typed;
                return true;
            }

            try
            {
                result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
                return true;
            }
            catch (Exception)
            {
                result = default;
                return false;
            }
        }

        public EntityReference ToEntityReference()
        {
            return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
        }

        /// <summary>Entity to a generated subclass; the copy shares, not clones, the collections (reference §9.1.10).</summary>
        public T ToEntity<T>() where T : Entity
        {
            if (typeof(T) == typeof(Entity))
            {
                var copy = new Entity();
                ShareInto(copy);
                return (T)copy;
            }

            if (string.IsNullOrWhiteSpace(LogicalName))
            {
                throw new NotSupportedException("LogicalName must be set before calling ToEntity()");
            }

            var attribute = typeof(T).GetCustomAttributes(typeof(EntityLogicalNameAttribute), true)
                .OfType<EntityLogicalNameAttribute>()
                .FirstOrDefault();
            if (attribute == null || attribute.LogicalName != LogicalName)
            {
                throw new NotSupportedException(
                    "Cannot convert entity " + LogicalName + " to " + typeof(T).Name + ": the logical names do not match.");
            }

            var target = (T)Activator.CreateInstance(typeof(T));
            ShareInto(target);
            return target;
        }

        protected virtual void SetAttributeValue(string attributeLogicalName, object value)
        {
            Attributes[attributeLogicalName] = value;
        }

        protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
        {
            return FormattedValues.TryGetValue(attributeLogicalName, out string formatted) ? formatted : null;
        }

        protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var related = GetRelatedEntities<TEntity>(relationshipSchemaName, primaryEntityRole);
            return related?.FirstOrDefault();
        }

        protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
            where TEntity : Entity
        {
            SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
        }

        protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (!RelatedEntities.TryGetValue(key, out EntityCollection collection) || collection == null)
            {
                return null;
            }

            return collection.Entities.Select(e => e.ToEntity<TEntity>()).ToList();
        }

        protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
            where TEntity : Entity
        {
            var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (entities == null)
            {
                RelatedEntities.Remove(key);
                return;
            }

            var list = entities.Cast<Entity>().ToList();
            RelatedEntities[key] = new EntityCollection(list) { EntityName = list.Count > 0 ? list[0].LogicalName : null };
        }

        private void ShareInto(Entity target)
        {
            target.LogicalName = LogicalName;
            target.Id = Id;
            target.EntityState = EntityState;
            target.RowVersion = RowVersion;
            target.ExtensionData = ExtensionData;
            target._attributes = Attributes;
            target._formattedValues = FormattedValues;
            target._relatedEntities = RelatedEntities;
            target._keyAttributes = KeyAttributes;
        }
    }
}
