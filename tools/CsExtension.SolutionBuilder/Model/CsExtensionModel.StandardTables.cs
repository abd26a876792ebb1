using System.Collections.Generic;
using static CsExtension.SolutionBuilder.Model.Columns;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        /// <summary>Alert types of a task. The alert logic finds "the open alert of this type for this record" by
        /// <c>csx_alertkey</c>, so the task's own state (open / completed / cancelled) is what clears an alert: no
        /// separate "cleared" flag that could disagree with it.</summary>
        public static class AlertType
        {
            public const int UsageDecline = 615300000;
            public const int NoLogin = 615300001;
            public const int OnboardingOverdue = 615300002;
            public const int QbrOverdue = 615300003;
            public const int SlaNearingBreach = 615300004;
            public const int SlaBreached = 615300005;
        }

        private static IEnumerable<Table> StandardTablesList()
        {
            yield return Account();
            yield return new Table("contract", "Contract", L("Contract", "契約"), L("Contracts", "契約"), Label.Empty)
            {
                IsStandard = true,
                EntitySetName = "contracts",
                Columns = new List<Column>
                {
                    Currency("csx_arr", L("ARR", "ARR"),
                        L("Annual recurring revenue of this subscription; changes are written to the ARR ledger.",
                          "このサブスクリプションの年間経常収益。変更は ARR 台帳に記録されます。"), 0, MoneyMax),
                    WholeNumber("csx_seats", L("Seats", "シート数"), L("Licensed seats of this subscription.", "このサブスクリプションのライセンスシート数。"), 0, 1000000),
                    Text("csx_productline", L("Product line", "製品ライン"), L("The product this subscription is for.", "このサブスクリプションの対象製品。")),
                },
            };
            yield return new Table("opportunity", "Opportunity", L("Opportunity", "営業案件"), L("Opportunities", "営業案件"), Label.Empty)
            {
                IsStandard = true,
                EntitySetName = "opportunities",
                Columns = new List<Column>
                {
                    Choice("csx_signaltype", L("Signal type", "シグナル種別"),
                        L("The expansion signal that created this opportunity; at most one open opportunity per account and signal.",
                          "この営業案件を作成した拡大シグナル。取引先とシグナルごとに未完了の案件は 1 件までです。"),
                        Numbered(L("Seat expansion", "シート拡大"), L("Renewal upgrade", "更新時アップグレード"), L("Tier upgrade", "ティアアップグレード"))),
                    Memo("csx_signaldetail", L("Signal detail", "シグナル詳細"),
                        L("The figures behind the signal and how the estimated value was computed.", "シグナルの根拠となる数値と見込み金額の算出方法。"), 2000),
                    WholeNumber("csx_signalscore", L("Signal score", "シグナルスコア"),
                        L("How strong the signal is, 0–100: 50 at its threshold, 100 at its maximum (seat use, health score or adoption).",
                          "シグナルの強さ 0〜100。しきい値で 50、最大 (シート利用率・健全性スコア・機能採用率) で 100。"), 0, 100),
                },
            };
            yield return MeetingTable("appointment", "Appointment", L("Appointment", "予定"), L("Appointments", "予定"));
            yield return MeetingTable("phonecall", "PhoneCall", L("Phone Call", "電話"), L("Phone Calls", "電話"));
            yield return new Table("task", "Task", L("Task", "タスク"), L("Tasks", "タスク"), Label.Empty)
            {
                IsStandard = true,
                EntitySetName = "tasks",
                Columns = new List<Column>
                {
                    Choice("csx_alerttype", L("Alert type", "アラート種別"),
                        L("Set when CS Extension created this task as an alert; empty for ordinary tasks.",
                          "CS 拡張がアラートとして作成したタスクの種別。通常のタスクでは空です。"),
                        Numbered(L("Usage decline", "利用低下"), L("No login", "ログインなし"), L("Onboarding overdue", "オンボーディング期限超過"),
                                 L("QBR overdue", "QBR 期限超過"), L("SLA nearing breach", "SLA 違反間近"), L("SLA breached", "SLA 違反"))),
                    Text("csx_alertkey", L("Alert key", "アラートキー"),
                        L("Alert type and the record it is about; an open task with the same key means the alert is already raised.",
                          "アラート種別と対象レコード。同じキーの未完了タスクがあれば、そのアラートは発行済みです。"), 100),
                    Lookup("csx_customerrequestid", L("Customer request", "顧客要望"),
                        L("The customer request an SLA notice is about.", "SLA 通知の対象となる顧客要望。"), "csx_customerrequest"),
                },
            };
        }

        private static Table Account() => new("account", "Account", L("Account", "取引先企業"), L("Accounts", "取引先企業"), Label.Empty)
        {
            IsStandard = true,
            EntitySetName = "accounts",
            Columns = new List<Column>
            {
                WholeNumber("csx_healthscore", L("Health score", "健全性スコア"),
                    L("0–100, the weighted mean of the health components (or the override while it lasts). Set by the system.",
                      "0〜100。健全性の各要素の加重平均 (上書き中は上書き値)。システムが設定します。"), 0, 100) with { IsSecured = true },
                Choice("csx_healthband", L("Health band", "健全性バンド"),
                    L("Healthy, Neutral, At risk or Critical, from the health score. Set by the system.",
                      "健全性スコアから決まる健全・普通・要注意・危険。システムが設定します。"), HealthBand) with { IsSecured = true },
                Decimal("csx_healthtrend", L("Health trend", "健全性トレンド"),
                    L("Score now minus score 30 days ago. Set by the system.", "現在のスコアから 30 日前のスコアを引いた値。システムが設定します。"), -100, 100) with { IsSecured = true },
                Text("csx_healthdrivers", L("Health drivers", "健全性の要因"),
                    L("The two components furthest below 100, with their figures. Set by the system.",
                      "100 から最も離れている 2 つの要素とその数値。システムが設定します。"), 1000) with { IsSecured = true },
                DateAndTime("csx_healthcalculatedon", L("Health calculated on", "健全性の計算日時"),
                    L("When the health score was last calculated. Set by the system.", "健全性スコアを最後に計算した日時。システムが設定します。")) with { IsSecured = true },
                WholeNumber("csx_healthcomputedscore", L("Computed health score", "計算された健全性スコア"),
                    L("The score the components give, kept beside an override. Set by the system.",
                      "各要素から計算したスコア。上書き中も保持されます。システムが設定します。"), 0, 100) with { IsSecured = true },
                AccountComponentScore("csx_healthusage", L("Health: usage", "健全性: 利用状況")),
                AccountComponentScore("csx_healthengagement", L("Health: engagement", "健全性: エンゲージメント")),
                AccountComponentScore("csx_healthsupport", L("Health: support", "健全性: サポート")),
                AccountComponentScore("csx_healthcontract", L("Health: contract", "健全性: 契約")),
                AccountComponentScore("csx_healthonboarding", L("Health: onboarding", "健全性: オンボーディング")),
                AccountComponentScore("csx_healthrelationship", L("Health: relationship (QBR)", "健全性: 関係性 (QBR)")),
                DateAndTime("csx_lastmeetingon", L("Last meeting", "最終ミーティング"),
                    L("When the last customer meeting (appointment or phone call) was completed; measured against the tier's cadence.",
                      "顧客との最後のミーティング (予定または電話) を完了した日時。ティアの周期と比較します。")),
                Choice("csx_lastarrmovementtype", L("Last ARR movement", "直近の ARR 変動"),
                    L("Type of the account's latest ARR movement; a contraction lowers the contract health component. Set by the system.",
                      "取引先の直近の ARR 変動の種別。縮小は契約の健全性要素を下げます。システムが設定します。"),
                    Numbered(L("New", "新規"), L("Expansion", "拡大"), L("Contraction", "縮小"), L("Churn", "解約"), L("Reactivation", "再開"))),
                WholeNumber("csx_healthoverride", L("Health override", "健全性の上書き"),
                    L("A score set by a CS manager that wins over the computed score until the override expires.",
                      "CS マネージャーが設定するスコア。期限まで計算値より優先されます。"), 0, 100) with { IsSecured = true },
                Text("csx_healthoverridereason", L("Override reason", "上書きの理由"),
                    L("Why the health score is overridden.", "健全性スコアを上書きする理由。"), 500) with { IsSecured = true },
                DateOnly("csx_healthoverrideuntil", L("Override until", "上書きの期限"),
                    L("Last day the override applies; afterwards the computed score counts again.", "上書きが有効な最終日。以降は計算値に戻ります。")) with { IsSecured = true },
                Lookup("csx_healthoverridebyid", L("Override set by", "上書きの設定者"),
                    L("Who set the override. Set by the system.", "上書きを設定したユーザー。システムが設定します。"), "systemuser"),
                Choice("csx_tier", L("CS tier", "CS ティア"),
                    L("How closely CS works with this customer; High touch gets QBRs every 90 days.",
                      "この顧客への CS の関わり方。ハイタッチは 90 日ごとに QBR を行います。"),
                    Numbered(L("High touch", "ハイタッチ"), L("Mid touch", "ミッドタッチ"), L("Tech touch", "テックタッチ"))),
                Lookup("csx_csmid", L("Customer success manager", "カスタマーサクセス担当"),
                    L("The CSM who owns the relationship; alerts and signal opportunities go to this user.",
                      "関係を担当する CSM。アラートとシグナル案件はこのユーザーに割り当てられます。"), "systemuser"),
                DateAndTime("csx_lastengagementon", L("Last engagement", "最終エンゲージメント"),
                    L("When the last customer-facing activity was completed.", "顧客対応の活動を最後に完了した日時。")),
                DateOnly("csx_lastqbron", L("Last QBR", "前回 QBR"), L("Date of the last completed QBR.", "最後に完了した QBR の日付。")),
                DateOnly("csx_nextqbrdueon", L("Next QBR due", "次回 QBR 期限"), L("When the next QBR is due (High touch: 90 days after the last).", "次回 QBR の期限 (ハイタッチは前回の 90 日後)。")),
                Choice("csx_onboardingstatus", L("Onboarding status", "オンボーディング状況"),
                    L("Starts with the first active contract; completes with an onboarding review or 50 % of seats active.",
                      "最初の有効な契約で開始し、オンボーディングレビューまたはシートの 50 % が有効になると完了します。"),
                    Numbered(L("Not started", "未開始"), L("In progress", "進行中"), L("Completed on time", "期限内に完了"), L("Completed late", "期限後に完了"), L("Overdue", "期限超過"))),
                DateOnly("csx_onboardingstartedon", L("Onboarding started", "オンボーディング開始日"), L("When onboarding started.", "オンボーディングの開始日。")),
                DateOnly("csx_onboardingdueon", L("Onboarding due", "オンボーディング期限"), L("Onboarding start + 30 days.", "オンボーディング開始日 + 30 日。")),
                DateOnly("csx_onboardingcompletedon", L("Onboarding completed", "オンボーディング完了日"), L("When onboarding completed.", "オンボーディングの完了日。")),
                Currency("csx_arr", L("ARR", "ARR"), L("Annual recurring revenue: the sum of the ARR of the account's active contracts.", "年間経常収益: 取引先の有効な契約の ARR の合計。"), 0, MoneyMax),
            },
        };

        private static Column AccountComponentScore(string name, Label display) =>
            WholeNumber(name, display, L("Component score 0–100 of the latest calculation; empty when the component had no data. Set by the system.",
                "直近の計算の要素スコア 0〜100。データがない場合は空。システムが設定します。"), 0, 100) with { IsSecured = true };

        private static Table MeetingTable(string logicalName, string schemaName, Label name, Label plural) =>
            new(logicalName, schemaName, name, plural, Label.Empty)
            {
                IsStandard = true,
                EntitySetName = logicalName + "s",
                Columns = new List<Column>
                {
                    Choice("csx_meetingtype", L("Meeting type", "ミーティング種別"),
                        L("Regular, QBR, Onboarding review or Escalation; completing a QBR or onboarding review updates the account.",
                          "定例・QBR・オンボーディングレビュー・エスカレーション。QBR やオンボーディングレビューを完了すると取引先が更新されます。"), MeetingType),
                },
            };
    }
}
