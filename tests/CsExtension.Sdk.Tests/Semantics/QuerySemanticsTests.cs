using System;
using System.Collections;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>Query classes: constructor defaults, condition values, links, filters and enum values (reference §7).</summary>
public sealed class QuerySemanticsTests
{
    // --- QueryExpression ---

    [Fact]
    public void QueryExpression_constructor_initialises_Criteria_PageInfo_and_an_empty_ColumnSet()
    {
        // reference §7 QueryExpression ctors (D1: Criteria, PageInfo, ColumnSet (empty, AllColumns=false))
        var query = new QueryExpression("account");

        Assert.Equal("account", query.EntityName);
        Assert.NotNull(query.Criteria);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Empty(query.Criteria.Conditions);
        Assert.NotNull(query.PageInfo);
        Assert.NotNull(query.ColumnSet);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void QueryExpression_parameterless_constructor_initialises_the_same_members_with_no_entity_name()
    {
        // reference §7 QueryExpression "() (= entityName null)" (D1)
        var query = new QueryExpression();

        Assert.Null(query.EntityName);
        Assert.NotNull(query.Criteria);
        Assert.NotNull(query.PageInfo);
        Assert.NotNull(query.ColumnSet);
    }

    [Fact]
    public void QueryExpression_lists_are_never_null_and_accept_collection_initialisers()
    {
        // reference §7 QueryExpression LinkEntities/Orders "(lazy; collection-initializer syntax works, PD-join)"
        var query = new QueryExpression("account")
        {
            LinkEntities = { new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.LeftOuter) },
            Orders = { new OrderExpression("name", OrderType.Descending) },
        };

        Assert.Single(query.LinkEntities);
        Assert.Single(query.Orders);
        Assert.Empty(new QueryExpression().LinkEntities);
        Assert.Empty(new QueryExpression().Orders);
    }

    [Fact]
    public void PagingInfo_defaults_are_zero_false_and_null()
    {
        // reference §7 PagingInfo "(Defaults 0/0/false/null.)" (D1)
        var paging = new QueryExpression("account").PageInfo;

        Assert.Equal(0, paging.PageNumber);
        Assert.Equal(0, paging.Count);
        Assert.False(paging.ReturnTotalRecordCount);
        Assert.Null(paging.PagingCookie);
    }

    [Fact]
    public void QueryExpression_AddLink_links_from_the_query_entity_with_an_inner_join()
    {
        // reference §7 QueryExpression.AddLink "(Inner)" and "sets LinkFromEntityName = this.EntityName, adds to LinkEntities, returns it" (D1)
        var query = new QueryExpression("account");

        var link = query.AddLink("contact", "primarycontactid", "contactid");

        Assert.Same(link, Assert.Single(query.LinkEntities));
        Assert.Equal("account", link.LinkFromEntityName);
        Assert.Equal("contact", link.LinkToEntityName);
        Assert.Equal("primarycontactid", link.LinkFromAttributeName);
        Assert.Equal("contactid", link.LinkToAttributeName);
        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
    }

    [Fact]
    public void QueryExpression_AddLink_with_a_join_operator_keeps_it()
    {
        // reference §7 QueryExpression.AddLink(…, JoinOperator) (D1)
        var link = new QueryExpression("account").AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

        Assert.Equal(JoinOperator.LeftOuter, link.JoinOperator);
        Assert.Equal("account", link.LinkFromEntityName);
    }

    [Fact]
    public void Nested_LinkEntity_AddLink_takes_the_parent_link_LinkFromEntityName()
    {
        // reference §7 LinkEntity.AddLink and §12.7 (D1: child LinkFromEntityName = this link's LinkFromEntityName)
        var parent = new QueryExpression("account").AddLink("contact", "primarycontactid", "contactid");

        var child = parent.AddLink("systemuser", "ownerid", "systemuserid");

        Assert.Same(child, Assert.Single(parent.LinkEntities));
        Assert.Equal("account", child.LinkFromEntityName);
        Assert.Equal("systemuser", child.LinkToEntityName);
        Assert.Equal(JoinOperator.Inner, child.JoinOperator);
    }

