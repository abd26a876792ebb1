using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>Job.ShortRun (1 launch, 3 warmup, 3 measured iterations) with allocations, so the whole suite runs in
    /// a few minutes on a 2-core machine. Means are indicative (a short run has wide error bars), not a gate.</summary>
    public sealed class ShortRunConfig : ManualConfig
    {
        public ShortRunConfig()
        {
            AddJob(Job.ShortRun);
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
