// Measures the built site in dist/ (see bench.sh). Prints figures, never a pass/fail:
//  - per route: bytes until the page is readable (its pre-rendered HTML and the CSS,
//    brotli), every byte its first view downloads (before the reader uses a control),
//    and what the app adds on first use;
//  - every file / downloads, first view and on first use, raw and brotli (quality 11);
//  - time from "data ready" (the app's performance mark) to a rendered 8-region
//    comparison and to a full national ranking (median of several runs);
//  - Lighthouse (mobile, simulated slow 4G) for four routes, when it is installed
//    (bench.sh installs it; pass --no-lighthouse to skip).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const port = 4399;
const base = `http://127.0.0.1:${port}`;
const server = spawn("node", ["tests/e2e/serve.mjs", dist, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const ROUTES = ["/", "/wilayah/72.08", "/program/jkm", "/bandingkan?w=72.08,73.73", "/cek", "/wilayah"];
const fileOf = (pathname) => {
  const clean = decodeURIComponent(pathname);
  if (/\.[a-z0-9]+$/i.test(clean) && !/\/wilayah\/[\d.]+$/.test(clean)) return join(dist, clean);
  return join(dist, clean.replace(/\/$/, ""), "index.html");
};

try {
  // 0. Per route: bytes until readable, the whole first view (everything downloaded
  //    before the reader touches anything: on a pre-rendered reading page the app is
  //    not among it, see public/boot.js), and what the first use of a control adds.
  console.log("Per route (brotli): until readable = the page's HTML + its stylesheets; first view = everything downloaded before the reader uses a control; on first use = what the app adds then");
  const brotliOf = (route, seen) => {
    let readable = 0, all = 0;
    for (const [path, type] of seen) {
      const b = brotli(readFileSync(type === "document" ? fileOf(new URL(base + route).pathname) : fileOf(path)));
      all += b;
      if (type === "document" || type === "stylesheet") readable += b;
    }
    return { readable, all };
  };
  for (const route of ROUTES) {
    const p = await browser.newPage();
    const seen = new Map();
    p.on("requestfinished", (req) => {
      const u = new URL(req.url());
      if (u.origin === base) seen.set(u.pathname, req.resourceType());
    });
    await p.goto(base + route, { waitUntil: "networkidle" });
    const startsAtOnce = (await p.locator("#app[data-app=live]").count()) > 0;
    const first = brotliOf(route, seen);
    let onUse = "";
    if (!startsAtOnce) {
      await p.evaluate(() => document.dispatchEvent(new Event("cakupan:start")));
      await p.waitForSelector("#app[data-app=live]");
      await p.waitForLoadState("networkidle");
      onUse = `   on first use + ${kb(brotliOf(route, seen).all - first.all)}`;
    } else {
      onUse = "   (the app starts at once here)";
    }
    console.log(`  ${route.padEnd(30)} until readable ${kb(first.readable)} (goal 30 KB)   first view ${kb(first.all)} (goal 150 KB)${onUse}`);
    await p.close();
  }
  console.log("");

  // 1. What the first view of / downloads, then what the app adds on first use.
  const page = await browser.newPage();
  const files = new Map();
  let phase = "first view";
  page.on("requestfinished", (req) => {
    const u = new URL(req.url());
    const f = u.pathname === "/" ? "/index.html" : u.pathname;
    if (u.origin === base && !files.has(f)) files.set(f, phase);
  });
  await page.goto(base + "/", { waitUntil: "networkidle" });
  phase = "on first use";
  await page.locator("input[type=search]").focus();
  await page.waitForSelector("#app[data-app=live] .data-summary");
  await page.waitForLoadState("networkidle");
  for (const which of ["first view", "on first use"]) {
    let raw = 0, br = 0;
    console.log(`/: files downloaded, ${which}${which === "on first use" ? " (focus on the search box)" : ""}`);
    for (const [f] of [...files].filter(([, w]) => w === which).sort()) {
      const buf = readFileSync(join(dist, decodeURIComponent(f)));
      const b = brotli(buf);
      raw += buf.length; br += b;
      console.log(`  ${f.padEnd(48)} ${kb(buf.length)} raw ${kb(b)} brotli`);
    }
    console.log(`  ${"TOTAL".padEnd(48)} ${kb(raw)} raw ${kb(br)} brotli`);
  }
  await page.close();

  // 2. Render timings after data-ready, via a MutationObserver set up before the app starts.
  const observe = () => {
    window.__rendered = null;
    new MutationObserver(() => {
      // The pre-rendered page already has [data-rendered]: count the live app's.
      if (window.__rendered === null && document.querySelector("#app[data-app=live] [data-rendered]")) window.__rendered = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  };
  async function time(path) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const p = await browser.newPage();
      await p.addInitScript(observe);
      await p.goto(base + path);
      await p.waitForFunction(() => window.__rendered !== null, null, { timeout: 20000 });
      const ms = await p.evaluate(() => {
        const mark = performance.getEntriesByName("cakupan:data-ready")[0];
        return mark ? window.__rendered - mark.startTime : NaN;
      });
      runs.push(ms);
      await p.close();
    }
    runs.sort((a, b) => a - b);
    return runs[Math.floor(runs.length / 2)];
  }
  const eight = ["72.08", "72.71", "73.73", "72", "73", "11", "72.01", "51.03"].join(",");
  const compareMs = await time(`/bandingkan?w=${eight}`);
  const rankMs = await time(`/peringkat?i=coverage_rate&kind=kabkota`);
  console.log("\nRender time after data ready (median of 5, headless Chromium on this machine)");
  console.log(`  8-region comparison                        ${compareMs.toFixed(1).padStart(8)} ms`);
  console.log(`  national ranking (kab/kota, coverage rate) ${rankMs.toFixed(1).padStart(8)} ms`);

  // 3. Lighthouse, mobile, simulated throttling, on a warmed server (bodies are cached brotli).
  if (!process.argv.includes("--no-lighthouse")) await lighthouse();
} finally {
  await browser.close();
  server.kill();
}

async function lighthouse() {
  const { existsSync, mkdtempSync } = await import("node:fs");
  const { execFileSync } = await import("node:child_process");
  const { tmpdir } = await import("node:os");
  const bin = "node_modules/.bin/lighthouse";
  if (!existsSync(bin)) {
    console.log("\nLighthouse: not installed (bash scripts/bench.sh installs it)");
    return;
  }
  const out = mkdtempSync(join(tmpdir(), "cakupan-lh-"));
  console.log("\nLighthouse (mobile, simulated slow 4G, Debian's Chromium)");
  console.log("  route                          perf   LCP      CLS     TBT     FCP     a11y  b-p   SEO");
  for (const route of ["/", "/wilayah/72.08", "/program/jkm", "/bandingkan?w=72.08,73.73"]) {
    await fetch(base + route); // warm the compressed cache
    const file = join(out, "report.json");
    try {
      execFileSync(bin, [base + route, "--quiet", "--output=json", `--output-path=${file}`, "--form-factor=mobile",
        "--throttling-method=simulate", "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" }, stdio: "ignore", timeout: 180000 });
      const r = JSON.parse(readFileSync(file, "utf8"));
      const c = (k) => r.categories[k]?.score?.toFixed(2) ?? " n/a";
      const a = (k) => r.audits[k]?.numericValue;
      console.log(`  ${route.padEnd(30)} ${c("performance")}  ${(a("largest-contentful-paint") / 1000).toFixed(2)} s  ${a("cumulative-layout-shift").toFixed(3)}  ${a("total-blocking-time").toFixed(0).padStart(4)} ms  ${(a("first-contentful-paint") / 1000).toFixed(2)} s  ${c("accessibility")}  ${c("best-practices")}  ${c("seo")}`);
    } catch (e) {
      console.log(`  ${route.padEnd(30)} failed: ${String(e.message).split("\n")[0]}`);
    }
  }
}
