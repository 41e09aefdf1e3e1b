// The map (/peta, issue 14): one mark per kabupaten/kota that has a centroid,
// missing regions hollow and counted, keyboard focus showing the figure with
// its period, the URL restoring indicator and province, the pre-rendered page
// without scripts, and axe. Expected numbers come from the data files the
// site serves (data/coverage.json, data/peta.json), never from this file.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.js";

const mapRoot = (page) => page.locator("#map-results[data-rendered]");
const marks = (page) => page.locator("svg.map-svg a.mark");
const panel = (page) => page.locator("#peta-panel");

/** The dataset and the map's points, as the site serves them. */
async function served(request) {
  const data = await (await request.get("/data/coverage.json")).json();
  const points = await (await request.get("/data/peta.json")).json();
  const placed = new Set(points.p.map(([code]) => code));
  const kabkota = data.regions.filter((r) => r.kind === "kabupaten" || r.kind === "kota");
  return { data, points, placed, kabkota };
}

/** Regions that have a figure of their own for the indicator, for all workers
 *  (the map, like the ranking's default, shows figures for all workers). */
function withOwnFigure(data, indicator) {
  return new Set(data.figures.filter((f) => f.indicator === indicator && (f.segment ?? "all") === "all").map((f) => f.region));
}

test("one mark per kabupaten/kota with a centroid; missing regions hollow and counted", async ({ page, request }) => {
  const { data, placed, kabkota } = await served(request);
  const expected = kabkota.filter((r) => placed.has(r.code));
  expect(expected.length).toBeGreaterThan(0);
  await page.goto("/peta");
  await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
  await expect(marks(page)).toHaveCount(expected.length);
  const drawn = await marks(page).evaluateAll((as) => as.map((a) => a.dataset.code).sort());
  expect(drawn).toEqual(expected.map((r) => r.code).sort());

  // Missing: hollow (white fill, grey outline) and never a region with a figure of its own.
  const own = withOwnFigure(data, "coverage_rate");
  const missing = page.locator("a.mark-missing");
  const missingCodes = await missing.evaluateAll((as) => as.map((a) => a.dataset.code));
  expect(missingCodes.length).toBeGreaterThan(0);
  for (const code of missingCodes) expect(own.has(code), `${code} has a figure`).toBe(false);
  const fills = await missing.locator("circle").evaluateAll((cs) => [...new Set(cs.map((c) => getComputedStyle(c).fill))]);
  expect(fills).toEqual(["rgb(255, 255, 255)"]);
  // The legend counts exactly those.
  await expect(page.locator(".legend-missing")).toContainText(`belum ada angka: ${missingCodes.length} wilayah`);
  // Every coloured mark has a figure of its own; every mark has a dark outline.
  const valueCodes = await page.locator("a.mark-value").evaluateAll((as) => as.map((a) => a.dataset.code));
  for (const code of valueCodes) expect(own.has(code), `${code} is coloured without a figure`).toBe(true);
  const classSum = await page.locator(".legend-class .legend-count").evaluateAll((ls) =>
    ls.reduce((n, l) => n + Number(l.textContent.match(/\d+/)[0]), 0),
  );
  expect(classSum).toBe(valueCodes.length);
  const apart = await page.locator("a.mark-apart").count();
  await expect(page.locator(".legend-apart")).toContainText(`tidak sebanding: ${apart} wilayah`);
  await expect(page.locator(".map-summary")).toContainText(`${expected.length} kabupaten/kota di peta`);
});

