using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Keyed collection behind attributes, parameters and images. Not an IDictionary, as in the real SDK;
    /// keys use the default comparer, so string keys are ordinal and case-sensitive (reference §4, §9.1.3).</summary>
    [Serializable]
    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
    {
        private readonly IDictionary<TKey, TValue> _items;
        private bool _isReadOnly;

        protected internal DataCollection()
        {
            _items = new Dictionary<TKey, TValue>();
        }

        protected internal DataCollection(IDictionary<TKey, TValue> collection)
        {
            _items = collection ?? throw new ArgumentNullException(nameof(collection));
        }

        public virtual TValue this[TKey key]
        {
            get => _items[key];
            set
            {
                CheckWritable();
                _items[key] = value;
            }
        }

        public int Count => _items.Count;

        public ICollection<TKey> Keys => _items.Keys;

        public ICollection<TValue> Values => _items.Values;

        public virtual bool IsReadOnly
        {
            get => _isReadOnly;
            internal set => _isReadOnly = value;
        }

        public void Add(KeyValuePair<TKey, TValue> item)
        {
            CheckWritable();
            _items.Add(item);
        }

        public void Add(TKey key, TValue value)
        {
            CheckWritable();
            _items.Add(key, value);
        }

        public void AddRange(params KeyValuePair<TKey, TValue>[] items)
        {
            AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
        }

        public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
        {
            if (items == null)
            {
                return;
            }

            foreach (var item in items)
            {
                Add(item);
            }
        }

        public void Clear()
        {
            CheckWritable();
            _items.Clear();
        }

        public bool Contains(TKey key) => _items.ContainsKey(key);

        public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

        public bool ContainsKey(TKey key) => _items.ContainsKey(key);

        public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value);

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        public bool Remove(TKey key)
        {
            CheckWritable();
            return _items.Remove(key);
        }

        public bool Remove(KeyValuePair<TKey, TValue> item)
        {
            CheckWritable();
            return _items.Remove(item);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        private void CheckWritable()
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException("The collection is read-only.");
            }
        }
    }
}
