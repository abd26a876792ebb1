using Dataverse.Emulator.Metadata;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>The tables the query tests use (account, contact, systemuser, team, businessunit), defined here so
    /// the tests do not depend on the shape of the standard catalog.</summary>
    internal static class QueryTestCatalog
    {
        public static MetadataCatalog Create()
        {
            var catalog = new MetadataCatalog();
            catalog.AddTable(new TableDefinition("account", "accounts", "accountid", "name").SetColumns(new[]
            {
                ColumnDefinition.Id("accountid"),
                ColumnDefinition.Text("name", 160),
                ColumnDefinition.Text("accountnumber", 20),
                ColumnDefinition.Currency("revenue"),
                ColumnDefinition.Int("numberofemployees"),
                ColumnDefinition.Int("accesscode"),
                ColumnDefinition.Float("ratio", -1000m, 1000m, 2),
                ColumnDefinition.DecimalNumber("score", -1000m, 1000m, 2),
                ColumnDefinition.Choice("industrycode", (1, "Accounting"), (2, "Agriculture"), (3, "Broadcasting")),
                ColumnDefinition.Choice("ratingcode", (1, "Zulu"), (2, "Alpha"), (3, "Mike")),
                ColumnDefinition.Choices("categories", (1, "Preferred"), (2, "Standard"), (3, "Key")),
                ColumnDefinition.YesNo("donotemail"),
                ColumnDefinition.Date("createdon"),
                ColumnDefinition.Lookup("primarycontactid", "contact"),
                ColumnDefinition.Lookup("parentaccountid", "account"),
                ColumnDefinition.Lookup("owningbusinessunit", "businessunit"),
                ColumnDefinition.Owner(),
            }));
            catalog.AddTable(new TableDefinition("contact", "contacts", "contactid", "fullname").SetColumns(new[]
            {
                ColumnDefinition.Id("contactid"),
                ColumnDefinition.Text("fullname", 160),
                ColumnDefinition.Text("lastname", 50),
                ColumnDefinition.Text("emailaddress1", 100),
                ColumnDefinition.Int("age"),
                ColumnDefinition.Date("birthdate"),
                ColumnDefinition.Customer("parentcustomerid"),
                ColumnDefinition.Owner(),
            }));
            catalog.AddTable(new TableDefinition("systemuser", "systemusers", "systemuserid", "fullname").SetColumns(new[]
            {
                ColumnDefinition.Id("systemuserid"),
                ColumnDefinition.Text("fullname", 160),
            }));
            catalog.AddTable(new TableDefinition("team", "teams", "teamid", "name").SetColumns(new[]
            {
                ColumnDefinition.Id("teamid"),
                ColumnDefinition.Text("name", 160),
            }));
            catalog.AddTable(new TableDefinition("businessunit", "businessunits", "businessunitid", "name").SetColumns(new[]
            {
                ColumnDefinition.Id("businessunitid"),
                ColumnDefinition.Text("name", 160),
            }));
            return catalog;
        }
    }
}
