using System;
using System.Collections.Generic;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Metadata
{
    /// <summary>What the platform refuses on Create and Update, with its error codes (powerapps-docs
    /// data-service-error-codes table: QueryBuilderNoAttribute 0x80041103, InvalidArgument 0x80040203,
    /// PicklistValueOutOfRange 0x8004431A, InvalidStateCodeStatusCode 0x80048408, StringLengthTooLong 0x80044331).</summary>
    public class RecordValidatorTests
    {
        private static readonly MetadataCatalog Catalog = MetadataCatalog.LoadFromSolutionFolder(
            System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Solution"));

        private static TableDefinition Table(string name) => Catalog.GetTable(name);

        private static Entity Record(string table, params (string Name, object? Value)[] values)
        {
            var entity = new Entity(table, Guid.NewGuid());
            foreach (var (name, value) in values)
            {
                entity[name] = value!;
            }

            return entity;
        }

        [Fact]
        public void A_record_whose_columns_all_fit_is_accepted()
        {
            var account = Record("account",
                ("name", "Contoso"),
                ("csx_healthscore", 80),
                ("csx_healthband", new OptionSetValue(615300000)),
                ("csx_arr", new Money(1200m)),
                ("csx_healthtrend", -12.5m),
                ("csx_csmid", new EntityReference("systemuser", Guid.NewGuid())),
                ("parentaccountid", new EntityReference("account", Guid.NewGuid())),
                ("statecode", new OptionSetValue(0)),
                ("statuscode", new OptionSetValue(1)),
                ("description", null));

            RecordValidator.Validate(Table("account"), account, isCreate: true);
            RecordValidator.Validate(Table("account"), account, isCreate: false);
        }

        [Fact]
        public void An_unknown_column_is_refused_with_QueryBuilderNoAttribute_naming_table_and_column()
        {
            var fault = Faults.Expect(ErrorCodes.QueryBuilderNoAttribute,
                () => RecordValidator.Validate(Table("account"), Record("account", ("foo", "x")), isCreate: true));

            Assert.Equal(-2147217149, fault.ErrorCode);
            Assert.StartsWith("'account' entity doesn't contain attribute with Name = 'foo' and NameMapping = 'Logical'", fault.Message);
        }

        [Fact]
        public void Column_names_are_matched_case_sensitively()
        {
            Faults.Expect(ErrorCodes.QueryBuilderNoAttribute,
                () => RecordValidator.Validate(Table("account"), Record("account", ("Name", "x")), isCreate: true));
        }

        public static IEnumerable<object[]> WrongTypes() => new[]
        {
            new object[] { "name", 42 },
            new object[] { "csx_healthscore", "80" },
            new object[] { "csx_healthscore", 80L },
            new object[] { "csx_healthtrend", 1.5d },
            new object[] { "csx_arr", 1200m },
            new object[] { "csx_healthband", 615300000 },
            new object[] { "csx_csmid", Guid.NewGuid() },
            new object[] { "statuscode", 1 },
        };

        [Theory]
        [MemberData(nameof(WrongTypes))]
        public void A_value_of_the_wrong_sdk_type_for_the_column_is_refused_with_InvalidArgument(string column, object value)
        {
            var fault = Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(Table("account"), Record("account", (column, value)), isCreate: true));

            Assert.Contains(value.GetType().FullName!, fault.Message);
        }

        [Fact]
        public void A_lookup_to_a_table_outside_its_targets_is_refused()
        {
            var fault = Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(Table("account"), Record("account", ("csx_csmid", new EntityReference("team", Guid.NewGuid()))), isCreate: true));

            Assert.Contains("csx_csmid", fault.Message);
            Assert.Contains("team", fault.Message);
        }

        [Fact]
        public void An_owner_may_be_a_user_or_a_team_but_nothing_else()
        {
            RecordValidator.Validate(Table("task"), Record("task", ("ownerid", new EntityReference("team", Guid.NewGuid()))), isCreate: true);
            RecordValidator.Validate(Table("task"), Record("task", ("ownerid", new EntityReference("systemuser", Guid.NewGuid()))), isCreate: true);
            Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(Table("task"), Record("task", ("ownerid", new EntityReference("account", Guid.NewGuid()))), isCreate: true));
        }

        [Fact]
        public void A_choice_value_outside_its_options_is_refused_with_PicklistValueOutOfRange_listing_the_accepted_values()
        {
            var fault = Faults.Expect(ErrorCodes.PicklistValueOutOfRange,
                () => RecordValidator.Validate(Table("account"), Record("account", ("csx_tier", new OptionSetValue(7))), isCreate: true));

            Assert.Equal(
                "A validation error occurred. The value 7 of 'csx_tier' on record of type 'account' is outside the valid range. Accepted Values: 615300000,615300001,615300002",
                fault.Message);
        }

        [Fact]
        public void Each_value_of_a_multi_select_choice_must_be_an_option()
        {
            var table = new TableDefinition("csx_thing", "csx_things", "csx_thingid", null)
                .SetColumn(ColumnDefinition.Choices("csx_days", (1, "Monday"), (2, "Tuesday")));
            RecordValidator.Validate(table, Record("csx_thing", ("csx_days", new OptionSetValueCollection(new List<OptionSetValue> { new(1), new(2) }))), isCreate: true);

            Faults.Expect(ErrorCodes.PicklistValueOutOfRange,
                () => RecordValidator.Validate(table, Record("csx_thing", ("csx_days", new OptionSetValueCollection(new List<OptionSetValue> { new(1), new(9) }))), isCreate: true));
        }

        [Fact]
        public void A_status_that_does_not_exist_is_refused_like_any_choice_value()
        {
            var fault = Faults.Expect(ErrorCodes.PicklistValueOutOfRange,
                () => RecordValidator.Validate(Table("account"), Record("account", ("statuscode", new OptionSetValue(99))), isCreate: false));

            Assert.EndsWith("Accepted Values: 1,2", fault.Message);
        }

        [Fact]
        public void A_state_that_does_not_exist_is_refused_with_InvalidStateCodeStatusCode()
        {
            Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode,
                () => RecordValidator.Validate(Table("account"), Record("account", ("statecode", new OptionSetValue(5))), isCreate: false));
        }

        [Fact]
        public void A_status_of_another_state_than_the_one_set_is_refused_with_InvalidStateCodeStatusCode()
        {
            // opportunity: Won (1) has only status Won (3); Out-Sold (5) belongs to Lost (2).
            var target = Record("opportunity", ("statecode", new OptionSetValue(1)), ("statuscode", new OptionSetValue(5)));

            var fault = Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode,
                () => RecordValidator.Validate(Table("opportunity"), target, isCreate: false));

            Assert.Equal($"5 is not a valid status code for state code OpportunityState.Won on opportunity with Id {target.Id}.", fault.Message);
        }

        [Fact]
        public void A_string_longer_than_the_columns_maximum_length_is_refused_with_StringLengthTooLong()
        {
            RecordValidator.Validate(Table("account"), Record("account", ("name", new string('a', 160))), isCreate: true);

            var fault = Faults.Expect(ErrorCodes.StringLengthTooLong,
                () => RecordValidator.Validate(Table("account"), Record("account", ("name", new string('a', 161))), isCreate: true));

            Assert.Equal(
                "A validation error occurred.  The length of the 'name' attribute of the 'account' entity exceeded the maximum allowed length of '160'.",
                fault.Message);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(101)]
        public void A_whole_number_outside_the_columns_range_is_refused(int score)
        {
            var fault = Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(Table("account"), Record("account", ("csx_healthscore", score)), isCreate: true));

            Assert.Contains("'csx_healthscore' on record of type 'account' is outside the valid range", fault.Message);
        }

        [Fact]
        public void The_range_bounds_themselves_are_accepted()
        {
            RecordValidator.Validate(Table("account"), Record("account", ("csx_healthscore", 0)), isCreate: true);
            RecordValidator.Validate(Table("account"), Record("account", ("csx_healthscore", 100)), isCreate: true);
        }

        [Fact]
        public void Decimal_money_and_float_values_are_range_checked_too()
        {
            Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(Table("account"), Record("account", ("csx_healthtrend", 100.01m)), isCreate: true));
            Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(Table("account"), Record("account", ("csx_arr", new Money(1_000_000_000_000_000m))), isCreate: true));

            var table = new TableDefinition("csx_thing", "csx_things", "csx_thingid", null)
                .SetColumn(ColumnDefinition.Float("csx_ratio", 0m, 1m, 2));
            RecordValidator.Validate(table, Record("csx_thing", ("csx_ratio", 0.5d)), isCreate: true);
            Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(table, Record("csx_thing", ("csx_ratio", 1.5d)), isCreate: true));
            Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(table, Record("csx_thing", ("csx_ratio", double.NaN)), isCreate: true));
        }

        [Fact]
        public void Nulling_a_system_required_column_on_update_is_refused()
        {
            // update-delete-entities docs (xrm-sdk.md §9.2.4): "Attribute: <name> cannot be set to NULL", -2147220989.
            var fault = Faults.Expect(ErrorCodes.InvalidArgument,
                () => RecordValidator.Validate(Table("account"), Record("account", ("ownerid", null)), isCreate: false));

            Assert.Equal(-2147220989, fault.ErrorCode);
            Assert.Equal("Attribute: ownerid cannot be set to NULL", fault.Message);
        }

        [Fact]
        public void Nulling_an_optional_or_application_required_column_is_accepted()
        {
            // ApplicationRequired ("Business required") is enforced by forms, not by the service.
            RecordValidator.Validate(Table("account"), Record("account", ("name", null), ("csx_healthscore", null)), isCreate: false);
        }

        [Fact]
        public void A_null_system_required_column_on_create_is_left_for_the_platform_to_fill()
        {
            RecordValidator.Validate(Table("account"), Record("account", ("ownerid", null)), isCreate: true);
        }

        [Theory]
        [InlineData("account", 0, 1)]
        [InlineData("account", 1, 2)]
        [InlineData("opportunity", 2, 4)]
        [InlineData("contract", 2, 3)]
        [InlineData("appointment", 3, 5)]
        [InlineData("task", 1, 5)]
        [InlineData("csx_healthscore", 1, 2)]
        public void StatusFor_gives_the_default_status_of_a_state(string table, int state, int status)
        {
            Assert.Equal(status, RecordValidator.StatusFor(Table(table), state));
        }

        [Fact]
        public void StatusFor_an_unknown_state_fails_with_InvalidStateCodeStatusCode()
        {
            Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => RecordValidator.StatusFor(Table("account"), 7));
            Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => RecordValidator.StatusFor(Table("systemuser"), 0));
        }

        [Fact]
        public void StateFor_gives_the_state_a_status_belongs_to()
        {
            Assert.Equal(2, RecordValidator.StateFor(Table("opportunity"), 5));
            Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => RecordValidator.StateFor(Table("opportunity"), 42));
        }

        [Fact]
        public void ValidateStateChange_accepts_a_matching_pair_or_the_default_and_refuses_a_mismatch()
        {
            RecordValidator.ValidateStateChange(Table("contract"), 2, 3);
            RecordValidator.ValidateStateChange(Table("contract"), 3, -1);
            Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => RecordValidator.ValidateStateChange(Table("contract"), 2, 4));
            Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => RecordValidator.ValidateStateChange(Table("contract"), 9, -1));
        }
    }
}
