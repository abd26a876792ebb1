namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A sort order of a view.</summary>
    public sealed record ViewOrder(string Attribute, bool Descending = false);
}
