using System.Collections.Generic;
using static Dataverse.Emulator.Metadata.ColumnDefinition;

namespace Dataverse.Emulator.Metadata
{
    /// <summary>
    /// The built-in definitions of the standard tables CS Extension touches: the one place that lists their columns.
    /// Sources: the Dataverse table/entity reference pages (MicrosoftDocs/powerapps-docs,
    /// powerapps-docs/developer/data-platform/reference/entities/&lt;table&gt;.md) for primary keys, state and status
    /// values and the appnotification columns; column lengths not re-checked in this session are marked "approx." —
    /// they are set generously so that the emulator never refuses what the platform accepts.
    /// Only the columns the product reads or writes are listed; the solution's own columns are merged on top by
    /// <see cref="MetadataCatalog.LoadFromSolutionFolder"/>.
    /// </summary>
    internal static class StandardTables
    {
        private const string Account = "account";
        private const string Contact = "contact";
        private const string SystemUser = "systemuser";
        private const string Team = "team";
        private const string BusinessUnit = "businessunit";

        /// <summary>Tables an activity's regardingobjectid may point at (the standard ones the product uses; the
        /// solution's activity relationships add its own tables).</summary>
        private static readonly string[] RegardingTargets = { Account, Contact, "contract", "opportunity" };

        public static IEnumerable<TableDefinition> Create()
        {
            yield return AccountTable();
            yield return ContactTable();
            yield return ContractTable();
            yield return OpportunityTable();
            yield return ActivityPointerTable();
            yield return AppointmentTable();
            yield return PhoneCallTable();
            yield return EmailTable();
            yield return TaskTable();
            yield return SystemUserTable();
            yield return TeamTable();
            yield return TeamMembershipTable();
            yield return BusinessUnitTable();
            yield return AppNotificationTable();
            yield return SolutionTable();
        }

        public static IEnumerable<RelationshipDefinition> Relationships()
        {
            // Standard relationship schema names as they appear in the platform's metadata (from memory of the
            // entity reference pages' relationship lists; only the ones the emulator needs to join or associate).
            yield return new OneToManyRelationship("account_parent_account", Account, "accountid", Account, "parentaccountid");
            yield return new OneToManyRelationship("account_primary_contact", Contact, "contactid", Account, "primarycontactid");
            yield return new OneToManyRelationship("contact_customer_accounts", Account, "accountid", Contact, "parentcustomerid");
            yield return new OneToManyRelationship("contact_customer_contacts", Contact, "contactid", Contact, "parentcustomerid");
            yield return new OneToManyRelationship("contract_customer_accounts", Account, "accountid", "contract", "customerid");
            yield return new OneToManyRelationship("contract_customer_contacts", Contact, "contactid", "contract", "customerid");
            yield return new OneToManyRelationship("opportunity_customer_accounts", Account, "accountid", "opportunity", "customerid");
            yield return new OneToManyRelationship("opportunity_customer_contacts", Contact, "contactid", "opportunity", "customerid");
            yield return new OneToManyRelationship("opportunity_parent_account", Account, "accountid", "opportunity", "parentaccountid");
            yield return new OneToManyRelationship("Account_Tasks", Account, "accountid", "task", "regardingobjectid");
            yield return new OneToManyRelationship("Account_Phonecalls", Account, "accountid", "phonecall", "regardingobjectid");
            yield return new OneToManyRelationship("Account_Appointments", Account, "accountid", "appointment", "regardingobjectid");
            yield return new OneToManyRelationship("Account_Emails", Account, "accountid", "email", "regardingobjectid");
            yield return new OneToManyRelationship("Account_ActivityPointers", Account, "accountid", "activitypointer", "regardingobjectid");
            yield return new OneToManyRelationship("business_unit_system_users", BusinessUnit, "businessunitid", SystemUser, "businessunitid");
            yield return new OneToManyRelationship("business_unit_teams", BusinessUnit, "businessunitid", Team, "businessunitid");
            yield return new OneToManyRelationship("business_unit_parent_business_unit", BusinessUnit, "businessunitid", BusinessUnit, "parentbusinessunitid");
            yield return new ManyToManyRelationship("teammembership_association", "teammembership", SystemUser, "systemuserid", Team, "teamid");
        }

        // ------------------------------------------------------------------ customers and sales

