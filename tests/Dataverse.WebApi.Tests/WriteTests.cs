using System;
using System.Linq;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.WebApi.Tests;

/// <summary>Writes through the Web API go through the organization service, so the plugins run as in Dataverse
/// (Learn: "Create / Update and delete table rows using the Web API", "Associate on create with @odata.bind").</summary>
public sealed class WriteTests
{
    private readonly ServedWorld _served = new(accounts: 2);

    private int Count(string table) => _served.World.Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    [Fact]
    public void Create_with_a_bound_lookup_returns_204_and_the_new_records_address_and_the_plugins_run()
    {
        var reply = _served.Send("POST", "csx_customerrequests", new System.Collections.Generic.Dictionary<string, object>
        {
            ["csx_title"] = "SSO with Okta",
            ["csx_priority"] = Choices.Priority.Critical,
            ["csx_accountid@odata.bind"] = $"/accounts({_served.Accounts[0]})",
        });

        Assert.Equal(204, reply.Status);
        var location = reply.Response.Headers["OData-EntityId"];
        Assert.StartsWith(ServedWorld.Root + "csx_customerrequests(", location);
        var id = Guid.Parse(location.Substring(location.IndexOf('(') + 1, 36));
        var saved = _served.World.Request(id);
        Assert.Equal(_served.Accounts[0], saved.GetAttributeValue<EntityReference>("csx_accountid").Id);
        // The request plugin copied the account's ARR onto the request: the pipeline ran for a Web API write.
        Assert.Equal(10000m, saved.GetAttributeValue<Money>("csx_arrimpact")?.Value);
    }

    [Fact]
    public void Create_with_return_representation_answers_201_with_the_saved_record()
    {
        var reply = _served.Send("POST", "accounts", new { name = "Fabrikam", csx_tier = Choices.Tier.MidTouch }, ("Prefer", "return=representation"));

        Assert.Equal(201, reply.Status);
        Assert.Equal("Fabrikam", reply.Json.GetProperty("name").GetString());
        Assert.Equal(Choices.Tier.MidTouch, reply.Json.GetProperty("csx_tier").GetInt32());
        Assert.NotEqual(Guid.Empty, reply.Json.GetProperty("accountid").GetGuid());
    }

    [Fact]
    public void A_property_the_table_does_not_have_is_refused_and_nothing_is_written()
    {
        var before = Count("account");
        var reply = _served.Send("POST", "accounts", new { name = "Contoso", csx_healthiness = 3 });

        Assert.Equal(400, reply.Status);
        Assert.Contains("csx_healthiness", reply.ErrorMessage);
        Assert.Equal(before, Count("account"));
    }

