using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>Associate and Disassociate on the N:N teammembership_association (systemuser ↔ team).</summary>
    public class AssociateTests
    {
        private static readonly Relationship TeamMembership = new("teammembership_association");

        private readonly ServiceFixture _f = new();

        private Guid[] MembersOf(Guid team)
        {
            var query = new QueryExpression("teammembership") { ColumnSet = new ColumnSet("systemuserid") };
            query.Criteria.AddCondition("teamid", ConditionOperator.Equal, team);
            return _f.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<Guid>("systemuserid")).ToArray();
        }

        [Fact]
        public void Associate_adds_an_intersect_row_for_each_related_record()
        {
            // Reference §9.2.9 (Associate: target, Relationship, related references).
            var team = _f.CreateTeam("Support");
            var first = _f.Emulator.CreateUser("Blake One");
            var second = _f.Emulator.CreateUser("Casey Two");

            _f.Service.Associate("team", team, TeamMembership, new EntityReferenceCollection
            {
                new EntityReference("systemuser", first),
                new EntityReference("systemuser", second),
            });

            Assert.Equal(new[] { first, second }.OrderBy(g => g), MembersOf(team).OrderBy(g => g));
        }

        [Fact]
        public void Associate_works_from_either_side_of_the_relationship()
        {
            // Reference §9.2.9: an N:N can be associated from either table.
            var team = _f.CreateTeam("Support");
            var user = _f.Emulator.CreateUser("Blake One");

            _f.Service.Execute(new AssociateRequest
            {
                Target = new EntityReference("systemuser", user),
                Relationship = TeamMembership,
                RelatedEntities = new EntityReferenceCollection { new EntityReference("team", team) },
            });

            Assert.Equal(new[] { user }, MembersOf(team));
        }

        [Fact]
        public void Associating_a_pair_that_is_already_associated_fails_with_DuplicateRecord()
        {
            // PD-err DuplicateRecord 0x80040237 ("Cannot insert duplicate key").
            var team = _f.CreateTeam("Support");
            var user = _f.Emulator.CreateUser("Blake One");
            var related = new EntityReferenceCollection { new EntityReference("systemuser", user) };
            _f.Service.Associate("team", team, TeamMembership, related);

            ServiceFaults.Expect(ErrorCodes.DuplicateRecord, () => _f.Service.Associate("team", team, TeamMembership, related));

            Assert.Single(MembersOf(team));
        }

        [Fact]
        public void Disassociate_removes_the_intersect_row()
        {
            // Reference §9.2.9.
            var team = _f.CreateTeam("Support");
            var stays = _f.Emulator.CreateUser("Blake One");
            var leaves = _f.Emulator.CreateUser("Casey Two");
            _f.Service.Associate("team", team, TeamMembership, new EntityReferenceCollection
            {
                new EntityReference("systemuser", stays),
                new EntityReference("systemuser", leaves),
            });

            _f.Service.Disassociate("team", team, TeamMembership, new EntityReferenceCollection { new EntityReference("systemuser", leaves) });

            Assert.Equal(new[] { stays }, MembersOf(team));
            Assert.True(_f.Exists("systemuser", leaves));
        }

        [Fact]
        public void Associate_on_a_one_to_many_relationship_sets_the_lookup_of_the_child_and_its_activitypointer_row()
        {
            // Reference §9.2.9: Associate also works on 1:N relationships (Account_Tasks sets task.regardingobjectid).
            var account = _f.CreateAccount("Contoso");
            var task = _f.Service.Create(new Entity("task") { ["subject"] = "Call" });

            _f.Service.Associate("account", account, new Relationship("Account_Tasks"), new EntityReferenceCollection { new EntityReference("task", task) });

            Assert.Equal(account, _f.RetrieveAll("task", task).GetAttributeValue<EntityReference>("regardingobjectid").Id);
            Assert.Equal(account, _f.RetrieveAll("activitypointer", task).GetAttributeValue<EntityReference>("regardingobjectid").Id);

            _f.Service.Disassociate("account", account, new Relationship("Account_Tasks"), new EntityReferenceCollection { new EntityReference("task", task) });

            Assert.False(_f.RetrieveAll("activitypointer", task).Contains("regardingobjectid"));
        }

        [Fact]
        public void Associate_with_a_record_that_does_not_exist_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3 (PD-err ObjectDoesNotExist 0x80040217).
            var team = _f.CreateTeam("Support");

            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Associate("team", team, TeamMembership,
                new EntityReferenceCollection { new EntityReference("systemuser", Guid.Parse("0b7d3f3e-6666-4a4a-9999-000000000001")) }));

            Assert.Empty(MembersOf(team));
        }

        [Fact]
        public void Associate_with_an_unknown_relationship_fails()
        {
            // Reference §9.2.10: every failure is a FaultException<OrganizationServiceFault>.
            var team = _f.CreateTeam("Support");
            var user = _f.Emulator.CreateUser("Blake One");

            var fault = ServiceFaults.Expect(() => _f.Service.Associate("team", team, new Relationship("csx_no_such_relationship"),
                new EntityReferenceCollection { new EntityReference("systemuser", user) }));

            Assert.Contains("csx_no_such_relationship", fault.Message, StringComparison.Ordinal);
        }
    }
}
