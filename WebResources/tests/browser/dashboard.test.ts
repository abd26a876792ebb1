// The KPI dashboard, built, in Chromium: it reads the Web API with relative URLs, answered by the local server from
// Dataverse-shaped fixtures.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureBuilt, launchBrowser, NOW, SCREENSHOTS, startServer, type TestServer } from "./harness";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(() => {
  server.requests.length = 0;
  server.failing.clear();
});

async function openDashboard(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.clock.setFixedTime(NOW);
  await page.goto(`${server.url}/WebResources/csx_/dashboard/kpi.html${query}`);
  await page.waitForSelector("#csx-dashboard[data-loaded=true]");
  return page;
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const RATES = [
  "csx_logochurnrate",
  "csx_grr",
  "csx_nrr",
  "csx_onboardingcompletionrate",
  "csx_qbrexecutionrate",
  "csx_healthimprovementrate",
  "csx_upsellrate",
  "csx_slaattainment",
  "csx_meetingsperaccount",
];

describe("KPI dashboard", () => {
  it("charts every rate, the health distribution, at-risk accounts, upsell pipeline and SLA board (English)", async () => {
    const page = await openDashboard("?userlcid=1033&orglcid=1033&orgname=contoso");

    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Customer success KPIs");

    // One line chart per rate, drawn (non-blank pixels), over the 12 periods in time order.
    const cards = page.locator("#csx-kpis .kpi-card");
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-column")))).toEqual(RATES);
    expect(await page.locator("#csx-kpis canvas").count()).toBe(RATES.length);
    const drawn = await page.locator("#csx-kpis canvas").evaluateAll((canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
        return canvas.width > 0 && canvas.height > 0 && painted > 500;
      }),
    );
    expect(drawn).toEqual(RATES.map(() => true));
    expect(await texts(page, '[data-column="csx_nrr"] .kpi-value')).toEqual(["109.5%"]);
    expect(await texts(page, '[data-column="csx_meetingsperaccount"] .kpi-value')).toEqual(["1.34"]);
    expect(await page.getAttribute('[data-column="csx_grr"] canvas', "aria-label")).toBe(
      "Gross revenue retention (GRR): latest 96.4%, chart of the last 12 periods",
    );
    const qbrFallback = await page.textContent('[data-column="csx_qbrexecutionrate"] canvas');
    expect(qbrFallback).toMatch(/^Jul 2024: —, Aug 2024: 40%/);
    expect(qbrFallback).toMatch(/Jun 2025: 85\.7%$/);

    // Health distribution by band (FetchXML aggregate).
    expect(await texts(page, "#csx-distribution tbody td:first-child")).toEqual(["Healthy", "Neutral", "At risk", "Critical", "No score yet"]);
    expect(await texts(page, "#csx-distribution tbody td:nth-child(2)")).toEqual(["64", "31", "12", "5", "8"]);
    expect(await texts(page, "#csx-distribution tbody td:nth-child(4)")).toEqual(["$9,840,000.00", "$3,915,000.00", "$1,480,500.00", "$612,000.00", "$0.00"]);
    expect(await texts(page, "#csx-distribution tfoot td:nth-child(2)")).toEqual(["120"]);

    // At-risk list: links that open the account in the app.
    const links = page.locator("#csx-atrisk tbody a");
    expect(await links.allTextContents()).toEqual(["Northwind Traders", "Litware, Inc.", "株式会社ノースウィンド", "Adventure Works Cycles"]);
    expect(await links.first().getAttribute("href")).toBe("/main.aspx?pagetype=entityrecord&etn=account&id=a1b2c3d4-0000-4000-8000-000000000011");
    expect(await links.first().evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
      `${server.url}/main.aspx?pagetype=entityrecord&etn=account&id=a1b2c3d4-0000-4000-8000-000000000011`,
    );
    expect(await texts(page, "#csx-atrisk tbody tr:first-child td")).toEqual([
      "Northwind Traders", "18", "Critical", "−24", "$240,000.00", "Aiko Tanaka",
      "Usage 12: 15 % of seats active, down 52 %; Engagement 20: last activity 78 days ago",
    ]);
    expect(await texts(page, "#csx-atrisk tbody tr:last-child td:nth-child(6)")).toEqual(["—"]);

    // Upsell pipeline by signal type.
    expect(await texts(page, "#csx-pipeline tbody td:first-child")).toEqual(["Seat expansion", "Renewal upgrade", "Tier upgrade"]);
    expect(await texts(page, "#csx-pipeline tbody td:nth-child(2)")).toEqual(["7", "4", "3"]);
    expect(await texts(page, "#csx-pipeline tbody td:nth-child(3)")).toEqual(["$148,800.00", "$61,250.00", "$45,600.00"]);
    expect(await texts(page, "#csx-pipeline tfoot td")).toEqual(["Total", "14", "255,650"]);

    // SLA board: escalated requests by resolution due, formatted values and ARR impact.
    const rows = page.locator("#csx-sla tbody tr");
    expect(await rows.count()).toBe(4);
    expect(await texts(page, "#csx-sla tbody tr:first-child td")).toEqual([
      "SSO login loops after the June release", "Northwind Traders", "Critical", "Breached", "6/27/2025 5:00 PM", "$426,000.00",
    ]);
    expect(await rows.first().getAttribute("class")).toBe("breached");
    expect(await rows.nth(1).getAttribute("class")).toBe("nearing");
    expect(await texts(page, "#csx-sla tbody td:nth-child(4)")).toEqual(["Breached", "Nearing breach", "In progress", "Paused"]);
    expect(await page.locator("#csx-sla tbody tr:first-child a").first().getAttribute("href")).toBe(
      "/main.aspx?pagetype=entityrecord&etn=csx_customerrequest&id=e5c00000-0000-4000-8000-000000000001",
    );

    // How it asked: relative URLs, OData headers, formatted values; the queries name their columns and order.
    expect(server.requests.map((r) => r.path).sort()).toEqual(["accounts", "accounts", "csx_customerrequests", "csx_kpisnapshots", "opportunities"]);
    for (const request of server.requests) {
      expect(request.headers.accept).toBe("application/json");
      expect(request.headers["odata-maxversion"]).toBe("4.0");
      expect(request.headers["odata-version"]).toBe("4.0");
      expect(request.headers.prefer).toBe('odata.include-annotations="OData.Community.Display.V1.FormattedValue"');
    }
    const kpi = server.requests.find((r) => r.path === "csx_kpisnapshots")!;
    expect(kpi.query.get("$filter")).toBe("csx_periodtype eq 615300000");
    expect(kpi.query.get("$orderby")).toBe("csx_periodstart desc");
    expect(kpi.query.get("$top")).toBe("12");
    const distribution = server.requests.find((r) => r.path === "accounts" && r.query.has("fetchXml"))!;
    expect(distribution.query.get("fetchXml")).toContain('<attribute name="csx_healthband" groupby="true" alias="band" />');
    const sla = server.requests.find((r) => r.path === "csx_customerrequests")!;
    expect(sla.query.get("$filter")).toBe("csx_escalatedon ne null and statecode eq 0");
    expect(sla.query.get("$orderby")).toBe("csx_resolutiondueon asc");

    await page.screenshot({ path: join(SCREENSHOTS, "dashboard-en.png"), fullPage: true });
    await page.close();
  });

  it("speaks Japanese when Dynamics passes userlcid=1041", async () => {
    const page = await openDashboard("?userlcid=1041");
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    expect(await page.textContent("h1")).toBe("カスタマーサクセス KPI");
    expect(await texts(page, "h2")).toEqual(["KPI の推移", "健全性の分布", "アップセルパイプライン", "要注意の取引先", "SLA ボード"]);
    expect(await texts(page, '[data-column="csx_slaattainment"] h3')).toEqual(["SLA 達成率"]);
    await page.close();
  });

  it("shows a failing section's error and keeps the others", async () => {
    server.failing.add("csx_customerrequests");
    const page = await openDashboard("");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const error = page.locator("#csx-sla [role=alert]");
    expect(await error.textContent()).toBe("Could not load this section: Generic SQL error.");
    expect(await page.locator("#csx-kpis canvas").count()).toBe(RATES.length);
    expect(await page.locator("#csx-atrisk tbody tr").count()).toBe(4);
    await page.close();
  });
});
