using System;
using System.Linq;
using CsExtension.SolutionBuilder.Model;
using Dataverse.Emulator;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Generation
{
    /// <summary>The committed folder is what the emulator (and so every plugin test) runs on.</summary>
    public sealed class EmulatorLoadTests
    {
        private static readonly SolutionModel Model = CsExtensionModel.Build();
        private static readonly MetadataCatalog Catalog = MetadataCatalog.LoadFromSolutionFolder(RepositoryPaths.Solution);

        [Fact]
        public void EveryTableHasItsColumns()
        {
            foreach (var table in Model.Tables)
            {
                Assert.True(Catalog.TryGetTable(table.LogicalName, out var loaded), $"{table.LogicalName} is not in the catalog.");
                foreach (var column in table.Columns)
                {
                    Assert.True(loaded.TryGetColumn(column.LogicalName, out _), $"{table.LogicalName}.{column.LogicalName} is not in the catalog.");
                }
            }
        }

        [Fact]
        public void CustomRequestStatusReasonsAndChoicesLoad()
        {
            var request = Catalog.GetTable("csx_customerrequest");
            Assert.Equal(0, RecordValidator.StateFor(request, CsExtensionModel.RequestStatus.WaitingForCustomer));
            Assert.Equal(1, RecordValidator.StateFor(request, CsExtensionModel.RequestStatus.WontFix));
            Assert.Equal("At risk", Catalog.OptionSets[CsExtensionModel.HealthBand][615300002]);
            Assert.True(Catalog.TryGetRelationship("csx_customerrequest_account", out _));
        }

        [Fact]
        public void RowsOfEveryCustomTableAndAnAccountWithOurColumnsCanBeCreated()
        {
            var emulator = new DataverseEmulator(Catalog);
            var service = emulator.CreateService();
            var user = emulator.CreateUser("Casey CSM");
            var accountId = service.Create(new Entity("account")
            {
                ["name"] = "Contoso",
                ["csx_tier"] = new OptionSetValue(615300000),
                ["csx_csmid"] = new EntityReference("systemuser", user),
                ["csx_healthscore"] = 72,
                ["csx_healthband"] = new OptionSetValue(615300001),
                ["csx_healthtrend"] = -12.5m,
                ["csx_arr"] = new Money(120000m),
                ["csx_onboardingstatus"] = new OptionSetValue(615300001),
                ["csx_nextqbrdueon"] = new DateTime(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc),
            });
            var account = new EntityReference("account", accountId);
            var policyId = service.Create(new Entity("csx_slapolicy")
            {
                ["csx_name"] = "Critical",
                ["csx_priority"] = new OptionSetValue(615300000),
                ["csx_responsetargetminutes"] = 60,
                ["csx_resolutiontargetminutes"] = 960,
                ["csx_workdays"] = new OptionSetValueCollection { new OptionSetValue(615300000), new OptionSetValue(615300004) },
                ["csx_daystartminutes"] = 540,
                ["csx_dayendminutes"] = 1080,
                ["csx_timezone"] = "Tokyo Standard Time",
            });
            var rows = new[]
            {
                new Entity("csx_slaholiday") { ["csx_name"] = "New Year", ["csx_slapolicyid"] = new EntityReference("csx_slapolicy", policyId), ["csx_date"] = new DateTime(2025, 1, 1) },
                new Entity("csx_arrmovement") { ["csx_name"] = "New", ["csx_accountid"] = account, ["csx_date"] = new DateTime(2025, 1, 1), ["csx_movementtype"] = new OptionSetValue(615300000), ["csx_amount"] = new Money(120000m) },
                new Entity("csx_usagesnapshot") { ["csx_name"] = "Jan", ["csx_accountid"] = account, ["csx_periodstart"] = new DateTime(2025, 1, 1), ["csx_periodend"] = new DateTime(2025, 1, 31), ["csx_activeusers"] = 40, ["csx_licensedseats"] = 50 },
                new Entity("csx_healthscore") { ["csx_name"] = "Contoso 2025-01-31", ["csx_accountid"] = account, ["csx_date"] = new DateTime(2025, 1, 31), ["csx_score"] = 72, ["csx_band"] = new OptionSetValue(615300001) },
                new Entity("csx_customerrequest") { ["csx_title"] = "Export to CSV", ["csx_accountid"] = account, ["csx_requesttype"] = new OptionSetValue(615300001), ["csx_priority"] = new OptionSetValue(615300001), ["csx_slapolicyid"] = new EntityReference("csx_slapolicy", policyId), ["csx_arrimpact"] = new Money(120000m) },
                new Entity("csx_kpisnapshot") { ["csx_name"] = "2025-01", ["csx_periodstart"] = new DateTime(2025, 1, 1), ["csx_periodend"] = new DateTime(2025, 1, 31), ["csx_periodtype"] = new OptionSetValue(615300000), ["csx_grr"] = 98.5m },
                new Entity("csx_configuration") { ["csx_name"] = "Default", ["csx_weightusage"] = 30, ["csx_seatexpansionfactor"] = 1.2m },
            };
            foreach (var row in rows)
            {
                var id = service.Create(row);
                Assert.NotEqual(Guid.Empty, id);
            }

            Assert.Equal(Model.Tables.Count(t => !t.IsStandard), rows.Length + 1);
            var stored = service.Retrieve("account", accountId, new Microsoft.Xrm.Sdk.Query.ColumnSet("csx_healthscore", "csx_tier"));
            Assert.Equal(72, stored.GetAttributeValue<int>("csx_healthscore"));
        }
    }
}
