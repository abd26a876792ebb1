using System.Collections.Generic;

namespace Dataverse.WebApi
{
    /// <summary>A Web API answer before it is sent: status, headers and body (buffered, so a fault can still drop it).</summary>
    public sealed record ApiResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, string ContentType = "application/json; odata.metadata=minimal")
    {
        public static ApiResponse NoContent(IReadOnlyDictionary<string, string>? headers = null) =>
            new(204, headers ?? new Dictionary<string, string>(), System.Array.Empty<byte>());
    }
}
