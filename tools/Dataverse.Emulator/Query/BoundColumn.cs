using Dataverse.Emulator.Metadata;

namespace Dataverse.Emulator.Query
{
    /// <summary>A selected column resolved against metadata: which joined table (slot) it is read from and the key
    /// it is returned under ("column", "alias.column" for link-entities, or its FetchXML alias).</summary>
    internal sealed class BoundColumn
    {
        public BoundColumn(int slot, TableDefinition table, ColumnDefinition column, ColumnModel model, string resultKey, bool aliased)
        {
            Slot = slot;
            Table = table;
            Column = column;
            Model = model;
            ResultKey = resultKey;
            Aliased = aliased;
        }

        public int Slot { get; }
        public TableDefinition Table { get; }
        public ColumnDefinition Column { get; }
        public ColumnModel Model { get; }
        public string ResultKey { get; }

        /// <summary>True when the value is returned as an AliasedValue (link-entity columns and aliased columns).</summary>
        public bool Aliased { get; }
    }
}
