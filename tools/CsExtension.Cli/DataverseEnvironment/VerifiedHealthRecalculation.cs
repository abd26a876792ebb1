using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>csx_RecalculateHealth on one account, never done twice: when the answer is lost the account's
    /// csx_healthcalculatedon is read again and compared with its value before the request, and the request is only
    /// resent when the stamp shows it was not carried out.</summary>
    /// <remarks>The server stamps csx_healthcalculatedon with its own clock, which only moves forward, at every
    /// recalculation, so a changed stamp means the request (or another recalculation since the stamp was read, which
    /// serves just as well) was done.</remarks>
    public sealed class VerifiedHealthRecalculation
    {
        /// <summary>Resends of one account after lost answers, each only after its stamp showed it was not done.</summary>
        public const int MaxResends = 3;

        private readonly DataverseWebApiClient _client;
        private readonly TextWriter _log;

        public VerifiedHealthRecalculation(DataverseWebApiClient client, TextWriter log)
        {
            _client = client;
            _log = log;
        }

        /// <param name="stampBefore">csx_healthcalculatedon read before the first request for this account.</param>
        public async Task<AccountRecalcResult> RunAsync(Guid accountId, DateTimeOffset? stampBefore, CancellationToken cancellationToken)
        {
            for (var resends = 0; ; resends++)
            {
                try
                {
                    var score = await _client.RecalculateHealthAsync(accountId, cancellationToken).ConfigureAwait(false);
                    return new AccountRecalcResult(accountId, AccountRecalcStatus.Recalculated, score, null, null);
                }
                catch (RequestOutcomeUnknownException lost)
                {
                    DateTimeOffset? stampNow;
                    try
                    {
                        stampNow = await _client.ReadHealthCalculatedOnAsync(accountId, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception checkFailed) when (checkFailed is DataverseApiException or EnvironmentUnreachableException or RequestOutcomeUnknownException)
                    {
                        return new AccountRecalcResult(accountId, AccountRecalcStatus.Unresolved, null, $"{lost.Message}; checking whether it was done failed too ({checkFailed.Message})", null);
                    }

                    if (Changed(stampBefore, stampNow))
                    {
                        _log.WriteLine($"recalc: account {accountId:D}: the answer was lost but csx_healthcalculatedon moved from {Stamp(stampBefore)} to {Stamp(stampNow)}: it was done, not sending again");
                        return new AccountRecalcResult(accountId, AccountRecalcStatus.ConfirmedAfterLostAnswer, null, null, null);
                    }

                    if (resends == MaxResends)
                    {
                        return new AccountRecalcResult(accountId, AccountRecalcStatus.Failed, null, $"{lost.Message} ({MaxResends + 1} times, each time not done)", null);
                    }

                    _log.WriteLine($"recalc: account {accountId:D}: the answer was lost and csx_healthcalculatedon is unchanged ({Stamp(stampNow)}): it was not done, sending again");
                }
                catch (DataverseApiException refused) when (refused.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    return new AccountRecalcResult(accountId, AccountRecalcStatus.Failed, null, refused.Message, refused);
                }
                catch (DataverseApiException refused)
                {
                    return new AccountRecalcResult(accountId, AccountRecalcStatus.Failed, null, $"{(int)refused.Status} {refused.Message}", null);
                }
                catch (EnvironmentUnreachableException unreachable)
                {
                    // Refused before it was sent, after the retries: not done, and the next run sends it.
                    return new AccountRecalcResult(accountId, AccountRecalcStatus.Failed, null, $"could not reach {unreachable.Environment}: {unreachable.Message}", null);
                }
            }
        }

        public static bool Changed(DateTimeOffset? before, DateTimeOffset? now) => now is not null && now != before;

        private static string Stamp(DateTimeOffset? stamp) =>
            stamp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? "never";
    }
}
