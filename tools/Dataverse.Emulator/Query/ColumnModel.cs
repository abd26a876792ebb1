namespace Dataverse.Emulator.Query
{
    /// <summary>One selected column of an entity or link-entity, with its FetchXML alias and aggregate settings.</summary>
    internal sealed class ColumnModel
    {
        public ColumnModel(string name)
        {
            Name = name;
        }

        public string Name { get; }
        public string? Alias { get; set; }
        public AggregateFunction? Aggregate { get; set; }
        public bool Distinct { get; set; }
        public bool GroupBy { get; set; }
        public DateGrouping? DateGrouping { get; set; }
        public bool UserTimeZone { get; set; } = true;
    }
}
