using System.Collections.Generic;
using System.Threading;

namespace Dataverse.WebApi
{
    /// <summary>Faults a client must survive, injected by request number: requests under /api/data/ are numbered from
    /// 1 in arrival order. A throttled request is answered 429 with Retry-After and not processed, like a
    /// service-protection limit; a dropped one is processed and then its connection is aborted with no response, so
    /// the client cannot tell whether it happened.</summary>
    public sealed class FaultInjection
    {
        private int _requestCount;

        public ISet<int> Throttle { get; } = new HashSet<int>();

        public ISet<int> DropAfterProcessing { get; } = new HashSet<int>();

        public int RetryAfterSeconds { get; init; } = 1;

        public int RequestCount => Volatile.Read(ref _requestCount);

        internal int Next() => Interlocked.Increment(ref _requestCount);

        internal bool IsThrottled(int request)
        {
            lock (Throttle)
            {
                return Throttle.Contains(request);
            }
        }

        internal bool IsDropped(int request)
        {
            lock (DropAfterProcessing)
            {
                return DropAfterProcessing.Contains(request);
            }
        }
    }
}
