using System.Collections.Generic;
using System.Linq;
using static CsExtension.SolutionBuilder.Model.Columns;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        private static IReadOnlyList<Table> TablesList() =>
            new[] { ArrMovement(), UsageSnapshot(), HealthScore(), CustomerRequest(), SlaPolicy(), SlaHoliday(), KpiSnapshot(), Configuration() }
                .Concat(StandardTablesList())
                .ToList();

        private static Column Name(string logicalName, Label display, Label description, int maxLength = 200) =>
            Text(logicalName, display, description, maxLength) with { IsPrimaryName = true, Requirement = Requirement.Required };

        private static Column Required(this Column column) => column with { Requirement = Requirement.Required };

        private static Column AccountLookup(Label description) =>
            Lookup("csx_accountid", L("Account", "取引先企業"), description, "account").Required();

        private static Table ArrMovement() => new("csx_arrmovement", "csx_arrmovement", L("ARR movement", "ARR 変動"), L("ARR movements", "ARR 変動"),
            L("ARR ledger: one row per change of an account's annual recurring revenue.", "ARR 台帳: 取引先の年間経常収益の変更ごとに 1 行。"))
        {
            Columns = new List<Column>
            {
                Name("csx_name", L("Name", "名前"), L("Movement type, date and account.", "変動種別、日付、取引先。")),
                AccountLookup(L("The customer whose ARR changed.", "ARR が変わった顧客。")),
                Lookup("csx_contractid", L("Contract", "契約"), L("The contract that changed.", "変更された契約。"), "contract"),
                DateOnly("csx_date", L("Date", "日付"), L("When the change took effect.", "変更が有効になった日。")).Required(),
                Choice("csx_movementtype", L("Movement type", "変動種別"), L("New, Expansion, Contraction, Churn or Reactivation.", "新規・拡大・縮小・解約・再開。"),
                    Numbered(L("New", "新規"), L("Expansion", "拡大"), L("Contraction", "縮小"), L("Churn", "解約"), L("Reactivation", "再開"))).Required(),
                Currency("csx_amount", L("Amount", "金額"), L("Signed change of ARR: negative for contraction and churn.", "ARR の増減 (縮小・解約は負)。")).Required(),
                Currency("csx_arrbefore", L("ARR before", "変動前 ARR"), L("The account's ARR before the change.", "変更前の取引先の ARR。")),
                Currency("csx_arrafter", L("ARR after", "変動後 ARR"), L("The account's ARR after the change.", "変更後の取引先の ARR。")),
            },
        };

        private static Table UsageSnapshot() => new("csx_usagesnapshot", "csx_usagesnapshot", L("Usage snapshot", "利用状況スナップショット"), L("Usage snapshots", "利用状況スナップショット"),
            L("Product usage of one account for one period, imported from the product.", "製品から取り込んだ、1 取引先・1 期間の製品利用状況。"))
        {
            Columns = new List<Column>
            {
                Name("csx_name", L("Name", "名前"), L("Account and period.", "取引先と期間。")),
                AccountLookup(L("The customer the usage belongs to.", "利用状況の対象顧客。")) with { DeleteWithParent = true },
                DateOnly("csx_periodstart", L("Period start", "期間開始日"), L("First day of the period.", "期間の初日。")).Required(),
                DateOnly("csx_periodend", L("Period end", "期間終了日"), L("Last day of the period.", "期間の最終日。")).Required(),
                WholeNumber("csx_activeusers", L("Active users", "アクティブユーザー数"), L("Users active in the period.", "期間中にアクティブだったユーザー数。")),
                WholeNumber("csx_licensedseats", L("Licensed seats", "ライセンスシート数"), L("Seats licensed in the period.", "期間中のライセンスシート数。")),
                WholeNumber("csx_logins", L("Logins", "ログイン数"), L("Logins in the period.", "期間中のログイン数。")),
                DateAndTime("csx_lastloginon", L("Last login", "最終ログイン"), L("The latest login the product saw; no login for 14 days raises an alert.", "製品が記録した最後のログイン。14 日間ログインがないとアラートになります。")),
                WholeNumber("csx_featuresadopted", L("Features adopted", "活用機能数"), L("Features in use.", "利用中の機能数。")),
                WholeNumber("csx_featuresavailable", L("Features available", "利用可能機能数"), L("Features the customer's plan includes.", "顧客のプランに含まれる機能数。")),
            },
        };

        private static Column ComponentScore(string name, Label display) =>
            WholeNumber(name, display, L("Component score 0–100; empty when the component had no data (its weight went to the others).",
                "要素スコア 0〜100。データがない場合は空 (その重みは他の要素に配分)。"), 0, 100);

        private static Table HealthScore() => new("csx_healthscore", "csx_healthscore", L("Health score", "健全性スコア"), L("Health scores", "健全性スコア"),
            L("Daily health history: one row per account per day.", "日次の健全性履歴: 取引先ごと・日ごとに 1 行。"))
        {
            Columns = new List<Column>
            {
                Name("csx_name", L("Name", "名前"), L("Account and date.", "取引先と日付。")),
                AccountLookup(L("The customer scored.", "スコアの対象顧客。")) with { DeleteWithParent = true },
                DateOnly("csx_date", L("Date", "日付"), L("The day scored.", "スコアの対象日。")).Required(),
                WholeNumber("csx_score", L("Score", "スコア"), L("Computed health score 0–100.", "計算された健全性スコア 0〜100。"), 0, 100),
                Choice("csx_band", L("Band", "バンド"), L("Band of the score in force that day.", "その日に有効なスコアのバンド。"), HealthBand),
                WholeNumber("csx_overridescore", L("Override score", "上書きスコア"), L("The manual override in force that day, if any.", "その日に有効だった手動の上書き (ある場合)。"), 0, 100),
                ComponentScore("csx_usagescore", L("Usage", "利用状況")),
                ComponentScore("csx_engagementscore", L("Engagement", "エンゲージメント")),
                ComponentScore("csx_supportscore", L("Support", "サポート")),
                ComponentScore("csx_contractscore", L("Contract", "契約")),
                ComponentScore("csx_onboardingscore", L("Onboarding", "オンボーディング")),
                ComponentScore("csx_relationshipscore", L("Relationship (QBR)", "関係性 (QBR)")),
                Text("csx_drivers", L("Drivers", "要因"), L("The two components furthest below 100, with their figures.", "100 から最も離れている 2 つの要素とその数値。"), 1000),
            },
            Keys = new List<AlternateKey>
            {
                new("csx_account_date", L("Account and date", "取引先と日付"), new[] { "csx_accountid", "csx_date" }),
            },
        };

        private static Table CustomerRequest() => new("csx_customerrequest", "csx_customerrequest", L("Customer request", "顧客要望"), L("Customer requests", "顧客要望"),
            L("A customer's request or feedback that CS escalates to development, with an SLA in business time.",
              "CS が開発へエスカレーションする顧客の要望・フィードバック。営業時間ベースの SLA 付き。"))
        {
            Columns = new List<Column>
            {
                Name("csx_title", L("Title", "件名"), L("What the customer asks for, in one line.", "顧客の要望を 1 行で。")),
                AccountLookup(L("The customer who asked.", "要望した顧客。")),
                Lookup("csx_contactid", L("Contact", "取引先担当者"), L("The person who asked.", "要望した担当者。"), "contact"),
                Memo("csx_description", L("Description", "説明"), L("The request in the customer's words, with steps or examples.", "顧客の言葉による要望。手順や例を含めます。"), 10000),
                Choice("csx_requesttype", L("Request type", "要望種別"), L("Bug, Feature request, Improvement or Question.", "不具合・機能要望・改善・質問。"),
                    Numbered(L("Bug", "不具合"), L("Feature request", "機能要望"), L("Improvement", "改善"), L("Question", "質問"))).Required(),
                Choice("csx_priority", L("Priority", "優先度"), L("Chooses the SLA policy; changing it recomputes the due dates.", "SLA ポリシーを決めます。変更すると期限を再計算します。"), Priority)
                    with { Requirement = Requirement.Required, Default = SolutionIdentity.FirstOptionValue + 2 },
                Lookup("csx_slapolicyid", L("SLA policy", "SLA ポリシー"), L("The policy whose targets and calendar apply; chosen by priority on escalation.", "適用される目標とカレンダーのポリシー。エスカレーション時に優先度で選ばれます。"), "csx_slapolicy"),
                DateAndTime("csx_escalatedon", L("Escalated on", "エスカレーション日時"), L("When the request was escalated to development; starts the SLA clock.", "開発へエスカレーションした日時。SLA の計測が始まります。")),
                DateAndTime("csx_firstresponseon", L("First response on", "初回応答日時"), L("When development first responded.", "開発が最初に応答した日時。")),
                DateAndTime("csx_responsedueon", L("Response due", "応答期限"), L("Escalated on + response target in business time, moved by pauses before the first response.", "エスカレーション日時 + 応答目標 (営業時間)。初回応答前の一時停止分だけ延長されます。")),
                DateAndTime("csx_resolutiondueon", L("Resolution due", "解決期限"), L("Escalated on + resolution target in business time, moved by every paused business minute.", "エスカレーション日時 + 解決目標 (営業時間)。一時停止した営業時間分だけ延長されます。")),
                DateAndTime("csx_resolvedon", L("Resolved on", "解決日時"), L("When the request was resolved.", "要望を解決した日時。")),
                Choice("csx_slastatus", L("SLA status", "SLA 状況"), L("Where the request stands against its SLA.", "SLA に対する要望の状況。"),
                    Numbered(L("Not started", "未開始"), L("In progress", "進行中"), L("Nearing breach", "違反間近"), L("Breached", "違反"), L("Met", "達成"), L("Paused", "一時停止"), L("Cancelled", "キャンセル")))
                    with { Default = SolutionIdentity.FirstOptionValue },
                DateAndTime("csx_pausedon", L("Paused on", "一時停止日時"), L("When the current pause started; empty when not paused.", "現在の一時停止の開始日時。停止中でなければ空。")),
                WholeNumber("csx_pausedminutes", L("Paused business minutes", "一時停止した営業時間 (分)"), L("Business minutes spent paused so far.", "これまでに一時停止した営業時間 (分)。")),
                WholeNumber("csx_responsepausedminutes", L("Paused before first response", "初回応答前の一時停止 (分)"),
                    L("Business minutes paused before the first response; only these move the response due date.",
                      "初回応答前に一時停止した営業時間 (分)。応答期限を動かすのはこの時間だけです。")),
                Currency("csx_arrimpact", L("ARR impact", "ARR への影響"), L("ARR of the requesting accounts: what is at stake.", "要望した取引先の ARR の合計 (影響額)。"), 0, MoneyMax),
                WholeNumber("csx_requestingaccounts", L("Requesting accounts", "要望した取引先数"), L("How many accounts asked for this.", "この要望をした取引先の数。")),
                Url("csx_workitemurl", L("Work item", "作業項目"), L("Link to the development team's work item.", "開発チームの作業項目へのリンク。")),
                Text("csx_productarea", L("Product area", "製品領域"), L("The part of the product concerned.", "対象となる製品の領域。")),
                Memo("csx_resolutionnote", L("Resolution note", "解決メモ"), L("How the request was resolved, or why it will not be fixed.", "解決方法、または対応しない理由。"), 4000),
                Text("csx_slanotices", L("SLA notices sent", "送信済み SLA 通知"), L("Which SLA notices went out (system marker, so each is sent once).", "送信済みの SLA 通知 (各通知を 1 回だけ送るためのシステム用マーカー)。"), 100),
            },
            StatusReasons = new List<StatusReason>
            {
                new(RequestStatus.New, L("New", "新規"), 0),
                new(RequestStatus.Triaged, L("Triaged", "トリアージ済み"), 0),
                new(RequestStatus.EscalatedToDevelopment, L("Escalated to development", "開発へエスカレーション"), 0),
                new(RequestStatus.InDevelopment, L("In development", "開発中"), 0),
                new(RequestStatus.WaitingForCustomer, L("Waiting for customer", "顧客待ち"), 0),
                new(RequestStatus.Resolved, L("Resolved", "解決済み"), 1),
                new(RequestStatus.WontFix, L("Won't fix", "対応しない"), 1),
                new(RequestStatus.Cancelled, L("Cancelled", "キャンセル"), 1),
            },
        };

        private static Column MinutesOfDay(string name, Label display, Label description) =>
            WholeNumber(name, display, description, 0, 1440);

        private static Table SlaPolicy() => new("csx_slapolicy", "csx_slapolicy", L("SLA policy", "SLA ポリシー"), L("SLA policies", "SLA ポリシー"),
            L("Response and resolution targets for one priority, in business minutes of the policy's calendar.",
              "1 つの優先度に対する応答・解決目標。ポリシーのカレンダーの営業時間 (分) で表します。"))
        {
            EntitySetName = "csx_slapolicies",
            Columns = new List<Column>
            {
                Name("csx_name", L("Name", "名前"), L("Name of the policy.", "ポリシーの名前。")),
                Choice("csx_priority", L("Priority", "優先度"), L("Requests of this priority use this policy.", "この優先度の要望にこのポリシーが適用されます。"), Priority).Required(),
                WholeNumber("csx_responsetargetminutes", L("Response target (business minutes)", "応答目標 (営業時間・分)"),
                    L("Business minutes from escalation to first response. A day is the calendar's working minutes per day.", "エスカレーションから初回応答までの営業時間 (分)。1 日はカレンダーの 1 日の稼働分数です。"), 1).Required(),
                WholeNumber("csx_resolutiontargetminutes", L("Resolution target (business minutes)", "解決目標 (営業時間・分)"),
                    L("Business minutes from escalation to resolution. A day is the calendar's working minutes per day.", "エスカレーションから解決までの営業時間 (分)。1 日はカレンダーの 1 日の稼働分数です。"), 1).Required(),
                WholeNumber("csx_warningpercent", L("Warning at (% of target)", "警告 (目標の %)"),
                    L("Nearing breach when this share of the target has passed. Default: 75.", "目標のこの割合が経過すると違反間近になります。既定値: 75。"), 1, 100) with { Default = 75 },
                WholeNumber("csx_warningminutes", L("Warning at (business minutes)", "警告 (営業時間・分)"),
                    L("Optional: nearing breach once this many business minutes have passed since escalation (not counting pauses), instead of the percentage.", "任意: 割合の代わりに、エスカレーションからこの営業時間 (分) が経過した時点 (一時停止を除く) で違反間近とします。"), 1),
                Choices("csx_workdays", L("Work days", "稼働日"), L("Days of the week the calendar works.", "カレンダーの稼働曜日。"),
                    Numbered(L("Monday", "月曜日"), L("Tuesday", "火曜日"), L("Wednesday", "水曜日"), L("Thursday", "木曜日"), L("Friday", "金曜日"), L("Saturday", "土曜日"), L("Sunday", "日曜日"))).Required(),
                MinutesOfDay("csx_daystartminutes", L("Day start (minutes after midnight)", "始業 (0 時からの分)"), L("Start of the working day, e.g. 540 for 09:00.", "稼働開始時刻。例: 9:00 は 540。")).Required(),
                MinutesOfDay("csx_dayendminutes", L("Day end (minutes after midnight)", "終業 (0 時からの分)"), L("End of the working day (exclusive), e.g. 1080 for 18:00; 1440 is midnight.", "稼働終了時刻 (含まない)。例: 18:00 は 1080、24:00 は 1440。")).Required(),
                MinutesOfDay("csx_breakstartminutes", L("Break start (minutes after midnight)", "休憩開始 (0 時からの分)"), L("Optional daily break start.", "任意: 毎日の休憩開始時刻。")),
                MinutesOfDay("csx_breakendminutes", L("Break end (minutes after midnight)", "休憩終了 (0 時からの分)"), L("Optional daily break end.", "任意: 毎日の休憩終了時刻。")),
                Text("csx_timezone", L("Time zone", "タイムゾーン"), L("Windows time zone id of the calendar, e.g. Tokyo Standard Time.", "カレンダーの Windows タイムゾーン ID。例: Tokyo Standard Time。")).Required(),
                Choices("csx_pausestatuses", L("Pause on status reasons", "一時停止するステータス"),
                    L("While a request has one of these status reasons, its SLA clock is paused.", "要望がこれらのステータスの間は SLA の計測を一時停止します。"),
                    new List<ChoiceOption>
                    {
                        new(RequestStatus.Triaged, L("Triaged", "トリアージ済み")),
                        new(RequestStatus.EscalatedToDevelopment, L("Escalated to development", "開発へエスカレーション")),
                        new(RequestStatus.InDevelopment, L("In development", "開発中")),
                        new(RequestStatus.WaitingForCustomer, L("Waiting for customer", "顧客待ち")),
                    }),
            },
        };

        private static Table SlaHoliday() => new("csx_slaholiday", "csx_slaholiday", L("SLA holiday", "SLA 休日"), L("SLA holidays", "SLA 休日"),
            L("A non-working day of an SLA policy's calendar.", "SLA ポリシーのカレンダーの非稼働日。"))
        {
            Columns = new List<Column>
            {
                Name("csx_name", L("Name", "名前"), L("Name of the holiday.", "休日の名前。")),
                Lookup("csx_slapolicyid", L("SLA policy", "SLA ポリシー"), L("The policy whose calendar skips this day.", "この日を稼働しないポリシー。"), "csx_slapolicy").Required() with { DeleteWithParent = true },
                DateOnly("csx_date", L("Date", "日付"), L("The non-working day.", "非稼働日。")).Required(),
            },
        };

        private static Column Rate(string name, Label display, Label description) =>
            Decimal(name, display, description, -100000, 100000, 2);

        private static Column Count(string name, Label display) =>
            WholeNumber(name, display, L("Count behind the rate.", "率の元になる件数。"));

        private static Table KpiSnapshot() => new("csx_kpisnapshot", "csx_kpisnapshot", L("KPI snapshot", "KPI スナップショット"), L("KPI snapshots", "KPI スナップショット"),
            L("CS KPIs of one period (month or quarter). Rates are percentages; empty when the period had nothing to divide by.",
              "1 期間 (月または四半期) の CS KPI。率はパーセントで、分母が 0 の場合は空です。"))
        {
            Columns = new List<Column>
            {
                Name("csx_name", L("Name", "名前"), L("Period type and dates.", "期間種別と日付。")),
                DateOnly("csx_periodstart", L("Period start", "期間開始日"), L("First day of the period.", "期間の初日。")).Required(),
                DateOnly("csx_periodend", L("Period end", "期間終了日"), L("Last day of the period.", "期間の最終日。")).Required(),
                Choice("csx_periodtype", L("Period type", "期間種別"), L("Month or Quarter.", "月または四半期。"), Numbered(L("Month", "月"), L("Quarter", "四半期"))).Required(),
                DateAndTime("csx_calculatedon", L("Calculated on", "計算日時"), L("When the snapshot was computed.", "スナップショットを計算した日時。")),
                Rate("csx_logochurnrate", L("Logo churn rate (%)", "ロゴチャーン率 (%)"), L("Accounts churned in the period ÷ accounts active at start.", "期間中に解約した取引先 ÷ 期首の有効な取引先。")),
                Count("csx_accountsactiveatstart", L("Accounts active at start", "期首の有効取引先数")),
                Count("csx_accountschurned", L("Accounts churned", "解約取引先数")),
                Rate("csx_grr", L("GRR (%)", "GRR (%)"), L("(ARR at start − contraction − churn) ÷ ARR at start.", "(期首 ARR − 縮小 − 解約) ÷ 期首 ARR。")),
                Rate("csx_nrr", L("NRR (%)", "NRR (%)"), L("GRR + expansion ÷ ARR at start.", "GRR + 拡大 ÷ 期首 ARR。")),
                Currency("csx_arratstart", L("ARR at start", "期首 ARR"), L("Amount behind GRR and NRR.", "GRR と NRR の元になる金額。")),
                Currency("csx_arrexpansion", L("Expansion ARR", "拡大 ARR"), L("Amount behind NRR.", "NRR の元になる金額。")),
                Currency("csx_arrcontraction", L("Contraction ARR", "縮小 ARR"), L("Amount behind GRR.", "GRR の元になる金額。")),
                Currency("csx_arrchurn", L("Churned ARR", "解約 ARR"), L("Amount behind GRR.", "GRR の元になる金額。")),
                Rate("csx_onboardingcompletionrate", L("Onboarding completion rate (%)", "オンボーディング完了率 (%)"), L("Onboardings due in the period completed by their due date ÷ onboardings due.", "期間中に期限を迎え期限内に完了したオンボーディング ÷ 期限を迎えたオンボーディング。")),
                Count("csx_onboardingsdue", L("Onboardings due", "期限到来オンボーディング数")),
                Count("csx_onboardingsontime", L("Onboardings completed on time", "期限内完了オンボーディング数")),
                Rate("csx_qbrexecutionrate", L("QBR execution rate (%)", "QBR 実施率 (%)"), L("High-touch accounts with a completed QBR in the period ÷ high-touch accounts.", "期間中に QBR を完了したハイタッチ取引先 ÷ ハイタッチ取引先。")),
                Count("csx_hightouchaccounts", L("High-touch accounts", "ハイタッチ取引先数")),
                Count("csx_hightouchaccountswithqbr", L("High-touch accounts with a QBR", "QBR 実施済みハイタッチ取引先数")),
                Rate("csx_healthimprovementrate", L("Health improvement rate (%)", "健全性改善率 (%)"), L("Accounts At risk or Critical at start that are Neutral or better at end ÷ those at start.", "期首に要注意・危険で期末に普通以上になった取引先 ÷ 期首の要注意・危険の取引先。")),
                Count("csx_accountsatriskatstart", L("Accounts at risk at start", "期首の要注意取引先数")),
                Count("csx_accountsimproved", L("Accounts improved", "改善した取引先数")),
                Rate("csx_upsellrate", L("Upsell rate (%)", "アップセル率 (%)"), L("Accounts with a won signal opportunity in the period ÷ accounts active at start.", "期間中にシグナル案件を受注した取引先 ÷ 期首の有効な取引先。")),
                Count("csx_accountswithupsell", L("Accounts with upsell", "アップセル取引先数")),
                Decimal("csx_meetingsperaccount", L("Meetings per account", "取引先あたりミーティング数"), L("Completed customer meetings in the period ÷ accounts active at start.", "期間中に完了した顧客ミーティング ÷ 期首の有効な取引先。"), 0, 100000, 2),
                Count("csx_meetingscompleted", L("Meetings completed", "完了ミーティング数")),
                Rate("csx_slaattainment", L("SLA attainment (%)", "SLA 達成率 (%)"), L("Escalated requests resolved Met ÷ resolved in the period.", "期間中に解決したエスカレーション要望のうち SLA 達成の割合。")),
                Count("csx_requestsresolved", L("Requests resolved", "解決した要望数")),
                Count("csx_requestsmet", L("Requests resolved within SLA", "SLA 内に解決した要望数")),
            },
            Keys = new List<AlternateKey>
            {
                new("csx_period", L("Period", "期間"), new[] { "csx_periodstart", "csx_periodend" }),
            },
        };
    }
}
