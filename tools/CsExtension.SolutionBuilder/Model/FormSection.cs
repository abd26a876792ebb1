using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A form section with its columns, one field per row.</summary>
    public sealed record FormSection(string Name, Label Label, IReadOnlyList<string> Columns);
}
