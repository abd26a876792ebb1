using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A custom API (message). <see cref="BoundTable"/> null means unbound (global).</summary>
    public sealed record CustomApi(string UniqueName, Label DisplayName, Label Description)
    {
        public string? BoundTable { get; init; }
        public IReadOnlyList<CustomApiValue> Request { get; init; } = new List<CustomApiValue>();
        public IReadOnlyList<CustomApiValue> Response { get; init; } = new List<CustomApiValue>();
    }
}
