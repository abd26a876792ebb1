using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>Request and response classes: names, pre-filled parameter keys, one parameter store
/// (reference §4 OrganizationRequest/Response, §6, §9.1.14, §9.3.2).</summary>
public sealed class RequestSemanticsTests
{
    private static OrganizationRequest NewRequest(Type requestType) => (OrganizationRequest)Activator.CreateInstance(requestType)!;

    [Theory]
    [InlineData(typeof(CreateRequest), "Create")]
    [InlineData(typeof(RetrieveRequest), "Retrieve")]
    [InlineData(typeof(RetrieveMultipleRequest), "RetrieveMultiple")]
    [InlineData(typeof(UpdateRequest), "Update")]
    [InlineData(typeof(DeleteRequest), "Delete")]
    [InlineData(typeof(UpsertRequest), "Upsert")]
    [InlineData(typeof(AssociateRequest), "Associate")]
    [InlineData(typeof(DisassociateRequest), "Disassociate")]
    [InlineData(typeof(ExecuteMultipleRequest), "ExecuteMultiple")]
    [InlineData(typeof(ExecuteTransactionRequest), "ExecuteTransaction")]
    [InlineData(typeof(CreateMultipleRequest), "CreateMultiple")]
    [InlineData(typeof(UpdateMultipleRequest), "UpdateMultiple")]
    [InlineData(typeof(WhoAmIRequest), "WhoAmI")]
    [InlineData(typeof(SetStateRequest), "SetState")]
    [InlineData(typeof(AssignRequest), "Assign")]
    public void Constructor_sets_the_RequestName_the_platform_dispatches_on(Type requestType, string requestName)
    {
        // reference §6 table "Request (RequestName)" (D1) and §9.1.14; Proxy messages per §1 item 5 / §9.3.2
        Assert.Equal(requestName, NewRequest(requestType).RequestName);
    }

    [Theory]
    [InlineData(typeof(CreateRequest), "Target")]
    [InlineData(typeof(RetrieveRequest), "Target", "ColumnSet", "RelatedEntitiesQuery")]
    [InlineData(typeof(RetrieveMultipleRequest), "Query")]
    [InlineData(typeof(UpdateRequest), "Target")]
    [InlineData(typeof(DeleteRequest), "Target")]
    [InlineData(typeof(UpsertRequest), "Target")]
    [InlineData(typeof(AssociateRequest), "Target", "Relationship", "RelatedEntities")]
    [InlineData(typeof(DisassociateRequest), "Target", "Relationship", "RelatedEntities")]
    [InlineData(typeof(ExecuteMultipleRequest), "Requests", "Settings")]
    [InlineData(typeof(ExecuteTransactionRequest), "Requests", "ReturnResponses")]
    [InlineData(typeof(CreateMultipleRequest), "Targets")]
    [InlineData(typeof(UpdateMultipleRequest), "Targets")]
    [InlineData(typeof(SetStateRequest), "EntityMoniker", "State", "Status")]
    [InlineData(typeof(AssignRequest), "Target", "Assignee")]
    public void Constructor_pre_fills_each_parameter_key_with_null(Type requestType, params string[] keys)
    {
        // reference §6 "Pattern for every request" and §9.1.14 (D1: Parameters.Contains("Target") is true straight after construction)
        var request = NewRequest(requestType);

        foreach (var key in keys)
        {
            Assert.True(request.Parameters.Contains(key), $"{requestType.Name} lacks the pre-filled key {key}.");
            Assert.Null(request.Parameters[key]);
        }
    }

    [Fact]
    public void WhoAmIRequest_has_no_parameters()
    {
        // reference §9.1.14 (D1 pattern: only the message's own parameter keys are pre-filled; WhoAmI has none)
        Assert.Empty(new WhoAmIRequest().Parameters);
    }

