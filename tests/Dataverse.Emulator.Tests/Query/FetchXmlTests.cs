using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>FetchXML runs on the same engine as QueryExpression (learn: fetchxml/overview, fetchxml/reference).</summary>
    public sealed class FetchXmlTests
    {
        private readonly QueryFixture _f = new QueryFixture();
        private readonly Guid _contoso;

        public FetchXmlTests()
        {
            var ann = _f.Source.Add("contact", ("fullname", "Ann Smith"), ("lastname", "Smith"));
            _contoso = _f.Source.Add("account", ("name", "Contoso"), ("numberofemployees", 10), ("industrycode", new OptionSetValue(1)),
                ("primarycontactid", new EntityReference("contact", ann)));
            _f.Source.Add("account", ("name", "Fabrikam"), ("numberofemployees", 50), ("industrycode", new OptionSetValue(2)));
            _f.Source.Add("account", ("name", "Litware"), ("numberofemployees", 70), ("industrycode", new OptionSetValue(3)));
        }

        [Fact]
        public void Attributes_order_and_nested_filters_with_value_elements()
        {
            var results = _f.Fetch(@"
                <fetch>
                  <entity name='account'>
                    <attribute name='name' />
                    <order attribute='numberofemployees' descending='true' />
                    <filter type='and'>
                      <condition attribute='numberofemployees' operator='ge' value='10' />
                      <filter type='or'>
                        <condition attribute='industrycode' operator='in'><value>1</value><value>3</value></condition>
                        <condition attribute='name' operator='like' value='fab%' />
                      </filter>
                    </filter>
                  </entity>
                </fetch>");
            Assert.Equal(new[] { "Litware", "Fabrikam", "Contoso" }, results.Entities.Select(e => (string)e["name"]));
            Assert.Equal(new[] { "accountid", "name" }, results.Entities[0].Attributes.Keys.OrderBy(k => k));
        }

        [Fact]
        public void An_entity_without_attribute_elements_returns_all_columns_and_all_attributes_too()
        {
            // learn: fetchxml/select-columns - unlike an empty QueryExpression ColumnSet.
            var none = _f.Fetch("<fetch><entity name='account'><filter><condition attribute='name' operator='eq' value='Contoso' /></filter></entity></fetch>");
            Assert.Equal(5, none.Entities.Single().Attributes.Count);
            var all = _f.Fetch("<fetch><entity name='account'><all-attributes /><filter><condition attribute='name' operator='eq' value='Contoso' /></filter></entity></fetch>");
            Assert.Equal(5, all.Entities.Single().Attributes.Count);
        }

        [Fact]
        public void Link_entity_uses_from_on_the_linked_table_and_to_on_the_parent()
        {
            var results = _f.Fetch(@"
                <fetch top='5'>
                  <entity name='account'>
                    <attribute name='name' />
                    <link-entity name='contact' from='contactid' to='primarycontactid' link-type='outer' alias='pc'>
                      <attribute name='fullname' />
                      <attribute name='lastname' alias='surname' />
                    </link-entity>
                    <filter><condition entityname='pc' attribute='lastname' operator='eq' value='smith' /></filter>
                  </entity>
                </fetch>");
            var row = Assert.Single(results.Entities);
            Assert.Equal("Ann Smith", ((AliasedValue)row["pc.fullname"]).Value);
            Assert.Equal("Smith", ((AliasedValue)row["surname"]).Value);
        }

        [Fact]
        public void Condition_values_are_converted_from_text_to_the_column_type()
        {
            var byGuid = _f.Fetch($"<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='accountid' operator='eq' value='{_contoso:B}' /></filter></entity></fetch>");
            Assert.Equal("Contoso", byGuid.Entities.Single()["name"]);
            var between = _f.Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='numberofemployees' operator='between'><value>40</value><value>60</value></condition></filter></entity></fetch>");
            Assert.Equal("Fabrikam", between.Entities.Single()["name"]);
        }

        [Fact]
        public void Malformed_xml_fails_with_InvalidXml_and_says_what_is_wrong()
        {
            // InvalidXml 0x80040201 "Invalid XML." (data-service-errors table).
            var fault = QueryFaultAssert.Throws(ErrorCodes.InvalidXml, () => _f.Fetch("<fetch><entity name='account'><attribute name='name'></entity></fetch>"));
            Assert.StartsWith("Invalid XML.", fault.Message);
            Assert.Contains("attribute", fault.Message);
        }

        [Fact]
        public void Structural_mistakes_fail_with_the_query_builder_codes()
        {
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderDeserializeEmptyXml, () => _f.Fetch(" "));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderElementNotFound, () => _f.Fetch("<fetch />"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderDeserializeInvalidNode, () => _f.Fetch("<fetch><entity name='account'><column name='name' /></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderAttributeNotFound, () => _f.Fetch("<fetch><entity name='account'><filter><condition operator='eq' value='1' /></filter></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidConditionOperator, () => _f.Fetch("<fetch><entity name='account'><filter><condition attribute='name' operator='equals' value='1' /></filter></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidFilterType, () => _f.Fetch("<fetch><entity name='account'><filter type='xor' /></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderDeserializeInvalidLinkType, () => _f.Fetch("<fetch><entity name='account'><link-entity name='contact' from='contactid' to='primarycontactid' link-type='left' /></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderDeserializeInvalidDistinct, () => _f.Fetch("<fetch distinct='yes'><entity name='account' /></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderNoEntity, () => _f.Fetch("<fetch><entity name='nosuchtable' /></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _f.Fetch("<fetch><entity name='account'><attribute name='nosuchcolumn' /></entity></fetch>"));
        }

        [Fact]
        public void Fiscal_and_hierarchy_operators_in_fetch_fail_as_not_supported()
        {
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidConditionOperator,
                () => _f.Fetch("<fetch><entity name='account'><filter><condition attribute='createdon' operator='this-fiscal-year' /></filter></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidConditionOperator,
                () => _f.Fetch("<fetch><entity name='account'><filter><condition attribute='accountid' operator='under' value='{00000000-0000-0000-0000-000000000001}' /></filter></entity></fetch>"));
        }

        [Fact]
        public void QueryByAttribute_is_an_and_of_equal_conditions()
        {
            var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
            query.AddAttributeValue("industrycode", 2);
            query.AddAttributeValue("numberofemployees", 50);
            Assert.Equal("Fabrikam", _f.Retrieve(query).Entities.Single()["name"]);

            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderByAttributeNonEmpty, () => _f.Retrieve(new QueryByAttribute("account")));
        }
    }
}
