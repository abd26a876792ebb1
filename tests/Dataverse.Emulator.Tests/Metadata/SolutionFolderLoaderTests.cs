using System;
using System.IO;
using Dataverse.Emulator.Metadata;
using Xunit;

namespace Dataverse.Emulator.Tests.Metadata
{
    /// <summary>Loading an unpacked solution (SolutionPackager layout: Entities/&lt;name&gt;/Entity.xml,
    /// OptionSets/&lt;name&gt;.xml, Other/Relationships/&lt;entity&gt;.xml; shared/reference/solution-format.md §2.1, §2.4,
    /// §2.5, §3.1). The fixture is Fixtures/Solution.</summary>
    public class SolutionFolderLoaderTests
    {
        private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Solution");
        private readonly MetadataCatalog _catalog = MetadataCatalog.LoadFromSolutionFolder(FixtureFolder);

        [Fact]
        public void A_custom_table_is_loaded_with_its_identity_from_Entity_xml()
        {
            var table = _catalog.GetTable("csx_healthscore");

            Assert.Equal("csx_healthscores", table.EntitySetName);
            Assert.Equal("csx_healthscoreid", table.PrimaryIdAttribute);
            Assert.Equal("csx_name", table.PrimaryNameAttribute); // the attribute whose DisplayMask has PrimaryName
            Assert.Equal(OwnershipType.UserOwned, table.OwnershipType);
            Assert.False(table.IsActivity);
            Assert.Equal("Health score", table.DisplayName);
        }

        [Fact]
        public void A_custom_tables_columns_keep_their_type_length_range_and_requirement()
        {
            var table = _catalog.GetTable("csx_healthscore");

            Assert.Equal(ColumnType.String, table.Columns["csx_name"].Type);
            Assert.Equal(100, table.Columns["csx_name"].MaxLength);
            Assert.Equal(RequiredLevel.ApplicationRequired, table.Columns["csx_name"].RequiredLevel); // "required" in XML
            Assert.Equal((0m, 100m), (table.Columns["csx_score"].MinValue!.Value, table.Columns["csx_score"].MaxValue!.Value));
            Assert.Equal(ColumnType.Decimal, table.Columns["csx_trend"].Type);
            Assert.Equal(2, table.Columns["csx_trend"].Precision);
            Assert.Equal(ColumnType.Memo, table.Columns["csx_drivers"].Type);
            Assert.Equal(ColumnType.DateTime, table.Columns["csx_scoredate"].Type);
            Assert.Equal(ColumnType.UniqueIdentifier, table.Columns["csx_healthscoreid"].Type);
            Assert.False(table.Columns["csx_healthscoreid"].IsValidForUpdate);
        }

        [Fact]
        public void A_custom_table_has_the_system_columns_even_when_Entity_xml_omits_them()
        {
            var table = _catalog.GetTable("csx_healthscore");

            foreach (var column in new[] { "ownerid", "owninguser", "owningteam", "owningbusinessunit", "createdon", "modifiedon", "createdby", "modifiedby", "versionnumber" })
            {
                Assert.True(table.Columns.ContainsKey(column), column);
            }
        }

        [Fact]
        public void A_custom_tables_state_model_comes_from_its_state_and_status_option_sets()
        {
            var table = _catalog.GetTable("csx_healthscore");

            Assert.Equal(new StateDefinition(0, "Active", 1), table.States[0]);
            Assert.Equal(new StateDefinition(1, "Inactive", 2), table.States[1]);
            Assert.Equal(1, table.Columns["statuscode"].StatusStates[2]);
        }

        [Fact]
        public void An_alternate_key_is_read_from_EntityKeys()
        {
            Assert.Equal(new[] { "csx_accountid", "csx_scoredate" }, _catalog.GetTable("csx_healthscore").AlternateKeys["csx_account_date"]);
        }

