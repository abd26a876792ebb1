using System;
using System.Linq;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using CsExtension.Scenarios;
using Xunit;

namespace CsExtension.Plugins.Tests.Health;

public class UsageAlertTests : IDisposable
{
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    private Guid AccountWithSteadyUsage()
    {
        var account = _world.CreateAccount("Contoso");
        for (var month = 0; month < 3; month++)
        {
            _world.AddSnapshot(account, activeUsers: 100, logins: 1000);
            _world.AdvanceDays(30);
        }

        return account;
    }

    private EntityCollection Alerts(int type) => _world.Query("task", ("csx_alerttype", type));

    [Fact]
    public void A_usage_drop_creates_one_alert_task_for_the_CSM_with_the_figures_and_one_notification()
    {
        var account = AccountWithSteadyUsage();

        _world.AddSnapshot(account, activeUsers: 62, logins: 550);

        var task = Assert.Single(Alerts(Choices.AlertType.UsageDecline).Entities);
        Assert.Equal(_world.CsmId, task.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(account, task.GetAttributeValue<EntityReference>("regardingobjectid").Id);
        Assert.Contains("62", task.GetAttributeValue<string>("description"));
        Assert.Contains("38 %", task.GetAttributeValue<string>("description"));
        var notification = Assert.Single(_world.Query("appnotification").Entities);
        Assert.Equal(_world.CsmId, notification.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void A_second_drop_while_the_alert_is_open_creates_no_second_alert()
    {
        var account = AccountWithSteadyUsage();
        _world.AddSnapshot(account, activeUsers: 62, logins: 550);
        _world.AdvanceDays(30);

        _world.AddSnapshot(account, activeUsers: 20, logins: 100);

        Assert.Single(Alerts(Choices.AlertType.UsageDecline).Entities);
        Assert.Single(_world.Query("appnotification").Entities);
    }

    [Fact]
    public void A_cleared_condition_alerts_again_only_when_it_recurs()
    {
        var account = AccountWithSteadyUsage();
        _world.AddSnapshot(account, activeUsers: 62, logins: 550);
        var first = Alerts(Choices.AlertType.UsageDecline).Entities.Single();
        _world.Service.Update(new Entity("task", first.Id) { ["statecode"] = new OptionSetValue(Choices.ActivityState.Completed) });

        for (var month = 0; month < 3; month++)
        {
            _world.AdvanceDays(30);
            _world.AddSnapshot(account, activeUsers: 100, logins: 1000);
        }

        Assert.Single(Alerts(Choices.AlertType.UsageDecline).Entities);
        _world.AdvanceDays(30);
        _world.AddSnapshot(account, activeUsers: 50, logins: 400);
        Assert.Equal(2, Alerts(Choices.AlertType.UsageDecline).Entities.Count);
    }

    [Fact]
    public void A_snapshot_with_no_login_for_14_days_raises_a_no_login_alert()
    {
        var account = AccountWithSteadyUsage();

        _world.AddSnapshot(account, activeUsers: 100, logins: 0, periodDays: 14);

        Assert.Single(Alerts(Choices.AlertType.NoLogin).Entities);
    }
}
