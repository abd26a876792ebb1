using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A model-driven app with its site map; <see cref="Roles"/> name the security roles that see it.</summary>
    public sealed record ModelDrivenApp(string UniqueName, Label Name, Label Description, IReadOnlyList<SiteMapArea> Areas, IReadOnlyList<string> Roles);
}
