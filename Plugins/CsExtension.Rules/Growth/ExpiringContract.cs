using System;

namespace CsExtension.Rules.Growth
{
    /// <summary>An active contract with its end date and ARR, for the renewal upgrade.</summary>
    public sealed class ExpiringContract
    {
        public ExpiringContract(DateTime expiresOn, decimal arr)
        {
            ExpiresOn = expiresOn;
            Arr = arr;
        }

        public DateTime ExpiresOn { get; }

        public decimal Arr { get; }
    }
}
