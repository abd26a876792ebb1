using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>The engine starts from the data source's indexes (ids, lookups) when the top-level filter has an
    /// Equal or In condition on an indexed column, so such queries do not scan the table.</summary>
    public sealed class IndexedLookupTests
    {
        private readonly QueryFixture _f = new QueryFixture();
        private readonly Guid _parent;
        private readonly Guid _someAccount;

        public IndexedLookupTests()
        {
            _parent = _f.Source.Add("account", ("name", "Parent"));
            for (var i = 0; i < 100000; i++)
            {
                var id = _f.Source.Add("account", ("name", "Account " + i), ("parentaccountid", i % 25000 == 0 ? new EntityReference("account", _parent) : null));
                if (i == 777)
                {
                    _someAccount = id;
                }
            }
        }

        [Fact]
        public void A_query_by_an_indexed_lookup_reads_only_the_matching_rows_out_of_100000()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, _parent);
            query.Criteria.AddCondition("name", ConditionOperator.Like, "Account%");

            var result = _f.Run(query);

            Assert.Equal(4, result.Entities.Entities.Count);
            Assert.Equal(4, result.RowsRead);
            Assert.Equal(0, _f.Source.Scans);
        }

        [Fact]
        public void A_query_by_primary_key_with_In_reads_one_row_per_key()
        {
            var result = _f.Run(new FetchExpression(
                $"<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='accountid' operator='in'><value>{_someAccount}</value><value>{_parent}</value></condition></filter></entity></fetch>"));

            Assert.Equal(2, result.Entities.Entities.Count);
            Assert.Equal(2, result.RowsRead);
        }

        [Fact]
        public void Without_an_indexed_condition_the_whole_table_is_scanned()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), TopCount = 1 };
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "Account 5");

            var result = _f.Run(query);

            Assert.Single(result.Entities.Entities);
            Assert.Equal(100001, result.RowsRead);
        }

        [Fact]
        public void An_or_filter_cannot_use_the_index()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.FilterOperator = LogicalOperator.Or;
            query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, _parent);
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "Parent");

            var result = _f.Run(query);

            Assert.Equal(5, result.Entities.Entities.Count);
            Assert.Equal(100001, result.RowsRead);
        }

        [Fact]
        public void Link_entities_join_through_the_index_instead_of_scanning_the_linked_table()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("accountid", ConditionOperator.Equal, _parent);
            query.AddLink("account", "accountid", "parentaccountid").EntityAlias = "child";

            var result = _f.Run(query);

            Assert.Equal(4, result.Entities.Entities.Count);
            Assert.Equal(5, result.RowsRead);
            Assert.Equal(0, _f.Source.Scans);
            Assert.All(result.Entities.Entities, e => Assert.Equal("Parent", e["name"]));
        }
    }
}
