using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Dataverse.Emulator.Benchmarks
{
    public static class Program
    {
        /// <summary>`--rows` prints the rows the query engine examined vs returned (no timing); anything else goes to
        /// BenchmarkDotNet, e.g. `--filter '*'` or `--filter '*QueryByLookup*'`.</summary>
        public static int Main(string[] args)
        {
            if (args.Contains("--rows", StringComparer.Ordinal))
            {
                var report = RowsReport.Build();
                Console.WriteLine(report.Format());
                return report.IndexKeepsLookupsSmall ? 0 : 1;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
