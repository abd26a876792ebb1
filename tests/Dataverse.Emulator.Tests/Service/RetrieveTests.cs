using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>Retrieve: which columns come back, and a missing record.</summary>
    public class RetrieveTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void Retrieve_returns_only_the_requested_non_null_columns_plus_the_id_and_primary_key()
        {
            // Reference §9.2.2 (OLD gg307461, PD-sel; learn fetchxml/retrieve-data "Null column values are not returned").
            var id = _f.CreateAccount("Contoso", ("accountnumber", "A-1"), ("telephone1", "555-0100"));

            var account = _f.Service.Retrieve("account", id, new ColumnSet("name", "websiteurl"));

            Assert.Equal(id, account.Id);
            Assert.Equal("account", account.LogicalName);
            Assert.Equal(new[] { "accountid", "name" }, account.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(id, account.GetAttributeValue<Guid>("accountid"));
            Assert.Equal("Contoso", account.GetAttributeValue<string>("name"));
        }

        [Fact]
        public void Retrieve_with_an_empty_ColumnSet_returns_only_the_primary_key()
        {
            // Reference §9.2.2 (OLD gg327758: "the primary key is always returned").
            var id = _f.CreateAccount("Contoso");

            var account = _f.Service.Retrieve("account", id, new ColumnSet());

            Assert.Equal(id, account.Id);
            Assert.Equal(new[] { "accountid" }, account.Attributes.Keys.ToArray());
        }

        [Fact]
        public void RetrieveRequest_without_a_ColumnSet_returns_only_the_primary_key()
        {
            // Reference §9.2.2: a null ColumnSet on RetrieveRequest behaves as an empty one.
            var id = _f.CreateAccount("Contoso");

            var response = (RetrieveResponse)_f.Service.Execute(new RetrieveRequest { Target = new EntityReference("account", id) });

            Assert.Equal(new[] { "accountid" }, response.Entity.Attributes.Keys.ToArray());
        }

        [Fact]
        public void Retrieve_with_all_columns_returns_every_non_null_column()
        {
            // Reference §9.2.2: ColumnSet(true) returns all columns; null ones are absent.
            var id = _f.CreateAccount("Contoso", ("revenue", new Money(1200m)));

            var account = _f.RetrieveAll("account", id);

            Assert.Equal(1200m, account.GetAttributeValue<Money>("revenue").Value);
            Assert.True(account.Contains("createdon"));
            Assert.True(account.Contains("ownerid"));
            Assert.False(account.Contains("telephone1"));
            Assert.DoesNotContain(account.Attributes, pair => pair.Value == null);
        }

        [Fact]
        public void Retrieve_of_a_missing_record_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3 (PD-err ObjectDoesNotExist 0x80040217 / -2147220969).
            var missing = Guid.Parse("0b7d3f3e-2222-4a4a-9999-000000000001");

            var fault = ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Retrieve("account", missing, new ColumnSet(true)));

            Assert.Equal(-2147220969, fault.ErrorCode);
            Assert.Contains(missing.ToString(), fault.Message, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Retrieve_of_a_deleted_record_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3.
            var id = _f.CreateAccount("Contoso");
            _f.Service.Delete("account", id);

            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Retrieve("account", id, new ColumnSet()));
        }

        [Fact]
        public void Retrieve_sets_RowVersion_to_the_records_version()
        {
            // learn "Reduce potential data loss using optimistic concurrency": a retrieved record carries its RowVersion (versionnumber).
            var id = _f.CreateAccount("Contoso");

            var account = _f.Service.Retrieve("account", id, new ColumnSet("name"));

            var version = _f.RetrieveAll("account", id).GetAttributeValue<long>("versionnumber");
            Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), account.RowVersion);
        }
    }
}
