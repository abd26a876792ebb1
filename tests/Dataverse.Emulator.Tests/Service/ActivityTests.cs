using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>Activities also live in activitypointer (entity reference activitypointer: "Task performed, or to be
    /// performed, by a user"; activitytypecode "Type of activity").</summary>
    public class ActivityTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void A_task_is_also_visible_in_activitypointer_with_activitytypecode_task()
        {
            // Entity reference activitypointer (activitytypecode, EntityName).
            var id = _f.Service.Create(new Entity("task") { ["subject"] = "Call back" });

            var pointer = _f.Service.Retrieve("activitypointer", id, new ColumnSet("subject", "activitytypecode"));

            Assert.Equal("task", pointer.GetAttributeValue<string>("activitytypecode"));
            Assert.Equal("Call back", pointer.GetAttributeValue<string>("subject"));
        }

        [Fact]
        public void An_activity_carries_its_own_type_in_activitytypecode()
        {
            // Entity reference task / phonecall: activitytypecode is a column of every activity table.
            var id = _f.Service.Create(new Entity("phonecall") { ["subject"] = "Renewal" });

            Assert.Equal("phonecall", _f.Service.Retrieve("phonecall", id, new ColumnSet("activitytypecode")).GetAttributeValue<string>("activitytypecode"));
        }

        [Fact]
        public void A_query_on_activitypointer_returns_activities_of_every_type()
        {
            // Entity reference activitypointer: one table across activity types.
            var account = _f.CreateAccount("Contoso");
            var regarding = new EntityReference("account", account);
            var task = _f.Service.Create(new Entity("task") { ["subject"] = "Call back", ["regardingobjectid"] = regarding });
            var call = _f.Service.Create(new Entity("phonecall") { ["subject"] = "Renewal", ["regardingobjectid"] = regarding });

            var query = new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("activitytypecode") };
            query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, account);
            var found = _f.Service.RetrieveMultiple(query).Entities.ToDictionary(e => e.Id, e => e.GetAttributeValue<string>("activitytypecode"));

            Assert.Equal(2, found.Count);
            Assert.Equal("task", found[task]);
            Assert.Equal("phonecall", found[call]);
        }

        [Fact]
        public void Updating_and_closing_an_activity_is_seen_in_activitypointer()
        {
            // Entity reference activitypointer: the pointer row is the activity, so changes show there.
            var id = _f.Service.Create(new Entity("task") { ["subject"] = "Call back", ["description"] = "Notes" });

            _f.Service.Update(new Entity("task", id) { ["subject"] = "Called", ["description"] = null, ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });

            var pointer = _f.Service.Retrieve("activitypointer", id, new ColumnSet("subject", "description", "statecode"));
            Assert.Equal("Called", pointer.GetAttributeValue<string>("subject"));
            Assert.False(pointer.Contains("description"));
            Assert.Equal(1, pointer.GetAttributeValue<OptionSetValue>("statecode").Value);
        }
    }
}
