using System.Linq;
using Dataverse.Emulator.Metadata;
using Xunit;

namespace Dataverse.Emulator.Tests.Metadata
{
    /// <summary>The built-in standard tables. State and status values are those of the Dataverse table/entity
    /// reference pages (powerapps-docs developer/data-platform/reference/entities/&lt;table&gt;.md, StateCode and
    /// StatusCode choices).</summary>
    public class StandardCatalogTests
    {
        private readonly MetadataCatalog _catalog = MetadataCatalog.Standard();

        [Theory]
        [InlineData("account", "accountid", "name", "accounts")]
        [InlineData("contact", "contactid", "fullname", "contacts")]
        [InlineData("contract", "contractid", "title", "contracts")]
        [InlineData("opportunity", "opportunityid", "name", "opportunities")]
        [InlineData("appointment", "activityid", "subject", "appointments")]
        [InlineData("phonecall", "activityid", "subject", "phonecalls")]
        [InlineData("email", "activityid", "subject", "emails")]
        [InlineData("task", "activityid", "subject", "tasks")]
        [InlineData("activitypointer", "activityid", "subject", "activitypointers")]
        [InlineData("systemuser", "systemuserid", "fullname", "systemusers")]
        [InlineData("team", "teamid", "name", "teams")]
        [InlineData("businessunit", "businessunitid", "name", "businessunits")]
        [InlineData("appnotification", "appnotificationid", "title", "appnotifications")]
        public void Each_standard_table_the_product_touches_is_defined_with_its_primary_columns(string table, string id, string name, string set)
        {
            var definition = _catalog.GetTable(table);

            Assert.Equal(id, definition.PrimaryIdAttribute);
            Assert.Equal(name, definition.PrimaryNameAttribute);
            Assert.Equal(set, definition.EntitySetName);
            Assert.True(definition.Columns.ContainsKey(id));
        }

        [Theory]
        [InlineData("account", 0, 1)]
        [InlineData("account", 1, 2)]
        [InlineData("opportunity", 0, 1)]
        [InlineData("opportunity", 1, 3)]
        [InlineData("opportunity", 2, 4)]
        [InlineData("contract", 0, 1)]
        [InlineData("contract", 2, 3)]
        [InlineData("contract", 3, 4)]
        [InlineData("contract", 5, 6)]
        [InlineData("appointment", 1, 3)]
        [InlineData("appointment", 3, 5)]
        [InlineData("phonecall", 1, 2)]
        [InlineData("email", 1, 2)]
        [InlineData("task", 0, 2)]
        [InlineData("task", 1, 5)]
        [InlineData("task", 2, 6)]
        public void A_state_has_the_default_status_the_platform_gives_it(string table, int state, int defaultStatus)
        {
            Assert.Equal(defaultStatus, _catalog.GetTable(table).States[state].DefaultStatus);
        }

        [Theory]
        [InlineData("opportunity", 5, 2)] // Out-Sold belongs to Lost
        [InlineData("opportunity", 2, 0)] // On Hold belongs to Open
        [InlineData("phonecall", 4, 1)]   // Received belongs to Completed
        [InlineData("appointment", 6, 3)] // Out of Office belongs to Scheduled
        [InlineData("task", 7, 0)]        // Deferred belongs to Open
        public void Each_status_belongs_to_the_state_the_platform_assigns_it(string table, int status, int state)
        {
            Assert.Equal(state, _catalog.GetTable(table).Columns["statuscode"].StatusStates[status]);
        }

        [Fact]
        public void Activities_are_marked_as_activities_and_share_the_regarding_lookup()
        {
            foreach (var name in new[] { "appointment", "phonecall", "email", "task", "activitypointer" })
            {
                var table = _catalog.GetTable(name);
                Assert.True(table.IsActivity);
                Assert.Contains("account", table.Columns["regardingobjectid"].Targets);
            }
        }

        [Fact]
        public void Users_join_teams_through_the_teammembership_intersect_table()
        {
            var relationship = Assert.IsType<ManyToManyRelationship>(_catalog.Relationships["teammembership_association"]);

            Assert.Equal(("teammembership", "systemuser", "systemuserid", "team", "teamid"),
                (relationship.IntersectTable, relationship.Table1, relationship.Attribute1, relationship.Table2, relationship.Attribute2));
            Assert.True(_catalog.GetTable("teammembership").IsIntersect);
            Assert.Contains(relationship, _catalog.GetTable("team").ManyToManyRelationships);
        }

        [Fact]
        public void Owned_tables_carry_the_owner_and_audit_columns_the_platform_fills()
        {
            var account = _catalog.GetTable("account");

            Assert.Equal(new[] { "systemuser", "team" }, account.Columns["ownerid"].Targets);
            Assert.Equal(RequiredLevel.SystemRequired, account.Columns["ownerid"].RequiredLevel);
            foreach (var column in new[] { "owninguser", "owningteam", "owningbusinessunit", "createdon", "modifiedon", "createdby", "modifiedby", "versionnumber" })
            {
                Assert.False(account.Columns[column].IsValidForCreate, column);
                Assert.False(account.Columns[column].IsValidForUpdate, column);
            }
        }

        [Fact]
        public void An_appnotification_has_the_documented_choices_and_no_state_model()
        {
            // appnotification reference page: icontype Info 100000000 … Custom 100000005; toasttype Timed/Hidden;
            // priority Normal/High; title is system-required, 256 characters.
            var notification = _catalog.GetTable("appnotification");

            Assert.Equal("Mention", notification.Columns["icontype"].Options[100000004]);
            Assert.Equal("Hidden", notification.Columns["toasttype"].Options[200000001]);
            Assert.Equal("High", notification.Columns["priority"].Options[200000001]);
            Assert.Equal(256, notification.Columns["title"].MaxLength);
            Assert.Equal(RequiredLevel.SystemRequired, notification.Columns["title"].RequiredLevel);
            Assert.False(notification.HasStateModel);
        }

        [Fact]
        public void Column_names_are_case_sensitive_like_the_sdk_attribute_collection()
        {
            // xrm-sdk.md §9.1.3: attribute keys use the default (ordinal) comparer; logical names are lower case.
            var account = _catalog.GetTable("account");

            Assert.True(account.TryGetColumn("name", out _));
            Assert.False(account.TryGetColumn("Name", out _));
        }

        [Fact]
        public void A_customer_column_points_at_accounts_and_contacts()
        {
            Assert.Equal(new[] { "account", "contact" }, _catalog.GetTable("contract").Columns["customerid"].Targets.OrderBy(t => t));
        }
    }
}
