// The walking skeleton: search, region pages by Kemendagri code, deep links,
// language, failure paths, and the static first view.
import { createServer } from "node:http";
import { test, expect, allowConsole, serveDataset, searchInput, startApp } from "./fixtures.js";

test("home page is Indonesian and explains itself", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByLabel("Cari provinsi atau kabupaten/kota")).toBeVisible();
  await expect(page.getByText("terlindungi BPJS Ketenagakerjaan", { exact: false }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  // Data summary appears once the dataset has arrived.
  await expect(page.getByText(/Data per .*angka untuk/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sulawesi Tengah" })).toBeVisible();
});

test("search 'parimo' and open Parigi Moutong", async ({ page }) => {
  await page.goto("/");
  await searchInput(page).fill("parimo");
  const option = page.getByRole("option", { name: /Kabupaten Parigi Moutong/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText("Sulawesi Tengah");
  await searchInput(page).press("Enter");
  await expect(page).toHaveURL(/\/wilayah\/72\.08$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  // A seed figure with its value, period and source.
  const card = page.locator('[data-figure-id="s001"]');
  await expect(card).toContainText("Rp5,5 miliar");
  await expect(card).toContainText("Januari 2024 – Juni 2024");
  await expect(card).toContainText("ANTARA");
  await expect(card).toContainText("3 Sep 2024");
  await expect(page).toHaveTitle(/Kabupaten Parigi Moutong/);
});

test("arrow keys choose among results; typos and variants still match", async ({ page }) => {
  await page.goto("/");
  const input = searchInput(page);
  await input.fill("pal");
  await expect(page.getByRole("option", { name: /Kota Palu/ })).toBeVisible();
  await expect(page.getByRole("option", { name: /Kota Palopo/ })).toBeVisible();
  // Move to the Palopo option with the arrow keys, wherever it sits in the list.
  const names = await page.getByRole("option").locator(".option-name").allTextContents();
  const target = names.indexOf("Kota Palopo");
  for (let i = 0; i <= target; i++) await input.press("ArrowDown");
  await expect(page.getByRole("option", { name: /Kota Palopo/ })).toHaveAttribute("aria-selected", "true");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/wilayah\/73\.73$/);

  await page.goto("/");
  await searchInput(page).fill("Tolitoli");
  await expect(page.getByRole("option").first()).toContainText("Toli");
  await searchInput(page).fill("prigi moutnog");
  await expect(page.getByRole("option").first()).toContainText("Kabupaten Parigi Moutong");
});

test("names as the press writes them open the right region", async ({ page }) => {
  for (const [query, code, name] of [
    ["Pemkab Sigi", "72.10", "Kabupaten Sigi"],
    ["Pemko Medan", "12.71", "Kota Medan"],
    ["Kabupaten Parigi Moutong (Parimo)", "72.08", "Kabupaten Parigi Moutong"],
  ]) {
    await page.goto("/");
    await searchInput(page).fill(query);
    await expect(page.getByRole("option").first()).toContainText(name);
    await searchInput(page).press("Enter");
    await expect(page).toHaveURL(new RegExp(`/wilayah/${code.replace(".", "\\.")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  }
});

test("an ambiguous name lists every candidate and waits for a choice", async ({ page }) => {
  await page.goto("/");
  await searchInput(page).fill("Mura");
  const options = page.getByRole("option");
  await expect(options.filter({ has: page.locator(".option-name", { hasText: /^Kabupaten Musi Rawas$/ }) })).toHaveCount(1);
  await expect(options.filter({ has: page.locator(".option-name", { hasText: /^Kabupaten Murung Raya$/ }) })).toHaveCount(1);
  // Each candidate says where it is.
  await expect(options.filter({ hasText: "Kabupaten Murung Raya" })).toContainText("Kalimantan Tengah");
  await expect(page.getByRole("status").filter({ hasText: "bisa berarti beberapa wilayah" })).toBeVisible();
  // Enter does not pick one silently: it moves to the first candidate; a second Enter opens it.
  await searchInput(page).press("Enter");
  await expect(page).toHaveURL(/\/$/);
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await searchInput(page).press("ArrowDown");
  await searchInput(page).press("Enter");
  await expect(page).toHaveURL(/\/wilayah\/(16\.05|62\.12)$/);
});

test("a query that matches nothing says so", async ({ page }) => {
  await page.goto("/");
  await searchInput(page).fill("xyzzyq");
  await expect(page.getByText("Tidak ada wilayah yang cocok dengan “xyzzyq”", { exact: false })).toBeVisible();
  await expect(page.getByRole("option")).toHaveCount(0);
});

test("deep link to a region page loads directly", async ({ page }) => {
  await page.goto("/wilayah/73.73");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Palopo");
  await expect(page.locator('[data-figure-id="s019"]')).toContainText("61,54%");
  await expect(page.locator('[data-figure-id="s019"]')).toContainText("36.553");
  await expect(page.locator('[data-figure-id="s019"]')).toContainText("59.392");
  // The province is linked.
  await expect(page.getByRole("link", { name: "Sulawesi Selatan" })).toBeVisible();
});

test("a province lists its kabupaten/kota, which link to their pages", async ({ page }) => {
  await page.goto("/wilayah/72");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sulawesi Tengah");
  const list = page.locator(".children");
  await expect(list.getByRole("link")).toHaveCount(13);
  await list.getByRole("link", { name: "Kabupaten Parigi Moutong" }).click();
  await expect(page).toHaveURL(/\/wilayah\/72\.08$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
});

test("a region without figures says so instead of showing zero", async ({ page }) => {
  await page.goto("/wilayah/11.01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Aceh Selatan");
  await expect(page.getByText("Belum ada angka yang dipublikasikan untuk wilayah ini", { exact: false })).toBeVisible();
  await expect(page.locator(".figure")).toHaveCount(0);
});

test("an unknown code and an unknown path show a helpful page with search", async ({ page }) => {
  // Both are answered with status 404 (the host's 404.html), which the browser logs.
  allowConsole("status of 404");
  await page.goto("/wilayah/99.99");
  await expect(page.getByText("Tidak ada wilayah dengan kode “99.99”", { exact: false })).toBeVisible();
  await searchInput(page).fill("palu");
  await searchInput(page).press("Enter");
  await expect(page).toHaveURL(/\/wilayah\/72\.71$/);

  await page.goto("/tidak/ada");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expect(searchInput(page)).toBeVisible();
});

test("English stays in the URL while navigating, and switches back", async ({ page }) => {
  await page.goto("/?lang=en");
  await expect(page.getByLabel("Search for a province or regency/city")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await searchInput(page).fill("parimo");
  await searchInput(page).press("Enter");
  await expect(page).toHaveURL(/\/wilayah\/72\.08\?lang=en$/);
  await expect(page.getByRole("heading", { name: "Published figures" })).toBeVisible();
  await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5.5 billion");
  await page.getByRole("link", { name: "Sulawesi Tengah" }).first().click();
  await expect(page).toHaveURL(/\/wilayah\/72\?lang=en$/);
  await expect(page.locator('[data-figure-id="s008"]')).toContainText("43,237");
  await expect(page.locator('[data-figure-id="s009"]')).toContainText("81.01%");
  await page.getByRole("link", { name: "Switch language to Bahasa Indonesia" }).click();
  await expect(page).toHaveURL(/\/wilayah\/72$/);
  await expect(page.locator('[data-figure-id="s008"]')).toContainText("43.237");
  await expect(page.getByRole("heading", { name: "Angka yang dipublikasikan" })).toBeVisible();
});

test("network failure shows a clear error, and retry recovers", async ({ page }) => {
  allowConsole("coverage.json");
  allowConsole("Failed to load resource");
  let fail = true;
  await page.route("**/data/coverage.json", (route) => (fail ? route.abort("internetdisconnected") : route.continue()));
  await page.goto("/wilayah/72.08", { waitUntil: "load" });
  await startApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Data tidak dapat dimuat");
  await expect(alert).toContainText("Periksa koneksi internet");
  // Nothing is lost: the pre-rendered page stays readable under the message.
  await expect(alert).toContainText("Halaman di bawah tetap bisa dibaca");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5,5 miliar");
  fail = false;
  await alert.getByRole("button", { name: "Coba lagi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

for (const [what, send] of [
  // Labelled brotli, but not brotli.
  ["a mislabelled compression", (res) => {
    res.writeHead(200, { "content-type": "application/json", "content-encoding": "br", "access-control-allow-origin": "*" });
    res.end("{\"schema_version\": 1, this is not brotli");
  }],
  // The transfer stops half way: fewer bytes than the length announced.
  ["a cut-off transfer", (res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "100000", "access-control-allow-origin": "*" });
    res.write("{\"schema_version\": 1, \"meta\": {");
    setTimeout(() => res.destroy(), 50);
  }],
]) {
  test(`a body that cannot be read (${what}) is reported as such, not as a lost connection`, async ({ page }) => {
    allowConsole("Failed to load resource");
    allowConsole("coverage.json");
    allowConsole("ERR_");
    // A real server, so the browser itself meets the broken body.
    const broken = createServer((_, res) => send(res));
    await new Promise((resolve) => broken.listen(0, "127.0.0.1", resolve));
    try {
      await page.route("**/data/coverage.json", (route) => route.continue({ url: `http://127.0.0.1:${broken.address().port}/coverage.json` }));
      await page.goto("/wilayah/72.08", { waitUntil: "load" });
      await startApp(page);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("isi berkasnya tidak bisa dibaca");
      await expect(alert).not.toContainText("Periksa koneksi internet");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
    } finally {
      broken.close();
    }
  });
}

test("'Coba lagi' shows at once that it is working, then the outcome", async ({ page }) => {
  allowConsole("coverage.json");
  allowConsole("Failed to load resource");
  let release;
  let mode = "fail";
  await page.route("**/data/coverage.json", async (route) => {
    if (mode === "hold") await new Promise((resolve) => (release = resolve));
    if (mode === "ok") return route.continue();
    return route.abort("internetdisconnected");
  });
  await page.goto("/wilayah/72.08", { waitUntil: "load" });
  await startApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Data tidak dapat dimuat");
  mode = "hold";
  await alert.getByRole("button", { name: "Coba lagi" }).click();
  // Before any answer: the button is busy and says so, with the loading message.
  const busy = alert.getByRole("button", { name: "Mencoba lagi…" });
  await expect(busy).toBeDisabled();
  await expect(alert.getByRole("status")).toContainText("Memuat data cakupan…");
  await expect.poll(() => typeof release).toBe("function");
  mode = "fail";
  release();
  await expect(alert.getByRole("status")).toHaveText("Percobaan ke-2 juga gagal.");
  await expect(alert.getByRole("button", { name: "Coba lagi" })).toBeEnabled();
  mode = "ok";
  await alert.getByRole("button", { name: "Coba lagi" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5,5 miliar");
});

test("an HTTP error and an unreadable file are explained", async ({ page }) => {
  allowConsole("Failed to load resource");
  await serveDataset(page, "oops", 500);
  await page.goto("/?lang=en", { waitUntil: "load" });
  await expect(page.getByRole("alert")).toContainText("HTTP error 500");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();

  await page.unroute("**/data/coverage.json");
  await serveDataset(page, "{ this is not json");
  await page.goto("/", { waitUntil: "load" });
  await startApp(page);
  await expect(page.getByRole("alert")).toContainText("Berkas data rusak");
  await page.getByText("Rincian teknis").click();
  await expect(page.getByRole("alert")).toContainText(/baris|line/i);
});

test("every region page offers 'compare with…', carrying the region and language", async ({ page }) => {
  await page.goto("/wilayah/72.08?lang=en");
  await page.getByRole("link", { name: "Compare with other regions…" }).click();
  await expect(page).toHaveURL(/\/bandingkan\?w=72\.08&lang=en$/);
});
