// Dataset v1 in the browser: honest caveats, branch figures on member pages,
// milestones, partial datasets with a "data problems" list, hostile text.
import { test, expect, fixture, serveDataset } from "./fixtures.js";

test("a dataset with invalid figures shows the valid ones and lists the excluded ones", async ({ page }) => {
  await serveDataset(page, fixture("validate/some_invalid.json"));
  await page.goto("/wilayah/72.08");
  await expect(page.locator('[data-figure-id="f-valid-1"]')).toContainText("24,22%");
  await page.goto("/wilayah/72.71");
  await expect(page.locator('[data-figure-id="f-valid-2"]')).toContainText("31,5%");
  await expect(page.locator('[data-figure-id="f-bad-percent"]')).toHaveCount(0);

  await page.goto("/");
  await expect(page.getByText("2 entri data dikeluarkan karena bermasalah", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Lihat daftar masalah data" }).click();
  await expect(page).toHaveURL(/\/masalah-data$/);
  const bad = page.locator('.problem[data-entry="f-bad-percent"]');
  await expect(bad).toContainText("dikeluarkan");
  await expect(bad).toContainText("figures[1]");
  await expect(bad).toContainText("140");
  const unknown = page.locator('.problem[data-entry="f-bad-region"]');
  await expect(unknown).toContainText("72.99");

  await page.goto("/masalah-data?lang=en");
  await expect(page.locator('.problem[data-entry="f-bad-percent"]')).toContainText("left out");
});

test("caveats are written in words the public understands", async ({ page }) => {
  await page.goto("/wilayah/73.73");
  // Palopo's 59,392 is a target, not enrolled workers.
  await expect(page.locator('[data-figure-id="s017"]')).toContainText("Ini target, bukan jumlah pekerja yang sudah terdaftar.");
  await page.goto("/wilayah/72");
  await expect(page.locator('[data-figure-id="s015"]')).toContainText("paling sedikit 90.000 orang");
  await page.goto("/wilayah/72?lang=en");
  await expect(page.locator('[data-figure-id="s016"]')).toContainText("about 50,000 people");
  await expect(page.locator('[data-figure-id="s016"]')).toContainText("An approximate figure");
});

test("a branch figure is visible from each member region's page, labelled as branch-level", async ({ page }) => {
  await page.goto("/wilayah/72.01");
  const section = page.locator(".branch-figures");
  await expect(section).toContainText("BPJS Cabang Banggai");
  const card = section.locator('[data-figure-id="f231"]');
  await expect(card).toContainText("48.535");
  await expect(card).toContainText("tingkat kantor cabang");
  await section.getByRole("link", { name: "BPJS Cabang Banggai" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("BPJS Cabang Banggai");
  await expect(page.getByRole("link", { name: /Banggai Laut/ })).toBeVisible();
});

test("milestones show as a dated timeline with sources", async ({ page }) => {
  await page.goto("/wilayah/72.08");
  const timeline = page.locator(".timeline");
  await expect(timeline.locator("li")).toHaveCount(3);
  await expect(timeline.locator("li").first()).toContainText("8 Jun 2021");
  await expect(timeline).toContainText("Nota kesepahaman (MoU)");
  await expect(timeline.locator(".figure-source").first()).toContainText("ANTARA");
});

test("old figures are marked historical and inconsistent numbers say so", async ({ page }) => {
  await page.goto("/?lang=en");
  await page.goto("/wilayah/cabang.palopo?lang=en");
  await expect(page.locator('[data-figure-id="f213"]')).toContainText("history, not the current state");
});

test("hostile text in a dataset renders as text, and unsafe links are not links", async ({ page }) => {
  const hostile = {
    schema_version: 1,
    meta: { title: "t", publisher: "p", published: "2026-01-01" },
    indicators: [{ id: "coverage_rate", label: { id: "<b>Cakupan</b>", en: "Coverage" }, unit: "percent" }],
    regions: [
      { code: "72", name: "<img src=x onerror=alert(1)>Sulteng", short_name: "Sulteng", kind: "provinsi" },
    ],
    sources: [
      { id: "bad", publisher: "<script>alert(1)</script>", url: "javascript:alert(1)", published: "2024-01-01" },
    ],
    figures: [
      { id: "f1", region: "72", indicator: "coverage_rate", value: 40, unit: "percent", as_of: { date: "2024" }, source: "bad" },
    ],
  };
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await serveDataset(page, JSON.stringify(hostile));
  await page.goto("/wilayah/72");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("<img src=x onerror=alert(1)>Sulteng");
  const card = page.locator('[data-figure-id="f1"]');
  await expect(card).toContainText("<b>Cakupan</b>");
  await expect(card).toContainText("<script>alert(1)</script>");
  await expect(card.locator("a")).toHaveCount(0);
  await expect(page.locator("img")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("a figure kept with a warning links to the region page that shows it", async ({ page }) => {
  await page.goto("/masalah-data");
  const warned = page.locator('.problem[data-entry="f012"]');
  await expect(warned).toContainText("peringatan");
  await expect(warned).toContainText("50,88");
  const link = warned.getByRole("link");
  const name = await link.textContent();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator('[data-figure-id="f012"]')).toContainText("angka tidak cocok");
});

test("a source with no known publication date says so instead of guessing one", async ({ page }) => {
  await page.goto("/wilayah/61");
  const source = page.locator('[data-figure-id="f073"] .figure-source');
  await expect(source).toContainText("ANTARA Kalbar");
  await expect(source).toContainText("tanggal terbit tidak diketahui");
  await expect(source.getByRole("link")).toHaveAttribute("href", /^https:\/\/kalbar\.antaranews\.com\//);
  await page.goto("/wilayah/61?lang=en");
  await expect(page.locator('[data-figure-id="f073"] .figure-source')).toContainText("publication date unknown");
});

test("a count above its estimated base is shown with its flag, not dropped", async ({ page }) => {
  // h106: Kutai Timur reports more informal members than the estimated informal workforce.
  await page.goto("/wilayah/64.08");
  const figure = page.locator('[data-figure-id="h106"]');
  await expect(figure).toContainText("77.074");
  await expect(figure).toContainText("melebihi perkiraan dasarnya");
});

test("a region with a history shows each indicator over time, as a chart and as a table", async ({ page, request }) => {
  await page.goto("/wilayah/72.08");
  const history = page.locator("section.history");
  await expect(history.getByRole("heading", { level: 2 })).toHaveText("Angka dari waktu ke waktu");
  const block = history.locator(".history-block").first();
  const chart = block.locator("svg.history-chart");
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart).toHaveAttribute("aria-label", /angka dari .+ sampai .+\./);
  // One dot and one table row per figure, in date order.
  const dots = await chart.locator("circle.dot").count();
  await expect(block.locator("table.history-table tbody tr")).toHaveCount(dots);
  expect(dots).toBeGreaterThan(1);
  // Every row names its source; the same figures are on the region's cards.
  const ids = await block.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.figure));
  for (const id of ids) await expect(page.locator(`article[data-figure-id="${id}"]`)).toHaveCount(1);
  // The same history is in the pre-rendered page, readable without the app.
  const html = await (await request.get("/wilayah/72.08")).text();
  expect(html).toContain('class="history-chart"');
});
