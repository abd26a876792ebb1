using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A main form. <see cref="Key"/> seeds its stable id.</summary>
    public sealed record Form(string Table, string Key, Label Name, Label Description, IReadOnlyList<FormTab> Tabs)
    {
        /// <summary>Columns shown in the form header.</summary>
        public IReadOnlyList<string> Header { get; init; } = new List<string>();

        /// <summary>Event handlers; their libraries become the form's libraries.</summary>
        public IReadOnlyList<FormScript> Scripts { get; init; } = new List<FormScript>();
    }
}
