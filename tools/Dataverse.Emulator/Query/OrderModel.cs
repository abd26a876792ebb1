namespace Dataverse.Emulator.Query
{
    /// <summary>An order element: by attribute (optionally of a link alias) or, in aggregate queries, by alias.</summary>
    internal sealed class OrderModel
    {
        public string? Attribute { get; set; }
        public string? Alias { get; set; }
        public string? EntityAlias { get; set; }
        public bool Descending { get; set; }
    }
}
