using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsExtension.Cli.DataverseEnvironment;
using Xunit;

namespace CsExtension.Cli.Tests;

/// <summary>recalc --all: batches, progress, the checkpoint, and nothing lost or done twice when answers are lost
/// or a run is interrupted.</summary>
public sealed class EnvironmentRecalcTests : IDisposable
{
    private const string Url = "https://contoso.crm.dynamics.com";
    private static readonly EnvironmentUrl Org = EnvironmentUrl.TryParse(Url, out _)!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "csx-env-recalc-" + Guid.NewGuid().ToString("N"));

    public EnvironmentRecalcTests()
    {
        Directory.CreateDirectory(_folder);
    }

    private string State => Path.Combine(_folder, "state", "recalc.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static EnvironmentAccess Access(FakeAccountsEnvironment environment) => new()
    {
        Transport = () => environment,
        Time = new RecordingTimeProvider(),
        Tokens = new FixedTokenSource("token"),
        Variables = _ => null,
    };

    private (int Exit, string Out, string Error) RecalcAll(FakeAccountsEnvironment environment, int batchSize) =>
        EnvironmentCsx.Run(Access(environment), "recalc", "--all", "--url", Url, "--batch-size", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture), "--state", State);

    private static int PostsFor(FakeAccountsEnvironment environment, Guid account) =>
        environment.Log.Count(line => line.StartsWith($"POST accounts({account:D})/", StringComparison.Ordinal));

    [Fact]
    public void Recalc_all_recalculates_every_active_account_once_in_batches_reporting_progress()
    {
        var environment = new FakeAccountsEnvironment(23);

        var result = RecalcAll(environment, 10);

        Assert.True(result.Exit == 0, result.Error);
        Assert.All(environment.Accounts, id => Assert.Equal(1, environment.RecalculationsOf(id)));
        Assert.Contains("recalc: 10/23 accounts (43%)", result.Error);
        Assert.Contains("recalc: 20/23 accounts (86%)", result.Error);
        Assert.Contains("recalc: 23/23 accounts (100%)", result.Error);
        Assert.Equal($"Recalculated the health of 23 active account(s) on {Url}: 23 in this run, 0 in an earlier run, 0 found done after a lost answer, 0 deleted meanwhile.{Environment.NewLine}", result.Out);
        Assert.False(File.Exists(State), "the checkpoint of a finished run is deleted");
    }

    [Fact]
    public void Each_batch_reads_the_stamps_of_its_accounts_before_sending_them()
    {
        var environment = new FakeAccountsEnvironment(12);

        var result = RecalcAll(environment, 5);

        Assert.True(result.Exit == 0, result.Error);
        var log = environment.Log.ToList();
        foreach (var account in environment.Accounts)
        {
            var read = log.FindIndex(line => line.StartsWith("GET accounts?$select=accountid,csx_healthcalculatedon", StringComparison.Ordinal) && line.Contains(account.ToString("D"), StringComparison.Ordinal));
            var post = log.FindIndex(line => line.StartsWith($"POST accounts({account:D})/", StringComparison.Ordinal));
            Assert.InRange(read, 0, post - 1);
        }
    }

    [Fact]
    public async Task A_rerun_after_an_interruption_skips_the_accounts_done_and_finishes_the_rest()
    {
        var environment = new FakeAccountsEnvironment(25);
        using var stop = new CancellationTokenSource();
        using (var client = new DataverseWebApiClient(Org, environment, new FixedTokenSource("token"), 4, new RecordingTimeProvider(), null))
        {
            var first = new BulkHealthRecalculation(client, RecalcCheckpoint.Open(State, Org), 10, TextWriter.Null) { BatchRecorded = (_, _) => stop.Cancel() };
            var stopped = await first.RunAsync(stop.Token, CancellationToken.None);
            Assert.True(stopped.Interrupted);
            Assert.Equal(10, stopped.DoneNow);
        }

        Assert.True(File.Exists(State), "an interrupted run leaves its checkpoint");
        Assert.Equal(10, RecalcCheckpoint.Open(State, Org).Done.Count);
        var doneFirst = environment.Accounts.Where(id => environment.RecalculationsOf(id) == 1).ToList();
        Assert.Equal(10, doneFirst.Count);
        var postsBefore = environment.Log.Count(line => line.StartsWith("POST", StringComparison.Ordinal));

        var rerun = RecalcAll(environment, 10);

        Assert.True(rerun.Exit == 0, rerun.Error);
        Assert.All(environment.Accounts, id => Assert.Equal(1, environment.RecalculationsOf(id)));
        Assert.Equal(15, environment.Log.Count(line => line.StartsWith("POST", StringComparison.Ordinal)) - postsBefore);
        Assert.Contains($"recalc: resuming from {State}: 10/25 accounts already done", rerun.Error);
        Assert.Contains("15 in this run, 10 in an earlier run", rerun.Out);
        Assert.False(File.Exists(State));
    }

    [Fact]
    public void After_a_lost_answer_the_stamp_is_checked_and_a_done_account_is_not_sent_again()
    {
        var environment = new FakeAccountsEnvironment(9);
        var unlucky = environment.Accounts[4];
        environment.DropAnswerAfterDoing(unlucky);

        var result = RecalcAll(environment, 5);

        Assert.True(result.Exit == 0, result.Error);
        Assert.All(environment.Accounts, id => Assert.Equal(1, environment.RecalculationsOf(id)));
        Assert.Equal(1, PostsFor(environment, unlucky));
        var log = environment.Log.ToList();
        var post = log.FindIndex(line => line.StartsWith($"POST accounts({unlucky:D})/", StringComparison.Ordinal));
        Assert.Contains(log.Skip(post + 1), line => line == $"GET accounts({unlucky:D})?$select=csx_healthcalculatedon");
        Assert.Contains($"account {unlucky:D}: the answer was lost but csx_healthcalculatedon moved", result.Error);
        Assert.Contains("1 found done after a lost answer", result.Out);
    }

    [Fact]
    public void A_request_lost_before_the_server_did_it_is_sent_again_after_checking()
    {
        var environment = new FakeAccountsEnvironment(9);
        var unlucky = environment.Accounts[2];
        environment.DropAnswerWithoutDoing(unlucky);

        var result = RecalcAll(environment, 5);

        Assert.True(result.Exit == 0, result.Error);
        Assert.All(environment.Accounts, id => Assert.Equal(1, environment.RecalculationsOf(id)));
        Assert.Equal(2, PostsFor(environment, unlucky));
        Assert.Contains($"account {unlucky:D}: the answer was lost and csx_healthcalculatedon is unchanged", result.Error);
        Assert.Contains("sending again", result.Error);
    }

    [Fact]
    public void After_a_crash_the_accounts_that_were_in_flight_are_checked_not_resent()
    {
        var environment = new FakeAccountsEnvironment(12);
        var inFlight = environment.Accounts.Take(5).ToList();
        var crashed = RecalcCheckpoint.Open(State, Org);
        crashed.BeginBatch(inFlight.ToDictionary(id => id, environment.StampOf));
        // The crashed run's requests for the first three got through before it died; the other two never left.
        foreach (var account in inFlight.Take(3))
        {
            environment.RecalculateBehindTheClientsBack(account);
        }

        var result = RecalcAll(environment, 5);

        Assert.True(result.Exit == 0, result.Error);
        Assert.All(environment.Accounts, id => Assert.Equal(1, environment.RecalculationsOf(id)));
        Assert.All(inFlight.Take(3), id => Assert.Equal(0, PostsFor(environment, id)));
        Assert.All(inFlight.Skip(3), id => Assert.Equal(1, PostsFor(environment, id)));
        Assert.Contains("recalc: 5 account(s) were in flight when the last run stopped: 3 done (csx_healthcalculatedon moved), 2 still to send", result.Error);
        Assert.Contains("9 in this run, 3 in an earlier run", result.Out);
    }

    [Fact]
    public void The_checkpoint_records_the_batch_in_flight_before_it_is_sent_and_is_replaced_whole()
    {
        var stamp = new DateTimeOffset(2026, 10, 1, 8, 30, 0, TimeSpan.Zero);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var checkpoint = RecalcCheckpoint.Open(State, Org);

        checkpoint.BeginBatch(new System.Collections.Generic.Dictionary<Guid, DateTimeOffset?> { [a] = stamp, [b] = null });
        var reopened = RecalcCheckpoint.Open(State, Org);
        Assert.Equal(stamp, reopened.InFlight[a]);
        Assert.Null(reopened.InFlight[b]);
        Assert.Empty(reopened.Done);

        checkpoint.EndBatch(new[] { a, b }, new[] { a }, new System.Collections.Generic.HashSet<Guid> { b });
        reopened = RecalcCheckpoint.Open(State, Org);
        Assert.Equal(new[] { a }, reopened.Done);
        Assert.Equal(new[] { b }, reopened.InFlight.Keys);
        Assert.Equal(new[] { "recalc.json" }, Directory.GetFiles(Path.GetDirectoryName(State)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_checkpoint_of_another_environment_is_refused()
    {
        var other = EnvironmentUrl.TryParse("https://fabrikam.crm.dynamics.com", out _)!;
        RecalcCheckpoint.Open(State, other).BeginBatch(new System.Collections.Generic.Dictionary<Guid, DateTimeOffset?> { [Guid.NewGuid()] = null });
        var environment = new FakeAccountsEnvironment(3);

        var result = RecalcAll(environment, 5);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"'{State}' records progress in https://fabrikam.crm.dynamics.com, not {Url}", result.Error);
        Assert.All(environment.Accounts, id => Assert.Equal(0, environment.RecalculationsOf(id)));
    }

    [Fact]
    public void The_default_checkpoint_is_per_environment_in_the_current_folder()
    {
        Assert.Equal("contoso.crm.dynamics.com", Org.FileSafeName);
        Assert.Equal("127.0.0.1-5555", EnvironmentUrl.TryParse("http://127.0.0.1:5555/", out _)!.FileSafeName);
    }
}
