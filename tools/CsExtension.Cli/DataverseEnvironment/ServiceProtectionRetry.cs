using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>Retries what Dataverse asks to be retried. A 429 is a service-protection limit: the request was not
    /// processed and the server says in Retry-After how long to wait, and waiting less only earns another 429 and
    /// extends the penalty. 503 means the same without always saying how long, so it falls back to exponential backoff.</summary>
    public sealed class ServiceProtectionRetry
    {
        /// <summary>Retries after the first try; Dataverse's limits are evaluated over 5-minute windows, so a handful of
        /// waits is enough for a request to get through once the pressure drops.</summary>
        public const int MaxRetries = 8;

        /// <summary>Refused connections are retried only a few times: a server that is down for longer than that is an
        /// outage to report, not something to wait out silently.</summary>
        public const int MaxConnectionRetries = 3;

        private static readonly ResiliencePropertyKey<bool> SafeToResendKey = new("csx.safe-to-resend");
        private static readonly ResiliencePropertyKey<bool> RetryConnectionFailuresKey = new("csx.retry-connection-failures");

        private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
        private readonly TimeProvider _time;
        private int _waits;

        /// <param name="time">The clock the waits run on (tests give one that records them instead of sleeping).</param>
        /// <param name="onRetry">Told each wait before it starts, so a long pause does not look like a hang.</param>
        public ServiceProtectionRetry(TimeProvider time, Action<string>? onRetry)
        {
            _time = time;
            var options = new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(60),
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context, arguments.AttemptNumber)),
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result is { } response ? ServerRequestedDelay(response) : null),
                OnRetry = arguments =>
                {
                    Interlocked.Increment(ref _waits);
                    onRetry?.Invoke($"{Describe(arguments.Outcome)}: waiting {Seconds(arguments.RetryDelay)} before retry {arguments.AttemptNumber + 1} of {MaxRetries}");
                    return ValueTask.CompletedTask;
                },
            };
            _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddRetry(options).Build();
        }

        /// <summary>How many times a request waited and went again (for the summary line).</summary>
        public int Waits => Volatile.Read(ref _waits);

        /// <param name="send">Builds and sends a fresh request each time (a sent HttpRequestMessage cannot be sent again).</param>
        /// <param name="safeToResend">Whether doing it twice does no harm (reads, upserts): then a request whose outcome is
        /// unknown is simply sent again; otherwise <see cref="RequestOutcomeUnknownException"/> reaches the caller, who must find out first.</param>
        /// <param name="retryConnectionFailures">False for the first contact, where a refused connection most likely means a wrong --url.</param>
        public async Task<HttpResponseMessage> ExecuteAsync(Func<CancellationToken, Task<HttpResponseMessage>> send, bool safeToResend, bool retryConnectionFailures, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(SafeToResendKey, safeToResend);
            context.Properties.Set(RetryConnectionFailuresKey, retryConnectionFailures);
            try
            {
                return await _pipeline.ExecuteAsync(static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false), context, send).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attemptNumber)
        {
            if (outcome.Result is { } response)
            {
                return response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;
            }

            return outcome.Exception switch
            {
                EnvironmentUnreachableException unreachable => unreachable.WorthRetrying
                    && context.Properties.GetValue(RetryConnectionFailuresKey, true)
                    && attemptNumber < MaxConnectionRetries,
                RequestOutcomeUnknownException => context.Properties.GetValue(SafeToResendKey, false),
                _ => false,
            };
        }

        private TimeSpan? ServerRequestedDelay(HttpResponseMessage response)
        {
            var retryAfter = response.Headers.RetryAfter;
            if (retryAfter?.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter?.Date is { } date)
            {
                var wait = date - _time.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            // A fractional "Retry-After: 1.5" is not valid HTTP, so HttpClient does not parse it; honour it anyway.
            if (response.Headers.NonValidated.TryGetValues("Retry-After", out var raw)
                && double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            return null;
        }

        private static string Describe(Outcome<HttpResponseMessage> outcome) =>
            outcome.Result is { } response
                ? $"{(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}" + (response.Headers.RetryAfter is null && !response.Headers.NonValidated.Contains("Retry-After") ? " (no Retry-After)" : " (Retry-After)")
                : outcome.Exception?.Message ?? "failed";

        private static string Seconds(TimeSpan delay) => delay.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
    }
}
