using System;
using System.Linq;
using CsExtension.Plugins.Kpis;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using static CsExtension.Scenarios.KpiScenarios;

namespace CsExtension.Plugins.Tests.Kpis;

/// <summary>csx_ComputeKpis over a scripted quarter (Q2 2026: 1 April – 30 June), every figure worked out by hand.</summary>
public class KpiSnapshotTests : IDisposable
{
    private static readonly DateTime First = Day(2026, 4, 1), Last = Day(2026, 6, 30);
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    [Fact]
    public void The_snapshot_of_a_scripted_quarter_matches_the_figures_worked_out_by_hand()
    {
        var w = _world;
        // --- ARR book: 1,000,000 at start (A1 400k + A2 300k + A3 50k + A4 250k; A7 came and went before).
        var a1 = w.CreateAccount("A1", Choices.Tier.HighTouch);
        var a2 = w.CreateAccount("A2", Choices.Tier.HighTouch);
        var a3 = w.CreateAccount("A3");
        var a4 = w.CreateAccount("A4");
        var a5 = w.CreateAccount("A5");
        var a6 = w.CreateAccount("A6");
        var a7 = w.CreateAccount("A7");
        w.AddMovement(a1, Day(2025, 1, 10), Choices.ArrMovementType.New, 400_000m, 0m, 400_000m);
        w.AddMovement(a2, Day(2025, 2, 1), Choices.ArrMovementType.New, 300_000m, 0m, 300_000m);
        w.AddMovement(a3, Day(2025, 3, 1), Choices.ArrMovementType.New, 50_000m, 0m, 50_000m);
        w.AddMovement(a4, Day(2025, 6, 1), Choices.ArrMovementType.New, 250_000m, 0m, 250_000m);
        w.AddMovement(a7, Day(2024, 1, 1), Choices.ArrMovementType.New, 20_000m, 0m, 20_000m);
        w.AddMovement(a7, Day(2025, 1, 1), Choices.ArrMovementType.Churn, -20_000m, 20_000m, 0m);
        // In the quarter: A1 expands 150k, A2 contracts 30k, A3 churns 50k (a lost logo).
        w.AddMovement(a1, Day(2026, 5, 1), Choices.ArrMovementType.Expansion, 150_000m, 400_000m, 550_000m);
        w.AddMovement(a2, Day(2026, 4, 15), Choices.ArrMovementType.Contraction, -30_000m, 300_000m, 270_000m);
        w.AddMovement(a3, Day(2026, 5, 20), Choices.ArrMovementType.Churn, -50_000m, 50_000m, 0m);
        // Edge: A4 churns and comes back within the quarter — not a lost logo, its return offsets the churn.
        w.AddMovement(a4, Day(2026, 4, 10), Choices.ArrMovementType.Churn, -250_000m, 250_000m, 0m);
        w.AddMovement(a4, Day(2026, 4, 25), Choices.ArrMovementType.Reactivation, 250_000m, 0m, 250_000m);
        // Edge: A5 starts and churns within the quarter — never active at start, counts nowhere.
        w.AddMovement(a5, Day(2026, 5, 5), Choices.ArrMovementType.New, 100_000m, 0m, 100_000m);
        w.AddMovement(a5, Day(2026, 6, 10), Choices.ArrMovementType.Churn, -100_000m, 100_000m, 0m);
        // Edge: A6's contract, due to start 1 July, is cancelled on 15 May before it started — never ARR.
        var cancelled = w.Service.Create(new Entity("contract")
        {
            ["title"] = "Never started",
            ["customerid"] = new EntityReference("account", a6),
            ["activeon"] = Day(2026, 7, 1),
            ["expireson"] = Day(2027, 6, 30),
            ["csx_arr"] = new Money(80_000m),
        });
        w.SetContractState(cancelled, Choices.ContractState.Canceled);
        w.AddMovement(a6, Day(2026, 3, 20), Choices.ArrMovementType.New, 80_000m, 0m, 80_000m, cancelled);
        w.AddMovement(a6, Day(2026, 5, 15), Choices.ArrMovementType.Churn, -80_000m, 80_000m, 0m, cancelled);
        // Accounts active at start: A1, A2, A3, A4 = 4 (gains before 5 − losses before 1). Churned: A3 = 1 → 25 %.
        // GRR = (1,000,000 − 30,000 − 50,000) ÷ 1,000,000 = 92 %; NRR = 92 % + 150,000 ÷ 1,000,000 = 107 %.

        // --- Onboarding: due in the quarter B1 (on time), B2 (late), B3 (overdue); B4 due in July → 1 ÷ 3 = 33.33 %.
        SetOnboarding(w.CreateAccount("B1"), Day(2026, 4, 20), Choices.OnboardingStatus.CompletedOnTime, Day(2026, 4, 18));
        SetOnboarding(w.CreateAccount("B2"), Day(2026, 5, 10), Choices.OnboardingStatus.CompletedLate, Day(2026, 5, 12));
        SetOnboarding(w.CreateAccount("B3"), Day(2026, 6, 1), Choices.OnboardingStatus.Overdue, null);
        SetOnboarding(w.CreateAccount("B4"), Day(2026, 7, 15), Choices.OnboardingStatus.InProgress, null);

        // --- QBRs and meetings: High touch A1 (QBR appointment and QBR call in the quarter: counted once), A2 (QBR in
        // March only), H3 (a regular meeting only) → 1 ÷ 3 = 33.33 %. Meetings in the quarter: 3 → 3 ÷ 4 = 0.75.
        var h3 = w.CreateAccount("H3", Choices.Tier.HighTouch);
        w.SetClock(new DateTime(2026, 3, 10, 10, 0, 0, DateTimeKind.Utc));
        w.CompleteMeeting(a2, Choices.MeetingType.Qbr);
        w.SetClock(new DateTime(2026, 4, 20, 10, 0, 0, DateTimeKind.Utc));
        w.CompleteMeeting(a1, Choices.MeetingType.Qbr);
        w.CompleteMeeting(a1, Choices.MeetingType.Qbr, "phonecall");
        w.CompleteMeeting(h3);

        // --- Upsell: A1 won two signal opportunities in the quarter (one account); A2 won one without a signal; A3's was
        // won in March → 1 ÷ 4 = 25 %.
        w.InsertWonOpportunity(a1, Day(2026, 5, 15), Choices.SignalType.SeatExpansion);
        w.InsertWonOpportunity(a1, Day(2026, 6, 2), Choices.SignalType.TierUpgrade);
        w.InsertWonOpportunity(a2, Day(2026, 5, 15), null);
        w.InsertWonOpportunity(a3, Day(2026, 3, 15), Choices.SignalType.RenewalUpgrade);

        // --- SLA: escalated and resolved in the quarter: 3 Met, 1 Breached → 75 %. Not counted: one resolved in March,
        // one never escalated, one cancelled.
        w.InsertResolvedRequest(a1, Day(2026, 4, 1), Day(2026, 4, 3), Choices.SlaStatus.Met);
        w.InsertResolvedRequest(a1, Day(2026, 5, 1), Day(2026, 5, 3), Choices.SlaStatus.Met);
        w.InsertResolvedRequest(a2, Day(2026, 6, 1), new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), Choices.SlaStatus.Met);
        w.InsertResolvedRequest(a2, Day(2026, 4, 1), Day(2026, 4, 20), Choices.SlaStatus.Breached);
        w.InsertResolvedRequest(a2, Day(2026, 3, 1), Day(2026, 3, 20), Choices.SlaStatus.Met);
        w.InsertResolvedRequest(a3, null, Day(2026, 4, 20), Choices.SlaStatus.Met);
        w.InsertResolvedRequest(a3, Day(2026, 4, 1), Day(2026, 4, 20), Choices.SlaStatus.Cancelled);