    [Fact]
    public void LinkEntity_constructors_create_empty_Columns_and_LinkCriteria()
    {
        // reference §7 LinkEntity ctors "both create empty Columns and LinkCriteria"; () is Inner (D1)
        var empty = new LinkEntity();
        var full = new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

        Assert.Equal(JoinOperator.Inner, empty.JoinOperator);
        Assert.NotNull(empty.Columns);
        Assert.NotNull(empty.LinkCriteria);
        Assert.Empty(full.Columns.Columns);
        Assert.False(full.Columns.AllColumns);
        Assert.Empty(full.LinkCriteria.Conditions);
        Assert.Equal("account", full.LinkFromEntityName);
        Assert.Equal("contact", full.LinkToEntityName);
        Assert.Equal("primarycontactid", full.LinkFromAttributeName);
        Assert.Equal("contactid", full.LinkToAttributeName);
    }

    // --- QueryByAttribute ---

    [Fact]
    public void QueryByAttribute_with_an_entity_name_leaves_ColumnSet_and_PageInfo_null()
    {
        // reference §7 QueryByAttribute "(string entityName) only sets EntityName" (D1 and D2 agree)
        var query = new QueryByAttribute("account");

        Assert.Equal("account", query.EntityName);
        Assert.Null(query.ColumnSet);
        Assert.Null(query.PageInfo);
    }

    [Fact]
    public void QueryByAttribute_parameterless_constructor_initialises_ColumnSet_and_PageInfo()
    {
        // reference §7 QueryByAttribute "() (initialises ColumnSet and PageInfo)" (D1)
        var query = new QueryByAttribute();

        Assert.NotNull(query.ColumnSet);
        Assert.NotNull(query.PageInfo);
        Assert.Null(query.EntityName);
    }

    [Fact]
    public void QueryByAttribute_AddAttributeValue_appends_to_Attributes_and_Values_in_step()
    {
        // reference §7 QueryByAttribute.AddAttributeValue (D1)
        var query = new QueryByAttribute("account");

        query.AddAttributeValue("name", "Contoso");
        query.AddAttributeValue("statecode", 0);
        query.AddOrder("name", OrderType.Ascending);

        Assert.Equal(new[] { "name", "statecode" }, query.Attributes);
        Assert.Equal(new object[] { "Contoso", 0 }, query.Values);
        Assert.Equal("name", Assert.Single(query.Orders).AttributeName);
    }

    // --- ConditionExpression ---

    [Fact]
    public void A_string_array_passed_as_params_gives_one_value_per_element()
    {
        // reference §7 ConditionExpression trap (learn "Use the ConditionExpression class")
        var names = new[] { "Contoso", "Fabrikam" };

        var condition = new ConditionExpression("name", ConditionOperator.In, names);

        Assert.Equal(new object[] { "Contoso", "Fabrikam" }, condition.Values);
    }

    [Fact]
    public void A_string_array_typed_as_object_gives_one_value_that_is_the_array()
    {
        // reference §7 ConditionExpression trap (learn "Use the ConditionExpression class")
        object names = new[] { "Contoso", "Fabrikam" };

        var condition = new ConditionExpression("name", ConditionOperator.In, names);

        Assert.Same(names, Assert.Single(condition.Values));
    }

    [Fact]
    public void A_null_values_array_leaves_Values_empty()
    {
        // reference §7 ConditionExpression "A null values array leaves Values empty" (D1)
        var viaParams = new ConditionExpression("name", ConditionOperator.In, (object[]?)null);
        var viaEntityParams = new ConditionExpression("account", "name", ConditionOperator.In, (object[]?)null);
        var viaCompareColumns = new ConditionExpression("name", ConditionOperator.In, false, (object[]?)null);

        Assert.Empty(viaParams.Values);
        Assert.Empty(viaEntityParams.Values);
        Assert.Empty(viaCompareColumns.Values);
    }

    [Fact]
    public void A_condition_without_values_has_an_empty_Values_collection()
    {
        // reference §7 ConditionExpression "Values { get; private set; } (lazy)" (D1)
        Assert.Empty(new ConditionExpression().Values);
        Assert.Empty(new ConditionExpression("name", ConditionOperator.Null).Values);
    }

