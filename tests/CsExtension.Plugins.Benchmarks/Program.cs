using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace CsExtension.Plugins.Benchmarks
{
    public static class Program
    {
        /// <summary>`--calls` prints Dataverse calls per event (no timing); anything else goes to BenchmarkDotNet,
        /// e.g. `--filter '*'`.</summary>
        public static int Main(string[] args)
        {
            if (args.Contains("--calls", StringComparer.Ordinal))
            {
                Console.WriteLine(CallsReport.Build(accounts: 50));
                return 0;
            }

            if (args.Contains("--kpis", StringComparer.Ordinal))
            {
                Console.WriteLine(KpiMeasurement.Run());
                return 0;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
