using System.Collections.Generic;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>A custom API as the solution defines it (customapis/&lt;name&gt;/customapi.xml and its parameter files),
    /// before a plugin type implements it.</summary>
    public sealed record CustomApiDefinition(
        string UniqueName,
        string? BoundEntity,
        bool IsFunction,
        IReadOnlyList<CustomApiParameter> RequestParameters,
        IReadOnlyList<CustomApiParameter> ResponseProperties);
}