    [Fact]
    public void ConditionExpression_constructors_set_entity_attribute_operator_and_CompareColumns()
    {
        // reference §7 ConditionExpression ctors and properties (D1)
        var condition = new ConditionExpression("contact", "fullname", ConditionOperator.Equal, true, "lastname");
        var single = new ConditionExpression("name", ConditionOperator.Equal, (object)"Contoso");

        Assert.Equal("contact", condition.EntityName);
        Assert.Equal("fullname", condition.AttributeName);
        Assert.Equal(ConditionOperator.Equal, condition.Operator);
        Assert.True(condition.CompareColumns);
        Assert.Equal("lastname", Assert.Single(condition.Values));
        Assert.Null(single.EntityName);
        Assert.False(single.CompareColumns);
        Assert.Equal("Contoso", Assert.Single(single.Values));
    }

    [Fact]
    public void An_ICollection_of_values_gives_one_value_per_element()
    {
        // reference §7 ConditionExpression "(string attributeName, ConditionOperator, ICollection values)" (D1)
        ICollection values = new ArrayList { 1, 2, 3 };

        var condition = new ConditionExpression("statecode", ConditionOperator.In, values);

        Assert.Equal(new object[] { 1, 2, 3 }, condition.Values);
    }

    // --- FilterExpression ---

    [Fact]
    public void FilterExpression_parameterless_constructor_is_an_And_filter()
    {
        // reference §7 FilterExpression "() (FilterOperator = And)" (D1)
        Assert.Equal(LogicalOperator.And, new FilterExpression().FilterOperator);
        Assert.Equal(LogicalOperator.Or, new FilterExpression(LogicalOperator.Or).FilterOperator);
    }

    [Fact]
    public void FilterExpression_AddFilter_of_null_is_ignored()
    {
        // reference §7 FilterExpression "void AddFilter(FilterExpression childFilter) (ignores null)" (D1)
        var filter = new FilterExpression();

        filter.AddFilter((FilterExpression?)null);

        Assert.Empty(filter.Filters);
    }

    [Fact]
    public void FilterExpression_AddFilter_with_an_operator_creates_adds_and_returns_the_child()
    {
        // reference §7 FilterExpression "AddFilter(LogicalOperator) (creates, adds, returns child)" (D1)
        var filter = new FilterExpression();

        var child = filter.AddFilter(LogicalOperator.Or);

        Assert.Same(child, Assert.Single(filter.Filters));
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
    }

    [Fact]
    public void FilterExpression_AddCondition_with_params_values_adds_one_condition()
    {
        // reference §7 FilterExpression.AddCondition overloads (D1)
        var filter = new FilterExpression();

        filter.AddCondition("statecode", ConditionOperator.In, 0, 1);
        filter.AddCondition("contact", "fullname", ConditionOperator.NotNull);

        Assert.Equal(2, filter.Conditions.Count);
        Assert.Equal(new object[] { 0, 1 }, filter.Conditions[0].Values);
        Assert.Equal("contact", filter.Conditions[1].EntityName);
        Assert.Empty(filter.Conditions[1].Values);
    }

    // --- enums ---

