using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>1. Create, Update (one column) and Retrieve (named columns) of an account through the organization
    /// service, on an emulator holding 10,000 accounts and no plugin steps.</summary>
    /// <remarks>The invocation count per iteration is fixed so that [IterationCleanup] can delete the accounts that
    /// Create added: the table stays at 10,000 to 10,000 + <see cref="InvocationsPerIteration"/> rows instead of
    /// growing with every iteration BenchmarkDotNet chooses to run.</remarks>
    [Config(typeof(ShortRunConfig))]
    [InvocationCount(InvocationsPerIteration)]
    public class OrganizationServiceBenchmarks
    {
        public const int Accounts = 10_000;
        public const int InvocationsPerIteration = 20_000;

        private readonly List<Guid> _created = new(InvocationsPerIteration);
        private DataverseEmulator _emulator = null!;
        private IOrganizationService _service = null!;
        private Entity _newAccount = null!;
        private Entity _updateA = null!;
        private Entity _updateB = null!;
        private ColumnSet _columns = null!;
        private Guid _accountId;
        private bool _flip;

        [GlobalSetup]
        public void Setup()
        {
            _emulator = Data.NewEmulator();
            _service = _emulator.CreateService();
            var ids = Data.CreateAccounts(_service, Accounts);
            _accountId = ids[Accounts / 2];
            _newAccount = new Entity("account") { ["name"] = "Benchmark account", ["accountnumber"] = "B-00001", ["telephone1"] = "+1 555 0199" };
            // Two prepared targets, alternated, so every Update changes the value and the benchmark allocates nothing of its own.
            _updateA = new Entity("account", _accountId) { ["telephone1"] = "+1 555 0101" };
            _updateB = new Entity("account", _accountId) { ["telephone1"] = "+1 555 0102" };
            _columns = new ColumnSet("name", "accountnumber", "telephone1");
        }

        [Benchmark]
        public Guid Create()
        {
            var id = _service.Create(_newAccount);
            _created.Add(id);
            return id;
        }

        [IterationCleanup(Target = nameof(Create))]
        public void DeleteCreatedAccounts()
        {
            foreach (var id in _created)
            {
                _service.Delete("account", id);
            }

            _created.Clear();
        }

        [Benchmark]
        public void Update()
        {
            _flip = !_flip;
            _service.Update(_flip ? _updateA : _updateB);
        }

        [Benchmark]
        public Entity Retrieve() => _service.Retrieve("account", _accountId, _columns);
    }
}
