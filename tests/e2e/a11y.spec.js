// WCAG 2.1 AA checks with axe on every kind of page, in both languages, at
// phone and desktop widths; and no sideways scrolling of the page at 360 px.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, allowConsole } from "./fixtures.js";

const PAGES = [
  ["/", ".data-summary"],
  ["/wilayah/72.08", ".figure"],
  ["/wilayah/72", ".children"],
  ["/wilayah", ".province-block"],
  ["/wilayah/99.99", ".search"],
  ["/masalah-data", ".problems"],
  ["/bandingkan?w=72.08,72.71,73.73", "[data-rendered]"],
  ["/peringkat?i=coverage_rate", "[data-rendered]"],
  ["/program", "main h1"],
  ["/program/jkm", "main h1"],
  ["/peran-pemda", "main h1"],
  ["/glosarium", "main h1"],
  ["/program/jkk", ".fact"],
  ["/program/jp", ".fact"],
  ["/cek", "main h1"],
  ["/cek?jenis=bpu&upah=1000000&bulan=2026-11", ".rules-month"],
  ["/cek?jenis=bpu&upah=1000000&bulan=2019-01", ".month-select"],
  ["/cek?jenis=bpu&upah=1000000&bulan=2026-02", "#sektor-transportasi"],
  ["/cek?jenis=pu&upah=12000000&risiko=1&usaha=kecil&bulan=2027-03", ".warning-box"],
  ["/cek?jenis=jakon&kontrak=850000000&bulan=2026-11", "table.breakdown"],
  ["/wilayah/72.08?present=1", ".page-address"],
  ["/bandingkan?w=72.08,73.73&present=1", "[data-rendered]"],
  ["/sematkan/bandingkan?w=72.08,72.71,73.73", ".embed-footer"],
  // Complete without the app (the English form starts it): no waiting for it.
  ["/sematkan/wilayah/72.71", ".embed-footer", { static: true }],
];

for (const [path, ready, options] of PAGES) {
  for (const lang of ["id", "en"]) {
    const url = lang === "en" ? `${path}${path.includes("?") ? "&" : "?"}lang=en` : path;
    test(`axe WCAG 2.1 AA: ${url}`, async ({ page }) => {
      if (path.includes("99.99")) allowConsole("status of 404");
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(url, options?.static && lang === "id" ? { waitUntil: "load" } : undefined);
      await page.locator(ready).first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
      expect(summary).toEqual([]);
      // Readable on a 360 px phone: the page itself never scrolls sideways
      // (wide tables scroll inside their own container).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test("axe WCAG 2.1 AA with the share and embed panels open, at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/bandingkan?w=72.08,73.73");
  await page.getByRole("button", { name: "Bagikan" }).click();
  await page.locator("#share-panel .qr-code").waitFor();
  await page.getByRole("button", { name: "Sematkan" }).click();
  await page.locator("#embed-code").waitFor();
  // The two panels replace each other: one open at a time, its button says so.
  await expect(page.getByRole("button", { name: "Bagikan" })).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "Sematkan" })).toHaveAttribute("aria-expanded", "true");
  for (const open of ["Sematkan", "Bagikan"]) {
    if (open === "Bagikan") await page.getByRole("button", { name: "Bagikan" }).click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
});

test("keyboard: skip link, then search and open a region without a mouse", async ({ page }) => {
  await page.goto("/");
  await page.locator(".data-summary").waitFor();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Langsung ke isi" })).toBeFocused();
  await page.keyboard.press("Enter");
  // Tab from the main landmark reaches the search box before anything else in main.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("sidrap");
  await expect(page.getByRole("option").first()).toContainText("Sidenreng Rappang");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/wilayah\/73\.14$/);
  await expect(page.locator('[data-figure-id="s020"]')).toContainText("68 desa");
});
