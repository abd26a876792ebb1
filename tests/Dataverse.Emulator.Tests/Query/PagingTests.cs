using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>Paging (learn: org-service/queryexpression/page-results, fetchxml/page-results; reference §9.2.7):
    /// pages of at most 5000 rows, MoreRecords, a paging cookie the engine continues from, TotalRecordCount capped at 5000.</summary>
    public sealed class PagingTests
    {
        private readonly QueryFixture _f = new QueryFixture();

        private List<Guid> AddAccounts(int count, string prefix = "Account ")
        {
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                ids.Add(_f.Source.Add("account", ("name", prefix + i.ToString("D5", CultureInfo.InvariantCulture)), ("numberofemployees", i % 7)));
            }

            return ids;
        }

        [Fact]
        public void Paging_through_12000_rows_with_the_cookie_returns_every_row_exactly_once_even_when_rows_are_added_meanwhile()
        {
            var original = AddAccounts(12000);
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
            query.AddOrder("name", OrderType.Ascending);
            var seen = new List<Guid>();
            var pages = 0;
            while (true)
            {
                var page = _f.Retrieve(query);
                pages++;
                seen.AddRange(page.Entities.Select(e => e.Id));

                // Rows created between pages, sorting both before and after the current position.
                _f.Source.Add("account", ("name", "AAA inserted " + pages));
                _f.Source.Add("account", ("name", "Account 00000 inserted " + pages));
                if (!page.MoreRecords)
                {
                    break;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }

            Assert.Equal(3, pages);
            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Empty(original.Except(seen));
        }

        [Fact]
        public void Paging_without_an_order_uses_the_primary_key_and_the_cookie_has_the_platform_shape()
        {
            AddAccounts(12);
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 5, PageNumber = 1 } };

            var page = _f.Retrieve(query);

            Assert.True(page.MoreRecords);
            var cookie = XElement.Parse(page.PagingCookie);
            Assert.Equal("cookie", cookie.Name.LocalName);
            Assert.Equal("1", (string?)cookie.Attribute("page"));
            var key = Assert.Single(cookie.Elements());
            Assert.Equal("accountid", key.Name.LocalName);
            Assert.Equal(page.Entities[0].Id, Guid.Parse((string)key.Attribute("first")!));
            Assert.Equal(page.Entities[4].Id, Guid.Parse((string)key.Attribute("last")!));
            Assert.StartsWith("{", (string)key.Attribute("last")!);

            var all = new List<Guid>(page.Entities.Select(e => e.Id));
            while (page.MoreRecords)
            {
                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
                page = _f.Retrieve(query);
                all.AddRange(page.Entities.Select(e => e.Id));
            }

            Assert.Equal(12, all.Distinct().Count());
        }

        [Fact]
        public void Simple_paging_without_a_cookie_skips_whole_pages()
        {
            AddAccounts(30);
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 10, PageNumber = 3 } };
            query.AddOrder("name", OrderType.Ascending);

            var page = _f.Retrieve(query);

            Assert.Equal("Account 00020", page.Entities[0]["name"]);
            Assert.Equal(10, page.Entities.Count);
            Assert.False(page.MoreRecords);
        }

        [Fact]
        public void The_default_and_maximum_page_size_is_5000()
        {
            AddAccounts(5200);
            var unpaged = _f.Retrieve(new QueryExpression("account"));
            Assert.Equal(5000, unpaged.Entities.Count);
            Assert.True(unpaged.MoreRecords);

            var tooBig = _f.Retrieve(new QueryExpression("account") { PageInfo = new PagingInfo { Count = 6000, PageNumber = 1 } });
            Assert.Equal(5000, tooBig.Entities.Count);
        }

        [Fact]
        public void TotalRecordCount_is_returned_only_when_asked_and_is_capped_at_5000()
        {
            AddAccounts(5200);
            var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 10, PageNumber = 1 } };
            var without = _f.Retrieve(query);
            Assert.Equal(-1, without.TotalRecordCount);

            query.PageInfo.ReturnTotalRecordCount = true;
            var capped = _f.Retrieve(query);
            Assert.Equal(5000, capped.TotalRecordCount);
            Assert.True(capped.TotalRecordCountLimitExceeded);

            query.Criteria.AddCondition("numberofemployees", ConditionOperator.Equal, 3);
            var exact = _f.Retrieve(query);
            Assert.Equal(743, exact.TotalRecordCount);
            Assert.False(exact.TotalRecordCountLimitExceeded);
        }

        [Fact]
        public void TopCount_limits_the_rows_and_reports_no_more_records()
        {
            AddAccounts(20);
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), TopCount = 3 };
            query.AddOrder("name", OrderType.Descending);

            var results = _f.Retrieve(query);

            Assert.Equal(new[] { "Account 00019", "Account 00018", "Account 00017" }, results.Entities.Select(e => (string)e["name"]));
            Assert.False(results.MoreRecords);
        }

        [Fact]
        public void Distinct_returns_each_combination_of_selected_values_once()
        {
            _f.Source.Add("account", ("name", "Same"), ("numberofemployees", 1));
            _f.Source.Add("account", ("name", "Same"), ("numberofemployees", 1));
            _f.Source.Add("account", ("name", "Same"), ("numberofemployees", 2));
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees"), Distinct = true };

            var results = _f.Retrieve(query);

            Assert.Equal(2, results.Entities.Count);
        }

        [Fact]
        public void Fetch_paging_uses_count_page_and_the_xml_escaped_paging_cookie()
        {
            AddAccounts(25);
            var first = _f.Fetch("<fetch count='10' page='1'><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>");
            var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);
            var second = _f.Fetch($"<fetch count='10' page='2' paging-cookie='{cookie}'><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>");

            Assert.Equal("Account 00010", second.Entities[0]["name"]);
            Assert.True(second.MoreRecords);
        }

        [Fact]
        public void A_cookie_from_a_differently_ordered_query_fails_with_QueryBuilderPagingOrderBy()
        {
            AddAccounts(10);
            var byName = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 5, PageNumber = 1 } };
            byName.AddOrder("name", OrderType.Ascending);
            var cookie = _f.Retrieve(byName).PagingCookie;

            var byKey = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 5, PageNumber = 2, PagingCookie = cookie } };
            QueryFaultAssert.Throws(ErrorCodes.QueryBuilderPagingOrderBy, () => _f.Retrieve(byKey));
        }

        [Fact]
        public void Simple_paging_beyond_50000_rows_needs_a_cookie()
        {
            // OverRetrievalUpperLimitWithoutPagingCookie 0x8004430A (reference §9.2.7).
            var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 5000, PageNumber = 11 } };
            QueryFaultAssert.Throws(ErrorCodes.OverRetrievalUpperLimitWithoutPagingCookie, () => _f.Retrieve(query));
        }

        [Fact]
        public void Ordering_by_a_link_entity_column_returns_no_paging_cookie()
        {
            // Reference §9.2.7: queries ordered by a link-entity column come back without a cookie.
            var contact = _f.Source.Add("contact", ("fullname", "Ann"));
            _f.Source.Add("account", ("name", "A"), ("primarycontactid", new EntityReference("contact", contact)));
            var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 5, PageNumber = 1 } };
            query.AddLink("contact", "primarycontactid", "contactid").Orders.Add(new OrderExpression("fullname", OrderType.Ascending));

            var page = _f.Retrieve(query);

            Assert.Single(page.Entities);
            Assert.Null(page.PagingCookie);
        }
    }
}
