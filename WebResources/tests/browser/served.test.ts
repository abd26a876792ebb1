// The KPI dashboard served by `csx serve`: the real emulator with the demo's book of business behind the local Web
// API, the built web resources from the same server. What the page shows must be what the Web API holds, and a write
// through the Web API (which runs the plugins) must show on the next load.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, ensureBuilt, launchBrowser, ROOT, SCREENSHOTS } from "./harness";

const REPO = join(ROOT, "..");
const CSX = join(REPO, "tools/CsExtension.Cli/bin/Release/net10.0/csx.dll");
const FORMATTED = 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"';

let csx: ChildProcess;
let base: string;
let browser: Browser;
let output = "";

/** Starts `csx serve` on a free port and resolves with its address once it says it is serving. */
function serve(): Promise<string> {
  if (!existsSync(CSX)) {
    execFileSync("dotnet", ["build", join(REPO, "tools/CsExtension.Cli"), "-c", "Release", "-m:1"], { stdio: "inherit" });
  }
  csx = spawn("dotnet", [CSX, "serve", "--accounts", "120", "--months", "6", "--seed", "1", "--port", "0", "--web-resources", DIST], { cwd: REPO });
  return new Promise((resolve, reject) => {
    csx.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const serving = /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (serving) resolve(serving[1]);
    });
    csx.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    csx.on("exit", (code) => reject(new Error(`csx serve exited with ${code} before serving:\n${output.slice(-2000)}`)));
  });
}

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${base}api/data/v9.2/${path}`, {
    ...init,
    headers: { Accept: "application/json", "OData-MaxVersion": "4.0", "OData-Version": "4.0", "Content-Type": "application/json", Prefer: FORMATTED, ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function rows(path: string): Promise<Array<Record<string, unknown>>> {
  return ((await (await api(path)).json()) as { value: Array<Record<string, unknown>> }).value;
}

async function openDashboard(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}WebResources/csx_/dashboard/kpi.html?userlcid=1033`);
  await page.waitForSelector("#csx-dashboard[data-loaded=true]");
  return page;
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

beforeAll(async () => {
  ensureBuilt();
  base = await serve();
  browser = await launchBrowser();
}, 240000);

afterAll(async () => {
  await browser?.close();
  csx?.kill("SIGINT");
});

