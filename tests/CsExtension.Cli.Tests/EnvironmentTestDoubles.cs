using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CsExtension.Cli.DataverseEnvironment;

namespace CsExtension.Cli.Tests;

/// <summary>A clock whose timers record the delay asked for; with <see cref="Sleep"/> false they fire at once, so
/// tests can check a 30-second Retry-After without waiting 30 seconds.</summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public bool Sleep { get; init; }

    public IReadOnlyList<TimeSpan> Waits => _waits.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, Sleep ? dueTime : TimeSpan.Zero, period);
    }
}

/// <summary>A token source that hands out a fixed token and counts the calls.</summary>
public sealed class FixedTokenSource : IAccessTokenSource
{
    private int _calls;

    public FixedTokenSource(string token)
    {
        Token = token;
    }

    public string Token { get; }

    public int Calls => _calls;

    public Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(Token);
    }
}

/// <summary>A request as the transport saw it.</summary>
public sealed record SeenRequest(HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, string? Body);

/// <summary>A transport that answers each request with the next step of a script (a response, or an exception as
/// the network would throw it) and records what it was sent.</summary>
public sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();
    private readonly List<SeenRequest> _seen = new();

    public IReadOnlyList<SeenRequest> Seen
    {
        get
        {
            lock (_seen)
            {
                return _seen.ToList();
            }
        }
    }

    /// <summary>A script for a remote environment, which csx first knocks on without a token: answered 401, as
    /// Dataverse answers every request without one.</summary>
    public static ScriptedTransport Remote() =>
        new ScriptedTransport().Then(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));

    public ScriptedTransport Then(Func<HttpRequestMessage, HttpResponseMessage> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public ScriptedTransport ThenJson(HttpStatusCode status, string json, Action<HttpResponseMessage>? decorate = null) =>
        Then(_ =>
        {
            var response = Json(status, json);
            decorate?.Invoke(response);
            return response;
        });

    public ScriptedTransport ThenThrow(HttpRequestError error, string message) =>
        Then(_ => throw new HttpRequestException(error, message));

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public const string WhoAmI = """{"UserId":"11111111-1111-1111-1111-111111111111","BusinessUnitId":"22222222-2222-2222-2222-222222222222","OrganizationId":"33333333-3333-3333-3333-333333333333"}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_seen)
        {
            _seen.Add(new SeenRequest(request.Method, request.RequestUri!, Headers(request), body));
        }

        Func<HttpRequestMessage, HttpResponseMessage> step;
        lock (_script)
        {
            if (_script.Count == 0)
            {
                throw new InvalidOperationException($"The script has no answer for {request.Method} {request.RequestUri}.");
            }

            step = _script.Dequeue();
        }

        return step(request);
    }

    internal static IReadOnlyDictionary<string, string> Headers(HttpRequestMessage request) =>
        request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
}

/// <summary>A small Dataverse in a transport: active accounts with csx_healthcalculatedon, the reads recalc makes and
/// csx_RecalculateHealth, which stamps the account with a clock that only moves forward. Faults are set per account:
/// lose the answer after doing the work (the connection drops), or lose it before.</summary>
public sealed class FakeAccountsEnvironment : HttpMessageHandler
{
    private static readonly Regex Bound = new(@"accounts\((?<id>[0-9a-f-]{36})\)/Microsoft\.Dynamics\.CRM\.csx_RecalculateHealth$", RegexOptions.Compiled);
    private static readonly Regex Single = new(@"accounts\((?<id>[0-9a-f-]{36})\)$", RegexOptions.Compiled);
    private static readonly Regex IdInFilter = new(@"accountid eq (?<id>[0-9a-f-]{36})", RegexOptions.Compiled);

    private readonly object _lock = new();
    private readonly Dictionary<Guid, DateTimeOffset?> _stamps = new();
    private readonly Dictionary<Guid, int> _recalculations = new();
    private readonly Dictionary<Guid, Queue<string>> _faults = new();
    private readonly List<string> _log = new();
    private DateTimeOffset _clock = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
    private int _inFlight;

    public FakeAccountsEnvironment(int accounts)
    {
        for (var i = 0; i < accounts; i++)
        {
            var id = new Guid(i + 1, 0, 0, new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 });
            _stamps[id] = i % 3 == 0 ? null : _clock.AddDays(-10);
            _recalculations[id] = 0;
        }
    }

    public IReadOnlyList<Guid> Accounts => _stamps.Keys.ToList();

    public int PageSize { get; init; } = 7;

    /// <summary>Requests in flight at the same time, at most.</summary>
    public int MostInFlight { get; private set; }

    /// <summary>Every request, "METHOD path?query".</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_lock)
            {
                return _log.ToList();
            }
        }
    }

    public int RecalculationsOf(Guid account)
    {
        lock (_lock)
        {
            return _recalculations[account];
        }
    }

    public DateTimeOffset? StampOf(Guid account)
    {
        lock (_lock)
        {
            return _stamps[account];
        }
    }

    /// <summary>The next csx_RecalculateHealth on the account is carried out, then its connection drops.</summary>
    public void DropAnswerAfterDoing(Guid account) => AddFault(account, "drop-after");

    /// <summary>The next csx_RecalculateHealth on the account is lost on the way: not carried out, and no answer.</summary>
    public void DropAnswerWithoutDoing(Guid account) => AddFault(account, "drop-before");

    /// <summary>Recalculates outside the client (as a crashed run's last requests would have).</summary>
    public void RecalculateBehindTheClientsBack(Guid account)
    {
        lock (_lock)
        {
            Recalculate(account);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        try
        {
            lock (_lock)
            {
                MostInFlight = Math.Max(MostInFlight, now);
            }

            // Long enough for concurrent requests to overlap, so the concurrency bound is visible.
            await Task.Delay(2, cancellationToken);
            return Answer(request);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var url = request.RequestUri!;
        var relative = Uri.UnescapeDataString(url.AbsolutePath.Substring("/api/data/v9.2/".Length));
        var query = Uri.UnescapeDataString(url.Query);
        lock (_lock)
        {
            _log.Add($"{request.Method} {relative}{query}");
            if (request.Headers.Authorization is null)
            {
                return new HttpResponseMessage(HttpStatusCode.Unauthorized);
            }

            if (request.Method == HttpMethod.Get && relative == "WhoAmI")
            {
                return ScriptedTransport.Json(HttpStatusCode.OK, ScriptedTransport.WhoAmI);
            }

            if (request.Method == HttpMethod.Get && relative == "accounts" && query.Contains("statecode eq 0", StringComparison.Ordinal))
            {
                var skip = query.Contains("$skiptoken=", StringComparison.Ordinal) ? int.Parse(query.Split("$skiptoken=")[1], CultureInfo.InvariantCulture) : 0;
                var page = _stamps.Keys.Skip(skip).Take(PageSize).Select(id => new Dictionary<string, object> { ["accountid"] = id }).ToList();
                var body = new Dictionary<string, object> { ["value"] = page };
                if (skip + PageSize < _stamps.Count)
                {
                    body["@odata.nextLink"] = $"{url.GetLeftPart(UriPartial.Path)}?$select=accountid&$filter=statecode%20eq%200&$skiptoken={skip + PageSize}";
                }

                return ScriptedTransport.Json(HttpStatusCode.OK, JsonSerializer.Serialize(body));
            }

            if (request.Method == HttpMethod.Get && relative == "accounts")
            {
                var rows = IdInFilter.Matches(query).Select(m => Guid.Parse(m.Groups["id"].Value)).Where(_stamps.ContainsKey)
                    .Select(id => new Dictionary<string, object?> { ["accountid"] = id, ["csx_healthcalculatedon"] = Format(_stamps[id]) }).ToList();
                return ScriptedTransport.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new { value = rows }));
            }

            if (request.Method == HttpMethod.Get && Single.Match(relative) is { Success: true } single)
            {
                var id = Guid.Parse(single.Groups["id"].Value);
                return _stamps.TryGetValue(id, out var stamp)
                    ? ScriptedTransport.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object?> { ["accountid"] = id, ["csx_healthcalculatedon"] = Format(stamp) }))
                    : ScriptedTransport.Json(HttpStatusCode.NotFound, """{"error":{"code":"0x80040217","message":"account With Id = x Does Not Exist"}}""");
            }

            if (request.Method == HttpMethod.Post && Bound.Match(relative) is { Success: true } bound)
            {
                var id = Guid.Parse(bound.Groups["id"].Value);
                var fault = _faults.TryGetValue(id, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
                if (fault == "drop-before")
                {
                    throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
                }

                Recalculate(id);
                if (fault == "drop-after")
                {
                    throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
                }

                return ScriptedTransport.Json(HttpStatusCode.OK, """{"@odata.context":"x","Score":61}""");
            }

            return ScriptedTransport.Json(HttpStatusCode.NotFound, $$$"""{"error":{"code":"0x80060888","message":"No route for {{{request.Method}}} {{{relative}}}"}}""");
        }
    }

    private void Recalculate(Guid id)
    {
        _clock = _clock.AddSeconds(1);
        _stamps[id] = _clock;
        _recalculations[id]++;
    }

    private void AddFault(Guid account, string fault)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(account, out var queue))
            {
                _faults[account] = queue = new Queue<string>();
            }

            queue.Enqueue(fault);
        }
    }

    private static string? Format(DateTimeOffset? stamp) => stamp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
