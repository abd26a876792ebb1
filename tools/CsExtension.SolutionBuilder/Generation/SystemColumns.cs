using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>
    /// The columns the platform gives every new user-owned table (solution-format.md §2.1), written as an export
    /// writes them so the folder packs and imports like one made by the maker portal.
    /// </summary>
    internal static class SystemColumns
    {
        private static Label L(string english, string japanese) => new(english, japanese);

        private static AttributeSpec System(string name, string type, Label display, Label description) =>
            new(name, type, display, description) { IsCustomField = false, IsAuditEnabled = false };

        private static AttributeSpec ReadOnlyLookup(string name, Label display, Label description) =>
            System(name, "lookup", display, description) with
            {
                ValidForCreate = false,
                ValidForUpdate = false,
                Specific = new List<XElement> { new("LookupStyle", "single"), new("LookupTypes") },
            };

        private static AttributeSpec ReadOnlyDate(string name, Label display, Label description) =>
            System(name, "datetime", display, description) with
            {
                ImeMode = "inactive",
                ValidForCreate = false,
                ValidForUpdate = false,
                Specific = new List<XElement> { new("Format", "datetime"), new("CanChangeDateTimeBehavior", "0"), new("Behavior", "1") },
            };

        private static AttributeSpec InternalNumber(string name, Label display, Label description, int min) =>
            System(name, "int", display, description) with
            {
                DisplayMask = "ValidForAdvancedFind",
                Specific = new List<XElement> { new("Format", string.Empty), new("MinValue", Xml.Number(min)), new("MaxValue", Xml.Number(int.MaxValue)) },
            };

        public static IEnumerable<AttributeSpec> For(Table table)
        {
            var name = table.DisplayName;
            yield return System(table.PrimaryIdName, "primarykey", name, L("Unique identifier for entity instances", "エンティティ インスタンスの一意の識別子"))
                with { RequiredLevel = "systemrequired", DisplayMask = "ValidForAdvancedFind|RequiredForGrid", ValidForUpdate = false };
            yield return ReadOnlyLookup("createdby", L("Created By", "作成者"), L("Unique identifier of the user who created the record.", "レコードを作成したユーザーの一意の識別子。"));
            yield return ReadOnlyDate("createdon", L("Created On", "作成日"), L("Date and time when the record was created.", "レコードが作成された日時。"));
            yield return ReadOnlyLookup("createdonbehalfby", L("Created By (Delegate)", "作成者 (代理)"), L("Unique identifier of the delegate user who created the record.", "レコードを作成した代理ユーザーの一意の識別子。"));
            yield return InternalNumber("importsequencenumber", L("Import Sequence Number", "インポート シーケンス番号"), L("Sequence number of the import that created this record.", "このレコードを作成したインポートのシーケンス番号。"), int.MinValue)
                with { ImeMode = "disabled", ValidForUpdate = false, IsAuditEnabled = true };
            yield return ReadOnlyLookup("modifiedby", L("Modified By", "修正者"), L("Unique identifier of the user who modified the record.", "レコードを修正したユーザーの一意の識別子。"));
            yield return ReadOnlyDate("modifiedon", L("Modified On", "修正日"), L("Date and time when the record was modified.", "レコードが修正された日時。"));
            yield return ReadOnlyLookup("modifiedonbehalfby", L("Modified By (Delegate)", "修正者 (代理)"), L("Unique identifier of the delegate user who modified the record.", "レコードを修正した代理ユーザーの一意の識別子。"));
            yield return System("overriddencreatedon", "datetime", L("Record Created On", "レコード作成日"), L("Date and time that the record was migrated.", "レコードが移行された日時。"))
                with
                {
                    ImeMode = "inactive",
                    ValidForUpdate = false,
                    DisplayMask = "ValidForAdvancedFind|ValidForGrid",
                    Specific = new List<XElement> { new("Format", "date"), new("CanChangeDateTimeBehavior", "0"), new("Behavior", "1") },
                };
            yield return System("ownerid", "owner", L("Owner", "所有者"), L("Owner Id", "所有者 ID"))
                with
                {
                    RequiredLevel = "systemrequired",
                    IsAuditEnabled = true,
                    Specific = new List<XElement>
                    {
                        new("LookupStyle", "single"),
                        // 8 = systemuser, 9 = team: an owner is a user or a team.
                        new("LookupTypes",
                            new XElement("LookupType", new XAttribute("id", "00000000-0000-0000-0000-000000000000"), "8"),
                            new XElement("LookupType", new XAttribute("id", "00000000-0000-0000-0000-000000000000"), "9")),
                    },
                };
            yield return ReadOnlyLookup("owningbusinessunit", L("Owning Business Unit", "所有者部署"), L("Unique identifier for the business unit that owns the record", "レコードを所有する部署の一意の識別子"));
            yield return ReadOnlyLookup("owningteam", L("Owning Team", "所有者チーム"), L("Unique identifier for the team that owns the record.", "レコードを所有するチームの一意の識別子。"));
            yield return ReadOnlyLookup("owninguser", L("Owning User", "所有者ユーザー"), L("Unique identifier for the user that owns the record.", "レコードを所有するユーザーの一意の識別子。"));
            yield return State(table);
            yield return Status(table);
            yield return InternalNumber("timezoneruleversionnumber", L("Time Zone Rule Version Number", "タイム ゾーン規則のバージョン番号"), L("For internal use only.", "内部使用のみ。"), -1) with { DisplayMask = string.Empty };
            yield return InternalNumber("utcconversiontimezonecode", L("UTC Conversion Time Zone Code", "UTC 変換タイム ゾーン コード"), L("Time zone code that was in use when the record was created.", "レコード作成時に使用されていたタイム ゾーン コード。"), -1) with { DisplayMask = string.Empty };

            if (table.Columns.Any(c => c.Type == ColumnType.Currency))
            {
                yield return System("transactioncurrencyid", "lookup", L("Currency", "通貨"), L("Unique identifier of the currency associated with the entity.", "エンティティに関連付けられた通貨の一意の識別子。"))
                    with { IsAuditEnabled = true, Specific = new List<XElement> { new("LookupStyle", "single"), new("LookupTypes") } };
                yield return System("exchangerate", "decimal", L("Exchange Rate", "為替レート"), L("Exchange rate for the currency associated with the entity with respect to the base currency.", "基本通貨に対する、エンティティに関連付けられた通貨の為替レート。"))
                    with
                    {
                        ValidForCreate = false,
                        ValidForUpdate = false,
                        Specific = new List<XElement> { new("MinValue", "0.0000000001"), new("MaxValue", "100000000000"), new("Accuracy", "10") },
                    };
            }
        }

        private static IReadOnlyList<StatusReason> StatusReasons(Table table) =>
            table.StatusReasons.Count > 0
                ? table.StatusReasons
                : new List<StatusReason> { new(1, L("Active", "アクティブ"), 0), new(2, L("Inactive", "非アクティブ"), 1) };

        private static AttributeSpec State(Table table)
        {
            var reasons = StatusReasons(table);
            XElement StateElement(int value, string invariant, Label label) =>
                new("state",
                    new XAttribute("value", Xml.Number(value)),
                    // The first reason of a state is its default, as the platform's own Active (1) / Inactive (2) are.
                    new XAttribute("defaultstatus", Xml.Number(reasons.First(r => r.State == value).Value)),
                    new XAttribute("invariantname", invariant),
                    Xml.Labels("labels", "label", label));

            return System("statecode", "state", L("Status", "状態"), L($"Status of the {table.DisplayName.English}", $"{table.DisplayName.Japanese}の状態"))
                with
                {
                    RequiredLevel = "systemrequired",
                    ValidForCreate = false,
                    IsAuditEnabled = true,
                    Specific = new List<XElement>
                    {
                        new("optionset", new XAttribute("Name", table.LogicalName + "_statecode"),
                            new XElement("OptionSetType", "state"),
                            new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                            new XElement("IsCustomizable", "1"),
                            Xml.Labels("displaynames", "displayname", L("Status", "状態")),
                            Xml.Labels("Descriptions", "Description", L($"Status of the {table.DisplayName.English}", $"{table.DisplayName.Japanese}の状態")),
                            new XElement("states",
                                StateElement(0, "Active", L("Active", "アクティブ")),
                                StateElement(1, "Inactive", L("Inactive", "非アクティブ")))),
                    },
                };
        }

        private static AttributeSpec Status(Table table) =>
            System("statuscode", "status", L("Status Reason", "ステータス"), L($"Reason for the status of the {table.DisplayName.English}", $"{table.DisplayName.Japanese}の状態の理由"))
                with
                {
                    IsAuditEnabled = true,
                    Specific = new List<XElement>
                    {
                        new("optionset", new XAttribute("Name", table.LogicalName + "_statuscode"),
                            new XElement("OptionSetType", "status"),
                            new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                            new XElement("IsCustomizable", "1"),
                            Xml.Labels("displaynames", "displayname", L("Status Reason", "ステータス")),
                            Xml.Labels("Descriptions", "Description", L($"Reason for the status of the {table.DisplayName.English}", $"{table.DisplayName.Japanese}の状態の理由")),
                            new XElement("statuses", StatusReasons(table).Select(r =>
                                new XElement("status",
                                    new XAttribute("value", Xml.Number(r.Value)),
                                    new XAttribute("state", Xml.Number(r.State)),
                                    Xml.Labels("labels", "label", r.Label))))),
                    },
                };
    }
}
