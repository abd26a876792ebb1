using BenchmarkDotNet.Running;

namespace CsExtension.Rules.Benchmarks
{
    public static class Program
    {
        /// <summary>Arguments go to BenchmarkDotNet, e.g. `--filter '*'`.</summary>
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
