using System;
using System.Linq;
using System.ServiceModel;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.Plugins.Tests.Sla;

/// <summary>A request escalated to development, walked through its life on a Tokyo calendar (Mon–Fri 09:00–18:00 JST,
/// 540 minutes a day; JST is UTC+9, no daylight saving), every due date worked out by hand below.</summary>
public class SlaWalkthroughTests : IDisposable
{
    // Golden Week 2026: Monday 4, Tuesday 5 and Wednesday 6 May are holidays.
    private static readonly DateTime[] Holidays = { new(2026, 5, 4), new(2026, 5, 5), new(2026, 5, 6) };

    private readonly CsWorld _world = new();

    public SlaWalkthroughTests()
    {
        _world.SetClock(new DateTime(2026, 4, 30, 0, 0, 0, DateTimeKind.Utc));
        _world.CreateSlaPolicy(Choices.Priority.High, responseMinutes: 240, resolutionMinutes: 1620, holidays: Holidays);
        _world.CreateSlaPolicy(Choices.Priority.Medium, responseMinutes: 480, resolutionMinutes: 2700, holidays: Holidays);
    }

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Escalation_on_a_Friday_evening_before_a_holiday_pause_priority_change_and_resolution_keep_every_due_date_to_the_minute()
    {
        var account = _world.CreateAccount("Contoso");
        var request = _world.OpenRequest(account, Choices.Priority.High);

        // Friday 1 May 19:30 JST (10:30 UTC): after hours, so the clock starts Thursday 7 May 09:00 JST (00:00 UTC).
        _world.SetClock(Utc(5, 1, 10, 30));
        _world.SetRequestStatus(request, Choices.RequestStatus.EscalatedToDevelopment);
        var escalated = _world.Request(request);
        Assert.Equal(Utc(5, 1, 10, 30), escalated.GetAttributeValue<DateTime>("csx_escalatedon"));
        // Response: 240 minutes from Thu 09:00 → Thu 13:00 JST = 04:00 UTC.
        Assert.Equal(Utc(5, 7, 4), escalated.GetAttributeValue<DateTime>("csx_responsedueon"));
        // Resolution: 1,620 minutes = three working days (Thu, Fri, Mon 11 May) → Mon 18:00 JST = 09:00 UTC.
        Assert.Equal(Utc(5, 11, 9), escalated.GetAttributeValue<DateTime>("csx_resolutiondueon"));
        Assert.Equal(Choices.SlaStatus.InProgress, escalated.GetAttributeValue<OptionSetValue>("csx_slastatus").Value);

        // Thursday 11:00 JST: development picks it up — the first response, in time.
        _world.SetClock(Utc(5, 7, 2));
        _world.SetRequestStatus(request, Choices.RequestStatus.InDevelopment);
        Assert.Equal(Utc(5, 7, 2), _world.Request(request).GetAttributeValue<DateTime>("csx_firstresponseon"));

        // Thursday 12:00 JST: priority lowered to Medium; targets recomputed from the escalation.
        _world.SetClock(Utc(5, 7, 3));
        _world.Service.Update(new Entity("csx_customerrequest", request) { ["csx_priority"] = new OptionSetValue(Choices.Priority.Medium) });
        var medium = _world.Request(request);
        // Response: 480 minutes from Thu 09:00 → Thu 17:00 JST = 08:00 UTC.
        Assert.Equal(Utc(5, 7, 8), medium.GetAttributeValue<DateTime>("csx_responsedueon"));
        // Resolution: 2,700 minutes = five days (Thu, Fri, Mon, Tue, Wed 13 May) → Wed 18:00 JST = 09:00 UTC.
        Assert.Equal(Utc(5, 13, 9), medium.GetAttributeValue<DateTime>("csx_resolutiondueon"));

        // Paused over the weekend, Friday 18:00 JST to Monday 09:00 JST: no working minute passes, nothing moves.
        _world.SetClock(Utc(5, 8, 9));
        _world.SetRequestStatus(request, Choices.RequestStatus.WaitingForCustomer);
        Assert.Equal(Choices.SlaStatus.Paused, _world.Request(request).GetAttributeValue<OptionSetValue>("csx_slastatus").Value);
        _world.SetClock(Utc(5, 11, 0));
        _world.SetRequestStatus(request, Choices.RequestStatus.InDevelopment);
        var afterWeekend = _world.Request(request);
        Assert.Equal(0, afterWeekend.GetAttributeValue<int>("csx_pausedminutes"));
        Assert.Equal(Utc(5, 13, 9), afterWeekend.GetAttributeValue<DateTime>("csx_resolutiondueon"));

        // Paused Monday 10:00–12:00 JST: 120 business minutes move the resolution due (the response was already given).
        _world.SetClock(Utc(5, 11, 1));
        _world.SetRequestStatus(request, Choices.RequestStatus.WaitingForCustomer);
        _world.SetClock(Utc(5, 11, 3));
        _world.SetRequestStatus(request, Choices.RequestStatus.InDevelopment);
        var resumed = _world.Request(request);
        Assert.Equal(120, resumed.GetAttributeValue<int>("csx_pausedminutes"));
        Assert.Equal(Utc(5, 7, 8), resumed.GetAttributeValue<DateTime>("csx_responsedueon"));
        // Wed 18:00 JST + 120 business minutes → Thu 14 May 11:00 JST = 02:00 UTC.
        Assert.Equal(Utc(5, 14, 2), resumed.GetAttributeValue<DateTime>("csx_resolutiondueon"));

        // Resolved Wednesday 10:00 JST with a note: before the due, so Met.
        _world.SetClock(Utc(5, 13, 1));
        _world.SetRequestStatus(request, Choices.RequestStatus.Resolved, "Shipped in 4.2.");
        var resolved = _world.Request(request);
        Assert.Equal(Choices.SlaStatus.Met, resolved.GetAttributeValue<OptionSetValue>("csx_slastatus").Value);
        Assert.Equal(Utc(5, 13, 1), resolved.GetAttributeValue<DateTime>("csx_resolvedon"));
        Assert.Equal(1, resolved.GetAttributeValue<OptionSetValue>("statecode").Value);

        // The policy with its holidays, the linked accounts and their ARR: at most three calls per save.
        var saves = _world.Emulator.Executions.Where(e => e.PluginType.Name == "CustomerRequestSlaPlugin").ToList();
        Assert.NotEmpty(saves);
        Assert.All(saves, save => Assert.True(save.TotalCalls <= 3, $"{save.TotalCalls} calls"));
    }

