using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Benchmarks
{
    /// <summary>Dataverse calls per event: each plugin execution's own calls and rows, from the emulator's accounting,
    /// for the events of a year of customer life.</summary>
    public static class CallsReport
    {
        /// <summary>Accounts with a contract, a year of monthly snapshots, meetings and a request, through the plugins.</summary>
        public static CsWorld BookOfBusiness(int accounts, out Guid lastAccount)
        {
            var world = new CsWorld();
            lastAccount = Guid.Empty;
            for (var i = 0; i < accounts; i++)
            {
                var account = world.CreateAccount("Customer " + i.ToString(CultureInfo.InvariantCulture), i % 3 == 0 ? Choices.Tier.HighTouch : Choices.Tier.MidTouch);
                world.AddActiveContract(account);
                world.OpenRequest(account, i % 2 == 0 ? Choices.Priority.High : Choices.Priority.Low);
                lastAccount = account;
            }

            for (var month = 0; month < 12; month++)
            {
                world.AdvanceDays(30);
                var query = world.Query("account");
                foreach (var account in query.Entities)
                {
                    world.AddSnapshot(account.Id, activeUsers: 60 + (month * 7 + account.Id.GetHashCode()) % 40);
                    if (month % 3 == 0)
                    {
                        world.CompleteMeeting(account.Id, month % 6 == 0 ? Choices.MeetingType.Qbr : Choices.MeetingType.Regular);
                    }
                }
            }

            world.AssertNoFailedSystemJobs();
            return world;
        }

        public static string Build(int accounts)
        {
            var world = BookOfBusiness(accounts, out _);
            var text = new StringBuilder();
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "Plugin executions for {0} accounts over 12 months:", accounts));
            text.AppendLine("| plugin | executions | calls per execution (max) | calls per execution (mean) | rows returned (max) |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var group in world.Emulator.Executions.GroupBy(e => e.PluginType.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine(string.Format(
                    CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3:0.00} | {4} |",
                    group.Key, group.Count(), group.Max(e => e.TotalCalls), group.Average(e => e.TotalCalls), group.Max(e => e.RowsReturned)));
            }

            return text.ToString();
        }
    }
}
