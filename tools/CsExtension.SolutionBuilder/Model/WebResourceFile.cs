namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A web resource the solution ships: its name (the path in Dynamics), display name and type
    /// (webresource.webresourcetype: 1 HTML, 2 CSS, 3 JavaScript, ...). The content is the built file of the same name
    /// under WebResources/dist.</summary>
    public sealed record WebResourceFile(string Name, string DisplayName, int Type, string Description);
}
