using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Dataverse.WebApi.Tests;

/// <summary>The server over real HTTP on 127.0.0.1: service-protection faults, dropped connections, web resources.</summary>
public sealed class ServerTests
{
    private static HttpClient Client(WebApiServer server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_throttled_request_is_answered_429_with_Retry_After_and_is_not_carried_out()
    {
        var served = new ServedWorld(accounts: 1);
        var faults = new FaultInjection { RetryAfterSeconds = 7 };
        faults.Throttle.Add(1);
        await using var server = await WebApiServer.StartAsync(served.World.Emulator, new WebApiServerOptions { Faults = faults });
        using var client = Client(server);

        var throttled = await client.PostAsync("api/data/v9.2/accounts", new StringContent("{\"name\":\"First try\"}", Encoding.UTF8, "application/json"));
        var retried = await client.PostAsync("api/data/v9.2/accounts", new StringContent("{\"name\":\"First try\"}", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter?.Delta);
        Assert.Contains("0x80072322", await throttled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        var names = await server.WithEmulatorAsync(e => e.CreateService().RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("name") }).Entities.Select(a => a.GetAttributeValue<string>("name")).ToList());
        Assert.Single(names, n => n == "First try");
    }

    [Fact]
    public async Task A_dropped_request_is_carried_out_but_the_caller_gets_no_answer()
    {
        var served = new ServedWorld(accounts: 1);
        var faults = new FaultInjection();
        faults.DropAfterProcessing.Add(1);
        await using var server = await WebApiServer.StartAsync(served.World.Emulator, new WebApiServerOptions { Faults = faults });
        using var client = Client(server);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() =>
            client.PostAsync("api/data/v9.2/accounts", new StringContent("{\"name\":\"Sent once\"}", Encoding.UTF8, "application/json")));

        var count = await server.WithEmulatorAsync(e => e.CreateService().RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("name") }).Entities.Count(a => a.GetAttributeValue<string>("name") == "Sent once"));
        Assert.Equal(1, count);
        Assert.Equal(1, faults.RequestCount);
    }

    [Fact]
    public async Task Web_resources_are_served_under_WebResources_and_nothing_outside_their_folder()
    {
        var folder = Directory.CreateTempSubdirectory("csx-webresources-");
        Directory.CreateDirectory(Path.Combine(folder.FullName, "csx_", "dashboard"));
        File.WriteAllText(Path.Combine(folder.FullName, "csx_", "dashboard", "kpi.html"), "<!DOCTYPE html><title>KPIs</title>");
        File.WriteAllText(Path.Combine(folder.Parent!.FullName, "secret-" + folder.Name + ".txt"), "outside");
        var served = new ServedWorld(accounts: 1);
        await using var server = await WebApiServer.StartAsync(served.World.Emulator, new WebApiServerOptions { WebResourcesFolder = folder.FullName, StartPage = "csx_/dashboard/kpi.html" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        var page = await client.GetAsync("WebResources/csx_/dashboard/kpi.html");
        var start = await client.GetAsync("/");
        var escape = await client.GetAsync("WebResources/..%2Fsecret-" + folder.Name + ".txt");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("<title>KPIs</title>", await page.Content.ReadAsStringAsync());
        Assert.Equal("/WebResources/csx_/dashboard/kpi.html", start.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
    }

    [Fact]
    public async Task Concurrent_requests_are_each_answered_and_each_write_happens_once()
    {
        var served = new ServedWorld(accounts: 1);
        await using var server = await WebApiServer.StartAsync(served.World.Emulator, new WebApiServerOptions());
        using var client = Client(server);

        var replies = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            client.PostAsync("api/data/v9.2/accounts", new StringContent($"{{\"name\":\"Parallel {i:00}\"}}", Encoding.UTF8, "application/json"))));

        Assert.All(replies, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        var names = await server.WithEmulatorAsync(e => e.CreateService().RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("name") }).Entities.Select(a => a.GetAttributeValue<string>("name")).Where(n => n.StartsWith("Parallel", StringComparison.Ordinal)).OrderBy(n => n).ToList());
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"Parallel {i:00}"), names);
    }

    [Fact]
    public async Task The_form_page_hosts_the_solutions_web_resources_and_onload_handlers_for_a_record()
    {
        var served = new ServedWorld(accounts: 1);
        await using var server = await WebApiServer.StartAsync(served.World.Emulator, new WebApiServerOptions { SolutionFolder = CsExtension.Scenarios.CsWorld.SolutionFolder });
        using var client = Client(server);
        var account = served.Accounts[0];

        var form = await client.GetAsync($"main.aspx?pagetype=entityrecord&etn=account&id={{{account}}}&userlcid=1041");
        var noForm = await client.GetAsync($"main.aspx?pagetype=entityrecord&etn=contact&id={account}");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("{\"name\":\"WebResource_csx_healthpanel\",\"column\":null,\"url\":\"csx_/account/healthpanel.html\"", html);
        Assert.Contains("\"column\":\"csx_tier\"", html);
        Assert.Contains("<script src=\"/WebResources/csx_/account/healthpanel.js\"></script>", html);
        Assert.Contains("\"name\":\"CsExtension.Account.onFormLoad\",\"passContext\":true", html);
        Assert.Contains($"\"id\":\"{account}\"", html);
        Assert.Contains("\"account\":\"accounts\"", html);
        Assert.Equal(HttpStatusCode.NotFound, noForm.StatusCode);
        Assert.Contains("etn=", await noForm.Content.ReadAsStringAsync());
    }
}
