using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        public const string KpiDashboardWebResource = "csx_/dashboard/kpi.html";
        public const string HealthPanelWebResource = "csx_/account/healthpanel.html";

        private static SiteMapSubArea Entry(string id, string table, Label title) => new(id, title) { Table = table };

        private static IReadOnlyList<ModelDrivenApp> AppsList() => new List<ModelDrivenApp>
        {
            new("csx_CustomerSuccessHub", L("Customer Success Hub", "カスタマーサクセス ハブ"),
                L("Account health, onboarding, QBRs, requests escalated to development, expansion and KPIs for CS teams.",
                  "CS チーム向けの取引先の健全性、オンボーディング、QBR、開発へのエスカレーション要望、拡大、KPI。"),
                new List<SiteMapArea>
                {
                    new("csx_area_customers", L("Customers", "顧客"), new[]
                    {
                        new SiteMapGroup("csx_group_customers", L("Customers", "顧客"), new[]
                        {
                            Entry("csx_sub_accounts", "account", L("Accounts", "取引先企業")),
                            Entry("csx_sub_contacts", "contact", L("Contacts", "取引先担当者")),
                            Entry("csx_sub_alerts", "task", L("Alerts and tasks", "アラートとタスク")),
                        }),
                        new SiteMapGroup("csx_group_health", L("Health", "健全性"), new[]
                        {
                            Entry("csx_sub_healthscores", "csx_healthscore", L("Health history", "健全性履歴")),
                            Entry("csx_sub_usagesnapshots", "csx_usagesnapshot", L("Usage", "利用状況")),
                        }),
                    }),
                    new("csx_area_requests", L("Requests", "要望"), new[]
                    {
                        new SiteMapGroup("csx_group_requests", L("Requests", "要望"), new[]
                        {
                            Entry("csx_sub_customerrequests", "csx_customerrequest", L("Customer requests", "顧客要望")),
                        }),
                        new SiteMapGroup("csx_group_sla", L("SLA", "SLA"), new[]
                        {
                            Entry("csx_sub_slapolicies", "csx_slapolicy", L("SLA policies", "SLA ポリシー")),
                            Entry("csx_sub_slaholidays", "csx_slaholiday", L("Holidays", "休日")),
                        }),
                    }),
                    new("csx_area_growth", L("Growth", "成長"), new[]
                    {
                        new SiteMapGroup("csx_group_growth", L("Growth", "成長"), new[]
                        {
                            Entry("csx_sub_opportunities", "opportunity", L("Opportunities", "営業案件")),
                            Entry("csx_sub_contracts", "contract", L("Contracts", "契約")),
                            Entry("csx_sub_arrmovements", "csx_arrmovement", L("ARR ledger", "ARR 台帳")),
                        }),
                    }),
                    new("csx_area_insights", L("Insights", "インサイト"), new[]
                    {
                        new SiteMapGroup("csx_group_insights", L("Insights", "インサイト"), new[]
                        {
                            Entry("csx_sub_kpisnapshots", "csx_kpisnapshot", L("KPI snapshots", "KPI スナップショット")),
                            // Shown only once the web-resource build has put the dashboard in the solution (see SiteMapWriter).
                            new SiteMapSubArea("csx_sub_kpidashboard", L("KPI dashboard", "KPI ダッシュボード")) { WebResource = KpiDashboardWebResource },
                        }),
                    }),
                    new("csx_area_settings", L("Settings", "設定"), new[]
                    {
                        new SiteMapGroup("csx_group_settings", L("Settings", "設定"), new[]
                        {
                            Entry("csx_sub_configuration", "csx_configuration", L("CS configuration", "CS 設定")),
                        }),
                    }),
                },
                new[] { CsRepresentative, CsManager, ProductTriage }),
        };
    }
}
