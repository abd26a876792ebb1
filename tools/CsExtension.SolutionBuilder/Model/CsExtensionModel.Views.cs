using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        private const string Active = "0";

        private static string Value(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static ViewCondition IsActive(string attribute = "statecode") => new(attribute, "eq", Active);

        private static IReadOnlyList<ManyToManyRelationship> ManyToManyList() => new List<ManyToManyRelationship>
        {
            new("csx_customerrequest_account", "csx_customerrequest", "account",
                L("Accounts that asked for the same request; their ARR makes the request's ARR impact.",
                  "同じ要望をした取引先。その ARR の合計が要望の ARR への影響額になります。")),
        };

        private static IReadOnlyList<View> ViewsList()
        {
            var views = new List<View>();

            // DESIGN §6, in the order it names them.
            var accountColumns = new List<ViewColumn>
            {
                new("name", 200), new("csx_healthscore", 100), new("csx_healthband", 100), new("csx_healthtrend", 100),
                new("csx_healthdrivers", 300), new("csx_csmid", 150), new("csx_arr", 120),
            };
            views.Add(new View("account", "at-risk", L("At-risk accounts", "要注意の取引先企業"),
                L("Active accounts whose health band is At risk or Critical, lowest score first.", "健全性バンドが要注意または危険の有効な取引先 (スコアの低い順)。"), ViewType.Public)
            {
                Columns = accountColumns,
                Filter = new[] { IsActive(), new ViewCondition("csx_healthband", "in", Value(615300002), Value(615300003)) },
                Order = new[] { new ViewOrder("csx_healthscore") },
            });
            views.Add(new View("account", "health-declining", L("Health declining", "健全性が低下中"),
                L("Active accounts whose score fell 10 points or more in 30 days, steepest fall first.", "30 日でスコアが 10 ポイント以上下がった有効な取引先 (下落幅の大きい順)。"), ViewType.Public)
            {
                Columns = accountColumns,
                Filter = new[] { IsActive(), new ViewCondition("csx_healthtrend", "le", "-10") },
                Order = new[] { new ViewOrder("csx_healthtrend") },
            });
            views.Add(new View("account", "onboarding-overdue", L("Onboarding overdue", "オンボーディング期限超過"),
                L("Accounts whose onboarding passed its due date unfinished.", "期限を過ぎてもオンボーディングが完了していない取引先。"), ViewType.Public)
            {
                Columns = new List<ViewColumn> { new("name", 200), new("csx_onboardingstatus", 130), new("csx_onboardingstartedon", 120), new("csx_onboardingdueon", 120), new("csx_csmid", 150), new("csx_arr", 120) },
                Filter = new[] { IsActive(), new ViewCondition("csx_onboardingstatus", "eq", Value(615300004)) },
                Order = new[] { new ViewOrder("csx_onboardingdueon") },
            });
            views.Add(new View("account", "qbr-overdue", L("QBR overdue", "QBR 期限超過"),
                L("High-touch accounts whose next QBR is due before today.", "次回 QBR の期限が今日より前のハイタッチ取引先。"), ViewType.Public)
            {
                Columns = new List<ViewColumn> { new("name", 200), new("csx_tier", 110), new("csx_lastqbron", 120), new("csx_nextqbrdueon", 120), new("csx_csmid", 150), new("csx_healthscore", 100) },
                // "older than 1 day" on a date-only column = due yesterday or earlier.
                Filter = new[] { IsActive(), new ViewCondition("csx_tier", "eq", Value(615300000)), new ViewCondition("csx_nextqbrdueon", "olderthan-x-days", "1") },
                Order = new[] { new ViewOrder("csx_nextqbrdueon") },
            });

            var requestColumns = new List<ViewColumn>
            {
                new("csx_title", 250), new("csx_accountid", 150), new("csx_priority", 90), new("statuscode", 150), new("csx_slastatus", 110),
                new("csx_responsedueon", 140), new("csx_resolutiondueon", 140), new("csx_arrimpact", 120), new("ownerid", 130),
            };
            views.Add(new View("csx_customerrequest", "escalated-by-resolution-due", L("Escalated requests by resolution due", "エスカレーション済み要望 (解決期限順)"),
                L("Open requests escalated to development, the nearest resolution due first.", "開発へエスカレーションされた未完了の要望 (解決期限の近い順)。"), ViewType.Public)
            {
                Columns = requestColumns,
                Filter = new[] { IsActive(), new ViewCondition("csx_escalatedon", "not-null") },
                Order = new[] { new ViewOrder("csx_resolutiondueon"), new ViewOrder("csx_arrimpact", true) },
            });
            views.Add(new View("csx_customerrequest", "nearing-breach", L("Requests nearing breach", "SLA 違反間近の要望"),
                L("Open requests past their SLA warning point.", "SLA の警告点を過ぎた未完了の要望。"), ViewType.Public)
            {
                Columns = requestColumns,
                Filter = new[] { IsActive(), new ViewCondition("csx_slastatus", "eq", Value(615300002)) },
                Order = new[] { new ViewOrder("csx_resolutiondueon") },
            });
            views.Add(new View("csx_customerrequest", "breached", L("Breached requests", "SLA 違反の要望"),
                L("Open requests whose SLA is breached.", "SLA に違反した未完了の要望。"), ViewType.Public)
            {
                Columns = requestColumns,
                Filter = new[] { IsActive(), new ViewCondition("csx_slastatus", "eq", Value(615300003)) },
                Order = new[] { new ViewOrder("csx_resolutiondueon") },
            });
            views.Add(new View("csx_customerrequest", "by-arr-impact", L("Requests by ARR impact", "ARR への影響順の要望"),
                L("Open requests, the most revenue at stake first.", "未完了の要望 (影響する売上の大きい順)。"), ViewType.Public)
            {
                Columns = requestColumns,
                Filter = new[] { IsActive() },
                Order = new[] { new ViewOrder("csx_arrimpact", true), new ViewOrder("csx_resolutiondueon") },
            });
            views.Add(new View("opportunity", "open-signals", L("Open signal opportunities", "未完了のシグナル案件"),
                L("Open opportunities created from expansion signals, the largest estimated value first.", "拡大シグナルから作成された未完了の営業案件 (見込み金額の大きい順)。"), ViewType.Public)
            {
                Columns = new List<ViewColumn> { new("name", 250), new("parentaccountid", 150), new("csx_signaltype", 130), new("csx_signalscore", 90), new("estimatedvalue", 120), new("estimatedclosedate", 120), new("ownerid", 130) },
                Filter = new[] { IsActive(), new ViewCondition("csx_signaltype", "not-null") },
                Order = new[] { new ViewOrder("estimatedvalue", true) },
            });
            views.Add(new View("task", "my-alerts", L("My alerts", "自分のアラート"),
                L("Open alert tasks assigned to me, the oldest first.", "自分に割り当てられた未完了のアラートタスク (古い順)。"), ViewType.Public)
            {
                Columns = new List<ViewColumn> { new("subject", 300), new("csx_alerttype", 140), new("regardingobjectid", 150), new("scheduledend", 120), new("createdon", 130) },
                Filter = new[] { new ViewCondition("ownerid", "eq-userid"), IsActive(), new ViewCondition("csx_alerttype", "not-null") },
                Order = new[] { new ViewOrder("createdon") },
            });

            // The system views every custom table carries (as a new table exported from the maker portal does).
            foreach (var (table, columns, find) in SystemViewColumns())
            {
                views.AddRange(SystemViews(table, columns, find));
            }

            return views;
        }

        private static IEnumerable<(Table Table, IReadOnlyList<ViewColumn> Columns, IReadOnlyList<string> Find)> SystemViewColumns()
        {
            var tables = TablesList().Where(t => !t.IsStandard).ToDictionary(t => t.LogicalName);
            IReadOnlyList<ViewColumn> Cols(params string[] names) => names.Select(n => new ViewColumn(n, n.EndsWith("name", System.StringComparison.Ordinal) || n == "csx_title" ? 250 : 140)).ToList();
            yield return (tables["csx_arrmovement"], Cols("csx_name", "csx_accountid", "csx_date", "csx_movementtype", "csx_amount", "csx_arrafter"), new[] { "csx_name" });
            yield return (tables["csx_usagesnapshot"], Cols("csx_name", "csx_accountid", "csx_periodstart", "csx_periodend", "csx_activeusers", "csx_licensedseats", "csx_logins"), new[] { "csx_name" });
            yield return (tables["csx_healthscore"], Cols("csx_name", "csx_accountid", "csx_date", "csx_score", "csx_band", "csx_drivers"), new[] { "csx_name" });
            yield return (tables["csx_customerrequest"], Cols("csx_title", "csx_accountid", "csx_requesttype", "csx_priority", "statuscode", "csx_slastatus", "csx_resolutiondueon", "ownerid"), new[] { "csx_title", "csx_productarea" });
            yield return (tables["csx_slapolicy"], Cols("csx_name", "csx_priority", "csx_responsetargetminutes", "csx_resolutiontargetminutes", "csx_timezone"), new[] { "csx_name" });
            yield return (tables["csx_slaholiday"], Cols("csx_name", "csx_slapolicyid", "csx_date"), new[] { "csx_name" });
            yield return (tables["csx_kpisnapshot"], Cols("csx_name", "csx_periodtype", "csx_periodstart", "csx_periodend", "csx_grr", "csx_nrr", "csx_slaattainment"), new[] { "csx_name" });
            yield return (tables["csx_configuration"], Cols("csx_name", "modifiedon", "modifiedby"), new[] { "csx_name" });
        }

        private static IEnumerable<View> SystemViews(Table table, IReadOnlyList<ViewColumn> columns, IReadOnlyList<string> findColumns)
        {
            var name = table.Columns.Single(c => c.IsPrimaryName).LogicalName;
            var order = new[] { new ViewOrder(name) };
            var plural = table.PluralName;
            yield return new View(table.LogicalName, "active", L($"Active {plural.English}", $"有効な{plural.Japanese}"), Label.Empty, ViewType.Public)
            {
                IsDefault = true, Columns = columns, Filter = new[] { IsActive() }, Order = order,
            };
            yield return new View(table.LogicalName, "inactive", L($"Inactive {plural.English}", $"無効な{plural.Japanese}"), Label.Empty, ViewType.Public)
            {
                Columns = columns, Filter = new[] { new ViewCondition("statecode", "eq", "1") }, Order = order,
            };
            yield return new View(table.LogicalName, "quick-find", L($"Quick Find Active {plural.English}", $"有効な{plural.Japanese}のクイック検索"), Label.Empty, ViewType.QuickFind)
            {
                IsDefault = true, Columns = columns, Filter = new[] { IsActive() }, Order = order, FindColumns = findColumns,
            };
            yield return new View(table.LogicalName, "lookup", L($"{table.DisplayName.English} Lookup View", $"{table.DisplayName.Japanese}の検索ビュー"), Label.Empty, ViewType.Lookup)
            {
                IsDefault = true, Columns = new[] { new ViewColumn(name, 300), new ViewColumn("createdon", 125) }, Filter = new[] { IsActive() }, Order = order,
            };
            yield return new View(table.LogicalName, "advanced-find", L($"{table.DisplayName.English} Advanced Find View", $"{table.DisplayName.Japanese}の高度な検索ビュー"), Label.Empty, ViewType.AdvancedFind)
            {
                IsDefault = true, Columns = columns, Filter = new[] { IsActive() }, Order = order,
            };
            yield return new View(table.LogicalName, "associated", L($"{table.DisplayName.English} Associated View", $"{table.DisplayName.Japanese}の関連ビュー"), Label.Empty, ViewType.Associated)
            {
                IsDefault = true, Columns = columns, Filter = new[] { IsActive() }, Order = order,
            };
        }
    }
}
