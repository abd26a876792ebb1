using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Health;
using CsExtension.Plugins.Schema;
using CsExtension.Plugins.Usage;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using CsExtension.Scenarios;
using Xunit;

namespace CsExtension.Plugins.Tests.Health;

/// <summary>Every Dataverse call is a round trip in the sandbox: a recalculation must cost the same whatever the
/// account's history (DESIGN §2: "Recalculation reads bounded, aggregated data").</summary>
public class HealthBudgetTests : IDisposable
{
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    [Fact]
    public void A_recalculation_makes_at_most_six_calls_and_reads_the_same_rows_with_10_or_10000_activities_and_snapshots()
    {
        var small = MeasureRecalculation(history: 10);
        var large = MeasureRecalculation(history: 10_000);

        Assert.True(small.Calls <= 6, $"{small.Calls} calls");
        Assert.Equal(small.Calls, large.Calls);
        Assert.Equal(small.Rows, large.Rows);
        Assert.True(large.Rows <= 40, $"{large.Rows} rows read");
    }

    [Fact]
    public void Each_health_event_stays_within_its_call_budget()
    {
        var account = _world.CreateAccount("Contoso", Choices.Tier.HighTouch);
        _world.AddActiveContract(account);
        _world.AddSnapshot(account, activeUsers: 90);
        _world.CompleteMeeting(account, Choices.MeetingType.Qbr);
        _world.OpenRequest(account, Choices.Priority.High);

        var byPlugin = _world.Emulator.Executions.GroupBy(e => e.PluginType.Name).ToDictionary(g => g.Key, g => g.Max(e => e.TotalCalls));

        Assert.True(byPlugin[nameof(HealthRecalculationPlugin)] <= 6);
        Assert.True(byPlugin[nameof(HealthHistoryPlugin)] <= 1);
        Assert.True(byPlugin[nameof(CustomerActivityPlugin)] <= 3);
        Assert.True(byPlugin[nameof(OnboardingPlugin)] <= 3);
        Assert.True(byPlugin[nameof(UsageAlertPlugin)] <= 6);
        Assert.True(byPlugin[nameof(UsageSnapshotValidationPlugin)] == 0);
    }

    private (int Calls, int Rows) MeasureRecalculation(int history)
    {
        var account = _world.CreateAccount("History " + history, Choices.Tier.HighTouch);
        _world.AddActiveContract(account);
        _world.OpenRequest(account, Choices.Priority.Critical);
        Backfill(account, history);

        _world.Emulator.ClearExecutions();
        _world.Service.Execute(new OrganizationRequest("csx_RecalculateHealth") { ["Target"] = new EntityReference("account", account) });

        var run = _world.Emulator.Executions.Single(e => e.PluginType == typeof(RecalculateHealthApi));
        return (run.TotalCalls, run.RowsReturned);
    }

    /// <summary>Years of snapshots and completed activities, written straight into the emulator's store: test data,
    /// not events (going through the pipeline would recalculate 20,000 times).</summary>
    private void Backfill(Guid account, int count)
    {
        var store = _world.Emulator.Store;
        var owner = new EntityReference("systemuser", _world.CsmId);
        var start = CsWorld.Start.AddDays(-count);
        for (var i = 0; i < count; i++)
        {
            var day = start.AddDays(i).Date;
            var snapshot = _world.Emulator.NewId();
            store.Insert(new StoredRow("csx_usagesnapshot", snapshot, new Dictionary<string, object>
            {
                ["csx_usagesnapshotid"] = snapshot, ["csx_accountid"] = new EntityReference("account", account), ["ownerid"] = owner,
                ["csx_periodstart"] = day.AddDays(-1), ["csx_periodend"] = day, ["csx_activeusers"] = 80 + i % 10, ["csx_licensedseats"] = 100,
                ["csx_logins"] = 900, ["csx_featuresadopted"] = 5, ["csx_featuresavailable"] = 10,
                ["createdon"] = day, ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
            }));
            var activity = _world.Emulator.NewId();
            store.Insert(new StoredRow("phonecall", activity, new Dictionary<string, object>
            {
                ["activityid"] = activity, ["subject"] = "Check-in", ["regardingobjectid"] = new EntityReference("account", account), ["ownerid"] = owner,
                ["actualend"] = day, ["statecode"] = new OptionSetValue(Choices.ActivityState.Completed), ["statuscode"] = new OptionSetValue(2),
            }));
        }
    }
}
