using System;
using System.IO;
using System.IO.Compression;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using CsExtension.Cli.DataverseEnvironment;
using Xunit;

namespace CsExtension.Cli.Tests;

/// <summary>sweep, kpis, recalc --account and import as a user types them, against a scripted environment: what they
/// print, what they send, and the messages and exit codes when something is wrong.</summary>
public sealed class EnvironmentCommandTests : IDisposable
{
    private const string Url = "https://contoso.crm.dynamics.com";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "csx-env-commands-" + Guid.NewGuid().ToString("N"));

    public EnvironmentCommandTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static EnvironmentAccess Access(ScriptedTransport transport, Func<string, string?>? variables = null, FixedTokenSource? tokens = null) => new()
    {
        Transport = () => transport,
        Time = new RecordingTimeProvider(),
        Tokens = tokens ?? new FixedTokenSource("token"),
        Variables = variables ?? (_ => null),
    };

    [Fact]
    public void Sweep_prints_the_counts_the_server_returned()
    {
        var transport = ScriptedTransport.Remote()
            .ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI)
            .ThenJson(HttpStatusCode.OK, """{"@odata.context":"x","BreachedCount":4,"NearingBreachCount":3,"OverdueOnboardingCount":1,"OverdueQbrCount":2}""");

        var result = EnvironmentCsx.Run(Access(transport), "sweep", "--url", Url);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal($"Sweep on {Url}: 1 onboarding(s) marked overdue, 2 overdue QBR(s), 3 request(s) nearing breach, 4 breached.{Environment.NewLine}", result.Out);
        Assert.Equal(HttpMethod.Post, transport.Seen[2].Method);
        Assert.Equal($"{Url}/api/data/v9.2/csx_Sweep", transport.Seen[2].Url.ToString());
        Assert.Equal("{}", transport.Seen[2].Body);
    }

    [Fact]
    public void The_environment_url_can_come_from_CSX_URL()
    {
        var transport = ScriptedTransport.Remote()
            .ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI)
            .ThenJson(HttpStatusCode.OK, """{"BreachedCount":0,"NearingBreachCount":0,"OverdueOnboardingCount":0,"OverdueQbrCount":0}""");

        var result = EnvironmentCsx.Run(Access(transport, name => name == "CSX_URL" ? "https://fabrikam.crm4.dynamics.com/" : null), "sweep");

        Assert.True(result.Exit == 0, result.Error);
        Assert.StartsWith("https://fabrikam.crm4.dynamics.com/api/data/v9.2/", transport.Seen[0].Url.ToString());
    }

    [Fact]
    public void Kpis_computes_the_calendar_month_given_from_its_first_to_its_last_day()
    {
        var snapshot = Guid.NewGuid();
        var transport = ScriptedTransport.Remote()
            .ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI)
            .ThenJson(HttpStatusCode.OK, $$$"""{"Snapshot":{"csx_kpisnapshotid":"{{{snapshot}}}"}}""");

        var result = EnvironmentCsx.Run(Access(transport), "kpis", "--period", "2026-12", "--url", Url);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal("""{"PeriodStart":"2026-12-01T00:00:00Z","PeriodEnd":"2026-12-31T00:00:00Z"}""", transport.Seen[2].Body);
        Assert.Contains($"snapshot {snapshot:D}", result.Out);
        Assert.Contains("KPIs for 2026-12", result.Out);
    }

    [Theory]
    [InlineData("kpis", "--period", "2026-13")]
    [InlineData("kpis", "--period", "November")]
    [InlineData("kpis")]
    [InlineData("recalc")]
    [InlineData("recalc", "--all", "--account", "aaaaaaaa-0000-0000-0000-000000000001")]
    [InlineData("recalc", "--account", "not-a-guid")]
    [InlineData("recalc", "--all", "--parallel", "17")]
    [InlineData("recalc", "--all", "--batch-size", "0")]
    [InlineData("sweep", "--client-secret", "s3cret")]
    public void A_wrong_command_line_exits_2_before_anything_is_sent(params string[] args)
    {
        var transport = new ScriptedTransport();

        var result = EnvironmentCsx.Run(Access(transport), [.. args, "--url", Url]);

        Assert.Equal(2, result.Exit);
        Assert.NotEqual(string.Empty, result.Error);
        Assert.Empty(transport.Seen);
    }

    [Fact]
    public void Without_a_url_the_command_says_how_to_give_one()
    {
        var result = EnvironmentCsx.Run(Access(new ScriptedTransport()), "sweep");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--url https://<org>.crm.dynamics.com", result.Error);
        Assert.Contains("CSX_URL", result.Error);
    }

    [Fact]
    public void A_remote_url_over_plain_http_is_refused_because_the_token_would_travel_in_clear()
    {
        var transport = new ScriptedTransport();

        var result = EnvironmentCsx.Run(Access(transport), "sweep", "--url", "http://contoso.crm.dynamics.com");

        Assert.Equal(2, result.Exit);
        Assert.Contains("uses http", result.Error);
        Assert.Empty(transport.Seen);
    }

    [Fact]
    public void An_unknown_host_names_the_url_and_says_to_check_it()
    {
        var transport = new ScriptedTransport().ThenThrow(HttpRequestError.NameResolutionError, "Name or service not known (nosuchorg.crm.dynamics.com:443)");
        var tokens = new FixedTokenSource("token");

        var result = EnvironmentCsx.Run(Access(transport, tokens: tokens), "sweep", "--url", "https://nosuchorg.crm.dynamics.com");

        Assert.Equal(EnvironmentCommands.CouldNotConnect, result.Exit);
        Assert.StartsWith("Could not reach https://nosuchorg.crm.dynamics.com: the host name nosuchorg.crm.dynamics.com is not known", result.Error);
        Assert.Contains("Check --url", result.Error);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public void A_refused_connection_to_a_local_port_says_it_could_not_reach_it()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Program.Run(new[] { "sweep", "--url", $"http://127.0.0.1:{port}" }, stdout, stderr);

        Assert.Equal(EnvironmentCommands.CouldNotConnect, exit);
        Assert.StartsWith($"Could not reach http://127.0.0.1:{port}: no connection could be made", stderr.ToString());
        Assert.Contains("Check --url", stderr.ToString());
    }

    [Fact]
    public void A_refused_sign_in_says_to_sign_in_again_or_check_the_secret()
    {
        var transport = ScriptedTransport.Remote()
            .ThenJson(HttpStatusCode.Unauthorized, """{"error":{"code":"0x80072560","message":"The user is not a member of the organization."}}""");

        var result = EnvironmentCsx.Run(Access(transport), "kpis", "--period", "2026-11", "--url", Url);

        Assert.Equal(EnvironmentCommands.CouldNotConnect, result.Exit);
        Assert.Contains($"Sign-in to {Url} expired or was refused (The user is not a member of the organization.)", result.Error);
        Assert.Contains("run again to sign in", result.Error);
        Assert.Contains("CSX_CLIENT_SECRET", result.Error);
    }

    [Fact]
    public void A_user_without_access_is_told_about_security_roles()
    {
        var transport = ScriptedTransport.Remote()
            .ThenJson(HttpStatusCode.Forbidden, """{"error":{"code":"0x80040220","message":"Principal user is missing prvReadAccount privilege."}}""");

        var result = EnvironmentCsx.Run(Access(transport), "sweep", "--url", Url);

        Assert.Equal(EnvironmentCommands.CouldNotConnect, result.Exit);
        Assert.Contains("Principal user is missing prvReadAccount privilege.", result.Error);
        Assert.Contains("security role", result.Error);
    }

    [Fact]
    public void A_url_that_answers_404_is_not_a_Dataverse_environment_and_nobody_is_asked_to_sign_in_for_it()
    {
        var transport = new ScriptedTransport().Then(_ => new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("<html>Not here</html>") });
        var tokens = new FixedTokenSource("token");

        var result = EnvironmentCsx.Run(Access(transport, tokens: tokens), "sweep", "--url", "https://www.contoso.com");

        Assert.Equal(EnvironmentCommands.CouldNotConnect, result.Exit);
        Assert.StartsWith("https://www.contoso.com is not a Dataverse environment URL", result.Error);
        var knock = Assert.Single(transport.Seen);
        Assert.False(knock.Headers.ContainsKey("Authorization"));
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public void A_client_secret_signs_in_as_an_application_which_needs_its_own_client_id_and_tenant()
    {
        Func<string, string?> secretSet = name => name == "CSX_CLIENT_SECRET" ? "s3cret" : null;
        var access = new EnvironmentAccess { Transport = () => new ScriptedTransport(), Variables = secretSet };

        var noClientId = EnvironmentCsx.Run(access, "sweep", "--url", Url);
        var noTenant = EnvironmentCsx.Run(access, "sweep", "--url", Url, "--client-id", "0f6d2b4e-0000-0000-0000-000000000000");

        Assert.Equal(2, noClientId.Exit);
        Assert.Contains("pass --client-id", noClientId.Error);
        Assert.Equal(2, noTenant.Exit);
        Assert.Contains("pass --tenant", noTenant.Error);
        Assert.IsType<ClientSecretSignIn>(access.TokenSourceFor(EnvironmentUrl.TryParse(Url, out _)!, "0f6d2b4e-0000-0000-0000-000000000000", "contoso.onmicrosoft.com", TextWriter.Null, out _));
        var noSecret = new EnvironmentAccess { Variables = _ => null };
        Assert.IsType<DeviceCodeSignIn>(noSecret.TokenSourceFor(EnvironmentUrl.TryParse(Url, out _)!, EnvironmentAccess.SampleClientId, EnvironmentAccess.DefaultTenant, TextWriter.Null, out _));
    }

    [Fact]
    public void Recalc_of_one_account_prints_its_score()
    {
        var environment = new FakeAccountsEnvironment(3);
        var account = environment.Accounts[1];
        var access = new EnvironmentAccess { Transport = () => environment, Time = new RecordingTimeProvider(), Tokens = new FixedTokenSource("t") };

        var result = EnvironmentCsx.Run(access, "recalc", "--account", account.ToString("D"), "--url", Url);

        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal($"Recalculated the health of account {account:D} on {Url}: score 61.{Environment.NewLine}", result.Out);
        Assert.Equal(1, environment.RecalculationsOf(account));
    }

    [Fact]
    public void Recalc_of_an_account_that_does_not_exist_says_so()
    {
        var environment = new FakeAccountsEnvironment(3);
        var access = new EnvironmentAccess { Transport = () => environment, Time = new RecordingTimeProvider(), Tokens = new FixedTokenSource("t") };

        var result = EnvironmentCsx.Run(access, "recalc", "--account", "aaaaaaaa-0000-0000-0000-00000000000f", "--url", Url);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"No account aaaaaaaa-0000-0000-0000-00000000000f in {Url}", result.Error);
    }

    [Fact]
    public void Import_refuses_a_zip_that_is_not_a_solution_naming_the_file_before_connecting()
    {
        var zip = Path.Combine(_folder, "export.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("solution.xml").Open());
            writer.Write("<ImportExportXml />");
        }

        var transport = new ScriptedTransport();

        var result = EnvironmentCsx.Run(Access(transport), "import", zip, "--url", Url);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"'{zip}' is a zip but not a solution (no customizations.xml at its root)", result.Error);
        Assert.Empty(transport.Seen);
    }

    [Fact]
    public void Import_refuses_a_missing_file_or_a_file_that_is_no_zip()
    {
        var missing = Path.Combine(_folder, "missing.zip");
        var text = Path.Combine(_folder, "notes.zip");
        File.WriteAllText(text, "not a zip");
        var transport = new ScriptedTransport();

        var absent = EnvironmentCsx.Run(Access(transport), "import", missing, "--url", Url);
        var notZip = EnvironmentCsx.Run(Access(transport), "import", text, "--url", Url);

        Assert.Equal(1, absent.Exit);
        Assert.Contains($"'{missing}' does not exist", absent.Error);
        Assert.Equal(1, notZip.Exit);
        Assert.Contains($"'{text}' is not a zip file", notZip.Error);
        Assert.Empty(transport.Seen);
    }

    [Fact]
    public void Import_sends_the_solution_and_reports_the_import_job()
    {
        var zip = Path.Combine(_folder, "CsExtension_managed.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "solution.xml", "customizations.xml", "[Content_Types].xml" })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write("<x />");
            }
        }

        var transport = ScriptedTransport.Remote()
            .ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI)
            .Then(_ => new HttpResponseMessage(HttpStatusCode.NoContent));

        var result = EnvironmentCsx.Run(Access(transport), "import", zip, "--url", Url);

        Assert.True(result.Exit == 0, result.Error);
        using var body = JsonDocument.Parse(transport.Seen[2].Body!);
        Assert.Equal(File.ReadAllBytes(zip), body.RootElement.GetProperty("CustomizationFile").GetBytesFromBase64());
        Assert.Equal($"Imported {zip} into {Url} (import job {body.RootElement.GetProperty("ImportJobId").GetGuid():D}).{Environment.NewLine}", result.Out);
    }

    [Fact]
    public void An_import_refused_by_the_server_gives_its_message()
    {
        var zip = Path.Combine(_folder, "CsExtension.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "solution.xml", "customizations.xml" })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write("<x />");
            }
        }

        var transport = ScriptedTransport.Remote()
            .ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI)
            .ThenJson(HttpStatusCode.BadRequest, """{"error":{"code":"0x80048033","message":"The solution is already installed on this system as a managed solution."}}""");

        var result = EnvironmentCsx.Run(Access(transport), "import", zip, "--url", Url);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{Url} refused the import of {zip}: The solution is already installed on this system as a managed solution.", result.Error);
    }
}
