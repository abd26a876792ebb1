namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>How strongly a form asks for a column (the column's required level).</summary>
    public enum Requirement
    {
        Optional,
        Recommended,
        Required,
    }
}
