using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        private static FormSection Section(string name, Label label, params string[] columns) => new(name, label, columns);

        private static FormTab Tab(string name, Label label, params FormSection[] sections) => new(name, label, sections);

        private static readonly Label General = new("General", "全般");

        private static IReadOnlyList<Form> FormsList() => new List<Form>
        {
            // Our own account form instead of a patch of the system "Account" form: a patch of a form we do not own is a
            // diff (solutionaction) that is fragile across platform updates; a separate form is plain and can be chosen
            // per app (the Customer Success Hub uses it).
            new("account", "customer-success", L("Account (Customer Success)", "取引先企業 (カスタマーサクセス)"),
                L("Account form for customer-success teams: health, onboarding, QBR cadence and ARR.", "カスタマーサクセスチーム向けの取引先企業フォーム: 健全性、オンボーディング、QBR、ARR。"),
                new[]
                {
                    Tab("summary", L("Summary", "概要"),
                        Section("account", L("Account", "取引先企業"), "name", "primarycontactid", "telephone1", "websiteurl", "ownerid"),
                        Section("customer_success", L("Customer success", "カスタマーサクセス"), "csx_tier", "csx_csmid", "csx_arr", "csx_lastengagementon", "csx_lastmeetingon", "csx_lastarrmovementtype")),
                    Tab("health", L("Health", "健全性"),
                        Section("health_panel", L("Health panel", "健全性パネル")) with { WebResource = "csx_/account/healthpanel.html" },
                        Section("health_score", L("Health score (set by the system)", "健全性スコア (システムが設定)"),
                            "csx_healthscore", "csx_healthband", "csx_healthtrend", "csx_healthdrivers", "csx_healthcalculatedon", "csx_healthcomputedscore",
                            "csx_healthusage", "csx_healthengagement", "csx_healthsupport", "csx_healthcontract", "csx_healthonboarding", "csx_healthrelationship"),
                        Section("health_override", L("Override (CS manager)", "上書き (CS マネージャー)"),
                            "csx_healthoverride", "csx_healthoverridereason", "csx_healthoverrideuntil", "csx_healthoverridebyid")),
                    Tab("onboarding_qbr", L("Onboarding and QBR", "オンボーディングと QBR"),
                        Section("onboarding", L("Onboarding", "オンボーディング"),
                            "csx_onboardingstatus", "csx_onboardingstartedon", "csx_onboardingdueon", "csx_onboardingcompletedon"),
                        Section("qbr", L("QBR", "QBR"), "csx_lastqbron", "csx_nextqbrdueon")),
                })
            {
                Header = new[] { "csx_healthscore", "csx_healthband", "csx_arr", "csx_csmid" },
                Scripts = new[] { new FormScript("csx_/account/healthpanel.js", "CsExtension.Account.onFormLoad") },
            },
            new("csx_customerrequest", "main", L("Customer request", "顧客要望"), L("Main form of a customer request.", "顧客要望のメインフォーム。"),
                new[]
                {
                    Tab("general", General,
                        Section("request", L("Request", "要望"), "csx_title", "csx_accountid", "csx_contactid", "csx_requesttype", "csx_priority", "csx_productarea", "csx_description"),
                        Section("development", L("Development", "開発"), "statuscode", "csx_workitemurl", "csx_resolutionnote", "ownerid")),
                    Tab("sla", L("SLA", "SLA"),
                        Section("sla_clock", L("SLA (business time of the policy's calendar)", "SLA (ポリシーのカレンダーの営業時間)"),
                            "csx_slapolicyid", "csx_slastatus", "csx_escalatedon", "csx_firstresponseon", "csx_responsedueon", "csx_resolutiondueon", "csx_resolvedon"),
                        Section("sla_pause", L("Pauses", "一時停止"), "csx_pausedon", "csx_pausedminutes"),
                        Section("impact", L("Revenue at stake", "影響する売上"), "csx_arrimpact", "csx_requestingaccounts")),
                })
            {
                Header = new[] { "csx_priority", "csx_slastatus", "csx_resolutiondueon", "csx_arrimpact" },
                Scripts = new[]
                {
                    new FormScript("csx_/request/form.js", "CsExtension.Request.onLoad"),
                    new FormScript("csx_/request/form.js", "CsExtension.Request.onStatusChange", "onchange", "statuscode"),
                },
            },
            new("csx_slapolicy", "main", L("SLA policy", "SLA ポリシー"), L("Main form of an SLA policy.", "SLA ポリシーのメインフォーム。"),
                new[]
                {
                    Tab("general", General,
                        Section("targets", L("Targets (business minutes)", "目標 (営業時間・分)"),
                            "csx_name", "csx_priority", "csx_responsetargetminutes", "csx_resolutiontargetminutes", "csx_warningpercent", "csx_warningminutes", "csx_pausestatuses"),
                        Section("calendar", L("Business calendar (minutes after midnight)", "営業カレンダー (0 時からの分)"),
                            "csx_timezone", "csx_workdays", "csx_daystartminutes", "csx_dayendminutes", "csx_breakstartminutes", "csx_breakendminutes")),
                }),
            new("csx_slaholiday", "main", L("SLA holiday", "SLA 休日"), L("Main form of an SLA holiday.", "SLA 休日のメインフォーム。"),
                new[] { Tab("general", General, Section("holiday", L("Holiday", "休日"), "csx_name", "csx_slapolicyid", "csx_date", "ownerid")) }),
            new("csx_arrmovement", "main", L("ARR movement", "ARR 変動"), L("Main form of an ARR movement.", "ARR 変動のメインフォーム。"),
                new[] { Tab("general", General, Section("movement", L("Movement", "変動"), "csx_name", "csx_accountid", "csx_contractid", "csx_date", "csx_movementtype", "csx_amount", "csx_arrbefore", "csx_arrafter")) }),
            new("csx_usagesnapshot", "main", L("Usage snapshot", "利用状況スナップショット"), L("Main form of a usage snapshot.", "利用状況スナップショットのメインフォーム。"),
                new[]
                {
                    Tab("general", General,
                        Section("period", L("Period", "期間"), "csx_name", "csx_accountid", "csx_periodstart", "csx_periodend"),
                        Section("usage", L("Usage", "利用状況"), "csx_activeusers", "csx_licensedseats", "csx_logins", "csx_lastloginon", "csx_featuresadopted", "csx_featuresavailable")),
                }),
            new("csx_healthscore", "main", L("Health score", "健全性スコア"), L("Main form of a day's health score.", "日次の健全性スコアのメインフォーム。"),
                new[]
                {
                    Tab("general", General,
                        Section("score", L("Score", "スコア"), "csx_name", "csx_accountid", "csx_date", "csx_score", "csx_band", "csx_overridescore", "csx_drivers"),
                        Section("components", L("Components", "要素"), "csx_usagescore", "csx_engagementscore", "csx_supportscore", "csx_contractscore", "csx_onboardingscore", "csx_relationshipscore")),
                }),
            new("csx_kpisnapshot", "main", L("KPI snapshot", "KPI スナップショット"), L("Main form of a KPI snapshot.", "KPI スナップショットのメインフォーム。"),
                new[]
                {
                    Tab("general", General,
                        Section("period", L("Period", "期間"), "csx_name", "csx_periodtype", "csx_periodstart", "csx_periodend", "csx_calculatedon"),
                        Section("retention", L("Retention", "リテンション"), "csx_logochurnrate", "csx_accountsactiveatstart", "csx_accountschurned", "csx_grr", "csx_nrr", "csx_arratstart", "csx_arrexpansion", "csx_arrcontraction", "csx_arrchurn"),
                        Section("adoption", L("Onboarding, QBR and health", "オンボーディング・QBR・健全性"), "csx_onboardingcompletionrate", "csx_onboardingsdue", "csx_onboardingsontime", "csx_qbrexecutionrate", "csx_hightouchaccounts", "csx_hightouchaccountswithqbr", "csx_healthimprovementrate", "csx_accountsatriskatstart", "csx_accountsimproved"),
                        Section("growth_service", L("Expansion, meetings and SLA", "拡大・ミーティング・SLA"), "csx_upsellrate", "csx_accountswithupsell", "csx_meetingsperaccount", "csx_meetingscompleted", "csx_slaattainment", "csx_requestsresolved", "csx_requestsmet")),
                }),
            new("csx_configuration", "main", L("CS configuration", "CS 設定"), L("Main form of the CS configuration.", "CS 設定のメインフォーム。"),
                new[]
                {
                    Tab("health", L("Health score", "健全性スコア"),
                        Section("weights", L("Weights and bands", "重みとバンド"), "csx_name", "csx_weightusage", "csx_weightengagement", "csx_weightsupport", "csx_weightcontract", "csx_weightonboarding", "csx_weightrelationship", "csx_bandhealthymin", "csx_bandneutralmin", "csx_bandatriskmin", "csx_healthtrenddays"),
                        Section("components", L("Components", "要素"), "csx_usagefullpercent", "csx_usagetrendsnapshots", "csx_usagedroppercent", "csx_usagedroppenalty", "csx_engagementfulldays", "csx_engagementzerodays", "csx_cadencehightouchdays", "csx_cadencemidtouchdays", "csx_cadencetechtouchdays", "csx_supportcriticalpenalty", "csx_supporthighpenalty", "csx_supportbreachedpenalty", "csx_contractonholdscore", "csx_contractrenewalwindowdays", "csx_contractrenewalpenalty", "csx_contractcontractionpenalty"),
                        Section("lifecycle", L("Onboarding and QBR", "オンボーディングと QBR"), "csx_onboardingdays", "csx_onboardingseatpercent", "csx_onboardingoverduescore", "csx_onboardinglatescore", "csx_qbrintervaldays", "csx_qbrrecentdays", "csx_qbrmissingscore")),
                    Tab("alerts_sla", L("Alerts and SLA", "アラートと SLA"),
                        Section("alerts", L("Usage alerts", "利用状況アラート"), "csx_alertactiveusersdrop", "csx_alertloginsdrop", "csx_alertnologindays"),
                        Section("sla", L("SLA", "SLA"), "csx_slawarningpercent", "csx_slapagesize", "csx_triageteamid")),
                    Tab("expansion", L("Expansion signals", "拡大シグナル"),
                        Section("signals", L("Signals", "シグナル"), "csx_seatexpansionpercent", "csx_seatexpansiondays", "csx_seatexpansionfactor", "csx_renewalupgradedays", "csx_renewalupgrademinscore", "csx_renewalupliftpercent", "csx_tierupgradepercent", "csx_signalcooldowndays")),
                }),
        };
    }
}
