using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>
    /// A column the solution adds. Only what differs per column is stated; the writers fill in what every exported
    /// column of the type carries.
    /// </summary>
    public sealed record Column(string LogicalName, ColumnType Type, Label DisplayName, Label Description)
    {
        public Requirement Requirement { get; init; } = Requirement.Optional;

        /// <summary>Characters of a text column.</summary>
        public int? MaxLength { get; init; }

        public decimal? MinValue { get; init; }
        public decimal? MaxValue { get; init; }

        /// <summary>Digits after the decimal point (decimal and currency).</summary>
        public int? Precision { get; init; }

        /// <summary>The global choice of a Choice / Choices column.</summary>
        public string? ChoiceName { get; init; }

        /// <summary>The options of a Choice / Choices column that has its own (local) choice.</summary>
        public IReadOnlyList<ChoiceOption>? Options { get; init; }

        /// <summary>The table a lookup points to.</summary>
        public string? LookupTarget { get; init; }

        /// <summary>Field security: only people with a field-security profile may read or write it.</summary>
        public bool IsSecured { get; init; }

        /// <summary>The value a new row starts with: a choice value or 0/1 for yes/no (written as the app default);
        /// for numbers the design's default, which the platform cannot hold in metadata and the description states.</summary>
        public decimal? Default { get; init; }

        public bool IsPrimaryName { get; init; }

        /// <summary>A lookup whose rows belong to the referenced row: deleting the parent deletes them.</summary>
        public bool DeleteWithParent { get; init; }
    }
}
