using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Dataverse.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Pipeline;

public class TransactionTests
{
    private const int IsvAborted = unchecked((int)0x80040265);
    private const int IsvUnExpected = unchecked((int)0x80040224);
    private const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);

    private readonly PipelineFixture _fixture = new();

    private int Count(string table) => _fixture.Service.RetrieveMultiple(new QueryExpression(table)).Entities.Count;

    [Fact]
    public void A_later_synchronous_step_that_throws_rolls_back_the_operation_and_a_nested_plugin_write()
    {
        // reference §9.3.1 (PD-exc): any exception from a synchronous step rolls back the whole transaction.
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => run.Service.Create(new Entity("contact") { ["lastname"] = "Sato" }), rank: 1);
        _fixture.Step("Create", "contact", PipelineStage.PostOperation, run => run.Service.Create(new Entity("task") { ["subject"] = "Call Sato" }));
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("Seats cannot be negative."), rank: 2);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _fixture.CreateAccount("Contoso"));

        Assert.Equal(IsvAborted, fault.Detail.ErrorCode);
        Assert.Equal("Seats cannot be negative.", fault.Detail.Message);
        Assert.Equal(0, Count("account"));
        Assert.Equal(0, Count("contact"));
        Assert.Equal(0, Count("task"));
        Assert.Equal(0, Count("activitypointer"));
    }

    [Fact]
    public void A_failing_update_restores_the_record_exactly_as_it_was()
    {
        var id = _fixture.Service.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "111" });
        var before = _fixture.Service.Retrieve("account", id, new ColumnSet(true));
        _fixture.Step("Update", "account", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("no"));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _fixture.Service.Update(new Entity("account", id) { ["telephone1"] = "222", ["name"] = null }));

        var after = _fixture.Service.Retrieve("account", id, new ColumnSet(true));
        Assert.Equal(before.Attributes.OrderBy(p => p.Key).Select(p => p.Key + "=" + Describe(p.Value)), after.Attributes.OrderBy(p => p.Key).Select(p => p.Key + "=" + Describe(p.Value)));
    }

    [Fact]
    public void Writes_made_in_PreValidation_of_the_callers_operation_survive_its_failure()
    {
        // reference §9.3.1 (PD-stage): PreValidation of the initial operation runs outside the transaction.
        _fixture.Step("Create", "account", PipelineStage.PreValidation, run => run.Service.Create(new Entity("task") { ["subject"] = "Audit attempt" }));
        _fixture.Step("Create", "account", PipelineStage.PreOperation, _ => throw new InvalidPluginExecutionException("refused"));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _fixture.CreateAccount("Contoso"));

        Assert.Equal(0, Count("account"));
        Assert.Equal(1, Count("task"));
    }

    [Fact]
    public void An_unexpected_exception_reaches_the_caller_as_IsvUnExpected_with_details_in_the_trace_text()
    {
        // reference §9.3.9 (PD-exc): non-IPEE exceptions are reported as IsvUnExpected.
        _fixture.Step("Create", "account", PipelineStage.PreOperation, _ => throw new InvalidOperationException("boom"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _fixture.CreateAccount("Contoso"));

        Assert.Equal(IsvUnExpected, fault.Detail.ErrorCode);
        Assert.Equal("An unexpected error occurred from ISV code.", fault.Detail.Message);
        Assert.Contains("boom", fault.Detail.TraceText);
    }

    [Fact]
    public void A_plugin_that_catches_a_nested_fault_keeps_the_rest_of_its_work()
    {
        // Only the failed nested operation is undone; the caller decides what happens next.
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            run.Service.Create(new Entity("task") { ["subject"] = "kept" });
            try
            {
                run.Service.Create(new Entity("contact") { ["lastname"] = "Sato" });
            }
            catch (FaultException<OrganizationServiceFault>)
            {
            }
        });
        _fixture.Step("Create", "contact", PipelineStage.PostOperation, run =>
        {
            run.Service.Create(new Entity("task") { ["subject"] = "undone" });
            throw new InvalidPluginExecutionException("contact refused");
        });

        _fixture.CreateAccount("Contoso");

        var subjects = _fixture.Service.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("subject") }).Entities.Select(e => e["subject"]);
        Assert.Equal(new object[] { "kept" }, subjects);
        Assert.Equal(0, Count("contact"));
    }

    [Fact]
    public void Asynchronous_steps_run_after_the_outermost_operation_commits_in_registration_order()
    {
        // reference §9.3.1: async PostOperation steps run later via the async service, outside the transaction.
        var events = new List<string>();
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => events.Add("async 1 at depth " + run.Context.Depth + ", in transaction " + run.Context.IsInTransaction), StepMode.Asynchronous);
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ => events.Add("sync"));
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ => events.Add("async 2"), StepMode.Asynchronous);

        _fixture.CreateAccount("Contoso");

        Assert.Equal(new[] { "sync", "async 1 at depth 1, in transaction False", "async 2" }, events);
        Assert.All(_fixture.Emulator.SystemJobs, job => Assert.True(job.Succeeded));
        Assert.Equal(2, _fixture.Emulator.SystemJobs.Count);
    }

    [Fact]
    public void A_failing_asynchronous_step_is_recorded_as_a_failed_system_job_and_undoes_only_its_own_writes()
    {
        // reference §9.3.1: async steps cannot cancel the operation; their errors go to System Jobs.
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            run.Service.Create(new Entity("task") { ["subject"] = "half-done" });
            throw new InvalidPluginExecutionException("async failed");
        }, StepMode.Asynchronous);
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => run.Service.Create(new Entity("task") { ["subject"] = "done" }), StepMode.Asynchronous);

        var id = _fixture.CreateAccount("Contoso");

        Assert.NotNull(_fixture.Service.Retrieve("account", id, new ColumnSet("name")));
        var subjects = _fixture.Service.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("subject") }).Entities.Select(e => e["subject"]);
        Assert.Equal(new object[] { "done" }, subjects);
        var failed = Assert.Single(_fixture.Emulator.SystemJobs, job => !job.Succeeded);
        Assert.Equal("async failed", failed.Error!.Message);
        Assert.Equal(id, failed.PrimaryEntityId);
    }

    [Fact]
    public void An_asynchronous_step_asking_for_a_retry_is_tried_four_times()
    {
        // reference §9.3.9 (PD-exc): OperationStatus.Retry; the async service tries four times.
        var attempts = 0;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ =>
        {
            attempts++;
            throw new InvalidPluginExecutionException(OperationStatus.Retry, 0, "try later");
        }, StepMode.Asynchronous);

        _fixture.CreateAccount("Contoso");

        Assert.Equal(4, attempts);
        Assert.Equal(4, _fixture.Emulator.SystemJobs.Single().Attempts);
    }

    [Fact]
    public void A_rolled_back_operation_queues_none_of_its_asynchronous_steps()
    {
        var ran = false;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ => ran = true, StepMode.Asynchronous);
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("no"));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _fixture.CreateAccount("Contoso"));

        Assert.False(ran);
        Assert.Empty(_fixture.Emulator.SystemJobs);
    }

    [Fact]
    public void Asynchronous_steps_can_be_held_and_run_on_demand()
    {
        var ran = 0;
        _fixture.Emulator.RunAsyncStepsAfterCommit = false;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ => ran++, StepMode.Asynchronous);

        _fixture.CreateAccount("A");
        _fixture.CreateAccount("B");
        Assert.Equal(0, ran);
        Assert.Equal(2, _fixture.Emulator.PendingAsyncSteps);

        Assert.Equal(2, _fixture.Emulator.RunPendingAsyncSteps());
        Assert.Equal(2, ran);
    }

    [Fact]
    public void A_plugin_loop_is_stopped_at_depth_9_with_the_platforms_error_code()
    {
        // reference §8 Depth (API iexecutioncontext.depth): maximum 8; SdkCorrelationTokenDepthTooHigh (PD-err).
        var depths = new List<int>();
        _fixture.Step("Update", "account", PipelineStage.PostOperation, run =>
        {
            depths.Add(run.Context.Depth);
            var target = (Entity)run.Context.InputParameters["Target"];
            run.Service.Update(new Entity("account", target.Id) { ["numberofemployees"] = run.Context.Depth });
        });
        var id = _fixture.Service.Create(new Entity("account") { ["name"] = "Loop", ["numberofemployees"] = 0 });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _fixture.Service.Update(new Entity("account", id) { ["numberofemployees"] = 100 }));

        Assert.Equal(SdkCorrelationTokenDepthTooHigh, fault.Detail.ErrorCode);
        Assert.Equal(Enumerable.Range(1, 8), depths);
        Assert.Equal(0, _fixture.Service.Retrieve("account", id, new ColumnSet("numberofemployees"))["numberofemployees"]);
    }

    [Fact]
    public void ExecuteMultiple_runs_each_request_in_its_own_transaction()
    {
        // learn page execute-multiple-requests: each request runs in its own transaction.
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            if ((string)((Entity)run.Context.InputParameters["Target"])["name"] == "bad")
            {
                throw new InvalidPluginExecutionException("bad account");
            }
        });
        var requests = new OrganizationRequestCollection();
        requests.AddRange(
            new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = new Entity("account") { ["name"] = "good" } },
            new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = new Entity("account") { ["name"] = "bad" } },
            new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = new Entity("account") { ["name"] = "also good" } });

        var response = (Microsoft.Xrm.Sdk.Messages.ExecuteMultipleResponse)_fixture.Service.Execute(new Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest
        {
            Requests = requests,
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
        });

        Assert.True(response.IsFaulted);
        Assert.Equal(1, Assert.Single(response.Responses).RequestIndex);
        Assert.Equal(2, Count("account"));
    }

    private static string Describe(object? value) =>
        value switch
        {
            EntityReference r => r.LogicalName + "/" + r.Id,
            OptionSetValue o => o.Value.ToString(),
            Money m => m.Value.ToString(),
            _ => value?.ToString() ?? "null",
        };
}
