using System.Collections.Generic;
using Dataverse.Emulator.Metadata;

namespace Dataverse.Emulator.Query
{
    /// <summary>A link-entity resolved against metadata. Every link has a slot in the joined row (the root is slot 0).</summary>
    internal sealed class BoundLink
    {
        public BoundLink(LinkModel model, TableDefinition table, string alias, int slot, int parentSlot, ColumnDefinition fromColumn, ColumnDefinition toColumn)
        {
            Model = model;
            Table = table;
            Alias = alias;
            Slot = slot;
            ParentSlot = parentSlot;
            FromColumn = fromColumn;
            ToColumn = toColumn;
        }

        public LinkModel Model { get; }
        public TableDefinition Table { get; }
        public string Alias { get; }
        public int Slot { get; }
        public int ParentSlot { get; }

        /// <summary>The parent's column.</summary>
        public ColumnDefinition FromColumn { get; }

        /// <summary>The linked table's column.</summary>
        public ColumnDefinition ToColumn { get; }

        public BoundFilter Criteria { get; set; } = new BoundFilter();

        /// <summary>Joined children (inner/outer), evaluated after this link.</summary>
        public List<BoundLink> Children { get; } = new List<BoundLink>();

        /// <summary>True for semi-joins (in, exists, any, not any) that only filter and return no columns.</summary>
        public bool IsSemiJoin { get; set; }
    }
}
