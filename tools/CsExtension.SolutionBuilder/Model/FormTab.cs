using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A form tab with its sections.</summary>
    public sealed record FormTab(string Name, Label Label, IReadOnlyList<FormSection> Sections);
}