    [Fact]
    public void The_sweep_marks_nearing_breach_at_the_warning_point_and_breached_after_the_due_notifying_the_owner_once_each()
    {
        var account = _world.CreateAccount("Contoso");
        var request = _world.OpenRequest(account, Choices.Priority.High);
        _world.SetClock(Utc(5, 7, 0));
        _world.SetRequestStatus(request, Choices.RequestStatus.EscalatedToDevelopment);
        _world.SetClock(Utc(5, 7, 1));
        _world.SetRequestStatus(request, Choices.RequestStatus.InDevelopment);
        int Evaluate(out int breached)
        {
            var response = _world.Service.Execute(new OrganizationRequest("csx_EvaluateSla"));
            breached = (int)response["BreachedCount"];
            return (int)response["NearingBreachCount"];
        }

        int SlaStatus() => _world.Request(request).GetAttributeValue<OptionSetValue>("csx_slastatus").Value;

        // Resolution: 1,620 minutes from Thu 09:00 JST → Mon 11 May 18:00 JST (09:00 UTC).
        // Warning: 75 % = 1,215 minutes → Thu 540 + Fri 540 + 135 on Mon → Mon 11:15 JST = 02:15 UTC.
        _world.SetClock(Utc(5, 11, 2, 14));
        Assert.Equal(0, Evaluate(out _));
        Assert.Equal(Choices.SlaStatus.InProgress, SlaStatus());

        _world.SetClock(Utc(5, 11, 2, 15));
        Assert.Equal(1, Evaluate(out _));
        Assert.Equal(Choices.SlaStatus.NearingBreach, SlaStatus());
        Assert.Equal(0, Evaluate(out _));

        _world.SetClock(Utc(5, 11, 9));
        Evaluate(out var atDue);
        Assert.Equal(0, atDue);

        _world.SetClock(Utc(5, 11, 9, 1));
        Evaluate(out var breached);
        Assert.Equal(1, breached);
        Assert.Equal(Choices.SlaStatus.Breached, SlaStatus());
        Evaluate(out var again);
        Assert.Equal(0, again);

        var notices = _world.Query("task", ("csx_customerrequestid", request)).Entities;
        Assert.Equal(
            new[] { Choices.AlertType.SlaNearingBreach, Choices.AlertType.SlaBreached },
            notices.Select(t => t.GetAttributeValue<OptionSetValue>("csx_alerttype").Value).OrderBy(v => v));
        Assert.All(notices, t => Assert.Equal(_world.CsmId, t.GetAttributeValue<EntityReference>("ownerid").Id));
        Assert.Equal(2, _world.Query("appnotification").Entities.Count(n => n.GetAttributeValue<string>("title").StartsWith("SLA ")));
    }