        // --- Health: the band on a day is the latest history row on or before it. At risk/Critical at start: C1, C2, C4
        // (C3 is Healthy again on 1 April, C5 has no row before the quarter); Neutral or better at the end: C1, C4 → 66.67 %.
        w.ClearHealthHistory();
        var c1 = w.CreateAccount("C1");
        var c2 = w.CreateAccount("C2");
        var c3 = w.CreateAccount("C3");
        var c4 = w.CreateAccount("C4");
        var c5 = w.CreateAccount("C5");
        w.ClearHealthHistory();
        w.AddHealthRow(c1, Day(2026, 3, 15), Choices.HealthBand.AtRisk);
        w.AddHealthRow(c1, Day(2026, 5, 1), Choices.HealthBand.Neutral);
        w.AddHealthRow(c2, Day(2026, 3, 1), Choices.HealthBand.Healthy);
        w.AddHealthRow(c2, Day(2026, 3, 25), Choices.HealthBand.Critical);
        w.AddHealthRow(c2, Day(2026, 6, 30), Choices.HealthBand.Critical);
        w.AddHealthRow(c3, Day(2026, 3, 20), Choices.HealthBand.Critical);
        w.AddHealthRow(c3, Day(2026, 4, 1), Choices.HealthBand.Healthy);
        w.AddHealthRow(c4, Day(2026, 2, 1), Choices.HealthBand.AtRisk);
        w.AddHealthRow(c4, Day(2026, 6, 15), Choices.HealthBand.Healthy);
        w.AddHealthRow(c4, Day(2026, 7, 5), Choices.HealthBand.Critical);
        w.AddHealthRow(c5, Day(2026, 4, 10), Choices.HealthBand.Critical);

        w.SetClock(new DateTime(2026, 7, 1, 6, 0, 0, DateTimeKind.Utc));
        var snapshot = w.KpiSnapshot(w.ComputeKpis(First, Last));

