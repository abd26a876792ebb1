namespace Dataverse.Emulator.Query
{
    /// <summary>Platform limits the engine enforces.</summary>
    internal static class QueryLimits
    {
        /// <summary>Link-entities per query (learn: org-service/queryexpression/join-tables; reference §7 LinkEntity).</summary>
        public const int MaxLinkEntities = 15;

        /// <summary>Default and maximum page size (learn: org-service/queryexpression/page-results).</summary>
        public const int MaxPageSize = 5000;

        /// <summary>Rows reachable by simple paging without a paging cookie (same page).</summary>
        public const int SimplePagingLimit = 50000;

        /// <summary>TotalRecordCount is capped here (TotalRecordCountLimitExceeded).</summary>
        public const int TotalRecordCountLimit = 5000;

        /// <summary>Aggregates over more rows fail with AggregateQueryRecordLimit (learn: fetchxml/aggregate-data).</summary>
        public const int AggregateRecordLimit = 50000;
    }
}
