using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CsExtension.Plugins.Kpis;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Benchmarks
{
    /// <summary>`--kpis`: 10,000 accounts, 100,000 completed activities (spread over a year) and their ledger rows,
    /// written straight into the emulator's store; runs csx_ComputeKpis for Q2 2026 and prints calls and wall time.</summary>
    public static class KpiMeasurement
    {
        public static string Run(int accounts = 10_000, int activities = 100_000)
        {
            var world = new CsWorld();
            var random = new Random(42);
            var ids = new Guid[accounts];
            var first = KpiScenarios.Day(2026, 4, 1);
            for (var i = 0; i < accounts; i++)
            {
                var tier = Choices.Tier.HighTouch + i % 3;
                ids[i] = world.Insert("account", new Dictionary<string, object>
                {
                    ["name"] = "Account " + i, ["csx_tier"] = new OptionSetValue(tier),
                    ["csx_onboardingdueon"] = first.AddDays(random.Next(-60, 120)),
                    ["csx_onboardingstatus"] = new OptionSetValue(Choices.OnboardingStatus.CompletedOnTime + random.Next(0, 3)),
                    ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
                });
                var arr = 10_000m + random.Next(0, 90) * 1000m;
                Movement(world, ids[i], first.AddDays(-random.Next(1, 700)), Choices.ArrMovementType.New, arr, 0m, arr);
                switch (i % 10)
                {
                    case 0: Movement(world, ids[i], first.AddDays(random.Next(0, 91)), Choices.ArrMovementType.Churn, -arr, arr, 0m); break;
                    case 1: Movement(world, ids[i], first.AddDays(random.Next(0, 91)), Choices.ArrMovementType.Contraction, -1000m, arr, arr - 1000m); break;
                    case 2: case 3: Movement(world, ids[i], first.AddDays(random.Next(0, 91)), Choices.ArrMovementType.Expansion, 5000m, arr, arr + 5000m); break;
                }

                world.Insert("csx_healthscore", new Dictionary<string, object>
                {
                    ["csx_accountid"] = new EntityReference("account", ids[i]), ["csx_date"] = first.AddDays(-random.Next(1, 60)),
                    ["csx_band"] = new OptionSetValue(Choices.HealthBand.Healthy + random.Next(0, 4)),
                    ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
                });
            }

            for (var i = 0; i < activities; i++)
            {
                // A year of activity (1 Jan – 31 Dec 2026): about a quarter falls in Q2, under the 50,000-row aggregate limit.
                world.Insert(i % 2 == 0 ? "appointment" : "phonecall", new Dictionary<string, object>
                {
                    ["subject"] = "Meeting", ["regardingobjectid"] = new EntityReference("account", ids[i % accounts]),
                    ["actualend"] = KpiScenarios.Day(2026, 1, 1).AddMinutes(random.Next(0, 365 * 24 * 60)),
                    ["csx_meetingtype"] = new OptionSetValue(Choices.MeetingType.Regular + random.Next(0, 2)),
                    ["statecode"] = new OptionSetValue(Choices.ActivityState.Completed), ["statuscode"] = new OptionSetValue(i % 2 == 0 ? 3 : 2),
                });
            }

            world.Emulator.ClearExecutions();
            var watch = Stopwatch.StartNew();
            var snapshot = world.KpiSnapshot(world.ComputeKpis(first, KpiScenarios.Day(2026, 6, 30)));
            watch.Stop();
            var run = world.Emulator.Executions.Single(e => e.PluginType == typeof(ComputeKpisApi));
            return string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "csx_ComputeKpis, {0:N0} accounts, {1:N0} activities: {2} calls ({3}), {4:N0} rows returned, {5:N0} rows examined, {6:N0} ms wall time\n" +
                "  active at start {7}, churned {8}, GRR {9} %, NRR {10} %, meetings {11}, QBR rate {12} %, at risk {13}",
                accounts, activities, run.TotalCalls, string.Join(", ", run.Calls.Select(c => c.Key + " " + c.Value)), run.RowsReturned, run.RowsExamined,
                watch.Elapsed.TotalMilliseconds,
                snapshot.GetAttributeValue<int>("csx_accountsactiveatstart"), snapshot.GetAttributeValue<int>("csx_accountschurned"),
                snapshot.GetAttributeValue<decimal?>("csx_grr"), snapshot.GetAttributeValue<decimal?>("csx_nrr"),
                snapshot.GetAttributeValue<int>("csx_meetingscompleted"), snapshot.GetAttributeValue<decimal?>("csx_qbrexecutionrate"),
                snapshot.GetAttributeValue<int>("csx_accountsatriskatstart"));
        }

        private static void Movement(CsWorld world, Guid account, DateTime date, int type, decimal amount, decimal before, decimal after) =>
            world.Insert("csx_arrmovement", new Dictionary<string, object>
            {
                ["csx_accountid"] = new EntityReference("account", account), ["csx_date"] = date,
                ["csx_movementtype"] = new OptionSetValue(type), ["csx_amount"] = new Money(amount),
                ["csx_arrbefore"] = new Money(before), ["csx_arrafter"] = new Money(after),
                ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
            });
    }
}
