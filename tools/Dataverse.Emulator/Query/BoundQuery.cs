using System.Collections.Generic;
using Dataverse.Emulator.Metadata;

namespace Dataverse.Emulator.Query
{
    /// <summary>A query resolved against metadata and ready to run.</summary>
    internal sealed class BoundQuery
    {
        public BoundQuery(QueryModel model, TableDefinition root)
        {
            Model = model;
            Root = root;
        }

        public QueryModel Model { get; }
        public TableDefinition Root { get; }

        /// <summary>All links by slot - 1 (joined and semi-join links alike).</summary>
        public List<BoundLink> Links { get; } = new List<BoundLink>();

        /// <summary>Links joined directly under the root, in document order.</summary>
        public List<BoundLink> RootChildren { get; } = new List<BoundLink>();

        public BoundFilter Criteria { get; set; } = new BoundFilter();
        public bool RootAllColumns { get; set; }
        public List<BoundColumn> Columns { get; } = new List<BoundColumn>();
        public List<BoundOrder> Orders { get; } = new List<BoundOrder>();

        public int SlotCount => Links.Count + 1;

        public TableDefinition TableOf(int slot) => slot == 0 ? Root : Links[slot - 1].Table;
    }
}
