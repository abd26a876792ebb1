using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.WebApi.Tests;

/// <summary>Messages through the Web API: the custom APIs as bound and unbound actions, WhoAmI and ImportSolution
/// (Learn: "Use Web API actions", "Use Web API functions").</summary>
public sealed class MessageTests
{
    private readonly ServedWorld _served = new(accounts: 3);

    [Fact]
    public void The_bound_recalculate_action_returns_the_score_it_saved_on_the_account()
    {
        var account = _served.Accounts[0];
        var reply = _served.Send("POST", $"accounts({account})/Microsoft.Dynamics.CRM.csx_RecalculateHealth", new { });

        Assert.Equal(200, reply.Status);
        Assert.EndsWith("$metadata#Microsoft.Dynamics.CRM.csx_RecalculateHealthResponse", reply.Json.GetProperty("@odata.context").GetString());
        Assert.Equal(_served.World.Score(account), reply.Json.GetProperty("Score").GetInt32());
    }

    [Fact]
    public void The_unbound_sweep_returns_its_counts_and_compute_kpis_returns_the_snapshot_reference()
    {
        var sweep = _served.Send("POST", "csx_Sweep", new { });
        var kpis = _served.Send("POST", "csx_ComputeKpis", new { PeriodStart = "2026-02-01T00:00:00Z", PeriodEnd = "2026-02-28T00:00:00Z" });

        Assert.Equal(200, sweep.Status);
        foreach (var count in new[] { "BreachedCount", "NearingBreachCount", "OverdueOnboardingCount", "OverdueQbrCount" })
        {
            Assert.True(sweep.Json.GetProperty(count).GetInt32() >= 0, count);
        }

        Assert.Equal(200, kpis.Status);
        var snapshot = kpis.Json.GetProperty("Snapshot");
        Assert.Equal("#Microsoft.Dynamics.CRM.csx_kpisnapshot", snapshot.GetProperty("@odata.type").GetString());
        var saved = _served.Get($"csx_kpisnapshots({snapshot.GetProperty("csx_kpisnapshotid").GetGuid()})?$select=csx_periodstart");
        Assert.Equal("2026-02-01", saved.Json.GetProperty("csx_periodstart").GetString());
    }

    [Fact]
    public void A_missing_required_parameter_or_an_unknown_one_is_refused()
    {
        var missing = _served.Send("POST", "csx_ComputeKpis", new { PeriodStart = "2026-02-01T00:00:00Z" });
        var unknown = _served.Send("POST", "csx_Sweep", new { Everything = true });

        Assert.Equal(400, missing.Status);
        Assert.Contains("PeriodEnd", missing.ErrorMessage);
        Assert.Equal(400, unknown.Status);
        Assert.Contains("Everything", unknown.ErrorMessage);
    }

    [Fact]
    public void WhoAmI_names_the_caller()
    {
        var reply = _served.Get("WhoAmI");
        Assert.Equal(200, reply.Status);
        Assert.Equal(_served.World.CsmId, reply.Json.GetProperty("UserId").GetGuid());
        Assert.Equal(_served.World.Emulator.OrganizationId, reply.Json.GetProperty("OrganizationId").GetGuid());
    }

    [Fact]
    public void Importing_a_solution_zip_records_it_and_a_newer_version_replaces_it()
    {
        var first = _served.Send("POST", "ImportSolution", Import(Solution("1.0.0.0", managed: true)));
        var second = _served.Send("POST", "ImportSolution", Import(Solution("1.1.0.0", managed: true)));

        Assert.Equal(204, first.Status);
        Assert.Equal(204, second.Status);
        var installed = _served.Get("solutions?$select=uniquename,version,ismanaged&$filter=uniquename eq 'CsExtension'");
        var row = Assert.Single(installed.Value);
        Assert.Equal("1.1.0.0", row.GetProperty("version").GetString());
        Assert.True(row.GetProperty("ismanaged").GetBoolean());
    }

    [Fact]
    public void A_zip_that_is_not_a_solution_is_refused_and_nothing_is_recorded()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a solution");
        }

        var notSolution = _served.Send("POST", "ImportSolution", Import(buffer.ToArray()));
        var notZip = _served.Send("POST", "ImportSolution", Import(Encoding.UTF8.GetBytes("plain text")));

        Assert.Equal(400, notSolution.Status);
        Assert.Contains("solution.xml", notSolution.ErrorMessage);
        Assert.Equal(400, notZip.Status);
        Assert.Contains("not a zip", notZip.ErrorMessage);
        Assert.Empty(_served.World.Service.RetrieveMultiple(new QueryExpression("solution") { ColumnSet = new ColumnSet(false) }).Entities);
    }

    private static object Import(byte[] zip) => new
    {
        OverwriteUnmanagedCustomizations = true,
        PublishWorkflows = true,
        CustomizationFile = Convert.ToBase64String(zip),
        ImportJobId = Guid.NewGuid(),
    };

    private static byte[] Solution(string version, bool managed)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>");
            Write(zip, "customizations.xml", "<ImportExportXml><Entities /></ImportExportXml>");
            Write(zip, "solution.xml", $"<ImportExportXml><SolutionManifest><UniqueName>CsExtension</UniqueName><LocalizedNames><LocalizedName description=\"CS Extension\" languagecode=\"1033\" /></LocalizedNames><Version>{version}</Version><Managed>{(managed ? 1 : 0)}</Managed></SolutionManifest></ImportExportXml>");
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
