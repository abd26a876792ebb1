using System.Collections.Generic;
using System.Linq;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>
    /// The CS Extension solution as DESIGN.md states it: tables, columns, choices, views, forms, roles, field
    /// security, custom APIs and the app. Split by area into partial files; <see cref="Build"/> assembles them.
    /// </summary>
    public static partial class CsExtensionModel
    {
        public static SolutionModel Build() => new(
            L("CS Extension", "CS 拡張"),
            L(
                "Customer success for Dynamics 365: account health, onboarding, QBR cadence, expansion signals, requests escalated to development with business-time SLAs, and KPIs.",
                "Dynamics 365 のカスタマーサクセス: 取引先の健全性、オンボーディング、QBR の周期、拡大の兆候、営業時間ベースの SLA 付きで開発へエスカレーションする要望、KPI。"),
            ChoicesList(),
            TablesList(),
            ManyToManyList(),
            ViewsList(),
            FormsList(),
            RolesList(),
            FieldSecurityProfilesList(),
            CustomApisList(),
            AppsList());

        /// <summary>Every table of the model by logical name.</summary>
        public static IReadOnlyDictionary<string, Table> TablesByName(SolutionModel model) =>
            model.Tables.ToDictionary(t => t.LogicalName, System.StringComparer.Ordinal);

        private static Label L(string english, string japanese) => new(english, japanese);
    }
}
