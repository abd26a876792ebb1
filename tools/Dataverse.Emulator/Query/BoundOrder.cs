using Dataverse.Emulator.Metadata;

namespace Dataverse.Emulator.Query
{
    /// <summary>An order resolved against metadata (or, in aggregate queries, against a result alias).</summary>
    internal sealed class BoundOrder
    {
        public BoundOrder(int slot, TableDefinition? table, ColumnDefinition? column, string? alias, bool descending)
        {
            Slot = slot;
            Table = table;
            Column = column;
            Alias = alias;
            Descending = descending;
        }

        public int Slot { get; }
        public TableDefinition? Table { get; }
        public ColumnDefinition? Column { get; }
        public string? Alias { get; }
        public bool Descending { get; }
    }
}
