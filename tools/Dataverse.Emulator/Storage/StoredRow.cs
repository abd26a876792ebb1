using System;
using System.Collections.Generic;

namespace Dataverse.Emulator.Storage
{
    /// <summary>One record as the emulator keeps it: column values in their SDK form (string, int, long, decimal,
    /// double, bool, Guid, DateTime in UTC, Money, OptionSetValue, OptionSetValueCollection, EntityReference);
    /// a null column is absent, as Dataverse returns it.</summary>
    public sealed class StoredRow
    {
        public StoredRow(string table, Guid id, IReadOnlyDictionary<string, object> values)
        {
            Table = table;
            Id = id;
            Values = values;
        }

        public string Table { get; }
        public Guid Id { get; }
        public IReadOnlyDictionary<string, object> Values { get; }
    }
}
