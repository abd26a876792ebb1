using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Pipeline;

public class PipelineStageTests
{
    private readonly PipelineFixture _fixture = new();

    [Fact]
    public void Steps_run_by_stage_then_by_ascending_rank()
    {
        // reference §8 "Execution order / rank" (PD-reg).
        var order = new List<string>();
        _fixture.Step("Create", "account", PipelineStage.PostOperation, _ => order.Add("post"));
        _fixture.Step("Create", "account", PipelineStage.PreOperation, _ => order.Add("pre rank 2"), rank: 2);
        _fixture.Step("Create", "account", PipelineStage.PreOperation, _ => order.Add("pre rank 1"), rank: 1);
        _fixture.Step("Create", "account", PipelineStage.PreValidation, _ => order.Add("validation"));

        _fixture.CreateAccount("Contoso");

        Assert.Equal(new[] { "validation", "pre rank 1", "pre rank 2", "post" }, order);
    }

    [Fact]
    public void A_change_to_the_Target_in_PreOperation_is_saved_and_one_in_PostOperation_is_not()
    {
        // reference §9.3.1 (PD-stage): PreOperation may modify the Target; PostOperation changes do not persist.
        _fixture.Step("Create", "account", PipelineStage.PreOperation, run => ((Entity)run.Context.InputParameters["Target"])["accountnumber"] = "A-1");
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => ((Entity)run.Context.InputParameters["Target"])["telephone1"] = "555");

        var id = _fixture.CreateAccount("Contoso");

