using System.Collections.Generic;

namespace Dataverse.Emulator.Query
{
    /// <summary>A filter resolved against metadata.</summary>
    internal sealed class BoundFilter
    {
        public bool IsOr { get; set; }
        public List<BoundCondition> Conditions { get; } = new List<BoundCondition>();
        public List<BoundFilter> Filters { get; } = new List<BoundFilter>();
        public List<BoundExists> Exists { get; } = new List<BoundExists>();

        public bool IsEmpty => Conditions.Count == 0 && Filters.Count == 0 && Exists.Count == 0;
    }
}
