using System;
using System.IO;
using System.Linq;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Schema;
using Dataverse.Emulator;
using Dataverse.Emulator.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Scenarios;

/// <summary>An emulated Dataverse with the real solution's tables and every plugin registered from its declarations,
/// and the vocabulary the end-to-end tests speak: accounts, snapshots, contracts, meetings, requests.</summary>
public sealed class CsWorld
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<MetadataCatalog> Catalog = new(() => MetadataCatalog.LoadFromSolutionFolder(SolutionFolder));

    public CsWorld()
    {
        Emulator = new DataverseEmulator(Catalog.Value, new EmulatorClock(Start));
        Emulator.RegisterDeclarations(typeof(PluginBase).Assembly, SolutionFolder);
        CsmId = Emulator.CreateUser("Aiko Tanaka");
        ManagerId = Emulator.CreateUser("Kenji Sato");
        Service = Emulator.CreateService(CsmId);
    }

    public static string SolutionFolder => Path.Combine(RepositoryRoot(), "Solution");

    public DataverseEmulator Emulator { get; }

    public Guid CsmId { get; }

    public Guid ManagerId { get; }

    /// <summary>The CSM's own service: what a rep's saves go through.</summary>
    public IOrganizationService Service { get; }

    public DateTime Now => Emulator.Clock.UtcNow;

    public Guid CreateAccount(string name, int tier = Choices.Tier.MidTouch) =>
        Service.Create(new Entity("account")
        {
            ["name"] = name,
            ["csx_tier"] = new OptionSetValue(tier),
            ["csx_csmid"] = new EntityReference("systemuser", CsmId),
        });

    public Guid AddSnapshot(Guid account, int activeUsers, int seats = 100, int logins = 1000, int adopted = 5, int available = 10, int periodDays = 30)
    {
        var end = Now.Date;
        return Service.Create(new Entity("csx_usagesnapshot")
        {
            ["csx_accountid"] = new EntityReference("account", account),
            ["csx_periodstart"] = end.AddDays(-periodDays),
            ["csx_periodend"] = end,
            ["csx_activeusers"] = activeUsers,
            ["csx_licensedseats"] = seats,
            ["csx_logins"] = logins,
            ["csx_featuresadopted"] = adopted,
            ["csx_featuresavailable"] = available,
        });
    }

    public Guid AddActiveContract(Guid account, decimal arr = 120000m, int seats = 100, int months = 12)
    {
        var contract = Service.Create(new Entity("contract")
        {
            ["title"] = "Subscription",
            ["customerid"] = new EntityReference("account", account),
            ["activeon"] = Now.Date,
            ["expireson"] = Now.Date.AddMonths(months),
            ["csx_arr"] = new Money(arr),
            ["csx_seats"] = seats,
        });
        SetContractState(contract, Choices.ContractState.Active);
        return contract;
    }

    public void SetContractState(Guid contract, int state) =>
        Service.Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference("contract", contract),
            State = new OptionSetValue(state),
            Status = new OptionSetValue(-1),
        });

    /// <summary>A meeting with the customer, created and marked completed as a rep does.</summary>
    public Guid CompleteMeeting(Guid account, int meetingType = Choices.MeetingType.Regular, string table = "appointment")
    {
        var meeting = Service.Create(new Entity(table)
        {
            ["subject"] = "Customer meeting",
            ["regardingobjectid"] = new EntityReference("account", account),
            ["csx_meetingtype"] = new OptionSetValue(meetingType),
            ["scheduledstart"] = Now,
            ["scheduledend"] = Now.AddHours(1),
        });
        Service.Update(new Entity(table, meeting)
        {
            ["actualend"] = Now,
            ["statecode"] = new OptionSetValue(Choices.ActivityState.Completed),
        });
        return meeting;
    }

    public Guid OpenRequest(Guid account, int priority, int? slaStatus = null) =>
        Service.Create(new Entity("csx_customerrequest")
        {
            ["csx_title"] = "Export to CSV",
            ["csx_accountid"] = new EntityReference("account", account),
            ["csx_priority"] = new OptionSetValue(priority),
            ["csx_slastatus"] = slaStatus.HasValue ? new OptionSetValue(slaStatus.Value) : null,
        });

    /// <summary>An SLA policy on a Mon–Fri calendar in the given Windows time zone, with holidays.</summary>
    public Guid CreateSlaPolicy(int priority, int responseMinutes, int resolutionMinutes, string timeZone = "Tokyo Standard Time",
        int dayStart = 540, int dayEnd = 1080, int[]? pauseStatuses = null, params DateTime[] holidays)
    {
        var weekdays = new OptionSetValueCollection(Enumerable.Range(0, 5).Select(d => new OptionSetValue(Choices.Weekday.Monday + d)).ToList());
        var policy = Service.Create(new Entity("csx_slapolicy")
        {
            ["csx_name"] = "Policy " + priority,
            ["csx_priority"] = new OptionSetValue(priority),
            ["csx_responsetargetminutes"] = responseMinutes,
            ["csx_resolutiontargetminutes"] = resolutionMinutes,
            ["csx_warningpercent"] = 75,
            ["csx_workdays"] = weekdays,
            ["csx_daystartminutes"] = dayStart,
            ["csx_dayendminutes"] = dayEnd,
            ["csx_timezone"] = timeZone,
            ["csx_pausestatuses"] = new OptionSetValueCollection((pauseStatuses ?? new[] { Choices.RequestStatus.WaitingForCustomer }).Select(s => new OptionSetValue(s)).ToList()),
        });
        foreach (var holiday in holidays)
        {
            Service.Create(new Entity("csx_slaholiday")
            {
                ["csx_name"] = holiday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["csx_slapolicyid"] = new EntityReference("csx_slapolicy", policy),
                ["csx_date"] = DateTime.SpecifyKind(holiday.Date, DateTimeKind.Utc),
            });
        }

        return policy;
    }

    public void SetClock(DateTime utc) => Emulator.Clock.Set(utc);

    public void SetRequestStatus(Guid request, int status, string? resolutionNote = null)
    {
        var update = new Entity("csx_customerrequest", request) { ["statuscode"] = new OptionSetValue(status) };
        if (resolutionNote != null)
        {
            update["csx_resolutionnote"] = resolutionNote;
        }

        Service.Update(update);
    }

    public Entity Request(Guid id) => Service.Retrieve("csx_customerrequest", id, new ColumnSet(true));

    public Entity Account(Guid id) => Service.Retrieve("account", id, new ColumnSet(true));

    public int? Score(Guid account) => Account(account).GetAttributeValue<int?>("csx_healthscore");

    public EntityCollection Query(string table, params (string Column, object Value)[] conditions)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        foreach (var (column, value) in conditions)
        {
            query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        }

        return Service.RetrieveMultiple(query);
    }

    public void AdvanceDays(double days) => Emulator.Clock.AdvanceDays(days);

    /// <summary>Asynchronous steps fail quietly in System Jobs, as in Dataverse; a test must not pass over one.</summary>
    public void AssertNoFailedSystemJobs()
    {
        var failed = Emulator.SystemJobs.Where(job => !job.Succeeded).ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException("Failed system jobs: " + string.Join("; ", failed.Select(job => job.StepName + ": " + job.Error!.Message)));
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CsExtension.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the tests holds CsExtension.sln.");
    }
}
