using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>FetchXML aggregation (learn: fetchxml/aggregate-data; OLD gg308322): results are AliasedValues under
    /// their alias; count is int and a sum of money is Money.</summary>
    public sealed class AggregateTests
    {
        private readonly QueryFixture _f = new QueryFixture();
        private readonly Guid _contoso;
        private readonly Guid _fabrikam;

        public AggregateTests()
        {
            _contoso = _f.Source.Add("account", ("name", "Contoso"), ("industrycode", new OptionSetValue(1)), ("revenue", new Money(100m)),
                ("numberofemployees", 10), ("createdon", new DateTime(2024, 1, 15, 10, 0, 0, DateTimeKind.Utc)));
            _fabrikam = _f.Source.Add("account", ("name", "Fabrikam"), ("industrycode", new OptionSetValue(1)), ("revenue", new Money(300m)),
                ("numberofemployees", 30), ("createdon", new DateTime(2024, 1, 20, 10, 0, 0, DateTimeKind.Utc)));
            _f.Source.Add("account", ("name", "Litware"), ("industrycode", new OptionSetValue(2)), ("revenue", new Money(50m)),
                ("createdon", new DateTime(2024, 3, 2, 10, 0, 0, DateTimeKind.Utc)));
            _f.Source.Add("account", ("name", "Northwind"), ("createdon", new DateTime(2023, 3, 2, 10, 0, 0, DateTimeKind.Utc)));
            foreach (var (name, last, account) in new[] { ("Ann", "Smith", _contoso), ("Bob", "Smith", _contoso), ("Cat", "Jones", _contoso), ("Dan", "Jones", _fabrikam) })
            {
                _f.Source.Add("contact", ("fullname", name), ("lastname", last), ("parentcustomerid", new EntityReference("account", account)));
            }
        }

        private static T Value<T>(Entity entity, string alias) => (T)((AliasedValue)entity[alias]).Value;

        [Fact]
        public void Group_by_a_choice_with_count_sum_avg_min_and_max()
        {
            var results = _f.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='account'>
                    <attribute name='industrycode' alias='industry' groupby='true' />
                    <attribute name='accountid' alias='rows' aggregate='count' />
                    <attribute name='revenue' alias='total' aggregate='sum' />
                    <attribute name='revenue' alias='average' aggregate='avg' />
                    <attribute name='numberofemployees' alias='smallest' aggregate='min' />
                    <attribute name='numberofemployees' alias='largest' aggregate='max' />
                    <filter><condition attribute='industrycode' operator='not-null' /></filter>
                  </entity>
                </fetch>");

            Assert.Equal(2, results.Entities.Count);
            var accounting = results.Entities.Single(e => Value<OptionSetValue>(e, "industry").Value == 1);
            Assert.Equal(2, Value<int>(accounting, "rows"));
            Assert.Equal(new Money(400m), Value<Money>(accounting, "total"));
            Assert.Equal(200m, Value<Money>(accounting, "average").Value);
            Assert.Equal(10, Value<int>(accounting, "smallest"));
            Assert.Equal(30, Value<int>(accounting, "largest"));
            Assert.Equal("Accounting", accounting.FormattedValues["industry"]);
            var total = (AliasedValue)accounting["total"];
            Assert.Equal("account", total.EntityLogicalName);
            Assert.Equal("revenue", total.AttributeLogicalName);
        }

        [Fact]
        public void Aggregates_and_group_by_on_link_entity_columns()
        {
            var results = _f.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='contact'>
                    <attribute name='contactid' alias='contacts' aggregate='count' />
                    <attribute name='lastname' alias='surnames' aggregate='countcolumn' distinct='true' />
                    <link-entity name='account' from='accountid' to='parentcustomerid' alias='a'>
                      <attribute name='name' alias='account' groupby='true' />
                      <attribute name='revenue' alias='revenue' aggregate='max' />
                    </link-entity>
                    <order alias='account' descending='true' />
                  </entity>
                </fetch>");

            Assert.Equal(new[] { "Fabrikam", "Contoso" }, results.Entities.Select(e => Value<string>(e, "account")));
            var contoso = results.Entities[1];
            Assert.Equal(3, Value<int>(contoso, "contacts"));
            Assert.Equal(2, Value<int>(contoso, "surnames"));
            Assert.Equal(100m, Value<Money>(contoso, "revenue").Value);
            Assert.Equal("account", ((AliasedValue)contoso["account"]).EntityLogicalName);
        }

        [Fact]
        public void Date_grouping_by_year_and_month_returns_whole_numbers()
        {
            var results = _f.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='account'>
                    <attribute name='createdon' alias='year' groupby='true' dategrouping='year' />
                    <attribute name='createdon' alias='month' groupby='true' dategrouping='month' />
                    <attribute name='createdon' alias='quarter' groupby='true' dategrouping='quarter' />
                    <attribute name='accountid' alias='n' aggregate='count' />
                    <order alias='year' />
                    <order alias='month' />
                  </entity>
                </fetch>");

            Assert.Equal(new[] { (2023, 3, 1, 1), (2024, 1, 1, 2), (2024, 3, 1, 1) },
                results.Entities.Select(e => (Value<int>(e, "year"), Value<int>(e, "month"), Value<int>(e, "quarter"), Value<int>(e, "n"))));
        }

        [Fact]
        public void Date_grouping_by_week_and_day()
        {
            var results = _f.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='account'>
                    <attribute name='createdon' alias='week' groupby='true' dategrouping='week' />
                    <attribute name='createdon' alias='day' groupby='true' dategrouping='day' />
                    <attribute name='accountid' alias='n' aggregate='count' />
                    <filter><condition attribute='createdon' operator='lt' value='2024-02-01' /><condition attribute='createdon' operator='ge' value='2024-01-01' /></filter>
                    <order alias='day' />
                  </entity>
                </fetch>");

            // 15 January 2024 is in week 3 (week 1 holds 1 January, weeks start on Sunday); 20 January is also week 3.
            Assert.Equal(new[] { (3, 15), (3, 20) }, results.Entities.Select(e => (Value<int>(e, "week"), Value<int>(e, "day"))));
        }

        [Fact]
        public void Count_without_group_by_over_no_rows_is_zero()
        {
            var results = _f.Fetch("<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /><filter><condition attribute='name' operator='eq' value='none' /></filter></entity></fetch>");
            Assert.Equal(0, Value<int>(results.Entities.Single(), "n"));
        }

        [Fact]
        public void Aggregate_queries_reject_plain_attributes_missing_aliases_and_too_many_rows()
        {
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderAttributeWithAggregate,
                () => _f.Fetch("<fetch aggregate='true'><entity name='account'><attribute name='name' /><attribute name='accountid' alias='n' aggregate='count' /></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidAlias,
                () => _f.Fetch("<fetch aggregate='true'><entity name='account'><attribute name='accountid' aggregate='count' /></entity></fetch>"));
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidAggregateAttribute,
                () => _f.Fetch("<fetch aggregate='true'><entity name='account'><attribute name='name' alias='x' aggregate='sum' /></entity></fetch>"));
            // AggregateQueryRecordLimit 0x8004E023 (50,000 rows by default; aggregatelimit lowers it).
            QueryFaultAssert.Throws(ErrorCodes.AggregateQueryRecordLimit,
                () => _f.Fetch("<fetch aggregate='true' aggregatelimit='3'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /></entity></fetch>"));
        }
    }
}
