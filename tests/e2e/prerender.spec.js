// Every link opens a real page: each route is pre-rendered HTML, readable with
// scripts off, with its own head for link previews; the app then takes over the
// same page without moving anything.
import { test, expect, allowConsole, searchInput } from "./fixtures.js";

/** A browser context with JavaScript off (Opera Mini, UC lite, KaiOS…). */
async function noScript(browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("with scripts off, a region page shows its figures with value, period and source", async ({ browser }) => {
  const { context, page } = await noScript(browser);
  await page.goto("/wilayah/72.08");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5,5 miliar");
  const first = page.locator(".figure").first();
  await expect(first.locator(".figure-value")).not.toBeEmpty();
  await expect(first.locator(".figure-asof")).toContainText(/\d{4}/);
  await expect(first.locator(".figure-source")).toContainText("Sumber");
  await expect(page.locator(".figure-source a").first()).toHaveAttribute("href", /^https?:\/\//);
  // The province it belongs to is a plain link to its own pre-rendered page.
  await page.getByRole("link", { name: "Sulawesi Tengah" }).first().click();
  await expect(page).toHaveURL(/\/wilayah\/72$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sulawesi Tengah");
  await expect(page.locator(".children a", { hasText: "Parigi Moutong" })).toHaveCount(1);
  await context.close();
});

test("controls that need the app say so where scripts are off, and point to what works", async ({ request }) => {
  // <noscript> notes (shown by browsers with scripts off; Playwright's switch does not render them).
  const home = await (await request.get("/")).text();
  expect(home).toMatch(/<noscript><p class="needs-app">Pencarian berjalan setelah aplikasi dimuat \(perlu JavaScript\)\.[^]*?<a href="\/wilayah">Buka daftar semua wilayah\.<\/a>/);
  const checker = await (await request.get("/cek")).text();
  expect(checker).toMatch(/<noscript><p class="needs-app">Pertanyaan berikutnya muncul setelah aplikasi dimuat/);
  const ranking = await (await request.get("/peringkat")).text();
  expect(ranking).toContain("Unduh CSV dan tombol salin berjalan setelah aplikasi dimuat");
});

test("where scripts run but the app cannot start, the same notes appear", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.abort());
  allowConsole("app could not start");
  allowConsole("Failed to load resource");
  await page.goto("/", { waitUntil: "load" });
  // The reader reaches for the search box; the app cannot come.
  await searchInput(page).focus();
  await expect(page.locator("html")).toHaveClass(/no-app/);
  await expect(page.getByRole("status").filter({ hasText: "Aplikasi tidak dapat dimuat" })).toBeVisible();
  await expect(page.locator("p.needs-app-js").first()).toBeVisible();
  await expect(page.locator("p.needs-app-js").first()).toContainText("Pencarian berjalan setelah aplikasi dimuat");
  // The page itself is still there.
  await expect(page.getByRole("heading", { name: "Semua provinsi" })).toBeVisible();
});

test("with scripts off, /wilayah lists every province and kabupaten/kota, and each link opens its page", async ({ browser, request }) => {
  const dataset = await (await request.get("/data/coverage.json")).json();
  const kabKota = dataset.regions.filter((r) => r.kind === "kabupaten" || r.kind === "kota");
  const provinces = dataset.regions.filter((r) => r.kind === "provinsi");
  const { context, page } = await noScript(browser);
  await page.goto("/wilayah");
  await expect(page.locator(".province-block h2 a")).toHaveCount(provinces.length);
  await expect(page.locator(".province-block .region-columns a")).toHaveCount(kabKota.length + dataset.regions.filter((r) => r.kind === "nasional" || r.kind === "cabang").length);
  // Kabupaten/kota are A–Z by name without "Kabupaten"/"Kota": Kota Palu among the P's.
  const sulteng = page.locator("section", { has: page.locator("#p-72") }).locator(".region-columns a");
  const names = await sulteng.allTextContents();
  expect(names.indexOf("Kota Palu")).toBeLessThan(names.indexOf("Kabupaten Parigi Moutong"));
  await sulteng.filter({ hasText: "Kabupaten Parigi Moutong" }).click();
  await expect(page).toHaveURL(/\/wilayah\/72\.08$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await context.close();
});

test("with scripts off, programme pages, the glossary and the checker's first question are there", async ({ browser }) => {
  const { context, page } = await noScript(browser);
  await page.goto("/program/jkm");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Jaminan Kematian");
  await expect(page.getByText("Rp42 juta", { exact: false }).first()).toBeVisible();
  await page.goto("/glosarium");
  await expect(page.locator('[id="bpu"]')).toContainText("Bukan Penerima Upah");
  await page.goto("/cek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cek iuran dan manfaat");
  await expect(page.getByRole("radio", { name: "Penerima upah (PU)" })).toBeVisible();
  await context.close();
});

test("each page's head: title, description, link-preview tags and canonical link", async ({ request }) => {
  const cases = [
    { path: "/wilayah/72.08", title: "Kabupaten Parigi Moutong · Cakupan", description: /^Kabupaten Parigi Moutong: .+\(.+; .+\)\./ },
    { path: "/wilayah/73.73", title: "Kota Palopo · Cakupan", description: /^Kota Palopo: / },
    { path: "/wilayah/11.01", title: /· Cakupan$/, description: /belum ada angka cakupan BPJS Ketenagakerjaan yang dipublikasikan/ },
    { path: "/program/jkm", title: "Jaminan Kematian (JKM) · Cakupan", description: /Rp42 juta/ },
  ];
  for (const c of cases) {
    const res = await request.get(c.path);
    expect(res.status(), c.path).toBe(200);
    const html = await res.text();
    const head = html.slice(0, html.indexOf("</head>"));
    const meta = (attr, name) => head.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
    const title = head.match(/<title>([^<]*)<\/title>/)?.[1];
    expect(head.match(/<title>/g)?.length, `${c.path}: one title`).toBe(1);
    if (c.title instanceof RegExp) expect(title).toMatch(c.title);
    else expect(title).toBe(c.title);
    expect(meta("name", "description"), c.path).toMatch(c.description);
    expect(meta("property", "og:title")).toBe(title);
    expect(meta("property", "og:description")).toBe(meta("name", "description"));
    expect(meta("property", "og:url")).toBe(c.path);
    expect(meta("property", "og:type")).toBe("website");
    expect(meta("property", "og:locale")).toBe("id_ID");
    expect(meta("property", "og:site_name")).toBe("Cakupan");
    expect(meta("name", "twitter:card")).toBe("summary_large_image");
    const card = c.path.startsWith("/wilayah/") ? `/kartu${c.path}.png` : "/kartu/cakupan.png";
    expect(meta("property", "og:image"), c.path).toBe(card);
    expect(meta("name", "twitter:image"), c.path).toBe(card);
    expect(head).toContain(`<link href="${c.path}" rel="canonical">`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).not.toMatch(/\sstyle="/); // no inline style
  }
});

test("every page in the sitemap is answered with 200; an unknown path with 404 and the not-found page", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const dataset = await (await request.get("/data/coverage.json")).json();
  // One page per region, plus the fixed pages (home, /wilayah, compare, ranking, map, the
  // programme pages, glossary, regional role, checker, data problems).
  expect(paths.length).toBe(dataset.regions.length + 15);
  for (const r of dataset.regions) expect(paths).toContain(`/wilayah/${r.code}`);
  expect(paths).toContain("/peta");
  for (const p of paths) {
    const res = await request.get(p);
    expect(res.status(), p).toBe(200);
  }
  const missing = await request.get("/tidak/ada");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Halaman tidak ditemukan");
  expect((await request.get("/robots.txt")).status()).toBe(200);
});

test("the app takes over a pre-rendered region page without moving anything", async ({ page, request }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  const html = await (await request.get("/wilayah/72.08")).text();
  const staticIds = [...html.matchAll(/data-figure-id="([^"]+)"/g)].map((m) => m[1]);
  expect(staticIds.length).toBeGreaterThan(3);
  await page.goto("/wilayah/72.08");
  await expect(page.locator("#app")).toHaveAttribute("data-app", "live");
  // The live app shows the same figures, in the same order, as the static HTML did.
  const liveIds = await page.locator("[data-figure-id]").evaluateAll((els) => els.map((e) => e.dataset.figureId));
  expect(liveIds).toEqual(staticIds);
  await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5,5 miliar");
  const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  expect(cls).toBe(0);
  // The head is the page's own, once.
  await expect(page).toHaveTitle("Kabupaten Parigi Moutong · Cakupan");
  expect(await page.locator("head title").count()).toBe(1);
  expect(await page.locator('head meta[name="description"]').count()).toBe(1);
});

test("text typed into the search before the app starts is kept, with focus", async ({ page }) => {
  // Hold the wasm back so the visitor types into the pre-rendered page.
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const box = page.getByRole("combobox");
  await box.fill("parimo");
  release();
  await expect(page.locator("#app")).toHaveAttribute("data-app", "live");
  await expect(page.getByRole("combobox")).toHaveValue("parimo");
  await expect(page.getByRole("combobox")).toBeFocused();
  await expect(page.getByRole("option", { name: /Kabupaten Parigi Moutong/ })).toBeVisible();
});
