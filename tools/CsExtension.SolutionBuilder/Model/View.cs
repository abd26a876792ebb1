using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>
    /// A system view. <see cref="Key"/> names it inside the model and seeds its stable id.
    /// <see cref="Filter"/> conditions are and-ed; <see cref="AnyOf"/>, when given, is an or-group inside them.
    /// </summary>
    public sealed record View(string Table, string Key, Label Name, Label Description, ViewType Type)
    {
        public bool IsDefault { get; init; }
        public IReadOnlyList<ViewColumn> Columns { get; init; } = new List<ViewColumn>();
        public IReadOnlyList<ViewCondition> Filter { get; init; } = new List<ViewCondition>();
        public IReadOnlyList<ViewCondition> AnyOf { get; init; } = new List<ViewCondition>();
        public IReadOnlyList<ViewOrder> Order { get; init; } = new List<ViewOrder>();

        /// <summary>Columns a quick-find search looks in (quick-find views only).</summary>
        public IReadOnlyList<string> FindColumns { get; init; } = new List<string>();
    }
}
