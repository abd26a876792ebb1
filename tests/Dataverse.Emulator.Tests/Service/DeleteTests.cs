using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>Delete, and what happens to the records that pointed at the deleted one.</summary>
    public class DeleteTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void Delete_removes_the_record()
        {
            // Reference §9.2.5 (PD-upd).
            var id = _f.CreateAccount("Contoso");
            var other = _f.CreateAccount("Fabrikam");

            _f.Service.Delete("account", id);

            Assert.Equal(new[] { other }, _f.Ids("account"));
        }

        [Fact]
        public void Delete_of_a_missing_record_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3 (PD-err ObjectDoesNotExist 0x80040217).
            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Delete("account", Guid.Parse("0b7d3f3e-5555-4a4a-9999-000000000001")));
        }

        [Fact]
        public void Deleting_a_record_clears_lookups_to_it()
        {
            // PD-upd "cascading behavior": a referential relationship (Remove Link) clears the lookup of the related rows
            // (account_primary_contact, account_parent_account).
            var contact = _f.Service.Create(new Entity("contact") { ["lastname"] = "Ng" });
            var parent = _f.CreateAccount("Parent");
            var child = _f.CreateAccount("Child",
                ("primarycontactid", new EntityReference("contact", contact)),
                ("parentaccountid", new EntityReference("account", parent)));

            _f.Service.Delete("contact", contact);
            _f.Service.Delete("account", parent);

            var stored = _f.RetrieveAll("account", child);
            Assert.False(stored.Contains("primarycontactid"));
            Assert.False(stored.Contains("parentaccountid"));
            Assert.Equal("Child", stored.GetAttributeValue<string>("name"));
        }

        [Fact]
        public void Clearing_a_lookup_on_delete_is_a_write_that_moves_the_row_version()
        {
            // PD-upd (Remove Link updates the related row) with learn optimistic-concurrency: any write changes the row version.
            var contact = _f.Service.Create(new Entity("contact") { ["lastname"] = "Ng" });
            var child = _f.CreateAccount("Child", ("primarycontactid", new EntityReference("contact", contact)));
            var before = _f.Service.Retrieve("account", child, new ColumnSet("name"));

            _f.Service.Delete("contact", contact);

            var update = new Entity("account", child) { ["name"] = "Stale", RowVersion = before.RowVersion };
            ServiceFaults.Expect(ErrorCodes.ConcurrencyVersionMismatch, () => _f.Service.Execute(new Microsoft.Xrm.Sdk.Messages.UpdateRequest
            {
                Target = update,
                ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
            }));
        }

        [Fact]
        public void Deleting_the_regarding_record_clears_regardingobjectid_on_the_activity_and_its_activitypointer_row()
        {
            // PD-upd (Remove Link) with entity reference activitypointer (the pointer row is the activity).
            var account = _f.CreateAccount("Contoso");
            var task = _f.Service.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("account", account) });

            _f.Service.Delete("account", account);

            Assert.False(_f.RetrieveAll("task", task).Contains("regardingobjectid"));
            Assert.False(_f.RetrieveAll("activitypointer", task).Contains("regardingobjectid"));
        }

        [Fact]
        public void A_cleared_lookup_no_longer_matches_a_query_on_the_deleted_id()
        {
            // PD-upd (Remove Link): the link is gone, not just hidden.
            var contact = _f.Service.Create(new Entity("contact") { ["lastname"] = "Ng" });
            _f.CreateAccount("Child", ("primarycontactid", new EntityReference("contact", contact)));

            _f.Service.Delete("contact", contact);

            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("primarycontactid", ConditionOperator.Equal, contact);
            Assert.Empty(_f.Service.RetrieveMultiple(query).Entities);
        }

        [Fact]
        public void Deleting_a_user_removes_the_users_team_memberships()
        {
            // PD-upd: intersect rows of an N:N relationship go with either record.
            var team = _f.CreateTeam("Support");
            var user = _f.Emulator.CreateUser("Blake Other");
            _f.Service.Associate("team", team, new Relationship("teammembership_association"), new EntityReferenceCollection { new EntityReference("systemuser", user) });

            _f.Service.Delete("systemuser", user);

            Assert.DoesNotContain(_f.Emulator.Store.Scan("teammembership"), row => row.Values.TryGetValue("systemuserid", out var id) && (Guid)id == user);
        }

        [Fact]
        public void Deleting_an_activity_removes_it_from_activitypointer()
        {
            // Entity reference activitypointer: the activity's row there is the same record.
            var task = _f.Service.Create(new Entity("task") { ["subject"] = "Call back" });

            _f.Service.Delete("task", task);

            Assert.False(_f.Exists("activitypointer", task));
            Assert.DoesNotContain(_f.Service.RetrieveMultiple(new QueryExpression("activitypointer")).Entities, e => e.Id == task);
        }
    }
}
