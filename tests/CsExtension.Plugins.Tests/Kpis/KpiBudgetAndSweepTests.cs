using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Kpis;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using static CsExtension.Scenarios.KpiScenarios;

namespace CsExtension.Plugins.Tests.Kpis;

public class KpiBudgetAndSweepTests : IDisposable
{
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    [Fact]
    public void ComputeKpis_makes_the_same_bounded_number_of_calls_with_10_or_200_accounts()
    {
        var small = Measure(new CsWorld(), 10);
        var large = Measure(new CsWorld(), 200);
        Assert.Equal(small, large);
        Assert.True(large <= 16, $"{large} calls");
    }

    private static int Measure(CsWorld world, int accounts)
    {
        for (var i = 0; i < accounts; i++)
        {
            var account = world.Insert("account", new Dictionary<string, object>
            {
                ["name"] = "Account " + i, ["csx_tier"] = new OptionSetValue(Choices.Tier.HighTouch),
                ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
            });
            world.Insert("csx_arrmovement", new Dictionary<string, object>
            {
                ["csx_accountid"] = new EntityReference("account", account), ["csx_date"] = Day(2025, 1, 1),
                ["csx_movementtype"] = new OptionSetValue(Choices.ArrMovementType.New), ["csx_amount"] = new Money(1000m),
                ["csx_arrbefore"] = new Money(0m), ["csx_arrafter"] = new Money(1000m),
                ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
            });
            world.Insert("appointment", new Dictionary<string, object>
            {
                ["subject"] = "QBR", ["regardingobjectid"] = new EntityReference("account", account), ["actualend"] = Day(2026, 5, 1),
                ["csx_meetingtype"] = new OptionSetValue(Choices.MeetingType.Qbr),
                ["statecode"] = new OptionSetValue(Choices.ActivityState.Completed), ["statuscode"] = new OptionSetValue(3),
            });
            world.Insert("csx_healthscore", new Dictionary<string, object>
            {
                ["csx_accountid"] = new EntityReference("account", account), ["csx_date"] = Day(2026, 3, 1),
                ["csx_band"] = new OptionSetValue(Choices.HealthBand.AtRisk),
                ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
            });
        }

        world.Emulator.ClearExecutions();
        var snapshot = world.KpiSnapshot(world.ComputeKpis(Day(2026, 4, 1), Day(2026, 6, 30)));
        Assert.Equal(accounts, snapshot.GetAttributeValue<int>("csx_accountsactiveatstart"));
        Assert.Equal(accounts, snapshot.GetAttributeValue<int>("csx_hightouchaccountswithqbr"));
        Assert.Equal(accounts, snapshot.GetAttributeValue<int>("csx_accountsatriskatstart"));
        return world.Emulator.Executions.Single(e => e.PluginType == typeof(ComputeKpisApi)).TotalCalls;
    }

    [Fact]
    public void The_sweep_marks_an_overdue_onboarding_and_raises_one_alert_per_type_and_a_second_sweep_raises_none()
    {
        var late = _world.CreateAccount("Late onboarding");
        _world.Service.Update(new Entity("account", late)
        {
            ["csx_onboardingstatus"] = new OptionSetValue(Choices.OnboardingStatus.InProgress),
            ["csx_onboardingstartedon"] = Day(2026, 2, 1),
            ["csx_onboardingdueon"] = Day(2026, 3, 3),
        });
        var onTrack = _world.CreateAccount("On track");
        _world.Service.Update(new Entity("account", onTrack)
        {
            ["csx_onboardingstatus"] = new OptionSetValue(Choices.OnboardingStatus.InProgress),
            ["csx_onboardingstartedon"] = Day(2026, 3, 1),
            ["csx_onboardingdueon"] = Day(2026, 3, 31),
        });
        var qbr = _world.CreateAccount("QBR late", Choices.Tier.HighTouch);
        _world.Service.Update(new Entity("account", qbr) { ["csx_nextqbrdueon"] = Day(2026, 3, 5) });
        var tech = _world.CreateAccount("Tech touch", Choices.Tier.TechTouch);
        _world.Service.Update(new Entity("account", tech) { ["csx_nextqbrdueon"] = Day(2026, 3, 5) });
        _world.SetClock(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));

        var first = _world.Sweep();
        Assert.Equal(1, first["OverdueOnboardingCount"]);
        Assert.Equal(1, first["OverdueQbrCount"]);
        Assert.Equal(0, first["NearingBreachCount"]);
        Assert.Equal(0, first["BreachedCount"]);
        Assert.Equal(Choices.OnboardingStatus.Overdue, _world.Account(late).GetAttributeValue<OptionSetValue>("csx_onboardingstatus").Value);
        Assert.Equal(Choices.OnboardingStatus.InProgress, _world.Account(onTrack).GetAttributeValue<OptionSetValue>("csx_onboardingstatus").Value);
        Assert.Single(Alerts(Choices.AlertType.OnboardingOverdue));
        Assert.Single(Alerts(Choices.AlertType.QbrOverdue));

        var second = _world.Sweep();
        Assert.Equal(0, second["OverdueOnboardingCount"]);
        Assert.Equal(0, second["OverdueQbrCount"]);
        Assert.Single(Alerts(Choices.AlertType.OnboardingOverdue));
        Assert.Single(Alerts(Choices.AlertType.QbrOverdue));
    }

    [Fact]
    public void The_sweep_evaluates_SLAs()
    {
        _world.SetClock(new DateTime(2026, 4, 30, 0, 0, 0, DateTimeKind.Utc));
        _world.CreateSlaPolicy(Choices.Priority.High, responseMinutes: 60, resolutionMinutes: 540);
        var request = _world.OpenRequest(_world.CreateAccount("Contoso"), Choices.Priority.High);
        _world.SetRequestStatus(request, Choices.RequestStatus.EscalatedToDevelopment);
        _world.AdvanceDays(7);

        var sweep = _world.Sweep();
        Assert.Equal(1, sweep["BreachedCount"]);
        Assert.Equal(Choices.SlaStatus.Breached, _world.Request(request).GetAttributeValue<OptionSetValue>("csx_slastatus").Value);
    }

    private List<Entity> Alerts(int type) =>
        _world.Query("task", ("csx_alerttype", type)).Entities.ToList();
}
