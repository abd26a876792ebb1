using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.WebApi.Tests;

/// <summary>Reads through the Web API: the OData query options become the emulator's queries and the answers come
/// back in the Web API's JSON (Learn: "Query data using the Web API", "Use FetchXml with the Web API").</summary>
public sealed class QueryTests
{
    private readonly ServedWorld _served = new();

    [Fact]
    public void Select_filter_orderby_and_top_return_what_the_organization_service_returns()
    {
        var reply = _served.Get("accounts?$select=name,csx_healthscore&$filter=statecode eq 0 and csx_healthscore ge 0&$orderby=csx_healthscore asc,name desc&$top=4");

        Assert.Equal(200, reply.Status);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "csx_healthscore"), TopCount = 4 };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.Criteria.AddCondition("csx_healthscore", ConditionOperator.GreaterEqual, 0);
        query.AddOrder("csx_healthscore", OrderType.Ascending);
        query.AddOrder("name", OrderType.Descending);
        var expected = _served.World.Service.RetrieveMultiple(query).Entities;
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected.Select(e => e.Id), reply.Value.Select(r => r.GetProperty("accountid").GetGuid()));
        Assert.Equal(expected.Select(e => e.GetAttributeValue<int>("csx_healthscore")), reply.Value.Select(r => r.GetProperty("csx_healthscore").GetInt32()));
        Assert.EndsWith("$metadata#accounts(name,csx_healthscore)", reply.Json.GetProperty("@odata.context").GetString());
        // Only the selected columns, the key and the row version: nothing else leaks into the answer.
        Assert.Equal(new[] { "@odata.etag", "accountid", "csx_healthscore", "name" }, reply.Value[0].EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Lookups_are_value_properties_with_their_annotations_only_when_the_caller_asks()
    {
        var plain = _served.Get("accounts?$select=name,_csx_csmid_value,csx_tier&$top=1");
        var annotated = _served.Get("accounts?$select=name,_csx_csmid_value,csx_tier&$top=1", ("Prefer", ServedWorld.Annotations));

        Assert.Equal(_served.World.CsmId, plain.Value[0].GetProperty("_csx_csmid_value").GetGuid());
        Assert.DoesNotContain("@", string.Join(",", plain.Value[0].EnumerateObject().Select(p => p.Name).Where(n => n != "@odata.etag")));
        var row = annotated.Value[0];
        Assert.Equal("Aiko Tanaka", row.GetProperty("_csx_csmid_value@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.Equal("systemuser", row.GetProperty("_csx_csmid_value@Microsoft.Dynamics.CRM.lookuplogicalname").GetString());
        Assert.Equal("csx_csmid", row.GetProperty("_csx_csmid_value@Microsoft.Dynamics.CRM.associatednavigationproperty").GetString());
        Assert.Equal("High touch", row.GetProperty("csx_tier@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.Equal(Choices.Tier.HighTouch, row.GetProperty("csx_tier").GetInt32());
    }

    [Fact]
    public void Formatted_values_alone_come_with_the_formatted_value_preference()
    {
        var reply = _served.Get("accounts?$select=_csx_csmid_value&$top=1", ("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""));
        var names = reply.Value[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("_csx_csmid_value@OData.Community.Display.V1.FormattedValue", names);
        Assert.DoesNotContain("_csx_csmid_value@Microsoft.Dynamics.CRM.lookuplogicalname", names);
    }

    [Fact]
    public void Expanding_a_lookup_returns_the_related_record_with_its_selected_columns()
    {
        var request = _served.World.OpenRequest(_served.Accounts[3], Choices.Priority.High);

        var reply = _served.Get($"csx_customerrequests({request})?$select=csx_title&$expand=csx_accountid($select=name,csx_tier)");

        Assert.Equal(200, reply.Status);
        var account = reply.Json.GetProperty("csx_accountid");
        Assert.Equal("Account 03", account.GetProperty("name").GetString());
        Assert.Equal(Choices.Tier.TechTouch, account.GetProperty("csx_tier").GetInt32());
        Assert.Equal(_served.Accounts[3], account.GetProperty("accountid").GetGuid());
        // The lookup itself was not selected, so only the expanded record carries it.
        Assert.False(reply.Json.TryGetProperty("_csx_accountid_value", out _));
    }

    [Fact]
    public void Filters_on_dates_lookups_text_functions_and_null_are_understood()
    {
        var account = _served.Accounts[1];
        var byLookup = _served.Get($"contracts?$select=title&$filter=_customerid_value eq {account}");
        var byDate = _served.Get($"csx_healthscores?$select=csx_date&$filter=csx_date ge {_served.World.Now:yyyy-MM-dd} and _csx_accountid_value eq {account}");
        var byText = _served.Get("accounts?$select=name&$filter=startswith(name,'Account 0') and not contains(name,'05')");
        var byNull = _served.Get("accounts?$select=name&$filter=csx_healthoverride eq null");

        Assert.Single(byLookup.Value);
        Assert.Equal(_served.World.Now.ToString("yyyy-MM-dd"), Assert.Single(byDate.Value).GetProperty("csx_date").GetString());
        Assert.Equal(5, byText.Value.Count);
        Assert.DoesNotContain(byText.Value, r => r.GetProperty("name").GetString() == "Account 05");
        Assert.Equal(6, byNull.Value.Count);
    }

    [Fact]
    public void A_page_size_preference_pages_through_every_row_once_by_following_the_next_link()
    {
        var seen = new List<Guid>();
        var path = "accounts?$select=name&$orderby=name asc";
        var pages = 0;
        while (path is not null)
        {
            var reply = _served.Get(path, ("Prefer", "odata.maxpagesize=4"));
            Assert.Equal(200, reply.Status);
            Assert.True(reply.Value.Count <= 4);
            seen.AddRange(reply.Value.Select(r => r.GetProperty("accountid").GetGuid()));
            pages++;
            path = reply.Json.TryGetProperty("@odata.nextLink", out var next) ? next.GetString()!.Substring(ServedWorld.Root.Length) : null;
        }

        Assert.Equal(2, pages);
        Assert.Equal(_served.Accounts.OrderBy(a => a), seen.OrderBy(a => a));
    }

    [Fact]
    public void A_FetchXml_aggregate_comes_back_under_its_aliases_with_formatted_labels()
    {
        var fetch = Uri.EscapeDataString("<fetch aggregate=\"true\"><entity name=\"account\"><attribute name=\"accountid\" aggregate=\"count\" alias=\"accounts\" /><attribute name=\"csx_tier\" groupby=\"true\" alias=\"tier\" /></entity></fetch>");

        var reply = _served.Get("accounts?fetchXml=" + fetch, ("Prefer", ServedWorld.Annotations));

        Assert.Equal(200, reply.Status);
        var byTier = reply.Value.ToDictionary(r => r.GetProperty("tier@OData.Community.Display.V1.FormattedValue").GetString()!, r => r.GetProperty("accounts").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["High touch"] = 3, ["Tech touch"] = 3 }, byTier);
    }

    [Fact]
    public void A_FetchXml_for_another_table_than_the_entity_set_is_refused()
    {
        var fetch = Uri.EscapeDataString("<fetch><entity name=\"contact\"><attribute name=\"fullname\" /></entity></fetch>");
        var reply = _served.Get("accounts?fetchXml=" + fetch);
        Assert.Equal(400, reply.Status);
        Assert.Contains("contact", reply.ErrorMessage);
    }

    [Fact]
    public void Unknown_entity_sets_and_columns_get_the_platforms_error_json()
    {
        var set = _served.Get("widgets");
        var column = _served.Get("accounts?$select=nosuchcolumn");
        var record = _served.Get($"accounts({Guid.NewGuid()})");

        Assert.Equal((404, "0x80060888"), (set.Status, set.ErrorCode));
        Assert.Contains("widgets", set.ErrorMessage);
        Assert.Equal((400, "0x80060888"), (column.Status, column.ErrorCode));
        Assert.Contains("nosuchcolumn", column.ErrorMessage);
        Assert.Equal((404, "0x80040217"), (record.Status, record.ErrorCode));
    }

    [Fact]
    public void Metadata_describes_every_entity_set_and_the_custom_apis()
    {
        var reply = _served.Get("$metadata");
        Assert.Equal(200, reply.Status);
        Assert.Contains("EntitySet Name=\"csx_customerrequests\" EntityType=\"Microsoft.Dynamics.CRM.csx_customerrequest\"", reply.Text);
        Assert.Contains("Property Name=\"csx_date\" Type=\"Edm.Date\"", reply.Text);
        Assert.Contains("Property Name=\"_csx_accountid_value\" Type=\"Edm.Guid\"", reply.Text);
        Assert.Contains("Action Name=\"csx_RecalculateHealth\" IsBound=\"true\"", reply.Text);
        Assert.Contains("ActionImport Name=\"csx_Sweep\"", reply.Text);
    }

    [Fact]
    public void In_lists_and_count_are_understood()
    {
        var reply = _served.Get($"accounts?$select=name&$filter=accountid in ({_served.Accounts[0]},{_served.Accounts[4]})&$count=true&$orderby=name asc");

        Assert.Equal(200, reply.Status);
        Assert.Equal(new[] { "Account 00", "Account 04" }, reply.Value.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(2, reply.Json.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public void The_caller_id_header_makes_the_request_run_as_that_user()
    {
        var manager = _served.World.ManagerId;
        var asManager = _served.Get("WhoAmI", ("MSCRMCallerID", manager.ToString()));
        var created = _served.Send("POST", "accounts", new { name = "Created by the manager" }, ("MSCRMCallerID", manager.ToString()));

        Assert.Equal(manager, asManager.Json.GetProperty("UserId").GetGuid());
        var location = created.Response.Headers["OData-EntityId"];
        var id = Guid.Parse(location.Substring(location.IndexOf('(') + 1, 36));
        Assert.Equal(manager, _served.World.Account(id).GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("createdby").Id);
    }
}
