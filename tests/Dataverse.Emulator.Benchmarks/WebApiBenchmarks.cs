using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Dataverse.Emulator.Metadata;
using Dataverse.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>4. What csx serve adds to a query: the KPI dashboard's at-risk query over 2,000 accounts through the Web
    /// API handler (OData parsing against the EDM model, translation, JSON with formatted values), against the same
    /// QueryExpression straight on the organization service; plus its FetchXML health distribution and a record read.
    /// In-process (no HTTP), on the solution's metadata with no plugin steps, so only the Web API layer differs.</summary>
    [Config(typeof(ShortRunConfig))]
    public class WebApiBenchmarks
    {
        private const int AtRisk = 615300002, Critical = 615300003;
        private static readonly Dictionary<string, string[]> Annotations = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Prefer"] = new[] { "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"" },
        };

        private IOrganizationService _service = null!;
        private WebApiRequestHandler _handler = null!;
        private QueryExpression _atRiskQuery = null!;
        private Uri _atRiskUrl = null!;
        private Uri _distributionUrl = null!;
        private Uri _accountUrl = null!;

        [GlobalSetup]
        public void Setup()
        {
            var emulator = new DataverseEmulator(MetadataCatalog.LoadFromSolutionFolder(SolutionFolder()));
            _service = emulator.CreateService();
            var random = new Random(7);
            var first = Guid.Empty;
            for (var i = 0; i < 2000; i++)
            {
                var score = random.Next(0, 101);
                var id = _service.Create(new Entity("account")
                {
                    ["name"] = "Account " + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
                    ["csx_healthscore"] = score,
                    ["csx_healthband"] = new OptionSetValue(score >= 75 ? 615300000 : score >= 50 ? 615300001 : score >= 25 ? AtRisk : Critical),
                    ["csx_arr"] = new Money(random.Next(5, 500) * 1000m),
                    ["csx_healthdrivers"] = "Usage " + score + ": seats active",
                });
                first = first == Guid.Empty ? id : first;
            }

            _handler = new WebApiRequestHandler(emulator);
            const string root = "http://127.0.0.1:5080/api/data/v9.2/";
            _atRiskUrl = new Uri(root + "accounts?$select=name,csx_healthscore,csx_healthband,csx_healthtrend,csx_healthdrivers,csx_arr,_csx_csmid_value"
                + $"&$filter=statecode eq 0 and (csx_healthband eq {AtRisk} or csx_healthband eq {Critical})&$orderby=csx_healthscore asc&$top=50");
            _distributionUrl = new Uri(root + "accounts?fetchXml=" + Uri.EscapeDataString(
                "<fetch aggregate=\"true\"><entity name=\"account\"><attribute name=\"csx_healthband\" groupby=\"true\" alias=\"band\" />"
                + "<attribute name=\"accountid\" aggregate=\"count\" alias=\"accounts\" /><attribute name=\"csx_arr\" aggregate=\"sum\" alias=\"arr\" />"
                + "<filter><condition attribute=\"statecode\" operator=\"eq\" value=\"0\" /></filter></entity></fetch>"));
            _accountUrl = new Uri(root + $"accounts({first})?$select=name,csx_healthscore,csx_healthband,csx_arr");

            _atRiskQuery = new QueryExpression("account")
            {
                ColumnSet = new ColumnSet("name", "csx_healthscore", "csx_healthband", "csx_healthtrend", "csx_healthdrivers", "csx_arr", "csx_csmid"),
                TopCount = 50,
            };
            _atRiskQuery.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            var bands = _atRiskQuery.Criteria.AddFilter(LogicalOperator.Or);
            bands.AddCondition("csx_healthband", ConditionOperator.Equal, AtRisk);
            bands.AddCondition("csx_healthband", ConditionOperator.Equal, Critical);
            _atRiskQuery.AddOrder("csx_healthscore", OrderType.Ascending);

            // The timings only mean something if both paths answer, and answer the same 50 rows.
            var served = AtRiskThroughWebApi();
            var direct = AtRiskThroughService();
            if (served.Status != 200 || direct.Entities.Count != 50 || FetchXmlDistribution().Status != 200 || OneAccount().Status != 200)
            {
                throw new InvalidOperationException("The Web API did not answer the dashboard's queries: " + System.Text.Encoding.UTF8.GetString(served.Body));
            }
        }

        [Benchmark(Baseline = true, Description = "at-risk QueryExpression (service)")]
        public EntityCollection AtRiskThroughService() => _service.RetrieveMultiple(_atRiskQuery);

        [Benchmark(Description = "at-risk $filter/$orderby/$top (Web API)")]
        public ApiResponse AtRiskThroughWebApi() => _handler.Handle("GET", _atRiskUrl, Annotations, Array.Empty<byte>());

        [Benchmark(Description = "health distribution fetchXml= (Web API)")]
        public ApiResponse FetchXmlDistribution() => _handler.Handle("GET", _distributionUrl, Annotations, Array.Empty<byte>());

        [Benchmark(Description = "one account by id (Web API)")]
        public ApiResponse OneAccount() => _handler.Handle("GET", _accountUrl, Annotations, Array.Empty<byte>());

        private static string SolutionFolder()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CsExtension.sln")))
                {
                    return Path.Combine(folder.FullName, "Solution");
                }
            }

            throw new DirectoryNotFoundException("No CsExtension.sln above " + AppContext.BaseDirectory + ": run the benchmarks inside the repository.");
        }
    }
}
