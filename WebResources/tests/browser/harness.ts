// Shared by the browser tests: a tiny HTTP server on 127.0.0.1 that serves dist/ under /WebResources/ (as Dynamics
// does) and answers /api/data/v9.2/* from tests/fixtures/*.json, plus Debian's Chromium through playwright-core.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");
export const DIST = join(ROOT, "dist");
export const FIXTURES = join(ROOT, "tests/fixtures");
export const SCREENSHOTS = join(ROOT, "test-results/screenshots");
/** "Now" for every page: the fixtures' day, so the 90-day window and the screenshots do not drift. */
export const NOW = new Date("2025-06-30T09:00:00Z");

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Record<string, unknown>;
}

export interface ApiRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface TestServer {
  url: string;
  requests: ApiRequest[];
  /** Entity sets (first path segment after /api/data/v9.2/) answered with a Dataverse error. */
  failing: Set<string>;
  close(): Promise<void>;
}

/** Which fixture answers a Web API GET (entity set + whether it is a FetchXML query). */
function route(entitySet: string, query: URLSearchParams): string | undefined {
  if (entitySet === "csx_kpisnapshots") return "kpisnapshots";
  if (entitySet === "accounts") return query.has("fetchXml") ? "health-distribution" : "atrisk-accounts";
  if (entitySet === "opportunities" && query.has("fetchXml")) return "upsell-pipeline";
  if (entitySet === "csx_customerrequests") return "sla-board";
  return undefined;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json" };

export function ensureBuilt(): void {
  if (!existsSync(join(DIST, "csx_/account/healthpanel.js")) || !existsSync(join(DIST, "csx_/dashboard/kpi.js"))) {
    execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
  }
}

export function startServer(): Promise<TestServer> {
  const requests: ApiRequest[] = [];
  const failing = new Set<string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url || "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/api/data/v9.2/")) {
      const entitySet = decodeURIComponent(url.pathname.substring("/api/data/v9.2/".length)).split(/[/(]/)[0];
      requests.push({ path: entitySet, query: url.searchParams, headers: req.headers });
      const name = route(entitySet, url.searchParams);
      res.setHeader("Content-Type", "application/json; odata.metadata=minimal");
      res.setHeader("OData-Version", "4.0");
      if (failing.has(entitySet) || !name) {
        res.statusCode = failing.has(entitySet) ? 500 : 404;
        res.end(JSON.stringify({ error: { code: "0x80040217", message: failing.has(entitySet) ? "Generic SQL error." : `Resource not found for the segment '${entitySet}'.` } }));
        return;
      }
      res.end(readFileSync(join(FIXTURES, `${name}.json`)));
      return;
    }
    if (url.pathname.startsWith("/WebResources/")) {
      const file = normalize(join(DIST, decodeURIComponent(url.pathname.substring("/WebResources/".length))));
      if (file.startsWith(DIST) && existsSync(file)) {
        res.setHeader("Content-Type", TYPES[extname(file)] || "application/octet-stream");
        res.end(readFileSync(file));
        return;
      }
    }
    res.statusCode = 404;
    res.end("Not found");
  });
  return new Promise((resolveServer) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        requests,
        failing,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

export function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
