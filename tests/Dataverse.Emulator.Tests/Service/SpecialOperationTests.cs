using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>SetState, Assign and WhoAmI (Microsoft.Crm.Sdk.Messages).</summary>
    public class SpecialOperationTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void SetState_changes_statecode_and_statuscode()
        {
            // Reference §9.3.2 (SetState: EntityMoniker, State, Status); account Inactive 1 / Inactive 2 (entity reference page).
            var id = _f.CreateAccount("Contoso");

            _f.Service.Execute(new SetStateRequest
            {
                EntityMoniker = new EntityReference("account", id),
                State = new OptionSetValue(1),
                Status = new OptionSetValue(2),
            });

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(1, account.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.Equal(2, account.GetAttributeValue<OptionSetValue>("statuscode").Value);
        }

        [Fact]
        public void SetState_with_status_minus_one_uses_the_default_status_of_the_state()
        {
            // API SetStateRequest.Status: -1 asks for the state's default status (task Completed 1 → Completed 5).
            var id = _f.Service.Create(new Entity("task") { ["subject"] = "Call back" });

            _f.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("task", id), State = new OptionSetValue(1), Status = new OptionSetValue(-1) });

            var task = _f.RetrieveAll("task", id);
            Assert.Equal(1, task.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.Equal(5, task.GetAttributeValue<OptionSetValue>("statuscode").Value);
        }

        [Fact]
        public void SetState_with_a_status_of_another_state_fails_with_InvalidStateCodeStatusCode()
        {
            // PD-err InvalidStateCodeStatusCode 0x80048408.
            var id = _f.CreateAccount("Contoso");

            ServiceFaults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => _f.Service.Execute(new SetStateRequest
            {
                EntityMoniker = new EntityReference("account", id),
                State = new OptionSetValue(1),
                Status = new OptionSetValue(1),
            }));

            Assert.Equal(0, _f.RetrieveAll("account", id).GetAttributeValue<OptionSetValue>("statecode").Value);
        }

        [Fact]
        public void SetState_of_a_missing_record_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3.
            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Execute(new SetStateRequest
            {
                EntityMoniker = new EntityReference("account", Guid.Parse("0b7d3f3e-8888-4a4a-9999-000000000001")),
                State = new OptionSetValue(1),
                Status = new OptionSetValue(2),
            }));
        }

        [Fact]
        public void Assign_to_a_user_changes_ownerid_owninguser_and_owningbusinessunit()
        {
            // Reference §9.3.2 (Assign: Target, Assignee); owningbusinessunit follows the owner (entity reference pages).
            var id = _f.CreateAccount("Contoso");
            var unit = _f.Service.Create(new Entity("businessunit")
            {
                ["name"] = "Sales",
                ["parentbusinessunitid"] = new EntityReference("businessunit", _f.Emulator.RootBusinessUnitId),
            });
            var seller = _f.Emulator.CreateUser("Sam Seller", unit);

            _f.Service.Execute(new AssignRequest { Target = new EntityReference("account", id), Assignee = new EntityReference("systemuser", seller) });

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(new EntityReference("systemuser", seller), account.GetAttributeValue<EntityReference>("ownerid"));
            Assert.Equal(seller, account.GetAttributeValue<EntityReference>("owninguser").Id);
            Assert.Equal(unit, account.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        }

        [Fact]
        public void Assign_to_a_team_sets_owningteam_and_clears_owninguser()
        {
            // Entity reference pages: owninguser / owningteam hold the owner by its type.
            var id = _f.CreateAccount("Contoso");
            var team = _f.CreateTeam("Support");

            _f.Service.Execute(new AssignRequest { Target = new EntityReference("account", id), Assignee = new EntityReference("team", team) });

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(new EntityReference("team", team), account.GetAttributeValue<EntityReference>("ownerid"));
            Assert.Equal(team, account.GetAttributeValue<EntityReference>("owningteam").Id);
            Assert.False(account.Contains("owninguser"));
        }

        [Fact]
        public void Assign_to_a_user_that_does_not_exist_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3 (PD-err ObjectDoesNotExist 0x80040217).
            var id = _f.CreateAccount("Contoso");

            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Execute(new AssignRequest
            {
                Target = new EntityReference("account", id),
                Assignee = new EntityReference("systemuser", Guid.Parse("0b7d3f3e-8888-4a4a-9999-000000000002")),
            }));

            Assert.Equal(_f.UserId, _f.RetrieveAll("account", id).GetAttributeValue<EntityReference>("ownerid").Id);
        }

        [Fact]
        public void WhoAmI_returns_the_caller_its_business_unit_and_the_organization()
        {
            // API WhoAmIResponse: UserId, BusinessUnitId, OrganizationId.
            var response = (WhoAmIResponse)_f.Service.Execute(new WhoAmIRequest());

            Assert.Equal(_f.UserId, response.UserId);
            Assert.Equal(_f.Emulator.RootBusinessUnitId, response.BusinessUnitId);
            Assert.Equal(_f.Emulator.OrganizationId, response.OrganizationId);
        }

        [Fact]
        public void WhoAmI_answers_for_the_user_the_service_was_created_for()
        {
            // API WhoAmIRequest: "the system user ID for the currently logged on user".
            var other = _f.Emulator.CreateUser("Blake Other");

            var response = (WhoAmIResponse)_f.Emulator.CreateService(other).Execute(new WhoAmIRequest());

            Assert.Equal(other, response.UserId);
        }
    }
}
