using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using CsExtension.Cli.DataverseEnvironment;
using Microsoft.Identity.Client;

namespace CsExtension.Cli
{
    /// <summary>sweep, recalc, kpis and import: the commands that work on a real Dataverse environment (or a local
    /// csx serve) over its Web API, with errors that say what is wrong and what to do.</summary>
    public static class EnvironmentCommands
    {
        /// <summary>The environment could not be reached, is not a Dataverse environment, or sign-in failed.</summary>
        public const int CouldNotConnect = 3;

        /// <summary>recalc --all stopped by Ctrl+C (128 + SIGINT, as shells report it); a rerun finishes the rest.</summary>
        public const int Interrupted = 130;

        public const int DefaultBatchSize = 100;
        public const int DefaultParallel = 4;

        /// <summary>Microsoft's guidance is a few concurrent requests per user; more only earns 429s sooner.</summary>
        public const int MaxParallel = 16;

        public static IReadOnlyList<Command> Create(TextWriter stdout, TextWriter stderr) => Create(stdout, stderr, EnvironmentAccess.Machine);

        public static IReadOnlyList<Command> Create(TextWriter stdout, TextWriter stderr, EnvironmentAccess access) => new[]
        {
            SweepCommand(stdout, stderr, access),
            RecalcCommand(stdout, stderr, access),
            KpisCommand(stdout, stderr, access),
            ImportCommand(stdout, stderr, access),
        };

        private static Command SweepCommand(TextWriter stdout, TextWriter stderr, EnvironmentAccess access)
        {
            var connection = new ConnectionOptions(access);
            var command = new Command("sweep", "Runs csx_Sweep in the environment (overdue onboardings and QBRs, SLA deadlines) and prints what it changed.");
            connection.AddTo(command);
            command.SetAction((result, cancellationToken) => connection.RunAsync(result, "sweep", 1, stderr, async client =>
            {
                try
                {
                    var counts = await client.SweepAsync(cancellationToken).ConfigureAwait(false);
                    stdout.WriteLine($"Sweep on {client.Environment}: {counts.OverdueOnboardingCount} onboarding(s) marked overdue, {counts.OverdueQbrCount} overdue QBR(s), {counts.NearingBreachCount} request(s) nearing breach, {counts.BreachedCount} breached.");
                    return Program.Ok;
                }
                catch (RequestOutcomeUnknownException lost)
                {
                    stderr.WriteLine($"{lost.Message}: the sweep may have run on {client.Environment}. Running it again is safe (it only marks what is not marked yet), but its counts would leave out what the lost run did.");
                    return Program.Problems;
                }
            }, cancellationToken));
            return command;
        }

        private static Command KpisCommand(TextWriter stdout, TextWriter stderr, EnvironmentAccess access)
        {
            var connection = new ConnectionOptions(access);
            var period = new Option<string>("--period") { Description = "The calendar month to compute, yyyy-MM (e.g. 2026-11).", Required = true };
            period.Validators.Add(result =>
            {
                if (result.Tokens.Count == 1 && MonthStart(result.Tokens[0].Value) is null)
                {
                    result.AddError($"--period '{result.Tokens[0].Value}' is not a month: pass yyyy-MM, e.g. 2026-11.");
                }
            });
            var command = new Command("kpis", "Runs csx_ComputeKpis in the environment for one calendar month and prints the KPI snapshot written.") { period };
            connection.AddTo(command);
            command.SetAction((result, cancellationToken) =>
            {
                var start = MonthStart(result.GetValue(period)!)!.Value;
                // csx_ComputeKpis takes the period's last day, not the day after: the plugin counts both ends in and
                // recognises a month (one snapshot per month, upserted) only by first day + last day.
                var lastDay = start.AddMonths(1).AddDays(-1);
                return connection.RunAsync(result, "kpis", 1, stderr, async client =>
                {
                    var snapshot = await client.ComputeKpisAsync(start, lastDay, cancellationToken).ConfigureAwait(false);
                    stdout.WriteLine($"KPIs for {start:yyyy-MM} ({start:yyyy-MM-dd} to {lastDay:yyyy-MM-dd}) computed on {client.Environment}: snapshot {snapshot:D}.");
                    return Program.Ok;
                }, cancellationToken);
            });
            return command;
        }

