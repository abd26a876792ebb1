using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A field-security profile; an admin adds users or teams to it.</summary>
    public sealed record FieldSecurityProfile(string Name, string Description, IReadOnlyList<FieldPermission> Permissions);
}
