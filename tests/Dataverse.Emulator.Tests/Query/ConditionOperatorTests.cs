using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>Condition operators (learn: fetchxml/reference/operators; reference xrm-sdk.md §7 ConditionOperator).
    /// Conditions on lookups, choices and money compare the underlying Guid, number and decimal; strings compare
    /// case-insensitively; a null column matches no comparison.</summary>
    public sealed class ConditionOperatorTests
    {
        private readonly QueryFixture _f = new QueryFixture();
        private readonly Guid _ann;
        private readonly Guid _otherUser = Guid.NewGuid();
        private readonly Guid _otherBusinessUnit = Guid.NewGuid();

        public ConditionOperatorTests()
        {
            _ann = _f.Source.Add("contact", ("fullname", "Ann Smith"));
            _f.Source.Add("account",
                ("name", "Contoso"), ("revenue", new Money(100m)), ("numberofemployees", 10), ("industrycode", new OptionSetValue(1)),
                ("categories", new OptionSetValueCollection { new OptionSetValue(1), new OptionSetValue(2) }), ("donotemail", false),
                ("ownerid", new EntityReference("systemuser", _f.UserId)), ("primarycontactid", new EntityReference("contact", _ann)),
                ("accountnumber", "A-100"), ("accesscode", 5), ("ratio", 1.5d), ("score", 10.25m),
                ("owningbusinessunit", new EntityReference("businessunit", _f.BusinessUnitId)));
            _f.Source.Add("account",
                ("name", "Fabrikam"), ("revenue", new Money(250m)), ("numberofemployees", 50), ("industrycode", new OptionSetValue(2)),
                ("categories", new OptionSetValueCollection { new OptionSetValue(3) }), ("donotemail", true),
                ("ownerid", new EntityReference("team", _f.TeamId)), ("accountnumber", "B_200"), ("accesscode", 2), ("ratio", 2.5d),
                ("owningbusinessunit", new EntityReference("businessunit", _otherBusinessUnit)));
            _f.Source.Add("account", ("name", "Adventure Works"), ("ownerid", new EntityReference("systemuser", _otherUser)));
            _f.Source.Add("account",
                ("name", "contoso east"), ("revenue", new Money(500m)), ("numberofemployees", 200), ("industrycode", new OptionSetValue(3)),
                ("ownerid", new EntityReference("systemuser", _f.UserId)), ("accountnumber", "A100"));
        }

        private string[] Names(string attribute, ConditionOperator op, params object[] values) =>
            _f.AccountNames(new ConditionExpression(attribute, op, values));

        [Fact]
        public void Equal_on_a_string_ignores_case_like_the_default_SQL_collation()
        {
            Assert.Equal(new[] { "Contoso" }, Names("name", ConditionOperator.Equal, "CONTOSO"));
        }

        [Fact]
        public void NotEqual_does_not_return_rows_where_the_column_is_null()
        {
            // SQL semantics: NULL <> 10 is not true, so Adventure Works (no employees) is not returned.
            Assert.Equal(new[] { "Fabrikam", "contoso east" }, Names("numberofemployees", ConditionOperator.NotEqual, 10));
        }

        [Fact]
        public void Comparisons_on_money_compare_the_decimal_and_skip_nulls()
        {
            Assert.Equal(new[] { "Fabrikam", "contoso east" }, Names("revenue", ConditionOperator.GreaterThan, 100m));
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names("revenue", ConditionOperator.LessEqual, new Money(250m)));
            Assert.Equal(new[] { "Contoso", "Fabrikam", "contoso east" }, Names("revenue", ConditionOperator.GreaterEqual, 100));
            Assert.Equal(new[] { "Contoso" }, Names("revenue", ConditionOperator.LessThan, 250));
        }

        [Fact]
        public void Comparisons_on_double_and_decimal_columns_compare_numbers()
        {
            Assert.Equal(new[] { "Fabrikam" }, Names("ratio", ConditionOperator.GreaterThan, 2));
            Assert.Equal(new[] { "Contoso" }, Names("score", ConditionOperator.Equal, 10.25m));
        }

        [Fact]
        public void Conditions_on_a_choice_compare_the_option_value_given_as_int_or_OptionSetValue()
        {
            Assert.Equal(new[] { "Fabrikam" }, Names("industrycode", ConditionOperator.Equal, 2));
            Assert.Equal(new[] { "Fabrikam" }, Names("industrycode", ConditionOperator.Equal, new OptionSetValue(2)));
        }

        [Fact]
        public void Conditions_on_a_lookup_compare_the_Guid_given_as_Guid_EntityReference_or_string()
        {
            Assert.Equal(new[] { "Contoso" }, Names("primarycontactid", ConditionOperator.Equal, _ann));
            Assert.Equal(new[] { "Contoso" }, Names("primarycontactid", ConditionOperator.Equal, new EntityReference("contact", _ann)));
            Assert.Equal(new[] { "Contoso" }, Names("primarycontactid", ConditionOperator.Equal, _ann.ToString()));
        }

        [Fact]
        public void Conditions_on_booleans_compare_the_flag()
        {
            Assert.Equal(new[] { "Fabrikam" }, Names("donotemail", ConditionOperator.Equal, true));
            Assert.Equal(new[] { "Contoso" }, Names("donotemail", ConditionOperator.Equal, false));
        }

        [Fact]
        public void Like_uses_SQL_wildcards_percent_and_underscore_case_insensitively()
        {
            Assert.Equal(new[] { "Contoso", "contoso east" }, Names("name", ConditionOperator.Like, "CONT%"));
            Assert.Equal(new[] { "Contoso", "contoso east" }, Names("accountnumber", ConditionOperator.Like, "A%"));
            Assert.Equal(new[] { "Contoso" }, Names("accountnumber", ConditionOperator.Like, "A_100"));
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names("accountnumber", ConditionOperator.Like, "[AB][-_]%"));
        }

        [Fact]
        public void NotLike_excludes_matches_and_nulls()
        {
            Assert.Equal(new[] { "Fabrikam" }, Names("accountnumber", ConditionOperator.NotLike, "A%"));
        }

        [Fact]
        public void BeginsWith_EndsWith_Contains_and_their_negations_match_literal_text()
        {
            Assert.Equal(new[] { "Contoso", "contoso east" }, Names("name", ConditionOperator.BeginsWith, "contoso"));
            Assert.Equal(new[] { "Adventure Works", "Fabrikam" }, Names("name", ConditionOperator.DoesNotBeginWith, "contoso"));
            Assert.Equal(new[] { "contoso east" }, Names("name", ConditionOperator.EndsWith, "EAST"));
            Assert.Equal(new[] { "Adventure Works", "Contoso", "Fabrikam" }, Names("name", ConditionOperator.DoesNotEndWith, "east"));
            Assert.Equal(new[] { "Adventure Works" }, Names("name", ConditionOperator.Contains, "ure wo"));
            Assert.Equal(new[] { "Fabrikam" }, Names("accountnumber", ConditionOperator.Contains, "_"));
            Assert.Equal(new[] { "Contoso", "contoso east" }, Names("accountnumber", ConditionOperator.DoesNotContain, "_"));
        }

        [Fact]
        public void In_and_NotIn_take_several_values_and_NotIn_skips_nulls()
        {
            Assert.Equal(new[] { "Contoso", "contoso east" }, Names("industrycode", ConditionOperator.In, 1, 3));
            Assert.Equal(new[] { "Fabrikam" }, Names("industrycode", ConditionOperator.NotIn, 1, 3));
        }

        [Fact]
        public void Between_is_inclusive_and_NotBetween_skips_nulls()
        {
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names("numberofemployees", ConditionOperator.Between, 10, 50));
            Assert.Equal(new[] { "contoso east" }, Names("numberofemployees", ConditionOperator.NotBetween, 10, 50));
        }

        [Fact]
        public void Null_and_NotNull_test_whether_the_column_has_a_value()
        {
            Assert.Equal(new[] { "Adventure Works" }, Names("revenue", ConditionOperator.Null));
            Assert.Equal(new[] { "Contoso", "Fabrikam", "contoso east" }, Names("revenue", ConditionOperator.NotNull));
        }

        [Fact]
        public void EqualUserId_and_NotEqualUserId_compare_with_the_calling_user()
        {
            Assert.Equal(new[] { "Contoso", "contoso east" }, Names("ownerid", ConditionOperator.EqualUserId));
            Assert.Equal(new[] { "Adventure Works", "Fabrikam" }, Names("ownerid", ConditionOperator.NotEqualUserId));
        }

        [Fact]
        public void EqualBusinessId_and_NotEqualBusinessId_compare_with_the_callers_business_unit()
        {
            Assert.Equal(new[] { "Contoso" }, Names("owningbusinessunit", ConditionOperator.EqualBusinessId));
            Assert.Equal(new[] { "Fabrikam" }, Names("owningbusinessunit", ConditionOperator.NotEqualBusinessId));
        }

        [Fact]
        public void EqualUserTeams_matches_the_callers_teams_and_EqualUserOrUserTeams_also_the_caller()
        {
            Assert.Equal(new[] { "Fabrikam" }, Names("ownerid", ConditionOperator.EqualUserTeams));
            Assert.Equal(new[] { "Contoso", "Fabrikam", "contoso east" }, Names("ownerid", ConditionOperator.EqualUserOrUserTeams));
        }

        [Fact]
        public void ContainValues_matches_multi_select_choices_holding_any_value_and_DoesNotContainValues_none()
        {
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names("categories", ConditionOperator.ContainValues, 2, 3));
            Assert.Equal(new[] { "Fabrikam" }, Names("categories", ConditionOperator.ContainValues, 3));
            // A row with no selection contains none of the values (the platform stores selections in a separate table).
            Assert.Equal(new[] { "Adventure Works", "Contoso", "contoso east" }, Names("categories", ConditionOperator.DoesNotContainValues, 3));
        }

        [Fact]
        public void Mask_operators_test_bits()
        {
            Assert.Equal(new[] { "Contoso" }, Names("accesscode", ConditionOperator.Mask, 4));
            Assert.Equal(new[] { "Fabrikam" }, Names("accesscode", ConditionOperator.NotMask, 4));
            Assert.Equal(new[] { "Contoso", "Fabrikam" }, Names("accesscode", ConditionOperator.MasksSelect, 6));
        }

        [Fact]
        public void Comparing_two_columns_with_CompareColumns()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition(new ConditionExpression("numberofemployees", ConditionOperator.GreaterThan, true, "accesscode"));
            // Contoso 10 > 5 and Fabrikam 50 > 2; rows where either column is null never match.
            Assert.Equal(2, _f.Retrieve(query).Entities.Count);
        }

        [Theory]
        [InlineData(ConditionOperator.Under)]
        [InlineData(ConditionOperator.Above)]
        [InlineData(ConditionOperator.ChildOf)]
        [InlineData(ConditionOperator.ThisFiscalYear)]
        [InlineData(ConditionOperator.InFiscalPeriodAndYear)]
        [InlineData(ConditionOperator.EqualUserOrUserHierarchy)]
        public void Fiscal_and_hierarchy_operators_fail_clearly_as_not_supported_by_the_emulator(ConditionOperator op)
        {
            var fault = QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidConditionOperator, () => Names("accountid", op, Guid.NewGuid()));
            Assert.Contains("not supported by the Dataverse emulator", fault.Message);
            Assert.Contains(op.ToString(), fault.Message);
        }

        [Fact]
        public void A_condition_on_an_unknown_attribute_fails_with_QueryBuilderNoAttribute()
        {
            // 0x80041103 QueryBuilderNoAttribute; message shape "'account' entity doesn't contain attribute with Name = 'x' ...".
            var fault = QueryFaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => Names("nosuchcolumn", ConditionOperator.Equal, 1));
            Assert.StartsWith("'account' entity doesn't contain attribute with Name = 'nosuchcolumn'", fault.Message);
        }

        [Fact]
        public void A_value_that_does_not_convert_to_the_column_type_fails_with_QueryBuilderInvalid_Value()
        {
            var fault = QueryFaultAssert.Throws(ErrorCodes.QueryBuilderInvalidValue, () => Names("primarycontactid", ConditionOperator.Equal, "not-a-guid"));
            Assert.Contains("account.primarycontactid", fault.Message);
        }
    }
}
