using System.Collections.Generic;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>One <c>attribute</c> element of an Entity.xml, system or custom, before it is written.</summary>
    internal sealed record AttributeSpec(string LogicalName, string Type, Label DisplayName, Label Description)
    {
        public string RequiredLevel { get; init; } = "none";
        public string DisplayMask { get; init; } = "ValidForAdvancedFind|ValidForForm|ValidForGrid";
        public string ImeMode { get; init; } = "auto";
        public bool ValidForCreate { get; init; } = true;
        public bool ValidForRead { get; init; } = true;
        public bool ValidForUpdate { get; init; } = true;
        public bool IsCustomField { get; init; } = true;
        public bool IsAuditEnabled { get; init; } = true;
        public bool IsSecured { get; init; }
        public bool IsSearchable { get; init; }
        public bool IsFilterable { get; init; } = true;

        /// <summary>Type-specific children (Format, MaxLength, optionset...), in export order.</summary>
        public IReadOnlyList<XElement> Specific { get; init; } = new List<XElement>();
    }
}
