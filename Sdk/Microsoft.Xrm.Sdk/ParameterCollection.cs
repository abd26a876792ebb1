using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    [CollectionDataContract(Name = "ParameterCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class ParameterCollection : DataCollection<string, object>
    {
        public ParameterCollection()
        {
        }

        protected ParameterCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }

        /// <summary>Adds or replaces the value, and does nothing at all when it is null.</summary>
        public void AddOrUpdateIfNotNull(string key, object obj)
        {
            if (obj != null)
            {
                this[key] = obj;
            }
        }

        /// <summary>False when the key is missing or its value is not a T: no conversion (reference §9.1.15).</summary>
        public bool TryGetValue<T>(string key, out T value)
        {
            if (base.TryGetValue(key, out object stored) && stored is T typed)
            {
                value = typed;
                return true;
            }

            value = default;
            return false;
        }
    }
}
