using System;
using System.Globalization;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Rules.Kpis;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CsExtension.Plugins.Kpis
{
    /// <summary>csx_ComputeKpis (unbound): computes the KPIs of [PeriodStart, PeriodEnd] (first and last day) and writes
    /// them, with the counts behind each rate, to the period's csx_kpisnapshot — an Upsert on the alternate key
    /// csx_period (start + end), so running it again updates the same row. At most 16 Dataverse calls whatever the data:
    /// 15 aggregate reads (<see cref="KpiReader"/>) and the upsert. Returns Snapshot.</summary>
    [CustomApi("csx_ComputeKpis")]
    public sealed class ComputeKpisApi : PluginBase
    {
        public const string PeriodMessage = "The period must end on or after the day it starts.";

        private const int Month = 615300000, Quarter = 615300001;

        public ComputeKpisApi()
            : base(typeof(ComputeKpisApi))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var first = ((DateTime)context.InputParameters["PeriodStart"]).Date;
            var last = ((DateTime)context.InputParameters["PeriodEnd"]).Date;
            if (last < first)
            {
                throw new InvalidPluginExecutionException(PeriodMessage);
            }

            var system = localContext.SystemUserService;
            var figures = KpiReader.Read(system, first, last);
            var rates = KpiCalculator.Calculate(figures);
            var snapshot = Snapshot(first, last, figures, rates, localContext.Now);
            var response = (UpsertResponse)system.Execute(new UpsertRequest { Target = snapshot });
            context.OutputParameters["Snapshot"] = new EntityReference("csx_kpisnapshot", response.Target.Id);
            localContext.Trace(string.Format(CultureInfo.InvariantCulture, "KPIs of {0:yyyy-MM-dd}..{1:yyyy-MM-dd}: {2} accounts active at start, ARR at start {3}.",
                first, last, figures.AccountsActiveAtStart, figures.ArrAtStart));
        }

        public static Entity Snapshot(DateTime first, DateTime last, KpiFigures figures, KpiRates rates, DateTime now)
        {
            var isMonth = first.Day == 1 && last == first.AddMonths(1).AddDays(-1);
            var start = DateTime.SpecifyKind(first, DateTimeKind.Utc);
            var end = DateTime.SpecifyKind(last, DateTimeKind.Utc);
            var snapshot = new Entity("csx_kpisnapshot");
            snapshot.KeyAttributes["csx_periodstart"] = start;
            snapshot.KeyAttributes["csx_periodend"] = end;
            snapshot["csx_periodstart"] = start;
            snapshot["csx_periodend"] = end;
            snapshot["csx_name"] = string.Format(CultureInfo.InvariantCulture, "{0} {1:yyyy-MM-dd} – {2:yyyy-MM-dd}", isMonth ? "Month" : "Quarter", first, last);
            snapshot["csx_periodtype"] = new OptionSetValue(isMonth ? Month : Quarter);
            snapshot["csx_calculatedon"] = now;
            snapshot["csx_logochurnrate"] = rates.LogoChurnRate;
            snapshot["csx_accountsactiveatstart"] = figures.AccountsActiveAtStart;
            snapshot["csx_accountschurned"] = figures.AccountsChurned;
            snapshot["csx_grr"] = rates.GrossRevenueRetention;
            snapshot["csx_nrr"] = rates.NetRevenueRetention;
            snapshot["csx_arratstart"] = new Money(figures.ArrAtStart);
            snapshot["csx_arrexpansion"] = new Money(figures.ExpansionArr);
            snapshot["csx_arrcontraction"] = new Money(figures.ContractionArr);
            snapshot["csx_arrchurn"] = new Money(figures.ChurnArr);
            snapshot["csx_onboardingcompletionrate"] = rates.OnboardingCompletionRate;
            snapshot["csx_onboardingsdue"] = figures.OnboardingsDue;
            snapshot["csx_onboardingsontime"] = figures.OnboardingsOnTime;
            snapshot["csx_qbrexecutionrate"] = rates.QbrExecutionRate;
            snapshot["csx_hightouchaccounts"] = figures.HighTouchAccounts;
            snapshot["csx_hightouchaccountswithqbr"] = figures.HighTouchAccountsWithQbr;
            snapshot["csx_healthimprovementrate"] = rates.HealthImprovementRate;
            snapshot["csx_accountsatriskatstart"] = figures.AccountsAtRiskAtStart;
            snapshot["csx_accountsimproved"] = figures.AccountsImproved;
            snapshot["csx_upsellrate"] = rates.UpsellRate;
            snapshot["csx_accountswithupsell"] = figures.AccountsWithUpsell;
            snapshot["csx_meetingsperaccount"] = rates.MeetingsPerAccount;
            snapshot["csx_meetingscompleted"] = figures.MeetingsCompleted;
            snapshot["csx_slaattainment"] = rates.SlaAttainment;
            snapshot["csx_requestsresolved"] = figures.RequestsResolved;
            snapshot["csx_requestsmet"] = figures.RequestsMet;
            return snapshot;
        }
    }
}
