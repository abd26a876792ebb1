using System;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>An account the run could not recalculate, and why (the server's message).</summary>
    public sealed record AccountFailure(Guid AccountId, string Reason);
}
