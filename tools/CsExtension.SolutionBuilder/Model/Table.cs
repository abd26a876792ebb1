using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>
    /// A table of the solution. A custom table (<see cref="IsStandard"/> false) is user-owned and gets the system
    /// columns of a new table; a standard table appears with only the columns the solution adds.
    /// </summary>
    public sealed record Table(string LogicalName, string SchemaName, Label DisplayName, Label PluralName, Label Description)
    {
        public bool IsStandard { get; init; }

        /// <summary>The OData entity set name: the plural logical name.</summary>
        public string EntitySetName { get; init; } = LogicalName + "s";

        public IReadOnlyList<Column> Columns { get; init; } = new List<Column>();

        /// <summary>Status reasons of a custom table; empty means the default Active (1) / Inactive (2).</summary>
        public IReadOnlyList<StatusReason> StatusReasons { get; init; } = new List<StatusReason>();

        public IReadOnlyList<AlternateKey> Keys { get; init; } = new List<AlternateKey>();

        /// <summary>The id column of a custom table.</summary>
        public string PrimaryIdName => LogicalName + "id";
    }
}