    [Fact]
    public void The_sweep_works_through_many_requests_in_pages()
    {
        var account = _world.CreateAccount("Contoso");
        _world.SetClock(Utc(5, 7, 0));
        var requests = Enumerable.Range(0, 25).Select(_ => _world.OpenRequest(account, Choices.Priority.High)).ToList();
        requests.ForEach(r => _world.SetRequestStatus(r, Choices.RequestStatus.EscalatedToDevelopment));
        _world.SetClock(Utc(5, 12, 0));
        _world.Emulator.ClearExecutions();

        var response = _world.Service.Execute(new OrganizationRequest("csx_EvaluateSla") { ["PageSize"] = 10 });

        Assert.Equal(25, (int)response["BreachedCount"]);
        var run = _world.Emulator.Executions.Single(e => e.PluginType.Name == "EvaluateSlaApi");
        Assert.Contains("Evaluated 25 requests in 3 pages.", run.Traces);
    }

    [Fact]
    public void Escalating_without_a_policy_for_the_priority_is_refused_and_nothing_is_written()
    {
        var account = _world.CreateAccount("Contoso");
        var request = _world.OpenRequest(account, Choices.Priority.Low);

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _world.SetRequestStatus(request, Choices.RequestStatus.EscalatedToDevelopment));

        Assert.Equal("There is no SLA policy for priority Low. Ask your administrator to create one before escalating.", error.Detail.Message);
        var unchanged = _world.Request(request);
        Assert.Equal(Choices.RequestStatus.New, unchanged.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.False(unchanged.Contains("csx_escalatedon"));
    }

    [Fact]
    public void A_resolution_dated_before_the_escalation_is_refused()
    {
        var account = _world.CreateAccount("Contoso");
        var request = _world.OpenRequest(account, Choices.Priority.High);
        _world.SetClock(Utc(5, 7, 0));
        _world.SetRequestStatus(request, Choices.RequestStatus.EscalatedToDevelopment);

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _world.Service.Update(new Entity("csx_customerrequest", request)
        {
            ["statuscode"] = new OptionSetValue(Choices.RequestStatus.Resolved),
            ["csx_resolvedon"] = Utc(5, 1, 0),
            ["csx_resolutionnote"] = "Done",
        }));

