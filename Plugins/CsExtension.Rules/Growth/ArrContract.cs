using System;

namespace CsExtension.Rules.Growth
{
    /// <summary>An active contract as the ledger sees it: its ARR and, for a renewal, the contract it replaces
    /// (the platform's originatingcontract).</summary>
    public sealed class ArrContract
    {
        public ArrContract(Guid id, decimal arr, Guid? replaces = null)
        {
            Id = id;
            Arr = arr;
            Replaces = replaces;
        }

        public Guid Id { get; }

        public decimal Arr { get; }

        public Guid? Replaces { get; }
    }
}
