using System;
using BenchmarkDotNet.Attributes;
using Dataverse.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>3. Update of an account (one column) with 0, 1 and 5 no-op synchronous PostOperation steps registered
    /// on Update of account: the per-step cost is (mean at 5 − mean at 0) / 5, or mean at 1 − mean at 0.</summary>
    /// <remarks>The table holds 100 accounts, not 10,000 as in <see cref="OrganizationServiceBenchmarks"/>: there, an
    /// Update costs tens of microseconds that grow with the number of rows sharing an owner (the emulator's lookup
    /// indexes keep a List per value, and every Update removes the row's id from each), with a spread of several
    /// microseconds that would hide a step costing about one. Steps do not depend on the table's size.
    /// The emulator also records every plugin execution (<see cref="DataverseEmulator.Executions"/>); the
    /// invocation count is fixed and [IterationCleanup] clears that record, so it holds at most one iteration's
    /// executions instead of growing for the whole run. Ten measured iterations instead of ShortRun's three: the
    /// difference between two means is what this benchmark is for, so it needs the tighter interval.</remarks>
    [Config(typeof(ShortRunConfig))]
    [InvocationCount(InvocationsPerIteration)]
    [IterationCount(10)]
    public class PipelineOverheadBenchmarks
    {
        public const int Accounts = 100;
        public const int InvocationsPerIteration = 50_000;

        private DataverseEmulator _emulator = null!;
        private IOrganizationService _service = null!;
        private Entity _updateA = null!;
        private Entity _updateB = null!;
        private bool _flip;

        [Params(0, 1, 5)]
        public int Steps { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _emulator = Data.NewEmulator();
            _service = _emulator.CreateService();
            var accountId = Data.CreateAccounts(_service, Accounts)[Accounts / 2];
            for (var i = 0; i < Steps; i++)
            {
                _emulator.RegisterStep(new StepRegistration(typeof(NoOpPlugin), "Update", "account", PipelineStage.PostOperation, StepMode.Synchronous)
                {
                    Name = $"NoOpPlugin #{i + 1}: Update of account",
                    Rank = i + 1,
                });
            }

            _updateA = new Entity("account", accountId) { ["telephone1"] = "+1 555 0101" };
            _updateB = new Entity("account", accountId) { ["telephone1"] = "+1 555 0102" };

            // Check that the steps run, once each, before timing them.
            _service.Update(_updateB);
            if (_emulator.Executions.Count != Steps)
            {
                throw new InvalidOperationException($"Expected {Steps} plugin executions per Update, got {_emulator.Executions.Count}.");
            }

            _emulator.ClearExecutions();
        }

        [Benchmark]
        public void Update()
        {
            _flip = !_flip;
            _service.Update(_flip ? _updateA : _updateB);
        }

        [IterationCleanup]
        public void ClearExecutions() => _emulator.ClearExecutions();
    }
}
