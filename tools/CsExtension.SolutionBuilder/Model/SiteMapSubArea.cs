namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A site-map entry opening a table's views (<see cref="Table"/>) or a web resource (<see cref="WebResource"/>).</summary>
    public sealed record SiteMapSubArea(string Id, Label Title)
    {
        public string? Table { get; init; }
        public string? WebResource { get; init; }
    }
}
