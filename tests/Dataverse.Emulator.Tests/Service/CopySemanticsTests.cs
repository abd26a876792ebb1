using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>Every message crosses a serialization boundary on the platform, so nothing a caller holds is shared with
    /// what is stored (reference §9.2.2: Retrieve returns a *new* Entity; RecordValues: "our in-process calls must
    /// behave as if it did").</summary>
    public class CopySemanticsTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void Mutating_a_retrieved_entity_changes_nothing_stored()
        {
            // Reference §9.2.2: Retrieve returns a new Entity.
            var contact = _f.Service.Create(new Entity("contact") { ["lastname"] = "Ng" });
            var id = _f.CreateAccount("Contoso", ("revenue", new Money(100m)), ("primarycontactid", new EntityReference("contact", contact)));
            var retrieved = _f.RetrieveAll("account", id);

            retrieved["name"] = "Changed";
            retrieved.GetAttributeValue<Money>("revenue").Value = 999m;
            retrieved.GetAttributeValue<EntityReference>("primarycontactid").Id = Guid.Empty;
            retrieved.GetAttributeValue<OptionSetValue>("statuscode").Value = 2;
            retrieved.Attributes.Remove("ownerid");

            var again = _f.RetrieveAll("account", id);
            Assert.Equal("Contoso", again.GetAttributeValue<string>("name"));
            Assert.Equal(100m, again.GetAttributeValue<Money>("revenue").Value);
            Assert.Equal(contact, again.GetAttributeValue<EntityReference>("primarycontactid").Id);
            Assert.Equal(1, again.GetAttributeValue<OptionSetValue>("statuscode").Value);
            Assert.True(again.Contains("ownerid"));
        }

        [Fact]
        public void Two_retrieves_of_one_record_return_different_objects()
        {
            // Reference §9.2.2.
            var id = _f.CreateAccount("Contoso", ("revenue", new Money(100m)));

            var first = _f.RetrieveAll("account", id);
            var second = _f.RetrieveAll("account", id);

            Assert.NotSame(first, second);
            Assert.NotSame(first.GetAttributeValue<Money>("revenue"), second.GetAttributeValue<Money>("revenue"));
        }

        [Fact]
        public void Mutating_the_entity_passed_to_Create_changes_nothing_stored()
        {
            // Reference §9.1.14 / §9.2.1: the request is serialized; later changes to the caller's objects are not seen.
            var contact = _f.Service.Create(new Entity("contact") { ["lastname"] = "Ng" });
            var revenue = new Money(100m);
            var primary = new EntityReference("contact", contact);
            var account = new Entity("account") { ["name"] = "Contoso", ["revenue"] = revenue, ["primarycontactid"] = primary };
            var id = _f.Service.Create(account);

            account["name"] = "Changed";
            revenue.Value = 999m;
            primary.Id = Guid.Empty;
            primary.LogicalName = "account";

            var stored = _f.RetrieveAll("account", id);
            Assert.Equal("Contoso", stored.GetAttributeValue<string>("name"));
            Assert.Equal(100m, stored.GetAttributeValue<Money>("revenue").Value);
            Assert.Equal(new EntityReference("contact", contact), stored.GetAttributeValue<EntityReference>("primarycontactid"));
        }

        [Fact]
        public void Mutating_the_entity_passed_to_Update_changes_nothing_stored()
        {
            // Reference §9.1.14.
            var id = _f.CreateAccount("Contoso");
            var revenue = new Money(250m);
            _f.Service.Update(new Entity("account", id) { ["revenue"] = revenue });

            revenue.Value = 1m;

            Assert.Equal(250m, _f.RetrieveAll("account", id).GetAttributeValue<Money>("revenue").Value);
        }

        [Fact]
        public void Mutating_a_RetrieveMultiple_result_changes_nothing_stored()
        {
            // Reference §9.2.2 / §9.2.7: query results are new entities.
            var id = _f.CreateAccount("Contoso", ("revenue", new Money(100m)));
            var results = _f.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name", "revenue") });

            results.Entities[0]["name"] = "Changed";
            results.Entities[0].GetAttributeValue<Money>("revenue").Value = 5m;

            var stored = _f.RetrieveAll("account", id);
            Assert.Equal("Contoso", stored.GetAttributeValue<string>("name"));
            Assert.Equal(100m, stored.GetAttributeValue<Money>("revenue").Value);
        }
    }
}