    [Fact]
    public void A_plugins_refusal_comes_back_as_400_with_its_message_and_the_record_is_unchanged()
    {
        var account = _served.Accounts[1];
        // An override without a reason: the health override plugin refuses it with a message for the rep.
        var reply = _served.Send("PATCH", $"accounts({account})", new { csx_healthoverride = 90 }, ("If-Match", "*"));

        Assert.Equal(400, reply.Status);
        Assert.Equal("0x80040265", reply.ErrorCode);
        Assert.Contains("reason", reply.ErrorMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Null(_served.World.Account(account).GetAttributeValue<int?>("csx_healthoverride"));
    }

    [Fact]
    public void Patch_with_If_Match_star_updates_and_never_creates()
    {
        var updated = _served.Send("PATCH", $"accounts({_served.Accounts[0]})", new { name = "Renamed" }, ("If-Match", "*"));
        var missing = Guid.NewGuid();
        var before = Count("account");
        var refused = _served.Send("PATCH", $"accounts({missing})", new { name = "Ghost" }, ("If-Match", "*"));

        Assert.Equal(204, updated.Status);
        Assert.Equal("Renamed", _served.World.Account(_served.Accounts[0]).GetAttributeValue<string>("name"));
        Assert.Equal((404, "0x80040217"), (refused.Status, refused.ErrorCode));
        Assert.Equal(before, Count("account"));
    }

    [Fact]
    public void Patch_without_conditions_is_an_upsert_and_If_None_Match_star_only_creates()
    {
        var id = Guid.NewGuid();
        var created = _served.Send("PATCH", $"accounts({id})", new { name = "Upserted" });
        var again = _served.Send("PATCH", $"accounts({id})", new { name = "Created twice" }, ("If-None-Match", "*"));

        Assert.Equal(204, created.Status);
        Assert.Equal("Upserted", _served.World.Account(id).GetAttributeValue<string>("name"));
        Assert.Equal(412, again.Status);
        Assert.Equal("Upserted", _served.World.Account(id).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Delete_removes_the_record()
    {
        var id = _served.World.CreateAccount("Short-lived");
        var reply = _served.Send("DELETE", $"accounts({id})");
        Assert.Equal(204, reply.Status);
        Assert.Equal(404, _served.Get($"accounts({id})").Status);
    }

    [Fact]
    public void A_bind_to_the_wrong_table_or_a_malformed_body_is_refused_clearly()
    {
        var wrongTable = _served.Send("POST", "csx_customerrequests", new System.Collections.Generic.Dictionary<string, object>
        {
            ["csx_title"] = "x",
            ["csx_priority"] = Choices.Priority.Low,
            ["csx_accountid@odata.bind"] = $"/systemusers({_served.World.CsmId})",
        });
        var notJson = _served.Send("POST", "accounts", "{ name: ");

        Assert.Equal(400, wrongTable.Status);
        Assert.Contains("account", wrongTable.ErrorMessage);
        Assert.Equal(400, notJson.Status);
        Assert.Contains("not valid JSON", notJson.ErrorMessage);
        Assert.Equal(0, Count("csx_customerrequest"));
    }

    [Fact]
    public void An_update_or_delete_with_the_etag_read_succeeds_and_with_a_stale_one_is_412_and_changes_nothing()
    {
        var account = _served.Accounts[0];
        var etag = _served.Get($"accounts({account})?$select=name").Json.GetProperty("@odata.etag").GetString()!;

        var first = _served.Send("PATCH", $"accounts({account})", new { name = "First writer" }, ("If-Match", etag));
        var second = _served.Send("PATCH", $"accounts({account})", new { name = "Second writer" }, ("If-Match", etag));
        var staleDelete = _served.Send("DELETE", $"accounts({account})", null, ("If-Match", etag));

        Assert.Equal(204, first.Status);
        Assert.Equal((412, "0x80060882"), (second.Status, second.ErrorCode));
        Assert.Equal(412, staleDelete.Status);
        Assert.Equal("First writer", _served.World.Account(account).GetAttributeValue<string>("name"));
        var current = _served.Get($"accounts({account})?$select=name").Json.GetProperty("@odata.etag").GetString()!;
        Assert.Equal(204, _served.Send("DELETE", $"accounts({account})", null, ("If-Match", current)).Status);
        Assert.Equal(404, _served.Get($"accounts({account})").Status);
    }

    [Fact]
    public void A_read_with_If_None_Match_of_the_current_etag_is_304_until_the_record_changes()
    {
        var account = _served.Accounts[1];
        var etag = _served.Get($"accounts({account})?$select=name").Json.GetProperty("@odata.etag").GetString()!;

        var unchanged = _served.Get($"accounts({account})?$select=name", ("If-None-Match", etag));
        _served.Send("PATCH", $"accounts({account})", new { name = "Changed" }, ("If-Match", "*"));
        var changed = _served.Get($"accounts({account})?$select=name", ("If-None-Match", etag));

        Assert.Equal(304, unchanged.Status);
        Assert.Empty(unchanged.Response.Body);
        Assert.Equal(200, changed.Status);
        Assert.Equal("Changed", changed.Json.GetProperty("name").GetString());
    }
}
