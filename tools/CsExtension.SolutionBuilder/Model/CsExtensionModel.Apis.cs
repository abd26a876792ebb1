using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        private static CustomApiValue CountOf(string name, Label display, Label description) =>
            new(name, CustomApiValueType.Integer, display, description);

        private static IReadOnlyList<CustomApi> CustomApisList() => new List<CustomApi>
        {
            new("csx_RecalculateHealth", L("Recalculate health", "健全性を再計算"),
                L("Recalculates the health score of the account now and writes the day's history row.", "取引先の健全性スコアを今すぐ再計算し、当日の履歴行を書き込みます。"))
            {
                BoundTable = "account",
                Response = new[]
                {
                    new CustomApiValue("Score", CustomApiValueType.Integer, L("Score", "スコア"), L("The health score in force after recalculation (the override while it lasts).", "再計算後に有効な健全性スコア (上書き中は上書き値)。")),
                },
            },
            new("csx_EvaluateSla", L("Evaluate SLAs", "SLA を評価"),
                L("Moves open escalated requests to Nearing breach or Breached as time passes and notifies the owner; idempotent, meant for a schedule.",
                  "時間の経過に応じて未完了のエスカレーション要望を違反間近・違反に更新し、所有者に通知します。冪等で、定期実行向けです。"))
            {
                Request = new[]
                {
                    new CustomApiValue("PageSize", CustomApiValueType.Integer, L("Page size", "ページサイズ"), L("Requests per batch; the configuration's value when left out.", "1 バッチの要望数。省略時は設定の値。")) { IsOptional = true },
                },
                Response = new[]
                {
                    CountOf("NearingBreachCount", L("Moved to nearing breach", "違反間近にした件数"), L("Requests moved to Nearing breach.", "違反間近にした要望の数。")),
                    CountOf("BreachedCount", L("Moved to breached", "違反にした件数"), L("Requests moved to Breached.", "違反にした要望の数。")),
                },
            },
            new("csx_ComputeKpis", L("Compute KPIs", "KPI を計算"),
                L("Computes the CS KPIs of a period and writes (or updates) its KPI snapshot.", "期間の CS KPI を計算し、KPI スナップショットを書き込み (または更新) ます。"))
            {
                Request = new[]
                {
                    new CustomApiValue("PeriodStart", CustomApiValueType.DateTime, L("Period start", "期間開始日"), L("First day of the period.", "期間の初日。")),
                    new CustomApiValue("PeriodEnd", CustomApiValueType.DateTime, L("Period end", "期間終了日"), L("Last day of the period.", "期間の最終日。")),
                },
                Response = new[]
                {
                    new CustomApiValue("Snapshot", CustomApiValueType.EntityReference, L("KPI snapshot", "KPI スナップショット"), L("The snapshot written.", "書き込んだスナップショット。")) { Table = "csx_kpisnapshot" },
                },
            },
            new("csx_Sweep", L("Sweep", "定期処理"),
                L("Marks overdue onboardings and QBRs and evaluates SLAs; meant for a schedule.", "期限超過のオンボーディングと QBR を記録し、SLA を評価します。定期実行向けです。"))
            {
                Response = new[]
                {
                    CountOf("OverdueOnboardingCount", L("Onboardings marked overdue", "期限超過にしたオンボーディング数"), L("Accounts whose onboarding became Overdue.", "オンボーディングが期限超過になった取引先の数。")),
                    CountOf("OverdueQbrCount", L("QBRs found overdue", "期限超過の QBR 数"), L("High-touch accounts alerted for an overdue QBR.", "QBR 期限超過のアラートを出したハイタッチ取引先の数。")),
                    CountOf("NearingBreachCount", L("Moved to nearing breach", "違反間近にした件数"), L("Requests moved to Nearing breach.", "違反間近にした要望の数。")),
                    CountOf("BreachedCount", L("Moved to breached", "違反にした件数"), L("Requests moved to Breached.", "違反にした要望の数。")),
                },
            },
        };
    }
}