        private static Command RecalcCommand(TextWriter stdout, TextWriter stderr, EnvironmentAccess access)
        {
            var connection = new ConnectionOptions(access);
            var all = new Option<bool>("--all") { Description = "Every active account, in batches, resumable: a rerun after an interruption finishes the rest." };
            var account = new Option<string?>("--account") { Description = "One account, by its id (GUID)." };
            var batchSize = new Option<int>("--batch-size") { Description = "Accounts per batch (progress is recorded after each).", DefaultValueFactory = _ => DefaultBatchSize };
            var parallel = new Option<int>("--parallel") { Description = $"Requests in flight at once, 1 to {MaxParallel}.", DefaultValueFactory = _ => DefaultParallel };
            var state = new Option<string?>("--state") { Description = "The checkpoint of recalc --all (default .csx/recalc-<host>.json in the current folder)." };
            account.Validators.Add(result =>
            {
                if (result.Tokens.Count == 1 && !Guid.TryParse(result.Tokens[0].Value, out _))
                {
                    result.AddError($"--account '{result.Tokens[0].Value}' is not an account id: pass its GUID (from the account's URL, id=...).");
                }
            });
            batchSize.Validators.Add(result => Between(result, 1, 5000, "--batch-size must be between 1 and 5,000."));
            parallel.Validators.Add(result => Between(result, 1, MaxParallel, $"--parallel must be between 1 and {MaxParallel} (Dataverse throttles more concurrent requests per user)."));

            var command = new Command("recalc", "Recalculates account health in the environment (csx_RecalculateHealth): --all or --account <id>.") { all, account, batchSize, parallel, state };
            connection.AddTo(command);
            command.Validators.Add(result =>
            {
                var hasAll = result.GetValue(all);
                var hasAccount = result.GetValue(account) is not null;
                if (hasAll == hasAccount)
                {
                    result.AddError("recalc takes exactly one of --all (every active account) or --account <id>.");
                }
            });
            command.SetAction((result, cancellationToken) => connection.RunAsync(result, "recalc", result.GetValue(parallel), stderr, client =>
                result.GetValue(all)
                    ? RecalcAllAsync(client, result.GetValue(state), result.GetValue(batchSize), stdout, stderr, cancellationToken)
                    : RecalcOneAsync(client, Guid.Parse(result.GetValue(account)!), stdout, stderr, cancellationToken),
                cancellationToken));
            return command;
        }

