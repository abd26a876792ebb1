using System;
using System.Collections.Generic;
using CsExtension.Plugins.Schema;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Scenarios;

/// <summary>KPI vocabulary for <see cref="CsWorld"/>: ledger rows, history rows, won opportunities, resolved requests,
/// and csx_ComputeKpis / csx_Sweep calls.</summary>
public static class KpiScenarios
{
    public static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A ledger row, created through the service as the ledger plugins would write it.</summary>
    public static Guid AddMovement(this CsWorld world, Guid account, DateTime date, int type, decimal amount, decimal before, decimal after, Guid? contract = null)
    {
        var row = new Entity("csx_arrmovement")
        {
            ["csx_name"] = type + " " + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["csx_accountid"] = new EntityReference("account", account),
            ["csx_date"] = date,
            ["csx_movementtype"] = new OptionSetValue(type),
            ["csx_amount"] = new Money(amount),
            ["csx_arrbefore"] = new Money(before),
            ["csx_arrafter"] = new Money(after),
        };
        if (contract.HasValue)
        {
            row["csx_contractid"] = new EntityReference("contract", contract.Value);
        }

        return world.Service.Create(row);
    }

    public static Guid AddHealthRow(this CsWorld world, Guid account, DateTime date, int band) =>
        world.Service.Create(new Entity("csx_healthscore")
        {
            ["csx_name"] = "History",
            ["csx_accountid"] = new EntityReference("account", account),
            ["csx_date"] = date,
            ["csx_band"] = new OptionSetValue(band),
        });

    /// <summary>Removes the history the plugins wrote while a scenario was set up, so a test states every row itself.</summary>
    public static void ClearHealthHistory(this CsWorld world)
    {
        foreach (var row in world.Service.RetrieveMultiple(new QueryExpression("csx_healthscore") { ColumnSet = new ColumnSet(false) }).Entities)
        {
            world.Service.Delete("csx_healthscore", row.Id);
        }
    }

    /// <summary>A row written straight into the emulator's store (test data, not an event).</summary>
    public static Guid Insert(this CsWorld world, string table, Dictionary<string, object> values)
    {
        var id = world.Emulator.NewId();
        values[table == "appointment" || table == "phonecall" || table == "task" ? "activityid" : table + "id"] = id;
        if (!values.ContainsKey("ownerid"))
        {
            values["ownerid"] = new EntityReference("systemuser", world.CsmId);
        }

        foreach (var key in new List<string>(values.Keys))
        {
            if (values[key] is null)
            {
                values.Remove(key);
            }
        }

        world.Emulator.Store.Insert(new StoredRow(table, id, values));
        return id;
    }

    public static Guid InsertWonOpportunity(this CsWorld world, Guid account, DateTime closedOn, int? signalType) =>
        world.Insert("opportunity", new Dictionary<string, object>
        {
            ["name"] = "Upsell",
            ["parentaccountid"] = new EntityReference("account", account),
            ["actualclosedate"] = closedOn,
            ["csx_signaltype"] = signalType.HasValue ? new OptionSetValue(signalType.Value) : null!,
            ["statecode"] = new OptionSetValue(Choices.OpportunityState.Won),
            ["statuscode"] = new OptionSetValue(3),
        });

    public static Guid InsertResolvedRequest(this CsWorld world, Guid account, DateTime? escalatedOn, DateTime resolvedOn, int slaStatus) =>
        world.Insert("csx_customerrequest", new Dictionary<string, object>
        {
            ["csx_title"] = "Request",
            ["csx_accountid"] = new EntityReference("account", account),
            ["csx_priority"] = new OptionSetValue(Choices.Priority.High),
            ["csx_escalatedon"] = escalatedOn!,
            ["csx_resolvedon"] = resolvedOn,
            ["csx_slastatus"] = new OptionSetValue(slaStatus),
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(Choices.RequestStatus.Resolved),
        });

    public static EntityReference ComputeKpis(this CsWorld world, DateTime firstDay, DateTime lastDay) =>
        (EntityReference)world.Service.Execute(new OrganizationRequest("csx_ComputeKpis") { ["PeriodStart"] = firstDay, ["PeriodEnd"] = lastDay }).Results["Snapshot"];

    public static OrganizationResponse Sweep(this CsWorld world) => world.Service.Execute(new OrganizationRequest("csx_Sweep"));

    public static Entity KpiSnapshot(this CsWorld world, EntityReference snapshot) => world.Service.Retrieve("csx_kpisnapshot", snapshot.Id, new ColumnSet(true));
}
