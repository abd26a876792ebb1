import { Language } from "../shared/language";

/** Texts of the ribbon commands' dialogs and notifications, in English and Japanese. */
export interface RibbonLabels {
  escalateTitle: string;
  escalateText: string;
  escalateConfirm: string;
  cancel: string;
  escalateFailed: string;
  recalculateFailed: string;
  /** Shown after a recalculation: the score in force. */
  newScore: (score: number | null) => string;
  ok: string;
  healthTitle: string;
}

const en: RibbonLabels = {
  escalateTitle: "Escalate to development",
  escalateText:
    "Escalate this request to development? The SLA clock starts now and the product triage team is notified.",
  escalateConfirm: "Escalate",
  cancel: "Cancel",
  escalateFailed: "The request could not be escalated.",
  recalculateFailed: "The health score could not be recalculated.",
  newScore: (score) => (score === null ? "Health recalculated." : `Health recalculated: the score is now ${score}.`),
  ok: "OK",
  healthTitle: "Recalculate health",
};

const ja: RibbonLabels = {
  escalateTitle: "開発へエスカレーション",
  escalateText: "この要望を開発へエスカレーションしますか? SLA の計測が今から始まり、製品トリアージ チームに通知されます。",
  escalateConfirm: "エスカレーション",
  cancel: "キャンセル",
  escalateFailed: "要望をエスカレーションできませんでした。",
  recalculateFailed: "健全性スコアを再計算できませんでした。",
  newScore: (score) => (score === null ? "健全性を再計算しました。" : `健全性を再計算しました。現在のスコアは ${score} です。`),
  ok: "OK",
  healthTitle: "健全性を再計算",
};

export function ribbonLabels(language: Language): RibbonLabels {
  return language === "ja" ? ja : en;
}