        private static TableDefinition AccountTable()
        {
            var table = new TableDefinition(Account, "accounts", "accountid", "name") { DisplayName = "Account" };
            table.SetColumns(UserOwnedSystemColumns());
            table.SetColumns(new[]
            {
                Id("accountid"),
                Text("name", 160, RequiredLevel.ApplicationRequired),
                Text("accountnumber", 20),
                Lookup("parentaccountid", Account),
                Lookup("primarycontactid", Contact),
                Text("telephone1", 50),
                Text("emailaddress1", 100),
                Text("websiteurl", 200),
                Memo("description", 2000),
                Currency("revenue"),
                Int("numberofemployees", 0, 1000000000),
                Lookup("transactioncurrencyid", "transactioncurrency"),
            });
            // account: Active 0 (Active 1), Inactive 1 (Inactive 2).
            return table.SetStateModel(
                new[] { new StateDefinition(0, "Active", 1), new StateDefinition(1, "Inactive", 2) },
                new[] { (1, "Active", 0), (2, "Inactive", 1) });
        }

        private static TableDefinition ContactTable()
        {
            var table = new TableDefinition(Contact, "contacts", "contactid", "fullname") { DisplayName = "Contact" };
            table.SetColumns(UserOwnedSystemColumns());
            table.SetColumns(new[]
            {
                Id("contactid"),
                Text("fullname", 160) with { IsValidForCreate = false, IsValidForUpdate = false },
                Text("firstname", 50),
                Text("lastname", 50, RequiredLevel.ApplicationRequired),
                Text("jobtitle", 100),
                Text("emailaddress1", 100),
                Text("telephone1", 50),
                Customer("parentcustomerid"),
                Memo("description", 2000),
            });
            // contact: Active 0 (Active 1), Inactive 1 (Inactive 2).
            return table.SetStateModel(
                new[] { new StateDefinition(0, "Active", 1), new StateDefinition(1, "Inactive", 2) },
                new[] { (1, "Active", 0), (2, "Inactive", 1) });
        }

        private static TableDefinition ContractTable()
        {
            var table = new TableDefinition("contract", "contracts", "contractid", "title") { DisplayName = "Contract" };
            table.SetColumns(UserOwnedSystemColumns());
            table.SetColumns(new[]
            {
                Id("contractid"),
                Text("title", 100, RequiredLevel.ApplicationRequired),
                Text("contractnumber", 100),
                Customer("customerid", RequiredLevel.ApplicationRequired),
                Customer("billingcustomerid"),
                Lookup("contracttemplateid", "contracttemplate"),
                // The contract a renewal replaces (contract table reference: originatingcontract).
                Lookup("originatingcontract", "contract"),
                Date("activeon"),
                Date("expireson"),
                Date("billingstarton"),
                Date("billingendon"),
                Currency("totalprice"),
                Currency("netprice"),
                Lookup("transactioncurrencyid", "transactioncurrency"),
            });
            // contract (entity reference page, StateCode/StatusCode tables): Draft 0 (1), Invoiced 1 (2), Active 2 (3),
            // On Hold 3 (4), Canceled 4 (5), Expired 5 (6).
            return table.SetStateModel(
                new[]
                {
                    new StateDefinition(0, "Draft", 1), new StateDefinition(1, "Invoiced", 2), new StateDefinition(2, "Active", 3),
                    new StateDefinition(3, "OnHold", 4), new StateDefinition(4, "Canceled", 5), new StateDefinition(5, "Expired", 6),
                },
                new[] { (1, "Draft", 0), (2, "Invoiced", 1), (3, "Active", 2), (4, "On Hold", 3), (5, "Canceled", 4), (6, "Expired", 5) });
        }

        private static TableDefinition OpportunityTable()
        {
            var table = new TableDefinition("opportunity", "opportunities", "opportunityid", "name") { DisplayName = "Opportunity" };
            table.SetColumns(UserOwnedSystemColumns());
            table.SetColumns(new[]
            {
                Id("opportunityid"),
                Text("name", 300, RequiredLevel.ApplicationRequired),
                Customer("customerid"),
                Lookup("parentaccountid", Account),
                Lookup("parentcontactid", Contact),
                Currency("estimatedvalue"),
                Currency("actualvalue"),
                Date("estimatedclosedate"),
                Date("actualclosedate"),
                Int("closeprobability", 0, 100),
                Text("stepname", 200),
                Memo("description", 2000),
                Lookup("transactioncurrencyid", "transactioncurrency"),
            });
            // opportunity (entity reference page): Open 0 (In Progress 1, On Hold 2; default 1), Won 1 (Won 3),
            // Lost 2 (Canceled 4, Out-Sold 5; default 4).
            return table.SetStateModel(
                new[] { new StateDefinition(0, "Open", 1), new StateDefinition(1, "Won", 3), new StateDefinition(2, "Lost", 4) },
                new[] { (1, "In Progress", 0), (2, "On Hold", 0), (3, "Won", 1), (4, "Canceled", 2), (5, "Out-Sold", 2) });
        }