test("keyboard: Tab onto a mark shows its name and figure with its period; Enter selects, then opens", async ({ page }) => {
  await page.goto("/peta");
  await expect(marks(page).first()).toBeVisible();
  // The last coloured marks are drawn last; start from one and Tab to the next.
  const coloured = page.locator("a.mark-value");
  const n = await coloured.count();
  expect(n).toBeGreaterThan(1);
  await coloured.nth(n - 2).focus();
  await page.keyboard.press("Tab");
  const focused = page.locator("a.mark:focus");
  await expect(focused).toHaveCount(1);
  const code = await focused.getAttribute("data-code");
  const label = await focused.getAttribute("aria-label");
  // "Name: value (Per period)".
  const [, name, value, period] = label.match(/^(.+): (.+) \((Per .+)\)$/);
  await expect(panel(page)).toContainText(name);
  await expect(panel(page).locator(".panel-value")).toHaveText(value);
  await expect(panel(page).locator(".panel-asof")).toHaveText(period);
  await expect(panel(page).locator(".panel-source")).toContainText("Sumber");
  await expect(panel(page)).toHaveAttribute("aria-live", "polite");

  // A first Enter (or tap) selects: the URL keeps it, the page stays.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/peta\\?i=coverage_rate&w=${code.replace(".", "\\.")}$`));
  await expect(page.locator(`a.mark[data-code="${code}"]`)).toHaveClass(/selected/);
  await expect(page.locator(`a.mark[data-code="${code}"]`)).toBeFocused();
  // The second opens the region page.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/wilayah/${code.replace(".", "\\.")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("the URL restores indicator, province and selection; zoomed marks are the province's only", async ({ page, request }) => {
  const { placed, kabkota } = await served(request);
  const inProvince = kabkota.filter((r) => r.province === "72" && placed.has(r.code)).map((r) => r.code).sort();
  expect(inProvince.length).toBeGreaterThan(1);
  await page.goto("/peta?i=covered_workers&prov=72&w=72.08");
  await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=covered_workers&prov=72");
  await expect(page.getByLabel("Indikator", { exact: true })).toHaveValue("covered_workers");
  await expect(page.getByLabel("Provinsi", { exact: true })).toHaveValue("72");
  const drawn = await marks(page).evaluateAll((as) => as.map((a) => a.dataset.code).sort());
  expect(drawn).toEqual(inProvince);
  await expect(page.locator('a.mark[data-code="72.08"]')).toHaveClass(/selected/);
  await expect(panel(page)).toContainText("Kabupaten Parigi Moutong");
  // The zoom box frames them: every mark is inside the drawn map.
  const box = await page.locator("svg.map-svg").boundingBox();
  for (const b of await marks(page).evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON()))) {
    expect(b.left).toBeGreaterThanOrEqual(box.x - 1);
    expect(b.right).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  // The table alternative: the ranking of the same indicator and province.
  await expect(page.getByRole("link", { name: "Lihat sebagai tabel" })).toHaveAttribute("href", "/peringkat?i=covered_workers&prov=72");
  await page.reload();
  await expect(page.getByLabel("Provinsi", { exact: true })).toHaveValue("72");
  await expect(marks(page)).toHaveCount(inProvince.length);
  // Back to the whole country, same indicator.
  await page.getByRole("link", { name: "Seluruh Indonesia" }).click();
  await expect(page).toHaveURL(/\/peta\?i=covered_workers$/);
  await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=covered_workers");
  await expect(marks(page)).toHaveCount(kabkota.filter((r) => placed.has(r.code)).length);
  // Choosing an indicator writes it into the URL.
  await page.getByLabel("Indikator", { exact: true }).selectOption("coverage_rate");
  await expect(page).toHaveURL(/\/peta\?i=coverage_rate$/);
});

test("bad URL values say so and still draw the map", async ({ page }) => {
  await page.goto("/peta?i=nope&prov=99&w=72.08");
  await expect(page.getByText("Indikator “nope” tidak dikenal")).toBeVisible();
  await expect(page.getByText("Provinsi dengan kode “99” tidak ada dalam data kami")).toBeVisible();
  await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
  expect(await marks(page).count()).toBeGreaterThan(100);
  await page.goto("/peta?prov=72&w=73.73");
  await expect(page.getByText("tidak berada di provinsi 72")).toBeVisible();
  await expect(page.locator("a.mark.selected")).toHaveCount(0);
});

test("with scripts off, /peta/ shows every mark as a link with its figure", async ({ browser, request }) => {
  const { placed, kabkota } = await served(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/peta/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peta cakupan");
  await expect(marks(page)).toHaveCount(kabkota.filter((r) => placed.has(r.code)).length);
  const first = page.locator("a.mark-value").first();
  await expect(first).toHaveAttribute("href", /^\/wilayah\/\d\d\.\d\d$/);
  await expect(first).toHaveAttribute("aria-label", /: .+ \(Per .+\)/);
  await expect(page.locator(".legend-missing")).toContainText("belum ada angka");
  await context.close();
});

test("the app takes over the pre-rendered map without moving anything", async ({ page, request }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  const html = await (await request.get("/peta/")).text();
  const staticCodes = [...html.matchAll(/class="mark mark-[a-z]+" data-code="([^"]+)"|data-code="([^"]+)"[^>]*class="mark /g)].map((m) => m[1] ?? m[2]);
  expect(staticCodes.length).toBeGreaterThan(100);
  await page.goto("/peta/");
  await expect(page.locator("#app")).toHaveAttribute("data-app", "live");
  const liveCodes = await marks(page).evaluateAll((as) => as.map((a) => a.dataset.code));
  expect(liveCodes).toEqual(staticCodes);
  const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  expect(cls).toBe(0);
});

test("other pages link to the map", async ({ page }) => {
  await page.goto("/wilayah/72.08");
  await expect(page.getByRole("link", { name: "Lihat di peta" })).toHaveAttribute("href", "/peta?prov=72&w=72.08");
  await page.goto("/peringkat?i=covered_workers&prov=73");
  await expect(page.getByRole("link", { name: "Lihat peta" })).toHaveAttribute("href", "/peta?i=covered_workers&prov=73");
  await page.goto("/");
  await page.getByRole("link", { name: "Lihat peta" }).click();
  await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
});

for (const path of ["/peta", "/peta?prov=72", "/peta?i=covered_workers&prov=72&w=72.08&present=1"]) {
  test(`axe WCAG 2.1 AA at 360 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path);
    await mapRoot(page).waitFor();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
    // The map scales to the phone; the page never scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const svg = await page.locator("svg.map-svg").boundingBox();
    expect(svg.width).toBeLessThanOrEqual(360);
  });
}
