using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>Update: partial writes, clearing, missing records, optimistic concurrency.</summary>
    public class UpdateTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void Update_changes_only_the_columns_it_is_given()
        {
            // Reference §9.2.4 (PD-upd: "only include the columns you are changing").
            var id = _f.CreateAccount("Contoso", ("telephone1", "555-0100"), ("accountnumber", "A-1"));

            _f.Service.Update(new Entity("account", id) { ["telephone1"] = "555-0199" });

            var account = _f.RetrieveAll("account", id);
            Assert.Equal("555-0199", account.GetAttributeValue<string>("telephone1"));
            Assert.Equal("Contoso", account.GetAttributeValue<string>("name"));
            Assert.Equal("A-1", account.GetAttributeValue<string>("accountnumber"));
        }

        [Fact]
        public void Update_with_a_null_value_clears_the_column()
        {
            // Reference §9.2.4 (PD-upd): an attribute present with value null clears the column, so Retrieve no longer returns it.
            var id = _f.CreateAccount("Contoso", ("telephone1", "555-0100"));

            _f.Service.Update(new Entity("account", id) { ["telephone1"] = null });

            var account = _f.Service.Retrieve("account", id, new ColumnSet("telephone1", "name"));
            Assert.False(account.Contains("telephone1"));
            Assert.Equal("Contoso", account.GetAttributeValue<string>("name"));
        }

        [Fact]
        public void Update_can_address_the_record_by_its_primary_key_attribute()
        {
            // Reference §9.1.8: generated classes carry the id in the primary-key attribute; the service accepts it for Update.
            var id = _f.CreateAccount("Contoso");

            _f.Service.Update(new Entity("account") { ["accountid"] = id, ["telephone1"] = "555-0100" });

            Assert.Equal("555-0100", _f.RetrieveAll("account", id).GetAttributeValue<string>("telephone1"));
        }

        [Fact]
        public void Update_of_a_missing_record_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3 (PD-err ObjectDoesNotExist 0x80040217).
            var missing = Guid.Parse("0b7d3f3e-3333-4a4a-9999-000000000001");

            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Update(new Entity("account", missing) { ["name"] = "Ghost" }));

            Assert.False(_f.Exists("account", missing));
        }

        [Fact]
        public void Update_without_an_id_fails()
        {
            // Reference §9.2.4 (PD-upd): "Entity Id must be specified for Update".
            var fault = ServiceFaults.Expect(() => _f.Service.Update(new Entity("account") { ["name"] = "Nobody" }));

            Assert.Contains("Entity Id must be specified for Update", fault.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Update_that_nulls_a_system_required_column_fails_with_cannot_set_to_null()
        {
            // Reference §9.2.4 (PD-upd): -2147220989 "Attribute: <name> cannot be set to NULL".
            var id = _f.CreateAccount("Contoso");

            var fault = ServiceFaults.Expect(ErrorCodes.CannotSetAttributeToNull, () => _f.Service.Update(new Entity("account", id) { ["ownerid"] = null }));

            Assert.Equal("Attribute: ownerid cannot be set to NULL", fault.Message);
        }

        [Fact]
        public void Update_with_IfRowVersionMatches_and_the_current_RowVersion_succeeds()
        {
            // Reference §9.2.5 (PD-upd; API ConcurrencyBehavior.IfRowVersionMatches).
            var id = _f.CreateAccount("Contoso");
            var current = _f.Service.Retrieve("account", id, new ColumnSet("name"));

            var update = new Entity("account", id) { ["name"] = "Contoso Ltd", RowVersion = current.RowVersion };
            _f.Service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

            Assert.Equal("Contoso Ltd", _f.RetrieveAll("account", id).GetAttributeValue<string>("name"));
        }

        [Fact]
        public void Update_with_IfRowVersionMatches_and_a_stale_RowVersion_fails_with_ConcurrencyVersionMismatch()
        {
            // Reference §9.2.5 (PD-upd, PD-http 412; PD-err ConcurrencyVersionMismatch 0x80060882).
            var id = _f.CreateAccount("Contoso");
            var stale = _f.Service.Retrieve("account", id, new ColumnSet("name"));
            _f.Service.Update(new Entity("account", id) { ["name"] = "Changed meanwhile" });

            var update = new Entity("account", id) { ["name"] = "Mine", RowVersion = stale.RowVersion };
            ServiceFaults.Expect(ErrorCodes.ConcurrencyVersionMismatch,
                () => _f.Service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

            Assert.Equal("Changed meanwhile", _f.RetrieveAll("account", id).GetAttributeValue<string>("name"));
        }

        [Fact]
        public void Update_without_a_concurrency_behavior_ignores_a_stale_RowVersion()
        {
            // API ConcurrencyBehavior.Default: an Update only checks the version when IfRowVersionMatches is asked for.
            var id = _f.CreateAccount("Contoso");
            var stale = _f.Service.Retrieve("account", id, new ColumnSet("name"));
            _f.Service.Update(new Entity("account", id) { ["name"] = "Changed meanwhile" });

            _f.Service.Update(new Entity("account", id) { ["name"] = "Mine", RowVersion = stale.RowVersion });

            Assert.Equal("Mine", _f.RetrieveAll("account", id).GetAttributeValue<string>("name"));
        }

        [Fact]
        public void Delete_with_IfRowVersionMatches_checks_the_RowVersion_of_the_reference()
        {
            // Reference §9.2.5 (PD-upd; API DeleteRequest.ConcurrencyBehavior example).
            var id = _f.CreateAccount("Contoso");
            var stale = _f.Service.Retrieve("account", id, new ColumnSet("name"));
            _f.Service.Update(new Entity("account", id) { ["name"] = "Changed meanwhile" });

            ServiceFaults.Expect(ErrorCodes.ConcurrencyVersionMismatch, () => _f.Service.Execute(new DeleteRequest
            {
                Target = stale.ToEntityReference(),
                ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
            }));
            Assert.True(_f.Exists("account", id));

            var current = _f.Service.Retrieve("account", id, new ColumnSet("name"));
            _f.Service.Execute(new DeleteRequest { Target = current.ToEntityReference(), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
            Assert.False(_f.Exists("account", id));
        }
    }
}
