using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A security role; it adds to the platform's Basic User role, which every user has anyway.</summary>
    public sealed record SecurityRole(string Name, Label Description, IReadOnlyList<TableAccess> Access);
}
