namespace Dataverse.Emulator.Query
{
    /// <summary>FetchXML aggregate="..." values (learn: fetchxml/aggregate-data).</summary>
    internal enum AggregateFunction
    {
        Count,
        CountColumn,
        Sum,
        Avg,
        Min,
        Max,
    }
}