    [Theory]
    [InlineData(ConditionOperator.Equal, 0)]
    [InlineData(ConditionOperator.NotEqual, 1)]
    [InlineData(ConditionOperator.GreaterThan, 2)]
    [InlineData(ConditionOperator.LessThan, 3)]
    [InlineData(ConditionOperator.GreaterEqual, 4)]
    [InlineData(ConditionOperator.LessEqual, 5)]
    [InlineData(ConditionOperator.Like, 6)]
    [InlineData(ConditionOperator.NotLike, 7)]
    [InlineData(ConditionOperator.In, 8)]
    [InlineData(ConditionOperator.NotIn, 9)]
    [InlineData(ConditionOperator.Between, 10)]
    [InlineData(ConditionOperator.NotBetween, 11)]
    [InlineData(ConditionOperator.Null, 12)]
    [InlineData(ConditionOperator.NotNull, 13)]
    [InlineData(ConditionOperator.Yesterday, 14)]
    [InlineData(ConditionOperator.Today, 15)]
    [InlineData(ConditionOperator.Tomorrow, 16)]
    [InlineData(ConditionOperator.Last7Days, 17)]
    [InlineData(ConditionOperator.Next7Days, 18)]
    [InlineData(ConditionOperator.LastWeek, 19)]
    [InlineData(ConditionOperator.ThisWeek, 20)]
    [InlineData(ConditionOperator.NextWeek, 21)]
    [InlineData(ConditionOperator.LastMonth, 22)]
    [InlineData(ConditionOperator.ThisMonth, 23)]
    [InlineData(ConditionOperator.NextMonth, 24)]
    [InlineData(ConditionOperator.On, 25)]
    [InlineData(ConditionOperator.OnOrBefore, 26)]
    [InlineData(ConditionOperator.OnOrAfter, 27)]
    [InlineData(ConditionOperator.LastYear, 28)]
    [InlineData(ConditionOperator.ThisYear, 29)]
    [InlineData(ConditionOperator.NextYear, 30)]
    [InlineData(ConditionOperator.LastXHours, 31)]
    [InlineData(ConditionOperator.NextXHours, 32)]
    [InlineData(ConditionOperator.LastXDays, 33)]
    [InlineData(ConditionOperator.NextXDays, 34)]
    [InlineData(ConditionOperator.LastXWeeks, 35)]
    [InlineData(ConditionOperator.NextXWeeks, 36)]
    [InlineData(ConditionOperator.LastXMonths, 37)]
    [InlineData(ConditionOperator.NextXMonths, 38)]
    [InlineData(ConditionOperator.LastXYears, 39)]
    [InlineData(ConditionOperator.NextXYears, 40)]
    [InlineData(ConditionOperator.EqualUserId, 41)]
    [InlineData(ConditionOperator.NotEqualUserId, 42)]
    [InlineData(ConditionOperator.EqualBusinessId, 43)]
    [InlineData(ConditionOperator.NotEqualBusinessId, 44)]
    [InlineData(ConditionOperator.ChildOf, 45)]
    [InlineData(ConditionOperator.Mask, 46)]
    [InlineData(ConditionOperator.NotMask, 47)]
    [InlineData(ConditionOperator.MasksSelect, 48)]
    [InlineData(ConditionOperator.Contains, 49)]
    [InlineData(ConditionOperator.DoesNotContain, 50)]
    [InlineData(ConditionOperator.EqualUserLanguage, 51)]
    [InlineData(ConditionOperator.NotOn, 52)]
    [InlineData(ConditionOperator.OlderThanXMonths, 53)]
    [InlineData(ConditionOperator.BeginsWith, 54)]
    [InlineData(ConditionOperator.DoesNotBeginWith, 55)]
    [InlineData(ConditionOperator.EndsWith, 56)]
    [InlineData(ConditionOperator.DoesNotEndWith, 57)]
    [InlineData(ConditionOperator.ThisFiscalYear, 58)]
    [InlineData(ConditionOperator.ThisFiscalPeriod, 59)]
    [InlineData(ConditionOperator.NextFiscalYear, 60)]
    [InlineData(ConditionOperator.NextFiscalPeriod, 61)]
    [InlineData(ConditionOperator.LastFiscalYear, 62)]
    [InlineData(ConditionOperator.LastFiscalPeriod, 63)]
    [InlineData(ConditionOperator.LastXFiscalYears, 64)]
    [InlineData(ConditionOperator.LastXFiscalPeriods, 65)]
    [InlineData(ConditionOperator.NextXFiscalYears, 66)]
    [InlineData(ConditionOperator.NextXFiscalPeriods, 67)]
    [InlineData(ConditionOperator.InFiscalYear, 68)]
    [InlineData(ConditionOperator.InFiscalPeriod, 69)]
    [InlineData(ConditionOperator.InFiscalPeriodAndYear, 70)]
    [InlineData(ConditionOperator.InOrBeforeFiscalPeriodAndYear, 71)]
    [InlineData(ConditionOperator.InOrAfterFiscalPeriodAndYear, 72)]
    [InlineData(ConditionOperator.EqualUserTeams, 73)]
    [InlineData(ConditionOperator.EqualUserOrUserTeams, 74)]
    [InlineData(ConditionOperator.Under, 75)]
    [InlineData(ConditionOperator.NotUnder, 76)]
    [InlineData(ConditionOperator.UnderOrEqual, 77)]
    [InlineData(ConditionOperator.Above, 78)]
    [InlineData(ConditionOperator.AboveOrEqual, 79)]
    [InlineData(ConditionOperator.EqualUserOrUserHierarchy, 80)]
    [InlineData(ConditionOperator.EqualUserOrUserHierarchyAndTeams, 81)]
    [InlineData(ConditionOperator.OlderThanXYears, 82)]
    [InlineData(ConditionOperator.OlderThanXWeeks, 83)]
    [InlineData(ConditionOperator.OlderThanXDays, 84)]
    [InlineData(ConditionOperator.OlderThanXHours, 85)]
    [InlineData(ConditionOperator.OlderThanXMinutes, 86)]
    [InlineData(ConditionOperator.ContainValues, 87)]
    [InlineData(ConditionOperator.DoesNotContainValues, 88)]
    public void ConditionOperator_has_the_value_of_the_decompiled_enum(ConditionOperator op, int value)
    {
        // reference §7 ConditionOperator list and §12.1 (D1 + D2; OLD gg327700 is wrong about Above/AboveOrEqual)
        Assert.Equal(value, (int)op);
    }

