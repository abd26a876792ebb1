using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>recalc --all: csx_RecalculateHealth on every active account, batch by batch, recording progress so that
    /// a run stopped by Ctrl+C, a crash or a dropped connection can be run again and finishes the rest, with nothing lost
    /// and nothing done twice.</summary>
    public sealed class BulkHealthRecalculation
    {
        private readonly DataverseWebApiClient _client;
        private readonly RecalcCheckpoint _checkpoint;
        private readonly int _batchSize;
        private readonly TextWriter _progress;
        private readonly VerifiedHealthRecalculation _one;

        public BulkHealthRecalculation(DataverseWebApiClient client, RecalcCheckpoint checkpoint, int batchSize, TextWriter progress)
        {
            if (batchSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(batchSize), "A batch holds at least one account.");
            }

            _client = client;
            _checkpoint = checkpoint;
            _batchSize = batchSize;
            _progress = progress;
            _one = new VerifiedHealthRecalculation(client, progress);
        }

        /// <summary>Called after each batch is recorded in the checkpoint, with the accounts done so far and the total.</summary>
        public Action<int, int>? BatchRecorded { get; init; }

        /// <param name="stop">Stops between batches: the batch in flight finishes and is recorded (the first Ctrl+C).</param>
        /// <param name="abort">Cancels requests in flight (the second Ctrl+C); the stamps recorded before the batch let
        /// the next run find out which of them were done.</param>
        /// <exception cref="DataverseApiException">401 or 403: no account can be done, so the run stops at once.</exception>
        public async Task<BulkRecalcOutcome> RunAsync(CancellationToken stop, CancellationToken abort)
        {
            var active = await _client.ListActiveAccountIdsAsync(abort).ConfigureAwait(false);
            var total = active.Count;

            await ResolvePreviousInFlightAsync(abort).ConfigureAwait(false);
            var doneEarlier = active.Count(_checkpoint.IsDone);
            if (doneEarlier > 0)
            {
                _progress.WriteLine($"recalc: resuming from {_checkpoint.Path}: {doneEarlier}/{total} accounts already done");
            }

            int recalculated = 0, confirmed = 0, gone = 0, unresolvedCount = 0, done = doneEarlier;
            var failures = new List<AccountFailure>();
            var interrupted = false;
            foreach (var batch in active.Where(id => !_checkpoint.IsDone(id)).Chunk(_batchSize))
            {
                if (stop.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }

                // Read just before sending, so that only this batch's own requests can move the stamps in between.
                var before = await _client.ReadHealthCalculatedOnAsync(batch, abort).ConfigureAwait(false);
                var vanished = batch.Where(id => !before.ContainsKey(id)).ToList();
                _checkpoint.BeginBatch(before);

                var results = await Task.WhenAll(before.Select(pair => _one.RunAsync(pair.Key, pair.Value, abort))).ConfigureAwait(false);

                var doneInBatch = results.Where(r => r.Done).Select(r => r.AccountId).Concat(vanished).ToList();
                var unresolved = results.Where(r => r.Status == AccountRecalcStatus.Unresolved).Select(r => r.AccountId).ToHashSet();
                _checkpoint.EndBatch(batch, doneInBatch, unresolved);

                recalculated += results.Count(r => r.Status == AccountRecalcStatus.Recalculated);
                confirmed += results.Count(r => r.Status == AccountRecalcStatus.ConfirmedAfterLostAnswer);
                gone += vanished.Count;
                unresolvedCount += unresolved.Count;
                done += doneInBatch.Count;
                foreach (var result in results.Where(r => !r.Done))
                {
                    if (result.Status == AccountRecalcStatus.Failed)
                    {
                        failures.Add(new AccountFailure(result.AccountId, result.Reason ?? "failed"));
                    }

                    _progress.WriteLine($"recalc: account {result.AccountId:D} not done: {result.Reason}");
                }

                _progress.WriteLine($"recalc: {done}/{total} accounts ({Percent(done, total)}%)");
                BatchRecorded?.Invoke(done, total);

                // Sign-in lost or access withdrawn mid-run: every further request would fail the same way.
                var refusal = results.FirstOrDefault(r => r.Refusal is not null)?.Refusal;
                if (refusal is not null)
                {
                    throw refusal;
                }
            }

            return new BulkRecalcOutcome(total, doneEarlier, recalculated, confirmed, gone, failures, unresolvedCount, interrupted);
        }

        /// <summary>After a crash or a hard stop, the accounts of the batch then in flight are neither known to be done
        /// nor safe to resend; their stamps, compared with the ones recorded before sending, say which were done.</summary>
        private async Task ResolvePreviousInFlightAsync(CancellationToken abort)
        {
            var inFlight = _checkpoint.InFlight.Where(pair => !_checkpoint.IsDone(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
            if (inFlight.Count == 0)
            {
                return;
            }

            var now = await _client.ReadHealthCalculatedOnAsync(inFlight.Keys, abort).ConfigureAwait(false);
            // An account deleted since is done too: there is nothing left to recalculate.
            var done = inFlight.Where(pair => !now.ContainsKey(pair.Key) || VerifiedHealthRecalculation.Changed(pair.Value, now[pair.Key])).Select(pair => pair.Key).ToList();
            _progress.WriteLine($"recalc: {inFlight.Count} account(s) were in flight when the last run stopped: {done.Count} done (csx_healthcalculatedon moved), {inFlight.Count - done.Count} still to send");
            _checkpoint.EndBatch(inFlight.Keys, done, new HashSet<Guid>());
        }

        private static int Percent(int done, int total) => total == 0 ? 100 : (int)(100L * done / total);
    }
}
