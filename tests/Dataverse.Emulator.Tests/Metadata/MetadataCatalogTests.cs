using System;
using Dataverse.Emulator.Metadata;
using Xunit;

namespace Dataverse.Emulator.Tests.Metadata
{
    public class MetadataCatalogTests
    {
        [Fact]
        public void Asking_for_an_unknown_table_fails_with_QueryBuilderNoEntity()
        {
            // Error-code table (powerapps-docs data-service-error-codes): QueryBuilderNoEntity 0x80041102,
            // "The specified entity was not found."; the service names the table in its message.
            var fault = Faults.Expect(ErrorCodes.QueryBuilderNoEntity, () => MetadataCatalog.Standard().GetTable("csx_nosuchtable"));

            Assert.Equal(unchecked((int)0x80041102), fault.ErrorCode);
            Assert.Contains("'csx_nosuchtable'", fault.Message);
            Assert.Contains("was not found in the MetadataCache", fault.Message);
        }

        [Fact]
        public void TryGetTable_reports_an_unknown_table_without_throwing()
        {
            Assert.False(MetadataCatalog.Standard().TryGetTable("nope", out _));
            Assert.True(MetadataCatalog.Standard().TryGetTable("account", out var account));
            Assert.Equal("account", account.LogicalName);
        }

        [Fact]
        public void A_table_can_be_added_once()
        {
            var catalog = new MetadataCatalog();
            catalog.AddTable(new TableDefinition("csx_thing", "csx_things", "csx_thingid", "csx_name"));

            Assert.Throws<ArgumentException>(() => catalog.AddTable(new TableDefinition("csx_thing", "csx_things", "csx_thingid", "csx_name")));
        }

        [Fact]
        public void A_one_to_many_relationship_adds_its_parent_to_the_lookup_targets()
        {
            var catalog = new MetadataCatalog();
            catalog.AddTable(new TableDefinition("parent", "parents", "parentid", "name"));
            catalog.AddTable(new TableDefinition("child", "children", "childid", "name")
                .SetColumn(new ColumnDefinition("parentid", ColumnType.Lookup)));

            catalog.AddRelationship(new OneToManyRelationship("parent_child", "parent", "parentid", "child", "parentid"));

            Assert.Equal(new[] { "parent" }, catalog.GetTable("child").Columns["parentid"].Targets);
            Assert.Single(catalog.GetTable("parent").OneToManyRelationships);
            Assert.Single(catalog.GetTable("child").ManyToOneRelationships);
            Assert.True(catalog.TryGetRelationship("parent_child", out _));
        }
    }
}
