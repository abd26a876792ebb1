using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>CreateMultiple and UpdateMultiple (learn write-plugin-multiple-operation; API messages.createmultiplerequest).</summary>
    public class MultipleOperationTests
    {
        private readonly ServiceFixture _f = new();

        private static EntityCollection Accounts(params Entity[] records) => new(records.ToList()) { EntityName = "account" };

        [Fact]
        public void CreateMultiple_returns_the_ids_of_the_new_records_in_order()
        {
            // Reference §6: CreateMultipleResponse.Ids (Guid[]), one per target.
            var given = Guid.Parse("0b7d3f3e-9999-4a4a-9999-000000000001");

            var response = (CreateMultipleResponse)_f.Service.Execute(new CreateMultipleRequest
            {
                Targets = Accounts(new Entity("account") { ["name"] = "One" }, new Entity("account", given) { ["name"] = "Two" }),
            });

            Assert.Equal(2, response.Ids.Length);
            Assert.Equal(given, response.Ids[1]);
            Assert.Equal("One", _f.RetrieveAll("account", response.Ids[0]).GetAttributeValue<string>("name"));
            Assert.Equal("Two", _f.RetrieveAll("account", response.Ids[1]).GetAttributeValue<string>("name"));
        }

        [Fact]
        public void CreateMultiple_writes_nothing_when_one_target_fails()
        {
            // API messages.createmultiplerequest: the operation runs as one transaction.
            var existing = _f.CreateAccount("Existing");

            ServiceFaults.Expect(ErrorCodes.DuplicateRecord, () => _f.Service.Execute(new CreateMultipleRequest
            {
                Targets = Accounts(new Entity("account") { ["name"] = "New" }, new Entity("account", existing) { ["name"] = "Clash" }),
            }));

            Assert.Equal(new[] { existing }, _f.Ids("account"));
        }

        [Fact]
        public void CreateMultiple_with_targets_of_different_tables_fails()
        {
            // Reference §6: all Targets must be of one table.
            ServiceFaults.Expect(() => _f.Service.Execute(new CreateMultipleRequest
            {
                Targets = Accounts(new Entity("account") { ["name"] = "One" }, new Entity("contact") { ["lastname"] = "Ng" }),
            }));

            Assert.Empty(_f.Ids("account"));
            Assert.Empty(_f.Ids("contact"));
        }

        [Fact]
        public void UpdateMultiple_updates_every_target_and_only_the_given_columns()
        {
            // Reference §6 (UpdateMultipleRequest.Targets) with §9.2.4 per record.
            var one = _f.CreateAccount("One", ("telephone1", "1"));
            var two = _f.CreateAccount("Two", ("telephone1", "2"));

            _f.Service.Execute(new UpdateMultipleRequest
            {
                Targets = Accounts(new Entity("account", one) { ["name"] = "One*" }, new Entity("account", two) { ["name"] = "Two*" }),
            });

            var first = _f.RetrieveAll("account", one);
            var second = _f.RetrieveAll("account", two);
            Assert.Equal("One*", first.GetAttributeValue<string>("name"));
            Assert.Equal("Two*", second.GetAttributeValue<string>("name"));
            Assert.Equal("1", first.GetAttributeValue<string>("telephone1"));
            Assert.Equal("2", second.GetAttributeValue<string>("telephone1"));
        }

        [Fact]
        public void UpdateMultiple_changes_nothing_when_one_target_is_missing()
        {
            // API messages.updatemultiplerequest: one transaction; ObjectDoesNotExist for the missing record (reference §9.2.3).
            var one = _f.CreateAccount("One");

            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Execute(new UpdateMultipleRequest
            {
                Targets = Accounts(new Entity("account", one) { ["name"] = "One*" }, new Entity("account", Guid.Parse("0b7d3f3e-9999-4a4a-9999-000000000002")) { ["name"] = "Ghost" }),
            }));

            Assert.Equal("One", _f.RetrieveAll("account", one).GetAttributeValue<string>("name"));
        }
    }
}
