using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>Nested filters and link-entities (learn: org-service/queryexpression/join-tables and filter-rows,
    /// fetchxml/join-tables; reference xrm-sdk.md §7 LinkEntity and §9.2.8 AliasedValue).</summary>
    public sealed class FilterAndLinkTests
    {
        private readonly QueryFixture _f = new QueryFixture();
        private readonly Guid _contoso;
        private readonly Guid _fabrikam;
        private readonly Guid _adventure;
        private readonly Guid _ann;
        private readonly Guid _bob;
        private readonly Guid _owner;

        public FilterAndLinkTests()
        {
            _owner = _f.Source.Add("systemuser", ("fullname", "Olga Owner"));
            _ann = _f.Source.Add("contact", ("fullname", "Ann Smith"), ("lastname", "Smith"), ("ownerid", new EntityReference("systemuser", _owner)));
            _bob = _f.Source.Add("contact", ("fullname", "Bob Jones"), ("lastname", "Jones"));
            _contoso = _f.Source.Add("account", ("name", "Contoso"), ("industrycode", new OptionSetValue(1)), ("numberofemployees", 10),
                ("primarycontactid", new EntityReference("contact", _ann)));
            _fabrikam = _f.Source.Add("account", ("name", "Fabrikam"), ("industrycode", new OptionSetValue(2)), ("numberofemployees", 50),
                ("primarycontactid", new EntityReference("contact", _bob)));
            _adventure = _f.Source.Add("account", ("name", "Adventure Works"), ("industrycode", new OptionSetValue(2)), ("numberofemployees", 5));
            _f.Source.Add("contact", ("fullname", "Cat Smith"), ("lastname", "Smith"), ("parentcustomerid", new EntityReference("account", _contoso)));
            _f.Source.Add("contact", ("fullname", "Dan Smith"), ("lastname", "Smith"), ("parentcustomerid", new EntityReference("account", _contoso)));
            _f.Source.Add("contact", ("fullname", "Eve Jones"), ("lastname", "Jones"), ("parentcustomerid", new EntityReference("account", _fabrikam)));
        }

        private static string[] Names(EntityCollection results) =>
            results.Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray();

        [Fact]
        public void Nested_and_or_filters_combine_like_parenthesised_SQL()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddOrder("name", OrderType.Ascending);
            var industry = query.Criteria.AddFilter(LogicalOperator.Or);
            industry.AddCondition("industrycode", ConditionOperator.Equal, 1);
            industry.AddCondition("industrycode", ConditionOperator.Equal, 2);
            var size = query.Criteria.AddFilter(LogicalOperator.Or);
            size.AddCondition("name", ConditionOperator.Like, "C%");
            size.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 40);
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names(_f.Retrieve(query)));
        }

        [Fact]
        public void An_inner_link_returns_its_columns_as_AliasedValue_under_alias_dot_column()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddOrder("name", OrderType.Ascending);
            var link = query.AddLink("contact", "primarycontactid", "contactid");
            link.EntityAlias = "pc";
            link.Columns = new ColumnSet("fullname");

            var results = _f.Retrieve(query);

            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names(results));
            var aliased = Assert.IsType<AliasedValue>(results.Entities[0]["pc.fullname"]);
            Assert.Equal("contact", aliased.EntityLogicalName);
            Assert.Equal("fullname", aliased.AttributeLogicalName);
            Assert.Equal("Ann Smith", aliased.Value);
        }

        [Fact]
        public void A_left_outer_link_keeps_rows_without_a_match_and_omits_their_link_columns()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddOrder("name", OrderType.Ascending);
            query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter).Columns = new ColumnSet("fullname");

            var results = _f.Retrieve(query);

            Assert.Equal(new[] { "Adventure Works", "Contoso", "Fabrikam" }, Names(results));
            Assert.False(results.Entities[0].Contains("contact1.fullname"));
            Assert.True(results.Entities[1].Contains("contact1.fullname"));
        }

        [Fact]
        public void A_link_without_alias_gets_a_generated_alias_of_table_name_and_number()
        {
            // Reference §9.2.8/§13.2: the platform names unaliased links <table><n>, e.g. contact1.
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("accountid", ConditionOperator.Equal, _contoso);
            query.AddLink("contact", "primarycontactid", "contactid").Columns = new ColumnSet("fullname");
            query.AddLink("contact", "accountid", "parentcustomerid").Columns = new ColumnSet("fullname");

            var rows = _f.Retrieve(query).Entities;

            Assert.All(rows, r => Assert.Equal("Ann Smith", ((AliasedValue)r["contact1.fullname"]).Value));
            Assert.Equal(new[] { "Cat Smith", "Dan Smith" }, rows.Select(r => (string)((AliasedValue)r["contact2.fullname"]).Value).OrderBy(n => n));
        }

        [Fact]
        public void A_condition_on_an_outer_link_alias_in_the_main_filter_finds_rows_without_related_rows()
        {
            // learn: fetchxml/join-tables "Find records not in a set" - outer join plus a null condition on the link.
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter).EntityAlias = "pc";
            query.Criteria.AddCondition("pc", "contactid", ConditionOperator.Null);
            Assert.Equal(new[] { "Adventure Works" }, Names(_f.Retrieve(query)));
        }

        [Fact]
        public void Link_criteria_filter_the_linked_rows()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            var link = query.AddLink("contact", "primarycontactid", "contactid");
            link.LinkCriteria.AddCondition("lastname", ConditionOperator.Equal, "jones");
            Assert.Equal(new[] { "Fabrikam" }, Names(_f.Retrieve(query)));
        }

        [Fact]
        public void A_one_to_many_link_returns_one_row_per_related_row()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            var link = query.AddLink("contact", "accountid", "parentcustomerid");
            link.EntityAlias = "c";
            link.Columns = new ColumnSet("fullname");
            link.Orders.Add(new OrderExpression("fullname", OrderType.Ascending));

            var results = _f.Retrieve(query);

            Assert.Equal(new[] { "Contoso", "Contoso", "Fabrikam" }, Names(results));
        }

        [Fact]
        public void Nested_links_join_from_their_parent_link()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            var contact = query.AddLink("contact", "primarycontactid", "contactid");
            contact.EntityAlias = "pc";
            var owner = contact.AddLink("systemuser", "ownerid", "systemuserid");
            owner.EntityAlias = "owner";
            owner.Columns = new ColumnSet("fullname");

            var results = _f.Retrieve(query);

            var row = Assert.Single(results.Entities);
            Assert.Equal("Contoso", row["name"]);
            Assert.Equal("Olga Owner", ((AliasedValue)row["owner.fullname"]).Value);
        }

        [Fact]
        public void Ordering_by_a_link_column_sorts_by_the_aliased_value()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            var link = query.AddLink("contact", "primarycontactid", "contactid");
            link.EntityAlias = "pc";
            link.Orders.Add(new OrderExpression("fullname", OrderType.Descending));
            Assert.Equal(new[] { "Fabrikam", "Contoso" }, Names(_f.Retrieve(query)));

            var byEntityName = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            byEntityName.AddLink("contact", "primarycontactid", "contactid").EntityAlias = "pc";
            byEntityName.AddOrder("fullname", OrderType.Ascending, null, "pc");
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names(_f.Retrieve(byEntityName)));
        }

        [Fact]
        public void Exists_and_any_links_filter_without_duplicating_rows_and_not_any_keeps_rows_without_matches()
        {
            var exists = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            exists.AddOrder("name", OrderType.Ascending);
            exists.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.Exists).LinkCriteria.AddCondition("lastname", ConditionOperator.Equal, "Smith");
            Assert.Equal(new[] { "Contoso" }, Names(_f.Retrieve(exists)));

            var fetchAny = _f.Fetch(@"<fetch><entity name='account'><attribute name='name' /><order attribute='name' />
                <filter><link-entity name='contact' from='parentcustomerid' to='accountid' link-type='any' /></filter></entity></fetch>");
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names(fetchAny));

            var fetchNotAny = _f.Fetch(@"<fetch><entity name='account'><attribute name='name' />
                <filter><link-entity name='contact' from='parentcustomerid' to='accountid' link-type='not any' /></filter></entity></fetch>");
            Assert.Equal(new[] { "Adventure Works" }, Names(fetchNotAny));
        }

        [Fact]
        public void More_than_fifteen_link_entities_fail_with_0x8004430D()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            for (var i = 0; i < 16; i++)
            {
                query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);
            }

            QueryFaultAssert.Throws(ErrorCodes.TooManyLinkEntities, () => _f.Retrieve(query));
            query.LinkEntities.RemoveAt(0);
            Assert.Equal(3, _f.Retrieve(query).Entities.Count);
        }

        [Fact]
        public void A_condition_naming_an_unknown_alias_fails_with_QueryBuilderNoAlias()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("nosuchalias", "name", ConditionOperator.Null);
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderNoAlias, () => _f.Retrieve(query));
        }

        [Fact]
        public void Conditions_can_name_a_generated_alias()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);
            query.Criteria.AddCondition("contact1", "fullname", ConditionOperator.Equal, "bob jones");
            Assert.Equal(new[] { "Fabrikam" }, Names(_f.Retrieve(query)));
        }
    }
}
