using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A global choice (OptionSets/&lt;name&gt;.xml), shared by every column that uses it.</summary>
    public sealed record Choice(string Name, Label DisplayName, Label Description, IReadOnlyList<ChoiceOption> Options);
}
