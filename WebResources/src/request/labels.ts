import { Language, languageOf } from "../shared/language";

/** Texts shown by the customer request form script, in English and Japanese. */
export interface RequestLabels {
  responseDue: string;
  resolutionDue: string;
  /** "{0} due in {1}" */
  dueIn: (what: string, remaining: string) => string;
  /** "{0} overdue by {1}" */
  overdueBy: (what: string, late: string) => string;
  lessThanAMinute: string;
  wallClockNote: string;
  businessTimeNote: string;
  days: (n: number) => string;
  hours: (n: number) => string;
  minutes: (n: number) => string;
}

const en: RequestLabels = {
  responseDue: "Response",
  resolutionDue: "Resolution",
  dueIn: (what, remaining) => `${what} due in ${remaining}`,
  overdueBy: (what, late) => `${what} overdue by ${late}`,
  lessThanAMinute: "less than 1 min",
  wallClockNote: "(wall-clock time; the SLA itself counts business hours of its calendar)",
  businessTimeNote: "(business time)",
  days: (n) => `${n} d`,
  hours: (n) => `${n} h`,
  minutes: (n) => `${n} min`,
};

const ja: RequestLabels = {
  responseDue: "初回応答",
  resolutionDue: "解決",
  dueIn: (what, remaining) => `${what}期限まで残り ${remaining}`,
  overdueBy: (what, late) => `${what}期限を ${late} 超過`,
  lessThanAMinute: "1 分未満",
  wallClockNote: "(実時間。SLA 自体はカレンダーの営業時間で計算されます)",
  businessTimeNote: "(営業時間)",
  days: (n) => `${n} 日`,
  hours: (n) => `${n} 時間`,
  minutes: (n) => `${n} 分`,
};

export function requestLabels(language: Language): RequestLabels {
  return language === "ja" ? ja : en;
}

/** The current user's language, from the global context (1041 → Japanese, anything else → English). */
export function currentLanguage(): Language {
  try {
    return languageOf(Xrm.Utility.getGlobalContext().userSettings.languageId);
  } catch {
    return "en";
  }
}
