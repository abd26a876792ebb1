using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.Emulator.Metadata
{
    /// <summary>One column of a table, with what the platform checks on writes: type, lookup targets, length,
    /// range, requirement level, choice options and (for statuscode) the state each status belongs to.</summary>
    public sealed record ColumnDefinition
    {
        private static readonly IReadOnlyDictionary<int, string> NoOptions = new Dictionary<int, string>();
        private static readonly IReadOnlyDictionary<int, int> NoStatusStates = new Dictionary<int, int>();

        public ColumnDefinition(string logicalName, ColumnType type)
        {
            if (string.IsNullOrWhiteSpace(logicalName))
            {
                throw new ArgumentException("A column needs a logical name.", nameof(logicalName));
            }

            LogicalName = logicalName;
            Type = type;
        }

        public string LogicalName { get; init; }
        public ColumnType Type { get; init; }
        public string? DisplayName { get; init; }

        /// <summary>Tables a Lookup, Customer or Owner column may point at (logical names).</summary>
        public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

        /// <summary>Maximum length in characters of a String or Memo column.</summary>
        public int? MaxLength { get; init; }

        /// <summary>Smallest and largest accepted value of a number column (Integer, BigInt, Decimal, Double, Money).</summary>
        public decimal? MinValue { get; init; }
        public decimal? MaxValue { get; init; }

        /// <summary>Digits after the decimal point of a Decimal, Double or Money column.</summary>
        public int? Precision { get; init; }

        public RequiredLevel RequiredLevel { get; init; } = RequiredLevel.None;

        /// <summary>Valid values of a Picklist, MultiSelectPicklist, State or Status column with their English labels.</summary>
        public IReadOnlyDictionary<int, string> Options { get; init; } = NoOptions;

        /// <summary>For a Status column: the statecode value each statuscode value belongs to.</summary>
        public IReadOnlyDictionary<int, int> StatusStates { get; init; } = NoStatusStates;

        /// <summary>Name of the global choice a Picklist or MultiSelectPicklist column uses, when it uses one.</summary>
        public string? OptionSetName { get; init; }

        /// <summary>A DateTime column with the DateOnly behaviour: a calendar day with no time zone (Edm.Date in the Web API).</summary>
        public bool IsDateOnly { get; init; }

        public bool IsValidForCreate { get; init; } = true;
        public bool IsValidForUpdate { get; init; } = true;
        public bool IsValidForRead { get; init; } = true;

        public bool IsLookup => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;
        public bool IsChoice => Type is ColumnType.Picklist or ColumnType.MultiSelectPicklist or ColumnType.State or ColumnType.Status;

        // ----- factories, so that the built-in catalog reads as a list of columns -----

        public static ColumnDefinition Text(string name, int maxLength, RequiredLevel level = RequiredLevel.None) =>
            new(name, ColumnType.String) { MaxLength = maxLength, RequiredLevel = level };

        public static ColumnDefinition Memo(string name, int maxLength) =>
            new(name, ColumnType.Memo) { MaxLength = maxLength };

        /// <summary>Whole number; the default range is the platform's for an int column (-2,147,483,648 to 2,147,483,647).</summary>
        public static ColumnDefinition Int(string name, int min = int.MinValue, int max = int.MaxValue) =>
            new(name, ColumnType.Integer) { MinValue = min, MaxValue = max };

        public static ColumnDefinition BigInt(string name) =>
            new(name, ColumnType.BigInt) { MinValue = long.MinValue, MaxValue = long.MaxValue };

        public static ColumnDefinition DecimalNumber(string name, decimal min, decimal max, int precision) =>
            new(name, ColumnType.Decimal) { MinValue = min, MaxValue = max, Precision = precision };

        public static ColumnDefinition Float(string name, decimal min, decimal max, int precision) =>
            new(name, ColumnType.Double) { MinValue = min, MaxValue = max, Precision = precision };

        /// <summary>Currency; the default range is the platform's for money (-922,337,203,685,477 to 922,337,203,685,477).</summary>
        public static ColumnDefinition Currency(string name, decimal min = -922337203685477m, decimal max = 922337203685477m, int precision = 2) =>
            new(name, ColumnType.Money) { MinValue = min, MaxValue = max, Precision = precision };

        public static ColumnDefinition YesNo(string name) => new(name, ColumnType.Boolean);

        public static ColumnDefinition Date(string name, bool readOnly = false) =>
            new(name, ColumnType.DateTime) { IsValidForCreate = !readOnly, IsValidForUpdate = !readOnly };

        public static ColumnDefinition Id(string name) =>
            new(name, ColumnType.UniqueIdentifier) { RequiredLevel = RequiredLevel.SystemRequired, IsValidForUpdate = false };

        public static ColumnDefinition Lookup(string name, params string[] targets) =>
            new(name, ColumnType.Lookup) { Targets = targets };

        /// <summary>A lookup the platform fills (createdby, owninguser, ...): readable, never writable.</summary>
        public static ColumnDefinition SystemLookup(string name, params string[] targets) =>
            new(name, ColumnType.Lookup) { Targets = targets, IsValidForCreate = false, IsValidForUpdate = false };

        public static ColumnDefinition Customer(string name, RequiredLevel level = RequiredLevel.None) =>
            new(name, ColumnType.Customer) { Targets = new[] { "account", "contact" }, RequiredLevel = level };

        public static ColumnDefinition Owner() =>
            new("ownerid", ColumnType.Owner) { Targets = new[] { "systemuser", "team" }, RequiredLevel = RequiredLevel.SystemRequired };

        public static ColumnDefinition Choice(string name, params (int Value, string Label)[] options) =>
            new(name, ColumnType.Picklist) { Options = options.ToDictionary(o => o.Value, o => o.Label) };

        public static ColumnDefinition Choices(string name, params (int Value, string Label)[] options) =>
            new(name, ColumnType.MultiSelectPicklist) { Options = options.ToDictionary(o => o.Value, o => o.Label) };

        public static ColumnDefinition VersionNumber() =>
            new("versionnumber", ColumnType.BigInt) { IsValidForCreate = false, IsValidForUpdate = false };
    }
}
