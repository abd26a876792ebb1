using System;
using System.Linq;
using Dataverse.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>ExecuteMultiple (learn org-service/execute-multiple-requests) and ExecuteTransaction
    /// (learn org-service/use-executetransaction).</summary>
    public class BatchTests
    {
        private readonly ServiceFixture _f = new();

        private static CreateRequest CreateAccount(string name, Guid? id = null) =>
            new() { Target = new Entity("account", id ?? Guid.Empty) { ["name"] = name } };

        private static UpdateRequest UpdateMissing() =>
            new() { Target = new Entity("account", Guid.Parse("0b7d3f3e-aaaa-4a4a-9999-000000000001")) { ["name"] = "Ghost" } };

        private ExecuteMultipleResponse ExecuteMultiple(bool continueOnError, bool returnResponses, params OrganizationRequest[] requests)
        {
            var collection = new OrganizationRequestCollection();
            foreach (var request in requests)
            {
                collection.Add(request);
            }

            return (ExecuteMultipleResponse)_f.Service.Execute(new ExecuteMultipleRequest
            {
                Requests = collection,
                Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
            });
        }

        private OrganizationResponse ExecuteTransaction(bool? returnResponses, params OrganizationRequest[] requests)
        {
            var collection = new OrganizationRequestCollection();
            foreach (var request in requests)
            {
                collection.Add(request);
            }

            return _f.Service.Execute(new ExecuteTransactionRequest { Requests = collection, ReturnResponses = returnResponses });
        }

        private string[] AccountNames() =>
            _f.Emulator.Store.Scan("account").Select(row => (string)row.Values["name"]).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        [Fact]
        public void ExecuteMultiple_with_ReturnResponses_returns_each_response_with_its_RequestIndex()
        {
            // learn execute-multiple-requests: ReturnResponses returns a response for every request, in order, with RequestIndex.
            var response = ExecuteMultiple(false, true, CreateAccount("One"), CreateAccount("Two"));

            Assert.False(response.IsFaulted);
            Assert.Equal(new[] { 0, 1 }, response.Responses.Select(item => item.RequestIndex));
            Assert.All(response.Responses, item => Assert.Null(item.Fault));
            var ids = response.Responses.Select(item => ((CreateResponse)item.Response).id).ToArray();
            Assert.Equal("Two", _f.RetrieveAll("account", ids[1]).GetAttributeValue<string>("name"));
        }

        [Fact]
        public void ExecuteMultiple_without_ContinueOnError_stops_at_the_first_fault_and_keeps_what_ran_before()
        {
            // learn execute-multiple-requests: each request runs in its own transaction; ContinueOnError false ends processing at the first fault.
            var response = ExecuteMultiple(false, true, CreateAccount("One"), UpdateMissing(), CreateAccount("Three"));

            Assert.True(response.IsFaulted);
            Assert.Equal(new[] { 0, 1 }, response.Responses.Select(item => item.RequestIndex));
            Assert.Equal(ErrorCodes.ObjectDoesNotExist, response.Responses[1].Fault.ErrorCode);
            Assert.Null(response.Responses[1].Response);
            Assert.Equal(new[] { "One" }, AccountNames());
        }

        [Fact]
        public void ExecuteMultiple_with_ContinueOnError_runs_every_request_and_reports_each_fault_with_its_index()
        {
            // learn execute-multiple-requests: ContinueOnError true continues after a fault; each fault carries the index of its request.
            var existing = _f.CreateAccount("Existing");

            var response = ExecuteMultiple(true, true, UpdateMissing(), CreateAccount("Two"), CreateAccount("Clash", existing), CreateAccount("Four"));

            Assert.True(response.IsFaulted);
            Assert.Equal(new[] { 0, 1, 2, 3 }, response.Responses.Select(item => item.RequestIndex));
            Assert.Equal(ErrorCodes.ObjectDoesNotExist, response.Responses[0].Fault.ErrorCode);
            Assert.Equal(ErrorCodes.DuplicateRecord, response.Responses[2].Fault.ErrorCode);
            Assert.Equal(new[] { "Existing", "Four", "Two" }, AccountNames());
        }

        [Fact]
        public void ExecuteMultiple_without_ReturnResponses_returns_only_the_faults()
        {
            // learn execute-multiple-requests: with ReturnResponses false, Responses holds only the items that faulted.
            var response = ExecuteMultiple(true, false, CreateAccount("One"), UpdateMissing(), CreateAccount("Three"));

            Assert.True(response.IsFaulted);
            var item = Assert.Single(response.Responses);
            Assert.Equal(1, item.RequestIndex);
            Assert.NotNull(item.Fault);
            Assert.Equal(new[] { "One", "Three" }, AccountNames());
        }

        [Fact]
        public void ExecuteMultiple_that_succeeds_without_ReturnResponses_returns_no_items()
        {
            // learn execute-multiple-requests.
            var response = ExecuteMultiple(false, false, CreateAccount("One"));

            Assert.False(response.IsFaulted);
            Assert.Empty(response.Responses);
        }

        [Fact]
        public void ExecuteTransaction_writes_every_request_and_returns_the_responses_in_order()
        {
            // learn use-executetransaction: ExecuteTransactionResponse.Responses when ReturnResponses is true.
            var response = (ExecuteTransactionResponse)ExecuteTransaction(true, CreateAccount("One"), CreateAccount("Two"));

            Assert.Equal(2, response.Responses.Count);
            Assert.Equal("Two", _f.RetrieveAll("account", ((CreateResponse)response.Responses[1]).id).GetAttributeValue<string>("name"));
            Assert.Equal(new[] { "One", "Two" }, AccountNames());
        }

        [Fact]
        public void ExecuteTransaction_is_all_or_nothing_and_reports_the_FaultedRequestIndex()
        {
            // learn use-executetransaction: a failure rolls back every request; the fault (ExecuteTransactionFault) names FaultedRequestIndex.
            var fault = ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => ExecuteTransaction(true, CreateAccount("One"), UpdateMissing(), CreateAccount("Three")));

            Assert.Equal(1, fault.ErrorDetails["FaultedRequestIndex"]);
            Assert.Empty(AccountNames());
        }

        [Fact]
        public void ExecuteTransaction_rolls_back_updates_and_deletes_as_well()
        {
            // learn use-executetransaction: all requests run in one transaction.
            var kept = _f.CreateAccount("Kept");
            var existing = _f.CreateAccount("Existing");
            var delete = new DeleteRequest { Target = new EntityReference("account", kept) };
            var update = new UpdateRequest { Target = new Entity("account", existing) { ["name"] = "Renamed" } };

            var fault = ServiceFaults.Expect(ErrorCodes.DuplicateRecord, () => ExecuteTransaction(null, delete, update, CreateAccount("Clash", existing)));

            Assert.Equal(2, fault.ErrorDetails["FaultedRequestIndex"]);
            Assert.Equal(new[] { "Existing", "Kept" }, AccountNames());
        }

        [Fact]
        public void A_service_call_after_a_failed_ExecuteTransaction_commits_normally()
        {
            // learn use-executetransaction: the transaction ends with the request; later requests run in their own.
            ServiceFaults.Expect(() => ExecuteTransaction(null, CreateAccount("One"), UpdateMissing()));

            _f.CreateAccount("Later");
            ServiceFaults.Expect(() => _f.Service.Execute(UpdateMissing()));

            Assert.Equal(new[] { "Later" }, AccountNames());
        }
    
        [Fact]
        public void ExecuteTransaction_rolls_back_when_a_PreValidation_step_refuses_a_later_request()
        {
            // learn use-executetransaction (all or nothing) with reference §9.3.9 (a plugin's exception reaches the caller as IsvAborted).
            _f.Emulator.RegisterStep(new StepRegistration(typeof(RefuseContacts), "Create", "contact", PipelineStage.PreValidation, StepMode.Synchronous));
            var contact = new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Ng" } };

            var fault = ServiceFaults.Expect(ErrorCodes.IsvAborted, () => ExecuteTransaction(null, CreateAccount("One"), contact));

            Assert.Equal(1, fault.ErrorDetails["FaultedRequestIndex"]);
            Assert.Empty(AccountNames());
        }

        /// <summary>A PreValidation step that cancels every contact Create.</summary>
        public sealed class RefuseContacts : IPlugin
        {
            public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException("No contacts today.");
        }
    }
}
