using System;
using System.Linq;
using CsExtension.Plugins.Growth;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.Plugins.Tests.Growth;

public class ExpansionSignalTests : IDisposable
{
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    [Fact]
    public void A_healthy_account_at_95_percent_seat_use_gets_exactly_one_seat_expansion_opportunity_for_the_CSM()
    {
        var account = _world.AccountUsingSeats("Contoso", activeUsers: 95);

        // ceil(95 × 1.2) = 114 seats needed, 14 more than the 100 licensed; ARR per seat 120,000 ÷ 100 = 1,200;
        // 14 × 1,200 = 16,800.
        Assert.Equal(Choices.HealthBand.Healthy, _world.Account(account).GetAttributeValue<OptionSetValue>("csx_healthband").Value);
        var opportunity = Assert.Single(_world.AllSignalOpportunities(account));
        Assert.Equal(Choices.SignalType.SeatExpansion, opportunity.GetAttributeValue<OptionSetValue>("csx_signaltype").Value);
        Assert.Equal(16800m, opportunity.GetAttributeValue<Money>("estimatedvalue").Value);
        Assert.Equal(83, opportunity.GetAttributeValue<int>("csx_signalscore"));
        Assert.Contains("95 of 100 seats active", opportunity.GetAttributeValue<string>("csx_signaldetail"));
        Assert.Contains("16,800", opportunity.GetAttributeValue<string>("csx_signaldetail"));
        Assert.Equal("Contoso: Seat expansion: +14 seats", opportunity.GetAttributeValue<string>("name"));
        Assert.Equal(account, opportunity.GetAttributeValue<EntityReference>("parentaccountid").Id);
        Assert.Equal(_world.CsmId, opportunity.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(Choices.OpportunityState.Open, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Further_snapshots_while_the_condition_holds_update_the_open_opportunity_rather_than_duplicate_it()
    {
        var account = _world.AccountUsingSeats("Contoso", activeUsers: 95);
        _world.AdvanceDays(30);

        _world.AddSnapshot(account, activeUsers: 97);

        var opportunity = Assert.Single(_world.AllSignalOpportunities(account));
        // ceil(97 × 1.2) = 117, 17 more × 1,200 = 20,400.
        Assert.Equal(20400m, opportunity.GetAttributeValue<Money>("estimatedvalue").Value);
    }

    [Fact]
    public void Signals_entering_together_are_written_in_one_call()
    {
        var account = _world.CreateAccount("Contoso");
        _world.AddActiveContract(account, arr: 120000m, seats: 100);
        _world.AddSnapshot(account, activeUsers: 95);
        _world.AdvanceDays(30);

        _world.AddSnapshot(account, activeUsers: 95, adopted: 9);

        Assert.Equal(2, _world.AllSignalOpportunities(account).Count);
        var run = Assert.Single(_world.Emulator.Executions, e => e.PluginType == typeof(ExpansionSignalPlugin) && e.Calls.ContainsKey("CreateMultiple"));
        Assert.Equal(4, run.TotalCalls);
    }

    [Fact]
    public void An_at_risk_account_with_the_same_usage_gets_none()
    {
        var account = _world.AccountUsingSeats("Fabrikam", activeUsers: 95, overrideScore: 30);

        Assert.Equal(Choices.HealthBand.AtRisk, _world.Account(account).GetAttributeValue<OptionSetValue>("csx_healthband").Value);
        Assert.Empty(_world.AllSignalOpportunities(account));
    }

    [Fact]
    public void A_lost_opportunity_blocks_the_signal_for_90_days_and_it_fires_again_after()
    {
        var account = _world.AccountUsingSeats("Contoso", activeUsers: 95);
        var first = Assert.Single(_world.SignalOpportunities(account, Choices.SignalType.SeatExpansion));
        _world.LoseOpportunity(first.Id);

        _world.AdvanceDays(30);
        _world.AddSnapshot(account, activeUsers: 95);
        _world.AdvanceDays(59);
        _world.AddSnapshot(account, activeUsers: 96);
        Assert.Single(_world.SignalOpportunities(account, Choices.SignalType.SeatExpansion));

        _world.AdvanceDays(1); // 90 days after the loss
        _world.AddSnapshot(account, activeUsers: 96);

        var opportunities = _world.SignalOpportunities(account, Choices.SignalType.SeatExpansion);
        Assert.Equal(2, opportunities.Count);
        Assert.Equal(Choices.OpportunityState.Open, opportunities.Single(o => o.Id != first.Id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void A_contract_ending_within_90_days_of_a_healthy_account_raises_one_renewal_upgrade()
    {
        var account = _world.CreateAccount("Northwind");
        _world.AddActiveContract(account, arr: 50000m, seats: 10, months: 2);
        _world.AddSnapshot(account, activeUsers: 8, seats: 10);
        _world.CompleteMeeting(account);

        var opportunity = Assert.Single(_world.SignalOpportunities(account, Choices.SignalType.RenewalUpgrade));
        Assert.Equal(5000m, opportunity.GetAttributeValue<Money>("estimatedvalue").Value); // 50,000 × 10 %
        Assert.Single(_world.AllSignalOpportunities(account));
    }

    [Fact]
    public void Signal_evaluation_makes_at_most_4_calls_per_event()
    {
        var account = _world.AccountUsingSeats("Contoso", activeUsers: 95);
        _world.AdvanceDays(7);
        _world.AddSnapshot(account, activeUsers: 96, adopted: 9);
        var contract = _world.AddActiveContract(account, arr: 30000m, seats: 20, months: 2);
        _world.SetContractArr(contract, 40000m);
        _world.OverrideHealth(account, 30);

        var runs = _world.Emulator.Executions.Where(e => e.PluginType == typeof(ExpansionSignalPlugin)).ToList();
        Assert.True(runs.Count >= 5, $"{runs.Count} evaluations");
        var max = runs.Max(e => e.TotalCalls);
        Console.WriteLine($"ExpansionSignalPlugin: {runs.Count} evaluations, calls per event max {max}, by event: "
            + string.Join(", ", runs.Select(r => r.Message + " " + r.PrimaryEntity + "=" + r.TotalCalls)));
        Assert.True(max <= 4, $"{max} calls");
        Assert.Equal(
            new[] { Choices.SignalType.SeatExpansion, Choices.SignalType.RenewalUpgrade, Choices.SignalType.TierUpgrade },
            _world.AllSignalOpportunities(account).Select(o => o.GetAttributeValue<OptionSetValue>("csx_signaltype").Value).OrderBy(v => v));
    }
}
