using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace CsExtension.Cli.Demo
{
    /// <summary>The demo's outcome as one self-contained HTML page: inline SVG line charts of the KPIs per month and the
    /// same tables as the text report (no script, no CDN, nothing from the machine).</summary>
    public static class HtmlReport
    {
        private static readonly string[] Colours = { "#0f6cbd", "#c50f1f", "#107c10", "#8764b8", "#ca5010", "#038387" };

        public static string Build(DemoOutcome outcome)
        {
            var o = outcome.Options;
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>CS Extension demo</title>\n<style>\n")
                .Append("body{font-family:Segoe UI,Helvetica,Arial,sans-serif;margin:24px;color:#242424;background:#fff}\n")
                .Append("h1{font-size:22px}h2{font-size:17px;margin-top:28px}\n")
                .Append("table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border-bottom:1px solid #d1d1d1;padding:4px 8px;text-align:left;vertical-align:top}\n")
                .Append("td.n,th.n{text-align:right}th{background:#f5f5f5}\n")
                .Append(".charts{display:flex;flex-wrap:wrap;gap:16px}.chart{border:1px solid #e0e0e0;padding:8px}\n")
                .Append("svg text{font-size:11px;fill:#424242}\n</style>\n</head>\n<body>\n");
            html.Append("<h1>CS Extension demo</h1>\n<p>")
                .Append(Encode(TextReport.Invariant($"{o.Accounts} accounts, {o.Months} month(s) after a warm-up month, seed {o.Seed}. Every figure was written by the plugins in the emulated Dataverse.")))
                .Append("</p>\n");

            html.Append("<h2>KPIs per month</h2>\n<div class=\"charts\">\n");
            var k = outcome.Kpis;
            html.Append(Chart("Revenue retention", k, "%", ("GRR", r => r.Grr), ("NRR", r => r.Nrr)));
            html.Append(Chart("Logo churn", k, "%", ("Logo churn", r => r.LogoChurn)));
            html.Append(Chart("Execution", k, "%", ("Onboarding", r => r.Onboarding), ("QBR", r => r.Qbr), ("SLA met", r => r.SlaAttainment)));
            html.Append(Chart("Growth and health", k, "%", ("Upsell", r => r.Upsell), ("Health improvement", r => r.HealthImprovement)));
            html.Append(Chart("Meetings per account", k, "", ("Meetings per account", r => r.MeetingsPerAccount)));
            html.Append("</div>\n");
            html.Append(Table(TextReport.KpiColumns, TextReport.KpiCells(outcome)));

            html.Append("<h2>").Append(Encode(TextReport.Invariant($"At-risk accounts ({outcome.AtRiskTotal})"))).Append("</h2>\n");
            html.Append(Table(TextReport.AtRiskColumns, TextReport.AtRiskCells(outcome)));

            html.Append("<h2>").Append(Encode(TextReport.Invariant($"Upsell opportunities raised ({outcome.Upsell.Count})"))).Append("</h2>\n");
            html.Append(Table(TextReport.UpsellSummaryColumns, TextReport.UpsellSummaryCells(outcome)));
            html.Append(Table(TextReport.UpsellColumns.Append(("status", false)).ToList(),
                outcome.Upsell.OrderByDescending(u => u.Value).ThenBy(u => u.Account, StringComparer.Ordinal).Take(50)
                    .Select(u => TextReport.UpsellCells(u).Append(u.Status).ToArray()).ToList()));

            html.Append("<h2>").Append(Encode(TextReport.Invariant($"SLA board ({outcome.SlaBoardTotal} escalated open requests)"))).Append("</h2>\n");
            html.Append(Table(TextReport.SlaColumns, TextReport.SlaCells(outcome)));

            html.Append("<h2>Totals</h2>\n");
            html.Append(Table(new[] { ("what", false), ("count", true) }, outcome.Totals.Select(t => new[] { t.Label, TextReport.Number(t.Value) }).ToList()));
            html.Append("</body>\n</html>\n");
            return html.ToString();
        }

        /// <summary>A line chart: one line per series, months on x, an empty rate leaves a gap.</summary>
        private static string Chart(string title, IReadOnlyList<KpiRow> rows, string unit, params (string Name, Func<KpiRow, decimal?> Value)[] series)
        {
            const double width = 460, height = 240, left = 48, right = 30, top = 28, bottom = 52;
            const double scale = 1.0; // csx_ComputeKpis writes rates as percentages already
            var values = series.SelectMany(s => rows.Select(r => s.Value(r))).Where(v => v.HasValue).Select(v => (double)v!.Value * scale).ToList();
            var max = values.Count == 0 ? 1 : values.Max();
            // Rates that all sit high (retention around 100 %) get an axis starting near them, else the axis starts at 0.
            var min = values.Count == 0 ? 0 : values.Min() > 60 ? Math.Floor((values.Min() - 2) / 5) * 5 : Math.Min(0, values.Min());
            max = min > 0 ? Math.Ceiling((max + 1) / 5) * 5 : NiceCeiling(Math.Max(max, min + 1e-9));
            double X(int i) => rows.Count <= 1 ? left + (width - left - right) / 2 : left + i * (width - left - right) / (rows.Count - 1);
            double Y(double v) => top + (height - top - bottom) * (1 - (v - min) / (max - min));

            var svg = new StringBuilder();
            svg.Append(F($"<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\">\n"));
            svg.Append(F($"<text x=\"{left}\" y=\"16\" style=\"font-size:13px;font-weight:600\">{Encode(title)}</text>\n"));
            for (var g = 0; g <= 4; g++)
            {
                var v = min + (max - min) * g / 4;
                svg.Append(F($"<line x1=\"{left}\" y1=\"{Y(v):0.#}\" x2=\"{width - right}\" y2=\"{Y(v):0.#}\" stroke=\"#e6e6e6\"/>"));
                svg.Append(F($"<text x=\"{left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v:0.##}{unit}</text>\n"));
            }

            for (var i = 0; i < rows.Count; i++)
            {
                svg.Append(F($"<text x=\"{X(i):0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{rows[i].Month}</text>\n"));
            }

            for (var s = 0; s < series.Length; s++)
            {
                var colour = Colours[s % Colours.Length];
                var points = new List<string>();
                void Flush()
                {
                    if (points.Count > 1)
                    {
                        svg.Append(F($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(" ", points)}\"/>\n"));
                    }

                    points.Clear();
                }

                for (var i = 0; i < rows.Count; i++)
                {
                    var value = series[s].Value(rows[i]);
                    if (!value.HasValue)
                    {
                        Flush();
                        continue;
                    }

                    var v = (double)value.Value * scale;
                    points.Add(F($"{X(i):0.#},{Y(v):0.#}"));
                    svg.Append(F($"<circle cx=\"{X(i):0.#}\" cy=\"{Y(v):0.#}\" r=\"3\" fill=\"{colour}\"><title>{Encode(series[s].Name)} {rows[i].Month}: {v:0.##}{unit}</title></circle>\n"));
                }

                Flush();
                var legendX = left + s * 140;
                svg.Append(F($"<rect x=\"{legendX}\" y=\"{height - 20}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{legendX + 14}\" y=\"{height - 11}\">{Encode(series[s].Name)}</text>\n"));
            }

            svg.Append("</svg></div>\n");
            return svg.ToString();
        }

        private static double NiceCeiling(double value)
        {
            if (value <= 0)
            {
                return 1;
            }

            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
            foreach (var step in new[] { 1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
            {
                if (step * magnitude >= value)
                {
                    return step * magnitude;
                }
            }

            return 10 * magnitude;
        }

        private static string Table(IReadOnlyList<(string Name, bool Right)> columns, IReadOnlyList<string[]> rows)
        {
            var html = new StringBuilder("<table>\n<tr>");
            foreach (var column in columns)
            {
                html.Append(column.Right ? "<th class=\"n\">" : "<th>").Append(Encode(column.Name)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var row in rows)
            {
                html.Append("<tr>");
                for (var i = 0; i < columns.Count; i++)
                {
                    html.Append(columns[i].Right ? "<td class=\"n\">" : "<td>").Append(Encode(row[i])).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            return html.Append("</table>\n").ToString();
        }

        private static string Encode(string text) => WebUtility.HtmlEncode(text);

        private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
