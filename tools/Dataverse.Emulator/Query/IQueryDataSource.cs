using System;
using System.Collections.Generic;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Storage;

namespace Dataverse.Emulator.Query
{
    /// <summary>What the query engine reads: the tables' rows and the indexes kept on ids and lookups,
    /// so that a query by an indexed column does not scan a whole table.</summary>
    public interface IQueryDataSource
    {
        MetadataCatalog Metadata { get; }

        /// <summary>Every row of a table, in creation order.</summary>
        IEnumerable<StoredRow> Scan(string table);

        /// <summary>The row with this primary key, or null.</summary>
        StoredRow? Find(string table, Guid id);

        /// <summary>True when the column is indexed (primary key, lookups, owner, alternate-key columns), or can be
        /// looked up by value (the source indexes it when first asked).</summary>
        bool IsIndexed(string table, string column);

        /// <summary>Rows whose indexed column equals the key: a Guid for lookups and ids; for a column looked up by
        /// value, the value as the engine compares it (text, a decimal for numbers and choices, a bool).</summary>
        IEnumerable<StoredRow> Lookup(string table, string column, object key);

        /// <summary>How many rows <see cref="Lookup"/> would return, when the source knows without reading them: the
        /// engine then starts from the most selective of several indexed conditions. Null when unknown.</summary>
        int? LookupCount(string table, string column, object key) => null;
    }
}
