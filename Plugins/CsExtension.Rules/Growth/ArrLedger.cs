using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.Rules.Growth
{
    /// <summary>The ARR ledger of DESIGN §5. An account's ARR is the sum of its active contracts; a contract event moves it
    /// from the total before the event to the total after it, and the ledger records that move once:
    /// <list type="bullet">
    /// <item>equal totals record nothing, so a replayed event (or one that does not touch ARR) writes nothing twice;</item>
    /// <item>from 0: New when the account never had ARR, Reactivation when it had (it churned before);</item>
    /// <item>up: Expansion; down but above 0: Contraction; down to 0: Churn.</item>
    /// </list>
    /// Renewals: a contract whose <see cref="ArrContract.Replaces"/> names another active contract replaces it, and the
    /// replaced one no longer counts. Both orders give one movement of the difference:
    /// <list type="bullet">
    /// <item>the renewal is activated while the old one is still active: the total moves from old to new ARR at once
    /// (a larger renewal is one Expansion, a smaller one one Contraction, an equal one nothing);</item>
    /// <item>the old one ends (expires or is cancelled) after its renewal is active: it had already stopped counting, so
    /// the total does not move and nothing is recorded.</item>
    /// </list>
    /// When the old contract ends before its renewal is activated, the account really has no active contract in between:
    /// the ledger records a Churn when the old one ends (if it was the last) and a Reactivation when the renewal starts.
    /// Activate renewals before the old contract ends to keep the gap out of the ledger.</summary>
    public static class ArrLedger
    {
        /// <summary>The account's ARR: the sum of its active contracts, leaving out each contract replaced by an active renewal.</summary>
        /// <param name="activeContracts">The account's active contracts (each once).</param>
        public static decimal AccountArr(IEnumerable<ArrContract> activeContracts)
        {
            if (activeContracts == null) throw new ArgumentNullException(nameof(activeContracts));
            var contracts = activeContracts.ToList();
            var replaced = new HashSet<Guid>(contracts.Where(c => c.Replaces.HasValue && c.Replaces.Value != c.Id).Select(c => c.Replaces!.Value));
            return contracts.Where(c => !replaced.Contains(c.Id)).Sum(c => c.Arr);
        }

        /// <summary>The movement from <paramref name="before"/> to <paramref name="after"/>, or null when there is none.</summary>
        /// <param name="before">The account's ARR before the event.</param>
        /// <param name="after">The account's ARR after the event.</param>
        /// <param name="everHadArr">Whether the account ever had ARR before (any earlier movement): decides New or Reactivation.</param>
        public static ArrMovement? Classify(decimal before, decimal after, bool everHadArr)
        {
            if (before < 0) throw new ArgumentOutOfRangeException(nameof(before), before, "ARR cannot be negative.");
            if (after < 0) throw new ArgumentOutOfRangeException(nameof(after), after, "ARR cannot be negative.");
            if (before == after) return null;

            ArrMovementKind kind;
            if (before == 0)
            {
                kind = everHadArr ? ArrMovementKind.Reactivation : ArrMovementKind.New;
            }
            else if (after > before)
            {
                kind = ArrMovementKind.Expansion;
            }
            else
            {
                kind = after == 0 ? ArrMovementKind.Churn : ArrMovementKind.Contraction;
            }

            return new ArrMovement(kind, before, after);
        }
    }
}
