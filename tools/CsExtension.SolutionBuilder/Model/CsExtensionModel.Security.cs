using System.Collections.Generic;
using System.Linq;
using static CsExtension.SolutionBuilder.Model.PrivilegeDepth;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        public const string CsRepresentative = "CS Representative";
        public const string CsManager = "CS Manager";
        public const string ProductTriage = "Product Triage";

        private static TableAccess ReadOnly(string privilegeName) => new(privilegeName) { Read = Organization };

        /// <summary>Read everything, append and be appended to (link records), nothing else.</summary>
        private static TableAccess ReadAndLink(string privilegeName) =>
            new(privilegeName) { Read = Organization, Append = Organization, AppendTo = Organization };

        private static TableAccess Full(string privilegeName, PrivilegeDepth depth = Organization) => new(privilegeName)
        {
            Create = depth, Read = Organization, Write = depth, Delete = depth, Append = depth, AppendTo = depth, Assign = depth, Share = depth,
        };

        /// <summary>Own records: create and change one's own, read the whole organization.</summary>
        private static TableAccess Own(string privilegeName) => new(privilegeName)
        {
            Create = User, Read = Organization, Write = User, Delete = User, Append = User, AppendTo = Organization, Assign = User, Share = User,
        };

        // Health history, usage, the ARR ledger and KPI snapshots are written by the system (plugins run as SYSTEM); people read them.
        private static readonly string[] SystemWrittenTables = { "csx_healthscore", "csx_usagesnapshot", "csx_arrmovement", "csx_kpisnapshot" };

        private static IReadOnlyList<SecurityRole> RolesList() => new List<SecurityRole>
        {
            new(CsRepresentative,
                L("Works their accounts: sees health, alerts and signals, logs meetings and calls, raises customer requests.",
                  "担当取引先を管理: 健全性・アラート・シグナルを確認し、会議や通話を記録し、顧客要望を登録します。"),
                new List<TableAccess>
                {
                    new("Account") { Create = BusinessUnit, Read = Organization, Write = BusinessUnit, Append = BusinessUnit, AppendTo = Organization, Assign = User, Share = User },
                    new("Contact") { Create = BusinessUnit, Read = Organization, Write = BusinessUnit, Append = BusinessUnit, AppendTo = Organization, Share = User },
                    ReadAndLink("Contract"),
                    new("Opportunity") { Create = User, Read = Organization, Write = User, Append = User, AppendTo = Organization, Assign = User, Share = User },
                    Own("Activity"),
                    new("csx_customerrequest") { Create = User, Read = Organization, Write = BusinessUnit, Append = BusinessUnit, AppendTo = Organization, Assign = User, Share = User },
                    ReadOnly("csx_slapolicy"), ReadOnly("csx_slaholiday"), ReadOnly("csx_configuration"),
                    ReadOnly("User"), ReadOnly("Team"),
                }.Concat(SystemWrittenTables.Select(ReadOnly)).ToList()),
            new(CsManager,
                L("Runs the CS team: everything a representative does for the whole organization, plus health overrides, SLA policies and configuration.",
                  "CS チームを統括: 担当者の操作を組織全体で行えるほか、健全性の上書き、SLA ポリシー、設定を管理します。"),
                new List<TableAccess>
                {
                    new("Account") { Create = Organization, Read = Organization, Write = Organization, Append = Organization, AppendTo = Organization, Assign = Organization, Share = Organization },
                    new("Contact") { Create = Organization, Read = Organization, Write = Organization, Append = Organization, AppendTo = Organization, Assign = Organization, Share = Organization },
                    ReadAndLink("Contract"),
                    Full("Opportunity"),
                    Full("Activity"),
                    Full("csx_customerrequest"),
                    Full("csx_slapolicy"), Full("csx_slaholiday"), Full("csx_configuration"),
                    ReadOnly("User"), ReadOnly("Team"),
                }.Concat(SystemWrittenTables.Select(t => new TableAccess(t) { Read = Organization, Delete = Organization, AppendTo = Organization })).ToList()),
            new(ProductTriage,
                L("Product and development teams: triage the requests CS escalated, by SLA deadline and revenue at stake.",
                  "製品・開発チーム: CS がエスカレーションした要望を SLA 期限と影響する売上の順にトリアージします。"),
                new List<TableAccess>
                {
                    ReadAndLink("Account"), ReadOnly("Contact"), ReadOnly("Contract"),
                    new("Activity") { Create = User, Read = Organization, Write = User, Append = User, AppendTo = Organization },
                    new("csx_customerrequest") { Read = Organization, Write = Organization, Append = Organization, AppendTo = Organization, Assign = Organization, Share = Organization },
                    ReadOnly("csx_slapolicy"), ReadOnly("csx_slaholiday"), ReadOnly("csx_configuration"),
                    ReadOnly("User"), ReadOnly("Team"),
                }),
        };

        /// <summary>Health fields are secured: only the system (plugins running as SYSTEM) writes them; people read them
        /// through these profiles. The override is the one part a CS manager writes.</summary>
        private static readonly string[] HealthFields =
        {
            "csx_healthscore", "csx_healthband", "csx_healthtrend", "csx_healthdrivers", "csx_healthcalculatedon", "csx_healthcomputedscore",
            "csx_healthusage", "csx_healthengagement", "csx_healthsupport", "csx_healthcontract", "csx_healthonboarding", "csx_healthrelationship",
        };

        private static readonly string[] OverrideFields = { "csx_healthoverride", "csx_healthoverridereason", "csx_healthoverrideuntil" };

        private static IReadOnlyList<FieldSecurityProfile> FieldSecurityProfilesList() => new List<FieldSecurityProfile>
        {
            new("CS Health - read",
                "Reads the account health fields and override; nobody writes the computed health by hand. Add every CS Representative, CS Manager and Product Triage user or team.",
                HealthFields.Concat(OverrideFields).Select(c => new FieldPermission("account", c, true, false, false)).ToList()),
            new("CS Health - manager override",
                "Reads the account health fields and sets the health override (score, reason, until). Add CS managers.",
                HealthFields.Select(c => new FieldPermission("account", c, true, false, false))
                    .Concat(OverrideFields.Select(c => new FieldPermission("account", c, true, true, true))).ToList()),
        };
    }
}
