namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A form event handler: a function of a web resource library run on load, or on change of a column.</summary>
    public sealed record FormScript(string Library, string FunctionName, string Event = "onload", string? Column = null);
}
