using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>An emulator with the standard tables, a clock set far from the machine's (so a test notices if the
    /// machine clock leaks in), a signed-in user and that user's organization service.</summary>
    internal sealed class ServiceFixture
    {
        public static readonly DateTime Start = new DateTime(2031, 2, 3, 8, 15, 0, DateTimeKind.Utc);

        public ServiceFixture(MetadataCatalog? catalog = null)
        {
            Clock = new EmulatorClock(Start);
            Emulator = new DataverseEmulator(catalog ?? MetadataCatalog.Standard(), Clock);
            UserId = Emulator.CreateUser("Avery Admin");
            Service = Emulator.CreateService(UserId);
        }

        public DataverseEmulator Emulator { get; }

        public EmulatorClock Clock { get; }

        public Guid UserId { get; }

        public IOrganizationService Service { get; }

        public Guid CreateAccount(string name, params (string Column, object? Value)[] values)
        {
            var account = new Entity("account") { ["name"] = name };
            foreach (var (column, value) in values)
            {
                account[column] = value!;
            }

            return Service.Create(account);
        }

        public Entity RetrieveAll(string table, Guid id) => Service.Retrieve(table, id, new ColumnSet(true));

        public bool Exists(string table, Guid id) => Emulator.Store.Find(table, id) != null;

        public Guid[] Ids(string table) => Emulator.Store.Scan(table).Select(row => row.Id).ToArray();

        public Guid CreateTeam(string name) =>
            Service.Create(new Entity("team")
            {
                ["name"] = name,
                ["businessunitid"] = new EntityReference("businessunit", Emulator.RootBusinessUnitId),
                ["administratorid"] = new EntityReference("systemuser", UserId),
            });
    }

    /// <summary>Asserts that a call fails as the organization service fails (reference §9.2.10): a
    /// FaultException&lt;OrganizationServiceFault&gt; carrying the Dataverse error code.</summary>
    internal static class ServiceFaults
    {
        public static OrganizationServiceFault Expect(int errorCode, Action action)
        {
            var exception = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
            Assert.Equal(errorCode, exception.Detail.ErrorCode);
            return exception.Detail;
        }

        public static OrganizationServiceFault Expect(Action action) =>
            Assert.Throws<FaultException<OrganizationServiceFault>>(action).Detail;
    }
}
