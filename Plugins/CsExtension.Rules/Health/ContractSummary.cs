using System;

namespace CsExtension.Rules.Health
{
    /// <summary>The account's current contracts. Null (not this) when it has none active or on hold.</summary>
    public sealed class ContractSummary
    {
        public ContractSummary(int activeCount, int onHoldCount, DateTime? nextExpiry, bool hasOpenRenewalOpportunity, bool lastArrMovementWasContraction)
        {
            ActiveCount = activeCount;
            OnHoldCount = onHoldCount;
            NextExpiry = nextExpiry;
            HasOpenRenewalOpportunity = hasOpenRenewalOpportunity;
            LastArrMovementWasContraction = lastArrMovementWasContraction;
        }

        public int ActiveCount { get; }
        public int OnHoldCount { get; }

        /// <summary>The earliest end date among the active contracts.</summary>
        public DateTime? NextExpiry { get; }
        public bool HasOpenRenewalOpportunity { get; }
        public bool LastArrMovementWasContraction { get; }
    }
}
