using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>Columns whose values identify a row (an alternate key), used by upserts.</summary>
    public sealed record AlternateKey(string LogicalName, Label DisplayName, IReadOnlyList<string> Columns);
}