        private static async Task<int> RecalcOneAsync(DataverseWebApiClient client, Guid accountId, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        {
            DateTimeOffset? before;
            try
            {
                before = await client.ReadHealthCalculatedOnAsync(accountId, cancellationToken).ConfigureAwait(false);
            }
            catch (DataverseApiException missing) when (missing.Status == HttpStatusCode.NotFound)
            {
                stderr.WriteLine($"No account {accountId:D} in {client.Environment} ({missing.Message}): check --account.");
                return Program.Problems;
            }

            var outcome = await new VerifiedHealthRecalculation(client, stderr).RunAsync(accountId, before, cancellationToken).ConfigureAwait(false);
            if (outcome.Refusal is not null)
            {
                throw outcome.Refusal;
            }

            switch (outcome.Status)
            {
                case AccountRecalcStatus.Recalculated:
                    stdout.WriteLine(outcome.Score is { } score
                        ? $"Recalculated the health of account {accountId:D} on {client.Environment}: score {score.ToString(CultureInfo.InvariantCulture)}."
                        : $"Recalculated the health of account {accountId:D} on {client.Environment}: no score (nothing to score it on yet).");
                    return Program.Ok;
                case AccountRecalcStatus.ConfirmedAfterLostAnswer:
                    stdout.WriteLine($"Recalculated the health of account {accountId:D} on {client.Environment} (the answer was lost; csx_healthcalculatedon shows it was done, open the account for the score).");
                    return Program.Ok;
                default:
                    stderr.WriteLine($"The health of account {accountId:D} was not recalculated: {outcome.Reason}");
                    return Program.Problems;
            }
        }

        private static async Task<int> RecalcAllAsync(DataverseWebApiClient client, string? statePath, int batchSize, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        {
            var path = statePath ?? Path.Combine(".csx", $"recalc-{client.Environment.FileSafeName}.json");
            RecalcCheckpoint checkpoint;
            try
            {
                checkpoint = RecalcCheckpoint.Open(path, client.Environment);
            }
            catch (Exception refused) when (refused is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(refused.Message);
                return Program.Problems;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // The first Ctrl+C lets the batch in flight finish and be recorded; only a second one cuts requests short.
            ConsoleCancelEventHandler onCtrlC = (_, press) =>
            {
                press.Cancel = true;
                if (!stop.IsCancellationRequested)
                {
                    stderr.WriteLine("recalc: stopping after the batch in flight (Ctrl+C again to stop at once; the next run then checks what the requests in flight did)");
                    stop.Cancel();
                }
                else
                {
                    abort.Cancel();
                }
            };
            Console.CancelKeyPress += onCtrlC;
            try
            {
                var outcome = await new BulkHealthRecalculation(client, checkpoint, batchSize, stderr).RunAsync(stop.Token, abort.Token).ConfigureAwait(false);
                var waits = client.RetryWaits == 0 ? string.Empty : $"; waited {client.RetryWaits} time(s) as the server asked";
                if (outcome.Complete)
                {
                    checkpoint.Delete();
                    stdout.WriteLine($"Recalculated the health of {outcome.Total} active account(s) on {client.Environment}: {outcome.Recalculated} in this run, {outcome.DoneEarlier} in an earlier run, {outcome.ConfirmedAfterLostAnswer} found done after a lost answer, {outcome.Gone} deleted meanwhile{waits}.");
                    return Program.Ok;
                }

                if (outcome.Interrupted)
                {
                    stdout.WriteLine($"Stopped: {outcome.DoneNow}/{outcome.Total} accounts done on {client.Environment}; run the same command again to finish the rest (progress in {path}).");
                    return Interrupted;
                }

                stdout.WriteLine($"{outcome.DoneNow}/{outcome.Total} accounts done on {client.Environment}; {outcome.Failures.Count} failed and {outcome.Unresolved} unknown (see above){waits}: run the same command again to retry them (progress in {path}).");
                return Program.Problems;
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                stdout.WriteLine($"Stopped at once: the next run checks which requests in flight were done before sending anything (progress in {path}).");
                return Interrupted;
            }
            finally
            {
                Console.CancelKeyPress -= onCtrlC;
            }
        }

        private static Command ImportCommand(TextWriter stdout, TextWriter stderr, EnvironmentAccess access)
        {
            var connection = new ConnectionOptions(access);
            var zip = new Argument<string>("zip") { Description = "The solution zip (artifacts/solution/CsExtension_managed.zip, written by 'csx pack')." };
            var command = new Command("import", "Imports a solution zip into the environment (ImportSolution, overwriting unmanaged customizations, publishing workflows).") { zip };
            connection.AddTo(command);
            command.SetAction((result, cancellationToken) =>
            {
                var path = result.GetValue(zip)!;
                var refusal = Directory.Exists(path)
                    ? $"'{path}' is a folder: import takes a solution zip (pack one with 'csx pack')."
                    : !File.Exists(path)
                        ? $"'{path}' does not exist: pass a solution zip (artifacts/solution/CsExtension_managed.zip, written by 'csx pack')."
                        : SolutionCommands.NotASolution(path);
                if (refusal is not null)
                {
                    stderr.WriteLine(refusal);
                    return Task.FromResult(Program.Problems);
                }

                return connection.RunAsync(result, "import", 1, stderr, async client =>
                {
                    var job = Guid.NewGuid();
                    stderr.WriteLine($"import: importing {path} into {client.Environment} (import job {job:D}); this can take minutes");
                    try
                    {
                        await client.ImportSolutionAsync(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), job, cancellationToken).ConfigureAwait(false);
                    }
                    catch (RequestOutcomeUnknownException lost)
                    {
                        stderr.WriteLine($"{lost.Message}: the import of {path} may have finished or may still be running. Look for import job {job:D} in the environment's solution history (make.powerapps.com, Solutions, See history) before importing again.");
                        return Program.Problems;
                    }
                    catch (DataverseApiException refused) when (refused.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
                    {
                        stderr.WriteLine($"{client.Environment} refused the import of {path}: {refused.Message}");
                        return Program.Problems;
                    }

                    stdout.WriteLine($"Imported {path} into {client.Environment} (import job {job:D}).");
                    return Program.Ok;
                }, cancellationToken);
            });
            return command;
        }

        /// <summary>The first day of the month yyyy-MM at 00:00 UTC, or null.</summary>
        private static DateTime? MonthStart(string text) =>
            DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month)
                ? DateTime.SpecifyKind(month, DateTimeKind.Utc)
                : null;

        /// <summary>A range check that leaves a value that is not a number to the parser's own error.</summary>
        private static void Between(OptionResult result, int min, int max, string message)
        {
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && (value < min || value > max))
            {
                result.AddError(message);
            }
        }

        /// <summary>--url, --client-id and --tenant, and what every command does with them: connect, check with WhoAmI
        /// that this is a Dataverse environment we may use, run the work, and turn failures into messages and exit codes.</summary>
        private sealed class ConnectionOptions
        {
            private readonly EnvironmentAccess _access;
            private readonly Option<string?> _url;
            private readonly Option<string> _clientId;
            private readonly Option<string> _tenant;

            public ConnectionOptions(EnvironmentAccess access)
            {
                _access = access;
                _url = new Option<string?>("--url") { Description = $"The environment, https://<org>.crm.dynamics.com (or http://127.0.0.1:<port> for csx serve); default: ${EnvironmentAccess.UrlVariable}.", DefaultValueFactory = _ => access.Variables(EnvironmentAccess.UrlVariable) };
                _clientId = new Option<string>("--client-id") { Description = $"The app to sign in with (with ${ClientSecretSignIn.SecretVariable} set: your app registration, signing in as that application).", DefaultValueFactory = _ => EnvironmentAccess.SampleClientId };
                _tenant = new Option<string>("--tenant") { Description = "The Entra ID tenant (id or domain); required with a client secret.", DefaultValueFactory = _ => EnvironmentAccess.DefaultTenant };
            }

            public void AddTo(Command command)
            {
                command.Options.Add(_url);
                command.Options.Add(_clientId);
                command.Options.Add(_tenant);
                // Only a URL typed on the command line is checked here; one from CSX_URL (or none) is checked when the
                // command runs, because validators do not see default values.
                _url.Validators.Add(result =>
                {
                    if (result.Tokens.Count == 1 && EnvironmentUrl.TryParse(result.Tokens[0].Value, out var problem) is null)
                    {
                        result.AddError(problem!);
                    }
                });
            }

            public async Task<int> RunAsync(ParseResult result, string name, int parallel, TextWriter stderr, Func<DataverseWebApiClient, Task<int>> work, CancellationToken cancellationToken)
            {
                var environment = EnvironmentUrl.TryParse(result.GetValue(_url), out var problem);
                if (environment is null)
                {
                    stderr.WriteLine(problem);
                    return Program.WrongCommandLine;
                }

                var tokens = _access.TokenSourceFor(environment, result.GetValue(_clientId)!, result.GetValue(_tenant)!, stderr, out problem);
                if (problem is not null)
                {
                    stderr.WriteLine(problem);
                    return Program.WrongCommandLine;
                }

                using var transport = _access.Transport();
                using var client = new DataverseWebApiClient(environment, transport, tokens, parallel, _access.Time, message => stderr.WriteLine($"{name}: {message}"));
                try
                {
                    WhoAmIResult me;
                    try
                    {
                        if (tokens is not null && await client.KnockAsync(cancellationToken).ConfigureAwait(false) == HttpStatusCode.NotFound)
                        {
                            throw new DataverseApiException(HttpStatusCode.NotFound, null, "404 Not Found", "GET WhoAmI");
                        }

                        me = await client.WhoAmIAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (DataverseApiException notDataverse) when (notDataverse.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests) && (int)notDataverse.Status < 500)
                    {
                        stderr.WriteLine($"{environment} is not a Dataverse environment URL (GET {environment.WebApi}WhoAmI: {notDataverse.Message}): check --url; it looks like https://<org>.crm.dynamics.com (Power Platform admin center, the environment's Environment URL).");
                        return CouldNotConnect;
                    }

                    stderr.WriteLine($"{name}: connected to {environment} as user {me.UserId:D}");
                    return await work(client).ConfigureAwait(false);
                }
                catch (EnvironmentUnreachableException unreachable)
                {
                    stderr.WriteLine($"Could not reach {environment}: {unreachable.Message}. Check --url (and the network or proxy).");
                    return CouldNotConnect;
                }
                catch (DataverseApiException refused) when (refused.Status == HttpStatusCode.Unauthorized)
                {
                    stderr.WriteLine($"Sign-in to {environment} expired or was refused ({refused.Message}): run again to sign in; with {ClientSecretSignIn.SecretVariable}, check the secret, --client-id and --tenant, and that the app is an application user in the environment.");
                    return CouldNotConnect;
                }
                catch (DataverseApiException refused) when (refused.Status == HttpStatusCode.Forbidden)
                {
                    stderr.WriteLine($"Signed in, but {environment} refused access ({refused.Message}): the user or application needs a security role there (System Administrator, or System Customizer for import); ask an administrator of the environment.");
                    return CouldNotConnect;
                }
                catch (MsalException signIn)
                {
                    stderr.WriteLine($"Could not sign in to {environment}: {signIn.Message} (error {signIn.ErrorCode}; check --tenant and --client-id).");
                    return CouldNotConnect;
                }
                catch (DataverseApiException failed)
                {
                    stderr.WriteLine($"{failed.Operation} failed on {environment}: {failed.Message}" + (failed.ErrorCode is null ? string.Empty : $" (error {failed.ErrorCode})"));
                    return Program.Problems;
                }
                catch (RequestOutcomeUnknownException lost)
                {
                    stderr.WriteLine($"{lost.Message}: it may or may not have been done on {environment}.");
                    return Program.Problems;
                }
            }
        }
    }
}
