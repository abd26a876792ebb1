using System;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>The end of one account's recalculation.</summary>
    /// <param name="Score">The score in force, when the server's answer arrived and held one.</param>
    /// <param name="Reason">Why it failed or is unresolved.</param>
    /// <param name="Refusal">A 401 or 403: not about this account but about the whole run.</param>
    public sealed record AccountRecalcResult(Guid AccountId, AccountRecalcStatus Status, int? Score, string? Reason, DataverseApiException? Refusal)
    {
        public bool Done => Status is AccountRecalcStatus.Recalculated or AccountRecalcStatus.ConfirmedAfterLostAnswer;
    }
}
