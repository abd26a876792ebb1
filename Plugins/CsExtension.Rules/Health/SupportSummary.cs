namespace CsExtension.Rules.Health
{
    /// <summary>The account's open customer requests, counted (never listed: the cost must not grow with history).</summary>
    public sealed class SupportSummary
    {
        public SupportSummary(int openCritical, int openHigh, int openBreached)
        {
            OpenCritical = openCritical;
            OpenHigh = openHigh;
            OpenBreached = openBreached;
        }

        public int OpenCritical { get; }
        public int OpenHigh { get; }

        /// <summary>Open requests whose SLA is breached.</summary>
        public int OpenBreached { get; }
    }
}
