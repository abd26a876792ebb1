namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A column of a view's grid and its width in pixels.</summary>
    public sealed record ViewColumn(string Name, int Width = 150);
}