describe("KPI dashboard on csx serve", () => {
  it("shows the emulator's live data and picks up a request escalated through the Web API", async () => {
    const page = await openDashboard();
    expect(await page.locator(".error").count()).toBe(0);

    // The latest monthly NRR is the one the Web API returns.
    const [latest] = await rows("csx_kpisnapshots?$select=csx_nrr&$filter=csx_periodtype eq 615300000&$orderby=csx_periodstart desc&$top=1");
    expect(latest.csx_nrr).toEqual(expect.any(Number));
    const shown = (await texts(page, '[data-column="csx_nrr"] .kpi-value'))[0];
    expect(Number(shown.replace("%", ""))).toBeCloseTo(latest.csx_nrr as number, 1);
    expect(await page.locator("#csx-kpis canvas").count()).toBe(9);

    // The health distribution counts every active account, band by band.
    const active = await rows("accounts?$select=accountid&$filter=statecode eq 0");
    const counts = (await texts(page, "#csx-distribution tbody td:nth-child(2)")).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(active.length);
    expect(await texts(page, "#csx-distribution tfoot td:nth-child(2)")).toEqual([String(active.length)]);

    // The at-risk list is the at-risk and critical accounts, lowest score first.
    const atRisk = await rows(
      "accounts?$select=name,csx_healthscore&$filter=statecode eq 0 and (csx_healthband eq 615300002 or csx_healthband eq 615300003)&$orderby=csx_healthscore asc&$top=50",
    );
    expect(atRisk.length).toBeGreaterThan(0);
    expect(await texts(page, "#csx-atrisk tbody tr td:first-child")).toEqual(atRisk.map((a) => a.name));

    // A request escalated now, through the Web API: the SLA plugins give it a resolution deadline and it joins the board.
    const [account] = atRisk;
    const created = await api("csx_customerrequests", {
      method: "POST",
      body: JSON.stringify({
        csx_title: "Served: export stalls at 10,000 rows",
        csx_priority: 615300000,
        "csx_accountid@odata.bind": `/accounts(${String((await rows(`accounts?$select=accountid&$filter=name eq '${String(account.name).replace(/'/g, "''")}'`))[0].accountid)})`,
      }),
    });
    expect(created.status).toBe(204);
    const location = created.headers.get("OData-EntityId")!;
    const id = /\(([0-9a-f-]{36})\)$/.exec(location)![1];
    for (const status of [615300000, 615300001]) {
      await api(`csx_customerrequests(${id})`, { method: "PATCH", headers: { "If-Match": "*" }, body: JSON.stringify({ statuscode: status }) });
    }
    const escalated = (await (await api(`csx_customerrequests(${id})?$select=csx_escalatedon,csx_resolutiondueon,csx_slastatus`)).json()) as Record<string, unknown>;
    expect(escalated.csx_escalatedon).toEqual(expect.any(String));
    expect(escalated.csx_resolutiondueon).toEqual(expect.any(String));

    await page.reload();
    await page.waitForSelector("#csx-dashboard[data-loaded=true]");
    expect(await texts(page, "#csx-sla tbody td:first-child")).toContain("Served: export stalls at 10,000 rows");
    const board = await rows("csx_customerrequests?$select=csx_title&$filter=csx_escalatedon ne null and statecode eq 0&$orderby=csx_resolutiondueon asc&$top=50");
    expect(await page.locator("#csx-sla tbody tr").count()).toBe(board.length);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "served-dashboard.png"), fullPage: true });
    await page.close();
  });

  it("opens an at-risk account from the dashboard on the served form, whose health panel reads the same account", async () => {
    const [account] = await rows(
      "accounts?$select=accountid,name,csx_healthscore,csx_healthcalculatedon&$filter=statecode eq 0 and (csx_healthband eq 615300002 or csx_healthband eq 615300003)&$orderby=csx_healthscore asc&$top=1",
    );
    const history = await rows(
      `csx_healthscores?$select=csx_date&$filter=_csx_accountid_value eq ${String(account.accountid)} and csx_date ge ${new Date(Date.parse(String(account.csx_healthcalculatedon)) - 90 * 86400000).toISOString().slice(0, 10)}`,
    );
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    // The panel's 90-day window is counted from the browser's clock: set it to the emulator's day, as a rep's would be.
    await page.clock.setFixedTime(new Date(String(account.csx_healthcalculatedon)));
    await page.goto(`${base}WebResources/csx_/dashboard/kpi.html?userlcid=1033`);
    await page.waitForSelector("#csx-dashboard[data-loaded=true]");
    await page.locator("#csx-atrisk tbody a").first().click();
    await page.waitForSelector("body[data-form-loaded=true]");

    expect(page.url()).toContain(`/main.aspx?pagetype=entityrecord&etn=account&id=${String(account.accountid)}`);
    expect(await page.textContent("#record-name")).toBe(account.name);
    const panel = page.frameLocator("#WebResource_csx_healthpanel");
    await panel.locator("#csx-score-value").waitFor();
    expect(await panel.locator("#csx-score-value").textContent()).toBe(String(account.csx_healthscore));
    expect(await panel.locator("#csx-band").textContent()).toMatch(/^(At risk|Critical)$/);
    expect(history.length).toBeGreaterThan(0);
    expect(await panel.locator("svg.trend").getAttribute("aria-label")).toMatch(new RegExp(`^${history.length} daily score`));

    await page.screenshot({ path: join(SCREENSHOTS, "served-account-form.png"), fullPage: true });
    await page.close();
  });

  it("opens an escalated request from the SLA board on the served form, where the form script keeps its countdown and status rules and a save runs the plugins", async () => {
    const [account] = await rows("accounts?$select=accountid&$filter=statecode eq 0&$orderby=name asc&$top=1");
    const created = await api("csx_customerrequests", {
      method: "POST",
      body: JSON.stringify({ csx_title: "Served: audit log API", csx_priority: 615300001, csx_requesttype: 615300001, "csx_accountid@odata.bind": `/accounts(${String(account.accountid)})` }),
    });
    const id = /\(([0-9a-f-]{36})\)$/.exec(created.headers.get("OData-EntityId")!)![1];
    for (const status of [615300000, 615300001]) {
      await api(`csx_customerrequests(${id})`, { method: "PATCH", headers: { "If-Match": "*" }, body: JSON.stringify({ statuscode: status }) });
    }

    const page = await browser.newPage({ viewport: { width: 1000, height: 1100 } });
    await page.goto(`${base}WebResources/csx_/dashboard/kpi.html?userlcid=1033`);
    await page.waitForSelector("#csx-dashboard[data-loaded=true]");
    await page.locator("#csx-sla tbody a", { hasText: "Served: audit log API" }).click();
    await page.waitForSelector("body[data-form-loaded=true]");

    expect(page.url()).toContain(`etn=csx_customerrequest&id=${id}`);
    expect(await page.textContent("#record-name")).toBe("Served: audit log API");
    // The form script's countdown: escalated and not yet answered, so the response deadline, in business time.
    const countdown = page.locator("#form-notifications [data-notification]").first();
    expect(await countdown.textContent()).toMatch(/^Response due in .+ \(business time\)$/);
    expect(await countdown.getAttribute("class")).toBe("INFO");
    // Its status rules: SLA columns locked; a work item URL becomes required once the request is in development.
    expect(await page.locator("#input-csx_slastatus").isDisabled()).toBe(true);
    expect(await page.locator('[data-column="csx_workitemurl"] .required').isHidden()).toBe(true);
    await page.locator("#input-statuscode").selectOption("615300002");
    expect(await page.locator('[data-column="csx_workitemurl"] .required').isVisible()).toBe(true);

    // Saving without it is stopped on the page, as Dynamics does; with it, the save goes through the plugins.
    await page.click("#form-save");
    await page.waitForSelector('[data-notification="__save"]');
    expect(await page.textContent('[data-notification="__save"]')).toBe("Fill in the required fields: Work item.");
    let saved = (await (await api(`csx_customerrequests(${id})?$select=statuscode`)).json()) as Record<string, unknown>;
    expect(saved.statuscode).toBe(615300001);

    await page.fill("#input-csx_workitemurl", "https://dev.azure.com/contoso/product/_workitems/edit/4711");
    await page.locator("#input-csx_workitemurl").dispatchEvent("change");
    await page.click("#form-save");
    await page.waitForSelector('[data-notification="__save"]', { state: "detached" });
    saved = (await (await api(`csx_customerrequests(${id})?$select=statuscode,csx_workitemurl,csx_firstresponseon`)).json()) as Record<string, unknown>;
    expect(saved.statuscode).toBe(615300002);
    expect(saved.csx_workitemurl).toBe("https://dev.azure.com/contoso/product/_workitems/edit/4711");
    // Moving into development is the first response (the SLA plugin stamped it), so the countdown turns to resolution.
    expect(saved.csx_firstresponseon).toEqual(expect.any(String));
    await page.waitForFunction(() => /^Resolution due in/.test(document.querySelector("#form-notifications [data-notification]")?.textContent ?? ""));

    await page.screenshot({ path: join(SCREENSHOTS, "served-request-form.png"), fullPage: true });
    await page.close();
  });

  it("answers a bad query with the platform's error JSON, which the Web API client can show", async () => {
    const response = await fetch(`${base}api/data/v9.2/accounts?$select=nosuchcolumn`, { headers: { Accept: "application/json" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("0x80060888");
    expect(body.error.message).toContain("nosuchcolumn");
  });
});
