using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>Turns model columns into attribute specs and writes them in the element order of real exports.</summary>
    internal static class AttributeWriter
    {
        public const string IntroducedVersion = "1.0.0.0";

        public static XElement Write(AttributeSpec spec) => new("attribute",
            new XAttribute("PhysicalName", spec.LogicalName),
            new XElement("Type", spec.Type),
            new XElement("Name", spec.LogicalName),
            new XElement("LogicalName", spec.LogicalName),
            new XElement("RequiredLevel", spec.RequiredLevel),
            new XElement("DisplayMask", spec.DisplayMask),
            new XElement("ImeMode", spec.ImeMode),
            new XElement("ValidForUpdateApi", Flag(spec.ValidForUpdate)),
            new XElement("ValidForReadApi", Flag(spec.ValidForRead)),
            new XElement("ValidForCreateApi", Flag(spec.ValidForCreate)),
            new XElement("IsCustomField", Flag(spec.IsCustomField)),
            new XElement("IsAuditEnabled", Flag(spec.IsAuditEnabled)),
            new XElement("IsSecured", Flag(spec.IsSecured)),
            new XElement("IntroducedVersion", IntroducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("IsRenameable", "1"),
            new XElement("CanModifySearchSettings", "1"),
            new XElement("CanModifyRequirementLevelSettings", Flag(spec.RequiredLevel != "systemrequired")),
            new XElement("CanModifyAdditionalSettings", "1"),
            new XElement("SourceType", "0"),
            new XElement("IsGlobalFilterEnabled", "0"),
            new XElement("IsSortableEnabled", "0"),
            new XElement("CanModifyGlobalFilterSettings", "1"),
            new XElement("CanModifyIsSortableSettings", "1"),
            new XElement("IsDataSourceSecret", "0"),
            new XElement("AutoNumberFormat", string.Empty),
            new XElement("IsSearchable", Flag(spec.IsSearchable)),
            new XElement("IsFilterable", Flag(spec.IsFilterable)),
            new XElement("IsRetrievable", "1"),
            new XElement("IsLocalizable", "0"),
            spec.Specific,
            Labels("displaynames", "displayname", spec.DisplayName),
            Labels("Descriptions", "Description", spec.Description));

        /// <summary>The attribute(s) a column becomes: a currency column also has its "_base" amount in base currency.</summary>
        public static IEnumerable<AttributeSpec> Specs(Table table, Column column)
        {
            var spec = new AttributeSpec(column.LogicalName, TypeName(column), column.DisplayName, column.Description)
            {
                RequiredLevel = column.Requirement switch
                {
                    Requirement.Required => "required",
                    Requirement.Recommended => "recommended",
                    _ => "none",
                },
                DisplayMask = column.IsPrimaryName
                    ? "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm"
                    : "ValidForAdvancedFind|ValidForForm|ValidForGrid",
                IsSecured = column.IsSecured,
                IsSearchable = column.IsPrimaryName,
                Specific = Specific(table, column).ToList(),
            };
            yield return spec;

            if (column.Type == ColumnType.Currency)
            {
                yield return new AttributeSpec(column.LogicalName + "_base", "money",
                    new Label(column.DisplayName.English + " (Base)", column.DisplayName.Japanese + " (基本通貨)"),
                    new Label($"{column.DisplayName.English} in the organization's base currency.", $"組織の基本通貨での{column.DisplayName.Japanese}。"))
                {
                    ValidForCreate = false,
                    ValidForUpdate = false,
                    IsAuditEnabled = false,
                    IsSecured = column.IsSecured,
                    Specific = new List<XElement>
                    {
                        new("CalculationOf", column.LogicalName),
                        new("MinValue", Number(column.MinValue ?? Columns.MoneyMin)),
                        new("MaxValue", Number(column.MaxValue ?? Columns.MoneyMax)),
                        new("Accuracy", "4"),
                        new("AccuracySource", "2"),
                    },
                };
            }
        }

        public static string TypeName(Column column) => column.Type switch
        {
            ColumnType.Text or ColumnType.Url => "nvarchar",
            ColumnType.MultilineText => "ntext",
            ColumnType.WholeNumber => "int",
            ColumnType.Decimal => "decimal",
            ColumnType.Currency => "money",
            ColumnType.DateOnly or ColumnType.DateAndTime => "datetime",
            ColumnType.YesNo => "bit",
            ColumnType.Choice => "picklist",
            ColumnType.Choices => "multiselectpicklist",
            ColumnType.Lookup => "lookup",
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
        };

        private static IEnumerable<XElement> Specific(Table table, Column column)
        {
            switch (column.Type)
            {
                case ColumnType.Text:
                case ColumnType.Url:
                    yield return new XElement("Format", column.Type == ColumnType.Url ? "url" : "text");
                    yield return new XElement("MaxLength", Number(column.MaxLength ?? 100));
                    yield return new XElement("Length", Number(2 * (column.MaxLength ?? 100)));
                    break;
                case ColumnType.MultilineText:
                    yield return new XElement("Format", "text");
                    yield return new XElement("MaxLength", Number(column.MaxLength ?? 2000));
                    break;
                case ColumnType.WholeNumber:
                    yield return new XElement("Format", "none");
                    yield return new XElement("MinValue", Number(column.MinValue ?? Columns.IntMin));
                    yield return new XElement("MaxValue", Number(column.MaxValue ?? Columns.IntMax));
                    break;
                case ColumnType.Decimal:
                    yield return new XElement("MinValue", Number(column.MinValue ?? -100000000000m));
                    yield return new XElement("MaxValue", Number(column.MaxValue ?? 100000000000m));
                    yield return new XElement("Accuracy", Number(column.Precision ?? 2));
                    break;
                case ColumnType.Currency:
                    yield return new XElement("MinValue", Number(column.MinValue ?? Columns.MoneyMin));
                    yield return new XElement("MaxValue", Number(column.MaxValue ?? Columns.MoneyMax));
                    yield return new XElement("Accuracy", Number(column.Precision ?? 2));
                    // 2: the precision of the row's currency, as the maker portal sets for new currency columns.
                    yield return new XElement("AccuracySource", "2");
                    break;
                case ColumnType.DateOnly:
                    yield return new XElement("Format", "date");
                    yield return new XElement("CanChangeDateTimeBehavior", "0");
                    // 2 = DateOnly: a calendar date, no time zone conversion (a due date is the same day everywhere).
                    yield return new XElement("Behavior", "2");
                    break;
                case ColumnType.DateAndTime:
                    yield return new XElement("Format", "datetime");
                    yield return new XElement("CanChangeDateTimeBehavior", "1");
                    // 1 = UserLocal: stored in UTC, shown in the user's time zone.
                    yield return new XElement("Behavior", "1");
                    break;
                case ColumnType.YesNo:
                    yield return new XElement("AppDefaultValue", Number((int)(column.Default ?? 0)));
                    yield return OptionSet(table, column, "bit", new[]
                    {
                        new ChoiceOption(0, new Label("No", "いいえ")),
                        new ChoiceOption(1, new Label("Yes", "はい")),
                    });
                    break;
                case ColumnType.Choice:
                case ColumnType.Choices:
                    yield return new XElement("AppDefaultValue", Number(column.Default is { } choiceDefault ? (int)choiceDefault : -1));
                    if (column.ChoiceName is not null)
                    {
                        yield return new XElement("OptionSetName", column.ChoiceName);
                    }
                    else
                    {
                        yield return OptionSet(table, column, "picklist", column.Options ?? Array.Empty<ChoiceOption>());
                    }

                    break;
                case ColumnType.Lookup:
                    yield return new XElement("LookupStyle", "single");
                    // The target is stated by the 1:N relationship (Other/Relationships), as exports leave this empty.
                    yield return new XElement("LookupTypes");
                    break;
            }
        }

        private static XElement OptionSet(Table table, Column column, string type, IEnumerable<ChoiceOption> options) =>
            new("optionset",
                new XAttribute("Name", table.LogicalName + "_" + column.LogicalName),
                new XElement("OptionSetType", type),
                new XElement("IntroducedVersion", IntroducedVersion),
                new XElement("IsCustomizable", "1"),
                Labels("displaynames", "displayname", column.DisplayName),
                Labels("Descriptions", "Description", column.Description),
                new XElement("options", options.Select(Option)));

        public static XElement Option(ChoiceOption option) =>
            new("option", new XAttribute("value", Number(option.Value)), Labels("labels", "label", option.Label));
    }
}
