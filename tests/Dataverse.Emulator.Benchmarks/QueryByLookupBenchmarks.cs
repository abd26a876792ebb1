using System;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>2. RetrieveMultiple of one account's 100 contacts out of 100,000 (1,000 accounts x 100 contacts): by the
    /// indexed lookup <c>parentcustomerid</c> (the benchmark) and, for contrast, by a Like on <c>lastname</c>, which the
    /// emulator does not index and so answers by scanning. [GlobalSetup] also prints the rows each query examined vs
    /// returned (see <see cref="RowsReport"/>; `--rows` prints it without running BenchmarkDotNet).</summary>
    [Config(typeof(ShortRunConfig))]
    public class QueryByLookupBenchmarks
    {
        private IOrganizationService _service = null!;
        private QueryExpression _byLookup = null!;
        private QueryExpression _byLike = null!;

        [GlobalSetup]
        public void Setup()
        {
            var data = Data.CreateContacts();
            _service = data.Service;
            _byLookup = Queries.ContactsByParentCustomer(data.QueriedAccountId);
            _byLike = Queries.ContactsByLastNameLike(Data.FamilyName(data.QueriedAccountIndex));
            var report = RowsReport.Build(data);
            Console.WriteLine(report.Format());
            if (!report.IndexKeepsLookupsSmall)
            {
                throw new InvalidOperationException("The lookup did not use the index; the timing would not measure what it claims to.");
            }
        }

        [Benchmark(Baseline = true, Description = "parentcustomerid Equal (indexed)")]
        public EntityCollection ByParentCustomer() => _service.RetrieveMultiple(_byLookup);

        [Benchmark(Description = "lastname Like (scan)")]
        public EntityCollection ByLastNameLike() => _service.RetrieveMultiple(_byLike);
    }
}