    [Fact]
    public void Value_typed_parameters_read_their_default_on_a_new_request()
    {
        // reference §6 table: UpdateRequest ConcurrencyBehavior "(default Default)"; same for Delete/UpdateMultiple and bool ReturnNotifications
        Assert.Equal(ConcurrencyBehavior.Default, new UpdateRequest().ConcurrencyBehavior);
        Assert.Equal(ConcurrencyBehavior.Default, new DeleteRequest().ConcurrencyBehavior);
        Assert.Equal(ConcurrencyBehavior.Default, new UpdateMultipleRequest().ConcurrencyBehavior);
        Assert.False(new RetrieveRequest().ReturnNotifications);
        Assert.Null(new ExecuteTransactionRequest().ReturnResponses);
    }

    [Fact]
    public void Typed_properties_read_and_write_their_parameter_keys()
    {
        // reference §6 "each property reads Parameters[name] ... and writes Parameters[name]" (D1)
        var target = new Entity("account");
        var columns = new ColumnSet("name");
        var reference = new EntityReference("account", Guid.NewGuid());
        var query = new QueryExpression("account");

        var create = new CreateRequest { Target = target };
        var retrieve = new RetrieveRequest { Target = reference, ColumnSet = columns };
        var retrieveMultiple = new RetrieveMultipleRequest { Query = query };
        var update = new UpdateRequest { Target = target, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        Assert.Same(target, create.Parameters["Target"]);
        Assert.Same(reference, retrieve.Parameters["Target"]);
        Assert.Same(columns, retrieve.Parameters["ColumnSet"]);
        Assert.Same(query, retrieveMultiple.Parameters["Query"]);
        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, update.Parameters["ConcurrencyBehavior"]);
    }

    [Fact]
    public void Proxy_request_properties_read_and_write_their_parameter_keys()
    {
        // reference §9.3.2 (PD-ctx: SetState → EntityMoniker + State + Status; Assign → Target + Assignee)
        var record = new EntityReference("account", Guid.NewGuid());
        var owner = new EntityReference("systemuser", Guid.NewGuid());
        var setState = new SetStateRequest { EntityMoniker = record, State = new OptionSetValue(1), Status = new OptionSetValue(2) };
        var assign = new AssignRequest { Target = record, Assignee = owner };

        Assert.Same(record, setState.Parameters["EntityMoniker"]);
        Assert.Equal(new OptionSetValue(1), setState.Parameters["State"]);
        Assert.Equal(new OptionSetValue(2), setState.Parameters["Status"]);
        Assert.Same(record, assign.Parameters["Target"]);
        Assert.Same(owner, assign.Parameters["Assignee"]);
    }

    [Fact]
    public void Parameters_written_by_key_are_read_by_the_typed_property()
    {
        // reference §9.1.14 (D1: indexer, Parameters and typed properties share one store)
        var target = new Entity("account");
        var request = new CreateRequest();

        request["Target"] = target;

        Assert.Same(target, request.Target);
    }

    [Fact]
    public void Request_indexer_and_Parameters_are_the_same_store()
    {
        // reference §4 OrganizationRequest "this[string] (→ Parameters)" and §9.1.14 (D1)
        var request = new OrganizationRequest("Create");

        request["Target"] = "via indexer";
        request.Parameters["Other"] = "via parameters";

        Assert.Equal("via indexer", request.Parameters["Target"]);
        Assert.Equal("via parameters", request["Other"]);
    }

    [Fact]
    public void Request_indexer_get_of_a_missing_parameter_throws_KeyNotFoundException()
    {
        // reference §9.1.1 (D1: the indexer forwards to the ParameterCollection)
        var request = new OrganizationRequest("Create");

        Assert.Throws<KeyNotFoundException>(() => request["Target"]);
    }

