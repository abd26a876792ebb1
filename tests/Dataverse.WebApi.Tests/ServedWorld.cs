using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsExtension.Plugins.Schema;
using CsExtension.Scenarios;
using Dataverse.WebApi;

namespace Dataverse.WebApi.Tests;

/// <summary>A small book of business in the emulator with the real solution and plugins, and the Web API handler in
/// front of it, called in-process with the Web API's URLs, headers and JSON bodies.</summary>
public sealed class ServedWorld
{
    public const string Root = "http://127.0.0.1:5080/api/data/v9.2/";
    public const string Annotations = "odata.include-annotations=\"*\"";

    public ServedWorld(int accounts = 6)
    {
        World = new CsWorld();
        for (var i = 0; i < accounts; i++)
        {
            var account = World.CreateAccount($"Account {i:00}", i % 2 == 0 ? Choices.Tier.HighTouch : Choices.Tier.TechTouch);
            World.AddActiveContract(account, arr: 10000m * (i + 1), seats: 50);
            World.AddSnapshot(account, activeUsers: i < 2 ? 5 : 45, seats: 50);
            Accounts.Add(account);
        }

        Handler = new WebApiRequestHandler(World.Emulator, World.CsmId);
    }

    public CsWorld World { get; }

    public List<Guid> Accounts { get; } = new();

    public WebApiRequestHandler Handler { get; }

    public Reply Send(string method, string path, object? body = null, params (string Name, string Value)[] headers)
    {
        var bytes = body switch
        {
            null => Array.Empty<byte>(),
            string text => Encoding.UTF8.GetBytes(text),
            _ => JsonSerializer.SerializeToUtf8Bytes(body),
        };
        var headerMap = headers.GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.Select(h => h.Value).ToArray(), StringComparer.OrdinalIgnoreCase);
        var response = Handler.Handle(method, new Uri(Root + path), headerMap, bytes);
        return new Reply(response);
    }

    public Reply Get(string path, params (string Name, string Value)[] headers) => Send("GET", path, null, headers);

    public sealed class Reply
    {
        public Reply(ApiResponse response)
        {
            Response = response;
            Text = Encoding.UTF8.GetString(response.Body);
        }

        public ApiResponse Response { get; }

        public int Status => Response.Status;

        public string Text { get; }

        public JsonElement Json => JsonDocument.Parse(Text).RootElement;

        public IReadOnlyList<JsonElement> Value => Json.GetProperty("value").EnumerateArray().ToList();

        public string ErrorCode => Json.GetProperty("error").GetProperty("code").GetString()!;

        public string ErrorMessage => Json.GetProperty("error").GetProperty("message").GetString()!;

        public override string ToString() => $"{Status} {Text}";
    }
}
