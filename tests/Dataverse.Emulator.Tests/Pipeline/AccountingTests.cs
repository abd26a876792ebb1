using System.Linq;
using Dataverse.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Pipeline;

public class AccountingTests
{
    private readonly PipelineFixture _fixture = new();

    [Fact]
    public void Each_plugin_execution_records_its_own_calls_by_message_and_the_rows_they_returned()
    {
        // Budgets such as "at most N Dataverse calls per event" are stated against these records.
        for (var i = 0; i < 5; i++)
        {
            _fixture.Service.Create(new Entity("contact") { ["lastname"] = "Contact " + i });
        }

        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            var contacts = run.Service.RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") });
            run.Service.Retrieve("contact", contacts.Entities[0].Id, new ColumnSet("lastname"));
            run.Service.Create(new Entity("task") { ["subject"] = "follow up" });
            run.Tracing.Trace("read {0} contacts", contacts.Entities.Count);
        });
        _fixture.Step("Create", "task", PipelineStage.PostOperation, run => run.Service.Retrieve("task", run.Context.PrimaryEntityId, new ColumnSet("subject")));
        _fixture.Emulator.ClearExecutions();

        _fixture.CreateAccount("Contoso");

        var account = _fixture.Emulator.Executions.Single(e => e.PrimaryEntity == "account");
        Assert.Equal(3, account.TotalCalls);
        Assert.Equal(1, account.Calls["RetrieveMultiple"]);
        Assert.Equal(1, account.Calls["Retrieve"]);
        Assert.Equal(1, account.Calls["Create"]);
        Assert.Equal(6, account.RowsReturned);
        Assert.Equal(new[] { "read 5 contacts" }, account.Traces);
        // The nested task plugin's call is its own, not the account plugin's.
        var task = _fixture.Emulator.Executions.Single(e => e.PrimaryEntity == "task");
        Assert.Equal(1, task.TotalCalls);
        Assert.Equal(2, task.Depth);
    }

    [Fact]
    public void A_query_by_an_indexed_lookup_examines_only_the_matching_rows()
    {
        var owner = _fixture.CreateAccount("Big customer");
        for (var i = 0; i < 300; i++)
        {
            _fixture.Service.Create(new Entity("contact") { ["lastname"] = "C" + i, ["parentcustomerid"] = new EntityReference("account", i % 100 == 0 ? owner : _fixture.CreateAccount("Other " + i)) });
        }

        _fixture.Step("Update", "account", PipelineStage.PostOperation, run =>
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
            query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, run.Context.PrimaryEntityId);
            run.Service.RetrieveMultiple(query);
        });
        _fixture.Emulator.ClearExecutions();

        _fixture.Service.Update(new Entity("account", owner) { ["telephone1"] = "555" });

        var record = _fixture.Emulator.Executions.Single();
        Assert.Equal(3, record.RowsReturned);
        Assert.Equal(3, record.RowsExamined);
    }

    [Fact]
    public void Without_records_the_emulator_still_sums_up_every_execution()
    {
        // A long run keeps only the totals: no record, no trace line per execution.
        _fixture.Emulator.KeepExecutionRecords = false;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            run.Service.Create(new Entity("task") { ["subject"] = "follow up" });
            run.Tracing.Trace("created");
        });
        _fixture.Step("Create", "task", PipelineStage.PostOperation, run => run.Service.Retrieve("task", run.Context.PrimaryEntityId, new ColumnSet("subject")));
        var before = _fixture.Emulator.ExecutionTotals.Executions;

        _fixture.CreateAccount("Contoso");
        _fixture.CreateAccount("Fabrikam");

        Assert.Empty(_fixture.Emulator.Executions);
        var totals = _fixture.Emulator.ExecutionTotals;
        Assert.Equal(4, totals.Executions - before);
        Assert.Equal(4, totals.Calls);
        Assert.Equal(2, totals.RowsReturned);
        Assert.Equal(0, totals.Failed);
    }
}
