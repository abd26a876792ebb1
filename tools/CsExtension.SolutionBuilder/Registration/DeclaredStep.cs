using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>One [PluginStep] declaration as read from the compiled assembly's metadata.</summary>
    public sealed record DeclaredStep(
        string Message,
        string PrimaryEntity,
        int Stage,
        int Mode,
        int Rank,
        IReadOnlyList<string> FilteringAttributes,
        IReadOnlyList<DeclaredImage> Images,
        string? UnsecureConfiguration,
        string? Description);
}
