using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>The columns the platform writes itself on Create and Update: audit dates and users, owner and owning
    /// business unit, state and status, version number.</summary>
    public class SystemColumnsTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void Create_stamps_createdon_and_modifiedon_from_the_emulator_clock()
        {
            // Dataverse sets createdon/modifiedon to the time of the operation (entity reference pages: "Date and time when the record was created");
            // the emulator's only time source is its clock (EmulatorClock), never the machine's.
            var id = _f.CreateAccount("Contoso");

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(ServiceFixture.Start, account.GetAttributeValue<DateTime>("createdon"));
            Assert.Equal(ServiceFixture.Start, account.GetAttributeValue<DateTime>("modifiedon"));
            Assert.Equal(DateTimeKind.Utc, account.GetAttributeValue<DateTime>("createdon").Kind);
        }

        [Fact]
        public void Update_moves_modifiedon_to_the_emulator_clock_and_keeps_createdon()
        {
            // Entity reference pages: modifiedon is "Date and time when the record was modified"; createdon never changes.
            var id = _f.CreateAccount("Contoso");
            _f.Clock.Advance(TimeSpan.FromHours(5));

            _f.Service.Update(new Entity("account", id) { ["telephone1"] = "555-0100" });

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(ServiceFixture.Start, account.GetAttributeValue<DateTime>("createdon"));
            Assert.Equal(ServiceFixture.Start.AddHours(5), account.GetAttributeValue<DateTime>("modifiedon"));
        }

        [Fact]
        public void Create_sets_createdby_and_modifiedby_to_the_caller_and_Update_moves_only_modifiedby()
        {
            // Entity reference pages: createdby "Unique identifier of the user who created the record", modifiedby likewise for the last change.
            var id = _f.CreateAccount("Contoso");
            var other = _f.Emulator.CreateUser("Blake Other");

            var created = _f.RetrieveAll("account", id);
            Assert.Equal(new EntityReference("systemuser", _f.UserId), created.GetAttributeValue<EntityReference>("createdby"));
            Assert.Equal(new EntityReference("systemuser", _f.UserId), created.GetAttributeValue<EntityReference>("modifiedby"));

            _f.Emulator.CreateService(other).Update(new Entity("account", id) { ["telephone1"] = "555-0100" });

            var updated = _f.RetrieveAll("account", id);
            Assert.Equal(_f.UserId, updated.GetAttributeValue<EntityReference>("createdby").Id);
            Assert.Equal(other, updated.GetAttributeValue<EntityReference>("modifiedby").Id);
        }

        [Fact]
        public void Create_defaults_ownerid_to_the_caller_and_owningbusinessunit_to_the_callers_business_unit()
        {
            // PD-ent / entity reference pages: a user-owned record is owned by the calling user unless ownerid is set;
            // owningbusinessunit is the owner's business unit.
            var unit = _f.Service.Create(new Entity("businessunit")
            {
                ["name"] = "Sales",
                ["parentbusinessunitid"] = new EntityReference("businessunit", _f.Emulator.RootBusinessUnitId),
            });
            var seller = _f.Emulator.CreateUser("Sam Seller", unit);

            var id = _f.Emulator.CreateService(seller).Create(new Entity("account") { ["name"] = "Contoso" });

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(new EntityReference("systemuser", seller), account.GetAttributeValue<EntityReference>("ownerid"));
            Assert.Equal(seller, account.GetAttributeValue<EntityReference>("owninguser").Id);
            Assert.Equal(new EntityReference("businessunit", unit), account.GetAttributeValue<EntityReference>("owningbusinessunit"));
        }

        [Fact]
        public void Create_with_an_ownerid_gives_the_record_to_that_owner()
        {
            // PD-ent: ownerid may be set on create to assign the record to another user or team.
            var other = _f.Emulator.CreateUser("Blake Other");

            var id = _f.CreateAccount("Contoso", ("ownerid", new EntityReference("systemuser", other)));

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(other, account.GetAttributeValue<EntityReference>("ownerid").Id);
            Assert.Equal(other, account.GetAttributeValue<EntityReference>("owninguser").Id);
            Assert.Equal(_f.UserId, account.GetAttributeValue<EntityReference>("createdby").Id);
        }

        [Fact]
        public void Create_defaults_statecode_and_statuscode_to_the_first_state_and_its_default_status()
        {
            // Entity reference pages (account: Active 0 → Active 1; task: Open 0 → Not Started 2).
            var account = _f.RetrieveAll("account", _f.CreateAccount("Contoso"));
            var task = _f.RetrieveAll("task", _f.Service.Create(new Entity("task") { ["subject"] = "Call back" }));

            Assert.Equal(0, account.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.Equal(1, account.GetAttributeValue<OptionSetValue>("statuscode").Value);
            Assert.Equal(0, task.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.Equal(2, task.GetAttributeValue<OptionSetValue>("statuscode").Value);
        }

        [Fact]
        public void Create_with_a_statuscode_takes_the_state_that_status_belongs_to()
        {
            // Entity reference pages: every statuscode belongs to one statecode (task: In Progress 3 is Open 0).
            var task = _f.RetrieveAll("task", _f.Service.Create(new Entity("task") { ["subject"] = "Call back", ["statuscode"] = new OptionSetValue(3) }));

            Assert.Equal(0, task.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.Equal(3, task.GetAttributeValue<OptionSetValue>("statuscode").Value);
        }

        [Fact]
        public void Versionnumber_increases_with_every_write()
        {
            // Entity reference pages: versionnumber "Version number of the record", a rowversion that grows with every change.
            var id = _f.CreateAccount("Contoso");
            var first = _f.RetrieveAll("account", id).GetAttributeValue<long>("versionnumber");
            var otherRecord = _f.RetrieveAll("account", _f.CreateAccount("Fabrikam")).GetAttributeValue<long>("versionnumber");

            _f.Service.Update(new Entity("account", id) { ["telephone1"] = "555-0100" });
            var second = _f.RetrieveAll("account", id).GetAttributeValue<long>("versionnumber");

            Assert.True(first > 0);
            Assert.True(otherRecord > first);
            Assert.True(second > otherRecord);
        }

        [Fact]
        public void System_columns_sent_by_the_caller_do_not_override_what_the_platform_writes()
        {
            // Entity reference pages: createdon, createdby, modifiedon, modifiedby, versionnumber are not valid for create or update.
            var someoneElse = _f.Emulator.CreateUser("Blake Other");
            var id = _f.Service.Create(new Entity("account")
            {
                ["name"] = "Contoso",
                ["createdon"] = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                ["createdby"] = new EntityReference("systemuser", someoneElse),
            });

            var account = _f.RetrieveAll("account", id);
            Assert.Equal(ServiceFixture.Start, account.GetAttributeValue<DateTime>("createdon"));
            Assert.Equal(_f.UserId, account.GetAttributeValue<EntityReference>("createdby").Id);
        }
    }
}