        // ------------------------------------------------------------------ activities

        /// <summary>Columns every activity table shares with activitypointer.</summary>
        private static IEnumerable<ColumnDefinition> ActivityColumns(int subjectLength, int descriptionLength)
        {
            foreach (var column in UserOwnedSystemColumns())
            {
                yield return column;
            }

            yield return Id("activityid");
            yield return Text("subject", subjectLength);
            yield return Memo("description", descriptionLength);
            yield return new ColumnDefinition("regardingobjectid", ColumnType.Lookup) { Targets = RegardingTargets };
            yield return Date("scheduledstart");
            yield return Date("scheduledend");
            yield return Date("actualstart");
            yield return Date("actualend");
            yield return Int("scheduleddurationminutes", 0, 2147483647);
            yield return Int("actualdurationminutes", 0, 2147483647);
            yield return Choice("prioritycode", (0, "Low"), (1, "Normal"), (2, "High"));
            yield return new ColumnDefinition("activitytypecode", ColumnType.EntityName) { IsValidForCreate = false, IsValidForUpdate = false };
            yield return YesNo("isregularactivity") with { IsValidForCreate = false, IsValidForUpdate = false };
        }

        private static TableDefinition Activity(string logicalName, string entitySetName, int subjectLength, int descriptionLength)
        {
            var table = new TableDefinition(logicalName, entitySetName, "activityid", "subject") { IsActivity = true };
            table.SetColumns(ActivityColumns(subjectLength, descriptionLength));
            return table;
        }

        private static TableDefinition ActivityPointerTable()
        {
            var table = Activity("activitypointer", "activitypointers", 400, 1048576); // lengths approx.
            table.DisplayName = "Activity";
            // activitypointer: Open 0 (1), Completed 1 (2), Canceled 2 (3), Scheduled 3 (4) — from memory of the
            // activitypointer reference page, not re-checked in this session.
            return table.SetStateModel(
                new[]
                {
                    new StateDefinition(0, "Open", 1), new StateDefinition(1, "Completed", 2),
                    new StateDefinition(2, "Canceled", 3), new StateDefinition(3, "Scheduled", 4),
                },
                new[] { (1, "Open", 0), (2, "Completed", 1), (3, "Canceled", 2), (4, "Scheduled", 3) });
        }

        private static TableDefinition AppointmentTable()
        {
            var table = Activity("appointment", "appointments", 200, 1048576); // description length approx.
            table.DisplayName = "Appointment";
            table.SetColumns(new[] { Text("location", 200), YesNo("isalldayevent") });
            // appointment (entity reference page): Open 0 (Free 1, Tentative 2; default 1), Completed 1 (3),
            // Canceled 2 (4), Scheduled 3 (Busy 5, Out of Office 6; default 5).
            return table.SetStateModel(
                new[]
                {
                    new StateDefinition(0, "Open", 1), new StateDefinition(1, "Completed", 3),
                    new StateDefinition(2, "Canceled", 4), new StateDefinition(3, "Scheduled", 5),
                },
                new[] { (1, "Free", 0), (2, "Tentative", 0), (3, "Completed", 1), (4, "Canceled", 2), (5, "Busy", 3), (6, "Out of Office", 3) });
        }

        private static TableDefinition PhoneCallTable()
        {
            var table = Activity("phonecall", "phonecalls", 200, 1048576); // description length approx.
            table.DisplayName = "Phone Call";
            table.SetColumns(new[] { Text("phonenumber", 200), YesNo("directioncode") });
            // phonecall (entity reference page): Open 0 (Open 1), Completed 1 (Made 2, Received 4; default 2),
            // Canceled 2 (Canceled 3).
            return table.SetStateModel(
                new[] { new StateDefinition(0, "Open", 1), new StateDefinition(1, "Completed", 2), new StateDefinition(2, "Canceled", 3) },
                new[] { (1, "Open", 0), (2, "Made", 1), (3, "Canceled", 2), (4, "Received", 1) });
        }

