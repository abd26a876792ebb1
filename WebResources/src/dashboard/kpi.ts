"use strict";
// CS KPI dashboard: an HTML web resource for a dashboard or the app's site map. It reads the Web API with relative
// URLs (same origin, the user's session) and takes the language from the userlcid parameter Dynamics passes.
// Chart.js is bundled (no CDN) and only the parts a line chart needs are registered.
// Health distribution and upsell pipeline use FetchXML aggregates (accounts?fetchXml=..., opportunities?fetchXml=...):
// grouping by a choice column returns its formatted label and money sums come back formatted in the user's currency.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import { languageOf, type Language } from "../shared/language";
import { dashboardLabels, type DashboardLabels, type KpiColumn } from "./labels";

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

const API = "/api/data/v9.2/";
const FORMATTED = "@OData.Community.Display.V1.FormattedValue";
const BAND_FIRST = 615300000;
const BAND_CLASSES = ["healthy", "neutral", "atrisk", "critical"];
const MONTH = 615300000;
const QUARTER = 615300001;
const PERIODS = 12;

export const KPI_COLUMNS: Array<{ column: KpiColumn; percent: boolean; lowerIsBetter?: boolean; colour: string }> = [
  { column: "csx_logochurnrate", percent: true, lowerIsBetter: true, colour: "#b10e1c" },
  { column: "csx_grr", percent: true, colour: "#0f6cbd" },
  { column: "csx_nrr", percent: true, colour: "#005b70" },
  { column: "csx_onboardingcompletionrate", percent: true, colour: "#0e700e" },
  { column: "csx_qbrexecutionrate", percent: true, colour: "#6b2f8a" },
  { column: "csx_healthimprovementrate", percent: true, colour: "#8a5a00" },
  { column: "csx_upsellrate", percent: true, colour: "#bc4b09" },
  { column: "csx_slaattainment", percent: true, colour: "#3b3a39" },
  { column: "csx_meetingsperaccount", percent: false, colour: "#4f6bed" },
];

type Row = Record<string, unknown>;

interface State {
  language: Language;
  labels: DashboardLabels;
  charts: Chart[];
}

const state: State = { language: "en", labels: dashboardLabels("en"), charts: [] };

/** Starts the dashboard (runs on load; exported for tests and for a host that wants to reload it). */
export function start(search: string = window.location.search): Promise<void> {
  const parameters = new URLSearchParams(search);
  const lcid = Number(parameters.get("userlcid") || parameters.get("orglcid") || "1033");
  state.language = languageOf(lcid);
  state.labels = dashboardLabels(state.language);
  document.documentElement.lang = state.language;
  document.title = state.labels.title;
  const root = document.getElementById("csx-dashboard") || document.body.appendChild(el("main"));
  root.id = "csx-dashboard";
  clear(root);
  root.appendChild(header());
  const kpis = sectionEl("csx-kpis", state.labels.kpis, "wide");
  const distribution = sectionEl("csx-distribution", state.labels.distribution);
  const pipeline = sectionEl("csx-pipeline", state.labels.pipeline);
  const atRisk = sectionEl("csx-atrisk", state.labels.atRisk, "wide");
  const sla = sectionEl("csx-sla", state.labels.sla, "wide");
  for (const s of [kpis, distribution, pipeline, atRisk, sla]) root.appendChild(s);
  return Promise.all([
    fill(kpis, () => loadKpis(MONTH)),
    fill(distribution, loadDistribution),
    fill(pipeline, loadPipeline),
    fill(atRisk, loadAtRisk),
    fill(sla, loadSla),
  ]).then(() => {
    root.setAttribute("data-loaded", "true");
  });
}

