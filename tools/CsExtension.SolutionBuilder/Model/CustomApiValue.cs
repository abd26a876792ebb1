namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A request parameter or response property of a custom API.</summary>
    public sealed record CustomApiValue(string UniqueName, CustomApiValueType Type, Label DisplayName, Label Description)
    {
        /// <summary>Request parameters only: may the caller leave it out.</summary>
        public bool IsOptional { get; init; }

        /// <summary>The table of an Entity / EntityReference value.</summary>
        public string? Table { get; init; }
    }
}