        [Fact]
        public void The_columns_a_solution_adds_to_a_standard_table_are_merged_into_the_built_in_definition()
        {
            var account = _catalog.GetTable("account");

            // built-in columns and identity survive
            Assert.Equal("name", account.PrimaryNameAttribute);
            Assert.Equal("accounts", account.EntitySetName);
            Assert.Equal(160, account.Columns["name"].MaxLength);
            Assert.Equal(1, account.States[0].DefaultStatus);
            // the solution's columns are added
            Assert.Equal(ColumnType.Integer, account.Columns["csx_healthscore"].Type);
            Assert.Equal(500, account.Columns["csx_healthdrivers"].MaxLength);
            Assert.Equal(ColumnType.Money, account.Columns["csx_arr"].Type);
        }

        [Fact]
        public void A_choice_column_takes_its_options_from_the_global_choice_it_names()
        {
            var band = _catalog.GetTable("account").Columns["csx_healthband"];

            Assert.Equal("csx_healthband", band.OptionSetName);
            Assert.Equal("At risk", band.Options[615300002]);
            Assert.Equal(4, band.Options.Count);
            Assert.Equal("Critical", _catalog.OptionSets["csx_healthband"][615300003]);
        }

        [Fact]
        public void A_choice_column_with_an_inline_option_set_takes_its_own_options()
        {
            var tier = _catalog.GetTable("account").Columns["csx_tier"];

            Assert.Null(tier.OptionSetName);
            Assert.Equal("High touch", tier.Options[615300000]);
            Assert.Equal(3, tier.Options.Count);
        }

        [Fact]
        public void The_base_currency_companion_of_a_money_column_is_computed_and_not_writable()
        {
            var arrBase = _catalog.GetTable("account").Columns["csx_arr_base"];

            Assert.False(arrBase.IsValidForCreate);
            Assert.False(arrBase.IsValidForUpdate);
        }

        [Fact]
        public void A_lookups_targets_come_from_its_one_to_many_relationships()
        {
            // solution-format.md §2.1: LookupTypes is often empty for custom targets; the target is the 1:N relationship's.
            Assert.Equal(new[] { "account" }, _catalog.GetTable("csx_healthscore").Columns["csx_accountid"].Targets);
            Assert.Equal(new[] { "systemuser" }, _catalog.GetTable("account").Columns["csx_csmid"].Targets);
        }

        [Fact]
        public void A_one_to_many_relationship_is_loaded_with_the_parents_primary_key_as_referenced_column()
        {
            var relationship = Assert.IsType<OneToManyRelationship>(_catalog.Relationships["csx_account_csx_healthscore_accountid"]);

            Assert.Equal(new OneToManyRelationship("csx_account_csx_healthscore_accountid", "account", "accountid", "csx_healthscore", "csx_accountid"), relationship);
            Assert.Contains(relationship, _catalog.GetTable("account").OneToManyRelationships);
        }

        [Fact]
        public void A_many_to_many_relationship_is_loaded_with_an_intersect_table_holding_both_keys()
        {
            var relationship = Assert.IsType<ManyToManyRelationship>(_catalog.Relationships["csx_account_contact_stakeholder"]);

            Assert.Equal(new ManyToManyRelationship("csx_account_contact_stakeholder", "csx_account_contact_stakeholder", "account", "accountid", "contact", "contactid"), relationship);
            var intersect = _catalog.GetTable("csx_account_contact_stakeholder");
            Assert.True(intersect.IsIntersect);
            Assert.True(intersect.Columns.ContainsKey("accountid"));
            Assert.True(intersect.Columns.ContainsKey("contactid"));
        }

        [Fact]
        public void Standard_tables_the_solution_does_not_touch_are_still_there()
        {
            Assert.True(_catalog.TryGetTable("teammembership", out _));
            Assert.True(_catalog.TryGetTable("appnotification", out _));
        }

        [Fact]
        public void A_missing_solution_folder_is_reported()
        {
            Assert.Throws<DirectoryNotFoundException>(() => MetadataCatalog.LoadFromSolutionFolder(Path.Combine(FixtureFolder, "nope")));
        }
    }
}
