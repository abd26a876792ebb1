/** The user's language as Dynamics reports it (LCID). Japanese (1041) is served in Japanese, everything else in English. */
export type Language = "en" | "ja";

export function languageOf(lcid: number | undefined | null): Language {
  return lcid === 1041 ? "ja" : "en";
}
