// The journalist's view: compare regions side by side (/bandingkan), rank them
// (/peringkat), and take the data away (CSV, citation). Runs against the
// bundled dataset (public/data/coverage.json).
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.js";

const PARIMO = "72.08";
const PALU = "72.71";
const PALOPO = "73.73";

/** Minimal RFC 4180 reader: rows of fields (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The comparison root once the view for the current URL is in the DOM. */
function compareRoot(page) {
  return page.locator("#compare-results[data-rendered]");
}

/** The "add a region" search box (the indicator <select> is a combobox too). */
function searchBox(page) {
  return page.locator("#compare-add-input");
}

function columnHeaders(page) {
  return page.locator(".compare-table thead th.region-col a");
}

function urlCodes(page) {
  const w = new URL(page.url()).searchParams.get("w") || "";
  return w.split(",").filter(Boolean);
}

test("a compare URL opened directly shows the right columns, chart and marks", async ({ page }) => {
  await page.goto(`/bandingkan?w=${PARIMO},${PALU},${PALOPO}`);
  const root = compareRoot(page);
  await expect(root).toHaveAttribute("data-rendered", `w=${PARIMO},${PALU},${PALOPO}`);
  await expect(root).toHaveAttribute("data-regions", "3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bandingkan wilayah");
  await expect(columnHeaders(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu", "Kota Palopo"]);

  // One row per indicator; a missing cell says so and is not a zero.
  const coverage = page.locator('.compare-table tr[data-indicator="coverage_rate"]');
  await expect(coverage.locator("td").nth(0)).toHaveText("tidak ada data");
  await expect(coverage.locator("td").nth(0)).toHaveClass(/cell-missing/);
  // A cell: value, as-of, caveat mark, and the source with its date.
  const palopo = coverage.locator("td").nth(2);
  await expect(palopo).toContainText("61,54%");
  await expect(palopo).toContainText("Per 25 Mar 2024");
  await expect(palopo.locator(".badge")).toContainText(["target"]);
  await expect(palopo).toContainText("Kabarpublic.com");

  // The chart: Palopo drawn; Palu's figure (another group of workers) kept apart with a reason;
  // Parigi Moutong has no figure, said in words.
  const chart = page.locator(".compare-chart");
  await expect(chart.locator("svg.bar-chart")).toHaveAttribute("aria-hidden", "true");
  await expect(chart.locator("svg .bar-label")).toHaveText(["Kota Palopo"]);
  const apart = chart.locator(".separated-list li");
  await expect(apart).toHaveCount(1);
  await expect(apart).toContainText("Kota Palu");
  await expect(apart.locator(".reason")).not.toBeEmpty();
  await expect(chart.locator(".chart-missing")).toContainText("Kabupaten Parigi Moutong");
  // The same data as a table for screen readers.
  await expect(chart.locator("table caption")).toContainText("Data grafik: Cakupan kepesertaan");
  await expect(chart.locator("table tbody tr")).toHaveCount(1);
  await expect(page).toHaveTitle(/Bandingkan wilayah/);
});

test("choosing the indicator is kept in the URL, and comparable pairs get a sentence", async ({ page }) => {
  await page.goto(`/bandingkan?w=${PARIMO},${PALU}`);
  await expect(compareRoot(page)).toHaveAttribute("data-regions", "2");
  await page.getByLabel("Indikator", { exact: true }).selectOption("covered_workers");
  await expect(page).toHaveURL(/i=covered_workers/);
  await expect(compareRoot(page)).toHaveAttribute("data-rendered", `w=${PARIMO},${PALU}&i=covered_workers`);
  await expect(page.locator('.compare-table tr.charted')).toHaveAttribute("data-indicator", "covered_workers");
  // Both are 2021 figures for all workers: comparable, with a plain-language sentence.
  await expect(page.locator(".compare-chart svg .bar-label")).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu"]);
  const sentence = page.locator(".sentences li").first();
  await expect(sentence).toContainText("Kabupaten Parigi Moutong");
  await expect(sentence).toContainText("Kota Palu");
  await expect(sentence).toContainText("(2021)");
  // Focus stays on the control that was used.
  await expect(page.locator("#compare-indicator")).toBeFocused();

  // Reload restores exactly the same view.
  await page.reload();
  await expect(page.getByLabel("Indikator", { exact: true })).toHaveValue("covered_workers");
  await expect(page.locator(".sentences li").first()).toContainText("(2021)");
});

test("add, remove and reorder regions; the URL follows and Back undoes", async ({ page }) => {
  await page.goto(`/bandingkan?w=${PARIMO},${PALU}`);
  await expect(compareRoot(page)).toHaveAttribute("data-regions", "2");

  const search = searchBox(page);
  await search.fill("palopo");
  await expect(page.getByRole("option", { name: /Kota Palopo/ })).toBeVisible();
  await page.getByRole("option", { name: /Kota Palopo/ }).click();
  await expect.poll(() => urlCodes(page)).toEqual([PARIMO, PALU, PALOPO]);
  await expect(columnHeaders(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu", "Kota Palopo"]);
  await expect(page.getByRole("heading", { name: /Wilayah yang dibandingkan \(3 dari 8\)/ })).toBeVisible();

  // Adding a region already there changes nothing.
  await search.fill("kota palu");
  await page.getByRole("option").filter({ has: page.locator(".option-name", { hasText: /^Kota Palu$/ }) }).click();
  await expect.poll(() => urlCodes(page)).toEqual([PARIMO, PALU, PALOPO]);

  await page.getByRole("button", { name: "Hapus Kota Palu dari perbandingan" }).click();
  await expect.poll(() => urlCodes(page)).toEqual([PARIMO, PALOPO]);
  await expect(columnHeaders(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palopo"]);

  await page.getByRole("button", { name: /Pindahkan Kota Palopo ke atas/ }).click();
  await expect.poll(() => urlCodes(page)).toEqual([PALOPO, PARIMO]);
  await expect(columnHeaders(page)).toHaveText(["Kota Palopo", "Kabupaten Parigi Moutong"]);

  await page.goBack();
  await expect.poll(() => urlCodes(page)).toEqual([PARIMO, PALOPO]);
  await page.goBack();
  await expect.poll(() => urlCodes(page)).toEqual([PARIMO, PALU, PALOPO]);
  await expect(columnHeaders(page)).toHaveCount(3);
});

test("a bad URL is explained, duplicates dropped, and at most 8 regions shown", async ({ page }) => {
  const nine = ["72", "72.71", "72.08", "72.01", "72.03", "72.10", "72.02", "73", "73.73"];
  await page.goto(`/bandingkan?w=${nine.join(",")},72.08,99.99`);
  await expect(compareRoot(page)).toHaveAttribute("data-regions", "8");
  await expect(page.locator(".notice").first()).toContainText("Kode 99.99 tidak dikenal.");
  await expect(page.locator(".notice").first()).toContainText("Paling banyak 8 wilayah");
  // The list is full: the search gives way to a message.
  await expect(searchBox(page)).toHaveCount(0);
  await expect(page.getByText("Sudah 8 wilayah", { exact: false }).first()).toBeVisible();
});

test("empty compare page invites a choice, in English too", async ({ page }) => {
  await page.goto("/bandingkan?lang=en");
  await expect(compareRoot(page)).toHaveAttribute("data-regions", "0");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare regions");
  await page.getByRole("link", { name: "Parigi Moutong, Kota Palu and Kota Palopo" }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(columnHeaders(page)).toHaveCount(3);
  await expect(page.locator('.compare-table tr[data-indicator="coverage_rate"] td').first()).toHaveText("no data");
});

test("download the comparison as CSV: one row per figure, with its source", async ({ page }) => {
  await page.goto(`/bandingkan?w=${PARIMO},${PALU},${PALOPO}`);
  await expect(compareRoot(page)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`cakupan-bandingkan-${PARIMO}_${PALU}_${PALOPO}.csv`);
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = parseCsv(text);
  for (const col of ["region_code", "region_name", "indicator_id", "value", "unit", "as_of", "status", "caveats",
    "source_publisher", "source_url", "source_date"]) {
    expect(header).toContain(col);
  }
  const at = (name) => header.indexOf(name);
  expect(rows.length).toBeGreaterThan(5);
  for (const r of rows) expect(r.length).toBe(header.length);
  // The hint under the button says how many rows there are.
  await expect(page.locator(".share-row .hint")).toContainText(`${rows.length} angka`);
  // Each figure once.
  const ids = rows.map((r) => r[at("figure_id")]);
  expect(new Set(ids).size).toBe(ids.length);
  // Only the compared regions (or a BPJS branch serving them).
  for (const r of rows) expect([PARIMO, PALU, PALOPO].includes(r[at("region_code")]) || r[at("region_code")].startsWith("cabang")).toBe(true);
  const palopo = rows.find((r) => r[at("region_code")] === PALOPO && r[at("indicator_id")] === "coverage_rate");
  expect(palopo).toBeTruthy();
  expect(palopo[at("value")]).toBe("61.54");
  expect(palopo[at("unit")]).toBe("percent");
  expect(palopo[at("region_name")]).toBe("Kota Palopo");
  expect(palopo[at("source_publisher")]).toBe("Kabarpublic.com");
  expect(palopo[at("as_of")]).toBe("2024-03-25");
  await expect(page.getByRole("status").filter({ hasText: "Unduhan dimulai" })).toBeVisible();
});

test("copy citation: copied to the clipboard, or selected when there is none", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`/bandingkan?w=${PARIMO},${PALU},${PALOPO}`);
  const field = page.getByLabel("Kutipan");
  await expect(field).toHaveValue(/^Sumber: Cakupan \(data per .+\), http.*bandingkan\?w=.*; angka asli: Kabarpublic\.com, 25 Mar 2024/);
  await page.getByRole("button", { name: "Salin kutipan" }).click();
  await expect(page.locator(".share-status")).toHaveText("Tersalin.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());

  // A browser without a clipboard API: the text is selected for Ctrl+C.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await page.reload();
  await page.getByRole("button", { name: "Salin kutipan" }).click();
  await expect(page.locator(".share-status")).toContainText("Teks kutipan sudah dipilih");
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el) => el.selectionEnd - el.selectionStart === el.value.length && el.value.length > 0);
  expect(selected).toBe(true);
});

test("keyboard only: add, reorder and remove without a mouse", async ({ page }) => {
  await page.goto(`/bandingkan?w=${PARIMO}`);
  await expect(compareRoot(page)).toHaveAttribute("data-regions", "1");
  await expect(page.getByText("Tambahkan paling sedikit satu wilayah lagi")).toBeVisible();
  // Tab from the top of the page to the search box.
  const search = searchBox(page);
  for (let i = 0; i < 30 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(search).toBeFocused();
  await page.keyboard.type("kota palopo");
  await expect(page.getByRole("option").first()).toContainText("Kota Palopo");
  await page.keyboard.press("Enter");
  await expect.poll(() => urlCodes(page)).toEqual([PARIMO, PALOPO]);
  // Focus stays in the search box, ready for the next region.
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("");

  // Back to the list: the last control before the search is Palopo's remove button.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Hapus Kota Palopo dari perbandingan" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  const up = page.getByRole("button", { name: /Pindahkan Kota Palopo ke atas/ });
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => urlCodes(page)).toEqual([PALOPO, PARIMO]);
  await expect(up).toBeFocused();
  // Remove with the space bar; focus lands on the remaining region's button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Hapus Kota Palopo dari perbandingan" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect.poll(() => urlCodes(page)).toEqual([PARIMO]);
  await expect(page.getByRole("button", { name: "Hapus Kabupaten Parigi Moutong dari perbandingan" })).toBeFocused();
});

test("ranking: filter by province, reference lines, missing regions listed last", async ({ page }) => {
  await page.goto("/peringkat?i=coverage_rate");
  const root = page.locator("#ranking-results[data-rendered]");
  await expect(root).toHaveAttribute("data-rendered", "i=coverage_rate");
  // Provinces by default, highest first, with their as-of and source.
  const first = page.locator(".rank-table tbody tr.rank-row").first();
  await expect(first.locator(".rank-cell")).toHaveText("1");
  await expect(first.locator("td").nth(2)).toContainText("Per");
  await expect(first.locator(".src")).not.toBeEmpty();
  const ranks = await page.locator(".rank-table tbody tr.rank-row .rank-cell").allTextContents();
  expect(ranks.length).toBe(Number(await root.getAttribute("data-ranked")));

  await page.getByLabel("Provinsi", { exact: true }).selectOption("73");
  await expect(page).toHaveURL(/prov=73/);
  await expect(root).toHaveAttribute("data-rendered", "i=coverage_rate&prov=73");
  // Only Sulawesi Selatan's kabupaten/kota are ranked; the province and Indonesia are references.
  const codes = await page.locator(".rank-table tbody tr.rank-row").evaluateAll((rs) => rs.map((r) => r.dataset.code));
  expect(codes.length).toBeGreaterThan(1);
  for (const c of codes) expect(c.startsWith("73.")).toBe(true);
  await expect(page.locator('tr.ref-row[data-code="73"]')).toContainText("acuan");
  await expect(page.locator('tr.ref-row[data-code="ID"]')).toBeVisible();
  // Regions with no figure come after, never as zero.
  const missing = page.locator(".rank-missing");
  await expect(missing.getByRole("heading")).toContainText("Tanpa angka");
  await expect(missing.locator('li[data-code="73.01"]')).toContainText("tidak ada data");
  // Palopo's share of a target is not ranked with shares of potential participants.
  await expect(page.locator(`.rank-separated tr[data-code="${PALOPO}"] .reason`)).not.toBeEmpty();

  // Sort by name, kept in the URL; reload restores it.
  await page.getByLabel("Urutkan", { exact: true }).selectOption("name-asc");
  await expect(page).toHaveURL(/sort=name/);
  const names = await page.locator(".rank-table tbody tr.rank-row th a").allTextContents();
  const sorted = [...names].sort((a, b) => a.replace(/^(Kabupaten|Kota) /, "").localeCompare(b.replace(/^(Kabupaten|Kota) /, "")));
  expect(names).toEqual(sorted);
  await page.reload();
  await expect(page.getByLabel("Urutkan", { exact: true })).toHaveValue("name-asc");
  await expect(page.getByLabel("Provinsi", { exact: true })).toHaveValue("73");
});

test("ranking: download CSV and open the top in the compare view", async ({ page }) => {
  await page.goto("/peringkat?i=coverage_rate&prov=73");
  await expect(page.locator("#ranking-results[data-rendered]")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("cakupan-peringkat-coverage_rate-73.csv");
  const [header, ...rows] = parseCsv(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""));
  const code = header.indexOf("region_code");
  const codes = rows.map((r) => r[code]);
  expect(codes).toContain("73");
  expect(codes).toContain(PALOPO);
  for (const r of rows) expect(r[header.indexOf("indicator_id")]).toBe("coverage_rate");

  const link = page.getByRole("link", { name: /Bandingkan \d teratas/ });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/bandingkan\?w=73\.[\d.,]+&i=coverage_rate/);
  await expect(page.locator("#compare-results[data-rendered]")).toBeVisible();
});

test("a full national ranking of regencies and cities renders, in English", async ({ page }) => {
  await page.goto("/peringkat?i=coverage_rate&kind=kabkota&lang=en");
  const root = page.locator("#ranking-results[data-rendered]");
  await expect(root).toHaveAttribute("data-rendered", "i=coverage_rate&kind=kabkota");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regional ranking");
  await expect(page.getByLabel("Kind of region", { exact: true })).toHaveValue("kabkota");
  // Over 400 regions without a figure, folded but counted.
  await expect(page.locator(".rank-missing summary")).toContainText(/Show \d{3} regions/);
});

test("every region page links to a comparison starting from it", async ({ page }) => {
  await page.goto(`/wilayah/${PALU}`);
  await page.getByRole("link", { name: "Bandingkan dengan wilayah lain…" }).click();
  await expect(page).toHaveURL(new RegExp(`/bandingkan\\?w=${PALU.replace(".", "\\.")}$`));
  await expect(columnHeaders(page)).toHaveText(["Kota Palu"]);
});
