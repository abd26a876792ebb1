using System;
using System.Collections.Generic;
using CsExtension.Rules.Health;

namespace CsExtension.Rules.Growth
{
    /// <summary>What the signals look at for one account.</summary>
    public sealed class SignalInputs
    {
        public DateTime Now { get; set; }

        /// <summary>The health band in force; null when the account has no score yet.</summary>
        public HealthBand? Band { get; set; }

        /// <summary>The health score in force; null when none.</summary>
        public int? Score { get; set; }

        /// <summary>The account's ARR (sum of its active contracts, as the ledger keeps it).</summary>
        public decimal Arr { get; set; }

        /// <summary>The latest usage snapshots, newest first (the first two are used).</summary>
        public IReadOnlyList<UsageReading> Usage { get; set; } = Array.Empty<UsageReading>();

        /// <summary>The account's active contracts (at least those ending within the renewal window).</summary>
        public IReadOnlyList<ExpiringContract> Contracts { get; set; } = Array.Empty<ExpiringContract>();
    }
}
