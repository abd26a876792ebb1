import type { Language } from "../shared/language";

/** The KPI rates of csx_kpisnapshot the dashboard charts (DESIGN §5), with meetings per account. */
export type KpiColumn =
  | "csx_logochurnrate"
  | "csx_grr"
  | "csx_nrr"
  | "csx_onboardingcompletionrate"
  | "csx_qbrexecutionrate"
  | "csx_healthimprovementrate"
  | "csx_upsellrate"
  | "csx_slaattainment"
  | "csx_meetingsperaccount";

export interface DashboardLabels {
  locale: string;
  title: string;
  subtitle: string;
  periodType: string;
  month: string;
  quarter: string;
  kpis: string;
  kpiNames: Record<KpiColumn, string>;
  latest: string;
  noValue: string;
  noKpis: string;
  lowerIsBetter: string;
  distribution: string;
  distributionCaption: string;
  band: string;
  accounts: string;
  arr: string;
  share: string;
  noScore: string;
  total: string;
  atRisk: string;
  atRiskCaption: string;
  noAtRisk: string;
  account: string;
  score: string;
  trend: string;
  csm: string;
  drivers: string;
  pipeline: string;
  pipelineCaption: string;
  signalType: string;
  opportunities: string;
  estimatedValue: string;
  noPipeline: string;
  sla: string;
  slaCaption: string;
  noSla: string;
  request: string;
  priority: string;
  slaStatus: string;
  due: string;
  arrImpact: string;
  loading: string;
  error: string;
  chartLabel: (name: string, latest: string, periods: number) => string;
}

const en: DashboardLabels = {
  locale: "en-US",
  title: "Customer success KPIs",
  subtitle: "Rates of the last 12 periods, health of the book, expansion pipeline and escalated requests.",
  periodType: "Period",
  month: "Month",
  quarter: "Quarter",
  kpis: "KPIs over time",
  kpiNames: {
    csx_logochurnrate: "Logo churn rate",
    csx_grr: "Gross revenue retention (GRR)",
    csx_nrr: "Net revenue retention (NRR)",
    csx_onboardingcompletionrate: "Onboarding completion rate",
    csx_qbrexecutionrate: "QBR execution rate",
    csx_healthimprovementrate: "Health improvement rate",
    csx_upsellrate: "Upsell rate",
    csx_slaattainment: "SLA attainment",
    csx_meetingsperaccount: "Meetings per account",
  },
  latest: "Latest",
  noValue: "—",
  noKpis: "No KPI snapshots yet. Run csx_ComputeKpis for a period to fill this dashboard.",
  lowerIsBetter: "lower is better",
  distribution: "Health distribution",
  distributionCaption: "Active accounts by health band",
  band: "Band",
  accounts: "Accounts",
  arr: "ARR",
  share: "Share",
  noScore: "No score yet",
  total: "Total",
  atRisk: "At-risk accounts",
  atRiskCaption: "Accounts At risk or Critical, lowest score first",
  noAtRisk: "No account is At risk or Critical.",
  account: "Account",
  score: "Score",
  trend: "Trend (30 days)",
  csm: "CSM",
  drivers: "Drivers",
  pipeline: "Upsell pipeline",
  pipelineCaption: "Open signal opportunities by signal type",
  signalType: "Signal type",
  opportunities: "Open opportunities",
  estimatedValue: "Estimated value",
  noPipeline: "No open signal opportunities.",
  sla: "SLA board",
  slaCaption: "Open escalated requests, resolution due first",
  noSla: "No open escalated requests.",
  request: "Request",
  priority: "Priority",
  slaStatus: "SLA status",
  due: "Resolution due",
  arrImpact: "ARR impact",
  loading: "Loading…",
  error: "Could not load this section:",
  chartLabel: (name, latest, periods) => `${name}: latest ${latest}, chart of the last ${periods} periods`,
};

const ja: DashboardLabels = {
  locale: "ja-JP",
  title: "カスタマーサクセス KPI",
  subtitle: "直近 12 期間の各率、顧客の健全性、拡大パイプライン、エスカレーションされた要望。",
  periodType: "期間",
  month: "月",
  quarter: "四半期",
  kpis: "KPI の推移",
  kpiNames: {
    csx_logochurnrate: "ロゴチャーン率",
    csx_grr: "売上総継続率 (GRR)",
    csx_nrr: "売上純継続率 (NRR)",
    csx_onboardingcompletionrate: "オンボーディング完了率",
    csx_qbrexecutionrate: "QBR 実施率",
    csx_healthimprovementrate: "健全性改善率",
    csx_upsellrate: "アップセル率",
    csx_slaattainment: "SLA 達成率",
    csx_meetingsperaccount: "取引先あたりミーティング数",
  },
  latest: "最新",
  noValue: "—",
  noKpis: "KPI スナップショットはまだありません。期間を指定して csx_ComputeKpis を実行してください。",
  lowerIsBetter: "低いほど良い",
  distribution: "健全性の分布",
  distributionCaption: "健全性バンド別の有効な取引先",
  band: "バンド",
  accounts: "取引先数",
  arr: "ARR",
  share: "割合",
  noScore: "スコアなし",
  total: "合計",
  atRisk: "要注意の取引先",
  atRiskCaption: "要注意・危険の取引先 (スコアの低い順)",
  noAtRisk: "要注意・危険の取引先はありません。",
  account: "取引先",
  score: "スコア",
  trend: "トレンド (30 日)",
  csm: "CS 担当",
  drivers: "要因",
  pipeline: "アップセルパイプライン",
  pipelineCaption: "シグナル種別ごとの未完了のシグナル案件",
  signalType: "シグナル種別",
  opportunities: "未完了の案件",
  estimatedValue: "見込み金額",
  noPipeline: "未完了のシグナル案件はありません。",
  sla: "SLA ボード",
  slaCaption: "エスカレーション中の未解決の要望 (解決期限の早い順)",
  noSla: "エスカレーション中の未解決の要望はありません。",
  request: "要望",
  priority: "優先度",
  slaStatus: "SLA 状況",
  due: "解決期限",
  arrImpact: "ARR への影響",
  loading: "読み込み中…",
  error: "このセクションを読み込めませんでした:",
  chartLabel: (name, latest, periods) => `${name}: 最新 ${latest}、直近 ${periods} 期間のグラフ`,
};

export function dashboardLabels(language: Language): DashboardLabels {
  return language === "ja" ? ja : en;
}
