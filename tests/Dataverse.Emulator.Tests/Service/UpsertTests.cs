using System;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>Upsert by id and by alternate key, and alternate-key uniqueness, on a small table defined here.</summary>
    public class UpsertTests
    {
        private const string Product = "csx_product";

        private readonly ServiceFixture _f = new(CatalogWithProducts());

        /// <summary>csx_product: organization-owned, alternate key csx_codekey on csx_code.</summary>
        private static MetadataCatalog CatalogWithProducts()
        {
            var catalog = MetadataCatalog.Standard();
            var table = new TableDefinition(Product, "csx_products", "csx_productid", "csx_name") { OwnershipType = OwnershipType.OrganizationOwned };
            table.SetColumns(new[]
            {
                ColumnDefinition.Id("csx_productid"),
                ColumnDefinition.Text("csx_name", 100),
                ColumnDefinition.Text("csx_code", 20),
                ColumnDefinition.Int("csx_stock", 0, 100000),
                ColumnDefinition.Date("createdon", readOnly: true),
                ColumnDefinition.Date("modifiedon", readOnly: true),
                ColumnDefinition.VersionNumber(),
            });
            table.AddAlternateKey("csx_codekey", "csx_code");
            catalog.AddTable(table);
            return catalog;
        }

        private UpsertResponse Upsert(Entity target) => (UpsertResponse)_f.Service.Execute(new UpsertRequest { Target = target });

        [Fact]
        public void Upsert_with_an_id_that_does_not_exist_creates_the_record_with_that_id()
        {
            // Reference §9.2.6 (PD-upd "Use Upsert"): RecordCreated tells that it was created.
            var id = Guid.Parse("0b7d3f3e-7777-4a4a-9999-000000000001");

            var response = Upsert(new Entity(Product, id) { ["csx_name"] = "Widget", ["csx_code"] = "W-1" });

            Assert.True(response.RecordCreated);
            Assert.Equal(new EntityReference(Product, id), response.Target);
            Assert.Equal("Widget", _f.RetrieveAll(Product, id).GetAttributeValue<string>("csx_name"));
        }

        [Fact]
        public void Upsert_with_the_id_of_an_existing_record_updates_only_the_given_columns()
        {
            // Reference §9.2.6 (PD-upd): an existing record is updated, RecordCreated false.
            var id = _f.Service.Create(new Entity(Product) { ["csx_name"] = "Widget", ["csx_code"] = "W-1", ["csx_stock"] = 5 });

            var response = Upsert(new Entity(Product, id) { ["csx_stock"] = 7 });

            Assert.False(response.RecordCreated);
            Assert.Equal(id, response.Target.Id);
            var stored = _f.RetrieveAll(Product, id);
            Assert.Equal(7, stored.GetAttributeValue<int>("csx_stock"));
            Assert.Equal("Widget", stored.GetAttributeValue<string>("csx_name"));
            Assert.Single(_f.Ids(Product));
        }

        [Fact]
        public void Upsert_by_alternate_key_creates_the_record_with_the_key_values_and_then_updates_it()
        {
            // Reference §9.2.6 (PD-upd "Use Upsert ... alternate keys"): the key values become column values on create.
            var created = Upsert(new Entity(Product, "csx_code", "W-2") { ["csx_name"] = "Gadget", ["csx_stock"] = 1 });

            Assert.True(created.RecordCreated);
            var stored = _f.RetrieveAll(Product, created.Target.Id);
            Assert.Equal("W-2", stored.GetAttributeValue<string>("csx_code"));
            Assert.Equal("Gadget", stored.GetAttributeValue<string>("csx_name"));

            var updated = Upsert(new Entity(Product, "csx_code", "W-2") { ["csx_stock"] = 9 });

            Assert.False(updated.RecordCreated);
            Assert.Equal(created.Target.Id, updated.Target.Id);
            Assert.Equal(9, _f.RetrieveAll(Product, created.Target.Id).GetAttributeValue<int>("csx_stock"));
            Assert.Single(_f.Ids(Product));
        }

        [Fact]
        public void Create_with_a_duplicate_alternate_key_fails_with_DuplicateRecordEntityKey()
        {
            // PD-err DuplicateRecordEntityKey 0x80060892: an alternate key requires unique values.
            _f.Service.Create(new Entity(Product) { ["csx_name"] = "Widget", ["csx_code"] = "W-1" });

            ServiceFaults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => _f.Service.Create(new Entity(Product) { ["csx_name"] = "Copy", ["csx_code"] = "W-1" }));

            Assert.Single(_f.Ids(Product));
        }

        [Fact]
        public void Update_to_a_duplicate_alternate_key_fails_with_DuplicateRecordEntityKey()
        {
            // PD-err DuplicateRecordEntityKey 0x80060892.
            _f.Service.Create(new Entity(Product) { ["csx_name"] = "Widget", ["csx_code"] = "W-1" });
            var other = _f.Service.Create(new Entity(Product) { ["csx_name"] = "Gadget", ["csx_code"] = "G-1" });

            ServiceFaults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => _f.Service.Update(new Entity(Product, other) { ["csx_code"] = "W-1" }));

            Assert.Equal("G-1", _f.RetrieveAll(Product, other).GetAttributeValue<string>("csx_code"));
        }

        [Fact]
        public void Retrieve_and_Update_can_address_a_record_by_its_alternate_key()
        {
            // PD-upd "Use alternate keys": an EntityReference or Entity may carry KeyAttributes instead of an id.
            var id = _f.Service.Create(new Entity(Product) { ["csx_name"] = "Widget", ["csx_code"] = "W-1" });

            _f.Service.Update(new Entity(Product, "csx_code", "W-1") { ["csx_stock"] = 3 });
            var response = (RetrieveResponse)_f.Service.Execute(new RetrieveRequest
            {
                Target = new EntityReference(Product, "csx_code", "W-1"),
                ColumnSet = new ColumnSet("csx_stock"),
            });

            Assert.Equal(id, response.Entity.Id);
            Assert.Equal(3, response.Entity.GetAttributeValue<int>("csx_stock"));
        }

        [Fact]
        public void Delete_can_address_a_record_by_its_alternate_key()
        {
            // PD-upd "Use alternate keys" (DeleteRequest.Target as an EntityReference with KeyAttributes).
            var id = _f.Service.Create(new Entity(Product) { ["csx_name"] = "Widget", ["csx_code"] = "W-1" });

            _f.Service.Execute(new DeleteRequest { Target = new EntityReference(Product, "csx_code", "W-1") });

            Assert.False(_f.Exists(Product, id));
        }
    }
}
