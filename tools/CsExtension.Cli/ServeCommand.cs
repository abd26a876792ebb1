using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using CsExtension.Cli.Demo;
using Dataverse.WebApi;

namespace CsExtension.Cli
{
    /// <summary>csx serve: the demo's book of business in the emulator, behind a local Web API with the web resources,
    /// until Ctrl+C. Writes through the API run the plugins, as in Dataverse.</summary>
    public static class ServeCommand
    {
        public const int DefaultPort = 5080;
        public const string DashboardPage = "csx_/dashboard/kpi.html";

        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var accounts = new Option<int>("--accounts") { Description = "Accounts in the synthetic book of business.", DefaultValueFactory = _ => DemoOptions.DefaultAccounts };
            var months = new Option<int>("--months") { Description = "Months to simulate before serving, 1 to 24.", DefaultValueFactory = _ => DemoOptions.DefaultMonths };
            var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data.", DefaultValueFactory = _ => 1 };
            var port = new Option<int>("--port") { Description = $"Port on 127.0.0.1 (0: any free port). Default {DefaultPort}.", DefaultValueFactory = _ => DefaultPort };
            var solution = new Option<string?>("--solution") { Description = "The unpacked solution folder (default: Solution/ beside CsExtension.sln)." };
            var asOfDemo = new Option<bool>("--as-demo") { Description = "Simulate the demo's own period (from December 2025, the same data as csx demo) instead of the months up to now." };
            var webResources = new Option<string?>("--web-resources") { Description = "The built web resources (default: WebResources/dist beside CsExtension.sln)." };
            accounts.Validators.Add(result => Program.Range(result, 1, 1_000_000, "--accounts must be between 1 and 1,000,000."));
            months.Validators.Add(result => Program.Range(result, 1, DemoOptions.MaxMonths, $"--months must be between 1 and {DemoOptions.MaxMonths}."));
            port.Validators.Add(result => Program.Range(result, 0, 65535, "--port must be between 0 and 65535."));

            var command = new Command("serve", "Simulates the book of business, then serves it on 127.0.0.1: the Dataverse Web API subset at /api/data/v9.2/ and the web resources at /WebResources/ (the KPI dashboard at /). Stops on Ctrl+C.")
            {
                accounts, months, seed, port, solution, webResources, asOfDemo,
            };
            command.SetAction(result =>
            {
                var folder = DemoOptions.ResolveSolutionFolder(result.GetValue(solution), stderr);
                if (folder is null)
                {
                    return Program.Problems;
                }

                string? web = result.GetValue(webResources) ?? Path.Combine(Path.GetDirectoryName(folder)!, "WebResources", "dist");
                if (!File.Exists(Path.Combine(web, DashboardPage)))
                {
                    stderr.WriteLine($"No built web resources in '{web}' (no {DashboardPage}): serving the Web API only. Build them with: cd WebResources && npm ci && npm run build");
                    web = null;
                }

                // By default the simulated months end where today's month begins, so pages that count back from the
                // browser's clock (the health panel's 90 days) find the data there.
                var start = result.GetValue(asOfDemo) ? DemoOptions.DefaultStart : DemoOptions.StartEndingBefore(DateTime.UtcNow, result.GetValue(months));
                var outcome = DemoSimulation.Run(new DemoOptions(result.GetValue(accounts), result.GetValue(months), result.GetValue(seed), folder, start), stderr);
                var simulatedUntil = outcome.Emulator.Clock.UtcNow;
                if (!result.GetValue(asOfDemo) && DateTime.UtcNow > simulatedUntil)
                {
                    // From here on the emulator keeps the wall clock's time, so what a browser counts from "now" (the
                    // request form's SLA countdown) agrees with the deadlines the plugins compute for new writes.
                    outcome.Emulator.Clock.Set(DateTime.UtcNow);
                }

                using var stop = new CancellationTokenSource();
                ConsoleCancelEventHandler onCancel = (_, e) =>
                {
                    e.Cancel = true;
                    stop.Cancel();
                };
                Console.CancelKeyPress += onCancel;
                try
                {
                    WebApiServer server;
                    try
                    {
                        server = WebApiServer.StartAsync(outcome.Emulator, new WebApiServerOptions
                        {
                            Port = result.GetValue(port),
                            WebResourcesFolder = web,
                            SolutionFolder = folder,
                            // The browser acts as a person, the team's CS manager, as a rep's session would in Dynamics.
                            CallerId = outcome.ManagerId,
                            StartPage = DashboardPage,
                        }).GetAwaiter().GetResult();
                    }
                    catch (IOException e)
                    {
                        stderr.WriteLine($"Cannot listen on 127.0.0.1:{result.GetValue(port)}: {e.Message} Pass another --port (0 takes any free one).");
                        return Program.Problems;
                    }

                    stdout.WriteLine($"Serving {outcome.Options.Accounts} accounts ({outcome.Options.Months} month{(outcome.Options.Months == 1 ? "" : "s")}, seed {outcome.Options.Seed}) at {server.BaseAddress}");
                    stdout.WriteLine($"  Simulated:  {start:yyyy-MM-dd} (warm-up month) to {simulatedUntil:yyyy-MM-dd}; the emulator's clock now runs from {outcome.Emulator.Clock.UtcNow:yyyy-MM-dd HH:mm} UTC");
                    stdout.WriteLine($"  Web API:    {server.BaseAddress}api/data/v9.2/");
                    if (web is not null)
                    {
                        stdout.WriteLine($"  Dashboard:  {server.BaseAddress}WebResources/{DashboardPage}");
                    }

                    stdout.WriteLine("Press Ctrl+C to stop.");
                    stdout.Flush();
                    // The web host stops itself on Ctrl+C and SIGTERM; an in-process caller can cancel through the console handler.
                    WaitHandle.WaitAny(new[] { stop.Token.WaitHandle, server.Stopping.WaitHandle });
                    server.DisposeAsync().AsTask().GetAwaiter().GetResult();
                    return Program.Ok;
                }
                finally
                {
                    Console.CancelKeyPress -= onCancel;
                }
            });
            return command;
        }
    }
}
