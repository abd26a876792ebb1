namespace Microsoft.Xrm.Sdk.PluginTelemetry
{
    /// <summary>A class, not a struct, in the real SDK.</summary>
    public class EventId
    {
        public EventId(int id, string name = null)
        {
            Id = id;
            Name = name;
        }

        public int Id { get; }

        public string Name { get; }
    }
}
