using System.Collections.Generic;

namespace Dataverse.Emulator.Query
{
    /// <summary>An and/or filter: conditions, nested filters and (FetchXML) link-entity any/not any/exists filters.</summary>
    internal sealed class FilterModel
    {
        public bool IsOr { get; set; }
        public List<ConditionModel> Conditions { get; } = new List<ConditionModel>();
        public List<FilterModel> Filters { get; } = new List<FilterModel>();
        public List<LinkModel> Links { get; } = new List<LinkModel>();

        public bool IsEmpty => Conditions.Count == 0 && Filters.Count == 0 && Links.Count == 0;
    }
}
