using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>The calls csx makes to a Dataverse environment's Web API ({url}/api/data/v9.2/), each one retried as the
    /// service-protection limits ask and with at most a few requests in flight at once.</summary>
    public sealed class DataverseWebApiClient : IDisposable
    {
        /// <summary>Dataverse's own ceiling for a page; fewer pages means fewer requests counted against the limits.</summary>
        public const int DefaultPageSize = 5000;

        /// <summary>Dataverse stops a request after 2 minutes; waiting a little longer tells a slow answer from a lost one.</summary>
        public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(150);

        /// <summary>A synchronous ImportSolution of a large solution takes minutes.</summary>
        public static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(30);

        // Ids per read of csx_healthcalculatedon: 25 "accountid eq <guid>" terms keep the URL near 1.5 KB.
        private const int IdsPerRead = 25;

        private readonly HttpClient _http;
        private readonly IAccessTokenSource? _tokens;
        private readonly ServiceProtectionRetry _retry;
        private readonly SemaphoreSlim _inFlight;

        /// <param name="handler">The transport; the client does not dispose it (tests share one across clients).</param>
        /// <param name="tokens">Null for a local csx serve, which needs no sign-in.</param>
        /// <param name="maxConcurrentRequests">Requests in flight at once, whoever sends them.</param>
        public DataverseWebApiClient(EnvironmentUrl environment, HttpMessageHandler handler, IAccessTokenSource? tokens, int maxConcurrentRequests, TimeProvider time, Action<string>? onRetry)
        {
            if (maxConcurrentRequests < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxConcurrentRequests), "At least one request must be allowed in flight.");
            }

            Environment = environment;
            // Timeouts are per request (below), because an import legitimately takes far longer than a recalculation.
            _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = environment.WebApi, Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            _tokens = tokens;
            _retry = new ServiceProtectionRetry(time, onRetry);
            _inFlight = new SemaphoreSlim(maxConcurrentRequests, maxConcurrentRequests);
        }

        public EnvironmentUrl Environment { get; }

        /// <summary>Rows per page when listing (sent as Prefer: odata.maxpagesize).</summary>
        public int PageSize { get; init; } = DefaultPageSize;

        public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

        /// <summary>How many times requests waited and went again (429, 503, a refused connection).</summary>
        public int RetryWaits => _retry.Waits;

        public async Task<WhoAmIResult> WhoAmIAsync(CancellationToken cancellationToken)
        {
            using var json = await SendAsync(HttpMethod.Get, "WhoAmI", null, "GET WhoAmI", safeToResend: true, retryConnectionFailures: false, RequestTimeout, null, cancellationToken).ConfigureAwait(false);
            var root = Required(json, "GET WhoAmI").RootElement;
            return new WhoAmIResult(GuidOf(root, "UserId", "GET WhoAmI"), GuidOf(root, "BusinessUnitId", "GET WhoAmI"), GuidOf(root, "OrganizationId", "GET WhoAmI"));
        }

        /// <summary>Whether the host answers at all, asked without a token: a mistyped URL is then reported as such
        /// before anyone is sent through a sign-in prompt for it. Dataverse answers 401 here, which is fine.</summary>
        /// <returns>The status of the answer (401 from a real environment, 404 from a web server that is not one).</returns>
        public async Task<HttpStatusCode> KnockAsync(CancellationToken cancellationToken)
        {
            using var response = await SendOnceAsync(HttpMethod.Get, "WhoAmI", null, "GET WhoAmI", RequestTimeout, null, authenticate: false, cancellationToken).ConfigureAwait(false);
            return response.StatusCode;
        }

        /// <summary>The ids of the active accounts, every page of them.</summary>
        public async Task<IReadOnlyList<Guid>> ListActiveAccountIdsAsync(CancellationToken cancellationToken)
        {
            var ids = new List<Guid>();
            string? next = "accounts?$select=accountid&$filter=statecode%20eq%200";
            while (next is not null)
            {
                using var json = await SendAsync(HttpMethod.Get, next, null, "GET accounts", safeToResend: true, retryConnectionFailures: true, RequestTimeout, PageSize, cancellationToken).ConfigureAwait(false);
                var root = Required(json, "GET accounts").RootElement;
                foreach (var row in Rows(root, "GET accounts"))
                {
                    ids.Add(GuidOf(row, "accountid", "GET accounts"));
                }

                // The next link is absolute and carries the paging cookie; it is followed as given.
                next = root.TryGetProperty("@odata.nextLink", out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;
            }

            return ids;
        }

        /// <summary>csx_healthcalculatedon of the given accounts (null when never calculated); accounts that no longer
        /// exist are absent from the answer.</summary>
        public async Task<IReadOnlyDictionary<Guid, DateTimeOffset?>> ReadHealthCalculatedOnAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
        {
            var stamps = new Dictionary<Guid, DateTimeOffset?>();
            foreach (var chunk in accountIds.Chunk(IdsPerRead))
            {
                var filter = string.Join(" or ", chunk.Select(id => "accountid eq " + id.ToString("D")));
                var query = "accounts?$select=accountid,csx_healthcalculatedon&$filter=" + Uri.EscapeDataString(filter);
                using var json = await SendAsync(HttpMethod.Get, query, null, "GET accounts (csx_healthcalculatedon)", safeToResend: true, retryConnectionFailures: true, RequestTimeout, PageSize, cancellationToken).ConfigureAwait(false);
                foreach (var row in Rows(Required(json, "GET accounts").RootElement, "GET accounts"))
                {
                    stamps[GuidOf(row, "accountid", "GET accounts")] = DateOf(row, "csx_healthcalculatedon");
                }
            }

            return stamps;
        }

        public async Task<DateTimeOffset?> ReadHealthCalculatedOnAsync(Guid accountId, CancellationToken cancellationToken)
        {
            var operation = $"GET accounts({accountId:D})";
            using var json = await SendAsync(HttpMethod.Get, $"accounts({accountId:D})?$select=csx_healthcalculatedon", null, operation, safeToResend: true, retryConnectionFailures: true, RequestTimeout, null, cancellationToken).ConfigureAwait(false);
            return DateOf(Required(json, operation).RootElement, "csx_healthcalculatedon");
        }

        /// <summary>csx_Sweep. Not resent after a lost answer: a second sweep would not redo anything, but it would
        /// report different counts, and the counts are the result.</summary>
        public async Task<SweepCounts> SweepAsync(CancellationToken cancellationToken)
        {
            using var json = await SendAsync(HttpMethod.Post, "csx_Sweep", "{}", "POST csx_Sweep", safeToResend: false, retryConnectionFailures: true, RequestTimeout, null, cancellationToken).ConfigureAwait(false);
            var root = Required(json, "POST csx_Sweep").RootElement;
            return new SweepCounts(
                IntOf(root, "OverdueOnboardingCount", "POST csx_Sweep"),
                IntOf(root, "OverdueQbrCount", "POST csx_Sweep"),
                IntOf(root, "NearingBreachCount", "POST csx_Sweep"),
                IntOf(root, "BreachedCount", "POST csx_Sweep"));
        }

        /// <summary>csx_ComputeKpis for the days from <paramref name="periodStart"/> to <paramref name="periodLastDay"/>, both
        /// included (the API's PeriodEnd is the last day of the period, as the solution declares it); returns the id of
        /// the snapshot written. Resent after a lost answer, because the server upserts the one snapshot of the period:
        /// twice gives the same row.</summary>
        public async Task<Guid> ComputeKpisAsync(DateTime periodStart, DateTime periodLastDay, CancellationToken cancellationToken)
        {
            var body = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["PeriodStart"] = periodStart.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["PeriodEnd"] = periodLastDay.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            });
            using var json = await SendAsync(HttpMethod.Post, "csx_ComputeKpis", body, "POST csx_ComputeKpis", safeToResend: true, retryConnectionFailures: true, RequestTimeout, null, cancellationToken).ConfigureAwait(false);
            var root = Required(json, "POST csx_ComputeKpis").RootElement;
            if (!root.TryGetProperty("Snapshot", out var snapshot) || snapshot.ValueKind != JsonValueKind.Object)
            {
                throw Malformed("POST csx_ComputeKpis", "no Snapshot in the answer");
            }

            return GuidOf(snapshot, "csx_kpisnapshotid", "POST csx_ComputeKpis");
        }

        /// <summary>csx_RecalculateHealth bound to the account; the score in force afterwards (null when the account has
        /// no data to score). Never resent blindly: the caller checks csx_healthcalculatedon after a lost answer.</summary>
        public async Task<int?> RecalculateHealthAsync(Guid accountId, CancellationToken cancellationToken)
        {
            var operation = $"POST accounts({accountId:D})/Microsoft.Dynamics.CRM.csx_RecalculateHealth";
            using var json = await SendAsync(HttpMethod.Post, $"accounts({accountId:D})/Microsoft.Dynamics.CRM.csx_RecalculateHealth", "{}", operation, safeToResend: false, retryConnectionFailures: true, RequestTimeout, null, cancellationToken).ConfigureAwait(false);
            if (json is null || !json.RootElement.TryGetProperty("Score", out var score) || score.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return score.ValueKind == JsonValueKind.Number && score.TryGetInt32(out var value) ? value : throw Malformed(operation, "Score is not an integer");
        }

        /// <summary>ImportSolution, synchronously. Not resent after a lost answer: the import may still be running, and a
        /// second one would wait on or fail against it; the import job id lets an admin find it in the solution history.</summary>
        public async Task ImportSolutionAsync(byte[] solutionZip, Guid importJobId, CancellationToken cancellationToken)
        {
            var body = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["OverwriteUnmanagedCustomizations"] = true,
                ["PublishWorkflows"] = true,
                ["CustomizationFile"] = Convert.ToBase64String(solutionZip),
                ["ImportJobId"] = importJobId.ToString("D"),
            });
            using var json = await SendAsync(HttpMethod.Post, "ImportSolution", body, "POST ImportSolution", safeToResend: false, retryConnectionFailures: true, ImportTimeout, null, cancellationToken).ConfigureAwait(false);
        }

        public void Dispose()
        {
            _http.Dispose();
            _inFlight.Dispose();
        }

        private async Task<JsonDocument?> SendAsync(HttpMethod method, string relativeUrl, string? jsonBody, string operation, bool safeToResend, bool retryConnectionFailures, TimeSpan timeout, int? pageSize, CancellationToken cancellationToken)
        {
            await _inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var response = await _retry.ExecuteAsync(
                    token => SendOnceAsync(method, relativeUrl, jsonBody, operation, timeout, pageSize, authenticate: true, token),
                    safeToResend,
                    retryConnectionFailures,
                    cancellationToken).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw Failure(response, text, operation);
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                try
                {
                    return JsonDocument.Parse(text);
                }
                catch (JsonException error)
                {
                    throw Malformed(operation, "the answer is not JSON (" + error.Message + ")");
                }
            }
            finally
            {
                _inFlight.Release();
            }
        }

        private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string relativeUrl, string? jsonBody, string operation, TimeSpan timeout, int? pageSize, bool authenticate, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(method, relativeUrl);
            request.Headers.Add("OData-MaxVersion", "4.0");
            request.Headers.Add("OData-Version", "4.0");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (pageSize is { } size)
            {
                request.Headers.Add("Prefer", "odata.maxpagesize=" + size.ToString(CultureInfo.InvariantCulture));
            }

            if (authenticate && _tokens is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
            }

            if (jsonBody is not null)
            {
                request.Content = new StringContent(jsonBody, new UTF8Encoding(false), "application/json");
            }

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            }
            catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.NameResolutionError)
            {
                throw new EnvironmentUnreachableException(Environment, $"the host name {Environment.Root.Host} is not known ({error.Message})", worthRetrying: false, error);
            }
            catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.SecureConnectionError)
            {
                throw new EnvironmentUnreachableException(Environment, $"the secure connection failed ({Innermost(error).Message})", worthRetrying: false, error);
            }
            catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.ConnectionError)
            {
                throw new EnvironmentUnreachableException(Environment, $"no connection could be made ({Innermost(error).Message})", worthRetrying: true, error);
            }
            catch (HttpRequestException error)
            {
                // Anything after the connection was made (the connection reset, the answer cut short) may have
                // happened after the server acted on the request.
                throw new RequestOutcomeUnknownException(operation, error);
            }
            catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
            {
                throw new RequestOutcomeUnknownException(operation, new TimeoutException($"no answer within {timeout.TotalSeconds:0} s", error));
            }
        }

        private static Exception Innermost(Exception error)
        {
            while (error.InnerException is not null)
            {
                error = error.InnerException;
            }

            return error;
        }

        private static DataverseApiException Failure(HttpResponseMessage response, string body, string operation)
        {
            string? code = null;
            string? message = null;
            try
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                {
                    code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                    message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                }
            }
            catch (JsonException)
            {
                // Not Dataverse's error shape (a gateway's HTML page, an empty 401): the status line says what there is.
            }

            return new DataverseApiException(response.StatusCode, code, message ?? $"{(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}", operation);
        }

        private static JsonDocument Required(JsonDocument? json, string operation) =>
            json ?? throw Malformed(operation, "the answer is empty");

        private static IEnumerable<JsonElement> Rows(JsonElement root, string operation) =>
            root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray()
                : throw Malformed(operation, "no value array in the answer");

        private static Guid GuidOf(JsonElement element, string name, string operation) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
                ? id
                : throw Malformed(operation, $"{name} is missing or not a GUID");

        private static int IntOf(JsonElement element, string name, string operation) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
                ? number
                : throw Malformed(operation, $"{name} is missing or not an integer");

        private static DateTimeOffset? DateOf(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date
                : null;

        private static DataverseApiException Malformed(string operation, string what) =>
            new(HttpStatusCode.OK, null, $"{operation}: unexpected answer, {what}", operation);
    }
}
