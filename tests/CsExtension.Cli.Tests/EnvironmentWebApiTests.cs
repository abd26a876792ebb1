using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using CsExtension.Cli.DataverseEnvironment;
using CsExtension.Cli.Demo;
using Dataverse.Emulator;
using Dataverse.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace CsExtension.Cli.Tests;

/// <summary>The environment commands against the emulator behind a real HTTP server (what csx serve runs), populated by
/// the demo, with service-protection errors and dropped connections injected by the server.</summary>
public sealed class EnvironmentWebApiTests : IDisposable
{
    private const int Accounts = 40;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "csx-env-webapi-" + Guid.NewGuid().ToString("N"));

    public EnvironmentWebApiTests()
    {
        Directory.CreateDirectory(_folder);
    }

    private string State => Path.Combine(_folder, "recalc.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Error) Csx(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Recalc_all_under_throttling_does_every_account_once_waiting_the_Retry_After_each_time()
    {
        var faults = new FaultInjection { RetryAfterSeconds = 1 };
        foreach (var request in new[] { 4, 6, 9, 15, 31 })
        {
            faults.Throttle.Add(request);
        }

        await using var live = await LiveWebApi.StartAsync(faults);
        var before = await live.StampsAsync();
        var time = new RecordingTimeProvider { Sleep = true };
        var clock = Stopwatch.StartNew();

        var result = EnvironmentCsx.Run(new EnvironmentAccess { Time = time }, "recalc", "--all", "--url", live.Url, "--batch-size", "10", "--parallel", "4", "--state", State);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(1), 5), time.Waits);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), "the waits were real");
        Assert.Equal(5, Regex.Matches(result.Error, @"429 Too Many Requests \(Retry-After\): waiting 1 s").Count);
        Assert.Contains("waited 5 time(s) as the server asked", result.Out);
        await live.AssertEveryActiveAccountRecalculatedOnceAsync(before);
        Assert.False(File.Exists(State));
    }

    [Fact]
    public async Task Connections_dropped_after_the_server_acted_lose_nothing_and_do_nothing_twice()
    {
        var faults = new FaultInjection();
        // 4 to 7 are the first batch's first requests (csx_RecalculateHealth); the others fall where they fall, on
        // recalculations, on the checks after a lost answer or on the reads before a batch.
        foreach (var request in new[] { 5, 7, 12, 20, 27, 33, 41 })
        {
            faults.DropAfterProcessing.Add(request);
        }

        await using var live = await LiveWebApi.StartAsync(faults);
        var before = await live.StampsAsync();

        var result = Csx("recalc", "--all", "--url", live.Url, "--batch-size", "10", "--state", State);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Contains("the answer was lost but csx_healthcalculatedon moved", result.Error);
        Assert.Matches(@"[1-9]\d* found done after a lost answer", result.Out);
        await live.AssertEveryActiveAccountRecalculatedOnceAsync(before);
    }

    [Fact]
    public async Task A_rerun_after_a_stop_between_batches_finishes_the_rest()
    {
        await using var live = await LiveWebApi.StartAsync(null);
        var before = await live.StampsAsync();
        var environment = EnvironmentUrl.TryParse(live.Url, out _)!;
        using var stop = new CancellationTokenSource();
        using (var transport = new SocketsHttpHandler())
        using (var client = new DataverseWebApiClient(environment, transport, null, 4, TimeProvider.System, null))
        {
            var first = new BulkHealthRecalculation(client, RecalcCheckpoint.Open(State, environment), 10, TextWriter.Null) { BatchRecorded = (_, _) => stop.Cancel() };
            var outcome = await first.RunAsync(stop.Token, CancellationToken.None);
            Assert.True(outcome.Interrupted);
            Assert.Equal(10, outcome.Recalculated);
        }

        Assert.Equal(10, await live.RecalculationsAsync());

        var rerun = Csx("recalc", "--all", "--url", live.Url, "--batch-size", "10", "--state", State);

        Assert.True(rerun.Exit == 0, rerun.Error);
        Assert.Contains(", 10 in an earlier run", rerun.Out);
        await live.AssertEveryActiveAccountRecalculatedOnceAsync(before);
        Assert.False(File.Exists(State));
    }

    [Fact]
    public async Task A_rerun_after_a_hard_stop_mid_batch_checks_the_requests_that_were_in_flight()
    {
        await using var live = await LiveWebApi.StartAsync(null);
        var before = await live.StampsAsync();
        var environment = EnvironmentUrl.TryParse(live.Url, out _)!;
        using var abort = new CancellationTokenSource();
        using (var transport = new AbortAfterAnswers(new SocketsHttpHandler(), HttpMethod.Post, 5, abort))
        using (var client = new DataverseWebApiClient(environment, transport, null, 4, TimeProvider.System, null))
        {
            var first = new BulkHealthRecalculation(client, RecalcCheckpoint.Open(State, environment), 10, TextWriter.Null);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunAsync(CancellationToken.None, abort.Token));
        }

        var checkpoint = RecalcCheckpoint.Open(State, environment);
        Assert.Empty(checkpoint.Done);
        Assert.Equal(10, checkpoint.InFlight.Count);
        // A cancelled request the server had already taken is finished by the time a person runs the command again.
        await Task.Delay(300);

        var rerun = Csx("recalc", "--all", "--url", live.Url, "--batch-size", "10", "--state", State);

        Assert.True(rerun.Exit == 0, rerun.Error);
        Assert.Matches(@"recalc: 10 account\(s\) were in flight when the last run stopped: ([5-9]|10) done", rerun.Error);
        await live.AssertEveryActiveAccountRecalculatedOnceAsync(before);
    }

    [Fact]
    public async Task Recalc_of_one_account_prints_the_score_the_server_computed()
    {
        await using var live = await LiveWebApi.StartAsync(null);
        var account = (await live.StampsAsync()).Keys.First();

        var result = Csx("recalc", "--account", account.ToString("D"), "--url", live.Url);

        Assert.True(result.Exit == 0, result.Error);
        var score = await live.WithEmulatorAsync(e => e.CreateService().Retrieve("account", account, new ColumnSet("csx_healthscore", "csx_healthoverride")));
        var expected = score.GetAttributeValue<int?>("csx_healthoverride") ?? score.GetAttributeValue<int?>("csx_healthscore");
        Assert.Equal(
            expected is null
                ? $"Recalculated the health of account {account:D} on {live.Root}: no score (nothing to score it on yet).{Environment.NewLine}"
                : $"Recalculated the health of account {account:D} on {live.Root}: score {expected}.{Environment.NewLine}",
            result.Out);
        Assert.Equal(1, await live.RecalculationsAsync());
    }

    [Fact]
    public async Task Sweep_prints_the_counts_the_server_computed()
    {
        // Two identical worlds (the demo is deterministic), three weeks later: one swept through csx and the Web API,
        // the other through the organization service, for the counts to compare with.
        await using var live = await LiveWebApi.StartAsync(null, clockFollowsWallTime: false, prepare: e => e.Clock.AdvanceDays(21));
        var twin = LiveWebApi.Populate();
        twin.Clock.AdvanceDays(21);
        var expected = twin.CreateService().Execute(new OrganizationRequest("csx_Sweep")).Results;

        var result = Csx("sweep", "--url", live.Url);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal(
            $"Sweep on {live.Root}: {expected["OverdueOnboardingCount"]} onboarding(s) marked overdue, {expected["OverdueQbrCount"]} overdue QBR(s), {expected["NearingBreachCount"]} request(s) nearing breach, {expected["BreachedCount"]} breached.{Environment.NewLine}",
            result.Out);
        Assert.True(new[] { "OverdueOnboardingCount", "OverdueQbrCount", "NearingBreachCount", "BreachedCount" }.Sum(name => (int)expected[name]) > 0, "the sweep had something to do");
    }

    [Fact]
    public async Task Kpis_of_a_month_update_the_snapshot_of_that_month()
    {
        await using var live = await LiveWebApi.StartAsync(null);
        var monthly = new QueryExpression("csx_kpisnapshot") { ColumnSet = new ColumnSet("csx_periodstart", "csx_periodend", "csx_calculatedon") };
        var snapshotsBefore = await live.WithEmulatorAsync(e => e.CreateService().RetrieveMultiple(monthly).Entities.ToList());
        var january = Assert.Single(snapshotsBefore, s => s.GetAttributeValue<DateTime>("csx_periodstart") == new DateTime(2026, 1, 1));

        var result = Csx("kpis", "--period", "2026-01", "--url", live.Url);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal($"KPIs for 2026-01 (2026-01-01 to 2026-01-31) computed on {live.Root}: snapshot {january.Id:D}.{Environment.NewLine}", result.Out);
        var snapshotsAfter = await live.WithEmulatorAsync(e => e.CreateService().RetrieveMultiple(monthly).Entities.ToList());
        Assert.Equal(snapshotsBefore.Count, snapshotsAfter.Count);
        var updated = snapshotsAfter.Single(s => s.Id == january.Id);
        Assert.Equal(new DateTime(2026, 1, 31), updated.GetAttributeValue<DateTime>("csx_periodend").Date);
        Assert.True(updated.GetAttributeValue<DateTime>("csx_calculatedon") > january.GetAttributeValue<DateTime>("csx_calculatedon"), "the snapshot was computed again");
    }

    [Fact]
    public async Task Import_of_the_solution_zip_records_the_solution_in_the_environment()
    {
        var zip = SolutionZip();
        string version;
        string uniqueName;
        using (var archive = ZipFile.OpenRead(zip))
        using (var manifest = archive.GetEntry("solution.xml")!.Open())
        {
            var root = XDocument.Load(manifest).Root!.Element("SolutionManifest")!;
            version = (string)root.Element("Version")!;
            uniqueName = (string)root.Element("UniqueName")!;
        }

        await using var live = await LiveWebApi.StartAsync(null);

        var result = Csx("import", zip, "--url", live.Url);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Matches($@"^Imported {Regex.Escape(zip)} into {Regex.Escape(live.Root)} \(import job [0-9a-f-]{{36}}\)\.", result.Out);
        var solutions = await live.WithEmulatorAsync(e => e.CreateService().RetrieveMultiple(new QueryExpression("solution")
        {
            ColumnSet = new ColumnSet("uniquename", "version"),
            Criteria = { Conditions = { new ConditionExpression("uniquename", ConditionOperator.Equal, uniqueName) } },
        }).Entities.ToList());
        Assert.Equal(version, Assert.Single(solutions).GetAttributeValue<string>("version"));
    }

    /// <summary>The built managed solution when tools/build.sh has run; otherwise a zip of the committed solution's
    /// own manifests (Other/Solution.xml and Other/Customizations.xml), which is what the import checks and records.</summary>
    private string SolutionZip()
    {
        var solutionFolder = DemoOptions.FindSolutionFolder(AppContext.BaseDirectory)!;
        var built = Path.Combine(Path.GetDirectoryName(solutionFolder)!, "artifacts", "solution", "CsExtension_managed.zip");
        if (File.Exists(built))
        {
            return built;
        }

        var zip = Path.Combine(_folder, "CsExtension.zip");
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        archive.CreateEntryFromFile(Path.Combine(solutionFolder, "Other", "Solution.xml"), "solution.xml");
        archive.CreateEntryFromFile(Path.Combine(solutionFolder, "Other", "Customizations.xml"), "customizations.xml");
        using (var writer = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open()))
        {
            writer.Write("""<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/octet-stream" /></Types>""");
        }

        return zip;
    }

    /// <summary>Cancels the given source once a number of answers to requests of one method have come back, while the
    /// requests sent after them are still in flight: a second Ctrl+C, as the transport sees it.</summary>
    private sealed class AbortAfterAnswers : DelegatingHandler
    {
        private readonly HttpMethod _method;
        private readonly int _answers;
        private readonly CancellationTokenSource _abort;
        private int _seen;

        public AbortAfterAnswers(HttpMessageHandler inner, HttpMethod method, int answers, CancellationTokenSource abort)
            : base(inner)
        {
            _method = method;
            _answers = answers;
            _abort = abort;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == _method && Interlocked.Increment(ref _seen) == _answers)
            {
                _abort.Cancel();
            }

            return response;
        }
    }

    /// <summary>The demo's world (40 accounts, one month) served over HTTP on 127.0.0.1.</summary>
    private sealed class LiveWebApi : IAsyncDisposable
    {
        private readonly WebApiServer _server;

        private LiveWebApi(WebApiServer server)
        {
            _server = server;
        }

        /// <summary>http://127.0.0.1:port/ as given to --url.</summary>
        public string Url => _server.BaseAddress.ToString();

        /// <summary>http://127.0.0.1:port, as csx names the environment in its messages.</summary>
        public string Root => _server.BaseAddress.GetLeftPart(UriPartial.Authority);

        public static DataverseEmulator Populate()
        {
            var folder = DemoOptions.FindSolutionFolder(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No CsExtension.sln above the test's folder.");
            return DemoSimulation.Run(new DemoOptions(Accounts, 1, 1, folder), TextWriter.Null).Emulator;
        }

        public static async Task<LiveWebApi> StartAsync(FaultInjection? faults, bool clockFollowsWallTime = true, Action<DataverseEmulator>? prepare = null)
        {
            var emulator = Populate();
            prepare?.Invoke(emulator);
            // Plugin executions are counted from here on: the demo's own are not the commands'.
            emulator.KeepExecutionRecords = true;
            emulator.ClearExecutions();
            var server = await WebApiServer.StartAsync(emulator, new WebApiServerOptions { Port = 0, Faults = faults, ClockFollowsWallTime = clockFollowsWallTime });
            return new LiveWebApi(server);
        }

        public Task<T> WithEmulatorAsync<T>(Func<DataverseEmulator, T> read) => _server.WithEmulatorAsync(read);

        /// <summary>csx_healthcalculatedon of every active account.</summary>
        public Task<Dictionary<Guid, DateTime?>> StampsAsync() => _server.WithEmulatorAsync(e => e.CreateService().RetrieveMultiple(new QueryExpression("account")
        {
            ColumnSet = new ColumnSet("csx_healthcalculatedon"),
            Criteria = { Conditions = { new ConditionExpression("statecode", ConditionOperator.Equal, 0) } },
        }).Entities.ToDictionary(a => a.Id, a => a.GetAttributeValue<DateTime?>("csx_healthcalculatedon")));

        public Task<int> RecalculationsAsync() => _server.WithEmulatorAsync(e => e.Executions.Count(x => x.Message == "csx_RecalculateHealth"));

        /// <summary>As many executions of csx_RecalculateHealth as active accounts, and every account's stamp moved:
        /// so each was recalculated, and none twice.</summary>
        public async Task AssertEveryActiveAccountRecalculatedOnceAsync(Dictionary<Guid, DateTime?> before)
        {
            Assert.InRange(before.Count, 10, Accounts);
            var after = await StampsAsync();
            Assert.Equal(before.Keys.OrderBy(id => id), after.Keys.OrderBy(id => id));
            Assert.All(before, pair => Assert.True(after[pair.Key] > (pair.Value ?? DateTime.MinValue), $"account {pair.Key} was not recalculated"));
            Assert.Equal(before.Count, await RecalculationsAsync());
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
