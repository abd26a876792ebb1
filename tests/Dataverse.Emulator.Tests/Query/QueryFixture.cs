using System;
using System.Linq;
using Dataverse.Emulator.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>A data source with the test catalog, a fixed clock (Wednesday 12 June 2024 15:30 UTC) and a caller.</summary>
    internal sealed class QueryFixture
    {
        public static readonly DateTime Now = new DateTime(2024, 6, 12, 15, 30, 0, DateTimeKind.Utc);

        public QueryFixture()
        {
            Source = new InMemoryQuerySource(QueryTestCatalog.Create());
            UserId = Guid.NewGuid();
            BusinessUnitId = Guid.NewGuid();
            TeamId = Guid.NewGuid();
            Env = new QueryEnvironment(Now) { UserId = UserId, BusinessUnitId = BusinessUnitId, TeamIds = new[] { TeamId } };
        }

        public InMemoryQuerySource Source { get; }
        public QueryEnvironment Env { get; set; }
        public Guid UserId { get; }
        public Guid BusinessUnitId { get; }
        public Guid TeamId { get; }

        public QueryResult Run(QueryBase query) => QueryEngine.Execute(query, Source, Env);

        public EntityCollection Retrieve(QueryBase query) => Run(query).Entities;

        public EntityCollection Fetch(string fetchXml) => Run(new FetchExpression(fetchXml)).Entities;

        /// <summary>Names of the accounts a condition on account matches, sorted.</summary>
        public string[] AccountNames(ConditionExpression condition)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition(condition);
            return Retrieve(query).Entities.Select(e => e.GetAttributeValue<string>("name")).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }
    }
}
