using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CsExtension.Cli.DataverseEnvironment;
using Xunit;

namespace CsExtension.Cli.Tests;

/// <summary>The Web API client: headers, paging, errors, and retries that honour Dataverse's service-protection limits.</summary>
public sealed class EnvironmentClientTests
{
    private static readonly EnvironmentUrl Org = EnvironmentUrl.TryParse("https://contoso.crm.dynamics.com/main.aspx?appid=1", out _)!;

    private static DataverseWebApiClient Client(System.Net.Http.HttpMessageHandler transport, TimeProvider time, IAccessTokenSource? tokens = null, int parallel = 4) =>
        new(Org, transport, tokens, parallel, time, null);

    private static Action<HttpResponseMessage> RetryAfter(int seconds) => response => response.Headers.TryAddWithoutValidation("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private const string Throttled = """{"error":{"code":"0x80072322","message":"Number of requests exceeded the limit of 6000 over time window of 300 seconds."}}""";

    [Fact]
    public async Task Throttled_requests_wait_the_Retry_After_the_server_gave()
    {
        var transport = new ScriptedTransport()
            .ThenJson(HttpStatusCode.TooManyRequests, Throttled, RetryAfter(30))
            .ThenJson(HttpStatusCode.TooManyRequests, Throttled, RetryAfter(7))
            .ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI);
        var time = new RecordingTimeProvider();
        using var client = Client(transport, time);

        var me = await client.WhoAmIAsync(CancellationToken.None);

        Assert.Equal(Guid.Parse("11111111-1111-1111-1111-111111111111"), me.UserId);
        Assert.Equal(new[] { TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(7) }, time.Waits);
        Assert.Equal(3, transport.Seen.Count);
        Assert.Equal(2, client.RetryWaits);
    }

    [Fact]
    public async Task Without_Retry_After_a_503_is_retried_after_a_backoff()
    {
        var transport = new ScriptedTransport()
            .ThenJson(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"0x80040216","message":"busy"}}""")
            .ThenJson(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"0x80040216","message":"busy"}}""")
            .ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI);
        var time = new RecordingTimeProvider();
        using var client = Client(transport, time);

        await client.WhoAmIAsync(CancellationToken.None);

        Assert.Equal(2, time.Waits.Count);
        Assert.All(time.Waits, wait => Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task Throttling_is_retried_a_bounded_number_of_times_then_reported_with_the_servers_message()
    {
        var transport = new ScriptedTransport();
        for (var i = 0; i <= ServiceProtectionRetry.MaxRetries; i++)
        {
            transport.ThenJson(HttpStatusCode.TooManyRequests, Throttled, RetryAfter(1));
        }

        using var client = Client(transport, new RecordingTimeProvider());

        var error = await Assert.ThrowsAsync<DataverseApiException>(() => client.SweepAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal("0x80072322", error.ErrorCode);
        Assert.Contains("Number of requests exceeded the limit", error.Message);
        Assert.Equal(ServiceProtectionRetry.MaxRetries + 1, transport.Seen.Count);
    }

    [Fact]
    public async Task Every_request_carries_the_OData_headers_and_the_bearer_token()
    {
        var transport = new ScriptedTransport().ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI);
        var tokens = new FixedTokenSource("token-123");
        using var client = Client(transport, new RecordingTimeProvider(), tokens);

        await client.WhoAmIAsync(CancellationToken.None);

        var seen = Assert.Single(transport.Seen);
        Assert.Equal("https://contoso.crm.dynamics.com/api/data/v9.2/WhoAmI", seen.Url.ToString());
        Assert.Equal("4.0", seen.Headers["OData-MaxVersion"]);
        Assert.Equal("4.0", seen.Headers["OData-Version"]);
        Assert.Equal("application/json", seen.Headers["Accept"]);
        Assert.Equal("Bearer token-123", seen.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_local_csx_serve_gets_no_Authorization_header()
    {
        var local = EnvironmentUrl.TryParse("http://127.0.0.1:5123", out _)!;
        Assert.True(local.IsLocal);
        Assert.Null(EnvironmentAccess.Machine.TokenSourceFor(local, EnvironmentAccess.SampleClientId, EnvironmentAccess.DefaultTenant, System.IO.TextWriter.Null, out var problem));
        Assert.Null(problem);

        var transport = new ScriptedTransport().ThenJson(HttpStatusCode.OK, ScriptedTransport.WhoAmI);
        using var client = new DataverseWebApiClient(local, transport, null, 1, new RecordingTimeProvider(), null);
        await client.WhoAmIAsync(CancellationToken.None);

        var seen = Assert.Single(transport.Seen);
        Assert.Equal("http://127.0.0.1:5123/api/data/v9.2/WhoAmI", seen.Url.ToString());
        Assert.False(seen.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Listing_accounts_asks_for_the_page_size_and_follows_the_next_link()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        const string next = "https://contoso.crm.dynamics.com/api/data/v9.2/accounts?$select=accountid&$filter=statecode%20eq%200&$skiptoken=%3Ccookie%20pagenumber=%222%22/%3E";
        var transport = new ScriptedTransport()
            .ThenJson(HttpStatusCode.OK, $$"""{"value":[{"@odata.etag":"W/\"1\"","accountid":"{{first}}"}],"@odata.nextLink":"{{next}}"}""")
            .ThenJson(HttpStatusCode.OK, $$"""{"value":[{"accountid":"{{second}}"}]}""");
        using var client = new DataverseWebApiClient(Org, transport, null, 1, new RecordingTimeProvider(), null) { PageSize = 1 };

        var ids = await client.ListActiveAccountIdsAsync(CancellationToken.None);

        Assert.Equal(new[] { first, second }, ids);
        Assert.Equal("https://contoso.crm.dynamics.com/api/data/v9.2/accounts?$select=accountid&$filter=statecode%20eq%200", transport.Seen[0].Url.OriginalString);
        Assert.Equal("odata.maxpagesize=1", transport.Seen[0].Headers["Prefer"]);
        Assert.Equal(next, transport.Seen[1].Url.OriginalString);
        Assert.Equal("odata.maxpagesize=1", transport.Seen[1].Headers["Prefer"]);
    }

    [Fact]
    public async Task Errors_surface_the_message_Dataverse_gave()
    {
        var transport = new ScriptedTransport()
            .ThenJson(HttpStatusCode.BadRequest, """{"error":{"code":"0x80040265","message":"The KPI period must end after it starts."}}""");
        using var client = Client(transport, new RecordingTimeProvider());

        var error = await Assert.ThrowsAsync<DataverseApiException>(() => client.ComputeKpisAsync(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal("0x80040265", error.ErrorCode);
        Assert.Equal("The KPI period must end after it starts.", error.Message);
        Assert.Equal("POST csx_ComputeKpis", error.Operation);
    }

    [Fact]
    public async Task An_unknown_host_is_reported_at_once_without_retrying()
    {
        var transport = new ScriptedTransport().ThenThrow(HttpRequestError.NameResolutionError, "Name or service not known (contoso.crm.dynamics.com:443)");
        var time = new RecordingTimeProvider();
        using var client = Client(transport, time);

        var error = await Assert.ThrowsAsync<EnvironmentUnreachableException>(() => client.SweepAsync(CancellationToken.None));

        Assert.Contains("contoso.crm.dynamics.com is not known", error.Message);
        Assert.Single(transport.Seen);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_a_few_times_because_nothing_was_sent()
    {
        var transport = new ScriptedTransport()
            .ThenThrow(HttpRequestError.ConnectionError, "Connection refused")
            .ThenThrow(HttpRequestError.ConnectionError, "Connection refused")
            .ThenJson(HttpStatusCode.OK, """{"OverdueOnboardingCount":1,"OverdueQbrCount":2,"NearingBreachCount":3,"BreachedCount":4}""");
        using var client = Client(transport, new RecordingTimeProvider());

        var counts = await client.SweepAsync(CancellationToken.None);

        Assert.Equal(new SweepCounts(1, 2, 3, 4), counts);
        Assert.Equal(3, transport.Seen.Count);
    }

    [Fact]
    public async Task The_first_contact_does_not_retry_a_refused_connection_so_a_wrong_url_fails_fast()
    {
        var transport = new ScriptedTransport().ThenThrow(HttpRequestError.ConnectionError, "Connection refused");
        using var client = Client(transport, new RecordingTimeProvider());

        await Assert.ThrowsAsync<EnvironmentUnreachableException>(() => client.WhoAmIAsync(CancellationToken.None));

        Assert.Single(transport.Seen);
    }

    [Fact]
    public async Task A_sweep_whose_answer_was_lost_is_not_resent()
    {
        var transport = new ScriptedTransport().ThenThrow(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        using var client = Client(transport, new RecordingTimeProvider());

        await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.SweepAsync(CancellationToken.None));

        Assert.Single(transport.Seen);
    }

    [Fact]
    public async Task A_kpi_computation_whose_answer_was_lost_is_resent_because_the_period_has_one_snapshot()
    {
        var snapshot = Guid.NewGuid();
        var transport = new ScriptedTransport()
            .ThenThrow(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            .ThenJson(HttpStatusCode.OK, $$$"""{"@odata.context":"x","Snapshot":{"@odata.type":"#Microsoft.Dynamics.CRM.csx_kpisnapshot","csx_kpisnapshotid":"{{{snapshot}}}"}}""");
        using var client = Client(transport, new RecordingTimeProvider());

        var written = await client.ComputeKpisAsync(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), CancellationToken.None);

        Assert.Equal(snapshot, written);
        Assert.Equal(2, transport.Seen.Count);
        Assert.All(transport.Seen, seen => Assert.Equal("""{"PeriodStart":"2026-11-01T00:00:00Z","PeriodEnd":"2026-11-30T00:00:00Z"}""", seen.Body));
        Assert.All(transport.Seen, seen => Assert.Equal("https://contoso.crm.dynamics.com/api/data/v9.2/csx_ComputeKpis", seen.Url.ToString()));
    }

    [Fact]
    public async Task Recalculating_one_account_posts_the_bound_action_and_reads_the_score_which_may_be_null()
    {
        var account = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
        var transport = new ScriptedTransport()
            .ThenJson(HttpStatusCode.OK, """{"@odata.context":"x","Score":72}""")
            .ThenJson(HttpStatusCode.OK, """{"@odata.context":"x","Score":null}""");
        using var client = Client(transport, new RecordingTimeProvider());

        Assert.Equal(72, await client.RecalculateHealthAsync(account, CancellationToken.None));
        Assert.Null(await client.RecalculateHealthAsync(account, CancellationToken.None));

        Assert.All(transport.Seen, seen =>
        {
            Assert.Equal(HttpMethod.Post, seen.Method);
            Assert.Equal("https://contoso.crm.dynamics.com/api/data/v9.2/accounts(aaaaaaaa-0000-0000-0000-000000000001)/Microsoft.Dynamics.CRM.csx_RecalculateHealth", seen.Url.ToString());
            Assert.Equal("{}", seen.Body);
            Assert.StartsWith("application/json", seen.Headers["Content-Type"]);
        });
    }

    [Fact]
    public async Task Import_sends_the_zip_in_base64_with_a_new_import_job_and_accepts_204()
    {
        var zip = new byte[] { 0x50, 0x4b, 3, 4, 1, 2, 3, 250 };
        var job = Guid.NewGuid();
        var transport = new ScriptedTransport().Then(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
        using var client = Client(transport, new RecordingTimeProvider());

        await client.ImportSolutionAsync(zip, job, CancellationToken.None);

        var seen = Assert.Single(transport.Seen);
        Assert.Equal("https://contoso.crm.dynamics.com/api/data/v9.2/ImportSolution", seen.Url.ToString());
        using var body = JsonDocument.Parse(seen.Body!);
        Assert.True(body.RootElement.GetProperty("OverwriteUnmanagedCustomizations").GetBoolean());
        Assert.True(body.RootElement.GetProperty("PublishWorkflows").GetBoolean());
        Assert.Equal(zip, body.RootElement.GetProperty("CustomizationFile").GetBytesFromBase64());
        Assert.Equal(job, body.RootElement.GetProperty("ImportJobId").GetGuid());
    }

    [Fact]
    public async Task No_more_requests_are_in_flight_than_allowed()
    {
        var environment = new FakeAccountsEnvironment(40);
        using var client = Client(environment, new RecordingTimeProvider(), new FixedTokenSource("token"), parallel: 3);

        await Task.WhenAll(environment.Accounts.Select(id => client.RecalculateHealthAsync(id, CancellationToken.None)));

        Assert.InRange(environment.MostInFlight, 2, 3);
        Assert.All(environment.Accounts, id => Assert.Equal(1, environment.RecalculationsOf(id)));
    }
}
