"use strict";
// Account health panel: an HTML web resource on the account form. The form's onload handler hands it the client API
// (setClientApiContext, through the web-resource control's getContentWindow()); it never reaches for parent.Xrm.
// Everything is built with createElement/textContent.
import { languageOf, type Language } from "../shared/language";
import { bandName, healthPanelLabels, type HealthPanelLabels } from "./labels";

const FORMATTED = "@OData.Community.Display.V1.FormattedValue";
const SVG_NS = "http://www.w3.org/2000/svg";
const BAND_FIRST = 615300000;
/** Band colours, dark enough for white text (contrast ≥ 4.5:1) and for strokes on white. */
const BAND_COLOURS = ["#0e700e", "#8a5a00", "#bc4b09", "#b10e1c"];
const BAND_CLASSES = ["healthy", "neutral", "atrisk", "critical"];
const HISTORY_DAYS = 90;
/** Name of the web-resource control on the account form (used by onFormLoad). */
export const DEFAULT_CONTROL_NAME = "WebResource_csx_healthpanel";

export const ACCOUNT_COLUMNS = [
  "name",
  "csx_healthscore",
  "csx_healthband",
  "csx_healthtrend",
  "csx_healthdrivers",
  "csx_healthcalculatedon",
  "csx_healthcomputedscore",
  "csx_healthusage",
  "csx_healthengagement",
  "csx_healthsupport",
  "csx_healthcontract",
  "csx_healthonboarding",
  "csx_healthrelationship",
  "csx_healthoverride",
  "csx_healthoverridereason",
  "csx_healthoverrideuntil",
  "csx_onboardingstatus",
  "csx_onboardingdueon",
  "csx_lastqbron",
  "csx_nextqbrdueon",
];

const COMPONENTS: Array<{ column: string; key: keyof HealthPanelLabels["componentNames"] }> = [
  { column: "csx_healthusage", key: "usage" },
  { column: "csx_healthengagement", key: "engagement" },
  { column: "csx_healthsupport", key: "support" },
  { column: "csx_healthcontract", key: "contract" },
  { column: "csx_healthonboarding", key: "onboarding" },
  { column: "csx_healthrelationship", key: "relationship" },
];

type Row = Record<string, unknown>;

interface PanelData {
  account: Row;
  history: Row[];
  alerts: Row[];
}

interface Context {
  xrm: Xrm.XrmStatic;
  accountId: string;
  language: Language;
  labels: HealthPanelLabels;
}

let current: Context | undefined;

/**
 * Called by the account form's onload handler through the web-resource control's getContentWindow():
 * hands the panel the client API and the form, then loads and shows the account's health.
 */
export function setClientApiContext(xrm: Xrm.XrmStatic, formContext: Xrm.FormContext): Promise<void> {
  const language = languageOf(xrm.Utility.getGlobalContext().userSettings.languageId);
  const labels = healthPanelLabels(language);
  document.documentElement.lang = language;
  document.title = labels.title;
  const accountId = normaliseId(formContext.data.entity.getId());
  current = { xrm, accountId, language, labels };
  return refresh();
}

/**
 * Form onload handler for the account form (register as CsExtension.Account.onFormLoad with "pass execution context"
 * and, optionally, the control name as a parameter): passes Xrm and the form context to the panel's page.
 */
export function onFormLoad(executionContext: Xrm.Events.EventContext, controlName?: string): Promise<void> {
  const formContext = executionContext.getFormContext();
  const control = formContext.getControl<Xrm.Controls.IframeControl>(controlName || DEFAULT_CONTROL_NAME);
  if (!control || typeof control.getContentWindow !== "function") return Promise.resolve();
  return control.getContentWindow().then((contentWindow) => {
    const page = contentWindow as unknown as { CsExtension?: { Account?: { setClientApiContext?: typeof setClientApiContext } } };
    const panel = page.CsExtension && page.CsExtension.Account;
    if (panel && panel.setClientApiContext) return panel.setClientApiContext(Xrm, formContext);
    return undefined;
  });
}

