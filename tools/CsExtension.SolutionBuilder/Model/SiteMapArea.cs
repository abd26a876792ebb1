using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    public sealed record SiteMapArea(string Id, Label Title, IReadOnlyList<SiteMapGroup> Groups);
}