        private static TableDefinition EmailTable()
        {
            var table = Activity("email", "emails", 800, 1048576); // lengths approx.
            table.DisplayName = "Email";
            table.SetColumns(new[] { YesNo("directioncode"), Text("sender", 250), Memo("torecipients", 500) });
            // email (entity reference page): Open 0 (Draft 1, Failed 8; default 1), Completed 1 (Completed 2, Sent 3,
            // Received 4, Pending Send 6, Sending 7; default 2), Canceled 2 (Canceled 5).
            return table.SetStateModel(
                new[] { new StateDefinition(0, "Open", 1), new StateDefinition(1, "Completed", 2), new StateDefinition(2, "Canceled", 5) },
                new[]
                {
                    (1, "Draft", 0), (2, "Completed", 1), (3, "Sent", 1), (4, "Received", 1),
                    (5, "Canceled", 2), (6, "Pending Send", 1), (7, "Sending", 1), (8, "Failed", 0),
                });
        }

        private static TableDefinition TaskTable()
        {
            var table = Activity("task", "tasks", 200, 1048576); // description length approx.
            table.DisplayName = "Task";
            table.SetColumns(new[] { Int("percentcomplete", 0, 100) });
            // task (entity reference page): Open 0 (Not Started 2, In Progress 3, Waiting on someone else 4,
            // Deferred 7; default 2), Completed 1 (Completed 5), Canceled 2 (Canceled 6).
            return table.SetStateModel(
                new[] { new StateDefinition(0, "Open", 2), new StateDefinition(1, "Completed", 5), new StateDefinition(2, "Canceled", 6) },
                new[]
                {
                    (2, "Not Started", 0), (3, "In Progress", 0), (4, "Waiting on someone else", 0),
                    (5, "Completed", 1), (6, "Canceled", 2), (7, "Deferred", 0),
                });
        }

        // ------------------------------------------------------------------ users, teams, business units

        private static TableDefinition SystemUserTable()
        {
            var table = new TableDefinition(SystemUser, "systemusers", "systemuserid", "fullname")
            {
                DisplayName = "User",
                OwnershipType = OwnershipType.BusinessOwned,
            };
            table.SetColumns(CommonSystemColumns());
            table.SetColumns(new[]
            {
                Id("systemuserid"),
                Text("fullname", 200) with { IsValidForCreate = false, IsValidForUpdate = false },
                Text("firstname", 64),
                Text("lastname", 64),
                Text("internalemailaddress", 100),
                Text("domainname", 1024),
                Text("title", 128),
                YesNo("isdisabled"),
                Lookup("businessunitid", BusinessUnit) with { RequiredLevel = RequiredLevel.SystemRequired },
                new ColumnDefinition("azureactivedirectoryobjectid", ColumnType.UniqueIdentifier),
            });
            return table;
        }

        private static TableDefinition TeamTable()
        {
            var table = new TableDefinition(Team, "teams", "teamid", "name")
            {
                DisplayName = "Team",
                OwnershipType = OwnershipType.BusinessOwned,
            };
            table.SetColumns(CommonSystemColumns());
            table.SetColumns(new[]
            {
                Id("teamid"),
                Text("name", 160, RequiredLevel.SystemRequired),
                Lookup("businessunitid", BusinessUnit) with { RequiredLevel = RequiredLevel.SystemRequired },
                Lookup("administratorid", SystemUser) with { RequiredLevel = RequiredLevel.SystemRequired },
                Choice("teamtype", (0, "Owner"), (1, "Access"), (2, "Security Group"), (3, "Office Group")),
                YesNo("isdefault") with { IsValidForCreate = false, IsValidForUpdate = false },
                Memo("description", 2000),
            });
            return table;
        }

        private static TableDefinition TeamMembershipTable()
        {
            // The intersect table of the systemuser–team N:N (teammembership_association).
            var table = new TableDefinition("teammembership", "teammemberships", "teammembershipid", null)
            {
                IsIntersect = true,
                OwnershipType = OwnershipType.None,
            };
            table.SetColumns(new[]
            {
                Id("teammembershipid"),
                new ColumnDefinition("systemuserid", ColumnType.UniqueIdentifier),
                new ColumnDefinition("teamid", ColumnType.UniqueIdentifier),
                VersionNumber(),
            });
            return table;
        }

