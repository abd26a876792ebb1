using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>What comes back (reference §9.1.8, §9.2.2; learn: org-service/queryexpression/select-columns,
    /// fetchxml/select-columns "formatted values"): copies, the primary key always, only requested non-null columns.</summary>
    public sealed class ProjectionTests
    {
        private readonly QueryFixture _f = new QueryFixture();
        private readonly Guid _account;
        private readonly Guid _contact;

        public ProjectionTests()
        {
            _contact = _f.Source.Add("contact", ("fullname", "Ann Smith"));
            _account = _f.Source.Add("account", ("name", "Contoso"), ("revenue", new Money(1234.5m)), ("industrycode", new OptionSetValue(2)),
                ("donotemail", true), ("createdon", new DateTime(2024, 6, 1, 14, 5, 0, DateTimeKind.Utc)), ("numberofemployees", 1200),
                ("primarycontactid", new EntityReference("contact", _contact)));
        }

        [Fact]
        public void An_empty_ColumnSet_returns_only_the_primary_key_with_Id_set()
        {
            var entity = _f.Retrieve(new QueryExpression("account")).Entities.Single();
            Assert.Equal(_account, entity.Id);
            Assert.Equal("account", entity.LogicalName);
            Assert.Equal(new[] { "accountid" }, entity.Attributes.Keys.ToArray());
        }

        [Fact]
        public void Requested_columns_that_are_null_are_absent()
        {
            var entity = _f.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet("name", "accountnumber") }).Entities.Single();
            Assert.Equal("Contoso", entity["name"]);
            Assert.False(entity.Contains("accountnumber"));
            Assert.True(entity.Contains("accountid"));
        }

        [Fact]
        public void AllColumns_returns_every_stored_column()
        {
            var entity = _f.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet(true) }).Entities.Single();
            Assert.Equal(8, entity.Attributes.Count);
        }

        [Fact]
        public void Lookups_carry_the_targets_primary_name()
        {
            var entity = _f.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet("primarycontactid") }).Entities.Single();
            var reference = entity.GetAttributeValue<EntityReference>("primarycontactid");
            Assert.Equal(_contact, reference.Id);
            Assert.Equal("Ann Smith", reference.Name);
            Assert.Equal("Ann Smith", entity.FormattedValues["primarycontactid"]);
        }

        [Fact]
        public void Formatted_values_are_returned_for_choices_money_booleans_numbers_and_dates()
        {
            var entity = _f.Retrieve(new QueryExpression("account") { ColumnSet = new ColumnSet(true) }).Entities.Single();
            Assert.Equal("Agriculture", entity.FormattedValues["industrycode"]);
            Assert.Equal("$1,234.50", entity.FormattedValues["revenue"]);
            Assert.Equal("Yes", entity.FormattedValues["donotemail"]);
            Assert.Equal("1,200", entity.FormattedValues["numberofemployees"]);
            Assert.Equal("6/1/2024 2:05 PM", entity.FormattedValues["createdon"]);
            Assert.False(entity.FormattedValues.ContainsKey("name"));
        }

        [Fact]
        public void Returned_entities_are_copies_so_changing_them_changes_nothing_stored()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet(true) };
            var first = _f.Retrieve(query).Entities.Single();
            first.GetAttributeValue<Money>("revenue").Value = 1m;
            first.GetAttributeValue<OptionSetValue>("industrycode").Value = 3;
            first.GetAttributeValue<EntityReference>("primarycontactid").Name = "changed";
            first["name"] = "changed";

            var again = _f.Retrieve(query).Entities.Single();

            Assert.Equal(1234.5m, again.GetAttributeValue<Money>("revenue").Value);
            Assert.Equal(2, again.GetAttributeValue<OptionSetValue>("industrycode").Value);
            Assert.Equal("Ann Smith", again.GetAttributeValue<EntityReference>("primarycontactid").Name);
            Assert.Equal("Contoso", again["name"]);
        }

        [Fact]
        public void Ordering_by_a_choice_sorts_by_label_and_by_a_lookup_by_the_related_name()
        {
            // learn: fetchxml/order-rows "Ordering lookup and choice columns".
            var zed = _f.Source.Add("contact", ("fullname", "Zed"));
            _f.Source.Add("account", ("name", "B"), ("ratingcode", new OptionSetValue(1)), ("primarycontactid", new EntityReference("contact", zed)));
            _f.Source.Add("account", ("name", "C"), ("ratingcode", new OptionSetValue(3)));
            _f.Source.Add("account", ("name", "D"), ("ratingcode", new OptionSetValue(2)));
            const string filter = "<filter><condition attribute='ratingcode' operator='not-null' /></filter>";
            var byLabel = _f.Fetch($"<fetch><entity name='account'><attribute name='name' />{filter}<order attribute='ratingcode' /></entity></fetch>");
            Assert.Equal(new[] { "D", "C", "B" }, byLabel.Entities.Select(e => (string)e["name"])); // Alpha, Mike, Zulu
            var byValue = _f.Fetch($"<fetch useraworderby='true'><entity name='account'><attribute name='name' />{filter}<order attribute='ratingcode' /></entity></fetch>");
            Assert.Equal(new[] { "B", "D", "C" }, byValue.Entities.Select(e => (string)e["name"]));

            var byLookup = _f.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='primarycontactid' operator='not-null' /></filter><order attribute='primarycontactid' descending='true' /></entity></fetch>");
            Assert.Equal(new[] { "B", "Contoso" }, byLookup.Entities.Select(e => (string)e["name"]));
        }
    }
}