    [Fact]
    public void ConditionOperator_values_are_the_contiguous_range_0_to_88()
    {
        // reference §7 ConditionOperator "ALL members, implicit sequential values" (D1 and D2 identical; 89 only in newer builds)
        var values = Enum.GetValues<ConditionOperator>().Select(v => (int)v).OrderBy(v => v).ToArray();

        Assert.Equal(Enumerable.Range(0, 89), values);
    }

    [Theory]
    [InlineData(JoinOperator.Inner, 0)]
    [InlineData(JoinOperator.LeftOuter, 1)]
    [InlineData(JoinOperator.Natural, 2)]
    [InlineData(JoinOperator.MatchFirstRowUsingCrossApply, 3)]
    [InlineData(JoinOperator.In, 4)]
    [InlineData(JoinOperator.Exists, 5)]
    [InlineData(JoinOperator.Any, 6)]
    [InlineData(JoinOperator.NotAny, 7)]
    [InlineData(JoinOperator.All, 8)]
    [InlineData(JoinOperator.NotAll, 9)]
    public void JoinOperator_has_the_value_of_the_decompiled_enum(JoinOperator op, int value)
    {
        // reference §7 JoinOperator (D1; PD-join lists the same names)
        Assert.Equal(value, (int)op);
    }

    [Fact]
    public void JoinOperator_has_exactly_ten_members()
    {
        // reference §7 JoinOperator (D1: Inner … NotAll = 0 … 9)
        Assert.Equal(Enumerable.Range(0, 10), Enum.GetValues<JoinOperator>().Select(v => (int)v).OrderBy(v => v));
    }

    [Fact]
    public void LogicalOperator_and_OrderType_values()
    {
        // reference §7 LogicalOperator { And = 0, Or = 1 } and OrderType { Ascending = 0, Descending = 1 } (D1)
        Assert.Equal(0, (int)LogicalOperator.And);
        Assert.Equal(1, (int)LogicalOperator.Or);
        Assert.Equal(0, (int)OrderType.Ascending);
        Assert.Equal(1, (int)OrderType.Descending);
    }

    [Fact]
    public void OrderExpression_and_QueryExpression_AddOrder_keep_every_part()
    {
        // reference §7 OrderExpression ctors and QueryExpression.AddOrder overloads (D1)
        var query = new QueryExpression("account");
        query.AddOrder("name", OrderType.Ascending);
        query.AddOrder("fullname", OrderType.Descending, "c", "contact");

        Assert.Equal(2, query.Orders.Count);
        Assert.Equal("name", query.Orders[0].AttributeName);
        Assert.Equal(OrderType.Ascending, query.Orders[0].OrderType);
        Assert.Equal("fullname", query.Orders[1].AttributeName);
        Assert.Equal(OrderType.Descending, query.Orders[1].OrderType);
        Assert.Equal("c", query.Orders[1].Alias);
        Assert.Equal("contact", query.Orders[1].EntityName);
    }

    [Fact]
    public void FetchExpression_keeps_its_query_text()
    {
        // reference §7 FetchExpression (D1)
        Assert.Equal("<fetch/>", new FetchExpression("<fetch/>").Query);
    }
}