        Assert.Equal(4, snapshot.GetAttributeValue<int>("csx_accountsactiveatstart"));
        Assert.Equal(1, snapshot.GetAttributeValue<int>("csx_accountschurned"));
        Assert.Equal(25m, snapshot.GetAttributeValue<decimal?>("csx_logochurnrate"));
        Assert.Equal(1_000_000m, snapshot.GetAttributeValue<Money>("csx_arratstart").Value);
        Assert.Equal(150_000m, snapshot.GetAttributeValue<Money>("csx_arrexpansion").Value);
        Assert.Equal(30_000m, snapshot.GetAttributeValue<Money>("csx_arrcontraction").Value);
        Assert.Equal(50_000m, snapshot.GetAttributeValue<Money>("csx_arrchurn").Value);
        Assert.Equal(92m, snapshot.GetAttributeValue<decimal?>("csx_grr"));
        Assert.Equal(107m, snapshot.GetAttributeValue<decimal?>("csx_nrr"));
        Assert.Equal(3, snapshot.GetAttributeValue<int>("csx_onboardingsdue"));
        Assert.Equal(1, snapshot.GetAttributeValue<int>("csx_onboardingsontime"));
        Assert.Equal(33.33m, snapshot.GetAttributeValue<decimal?>("csx_onboardingcompletionrate"));
        Assert.Equal(3, snapshot.GetAttributeValue<int>("csx_hightouchaccounts"));
        Assert.Equal(1, snapshot.GetAttributeValue<int>("csx_hightouchaccountswithqbr"));
        Assert.Equal(33.33m, snapshot.GetAttributeValue<decimal?>("csx_qbrexecutionrate"));
        Assert.Equal(3, snapshot.GetAttributeValue<int>("csx_accountsatriskatstart"));
        Assert.Equal(2, snapshot.GetAttributeValue<int>("csx_accountsimproved"));
        Assert.Equal(66.67m, snapshot.GetAttributeValue<decimal?>("csx_healthimprovementrate"));
        Assert.Equal(1, snapshot.GetAttributeValue<int>("csx_accountswithupsell"));
        Assert.Equal(25m, snapshot.GetAttributeValue<decimal?>("csx_upsellrate"));
        Assert.Equal(3, snapshot.GetAttributeValue<int>("csx_meetingscompleted"));
        Assert.Equal(0.75m, snapshot.GetAttributeValue<decimal?>("csx_meetingsperaccount"));
        Assert.Equal(4, snapshot.GetAttributeValue<int>("csx_requestsresolved"));
        Assert.Equal(3, snapshot.GetAttributeValue<int>("csx_requestsmet"));
        Assert.Equal(75m, snapshot.GetAttributeValue<decimal?>("csx_slaattainment"));
        Assert.Equal(615300001, snapshot.GetAttributeValue<OptionSetValue>("csx_periodtype").Value);
    }

    [Fact]
    public void Rates_with_empty_denominators_are_empty_and_the_counts_are_zero()
    {
        _world.CreateAccount("Prospect");
        var snapshot = _world.KpiSnapshot(_world.ComputeKpis(First, Last));

        foreach (var rate in new[] { "csx_logochurnrate", "csx_grr", "csx_nrr", "csx_onboardingcompletionrate", "csx_qbrexecutionrate",
                     "csx_healthimprovementrate", "csx_upsellrate", "csx_slaattainment", "csx_meetingsperaccount" })
        {
            Assert.False(snapshot.Contains(rate), rate + " should be empty");
        }

        Assert.Equal(0, snapshot.GetAttributeValue<int>("csx_accountsactiveatstart"));
        Assert.Equal(0, snapshot.GetAttributeValue<int>("csx_hightouchaccounts"));
    }

    [Fact]
    public void Running_it_twice_updates_the_same_snapshot()
    {
        var account = _world.CreateAccount("Contoso");
        _world.AddMovement(account, Day(2026, 1, 5), Choices.ArrMovementType.New, 100_000m, 0m, 100_000m);
        var first = _world.ComputeKpis(First, Last);
        _world.AddMovement(account, Day(2026, 5, 5), Choices.ArrMovementType.Contraction, -10_000m, 100_000m, 90_000m);
        var second = _world.ComputeKpis(First, Last);

        Assert.Equal(first.Id, second.Id);
        Assert.Single(_world.Service.RetrieveMultiple(new QueryExpression("csx_kpisnapshot") { ColumnSet = new ColumnSet(false) }).Entities);
        Assert.Equal(90m, _world.KpiSnapshot(second).GetAttributeValue<decimal?>("csx_grr"));
        var month = _world.KpiSnapshot(_world.ComputeKpis(Day(2026, 5, 1), Day(2026, 5, 31)));
        Assert.Equal(615300000, month.GetAttributeValue<OptionSetValue>("csx_periodtype").Value);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var fault = Assert.ThrowsAny<Exception>(() => _world.ComputeKpis(Last, First));
        Assert.Contains(ComputeKpisApi.PeriodMessage, fault.Message);
    }

    private void SetOnboarding(Guid account, DateTime due, int status, DateTime? completed) =>
        _world.Service.Update(new Entity("account", account)
        {
            ["csx_onboardingstatus"] = new OptionSetValue(status),
            ["csx_onboardingstartedon"] = due.AddDays(-30),
            ["csx_onboardingdueon"] = due,
            ["csx_onboardingcompletedon"] = completed,
        });
}