function header(): HTMLElement {
  const { labels } = state;
  const h = el("header", "page-header");
  const titles = el("div");
  titles.appendChild(el("h1", undefined, labels.title));
  titles.appendChild(el("p", "muted", labels.subtitle));
  h.appendChild(titles);
  const label = el("label", "period-picker", `${labels.periodType} `) as HTMLLabelElement;
  const select = el("select") as HTMLSelectElement;
  select.id = "csx-periodtype";
  for (const [value, text] of [[MONTH, labels.month], [QUARTER, labels.quarter]] as Array<[number, string]>) {
    const option = el("option", undefined, text) as HTMLOptionElement;
    option.value = String(value);
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const kpis = document.getElementById("csx-kpis");
    if (kpis) void fill(kpis, () => loadKpis(Number(select.value)));
  });
  label.appendChild(select);
  h.appendChild(label);
  return h;
}

/** Runs one section's loader; a failure shows in that section only. */
function fill(section: HTMLElement, loader: () => Promise<HTMLElement>): Promise<void> {
  const body = section.querySelector(".section-body") as HTMLElement;
  clear(body);
  body.appendChild(el("p", "muted", state.labels.loading));
  section.setAttribute("aria-busy", "true");
  return loader().then(
    (content) => {
      clear(body);
      body.appendChild(content);
      section.setAttribute("aria-busy", "false");
    },
    (error: unknown) => {
      clear(body);
      const message = el("p", "error", `${state.labels.error} ${messageOf(error)}`);
      message.setAttribute("role", "alert");
      body.appendChild(message);
      section.setAttribute("aria-busy", "false");
    },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Web API

/** GET on the Web API with a relative URL, OData headers and formatted values. */
export function getJson(path: string): Promise<{ value: Row[] }> {
  return fetch(API + path, {
    method: "GET",
    credentials: "same-origin",
    headers: {
      Accept: "application/json",
      "OData-MaxVersion": "4.0",
      "OData-Version": "4.0",
      "Content-Type": "application/json; charset=utf-8",
      Prefer: 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"',
    },
  }).then((response) =>
    response.text().then((text) => {
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        body = {};
      }
      if (!response.ok) {
        const error = (body as { error?: { message?: string } }).error;
        throw new Error(error && error.message ? error.message : `HTTP ${response.status}`);
      }
      const value = (body as { value?: Row[] }).value;
      return { value: Array.isArray(value) ? value : [] };
    }),
  );
}

function fetchXml(entitySet: string, xml: string): Promise<{ value: Row[] }> {
  return getJson(`${entitySet}?fetchXml=${encodeURIComponent(xml.replace(/\s*\n\s*/g, ""))}`);
}

// ---------------------------------------------------------------------------------------------------------------
// KPIs over time

function loadKpis(periodType: number): Promise<HTMLElement> {
  const columns = ["csx_name", "csx_periodstart", "csx_periodend"].concat(KPI_COLUMNS.map((k) => k.column));
  const query =
    `csx_kpisnapshots?$select=${columns.join(",")}&$filter=csx_periodtype eq ${periodType}` +
    `&$orderby=csx_periodstart desc&$top=${PERIODS}`;
  return getJson(query).then(({ value }) => {
    for (const chart of state.charts) chart.destroy();
    state.charts = [];
    const rows = value.slice().reverse();
    if (rows.length === 0) return el("p", "muted empty", state.labels.noKpis);
    const grid = el("div", "kpi-grid");
    const periods = rows.map((row) => periodLabel(stringOf(row.csx_periodstart), periodType));
    for (const kpi of KPI_COLUMNS) grid.appendChild(kpiCard(kpi, rows, periods));
    return grid;
  });
}

function kpiCard(kpi: (typeof KPI_COLUMNS)[number], rows: Row[], periods: string[]): HTMLElement {
  const { labels } = state;
  const name = labels.kpiNames[kpi.column];
  const values = rows.map((row) => numberOf(row[kpi.column]) ?? null);
  let latest: number | null = null;
  for (let i = values.length - 1; i >= 0 && latest === null; i--) latest = values[i];
  const latestText = latest === null ? labels.noValue : formatKpi(latest, kpi.percent);
  const card = el("article", "kpi-card");
  card.setAttribute("data-column", kpi.column);
  card.tabIndex = 0;
  const heading = el("h3", undefined, name);
  card.appendChild(heading);
  const figure = el("p", "kpi-latest");
  figure.appendChild(el("span", "kpi-value", latestText));
  figure.appendChild(el("span", "muted", ` ${labels.latest}${kpi.lowerIsBetter ? ` · ${labels.lowerIsBetter}` : ""}`));
  card.appendChild(figure);
  const box = el("div", "chart-box");
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", labels.chartLabel(name, latestText, rows.length));
  canvas.textContent = periods.map((p, i) => `${p}: ${values[i] === null ? labels.noValue : formatKpi(values[i] as number, kpi.percent)}`).join(", ");
  box.appendChild(canvas);
  card.appendChild(box);
  state.charts.push(
    new Chart(canvas, {
      type: "line",
      data: {
        labels: periods,
        datasets: [{ label: name, data: values, borderColor: kpi.colour, backgroundColor: kpi.colour, pointRadius: 3, borderWidth: 2, tension: 0.2, spanGaps: false }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => `${name}: ${item.parsed.y === null ? state.labels.noValue : formatKpi(item.parsed.y, kpi.percent)}` } },
        },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkip: true, font: { size: 10 } }, grid: { display: false } },
          y: {
            suggestedMin: 0,
            suggestedMax: kpi.percent ? 100 : undefined,
            ticks: { font: { size: 10 }, callback: (v) => (kpi.percent ? `${v}%` : String(v)) },
          },
        },
      },
    }),
  );
  return card;
}

