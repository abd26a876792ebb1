using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Query
{
    /// <summary>What a query returned, plus how many stored rows the engine examined to answer it.</summary>
    public sealed class QueryResult
    {
        public QueryResult(EntityCollection entities, int rowsRead)
        {
            Entities = entities;
            RowsRead = rowsRead;
        }

        /// <summary>The page of results, as RetrieveMultiple returns it.</summary>
        public EntityCollection Entities { get; }

        /// <summary>Rows read from the data source (scans, index lookups and joins), so tests can show that
        /// a query by an indexed column does not scan a whole table.</summary>
        public int RowsRead { get; }
    }
}