        Assert.Contains("before", error.Detail.Message);
        Assert.Equal(Choices.SlaStatus.InProgress, _world.Request(request).GetAttributeValue<OptionSetValue>("csx_slastatus").Value);
    }

    [Fact]
    public void Resolving_a_request_never_escalated_needs_a_resolution_note()
    {
        var account = _world.CreateAccount("Contoso");
        var request = _world.OpenRequest(account, Choices.Priority.High);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _world.SetRequestStatus(request, Choices.RequestStatus.Resolved));
        _world.SetRequestStatus(request, Choices.RequestStatus.Resolved, "Answered by documentation.");

        Assert.Equal(Choices.RequestStatus.Resolved, _world.Request(request).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void A_policy_whose_day_ends_before_it_starts_or_with_no_work_day_is_refused()
    {
        var late = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _world.CreateSlaPolicy(Choices.Priority.Low, 60, 600, dayStart: 1080, dayEnd: 540));
        var noDays = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _world.Service.Create(new Entity("csx_slapolicy")
        {
            ["csx_name"] = "No days",
            ["csx_priority"] = new OptionSetValue(Choices.Priority.Low),
            ["csx_responsetargetminutes"] = 60,
            ["csx_resolutiontargetminutes"] = 600,
            ["csx_workdays"] = new OptionSetValueCollection(),
            ["csx_daystartminutes"] = 540,
            ["csx_dayendminutes"] = 1080,
            ["csx_timezone"] = "Tokyo Standard Time",
        }));

        Assert.StartsWith("This SLA policy cannot be saved: ", late.Detail.Message);
        Assert.StartsWith("This SLA policy cannot be saved: ", noDays.Detail.Message);
    }

    [Fact]
    public void ARR_impact_is_the_ARR_of_every_requesting_account_and_follows_a_second_account()
    {
        var first = _world.CreateAccount("Contoso");
        var second = _world.CreateAccount("Fabrikam");
        _world.AddActiveContract(first, arr: 120000m);
        _world.AddActiveContract(second, arr: 80000m);
        var request = _world.OpenRequest(first, Choices.Priority.High);
        Assert.Equal(120000m, _world.Request(request).GetAttributeValue<Money>("csx_arrimpact").Value);

        _world.Service.Associate("csx_customerrequest", request, new Relationship("csx_customerrequest_account"),
            new EntityReferenceCollection { new EntityReference("account", second) });

        var joined = _world.Request(request);
        Assert.Equal(200000m, joined.GetAttributeValue<Money>("csx_arrimpact").Value);
        Assert.Equal(2, joined.GetAttributeValue<int>("csx_requestingaccounts"));
    }

    [Fact]
    public void Escalation_notifies_each_member_of_the_triage_team_with_priority_due_dates_and_ARR_impact()
    {
        var triage = _world.Service.Create(new Entity("team") { ["name"] = "Product triage", ["businessunitid"] = new EntityReference("businessunit", _world.Emulator.RootBusinessUnitId) });
        var members = new[] { _world.Emulator.CreateUser("Yui Mori"), _world.Emulator.CreateUser("Ren Ito") };
        _world.Service.Associate("team", triage, new Relationship("teammembership_association"),
            new EntityReferenceCollection(members.Select(m => new EntityReference("systemuser", m)).ToList()));
        _world.Service.Create(new Entity("csx_configuration") { ["csx_name"] = "Default", ["csx_triageteamid"] = new EntityReference("team", triage) });
        var account = _world.CreateAccount("Contoso");
        _world.AddActiveContract(account, arr: 150000m);
        var request = _world.OpenRequest(account, Choices.Priority.High);
        _world.SetClock(Utc(5, 7, 0));

        _world.SetRequestStatus(request, Choices.RequestStatus.EscalatedToDevelopment);

        var notices = _world.Query("appnotification").Entities.Where(n => n.GetAttributeValue<string>("title").StartsWith("Escalated")).ToList();
        Assert.Equal(members.OrderBy(m => m), notices.Select(n => n.GetAttributeValue<EntityReference>("ownerid").Id).OrderBy(m => m));
        Assert.All(notices, n => Assert.Equal(
            "Priority High. Response due 2026-05-07 04:00 UTC, resolution due 2026-05-11 09:00 UTC. ARR impact 150,000.",
            n.GetAttributeValue<string>("body")));
    }
}
