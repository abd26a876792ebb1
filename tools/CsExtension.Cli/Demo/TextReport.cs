using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CsExtension.Cli.Demo
{
    /// <summary>The demo's outcome as plain aligned text tables (invariant culture, nothing from the machine).</summary>
    public static class TextReport
    {
        public const string KpiHeader = "KPIs per month";

        public static void Write(DemoOutcome outcome, TextWriter output)
        {
            var o = outcome.Options;
            output.WriteLine(Invariant($"CS Extension demo: {o.Accounts} accounts, {o.Months} month(s) after a warm-up month, seed {o.Seed}"));
            output.WriteLine();
            output.WriteLine(KpiHeader);
            output.Write(Table(KpiColumns, KpiCells(outcome)));
            output.WriteLine();

            output.WriteLine(Invariant($"At-risk accounts: {outcome.AtRiskTotal} (At risk or Critical, by score{(outcome.AtRiskTotal > outcome.AtRisk.Count ? $"; the {outcome.AtRisk.Count} lowest shown" : "")})"));
            output.Write(Table(AtRiskColumns, AtRiskCells(outcome)));
            output.WriteLine();

            output.WriteLine(Invariant($"Upsell opportunities raised by the signals: {outcome.Upsell.Count}"));
            output.Write(Table(UpsellSummaryColumns, UpsellSummaryCells(outcome)));
            output.WriteLine();
            var openUpsell = outcome.Upsell.Where(u => u.Status == "Open").OrderByDescending(u => u.Value).ThenBy(u => u.Account, StringComparer.Ordinal).Take(15).ToList();
            output.WriteLine(Invariant($"Open upsell opportunities by value (top {openUpsell.Count})"));
            output.Write(Table(UpsellColumns, openUpsell.Select(u => UpsellCells(u) is var cells && cells[4].Length > 100 ? cells.Take(4).Append(cells[4][..99] + "…").ToArray() : UpsellCells(u)).ToList()));
            output.WriteLine();

            output.WriteLine(Invariant($"SLA board: {outcome.SlaBoardTotal} escalated open request(s) by resolution due{(outcome.SlaBoardTotal > outcome.SlaBoard.Count ? $" (first {outcome.SlaBoard.Count})" : "")}"));
            output.Write(Table(SlaColumns, SlaCells(outcome)));
            output.WriteLine();

            output.WriteLine("Totals");
            output.Write(Table(new[] { ("what", false), ("count", true) }, outcome.Totals.Select(t => new[] { t.Label, Number(t.Value) }).ToList()));
            if (outcome.FailedSystemJobs > 0)
            {
                output.WriteLine(Invariant($"Failed system jobs: {outcome.FailedSystemJobs}"));
                foreach (var sample in outcome.FailedSystemJobSamples)
                {
                    output.WriteLine("  " + sample);
                }
            }
        }

        internal static readonly (string Name, bool Right)[] KpiColumns =
        {
            ("month", false), ("active", true), ("churned", true), ("ARR at start", true), ("logo churn", true), ("GRR", true), ("NRR", true),
            ("onboarding", true), ("QBR", true), ("health impr.", true), ("upsell", true), ("SLA met", true), ("meetings/acct", true),
        };

        internal static List<string[]> KpiCells(DemoOutcome outcome) => outcome.Kpis.Select(k => new[]
        {
            k.Month, Number(k.ActiveAtStart), Number(k.Churned), Money(k.ArrAtStart), Percent(k.LogoChurn), Percent(k.Grr), Percent(k.Nrr),
            Percent(k.Onboarding), Percent(k.Qbr), Percent(k.HealthImprovement), Percent(k.Upsell), Percent(k.SlaAttainment),
            k.MeetingsPerAccount.HasValue ? k.MeetingsPerAccount.Value.ToString("0.00", CultureInfo.InvariantCulture) : "—",
        }).ToList();

        internal static readonly (string Name, bool Right)[] AtRiskColumns =
        {
            ("account", false), ("tier", false), ("CSM", false), ("ARR", true), ("score", true), ("band", false), ("trend", true), ("drivers", false),
        };

        internal static List<string[]> AtRiskCells(DemoOutcome outcome) => outcome.AtRisk.Select(a => new[]
        {
            a.Account, a.Tier, a.Csm, Money(a.Arr), a.Score?.ToString(CultureInfo.InvariantCulture) ?? "—", a.Band,
            a.Trend.HasValue ? a.Trend.Value.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "—", a.Drivers,
        }).ToList();

        internal static readonly (string Name, bool Right)[] UpsellSummaryColumns =
        {
            ("signal", false), ("raised", true), ("open", true), ("won", true), ("lost", true), ("value raised", true), ("value won", true),
        };

        internal static List<string[]> UpsellSummaryCells(DemoOutcome outcome) => new[] { "Seat expansion", "Renewal upgrade", "Tier upgrade" }
            .Select(type => outcome.Upsell.Where(u => u.Type == type).ToList())
            .Zip(new[] { "Seat expansion", "Renewal upgrade", "Tier upgrade" })
            .Select(pair => new[]
            {
                pair.Second, Number(pair.First.Count), Number(pair.First.Count(u => u.Status == "Open")), Number(pair.First.Count(u => u.Status == "Won")),
                Number(pair.First.Count(u => u.Status == "Lost")), Money(pair.First.Sum(u => u.Value)), Money(pair.First.Where(u => u.Status == "Won").Sum(u => u.Value)),
            }).ToList();

        internal static readonly (string Name, bool Right)[] UpsellColumns =
        {
            ("account", false), ("signal", false), ("value", true), ("raised on", false), ("figures", false),
        };

        internal static string[] UpsellCells(UpsellRow u) =>
            new[] { u.Account, u.Type, Money(u.Value), u.RaisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), u.Detail };

        internal static readonly (string Name, bool Right)[] SlaColumns =
        {
            ("resolution due (JST)", false), ("request", false), ("account", false), ("priority", false), ("status", false), ("SLA", false), ("ARR impact", true),
        };

        internal static List<string[]> SlaCells(DemoOutcome outcome) => outcome.SlaBoard.Select(r => new[]
        {
            r.ResolutionDue.HasValue ? r.ResolutionDue.Value.AddHours(9).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—",
            r.Title, r.Account, r.Priority, r.Status, r.SlaStatus, Money(r.ArrImpact),
        }).ToList();

        /// <summary>Rates as csx_ComputeKpis writes them: percentages (98.5 means 98.5 %); empty stays empty.</summary>
        public static string Percent(decimal? rate) =>
            rate.HasValue ? rate.Value.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

        public static string Money(decimal value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        /// <summary>Columns padded to their widest cell, numbers right-aligned, a rule under the header.</summary>
        internal static string Table(IReadOnlyList<(string Name, bool Right)> columns, IReadOnlyList<string[]> rows)
        {
            var widths = columns.Select((column, i) => Math.Max(column.Name.Length, rows.Count == 0 ? 0 : rows.Max(row => row[i].Length))).ToArray();
            var text = new System.Text.StringBuilder();
            void Line(IReadOnlyList<string> cells)
            {
                var parts = cells.Select((cell, i) => columns[i].Right ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
                text.Append("  ").Append(string.Join("  ", parts).TrimEnd()).Append('\n');
            }

            Line(columns.Select(column => column.Name).ToList());
            Line(widths.Select(width => new string('-', width)).ToList());
            foreach (var row in rows)
            {
                Line(row);
            }

            if (rows.Count == 0)
            {
                text.Append("  (none)\n");
            }

            return text.ToString();
        }
    }
}
