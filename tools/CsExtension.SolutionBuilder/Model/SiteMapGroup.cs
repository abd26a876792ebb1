using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    public sealed record SiteMapGroup(string Id, Label Title, IReadOnlyList<SiteMapSubArea> SubAreas);
}
