using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>A pre- or post-image a step declares: its alias, 0 pre / 1 post, and the columns it carries (none = all).</summary>
    public sealed record DeclaredImage(string Alias, int ImageType, IReadOnlyList<string> Attributes);
}
