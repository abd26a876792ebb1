using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// The standard tables and columns a solution may name without defining them. Only what this project's solution
    /// touches (DESIGN.md §1–§6) plus the common neighbours; a column missing here makes a view, form or step filter
    /// that names it fail the check, so extend this list (not the check) when the solution starts using another one.
    /// Names are logical names as in the Dataverse table reference (learn.microsoft.com/power-apps/developer/data-platform/reference/entities/).
    /// </summary>
    public static class StandardTables
    {
        /// <summary>Columns the platform adds to every table, custom ones included (user/team-owned variants included).</summary>
        public static readonly IReadOnlyList<string> SystemColumns = new[]
        {
            "createdby", "createdon", "createdonbehalfby", "modifiedby", "modifiedon", "modifiedonbehalfby",
            "ownerid", "owneridtype", "owningbusinessunit", "owninguser", "owningteam", "organizationid",
            "statecode", "statuscode", "versionnumber", "importsequencenumber", "overriddencreatedon",
            "timezoneruleversionnumber", "utcconversiontimezonecode",
            "transactioncurrencyid", "exchangerate",
        };

        private static readonly Dictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["account"] = new[]
            {
                "accountid", "name", "accountnumber", "parentaccountid", "primarycontactid", "telephone1", "telephone2",
                "emailaddress1", "websiteurl", "description", "revenue", "revenue_base", "numberofemployees", "industrycode",
                "customertypecode", "accountcategorycode", "address1_city", "address1_country", "address1_line1",
                "address1_postalcode", "address1_composite", "fax", "ownershipcode", "territoryid",
            },
            ["contact"] = new[]
            {
                "contactid", "fullname", "firstname", "lastname", "jobtitle", "emailaddress1", "telephone1",
                "mobilephone", "parentcustomerid", "accountid", "description", "address1_city", "address1_composite",
            },
            ["contract"] = new[]
            {
                "contractid", "title", "contractnumber", "customerid", "billingcustomerid", "contracttemplateid", "originatingcontract",
                "activeon", "expireson", "billingstarton", "billingendon", "totalprice", "netprice", "duration",
            },
            ["opportunity"] = new[]
            {
                "opportunityid", "name", "customerid", "parentaccountid", "parentcontactid", "estimatedvalue",
                "actualvalue", "estimatedclosedate", "actualclosedate", "closeprobability", "stepname", "description",
            },
            ["incident"] = new[] { "incidentid", "title", "ticketnumber", "customerid", "description", "prioritycode", "caseorigincode" },
            ["lead"] = new[] { "leadid", "fullname", "subject", "firstname", "lastname", "companyname", "parentaccountid" },
            ["activitypointer"] = ActivityColumns("activityid"),
            ["appointment"] = ActivityColumns("activityid", "location", "requiredattendees", "optionalattendees", "organizer"),
            ["phonecall"] = ActivityColumns("activityid", "phonenumber", "directioncode", "from", "to"),
            ["email"] = ActivityColumns("activityid", "directioncode", "from", "to", "cc", "bcc", "sender", "torecipients"),
            ["task"] = ActivityColumns("activityid", "percentcomplete"),
            ["annotation"] = new[] { "annotationid", "subject", "notetext", "objectid", "objecttypecode", "filename", "isdocument" },
            ["systemuser"] = new[] { "systemuserid", "fullname", "firstname", "lastname", "domainname", "internalemailaddress", "businessunitid", "isdisabled" },
            ["team"] = new[] { "teamid", "name", "businessunitid", "teamtype", "administratorid" },
            ["teammembership"] = new[] { "teammembershipid", "systemuserid", "teamid" },
            ["businessunit"] = new[] { "businessunitid", "name", "parentbusinessunitid" },
            ["transactioncurrency"] = new[] { "transactioncurrencyid", "currencyname", "isocurrencycode", "currencysymbol" },
            ["appnotification"] = new[] { "appnotificationid", "title", "body", "icontype", "toasttype", "ttlinseconds", "data", "priority" },
        };

        public static bool Contains(string table) => Columns.ContainsKey(table);

        /// <summary>True when the column is one of the table's standard columns or a system column every table has.</summary>
        public static bool HasColumn(string table, string column) =>
            IsSystemColumn(table, column) || (Columns.TryGetValue(table, out var columns) && columns.Contains(column, StringComparer.OrdinalIgnoreCase));

        /// <summary>Platform-made: the system columns and the table's own id column (&lt;table&gt;id).</summary>
        public static bool IsSystemColumn(string table, string column) =>
            SystemColumns.Contains(column, StringComparer.OrdinalIgnoreCase) || string.Equals(column, table + "id", StringComparison.OrdinalIgnoreCase);

        private static string[] ActivityColumns(params string[] own) => own.Concat(new[]
        {
            "subject", "description", "regardingobjectid", "scheduledstart", "scheduledend", "actualstart", "actualend",
            "scheduleddurationminutes", "actualdurationminutes", "prioritycode", "activitytypecode", "isregularactivity",
        }).ToArray();
    }
}
