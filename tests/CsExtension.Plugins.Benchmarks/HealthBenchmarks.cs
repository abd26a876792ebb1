using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Benchmarks
{
    /// <summary>One health recalculation (csx_RecalculateHealth, which also writes the day's history row) of an account
    /// with a year of usage, on an emulator holding 100 such accounts. Ops/s of the result = recalculations per second.</summary>
    [Config(typeof(Config))]
    public class HealthBenchmarks
    {
        private CsWorld _world = null!;
        private OrganizationRequest _recalculate = null!;

        [GlobalSetup]
        public void Setup()
        {
            _world = CallsReport.BookOfBusiness(accounts: 100, out var last);
            _recalculate = new OrganizationRequest("csx_RecalculateHealth") { ["Target"] = new EntityReference("account", last) };
        }

        [Benchmark]
        public object Recalculate()
        {
            // The emulator records every plugin execution; forgetting them keeps memory flat over millions of runs.
            _world.Emulator.ClearExecutions();
            return _world.Service.Execute(_recalculate);
        }

        private sealed class Config : ManualConfig
        {
            public Config()
            {
                AddJob(Job.ShortRun);
                AddDiagnoser(MemoryDiagnoser.Default);
            }
        }
    }
}
