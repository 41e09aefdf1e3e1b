// Measures the built site in dist/ (see bench.sh). Prints:
//  - every file the first view (/) downloads, raw and brotli-compressed (quality 11),
//    and the total against the 150 KB brotli budget;
//  - time from "data ready" (the app's performance mark) to a rendered 8-region
//    comparison and to a full national ranking (median of several runs).
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

try {
  // 1. What the first view downloads.
  const page = await browser.newPage();
  const files = new Set();
  page.on("requestfinished", (req) => {
    const u = new URL(req.url());
    if (u.origin === base) files.add(u.pathname === "/" ? "/index.html" : u.pathname);
  });
  await page.goto(base + "/", { waitUntil: "networkidle" });
  await page.waitForSelector(".data-summary");
  let raw = 0, br = 0;
  console.log("First view (/): files downloaded");
  for (const f of [...files].sort()) {
    const buf = readFileSync(join(dist, decodeURIComponent(f)));
    const b = brotli(buf);
    raw += buf.length; br += b;
    console.log(`  ${f.padEnd(48)} ${kb(buf.length)} raw ${kb(b)} brotli`);
  }
  console.log(`  ${"TOTAL".padEnd(48)} ${kb(raw)} raw ${kb(br)} brotli   (budget 150 KB brotli)`);
  await page.close();

  // 2. Render timings after data-ready, via a MutationObserver set up before the app starts.
  const observe = () => {
    window.__rendered = null;
    new MutationObserver(() => {
      if (window.__rendered === null && document.querySelector("[data-rendered]")) window.__rendered = performance.now();
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
} finally {
  await browser.close();
  server.kill();
}
