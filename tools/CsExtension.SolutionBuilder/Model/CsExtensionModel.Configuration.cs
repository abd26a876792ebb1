using System.Collections.Generic;
using System.Globalization;
using static CsExtension.SolutionBuilder.Model.Columns;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        /// <summary>A whole-number setting whose design default is stated in the column description (the platform has no
        /// default value for numbers). The plugins read the active csx_configuration row and use the same default for an
        /// empty column, so a fresh install works before an admin creates the row.</summary>
        private static Column Setting(string name, Label display, int defaultValue, int min, int max, Label description) =>
            WholeNumber(name, display, WithDefault(description, defaultValue.ToString(CultureInfo.InvariantCulture)), min, max) with { Default = defaultValue };

        private static Column Percent(string name, Label display, int defaultValue, Label description) =>
            Setting(name, display, defaultValue, 0, 100, description);

        private static Column Days(string name, Label display, int defaultValue, Label description) =>
            Setting(name, display, defaultValue, 0, 3650, description);

        private static Column Points(string name, Label display, int defaultValue, Label description) =>
            Setting(name, display, defaultValue, 0, 100, description);

        private static Label WithDefault(Label description, string value) =>
            new($"{description.English} Default: {value}.", $"{description.Japanese} 既定値: {value}。");

        private static Table Configuration() => new("csx_configuration", "csx_configuration", L("CS configuration", "CS 設定"), L("CS configurations", "CS 設定"),
            L("Weights, thresholds and windows of CS Extension. Keep one active row; an empty value uses the default shown in its description.",
              "CS 拡張の重み・しきい値・期間。有効な行は 1 つにします。空の値は説明に記載の既定値を使います。"))
        {
            Columns = new List<Column>
            {
                Name("csx_name", L("Name", "名前"), L("Name of this configuration.", "この設定の名前。")),

                // §2 weights and bands.
                Points("csx_weightusage", L("Weight: usage", "重み: 利用状況"), 30, L("Weight of the usage component.", "利用状況要素の重み。")),
                Points("csx_weightengagement", L("Weight: engagement", "重み: エンゲージメント"), 20, L("Weight of the engagement component.", "エンゲージメント要素の重み。")),
                Points("csx_weightsupport", L("Weight: support", "重み: サポート"), 15, L("Weight of the support component.", "サポート要素の重み。")),
                Points("csx_weightcontract", L("Weight: contract", "重み: 契約"), 15, L("Weight of the contract component.", "契約要素の重み。")),
                Points("csx_weightonboarding", L("Weight: onboarding", "重み: オンボーディング"), 10, L("Weight of the onboarding component.", "オンボーディング要素の重み。")),
                Points("csx_weightrelationship", L("Weight: relationship (QBR)", "重み: 関係性 (QBR)"), 10, L("Weight of the relationship component.", "関係性要素の重み。")),
                Points("csx_bandhealthymin", L("Healthy from score", "健全の下限スコア"), 75, L("Lowest score that is Healthy.", "健全とみなす最低スコア。")),
                Points("csx_bandneutralmin", L("Neutral from score", "普通の下限スコア"), 50, L("Lowest score that is Neutral.", "普通とみなす最低スコア。")),
                Points("csx_bandatriskmin", L("At risk from score", "要注意の下限スコア"), 25, L("Lowest score that is At risk; below is Critical.", "要注意とみなす最低スコア。これ未満は危険。")),
                Days("csx_healthtrenddays", L("Trend window (days)", "トレンド期間 (日)"), 30, L("Trend = score now − score this many days ago.", "トレンド = 現在のスコア − この日数前のスコア。")),

                // §2 usage.
                Percent("csx_usagefullpercent", L("Usage: full score at seat utilisation (%)", "利用状況: 満点のシート利用率 (%)"), 80, L("Active ÷ seats at or above this scores 100.", "アクティブ ÷ シートがこれ以上で 100 点。")),
                Setting("csx_usagetrendsnapshots", L("Usage: snapshots in the trend baseline", "利用状況: トレンド基準のスナップショット数"), 3, 1, 12, L("The latest snapshot is compared with the mean of this many before it.", "最新のスナップショットを、その前のこの数の平均と比べます。")),
                Percent("csx_usagedroppercent", L("Usage: drop that costs points (%)", "利用状況: 減点となる低下率 (%)"), 20, L("A smaller drop against the baseline costs nothing; from this drop the penalty grows from half to the full penalty at twice this drop.", "基準に対する低下がこれ未満なら減点なし。これ以上では減点が半分から始まり、この 2 倍の低下で最大になります。")),
                Points("csx_usagedroppenalty", L("Usage: drop penalty (points)", "利用状況: 低下時の減点"), 30, L("Most points a usage drop costs.", "利用低下による最大減点。")),

                // §2 engagement.
                Days("csx_engagementfulldays", L("Engagement: full score within (days)", "エンゲージメント: 満点の日数"), 14, L("Last completed customer activity within this many days scores 100.", "最後の顧客活動がこの日数以内なら 100 点。")),
                Days("csx_engagementzerodays", L("Engagement: zero score after (days)", "エンゲージメント: 0 点になる日数"), 90, L("Score falls linearly to 0 at this many days.", "この日数でスコアが直線的に 0 になります。")),
                Days("csx_cadencehightouchdays", L("Expected meeting every (days): High touch", "想定ミーティング間隔 (日): ハイタッチ"), 30, L("Meeting cadence expected of High-touch accounts.", "ハイタッチ取引先に期待するミーティング間隔。")),
                Days("csx_cadencemidtouchdays", L("Expected meeting every (days): Mid touch", "想定ミーティング間隔 (日): ミッドタッチ"), 60, L("Meeting cadence expected of Mid-touch accounts.", "ミッドタッチ取引先に期待するミーティング間隔。")),
                Days("csx_cadencetechtouchdays", L("Expected meeting every (days): Tech touch", "想定ミーティング間隔 (日): テックタッチ"), 180, L("Meeting cadence expected of Tech-touch accounts.", "テックタッチ取引先に期待するミーティング間隔。")),

                // §2 support and contract.
                Points("csx_supportcriticalpenalty", L("Support: points per Critical request", "サポート: 緊急要望 1 件の減点"), 25, L("Points off per open Critical request.", "未完了の緊急要望 1 件ごとの減点。")),
                Points("csx_supporthighpenalty", L("Support: points per High request", "サポート: 高優先度要望 1 件の減点"), 10, L("Points off per open High request.", "未完了の高優先度要望 1 件ごとの減点。")),
                Points("csx_supportbreachedpenalty", L("Support: points per breached SLA", "サポート: SLA 違反 1 件の減点"), 15, L("Points off per open request with a breached SLA.", "SLA 違反の未完了要望 1 件ごとの減点。")),
                Points("csx_contractonholdscore", L("Contract: score when on hold", "契約: 保留中のスコア"), 20, L("Contract score while the contract is on hold.", "契約が保留中のときの契約スコア。")),
                Days("csx_contractrenewalwindowdays", L("Contract: renewal window (days)", "契約: 更新期間 (日)"), 60, L("Renewal within this many days without an open renewal opportunity costs the penalty.", "この日数以内に更新を迎え、更新案件がない場合に減点。")),
                Points("csx_contractrenewalpenalty", L("Contract: no renewal opportunity penalty", "契約: 更新案件なしの減点"), 30, L("Points off for an upcoming renewal with no open renewal opportunity.", "更新案件がない更新間近の契約の減点。")),
                Points("csx_contractcontractionpenalty", L("Contract: contraction penalty", "契約: 縮小の減点"), 20, L("Points off when the last ARR movement was a contraction.", "直近の ARR 変動が縮小のときの減点。")),

                // §2 onboarding and relationship.
                Days("csx_onboardingdays", L("Onboarding: due after (days)", "オンボーディング: 期限 (日)"), 30, L("Onboarding is due this many days after it starts.", "オンボーディング開始からこの日数で期限。")),
                Percent("csx_onboardingseatpercent", L("Onboarding: complete at active seats (%)", "オンボーディング: 完了とするアクティブシート率 (%)"), 50, L("Onboarding completes when this share of seats is active.", "シートのこの割合がアクティブになると完了。")),
                Points("csx_onboardingoverduescore", L("Onboarding: score when overdue", "オンボーディング: 期限超過のスコア"), 30, L("Onboarding score while overdue.", "期限超過中のオンボーディングスコア。")),
                Points("csx_onboardinglatescore", L("Onboarding: score when completed late", "オンボーディング: 期限後完了のスコア"), 70, L("Onboarding score after a late completion.", "期限後に完了したときのオンボーディングスコア。")),
                Days("csx_qbrintervaldays", L("QBR: next due after (days)", "QBR: 次回期限 (日)"), 90, L("High touch: the next QBR is due this many days after the last.", "ハイタッチ: 前回 QBR からこの日数後が次回期限。")),
                Days("csx_qbrrecentdays", L("QBR: recent within (days)", "QBR: 最近とみなす日数"), 100, L("A QBR within this many days scores 100.", "この日数以内に QBR があれば 100 点。")),
                Points("csx_qbrmissingscore", L("QBR: score without a recent QBR", "QBR: 最近の QBR がない場合のスコア"), 40, L("Relationship score without a recent QBR.", "最近の QBR がない場合の関係性スコア。")),

                // §2 usage-decline alert.
                Percent("csx_alertactiveusersdrop", L("Alert: active users down (%)", "アラート: アクティブユーザー低下率 (%)"), 30, L("Alert when active users fall this much against the baseline.", "基準に対してアクティブユーザーがこれだけ低下するとアラート。")),
                Percent("csx_alertloginsdrop", L("Alert: logins down (%)", "アラート: ログイン低下率 (%)"), 40, L("Alert when logins fall this much against the baseline.", "基準に対してログインがこれだけ低下するとアラート。")),
                Days("csx_alertnologindays", L("Alert: no login for (days)", "アラート: ログインなしの日数"), 14, L("Alert when nobody logged in for this many days.", "この日数ログインがないとアラート。")),

                // §3 SLA.
                Percent("csx_slawarningpercent", L("SLA: default warning at (% of target)", "SLA: 既定の警告 (目標の %)"), 75, L("Used when a policy gives no warning point.", "ポリシーに警告点がない場合に使います。")),
                Setting("csx_slapagesize", L("SLA: requests per evaluation batch", "SLA: 評価バッチあたりの要望数"), 250, 1, 5000, L("How many requests one SLA evaluation handles per page.", "SLA 評価で 1 ページに処理する要望数。")),
                Lookup("csx_triageteamid", L("Product triage team", "製品トリアージチーム"), L("Every member of this team is notified when a request is escalated to development.", "要望が開発へエスカレーションされると、このチームの全員に通知されます。"), "team"),

                // §4 expansion signals.
                Percent("csx_seatexpansionpercent", L("Seat expansion: utilisation (%)", "シート拡大: 利用率 (%)"), 85, L("Utilisation required in each of the latest two snapshots.", "直近 2 つのスナップショットそれぞれで必要な利用率。")),
                Days("csx_seatexpansiondays", L("Seat expansion: snapshots covering (days)", "シート拡大: 対象期間 (日)"), 14, L("The two snapshots must cover at least this many days.", "2 つのスナップショットがこの日数以上をカバーすること。")),
                Decimal("csx_seatexpansionfactor", L("Seat expansion: seats needed per active user", "シート拡大: アクティブユーザーあたりの必要シート"),
                    WithDefault(L("Value = (ceil(active × this) − seats) × ARR per seat.", "金額 = (ceil(アクティブ × この値) − シート) × シートあたり ARR。"), "1.2"), 1, 10, 2) with { Default = 1.2m },
                Days("csx_renewalupgradedays", L("Renewal upgrade: expires within (days)", "更新時アップグレード: 満了までの日数"), 90, L("Contracts expiring within this many days qualify.", "この日数以内に満了する契約が対象。")),
                Points("csx_renewalupgrademinscore", L("Renewal upgrade: minimum score", "更新時アップグレード: 最低スコア"), 60, L("Health score required for a renewal upgrade.", "更新時アップグレードに必要な健全性スコア。")),
                Percent("csx_renewalupliftpercent", L("Renewal upgrade: uplift (%)", "更新時アップグレード: 上乗せ率 (%)"), 10, L("Value = ARR × this uplift.", "金額 = ARR × この上乗せ率。")),
                Percent("csx_tierupgradepercent", L("Tier upgrade: features adopted (%)", "ティアアップグレード: 機能活用率 (%)"), 80, L("Features adopted ÷ available at or above this qualifies.", "活用機能 ÷ 利用可能機能がこれ以上で対象。")),
                Days("csx_signalcooldowndays", L("Signals: wait after a lost opportunity (days)", "シグナル: 失注後の待機日数"), 90, L("After a signal opportunity is lost, the same signal waits this long.", "シグナル案件の失注後、同じシグナルはこの日数待ちます。")),
            },
        };
    }
}
