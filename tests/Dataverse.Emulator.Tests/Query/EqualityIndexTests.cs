using System;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Pipeline;
using Dataverse.Emulator.Query;
using Dataverse.Emulator.Tests.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>The emulator's store indexes a text, number, choice or yes/no column the first time a query looks it up
    /// by Equal or In, so an alert key or a status is found without reading the whole table, with the same results as
    /// a scan: text case-insensitively, numbers whatever their SDK type, the index following updates and rollbacks.</summary>
    public sealed class EqualityIndexTests
    {
        private readonly DataverseEmulator _emulator = new(MetadataCatalog.Standard(), new EmulatorClock(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc)));
        private readonly IOrganizationService _service;

        public EqualityIndexTests()
        {
            _service = _emulator.CreateService();
            for (var i = 0; i < 300; i++)
            {
                _service.Create(new Entity("account")
                {
                    ["name"] = i % 100 == 7 ? (i == 107 ? "KOGANE FOODS" : "Kogane Foods") : "Account " + i,
                    ["numberofemployees"] = i % 50,
                    ["revenue"] = new Money(i % 3 == 0 ? 1000m : 2000m),
                });
            }
        }

        [Fact]
        public void A_query_by_a_text_column_examines_only_the_rows_with_that_text_whatever_the_case()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "kogane foods");

            var result = Run(query);

            Assert.Equal(3, result.Entities.Entities.Count);
            Assert.Equal(3, result.RowsRead);
        }

        [Fact]
        public void The_plugin_accounting_shows_the_rows_an_indexed_text_query_examined()
        {
            var step = new PipelineFixture();
            for (var i = 0; i < 200; i++)
            {
                step.Service.Create(new Entity("task") { ["subject"] = i == 42 ? "alert:42" : "task " + i });
            }

            step.Step("Update", "account", PipelineStage.PostOperation, run =>
            {
                var open = new QueryExpression("task") { ColumnSet = new ColumnSet("activityid"), TopCount = 1 };
                open.Criteria.AddCondition("subject", ConditionOperator.Equal, "alert:42");
                open.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
                run.Service.RetrieveMultiple(open);
            });
            var account = step.CreateAccount("Contoso");
            step.Emulator.ClearExecutions();

            step.Service.Update(new Entity("account", account) { ["telephone1"] = "555" });

            var record = step.Emulator.Executions.Single();
            Assert.Equal(1, record.RowsReturned);
            Assert.Equal(1, record.RowsExamined);
        }

        [Fact]
        public void Of_several_equal_conditions_the_one_matching_fewest_rows_is_read_first()
        {
            // statecode 0 matches all 300 accounts; the name, written second, three.
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "Kogane Foods");

            var result = Run(query);

            Assert.Equal(3, result.Entities.Entities.Count);
            Assert.Equal(3, result.RowsRead);
        }

        [Fact]
        public void Whole_numbers_money_and_choices_are_found_by_value_whatever_the_type_of_the_condition_value()
        {
            var employees = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            employees.Criteria.AddCondition("numberofemployees", ConditionOperator.In, 7, 8L);
            var revenue = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            revenue.Criteria.AddCondition("revenue", ConditionOperator.Equal, new Money(1000m));
            var fetch = new FetchExpression("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='revenue' operator='eq' value='1000.00' /></filter></entity></fetch>");

            var byEmployees = Run(employees);
            var byRevenue = Run(revenue);
            var byFetch = Run(fetch);

            Assert.Equal(12, byEmployees.Entities.Entities.Count);
            Assert.Equal(12, byEmployees.RowsRead);
            Assert.Equal(100, byRevenue.Entities.Entities.Count);
            Assert.Equal(100, byRevenue.RowsRead);
            Assert.Equal(100, byFetch.Entities.Entities.Count);
        }

        [Fact]
        public void The_index_follows_updates_deletes_and_rolled_back_writes()
        {
            Assert.Equal(3, CountByName("Kogane Foods"));
            var renamed = Run(ByName("Kogane Foods")).Entities.Entities[0].Id;
            _service.Update(new Entity("account", renamed) { ["name"] = "Minato Retail" });
            _service.Delete("account", Run(ByName("Kogane Foods")).Entities.Entities[0].Id);

            // A write Dataverse refuses (the ExecuteTransaction fails on its second request) leaves no trace in the index.
            var transaction = new ExecuteTransactionRequest
            {
                Requests = new OrganizationRequestCollection
                {
                    new CreateRequest { Target = new Entity("account") { ["name"] = "Kogane Foods" } },
                    new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) },
                },
            };
            Assert.ThrowsAny<Exception>(() => _service.Execute(transaction));

            Assert.Equal(1, CountByName("Kogane Foods"));
            Assert.Equal(1, CountByName("minato retail"));
        }

        [Fact]
        public void A_date_condition_is_left_to_a_scan()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("createdon", ConditionOperator.Equal, _emulator.Clock.UtcNow);

            var result = Run(query);

            Assert.Equal(300, result.Entities.Entities.Count);
            Assert.True(result.RowsRead >= 300);
        }

        private static QueryExpression ByName(string name)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("name", ConditionOperator.Equal, name);
            return query;
        }

        private int CountByName(string name)
        {
            var result = Run(ByName(name));
            Assert.Equal(result.Entities.Entities.Count, result.RowsRead);
            return result.Entities.Entities.Count;
        }

        private QueryResult Run(QueryBase query) => QueryEngine.Execute(query, _emulator.Store, new QueryEnvironment(_emulator.Clock.UtcNow));
    }
}
