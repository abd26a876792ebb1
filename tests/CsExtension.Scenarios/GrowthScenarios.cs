using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Scenarios;

/// <summary>The vocabulary of expansion and the ARR ledger: signal opportunities, ledger rows, contract changes.</summary>
public static class GrowthScenarios
{
    /// <summary>The account's signal opportunities of a type, oldest first.</summary>
    public static IReadOnlyList<Entity> SignalOpportunities(this CsWorld world, Guid account, int signalType)
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, account);
        query.Criteria.AddCondition("csx_signaltype", ConditionOperator.Equal, signalType);
        query.AddOrder("createdon", OrderType.Ascending);
        return world.Service.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>Every signal opportunity of the account, whatever its type.</summary>
    public static IReadOnlyList<Entity> AllSignalOpportunities(this CsWorld world, Guid account)
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, account);
        query.Criteria.AddCondition("csx_signaltype", ConditionOperator.NotNull);
        return world.Service.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The account's ARR ledger, in the order it was written.</summary>
    public static IReadOnlyList<Entity> ArrMovements(this CsWorld world, Guid account)
    {
        var query = new QueryExpression("csx_arrmovement") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("csx_accountid", ConditionOperator.Equal, account);
        query.AddOrder("createdon", OrderType.Ascending);
        query.AddOrder("csx_arrmovementid", OrderType.Ascending);
        return world.Service.RetrieveMultiple(query).Entities.ToList();
    }

    public static decimal AccountArr(this CsWorld world, Guid account) =>
        world.Account(account).GetAttributeValue<Money>("csx_arr")?.Value ?? 0m;

    public static void SetContractArr(this CsWorld world, Guid contract, decimal arr) =>
        world.Service.Update(new Entity("contract", contract) { ["csx_arr"] = new Money(arr) });

    /// <summary>The sales rep closes the opportunity as lost today.</summary>
    public static void LoseOpportunity(this CsWorld world, Guid opportunity) =>
        world.Service.Update(new Entity("opportunity", opportunity)
        {
            ["statecode"] = new OptionSetValue(Choices.OpportunityState.Lost),
            ["statuscode"] = new OptionSetValue(4),
            ["actualclosedate"] = world.Now.Date,
        });

    /// <summary>A CS manager overrides the health score (e.g. 30 puts the account At risk) for the given days.</summary>
    public static void OverrideHealth(this CsWorld world, Guid account, int score, int days = 365) =>
        world.Emulator.CreateService(world.ManagerId).Update(new Entity("account", account)
        {
            ["csx_healthoverride"] = score,
            ["csx_healthoverridereason"] = "Escalation with the customer's CIO",
            ["csx_healthoverrideuntil"] = world.Now.Date.AddDays(days),
        });

    /// <summary>An account with an active 120,000 / 100-seat contract and two monthly snapshots at the given seat use.</summary>
    public static Guid AccountUsingSeats(this CsWorld world, string name, int activeUsers, int? overrideScore = null)
    {
        var account = world.CreateAccount(name);
        if (overrideScore.HasValue)
        {
            world.OverrideHealth(account, overrideScore.Value);
        }

        world.AddActiveContract(account, arr: 120000m, seats: 100);
        world.AddSnapshot(account, activeUsers);
        world.AdvanceDays(30);
        world.AddSnapshot(account, activeUsers);
        return account;
    }
}