        private static TableDefinition BusinessUnitTable()
        {
            var table = new TableDefinition(BusinessUnit, "businessunits", "businessunitid", "name")
            {
                DisplayName = "Business Unit",
                OwnershipType = OwnershipType.BusinessOwned,
            };
            table.SetColumns(CommonSystemColumns());
            table.SetColumns(new[]
            {
                Id("businessunitid"),
                Text("name", 160, RequiredLevel.SystemRequired),
                Lookup("parentbusinessunitid", BusinessUnit),
                Text("divisionname", 100),
                YesNo("isdisabled"),
            });
            return table;
        }

        /// <summary>The installed solutions (solution table reference: uniquename, friendlyname, version, ismanaged,
        /// installedon); a Web API front end records imports here.</summary>
        private static TableDefinition SolutionTable()
        {
            var table = new TableDefinition("solution", "solutions", "solutionid", "friendlyname")
            {
                DisplayName = "Solution",
                OwnershipType = OwnershipType.OrganizationOwned,
            };
            table.SetColumns(CommonSystemColumns());
            table.SetColumns(new[]
            {
                Id("solutionid"),
                Text("uniquename", 65, RequiredLevel.SystemRequired),
                Text("friendlyname", 256, RequiredLevel.SystemRequired),
                Text("version", 256, RequiredLevel.SystemRequired),
                YesNo("ismanaged"),
                Date("installedon"),
            });
            table.AddAlternateKey("uniquename", "uniquename");
            return table;
        }

        private static TableDefinition AppNotificationTable()
        {
            // appnotification (entity reference page): title 256 SystemRequired, body 500, data memo 5000,
            // icontype/toasttype/priority choices, ttlinseconds 1..max, owner systemuser/team; no state model.
            var table = new TableDefinition("appnotification", "appnotifications", "appnotificationid", "title")
            {
                DisplayName = "Notification",
            };
            table.SetColumns(UserOwnedSystemColumns());
            table.SetColumns(new[]
            {
                Id("appnotificationid"),
                Text("title", 256, RequiredLevel.SystemRequired),
                Text("body", 500),
                Memo("data", 5000),
                Text("partitionid", 100),
                Lookup("appmoduleid", "appmodule"),
                Int("ttlinseconds", 1, int.MaxValue),
                Choice("icontype", (100000000, "Info"), (100000001, "Success"), (100000002, "Failure"), (100000003, "Warning"), (100000004, "Mention"), (100000005, "Custom")),
                Choice("toasttype", (200000000, "Timed"), (200000001, "Hidden")),
                Choice("priority", (200000000, "Normal"), (200000001, "High")),
            });
            return table;
        }

        // ------------------------------------------------------------------ system columns

        /// <summary>Audit and version columns every table carries; the platform fills them, so they are not writable.</summary>
        internal static IEnumerable<ColumnDefinition> CommonSystemColumns()
        {
            yield return Date("createdon", readOnly: true);
            yield return Date("modifiedon", readOnly: true);
            yield return SystemLookup("createdby", SystemUser);
            yield return SystemLookup("modifiedby", SystemUser);
            yield return SystemLookup("createdonbehalfby", SystemUser);
            yield return SystemLookup("modifiedonbehalfby", SystemUser);
            yield return VersionNumber();
            yield return Date("overriddencreatedon") with { IsValidForUpdate = false };
            yield return Int("importsequencenumber") with { IsValidForUpdate = false };
            yield return Int("timezoneruleversionnumber", -1, int.MaxValue);
            yield return Int("utcconversiontimezonecode", -1, int.MaxValue);
        }

        /// <summary>System columns of a user- or team-owned table: the common ones plus the owner columns.</summary>
        internal static IEnumerable<ColumnDefinition> UserOwnedSystemColumns()
        {
            foreach (var column in CommonSystemColumns())
            {
                yield return column;
            }

            yield return Owner();
            yield return SystemLookup("owninguser", SystemUser);
            yield return SystemLookup("owningteam", Team);
            yield return SystemLookup("owningbusinessunit", BusinessUnit);
        }

        /// <summary>System columns of an organization-owned table.</summary>
        internal static IEnumerable<ColumnDefinition> OrganizationOwnedSystemColumns()
        {
            foreach (var column in CommonSystemColumns())
            {
                yield return column;
            }

            yield return SystemLookup("organizationid", "organization");
        }
    }
}
