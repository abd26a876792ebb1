using System;
using System.Linq;
using CsExtension.Plugins.Growth;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.Plugins.Tests.Growth;

public class ArrLedgerTests : IDisposable
{
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    private static (int Type, decimal Amount, decimal Before, decimal After) Row(Entity movement) =>
        (movement.GetAttributeValue<OptionSetValue>("csx_movementtype").Value, movement.GetAttributeValue<Money>("csx_amount").Value,
            movement.GetAttributeValue<Money>("csx_arrbefore").Value, movement.GetAttributeValue<Money>("csx_arrafter").Value);

    [Fact]
    public void Contract_changes_write_New_Expansion_Contraction_Churn_and_Reactivation_with_signed_amounts()
    {
        var account = _world.CreateAccount("Contoso");
        var contract = _world.AddActiveContract(account, arr: 120000m);
        _world.SetContractArr(contract, 150000m);
        _world.SetContractArr(contract, 100000m);
        _world.SetContractState(contract, Choices.ContractState.Canceled);
        var back = _world.AddActiveContract(account, arr: 80000m);

        var rows = _world.ArrMovements(account).Select(Row).ToList();
        Assert.Equal(new[]
        {
            (Choices.ArrMovementType.New, 120000m, 0m, 120000m),
            (Choices.ArrMovementType.Expansion, 30000m, 120000m, 150000m),
            (Choices.ArrMovementType.Contraction, -50000m, 150000m, 100000m),
            (Choices.ArrMovementType.Churn, -100000m, 100000m, 0m),
            (Choices.ArrMovementType.Reactivation, 80000m, 0m, 80000m),
        }, rows);
        var last = _world.ArrMovements(account).Last();
        Assert.Equal(back, last.GetAttributeValue<EntityReference>("csx_contractid").Id);
        Assert.Equal(_world.Now.Date, last.GetAttributeValue<DateTime>("csx_date"));
        var saved = _world.Account(account);
        Assert.Equal(80000m, saved.GetAttributeValue<Money>("csx_arr").Value);
        Assert.Equal(Choices.ArrMovementType.Reactivation, saved.GetAttributeValue<OptionSetValue>("csx_lastarrmovementtype").Value);
    }

    [Fact]
    public void Replaying_the_same_update_writes_nothing_twice()
    {
        var account = _world.CreateAccount("Contoso");
        var contract = _world.AddActiveContract(account, arr: 120000m);
        _world.SetContractArr(contract, 150000m);

        _world.SetContractArr(contract, 150000m);
        _world.SetContractState(contract, Choices.ContractState.Active);

        Assert.Equal(2, _world.ArrMovements(account).Count);
        Assert.Equal(150000m, _world.AccountArr(account));
    }

    [Fact]
    public void Account_arr_is_the_sum_of_its_active_contracts()
    {
        var account = _world.CreateAccount("Contoso");
        var first = _world.AddActiveContract(account, arr: 120000m);
        _world.AddActiveContract(account, arr: 30000m);
        var held = _world.AddActiveContract(account, arr: 10000m);
        _world.SetContractState(held, Choices.ContractState.OnHold);
        _world.SetContractArr(first, 100000m);

        Assert.Equal(130000m, _world.AccountArr(account));
        Assert.Equal(
            new[] { Choices.ArrMovementType.New, Choices.ArrMovementType.Expansion, Choices.ArrMovementType.Expansion, Choices.ArrMovementType.Contraction, Choices.ArrMovementType.Contraction },
            _world.ArrMovements(account).Select(m => m.GetAttributeValue<OptionSetValue>("csx_movementtype").Value));
        Assert.Equal(130000m, _world.ArrMovements(account).Sum(m => m.GetAttributeValue<Money>("csx_amount").Value));
    }

    [Fact]
    public void Moving_a_contract_to_another_account_moves_its_arr_on_both_ledgers()
    {
        var from = _world.CreateAccount("Contoso");
        var to = _world.CreateAccount("Contoso Japan");
        var contract = _world.AddActiveContract(from, arr: 120000m);

        _world.Service.Update(new Entity("contract", contract) { ["customerid"] = new EntityReference("account", to) });

        Assert.Equal(0m, _world.AccountArr(from));
        Assert.Equal(120000m, _world.AccountArr(to));
        Assert.Equal(Choices.ArrMovementType.Churn, _world.ArrMovements(from).Last().GetAttributeValue<OptionSetValue>("csx_movementtype").Value);
        Assert.Equal(Choices.ArrMovementType.New, Assert.Single(_world.ArrMovements(to)).GetAttributeValue<OptionSetValue>("csx_movementtype").Value);
    }

    [Fact]
    public void The_ledger_makes_at_most_3_calls_per_account_and_event()
    {
        var account = _world.CreateAccount("Contoso");
        var contract = _world.AddActiveContract(account, arr: 120000m);
        _world.SetContractArr(contract, 150000m);
        _world.SetContractArr(contract, 150000m);

        Assert.True(_world.Emulator.Executions.Where(e => e.PluginType == typeof(ArrLedgerPlugin)).Max(e => e.TotalCalls) <= 3);
    }

    [Fact]
    public void A_larger_renewal_is_one_expansion_and_the_replaced_contract_ending_records_nothing()
    {
        var account = _world.CreateAccount("Contoso");
        var original = _world.AddActiveContract(account, arr: 100000m);
        var renewal = _world.Service.Create(new Entity("contract")
        {
            ["title"] = "Subscription (renewal)",
            ["customerid"] = new EntityReference("account", account),
            ["activeon"] = _world.Now.Date,
            ["expireson"] = _world.Now.Date.AddYears(1),
            ["csx_arr"] = new Money(120000m),
            ["csx_seats"] = 120,
            ["originatingcontract"] = new EntityReference("contract", original),
        });

        _world.SetContractState(renewal, Choices.ContractState.Active);
        _world.SetContractState(original, Choices.ContractState.Expired);

        Assert.Equal(new[]
        {
            (Choices.ArrMovementType.New, 100000m, 0m, 100000m),
            (Choices.ArrMovementType.Expansion, 20000m, 100000m, 120000m),
        }, _world.ArrMovements(account).Select(Row).ToList());
        Assert.Equal(120000m, _world.Account(account).GetAttributeValue<Money>("csx_arr").Value);
    }
}
