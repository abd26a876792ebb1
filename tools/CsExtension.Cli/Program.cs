using System;
using System.CommandLine;
using System.IO;
using CsExtension.Cli.Demo;

namespace CsExtension.Cli
{
    /// <summary>csx: demo | serve | pack | check | sweep | recalc | kpis | import. Exit codes in <see cref="ExitCodes"/>.</summary>
    public static class Program
    {
        public const int Ok = 0, Problems = 1, WrongCommandLine = 2;

        private const string ExitCodes = """
            CS Extension: run the demo in the in-memory Dataverse or serve it to a browser, pack and check the solution,
            and run the time-driven jobs and backfills (sweep, recalc, kpis) and imports against a real environment.

            Exit codes:
              0  done, no problems
              1  problems found (check findings, a missing file, a zip that is not a solution, packing refused its input,
                 a port already in use, a write or import the environment refused)
              2  wrong command line (unknown command or option, a missing or invalid value)
              3  sweep, recalc, kpis, import: could not reach the environment, it is not a Dataverse environment, or sign-in failed
              130  recalc --all stopped by Ctrl+C (run it again to finish the rest)
            """;

        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>The whole command line, writing to the given writers (the tests call this in-process).</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var root = new RootCommand(ExitCodes);
            root.Subcommands.Add(DemoCommand(stdout, stderr));
            root.Subcommands.Add(SolutionCommands.PackCommand(stdout, stderr));
            root.Subcommands.Add(SolutionCommands.CheckCommand(stdout, stderr));
            root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
            foreach (var command in EnvironmentCommands.Create(stdout, stderr)) root.Subcommands.Add(command);

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine(error.Message);
                }

                stderr.WriteLine("Run 'csx --help' (or 'csx <command> --help') for the usage.");
                return WrongCommandLine;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null });
        }

        /// <summary>A range check that leaves a value that is not a number to the parser's own error.</summary>
        internal static void Range(System.CommandLine.Parsing.OptionResult result, int min, int max, string message)
        {
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && (value < min || value > max))
            {
                result.AddError(message);
            }
        }

        private static Command DemoCommand(TextWriter stdout, TextWriter stderr)
        {
            var accounts = new Option<int>("--accounts") { Description = "Accounts in the synthetic book of business.", DefaultValueFactory = _ => DemoOptions.DefaultAccounts };
            var months = new Option<int>("--months") { Description = "Months to simulate (after a one-month warm-up), 1 to 24.", DefaultValueFactory = _ => DemoOptions.DefaultMonths };
            var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data (the same seed gives the same output).", DefaultValueFactory = _ => 1 };
            var report = new Option<string>("--report") { Description = "Where to write the HTML report.", DefaultValueFactory = _ => Path.Combine("artifacts", "demo", "report.html") };
            var solution = new Option<string?>("--solution") { Description = "The unpacked solution folder (default: Solution/ beside CsExtension.sln, found by walking up)." };
            accounts.Validators.Add(result => Range(result, 1, 1_000_000, "--accounts must be between 1 and 1,000,000."));
            months.Validators.Add(result => Range(result, 1, DemoOptions.MaxMonths, $"--months must be between 1 and {DemoOptions.MaxMonths} (the Japanese holiday table covers December 2025 to March 2028)."));

            var command = new Command("demo", "Simulates a book of business through the plugins in the emulator; prints KPIs, at-risk accounts, upsell opportunities and the SLA board, and writes an HTML report.")
            {
                accounts, months, seed, report, solution,
            };
            command.SetAction(result =>
            {
                var folder = DemoOptions.ResolveSolutionFolder(result.GetValue(solution), stderr);
                if (folder is null)
                {
                    return Problems;
                }

                var options = new DemoOptions(result.GetValue(accounts), result.GetValue(months), result.GetValue(seed), folder);
                var outcome = DemoSimulation.Run(options, stderr);
                TextReport.Write(outcome, stdout);
                var reportPath = result.GetValue(report)!;
                var directory = Path.GetDirectoryName(Path.GetFullPath(reportPath));
                if (directory is not null)
                {
                    Directory.CreateDirectory(directory);
                }

                File.WriteAllText(reportPath, HtmlReport.Build(outcome), new System.Text.UTF8Encoding(false));
                stderr.WriteLine($"Report written to {reportPath}");
                return outcome.FailedSystemJobs == 0 ? Ok : Problems;
            });
            return command;
        }
    }
}
