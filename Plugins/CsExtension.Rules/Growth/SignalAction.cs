using System;

namespace CsExtension.Rules.Growth
{
    /// <summary>What to write for one signal: a new opportunity (<see cref="OpportunityId"/> null) or new figures on the
    /// open one.</summary>
    public sealed class SignalAction
    {
        public SignalAction(ExpansionSignal signal, Guid? opportunityId)
        {
            Signal = signal;
            OpportunityId = opportunityId;
        }

        public ExpansionSignal Signal { get; }

        public Guid? OpportunityId { get; }

        public bool IsNew => !OpportunityId.HasValue;
    }
}
