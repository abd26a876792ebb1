using System;
using System.Linq;
using System.ServiceModel;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using CsExtension.Scenarios;
using Xunit;

namespace CsExtension.Plugins.Tests.Health;

/// <summary>The health score end to end: saves go through the plugins in the emulator, on the real solution's tables.</summary>
public class HealthScoreTests : IDisposable
{
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    /// <summary>A steady, well-used customer: active contract, a meeting this week, usage at 90 % of seats.</summary>
    private Guid SteadyCustomer(int tier = Choices.Tier.MidTouch)
    {
        var account = _world.CreateAccount("Contoso", tier);
        _world.AddActiveContract(account);
        _world.CompleteMeeting(account);
        for (var month = 0; month < 4; month++)
        {
            _world.AddSnapshot(account, activeUsers: 90);
            _world.AdvanceDays(30);
        }

        _world.CompleteMeeting(account);
        return account;
    }

    [Fact]
    public void A_usage_drop_lowers_the_score_and_usage_becomes_a_driver()
    {
        var account = SteadyCustomer();
        var before = _world.Score(account);

        _world.AddSnapshot(account, activeUsers: 50);

        var after = _world.Account(account);
        Assert.True(after.GetAttributeValue<int>("csx_healthscore") < before, $"{after.GetAttributeValue<int>("csx_healthscore")} should be below {before}");
        // 50 of 100 seats: 62.5 of 100 for utilisation; down 44 % against 90 costs the full 30 points → 33.
        Assert.Equal(33, after.GetAttributeValue<int>("csx_healthusage"));
        Assert.StartsWith("Usage 33", after.GetAttributeValue<string>("csx_healthdrivers"));
    }

    [Fact]
    public void Holding_a_QBR_lifts_a_high_touch_accounts_relationship_and_sets_the_next_QBR()
    {
        var account = SteadyCustomer(Choices.Tier.HighTouch);
        Assert.Equal(40, _world.Account(account).GetAttributeValue<int?>("csx_healthrelationship"));

        _world.CompleteMeeting(account, Choices.MeetingType.Qbr);

        var after = _world.Account(account);
        Assert.Equal(100, after.GetAttributeValue<int?>("csx_healthrelationship"));
        Assert.Equal(_world.Now.Date, after.GetAttributeValue<DateTime>("csx_lastqbron"));
        Assert.Equal(_world.Now.Date.AddDays(90), after.GetAttributeValue<DateTime>("csx_nextqbrdueon"));
    }

    [Fact]
    public void Opening_a_critical_request_costs_the_support_component_25_points()
    {
        var account = SteadyCustomer();
        Assert.Equal(100, _world.Account(account).GetAttributeValue<int?>("csx_healthsupport"));

        _world.OpenRequest(account, Choices.Priority.Critical);

        Assert.Equal(75, _world.Account(account).GetAttributeValue<int?>("csx_healthsupport"));
    }

    [Fact]
    public void A_contract_put_on_hold_drops_the_contract_component_to_20()
    {
        var account = _world.CreateAccount("Contoso");
        var contract = _world.AddActiveContract(account);
        Assert.Equal(100, _world.Account(account).GetAttributeValue<int?>("csx_healthcontract"));

        _world.SetContractState(contract, Choices.ContractState.OnHold);

        Assert.Equal(20, _world.Account(account).GetAttributeValue<int?>("csx_healthcontract"));
    }

    [Fact]
    public void An_account_without_snapshots_or_contracts_scores_what_it_has_and_leaves_the_rest_empty()
    {
        var account = _world.CreateAccount("Newco");

        var response = _world.Service.Execute(new OrganizationRequest("csx_RecalculateHealth") { ["Target"] = new EntityReference("account", account) });

        var saved = _world.Account(account);
        Assert.Null(saved.GetAttributeValue<int?>("csx_healthusage"));
        Assert.Null(saved.GetAttributeValue<int?>("csx_healthcontract"));
        Assert.Null(saved.GetAttributeValue<int?>("csx_healthonboarding"));
        Assert.Equal(saved.GetAttributeValue<int?>("csx_healthscore"), response.Results.ContainsKey("Score") ? (int?)response["Score"] : null);
    }

