using System.Collections.Generic;
using System.Linq;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>Short constructors so the model reads like the design's column lists.</summary>
    public static class Columns
    {
        /// <summary>Whole numbers span the platform's int range unless a column says otherwise.</summary>
        public const int IntMin = -2147483648;
        public const int IntMax = 2147483647;

        /// <summary>The platform's limits of a currency column.</summary>
        public const decimal MoneyMin = -922337203685477m;
        public const decimal MoneyMax = 922337203685477m;

        public static Column Text(string name, Label display, Label description, int maxLength = 100) =>
            new(name, ColumnType.Text, display, description) { MaxLength = maxLength };

        public static Column Url(string name, Label display, Label description, int maxLength = 500) =>
            new(name, ColumnType.Url, display, description) { MaxLength = maxLength };

        public static Column Memo(string name, Label display, Label description, int maxLength = 2000) =>
            new(name, ColumnType.MultilineText, display, description) { MaxLength = maxLength };

        public static Column WholeNumber(string name, Label display, Label description, int min = 0, int max = IntMax) =>
            new(name, ColumnType.WholeNumber, display, description) { MinValue = min, MaxValue = max };

        public static Column Decimal(string name, Label display, Label description, decimal min, decimal max, int precision = 2) =>
            new(name, ColumnType.Decimal, display, description) { MinValue = min, MaxValue = max, Precision = precision };

        public static Column Currency(string name, Label display, Label description, decimal min = MoneyMin, decimal max = MoneyMax) =>
            new(name, ColumnType.Currency, display, description) { MinValue = min, MaxValue = max, Precision = 2 };

        public static Column DateOnly(string name, Label display, Label description) =>
            new(name, ColumnType.DateOnly, display, description);

        public static Column DateAndTime(string name, Label display, Label description) =>
            new(name, ColumnType.DateAndTime, display, description);

        public static Column YesNo(string name, Label display, Label description, bool defaultValue = false) =>
            new(name, ColumnType.YesNo, display, description) { Default = defaultValue ? 1 : 0 };

        public static Column Choice(string name, Label display, Label description, string globalChoice) =>
            new(name, ColumnType.Choice, display, description) { ChoiceName = globalChoice };

        public static Column Choice(string name, Label display, Label description, IReadOnlyList<ChoiceOption> options) =>
            new(name, ColumnType.Choice, display, description) { Options = options };

        public static Column Choices(string name, Label display, Label description, IReadOnlyList<ChoiceOption> options) =>
            new(name, ColumnType.Choices, display, description) { Options = options };

        public static Column Lookup(string name, Label display, Label description, string target) =>
            new(name, ColumnType.Lookup, display, description) { LookupTarget = target };

        /// <summary>Options numbered from the publisher's first value (615300000) in the order given.</summary>
        public static IReadOnlyList<ChoiceOption> Numbered(params Label[] labels) =>
            labels.Select((label, index) => new ChoiceOption(SolutionIdentity.FirstOptionValue + index, label)).ToList();
    }
}