        var saved = _fixture.Service.Retrieve("account", id, new ColumnSet("accountnumber", "telephone1"));
        Assert.Equal("A-1", saved["accountnumber"]);
        Assert.False(saved.Contains("telephone1"));
    }

    [Fact]
    public void Create_hands_its_id_to_PostOperation_under_the_output_key_id()
    {
        // reference §9.3.3 (PD-ctx): Create → OutputParameters["id"], populated in PostOperation only.
        object? preId = null;
        object? postId = null;
        _fixture.Step("Create", "account", PipelineStage.PreOperation, run => run.Context.OutputParameters.TryGetValue("id", out preId));
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => postId = run.Context.OutputParameters["id"]);

        var id = _fixture.CreateAccount("Contoso");

        Assert.Null(preId);
        Assert.Equal(id, postId);
    }

    [Fact]
    public void Retrieve_and_RetrieveMultiple_put_their_results_under_the_platforms_output_keys()
    {
        // reference §6 and §9.3.3 (PD-ctx): "BusinessEntity" and "BusinessEntityCollection".
        var keys = new List<string>();
        _fixture.Step("Retrieve", "account", PipelineStage.PostOperation, run => keys.AddRange(run.Context.OutputParameters.Keys));
        _fixture.Step("RetrieveMultiple", "account", PipelineStage.PostOperation, run => keys.AddRange(run.Context.OutputParameters.Keys));
        var id = _fixture.CreateAccount("Contoso");

        _fixture.Service.Retrieve("account", id, new ColumnSet("name"));
        _fixture.Service.RetrieveMultiple(new QueryExpression("account"));

        Assert.Equal(new[] { "BusinessEntity", "BusinessEntityCollection" }, keys);
    }

    [Fact]
    public void Each_message_hands_its_Target_in_the_platforms_shape()
    {
        // reference §9.3.2 (PD-ctx): Create/Update → Entity, Delete → EntityReference, SetState → EntityMoniker/State/Status.
        var shapes = new List<string>();
        void Record(PluginRun run) =>
            shapes.Add(run.Context.MessageName + ":" + string.Join(",", run.Context.InputParameters.Select(p => p.Key + "=" + p.Value?.GetType().Name)));
        _fixture.Step("Create", "account", PipelineStage.PreOperation, Record);
        _fixture.Step("Update", "account", PipelineStage.PreOperation, Record);
        _fixture.Step("SetState", "account", PipelineStage.PreOperation, Record);
        _fixture.Step("Delete", "account", PipelineStage.PreOperation, Record);
        var id = _fixture.CreateAccount("Contoso");

        _fixture.Service.Update(new Entity("account", id) { ["telephone1"] = "555" });
        _fixture.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("account", id), State = new OptionSetValue(1), Status = new OptionSetValue(2) });
        _fixture.Service.Delete("account", id);

        Assert.Equal("Create:Target=Entity", shapes[0]);
        Assert.StartsWith("Update:Target=Entity", shapes[1]);
        Assert.Equal("SetState:EntityMoniker=EntityReference,State=OptionSetValue,Status=OptionSetValue", shapes[2]);
        // SetState is carried out as an Update of statecode/statuscode, so Update steps see it too.
        Assert.StartsWith("Update:Target=Entity", shapes[3]);
        Assert.StartsWith("Delete:Target=EntityReference", shapes[4]);
    }

    [Fact]
    public void An_Update_Target_holds_only_the_columns_the_caller_sent()
    {
        // reference §9.3.2: an attribute absent from an Update Target means "not changed".
        ICollection<string>? columns = null;
        _fixture.Step("Update", "account", PipelineStage.PreOperation, run => columns = ((Entity)run.Context.InputParameters["Target"]).Attributes.Keys.ToList());
        var id = _fixture.Service.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "111" });

        _fixture.Service.Update(new Entity("account", id) { ["telephone1"] = "222" });

        Assert.Equal(new[] { "telephone1" }, columns);
    }

    [Fact]
    public void An_Update_step_with_filtering_attributes_runs_only_when_one_of_them_changes()
    {
        // reference §9.3 / PD-reg "filtering attributes"; solution checker meta-avoid-reg-no-attribute.
        var runs = 0;
        _fixture.Step("Update", "account", PipelineStage.PostOperation, _ => runs++, filteringAttributes: new[] { "accountnumber", "name" });
        var id = _fixture.CreateAccount("Contoso");

        _fixture.Service.Update(new Entity("account", id) { ["telephone1"] = "555" });
        _fixture.Service.Update(new Entity("account", id) { ["accountnumber"] = "A-9" });

        Assert.Equal(1, runs);
    }

    [Fact]
    public void A_column_added_to_the_Target_by_an_earlier_step_counts_for_a_later_steps_filter()
    {
        // Filtering attributes are weighed against the Target when the step runs (PD-reg: the Target carries PreOperation changes).
        var runs = 0;
        _fixture.Step("Update", "account", PipelineStage.PreOperation, run => ((Entity)run.Context.InputParameters["Target"])["accountnumber"] = "A-1");
        _fixture.Step("Update", "account", PipelineStage.PostOperation, _ => runs++, filteringAttributes: new[] { "accountnumber" });
        var id = _fixture.CreateAccount("Contoso");

        _fixture.Service.Update(new Entity("account", id) { ["telephone1"] = "555" });

        Assert.Equal(1, runs);
    }

    [Fact]
    public void Images_carry_the_registered_columns_before_and_after_the_update()
    {
        // reference §9.3.5 (PD-reg "Define table images"): only the chosen, non-null columns.
        Entity? pre = null;
        Entity? post = null;
        _fixture.Step(
            "Update", "account", PipelineStage.PostOperation,
            run => { pre = run.Context.PreEntityImages["before"]; post = run.Context.PostEntityImages["after"]; },
            images: new[]
            {
                new ImageRegistration("before", ImageType.PreImage, "name", "telephone1", "accountnumber"),
                new ImageRegistration("after", ImageType.PostImage, "name", "telephone1"),
            });
        var id = _fixture.Service.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "111" });

        _fixture.Service.Update(new Entity("account", id) { ["telephone1"] = "222" });

        Assert.Equal(new[] { "name", "telephone1" }, pre!.Attributes.Keys.OrderBy(k => k));
        Assert.Equal("111", pre["telephone1"]);
        Assert.Equal("222", post!["telephone1"]);
        Assert.Equal(id, post.Id);
    }

    [Fact]
    public void Registering_a_pre_image_on_Create_or_a_post_image_before_the_operation_is_refused()
    {
        // reference §9.3.5: no pre-image on Create; post-images only in PostOperation (SdkMessageDoesNotSupportPostImageRegistration).
        Assert.Throws<ArgumentException>(() => _fixture.Step(
            "Create", "account", PipelineStage.PostOperation, _ => { }, images: new[] { new ImageRegistration("pre", ImageType.PreImage) }));
        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => _fixture.Step(
            "Update", "account", PipelineStage.PreOperation, _ => { }, images: new[] { new ImageRegistration("post", ImageType.PostImage) }));
        Assert.Equal(unchecked((int)0x8004416e), fault.Detail.ErrorCode);
    }

    [Fact]
    public void Shared_variables_pass_from_PreOperation_to_PostOperation_and_PreValidations_reach_them_through_the_parent_context()
    {
        // reference §9.3.6 (PD-ctx note): PreValidation of Create/Update/Delete runs in a parent pipeline.
        object? fromPreOperation = null;
        object? fromPreValidationDirect = null;
        object? fromPreValidationParent = null;
        _fixture.Step("Create", "account", PipelineStage.PreValidation, run => run.Context.SharedVariables["validated"] = true);
        _fixture.Step("Create", "account", PipelineStage.PreOperation, run => run.Context.SharedVariables["score"] = 42);
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            fromPreOperation = run.Context.SharedVariables["score"];
            run.Context.SharedVariables.TryGetValue("validated", out fromPreValidationDirect);
            fromPreValidationParent = run.Context.ParentContext.SharedVariables["validated"];
        });

        _fixture.CreateAccount("Contoso");

        Assert.Equal(42, fromPreOperation);
        Assert.Null(fromPreValidationDirect);
        Assert.Equal(true, fromPreValidationParent);
    }

    [Fact]
    public void The_context_carries_the_operations_time_from_the_emulator_clock_and_the_callers_identity()
    {
        // reference §3 IExecutionContext; the emulator never reads the machine clock.
        IPluginExecutionContext? seen = null;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => seen = run.Context);
        _fixture.Emulator.Clock.AdvanceDays(3);

        _fixture.CreateAccount("Contoso");

        Assert.Equal(new DateTime(2026, 3, 5, 8, 0, 0, DateTimeKind.Utc), seen!.OperationCreatedOn);
        Assert.Equal(_fixture.UserId, seen.UserId);
        Assert.Equal(_fixture.UserId, seen.InitiatingUserId);
        Assert.Equal(1, seen.Depth);
        Assert.Equal(40, seen.Stage);
        Assert.Equal(0, seen.Mode);
        Assert.Equal(2, seen.IsolationMode);
        Assert.True(seen.IsInTransaction);
        Assert.Equal("account", seen.PrimaryEntityName);
    }

    [Fact]
    public void PreValidation_of_the_callers_operation_runs_outside_the_transaction_and_a_nested_ones_inside()
    {
        // reference §9.3.1 (PD-stage): PreValidation is outside the transaction only for the initial operation.
        var inTransaction = new List<(int Depth, bool InTransaction)>();
        _fixture.Step("Create", "contact", PipelineStage.PreValidation, run => inTransaction.Add((run.Context.Depth, run.Context.IsInTransaction)));
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => run.Service.Create(new Entity("contact") { ["lastname"] = "Sato" }));

        _fixture.Service.Create(new Entity("contact") { ["lastname"] = "Ito" });
        _fixture.CreateAccount("Contoso");

        Assert.Equal(new[] { (1, false), (2, true) }, inTransaction);
    }

    [Fact]
    public void A_nested_call_runs_one_level_deeper_under_the_calling_plugins_context()
    {
        // reference §8 Depth and §9.3.7 ParentContext.
        IPluginExecutionContext? nested = null;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run => run.Service.Create(new Entity("contact") { ["lastname"] = "Sato" }));
        _fixture.Step("Create", "contact", PipelineStage.PostOperation, run => nested = run.Context);

        _fixture.CreateAccount("Contoso");

        Assert.Equal(2, nested!.Depth);
        // Create's own PreValidation pipeline sits between them (reference §9.3.6).
        Assert.Equal(("contact", 10), (nested.ParentContext.PrimaryEntityName, nested.ParentContext.Stage));
        Assert.Equal(("account", 40), (nested.ParentContext.ParentContext.PrimaryEntityName, nested.ParentContext.ParentContext.Stage));
    }

    [Fact]
    public void A_step_running_as_another_user_gets_that_user_while_the_initiating_user_stays_the_caller()
    {
        // reference §9.3.10 (PD-reg "Run in User's Context").
        var runAs = _fixture.Emulator.CreateUser("Integration User");
        IPluginExecutionContext? seen = null;
        Guid createdBy = Guid.Empty;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            seen = run.Context;
            var contact = run.Service.Create(new Entity("contact") { ["lastname"] = "Sato" });
            createdBy = run.Service.Retrieve("contact", contact, new ColumnSet("createdby")).GetAttributeValue<EntityReference>("createdby").Id;
        }, runAs: runAs);

        _fixture.CreateAccount("Contoso");

        Assert.Equal(runAs, seen!.UserId);
        Assert.Equal(_fixture.UserId, seen.InitiatingUserId);
        Assert.Equal(runAs, createdBy);
    }

    [Fact]
    public void The_system_service_writes_as_SYSTEM()
    {
        // reference §3 IOrganizationServiceFactory: null ⇒ SYSTEM.
        Guid createdBy = Guid.Empty;
        _fixture.Step("Create", "account", PipelineStage.PostOperation, run =>
        {
            var system = run.Factory.CreateOrganizationService(null);
            var contact = system.Create(new Entity("contact") { ["lastname"] = "Sato" });
            createdBy = system.Retrieve("contact", contact, new ColumnSet("createdby")).GetAttributeValue<EntityReference>("createdby").Id;
        });

        _fixture.CreateAccount("Contoso");

        Assert.Equal(_fixture.Emulator.SystemUserId, createdBy);
    }

    [Fact]
    public void Create_steps_also_fire_for_each_record_of_a_CreateMultiple()
    {
        // learn page write-plugin-multiple-operation: Create-registered plugins run when callers use CreateMultiple.
        var names = new List<string>();
        _fixture.Step("Create", "account", PipelineStage.PreOperation, run => names.Add((string)((Entity)run.Context.InputParameters["Target"])["name"]));
        var targets = new EntityCollection(new List<Entity> { new("account") { ["name"] = "A" }, new("account") { ["name"] = "B" } }) { EntityName = "account" };

        _fixture.Service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = targets });

        Assert.Equal(new[] { "A", "B" }, names);
    }
}