/** Reloads the panel (the retry button; also callable after a recalculation). */
export function refresh(): Promise<void> {
  const context = current;
  if (!context) return Promise.resolve();
  const root = panelRoot();
  if (!context.accountId) {
    render(root, emptyState(context.labels, context.labels.unsavedText));
    return Promise.resolve();
  }
  render(root, paragraph(context.labels.loading, "loading"));
  root.setAttribute("aria-busy", "true");
  return load(context).then(
    (data) => {
      root.setAttribute("aria-busy", "false");
      render(root, panel(context, data));
    },
    (error: unknown) => {
      root.setAttribute("aria-busy", "false");
      render(root, errorState(context.labels, error));
    },
  );
}

function load(context: Context): Promise<PanelData> {
  const { xrm, accountId } = context;
  const since = isoDate(new Date(Date.now() - HISTORY_DAYS * 86400000));
  const account = xrm.WebApi.retrieveRecord("account", accountId, `?$select=${ACCOUNT_COLUMNS.join(",")}`);
  const history = xrm.WebApi.retrieveMultipleRecords(
    "csx_healthscore",
    "?$select=csx_date,csx_score,csx_overridescore,csx_band" +
      `&$filter=_csx_accountid_value eq ${accountId} and csx_date ge ${since}&$orderby=csx_date asc`,
  );
  const alerts = xrm.WebApi.retrieveMultipleRecords(
    "task",
    "?$select=subject,csx_alerttype,scheduledend,createdon" +
      `&$filter=_regardingobjectid_value eq ${accountId} and csx_alerttype ne null and statecode eq 0&$orderby=createdon desc`,
    20,
  );
  return Promise.all([account, history, alerts]).then(([a, h, t]) => ({
    account: a as Row,
    history: h.entities as Row[],
    alerts: t.entities as Row[],
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

function panel(context: Context, data: PanelData): HTMLElement {
  const { labels } = context;
  const { account } = data;
  const container = el("div", "panel");
  const score = numberOf(account.csx_healthscore);
  if (score === undefined) {
    container.appendChild(emptyState(labels, labels.emptyText));
  } else {
    container.appendChild(scoreSection(context, account, score));
    container.appendChild(componentsSection(labels, account));
    container.appendChild(driversSection(labels, account));
    container.appendChild(historySection(labels, data.history));
  }
  container.appendChild(alertsSection(labels, data.alerts));
  container.appendChild(onboardingSection(labels, account));
  return container;
}

function section(id: string, heading: string, className?: string): HTMLElement {
  const s = el("section", className ? `card ${className}` : "card");
  s.id = id;
  s.tabIndex = 0;
  s.setAttribute("aria-labelledby", `${id}-heading`);
  const h = el("h2", undefined, heading);
  h.id = `${id}-heading`;
  s.appendChild(h);
  return s;
}

function bandIndexOf(account: Row, score: number): number {
  const band = numberOf(account.csx_healthband);
  if (band !== undefined && band >= BAND_FIRST && band <= BAND_FIRST + 3) return band - BAND_FIRST;
  return score >= 75 ? 0 : score >= 50 ? 1 : score >= 25 ? 2 : 3;
}

function scoreSection(context: Context, account: Row, score: number): HTMLElement {
  const { labels, language } = context;
  const s = section("csx-score", labels.score, "score-card");
  const bandIndex = bandIndexOf(account, score);
  const band = formatted(account, "csx_healthband") || bandName(BAND_FIRST + bandIndex, language);
  const colour = BAND_COLOURS[bandIndex];

  const body = el("div", "score-body");
  body.appendChild(gauge(score, colour, labels.gaugeLabel(score, band)));

  const facts = el("dl", "facts");
  const bandBadge = el("span", `badge band-${BAND_CLASSES[bandIndex]}`, band);
  bandBadge.id = "csx-band";
  addFact(facts, labels.band, bandBadge);
  const trend = numberOf(account.csx_healthtrend);
  addFact(facts, labels.trend, trend === undefined ? labels.trendNone : signed(trend), "csx-trend");
  const override = numberOf(account.csx_healthoverride);
  const computed = numberOf(account.csx_healthcomputedscore);
  if (override !== undefined && computed !== undefined) addFact(facts, labels.computedScore, String(computed), "csx-computed");
  const calculatedOn = formatted(account, "csx_healthcalculatedon") || stringOf(account.csx_healthcalculatedon);
  if (calculatedOn) addFact(facts, labels.calculatedOn, calculatedOn);
  body.appendChild(facts);
  s.appendChild(body);

  if (override !== undefined) {
    const box = el("div", "override");
    box.id = "csx-override";
    box.setAttribute("role", "note");
    box.appendChild(el("h3", undefined, `${labels.override}: ${override}`));
    const list = el("dl", "facts");
    if (computed !== undefined) addFact(list, labels.computedScore, String(computed));
    addFact(list, labels.overrideReason, stringOf(account.csx_healthoverridereason) || "—");
    addFact(list, labels.overrideUntil, formatted(account, "csx_healthoverrideuntil") || stringOf(account.csx_healthoverrideuntil) || "—");
    box.appendChild(list);
    s.appendChild(box);
  }
  return s;
}

function gauge(score: number, colour: string, label: string): SVGSVGElement {
  const svg = svgEl("svg", { viewBox: "0 0 200 120", width: "200", height: "120", role: "img", class: "gauge" });
  svg.setAttribute("aria-label", label);
  const title = svgEl("title", {});
  title.textContent = label;
  svg.appendChild(title);
  svg.appendChild(svgEl("path", { d: "M20,100 A80,80 0 0 1 180,100", fill: "none", stroke: "#e1dfdd", "stroke-width": "18", "stroke-linecap": "round" }));
  const fraction = Math.max(0, Math.min(100, score)) / 100;
  if (fraction > 0) {
    const theta = Math.PI * (1 - fraction);
    const x = (100 + 80 * Math.cos(theta)).toFixed(2);
    const y = (100 - 80 * Math.sin(theta)).toFixed(2);
    svg.appendChild(svgEl("path", { d: `M20,100 A80,80 0 0 1 ${x},${y}`, fill: "none", stroke: colour, "stroke-width": "18", "stroke-linecap": "round", class: "gauge-value" }));
  }
  const text = svgEl("text", { x: "100", y: "92", "text-anchor": "middle", class: "gauge-score", fill: "#201f1e" });
  text.textContent = String(score);
  text.id = "csx-score-value";
  svg.appendChild(text);
  const of = svgEl("text", { x: "100", y: "114", "text-anchor": "middle", class: "gauge-of", fill: "#605e5c" });
  of.textContent = "/ 100";
  svg.appendChild(of);
  return svg;
}

function componentsSection(labels: HealthPanelLabels, account: Row): HTMLElement {
  const s = section("csx-components", labels.components);
  const list = el("ul", "components");
  for (const component of COMPONENTS) {
    const value = numberOf(account[component.column]);
    const item = el("li", value === undefined ? "component nodata" : "component");
    item.setAttribute("data-column", component.column);
    item.appendChild(el("span", "component-name", labels.componentNames[component.key]));
    const meter = el("span", "meter");
    meter.setAttribute("aria-hidden", "true");
    if (value !== undefined) {
      const fill = el("span", `meter-fill band-${BAND_CLASSES[value >= 75 ? 0 : value >= 50 ? 1 : value >= 25 ? 2 : 3]}`);
      fill.style.width = `${Math.max(0, Math.min(100, value))}%`;
      meter.appendChild(fill);
    }
    item.appendChild(meter);
    const figure = el("span", "component-value", value === undefined ? "—" : String(value));
    if (value === undefined) figure.setAttribute("aria-label", labels.noData);
    item.appendChild(figure);
    list.appendChild(item);
  }
  s.appendChild(list);
  return s;
}

function driversSection(labels: HealthPanelLabels, account: Row): HTMLElement {
  const s = section("csx-drivers", labels.drivers);
  const drivers = stringOf(account.csx_healthdrivers);
  if (!drivers) {
    s.appendChild(paragraph(labels.noDrivers, "muted"));
    return s;
  }
  const list = el("ul", "drivers");
  for (const driver of drivers.split("; ")) if (driver.trim()) list.appendChild(el("li", undefined, driver.trim()));
  s.appendChild(list);
  return s;
}

function historySection(labels: HealthPanelLabels, history: Row[]): HTMLElement {
  const s = section("csx-history", labels.history);
  const points = history
    .map((row) => ({
      date: stringOf(row.csx_date),
      label: formatted(row, "csx_date") || stringOf(row.csx_date),
      score: numberOf(row.csx_overridescore) ?? numberOf(row.csx_score),
    }))
    .filter((p): p is { date: string; label: string; score: number } => !!p.date && p.score !== undefined);
  if (points.length === 0) {
    s.appendChild(paragraph(labels.historyEmpty, "muted"));
    return s;
  }
  const scores = points.map((p) => p.score);
  const summary = labels.historySummary(points.length, points[0].score, points[points.length - 1].score, Math.min(...scores), Math.max(...scores));
  const width = 320;
  const height = 100;
  const left = 24;
  const top = 6;
  const plotWidth = width - left - 6;
  const plotHeight = height - top - 16;
  const end = Date.now();
  const start = end - HISTORY_DAYS * 86400000;
  const xOf = (date: string): number => left + (plotWidth * Math.max(0, Math.min(1, (Date.parse(date) - start) / (end - start))));
  const yOf = (score: number): number => top + plotHeight * (1 - score / 100);
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "trend", preserveAspectRatio: "xMidYMid meet" });
  svg.setAttribute("aria-label", summary);
  const title = svgEl("title", {});
  title.textContent = summary;
  svg.appendChild(title);
  for (const threshold of [0, 25, 50, 75, 100]) {
    const y = yOf(threshold).toFixed(1);
    svg.appendChild(svgEl("line", { x1: String(left), x2: String(width - 6), y1: y, y2: y, stroke: threshold === 0 ? "#8a8886" : "#e1dfdd", "stroke-dasharray": threshold === 0 || threshold === 100 ? "" : "3 3" }));
    if (threshold % 50 === 0) {
      const tick = svgEl("text", { x: String(left - 4), y: (yOf(threshold) + 3).toFixed(1), "text-anchor": "end", class: "axis" });
      tick.textContent = String(threshold);
      svg.appendChild(tick);
    }
  }
  const startLabel = svgEl("text", { x: String(left), y: String(height - 2), class: "axis" });
  startLabel.textContent = points[0].label;
  svg.appendChild(startLabel);
  const endLabel = svgEl("text", { x: String(width - 6), y: String(height - 2), "text-anchor": "end", class: "axis" });
  endLabel.textContent = points[points.length - 1].label;
  svg.appendChild(endLabel);
  const last = points[points.length - 1];
  const colour = BAND_COLOURS[last.score >= 75 ? 0 : last.score >= 50 ? 1 : last.score >= 25 ? 2 : 3];
  svg.appendChild(svgEl("polyline", {
    points: points.map((p) => `${xOf(p.date).toFixed(1)},${yOf(p.score).toFixed(1)}`).join(" "),
    fill: "none",
    stroke: colour,
    "stroke-width": "2",
    "stroke-linejoin": "round",
    class: "trend-line",
  }));
  svg.appendChild(svgEl("circle", { cx: xOf(last.date).toFixed(1), cy: yOf(last.score).toFixed(1), r: "3", fill: colour }));
  s.appendChild(svg);
  s.appendChild(paragraph(summary, "visually-hidden"));
  return s;
}

function alertsSection(labels: HealthPanelLabels, alerts: Row[]): HTMLElement {
  const s = section("csx-alerts", `${labels.alerts} (${alerts.length})`);
  if (alerts.length === 0) {
    s.appendChild(paragraph(labels.noAlerts, "muted"));
    return s;
  }
  const list = el("ul", "alerts");
  for (const alert of alerts) {
    const item = el("li", "alert");
    item.appendChild(el("span", "badge alert-type", formatted(alert, "csx_alerttype") || stringOf(alert.csx_alerttype)));
    item.appendChild(el("span", "alert-subject", stringOf(alert.subject)));
    const due = formatted(alert, "scheduledend");
    if (due) item.appendChild(el("span", "muted", `${labels.alertDue}: ${due}`));
    list.appendChild(item);
  }
  s.appendChild(list);
  return s;
}

function onboardingSection(labels: HealthPanelLabels, account: Row): HTMLElement {
  const s = section("csx-onboarding", `${labels.onboarding} · ${labels.qbr}`);
  const facts = el("dl", "facts");
  const status = formatted(account, "csx_onboardingstatus") || labels.onboardingNotStarted;
  addFact(facts, labels.onboarding, status, "csx-onboarding-status");
  const due = formatted(account, "csx_onboardingdueon");
  if (due && numberOf(account.csx_onboardingstatus) !== undefined) addFact(facts, labels.onboardingDue, due);
  addFact(facts, labels.lastQbr, formatted(account, "csx_lastqbron") || stringOf(account.csx_lastqbron) || labels.never, "csx-last-qbr");
  addFact(facts, labels.nextQbr, formatted(account, "csx_nextqbrdueon") || stringOf(account.csx_nextqbrdueon) || "—", "csx-next-qbr");
  s.appendChild(facts);
  return s;
}

function emptyState(labels: HealthPanelLabels, text: string): HTMLElement {
  const s = section("csx-empty", labels.emptyTitle, "empty");
  s.appendChild(paragraph(text));
  return s;
}

function errorState(labels: HealthPanelLabels, error: unknown): HTMLElement {
  const s = section("csx-error", labels.errorTitle, "error");
  s.setAttribute("role", "alert");
  s.appendChild(paragraph(`${labels.errorText} ${messageOf(error)}`));
  const button = el("button", "retry", labels.retry) as HTMLButtonElement;
  button.type = "button";
  button.addEventListener("click", () => {
    void refresh();
  });
  s.appendChild(button);
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function panelRoot(): HTMLElement {
  let root = document.getElementById("csx-health");
  if (!root) {
    root = el("main");
    root.id = "csx-health";
    document.body.appendChild(root);
  }
  return root;
}

function render(root: HTMLElement, content: HTMLElement): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  root.appendChild(content);
}

function el(tag: string, className?: string, text?: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const name of Object.keys(attributes)) if (attributes[name] !== "") element.setAttribute(name, attributes[name]);
  return element;
}

function paragraph(text: string, className?: string): HTMLElement {
  return el("p", className, text);
}

function addFact(list: HTMLElement, term: string, value: string | HTMLElement, id?: string): void {
  list.appendChild(el("dt", undefined, term));
  const dd = el("dd");
  if (typeof value === "string") dd.textContent = value;
  else dd.appendChild(value);
  if (id) dd.id = id;
  list.appendChild(dd);
}

function formatted(row: Row, column: string): string {
  const value = row[column + FORMATTED];
  return typeof value === "string" ? value : "";
}

function numberOf(value: unknown): number | undefined {
  return typeof value === "number" && isFinite(value) ? value : undefined;
}

function stringOf(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : "±0";
}

function normaliseId(id: string | null | undefined): string {
  return (id || "").replace(/[{}]/g, "").toLowerCase();
}

function isoDate(date: Date): string {
  return date.toISOString().substring(0, 10);
}

function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}
