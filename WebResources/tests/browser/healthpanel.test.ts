// The account health panel, built, in Chromium: the page gets a stubbed Xrm through setClientApiContext (as the
// form's onload handler hands it over) whose WebApi answers from the Dataverse-shaped fixtures.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, fixture, launchBrowser, NOW, SCREENSHOTS, startServer, type TestServer } from "./harness";

interface PanelSetup {
  account: Record<string, unknown>;
  history: Record<string, unknown>;
  alerts: Record<string, unknown>;
  languageId: number;
  formId: string;
  /** Table whose call rejects like Xrm.WebApi does on a Dataverse error. */
  fail?: string;
}

interface Call {
  method: string;
  entity: string;
  options: string;
}

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

async function openPanel(width = 720): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.clock.setFixedTime(NOW);
  await page.goto(`${server.url}/WebResources/csx_/account/healthpanel.html`);
  await page.waitForFunction(() => !!(window as unknown as { CsExtension?: { Account?: unknown } }).CsExtension?.Account);
  return page;
}

/** Injects the stub Xrm and form context and waits until the panel has rendered. */
async function inject(page: Page, setup: PanelSetup): Promise<Call[]> {
  return page.evaluate(async (data) => {
    const calls: Array<{ method: string; entity: string; options: string }> = [];
    const failure = (entity: string) => ({ errorCode: 2147746327, message: `Generic SQL error while reading ${entity}.`, code: 2147746327 });
    const entities = (response: Record<string, unknown>) =>
      ({ entities: (response.value as unknown[]).map((row) => row) });
    const stub = {
      Utility: { getGlobalContext: () => ({ userSettings: { languageId: data.languageId } }) },
      WebApi: {
        retrieveRecord: (entity: string, id: string, options: string) => {
          calls.push({ method: "retrieveRecord", entity, options: `${id} ${options}` });
          return data.fail === entity ? Promise.reject(failure(entity)) : Promise.resolve(data.account);
        },
        retrieveMultipleRecords: (entity: string, options: string) => {
          calls.push({ method: "retrieveMultipleRecords", entity, options });
          if (data.fail === entity) return Promise.reject(failure(entity));
          return Promise.resolve(entities(entity === "task" ? data.alerts : data.history));
        },
      },
    };
    const form = { data: { entity: { getId: () => data.formId } } };
    const w = window as unknown as {
      CsExtension: { Account: { setClientApiContext: (x: unknown, f: unknown) => Promise<void> } };
      __stub: typeof stub;
      __setup: typeof data;
    };
    w.__stub = stub;
    w.__setup = data;
    await w.CsExtension.Account.setClientApiContext(stub, form);
    return calls;
  }, setup);
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe("account health panel", () => {
  it("shows a healthy account in English: gauge, band, components, drivers, trend, QBRs; reads what it needs", async () => {
    const page = await openPanel();
    const calls = await inject(page, {
      account: fixture("account-healthy"),
      history: fixture("healthscores-healthy"),
      alerts: fixture("alerts-healthy"),
      languageId: 1033,
      formId: "{A1B2C3D4-0000-4000-8000-000000000001}",
    });

    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#csx-score-value")).toBe("82");
    expect(await page.textContent("#csx-band")).toBe("Healthy");
    expect(await page.getAttribute("svg.gauge", "aria-label")).toBe("Health score 82 of 100, Healthy");
    expect(await page.getAttribute("path.gauge-value", "stroke")).toBe("#0e700e");
    expect(await page.textContent("#csx-trend")).toBe("+6");
    expect(await texts(page, "#csx-components .component-name")).toEqual(["Usage", "Engagement", "Support", "Contract", "Onboarding", "Relationship (QBR)"]);
    expect(await texts(page, "#csx-components .component-value")).toEqual(["88", "100", "75", "100", "100", "—"]);
    expect(await page.getAttribute('[data-column="csx_healthrelationship"] .component-value', "aria-label")).toBe("No data");
    expect(await texts(page, "#csx-drivers li")).toEqual([
      "Support 75: 1 open High request, 1 breached SLA",
      "Usage 88: 74 % of seats active, up 6 %",
    ]);
    expect(await page.locator("#csx-override").count()).toBe(0);
    expect(await page.locator("#csx-computed").count()).toBe(0);
    const points = (await page.getAttribute("polyline.trend-line", "points"))!.split(" ");
    expect(points).toHaveLength(13);
    expect(await page.getAttribute("svg.trend", "aria-label")).toBe("13 daily scores: from 70 to 82, lowest 70, highest 82.");
    expect(await page.textContent("#csx-alerts h2")).toBe("Open alerts (0)");
    expect(await page.textContent("#csx-alerts")).toContain("No open alerts.");
    expect(await page.textContent("#csx-onboarding-status")).toBe("Completed on time");
    expect(await page.textContent("#csx-last-qbr")).toBe("5/12/2025");
    expect(await page.textContent("#csx-next-qbr")).toBe("8/10/2025");

    // What it asked Dataverse for: the account's columns, 90 days of history in date order, open alerts regarding it.
    const id = "a1b2c3d4-0000-4000-8000-000000000001";
    expect(calls).toHaveLength(3);
    expect(calls[0]).toEqual({
      method: "retrieveRecord",
      entity: "account",
      options: `${id} ?$select=name,csx_healthscore,csx_healthband,csx_healthtrend,csx_healthdrivers,csx_healthcalculatedon,csx_healthcomputedscore,csx_healthusage,csx_healthengagement,csx_healthsupport,csx_healthcontract,csx_healthonboarding,csx_healthrelationship,csx_healthoverride,csx_healthoverridereason,csx_healthoverrideuntil,csx_onboardingstatus,csx_onboardingdueon,csx_lastqbron,csx_nextqbrdueon`,
    });
    expect(calls[1]).toEqual({
      method: "retrieveMultipleRecords",
      entity: "csx_healthscore",
      options: `?$select=csx_date,csx_score,csx_overridescore,csx_band&$filter=_csx_accountid_value eq ${id} and csx_date ge 2025-04-01&$orderby=csx_date asc`,
    });
    expect(calls[2].entity).toBe("task");
    expect(calls[2].options).toContain(`$filter=_regardingobjectid_value eq ${id} and csx_alerttype ne null and statecode eq 0`);

    // Keyboard: the sections are focusable in order, with a visible focus ring.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("csx-score");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("csx-components");
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());

    await page.screenshot({ path: join(SCREENSHOTS, "healthpanel-healthy-en.png"), fullPage: true });
    await page.close();
  });

  it("shows an at-risk account with an override and alerts in Japanese (languageId 1041)", async () => {
    const page = await openPanel();
    await inject(page, {
      account: fixture("account-atrisk-ja"),
      history: fixture("healthscores-atrisk-ja"),
      alerts: fixture("alerts-atrisk-ja"),
      languageId: 1041,
      formId: "a1b2c3d4-0000-4000-8000-000000000002",
    });

    expect(await page.getAttribute("html", "lang")).toBe("ja");
    expect(await page.title()).toBe("顧客の健全性");
    expect(await texts(page, "h2")).toEqual(["健全性スコア", "構成要素", "要因", "過去 90 日間", "未対応のアラート (2)", "オンボーディング · QBR"]);
    expect(await page.textContent("#csx-score-value")).toBe("35");
    expect(await page.textContent("#csx-band")).toBe("要注意");
    expect(await page.getAttribute("path.gauge-value", "stroke")).toBe("#bc4b09");
    expect(await page.textContent("#csx-trend")).toBe("−21");
    expect(await page.textContent("#csx-computed")).toBe("41");
    expect(await texts(page, "#csx-components .component-name")).toEqual(["利用状況", "エンゲージメント", "サポート", "契約", "オンボーディング", "関係性 (QBR)"]);
    expect(await texts(page, "#csx-components .component-value")).toEqual(["33", "45", "40", "50", "30", "40"]);
    const override = await page.textContent("#csx-override");
    expect(override).toContain("手動の上書き: 35");
    expect(override).toContain("計算されたスコア41");
    expect(override).toContain("顧客がベンダー見直しを発表");
    expect(override).toContain("期限2025/07/31");
    expect(await texts(page, "#csx-alerts .alert-type")).toEqual(["利用低下", "オンボーディング期限超過"]);
    expect(await page.textContent("#csx-alerts")).toContain("期限: 2025/07/03 9:00");
    expect(await page.textContent("#csx-onboarding-status")).toBe("期限超過");
    expect(await page.textContent("#csx-next-qbr")).toBe("2025/05/21");
    // The trend plots the score in force (the override on its last days).
    expect(await page.getAttribute("svg.trend", "aria-label")).toBe("日次スコア 13 件: 68 から 35、最低 35、最高 68。");

    await page.screenshot({ path: join(SCREENSHOTS, "healthpanel-atrisk-ja.png"), fullPage: true });
    await page.close();
  });

  it("shows a clear empty state for a new account without a score", async () => {
    const page = await openPanel();
    await inject(page, {
      account: fixture("account-new"),
      history: fixture("healthscores-empty"),
      alerts: fixture("alerts-empty"),
      languageId: 1033,
      formId: "{A1B2C3D4-0000-4000-8000-000000000003}",
    });

    expect(await page.textContent("#csx-empty h2")).toBe("No health score yet");
    expect(await page.textContent("#csx-empty")).toContain("The score appears after the first calculation.");
    expect(await page.locator("svg.gauge").count()).toBe(0);
    expect(await page.locator("#csx-components").count()).toBe(0);
    expect(await page.textContent("#csx-onboarding-status")).toBe("Not started");
    expect(await page.textContent("#csx-last-qbr")).toBe("None yet");
    expect(await page.textContent("#csx-alerts")).toContain("No open alerts.");

    await page.screenshot({ path: join(SCREENSHOTS, "healthpanel-empty-en.png"), fullPage: true });
    await page.close();
  });

  it("asks to save an unsaved account and calls nothing", async () => {
    const page = await openPanel();
    const calls = await inject(page, {
      account: fixture("account-new"),
      history: fixture("healthscores-empty"),
      alerts: fixture("alerts-empty"),
      languageId: 1033,
      formId: "",
    });
    expect(calls).toHaveLength(0);
    expect(await page.textContent("#csx-empty")).toContain("Save the account to see its health.");
    await page.close();
  });

  it("shows an error state when a call fails, and recovers on retry", async () => {
    const page = await openPanel();
    await inject(page, {
      account: fixture("account-healthy"),
      history: fixture("healthscores-healthy"),
      alerts: fixture("alerts-healthy"),
      languageId: 1033,
      formId: "a1b2c3d4-0000-4000-8000-000000000001",
      fail: "csx_healthscore",
    });

    const error = page.locator("#csx-error");
    expect(await error.getAttribute("role")).toBe("alert");
    expect(await page.textContent("#csx-error h2")).toBe("The health panel could not load");
    expect(await error.textContent()).toContain("Generic SQL error while reading csx_healthscore.");
    expect(await page.locator("svg.gauge").count()).toBe(0);

    // The Dataverse problem goes away; the retry button (keyboard-usable) loads the panel.
    await page.evaluate(() => {
      (window as unknown as { __setup: { fail?: string } }).__setup.fail = undefined;
    });
    await page.focus("button.retry");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#csx-score-value");
    expect(await page.textContent("#csx-score-value")).toBe("82");
    await page.close();
  });
});