    [Fact]
    public void Generic_request_equals_the_typed_request_at_message_level()
    {
        // reference §9.1.14 (D1: the platform dispatches by RequestName + Parameters)
        var target = new Entity("account") { ["name"] = "Contoso" };

        var generic = new OrganizationRequest("Create") { ["Target"] = target };
        var typed = new CreateRequest { Target = target };

        Assert.Equal(typed.RequestName, generic.RequestName);
        Assert.Equal(
            typed.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal),
            generic.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Parameters_of_a_plain_request_is_never_null_and_its_setter_replaces_the_store()
    {
        // reference §4 OrganizationRequest "Parameters {get;set;} (lazy)" (D1)
        var request = new OrganizationRequest();
        var parameters = new ParameterCollection { { "Target", "x" } };

        Assert.NotNull(request.Parameters);
        Assert.Empty(request.Parameters);
        request.Parameters = parameters;

        Assert.Same(parameters, request.Parameters);
        Assert.Equal("x", request["Target"]);
    }

    // --- responses ---

    [Fact]
    public void Results_of_a_plain_response_is_never_null_and_the_indexer_shares_it()
    {
        // reference §4 OrganizationResponse "Results (lazy)", "this[string]" (D1)
        var response = new OrganizationResponse();

        Assert.NotNull(response.Results);
        response["id"] = "x";
        Assert.Equal("x", response.Results["id"]);
        Assert.Throws<KeyNotFoundException>(() => response["missing"]);
    }

    [Fact]
    public void CreateResponse_id_is_lower_case_and_reads_the_id_result()
    {
        // reference §6 table "CreateResponse: Guid id → "id" (lower-case property name!)" (D1)
        var id = Guid.NewGuid();
        var response = new CreateResponse();
        response.Results["id"] = id;

        Assert.Equal(id, response.id);
    }

    [Fact]
    public void Response_properties_of_a_new_response_read_their_defaults()
    {
        // reference §6 (D1: each property reads Results[name] if present, else null/default)
        Assert.Equal(Guid.Empty, new CreateResponse().id);
        Assert.Null(new RetrieveResponse().Entity);
        Assert.Null(new RetrieveMultipleResponse().EntityCollection);
        Assert.False(new UpsertResponse().RecordCreated);
        Assert.Null(new UpsertResponse().Target);
        Assert.False(new ExecuteMultipleResponse().IsFaulted);
        Assert.Null(new ExecuteMultipleResponse().Responses);
        Assert.Null(new ExecuteTransactionResponse().Responses);
        Assert.Null(new CreateMultipleResponse().Ids);
    }

    [Fact]
    public void Response_properties_read_their_result_keys()
    {
        // reference §6 table, response column (D1)
        var entity = new Entity("account");
        var entities = new EntityCollection();
        var reference = new EntityReference("account", Guid.NewGuid());
        var ids = new[] { Guid.NewGuid() };
        var items = new ExecuteMultipleResponseItemCollection();
        var responses = new OrganizationResponseCollection();

        var retrieve = new RetrieveResponse();
        retrieve.Results["Entity"] = entity;
        var retrieveMultiple = new RetrieveMultipleResponse();
        retrieveMultiple.Results["EntityCollection"] = entities;
        var upsert = new UpsertResponse();
        upsert.Results["RecordCreated"] = true;
        upsert.Results["Target"] = reference;
        var executeMultiple = new ExecuteMultipleResponse();
        executeMultiple.Results["IsFaulted"] = true;
        executeMultiple.Results["Responses"] = items;
        var executeTransaction = new ExecuteTransactionResponse();
        executeTransaction.Results["Responses"] = responses;
        var createMultiple = new CreateMultipleResponse();
        createMultiple.Results["Ids"] = ids;

        Assert.Same(entity, retrieve.Entity);
        Assert.Same(entities, retrieveMultiple.EntityCollection);
        Assert.True(upsert.RecordCreated);
        Assert.Same(reference, upsert.Target);
        Assert.True(executeMultiple.IsFaulted);
        Assert.Same(items, executeMultiple.Responses);
        Assert.Same(responses, executeTransaction.Responses);
        Assert.Same(ids, createMultiple.Ids);
    }
}
