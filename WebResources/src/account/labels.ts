import type { Language } from "../shared/language";

/** Every text the health panel shows, in English and Japanese (chosen by the user's language, 1041 → Japanese). */
export interface HealthPanelLabels {
  title: string;
  loading: string;
  score: string;
  scoreInForce: string;
  band: string;
  noBand: string;
  trend: string;
  trendNone: string;
  calculatedOn: string;
  computedScore: string;
  override: string;
  overrideReason: string;
  overrideUntil: string;
  components: string;
  componentNames: {
    usage: string;
    engagement: string;
    support: string;
    contract: string;
    onboarding: string;
    relationship: string;
  };
  noData: string;
  drivers: string;
  noDrivers: string;
  history: string;
  historyEmpty: string;
  historySummary: (count: number, first: number, last: number, min: number, max: number) => string;
  alerts: string;
  noAlerts: string;
  alertDue: string;
  onboarding: string;
  onboardingNotStarted: string;
  onboardingDue: string;
  qbr: string;
  lastQbr: string;
  nextQbr: string;
  never: string;
  emptyTitle: string;
  emptyText: string;
  unsavedText: string;
  errorTitle: string;
  errorText: string;
  retry: string;
  gaugeLabel: (score: number, band: string) => string;
}

const en: HealthPanelLabels = {
  title: "Customer health",
  loading: "Loading health…",
  score: "Health score",
  scoreInForce: "Score in force",
  band: "Band",
  noBand: "No band",
  trend: "30-day trend",
  trendNone: "No trend yet",
  calculatedOn: "Calculated on",
  computedScore: "Computed score",
  override: "Manual override",
  overrideReason: "Reason",
  overrideUntil: "Until",
  components: "Components",
  componentNames: {
    usage: "Usage",
    engagement: "Engagement",
    support: "Support",
    contract: "Contract",
    onboarding: "Onboarding",
    relationship: "Relationship (QBR)",
  },
  noData: "No data",
  drivers: "Drivers",
  noDrivers: "No drivers recorded.",
  history: "Last 90 days",
  historyEmpty: "No history in the last 90 days.",
  historySummary: (count, first, last, min, max) =>
    `${count} daily scores: from ${first} to ${last}, lowest ${min}, highest ${max}.`,
  alerts: "Open alerts",
  noAlerts: "No open alerts.",
  alertDue: "Due",
  onboarding: "Onboarding",
  onboardingNotStarted: "Not started",
  onboardingDue: "Due",
  qbr: "QBRs",
  lastQbr: "Last QBR",
  nextQbr: "Next QBR due",
  never: "None yet",
  emptyTitle: "No health score yet",
  emptyText:
    "This account has no usage, activity, contract or request data to score yet. The score appears after the first calculation.",
  unsavedText: "Save the account to see its health.",
  errorTitle: "The health panel could not load",
  errorText: "Dataverse returned an error:",
  retry: "Try again",
  gaugeLabel: (score, band) => `Health score ${score} of 100, ${band}`,
};

const ja: HealthPanelLabels = {
  title: "顧客の健全性",
  loading: "健全性を読み込んでいます…",
  score: "健全性スコア",
  scoreInForce: "有効なスコア",
  band: "バンド",
  noBand: "バンドなし",
  trend: "30 日間のトレンド",
  trendNone: "トレンドはまだありません",
  calculatedOn: "計算日時",
  computedScore: "計算されたスコア",
  override: "手動の上書き",
  overrideReason: "理由",
  overrideUntil: "期限",
  components: "構成要素",
  componentNames: {
    usage: "利用状況",
    engagement: "エンゲージメント",
    support: "サポート",
    contract: "契約",
    onboarding: "オンボーディング",
    relationship: "関係性 (QBR)",
  },
  noData: "データなし",
  drivers: "要因",
  noDrivers: "要因は記録されていません。",
  history: "過去 90 日間",
  historyEmpty: "過去 90 日間の履歴はありません。",
  historySummary: (count, first, last, min, max) =>
    `日次スコア ${count} 件: ${first} から ${last}、最低 ${min}、最高 ${max}。`,
  alerts: "未対応のアラート",
  noAlerts: "未対応のアラートはありません。",
  alertDue: "期限",
  onboarding: "オンボーディング",
  onboardingNotStarted: "未開始",
  onboardingDue: "期限",
  qbr: "QBR",
  lastQbr: "前回 QBR",
  nextQbr: "次回 QBR 期限",
  never: "まだありません",
  emptyTitle: "健全性スコアはまだありません",
  emptyText:
    "この取引先には、スコアを計算するための利用状況・活動・契約・要望のデータがまだありません。最初の計算後にスコアが表示されます。",
  unsavedText: "健全性を表示するには取引先を保存してください。",
  errorTitle: "健全性パネルを読み込めませんでした",
  errorText: "Dataverse からエラーが返されました:",
  retry: "再試行",
  gaugeLabel: (score, band) => `健全性スコア 100 点中 ${score} 点、${band}`,
};

export function healthPanelLabels(language: Language): HealthPanelLabels {
  return language === "ja" ? ja : en;
}

/** Band names when the record carries no formatted value (values are the publisher's: 615300000 + order). */
export function bandName(value: number, language: Language): string {
  const names = language === "ja" ? ["健全", "普通", "要注意", "危険"] : ["Healthy", "Neutral", "At risk", "Critical"];
  return names[value - 615300000] ?? "";
}