function periodLabel(date: string, periodType: number): string {
  const time = Date.parse(date);
  if (isNaN(time)) return date;
  const d = new Date(time);
  if (periodType === QUARTER) {
    const q = Math.floor(d.getUTCMonth() / 3) + 1;
    return state.language === "ja" ? `${d.getUTCFullYear()}年 第${q}四半期` : `Q${q} ${d.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(state.labels.locale, { year: "numeric", month: "short", timeZone: "UTC" }).format(d);
}

function formatKpi(value: number, percent: boolean): string {
  const text = new Intl.NumberFormat(state.labels.locale, { maximumFractionDigits: percent ? 1 : 2 }).format(value);
  return percent ? `${text}%` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Health distribution (FetchXML aggregate, grouped by band)

function loadDistribution(): Promise<HTMLElement> {
  const xml = `<fetch aggregate="true">
    <entity name="account">
      <attribute name="csx_healthband" groupby="true" alias="band" />
      <attribute name="accountid" aggregate="count" alias="accounts" />
      <attribute name="csx_arr" aggregate="sum" alias="arr" />
      <filter><condition attribute="statecode" operator="eq" value="0" /></filter>
    </entity>
  </fetch>`;
  return fetchXml("accounts", xml).then(({ value }) => {
    const { labels } = state;
    const rows = value
      .map((row) => ({ band: numberOf(row.band), name: formatted(row, "band"), count: numberOf(row.accounts) ?? 0, arr: formatted(row, "arr") }))
      .sort((a, b) => (a.band ?? Number.MAX_SAFE_INTEGER) - (b.band ?? Number.MAX_SAFE_INTEGER));
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    const table = tableEl(labels.distributionCaption, [labels.band, labels.accounts, labels.share, labels.arr], "distribution");
    const body = table.tBodies[0];
    for (const row of rows) {
      const index = row.band === undefined ? -1 : row.band - BAND_FIRST;
      const tr = body.insertRow();
      tr.setAttribute("data-band", row.band === undefined ? "none" : String(row.band));
      const bandCell = tr.insertCell();
      bandCell.appendChild(el("span", `badge band-${BAND_CLASSES[index] || "none"}`, row.name || labels.noScore));
      cell(tr, formatNumber(row.count), "num");
      const share = total ? (row.count * 100) / total : 0;
      const shareCell = tr.insertCell();
      shareCell.className = "share";
      const bar = el("span", "bar");
      const fillBar = el("span", `bar-fill band-${BAND_CLASSES[index] || "none"}`);
      fillBar.style.width = `${share.toFixed(1)}%`;
      bar.appendChild(fillBar);
      bar.setAttribute("aria-hidden", "true");
      shareCell.appendChild(bar);
      shareCell.appendChild(el("span", "num", ` ${formatKpi(share, true)}`));
      cell(tr, row.arr || labels.noValue, "num");
    }
    const foot = table.createTFoot().insertRow();
    cell(foot, labels.total);
    cell(foot, formatNumber(total), "num");
    cell(foot, "");
    cell(foot, "");
    return table;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// At-risk accounts

function loadAtRisk(): Promise<HTMLElement> {
  const query =
    "accounts?$select=name,csx_healthscore,csx_healthband,csx_healthtrend,csx_healthdrivers,csx_arr,_csx_csmid_value" +
    `&$filter=statecode eq 0 and (csx_healthband eq ${BAND_FIRST + 2} or csx_healthband eq ${BAND_FIRST + 3})` +
    "&$orderby=csx_healthscore asc&$top=50";
  return getJson(query).then(({ value }) => {
    const { labels } = state;
    if (value.length === 0) return el("p", "muted empty", labels.noAtRisk);
    const table = tableEl(labels.atRiskCaption, [labels.account, labels.score, labels.band, labels.trend, labels.arr, labels.csm, labels.drivers], "atrisk");
    const body = table.tBodies[0];
    for (const row of value) {
      const tr = body.insertRow();
      const id = stringOf(row.accountid);
      tr.setAttribute("data-id", id);
      const nameCell = tr.insertCell();
      nameCell.appendChild(recordLink("account", id, stringOf(row.name)));
      cell(tr, stringOf(row.csx_healthscore), "num");
      const band = numberOf(row.csx_healthband);
      const bandCell = tr.insertCell();
      bandCell.appendChild(el("span", `badge band-${BAND_CLASSES[band === undefined ? -1 : band - BAND_FIRST] || "none"}`, formatted(row, "csx_healthband")));
      const trend = numberOf(row.csx_healthtrend);
      cell(tr, trend === undefined ? labels.noValue : signed(trend), "num");
      cell(tr, formatted(row, "csx_arr") || labels.noValue, "num");
      cell(tr, formatted(row, "_csx_csmid_value") || labels.noValue);
      cell(tr, stringOf(row.csx_healthdrivers), "drivers");
    }
    return table;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Upsell pipeline (FetchXML aggregate, grouped by signal type)

function loadPipeline(): Promise<HTMLElement> {
  const xml = `<fetch aggregate="true">
    <entity name="opportunity">
      <attribute name="csx_signaltype" groupby="true" alias="signaltype" />
      <attribute name="opportunityid" aggregate="count" alias="opportunities" />
      <attribute name="estimatedvalue" aggregate="sum" alias="estimatedvalue" />
      <filter>
        <condition attribute="statecode" operator="eq" value="0" />
        <condition attribute="csx_signaltype" operator="not-null" />
      </filter>
    </entity>
  </fetch>`;
  return fetchXml("opportunities", xml).then(({ value }) => {
    const { labels } = state;
    if (value.length === 0) return el("p", "muted empty", labels.noPipeline);
    const rows = value.slice().sort((a, b) => (numberOf(a.signaltype) ?? 0) - (numberOf(b.signaltype) ?? 0));
    const table = tableEl(labels.pipelineCaption, [labels.signalType, labels.opportunities, labels.estimatedValue], "pipeline");
    const body = table.tBodies[0];
    let count = 0;
    let sum = 0;
    for (const row of rows) {
      const tr = body.insertRow();
      tr.setAttribute("data-signaltype", stringOf(row.signaltype));
      cell(tr, formatted(row, "signaltype") || stringOf(row.signaltype));
      const n = numberOf(row.opportunities) ?? 0;
      const v = numberOf(row.estimatedvalue) ?? 0;
      count += n;
      sum += v;
      cell(tr, formatNumber(n), "num");
      cell(tr, formatted(row, "estimatedvalue") || formatNumber(v), "num");
    }
    const foot = table.createTFoot().insertRow();
    cell(foot, labels.total);
    cell(foot, formatNumber(count), "num");
    cell(foot, formatNumber(sum), "num");
    return table;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// SLA board

function loadSla(): Promise<HTMLElement> {
  const query =
    "csx_customerrequests?$select=csx_title,csx_priority,csx_slastatus,csx_resolutiondueon,csx_arrimpact,_csx_accountid_value" +
    "&$filter=csx_escalatedon ne null and statecode eq 0&$orderby=csx_resolutiondueon asc&$top=50";
  return getJson(query).then(({ value }) => {
    const { labels } = state;
    if (value.length === 0) return el("p", "muted empty", labels.noSla);
    const table = tableEl(labels.slaCaption, [labels.request, labels.account, labels.priority, labels.slaStatus, labels.due, labels.arrImpact], "sla");
    const body = table.tBodies[0];
    for (const row of value) {
      const tr = body.insertRow();
      const id = stringOf(row.csx_customerrequestid);
      tr.setAttribute("data-id", id);
      const status = numberOf(row.csx_slastatus);
      if (status === BAND_FIRST + 3) tr.className = "breached";
      else if (status === BAND_FIRST + 2) tr.className = "nearing";
      const titleCell = tr.insertCell();
      titleCell.appendChild(recordLink("csx_customerrequest", id, stringOf(row.csx_title)));
      const accountId = stringOf(row._csx_accountid_value);
      const accountCell = tr.insertCell();
      if (accountId) accountCell.appendChild(recordLink("account", accountId, formatted(row, "_csx_accountid_value") || accountId));
      cell(tr, formatted(row, "csx_priority") || labels.noValue);
      const statusCell = tr.insertCell();
      statusCell.appendChild(el("span", `badge sla-${status === undefined ? "none" : status - BAND_FIRST}`, formatted(row, "csx_slastatus") || labels.noValue));
      cell(tr, formatted(row, "csx_resolutiondueon") || stringOf(row.csx_resolutiondueon) || labels.noValue);
      cell(tr, formatted(row, "csx_arrimpact") || labels.noValue, "num");
    }
    return table;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** A link that opens the record in the app: relative to the organisation's root, in the top-level window. */
export function recordUrl(entity: string, id: string): string {
  return `/main.aspx?pagetype=entityrecord&etn=${encodeURIComponent(entity)}&id=${encodeURIComponent(id)}`;
}

function recordLink(entity: string, id: string, text: string): HTMLAnchorElement {
  const a = el("a", undefined, text) as HTMLAnchorElement;
  a.href = recordUrl(entity, id);
  a.target = "_top";
  return a;
}

function sectionEl(id: string, heading: string, className?: string): HTMLElement {
  const s = el("section", className ? `card ${className}` : "card");
  s.id = id;
  s.setAttribute("aria-labelledby", `${id}-heading`);
  const h = el("h2", undefined, heading);
  h.id = `${id}-heading`;
  s.appendChild(h);
  s.appendChild(el("div", "section-body"));
  return s;
}

function tableEl(caption: string, headers: string[], className: string): HTMLTableElement {
  const table = document.createElement("table");
  table.className = className;
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  for (const text of headers) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.appendChild(th);
  }
  table.createTBody();
  return table;
}

function cell(row: HTMLTableRowElement, text: string, className?: string): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function el(tag: string, className?: string, text?: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
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

function formatNumber(value: number): string {
  return new Intl.NumberFormat(state.labels.locale, { maximumFractionDigits: 2 }).format(value);
}

function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : "±0";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
else void start();
