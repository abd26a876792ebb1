using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>Builds the emulators the benchmarks run on, through the organization service (validation, system
    /// columns and indexes as for any caller). Called from [GlobalSetup] only, never timed.</summary>
    public static class Data
    {
        public static DataverseEmulator NewEmulator() => new DataverseEmulator(Metadata.MetadataCatalog.Standard(), new EmulatorClock());

        /// <summary>Creates <paramref name="count"/> accounts named "Account 00000", "Account 00001", ... and returns their ids.</summary>
        public static List<Guid> CreateAccounts(IOrganizationService service, int count)
        {
            var ids = new List<Guid>(count);
            for (var i = 0; i < count; i++)
            {
                ids.Add(service.Create(new Entity("account")
                {
                    ["name"] = $"Account {i:D5}",
                    ["accountnumber"] = $"A-{i:D5}",
                    ["telephone1"] = "+1 555 0100",
                }));
            }

            return ids;
        }

        /// <summary>The lookup data set: <paramref name="accounts"/> accounts with <paramref name="contactsPerAccount"/>
        /// contacts each, created account by account; contact i of account k has lastname "Family k" (4 digits), so a
        /// Like on one lastname matches exactly the same rows as the lookup on that account.</summary>
        public static ContactDataSet CreateContacts(int accounts = 1000, int contactsPerAccount = 100)
        {
            var emulator = NewEmulator();
            var service = emulator.CreateService();
            var accountIds = CreateAccounts(service, accounts);
            for (var k = 0; k < accounts; k++)
            {
                var parent = new EntityReference("account", accountIds[k]);
                for (var i = 0; i < contactsPerAccount; i++)
                {
                    service.Create(new Entity("contact")
                    {
                        ["firstname"] = $"Contact {i:D3}",
                        ["lastname"] = FamilyName(k),
                        ["emailaddress1"] = $"c{k:D4}.{i:D3}@example.com",
                        ["parentcustomerid"] = parent,
                    });
                }
            }

            return new ContactDataSet(emulator, service, accountIds, contactsPerAccount);
        }

        public static string FamilyName(int accountIndex) => $"Family {accountIndex:D4}";
    }

    public sealed class ContactDataSet
    {
        public ContactDataSet(DataverseEmulator emulator, IOrganizationService service, IReadOnlyList<Guid> accountIds, int contactsPerAccount)
        {
            Emulator = emulator;
            Service = service;
            AccountIds = accountIds;
            ContactsPerAccount = contactsPerAccount;
        }

        public DataverseEmulator Emulator { get; }

        public IOrganizationService Service { get; }

        public IReadOnlyList<Guid> AccountIds { get; }

        public int ContactsPerAccount { get; }

        /// <summary>The account the benchmarks query: one in the middle of the table.</summary>
        public int QueriedAccountIndex => AccountIds.Count / 2;

        public Guid QueriedAccountId => AccountIds[QueriedAccountIndex];
    }
}
