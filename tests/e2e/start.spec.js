// The app comes when the reader needs it (public/boot.js): a page read as it is
// downloads only itself; the first use of a control brings the app, and nothing
// the reader did meanwhile is lost: what they typed or chose, what they pressed,
// where focus was. An address whose view only the app can draw starts it at once.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, allowConsole, searchInput } from "./fixtures.js";

/** Records every request for the app (its JS glue and wasm) and the dataset. */
function appRequests(page) {
  const seen = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.wasm$|\/cakupan-[0-9a-f]+\.js$|\/data\/coverage\.json$/.test(path)) seen.push(path);
  });
  return seen;
}

/** Holds the wasm back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const live = (page) => expect(page.locator("#app")).toHaveAttribute("data-app", "live", { timeout: 90_000 });

for (const [path, content, control] of [
  ["/", "Semua provinsi", "input[type=search]"],
  ["/wilayah/72.08", "Kabupaten Parigi Moutong", ".tool-share"],
  ["/program/jkm", "Jaminan Kematian", ".tool-share"],
  ["/cek", "Cek iuran dan manfaat", "input[type=radio]"],
  ["/peringkat", "Peringkat wilayah", "select"],
  ["/?utm_source=whatsapp", "Semua provinsi", "input[type=search]"],
]) {
  test(`${path} is read without the app, which comes on first use of a control`, async ({ page }) => {
    const seen = appRequests(page);
    await page.goto(path, { waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { name: content }).first()).toBeVisible();
    // Following links is reading, too.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    expect(seen, "nothing of the app is downloaded for reading").toEqual([]);
    await expect(page.locator("#app")).not.toHaveAttribute("data-app", "live");
    // The reader reaches a control: the app comes.
    await page.locator("#main").locator(control).first().focus();
    await live(page);
    expect(seen.some((p) => p.endsWith(".wasm"))).toBe(true);
    expect(seen).toContain("/data/coverage.json");
    // Once it runs, the status line is empty again.
    await expect(page.locator("#app-status")).toBeEmpty();
  });
}

test("/wilayah has nothing that needs the app: it never comes", async ({ page }) => {
  const seen = appRequests(page);
  await page.goto("/wilayah", { waitUntil: "networkidle" });
  await expect(page.getByRole("link", { name: "Kabupaten Parigi Moutong" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Kabupaten Parigi Moutong" }).first().focus();
  await page.getByRole("link", { name: "Kabupaten Parigi Moutong" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await page.waitForLoadState("networkidle");
  expect(seen).toEqual([]);
});

test("read without the app, the page's canonical and preview addresses are absolute, as the app writes them", async ({ page, baseURL }) => {
  await page.goto("/wilayah/72.08", { waitUntil: "load" });
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", `${baseURL}/wilayah/72.08`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/wilayah/72.08`);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${baseURL}/kartu/wilayah/72.08.png`);
  await expect(page.locator("#app")).not.toHaveAttribute("data-app", "live");
});

for (const path of ["/bandingkan?w=72.08,73.73", "/wilayah/72.08?lang=en", "/wilayah/99.99"]) {
  test(`${path} starts the app at once: only it can draw this address`, async ({ page }) => {
    if (path.includes("99.99")) allowConsole("status of 404");
    await page.goto(path, { waitUntil: "load" });
    await live(page);
  });
}

test("typed into the search before the app: kept, focused, and searched once it runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/", { waitUntil: "load" });
  await searchInput(page).fill("parimo");
  // The reader is told the app is on its way.
  await expect(page.getByRole("status").filter({ hasText: "Memuat aplikasi…" })).toBeVisible();
  release();
  await live(page);
  await expect(searchInput(page)).toHaveValue("parimo");
  await expect(searchInput(page)).toBeFocused();
  await expect(page.getByRole("option", { name: /Kabupaten Parigi Moutong/ })).toBeVisible();
});

test("'Bagikan' pressed before the app: the press is held and done once it runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/wilayah/72.08", { waitUntil: "load" });
  await page.locator(".tool-share").click();
  // The page did not move or leave; nothing opened yet.
  await expect(page).toHaveURL(/\/wilayah\/72\.08$/);
  await expect(page.locator("#share-url")).toHaveCount(0);
  release();
  await live(page);
  await expect(page.locator("#share-url")).toHaveValue(/\/wilayah\/72\.08$/);
});

test("the checker's first answer, chosen and sent with the keyboard before the app, is not lost", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-15T10:00:00+07:00"));
  const release = await holdWasm(page);
  await page.goto("/cek", { waitUntil: "load" });
  await page.getByLabel("Penerima upah (PU)").check();
  await page.getByRole("button", { name: "Lanjut" }).press("Enter");
  release();
  await live(page);
  await expect(page).toHaveURL(/\/cek\?jenis=pu&bulan=2026-11$/);
  await expect(page.getByLabel("Berapa upah Anda sebulan?")).toBeVisible();
});

test("a ranking choice made before the app is carried into it", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/peringkat", { waitUntil: "load" });
  await page.getByLabel("Urutkan", { exact: true }).selectOption("name-asc");
  release();
  await live(page);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByLabel("Urutkan", { exact: true })).toHaveValue("name-asc");
});

test("the map: pointing at a mark brings the app; a tap before it arrives selects the mark, as in the app", async ({ page }) => {
  const seen = appRequests(page);
  const release = await holdWasm(page);
  await page.goto("/peta", { waitUntil: "networkidle" });
  expect(seen).toEqual([]);
  const mark = page.locator("svg.map-svg a.mark-value").first();
  const code = await mark.getAttribute("data-code");
  await mark.hover();
  await expect.poll(() => seen.some((p) => p.endsWith(".wasm"))).toBe(true);
  await mark.click();
  await expect(page).toHaveURL(/\/peta$/);
  release();
  await live(page);
  await expect(page).toHaveURL(new RegExp(`/peta\\?i=coverage_rate&w=${code.replace(".", "\\.")}$`));
  await expect(page.locator(`a.mark[data-code="${code}"]`)).toHaveClass(/selected/);
});

test("offline use keeps the reading shell at once, and the app only once it has been used", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const page = await context.newPage();
  await page.goto("/wilayah/72.08", { waitUntil: "load" });
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 90_000 });
  const cached = () =>
    page.evaluate(async () => {
      const names = [];
      for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) names.push(new URL(r.url).pathname);
      return names;
    });
  await expect.poll(async () => (await cached()).some((p) => p.endsWith(".css"))).toBe(true);
  expect((await cached()).filter((p) => p.endsWith(".wasm") || p.endsWith("coverage.json"))).toEqual([]);
  await page.locator(".tool-share").click();
  await live(page);
  await expect.poll(async () => (await cached()).filter((p) => p.endsWith(".wasm") || p.endsWith("coverage.json")).length, { timeout: 90_000 }).toBe(2);
  await context.close();
});

test("while the app is on its way the page passes axe at 360 px, and the status says so", async ({ page }) => {
  const release = await holdWasm(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/wilayah/72.08", { waitUntil: "load" });
  await page.locator(".tool-share").focus();
  await expect(page.locator("#app-status")).toHaveText("Memuat aplikasi…");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  release();
  await live(page);
});

test("when the app cannot come, a map mark held for it is let go: the next tap opens the region page", async ({ page }) => {
  allowConsole("app could not start");
  allowConsole("Failed to load resource");
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto("/peta", { waitUntil: "networkidle" });
  const mark = page.locator("svg.map-svg a.mark-value").first();
  const code = await mark.getAttribute("data-code");
  await mark.click();
  await expect(page.locator("html")).toHaveClass(/no-app/);
  await expect(page.locator("#app-status")).toContainText("Aplikasi tidak dapat dimuat");
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`/wilayah/${code.replace(".", "\\.")}$`));
});

test("a new release keeps the app offline at once where an earlier release had kept it", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const page = await context.newPage();
  // An earlier release's cache, holding the app: this device has used it before.
  await page.addInitScript(() => {
    caches.open("cakupan-earlier").then((c) => c.put("/cakupan-earlier_bg.wasm", new Response("old")));
  });
  await page.goto("/program/jkm", { waitUntil: "load" });
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 90_000 });
  const cached = () =>
    page.evaluate(async () => {
      const out = {};
      for (const k of await caches.keys()) out[k] = (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname);
      return out;
    });
  await expect
    .poll(async () => Object.values(await cached()).flat().filter((p) => /[0-9a-f]_bg\.wasm$|coverage\.json$/.test(p)).length, { timeout: 90_000 })
    .toBe(2);
  // The earlier release's cache is gone; the app never started on this page.
  expect(Object.keys(await cached())).not.toContain("cakupan-earlier");
  await expect(page.locator("#app")).not.toHaveAttribute("data-app", "live");
  await context.close();
});
