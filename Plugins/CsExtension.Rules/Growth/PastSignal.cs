using System;

namespace CsExtension.Rules.Growth
{
    /// <summary>A signal opportunity that exists for the account: open, or closed (won or lost) on <see cref="ClosedOn"/>.
    /// These are the signals' memory: a signal has fired while one of its type is open or closed within the cool-down.</summary>
    public sealed class PastSignal
    {
        public PastSignal(Guid opportunityId, SignalType type, bool isOpen, DateTime? closedOn, decimal? value = null, string? detail = null, int? score = null)
        {
            OpportunityId = opportunityId;
            Type = type;
            IsOpen = isOpen;
            ClosedOn = closedOn;
            Value = value;
            Detail = detail;
            Score = score;
        }

        public Guid OpportunityId { get; }

        public SignalType Type { get; }

        public bool IsOpen { get; }

        /// <summary>When a closed one was closed (actualclosedate, else its last modification).</summary>
        public DateTime? ClosedOn { get; }

        public decimal? Value { get; }

        public string? Detail { get; }

        public int? Score { get; }
    }
}