    [Fact]
    public void The_history_keeps_one_row_per_account_and_day()
    {
        var account = SteadyCustomer();
        void Recalculate() => _world.Service.Execute(new OrganizationRequest("csx_RecalculateHealth") { ["Target"] = new EntityReference("account", account) });
        var rowsBefore = _world.Query("csx_healthscore", ("csx_accountid", account)).Entities.Count;

        Recalculate();
        Recalculate();
        _world.AdvanceDays(1);
        Recalculate();

        var rows = _world.Query("csx_healthscore", ("csx_accountid", account)).Entities;
        Assert.Equal(rowsBefore + 1, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.GetAttributeValue<DateTime>("csx_date")).Distinct().Count());
        var today = rows.Single(r => r.GetAttributeValue<DateTime>("csx_date") == _world.Now.Date);
        Assert.Equal(_world.Account(account).GetAttributeValue<int?>("csx_healthcomputedscore"), today.GetAttributeValue<int?>("csx_score"));
    }

    [Fact]
    public void The_trend_is_the_score_now_minus_the_score_30_days_ago()
    {
        var account = SteadyCustomer();
        var thirtyDaysAgo = _world.Score(account);
        _world.AdvanceDays(30);

        _world.AddSnapshot(account, activeUsers: 40);

        var now = _world.Account(account);
        Assert.Equal((decimal)(now.GetAttributeValue<int>("csx_healthscore") - thirtyDaysAgo!.Value), now.GetAttributeValue<decimal>("csx_healthtrend"));
    }

    [Fact]
    public void The_override_wins_until_its_date_then_the_computed_score_returns()
    {
        var account = SteadyCustomer();
        var computed = _world.Score(account)!.Value;
        var manager = _world.Emulator.CreateService(_world.ManagerId);

        manager.Update(new Entity("account", account)
        {
            ["csx_healthoverride"] = 20,
            ["csx_healthoverridereason"] = "Champion left; renewal at risk",
            ["csx_healthoverrideuntil"] = _world.Now.Date.AddDays(10),
        });

        var overridden = _world.Account(account);
        Assert.Equal(20, overridden.GetAttributeValue<int>("csx_healthscore"));
        Assert.Equal(Choices.HealthBand.Critical, overridden.GetAttributeValue<OptionSetValue>("csx_healthband").Value);
        Assert.Equal(computed, overridden.GetAttributeValue<int>("csx_healthcomputedscore"));
        Assert.Equal(_world.ManagerId, overridden.GetAttributeValue<EntityReference>("csx_healthoverridebyid").Id);

        _world.AdvanceDays(10);
        _world.Service.Execute(new OrganizationRequest("csx_RecalculateHealth") { ["Target"] = new EntityReference("account", account) });
        Assert.Equal(20, _world.Score(account));

        _world.AdvanceDays(1);
        _world.Service.Execute(new OrganizationRequest("csx_RecalculateHealth") { ["Target"] = new EntityReference("account", account) });
        var expired = _world.Account(account);
        Assert.Equal(expired.GetAttributeValue<int>("csx_healthcomputedscore"), expired.GetAttributeValue<int>("csx_healthscore"));
    }

    [Theory]
    [InlineData(120, "Renewal at risk", 10)]
    [InlineData(20, null, 10)]
    [InlineData(20, "Renewal at risk", null)]
    [InlineData(20, "Renewal at risk", -1)]
    public void An_override_out_of_range_or_without_a_reason_or_a_future_end_date_is_refused_and_nothing_is_written(int score, string? reason, int? daysUntil)
    {
        var account = _world.CreateAccount("Contoso");

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _world.Service.Update(new Entity("account", account)
        {
            ["csx_healthoverride"] = score,
            ["csx_healthoverridereason"] = reason,
            ["csx_healthoverrideuntil"] = daysUntil.HasValue ? _world.Now.Date.AddDays(daysUntil.Value) : null,
        }));

        Assert.StartsWith("The health override was not saved: ", error.Detail.Message);
        Assert.Null(_world.Account(account).GetAttributeValue<int?>("csx_healthoverride"));
    }
}
