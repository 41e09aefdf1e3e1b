// The URL scheme (docs/urls.md), one row per documented form: open the URL and
// check what a reader sees. The rows follow the sections of the doc; a form added
// there gets a row here.
//
// A row is { url, see, status?, clock?, fetch? }:
//   url     a path (served from dist/) or a full URL (the /cakupan/ subpath build)
//   see     async ({ page, response, body }) => assertions; `page` for pages opened in
//           the browser, `body` (text) for rows fetched without a browser (`fetch: true`,
//           and files such as .xml, .json, .png)
//   status  the HTTP status the host answers with (200 unless given)
//   clock   the reader's date, for checker rows that depend on the current month
import { test, expect, allowConsole, searchInput } from "./fixtures.js";

const SUB = `http://127.0.0.1:${Number(process.env.CAKUPAN_PORT || 4173) + 1}/cakupan`;
const NOVEMBER_2026 = "2026-11-15T10:00:00+07:00";

const h1 = (page) => page.getByRole("heading", { level: 1 });
const compareRoot = (page) => page.locator("#compare-results[data-rendered]");
const compareColumns = (page) => page.locator(".compare-table thead th.region-col a");
const rankRoot = (page) => page.locator("#ranking-results[data-rendered]");
const mapRoot = (page) => page.locator("#map-results[data-rendered]");
const packageTotals = (page) => page.locator("table.contributions tfoot tr.package-row td");
const TAGLINE_ID = "Seberapa banyak pekerja di daerah Anda terlindungi BPJS Ketenagakerjaan";
const TAGLINE_EN = "How many workers in your region are protected by BPJS Ketenagakerjaan";

/** The ranking controls, as the reader reads them off the page. */
async function expectRankControls(page, want) {
  const labels = { indicator: "Indikator", segment: "Kelompok pekerja", province: "Provinsi", kind: "Jenis wilayah", sort: "Urutkan" };
  for (const [key, value] of Object.entries(want)) {
    await expect(page.getByLabel(labels[key], { exact: true })).toHaveValue(value);
  }
}

/** Width and height of a PNG (from its IHDR chunk). */
function pngSize(bytes) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The `content` of a <meta property=…> in raw HTML. */
function metaContent(html, property) {
  const tag = html.match(new RegExp(`<meta[^>]*property="${property}"[^>]*>`))?.[0] ?? "";
  return tag.match(/content="([^"]*)"/)?.[1] ?? "";
}

const ROWS = [
  // --- Hosting base ---------------------------------------------------------
  {
    url: "/",
    see: async ({ page }) => {
      await expect(page.getByText(TAGLINE_ID)).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "id");
    },
  },
  {
    url: `${SUB}/wilayah/73.73?lang=en`,
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Kota Palopo");
      await expect(page.getByRole("heading", { name: "Published figures" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Sulawesi Selatan" })).toHaveAttribute("href", "/cakupan/wilayah/73?lang=en");
    },
  },
  {
    url: `${SUB}/data/coverage.json`,
    see: async ({ body }) => expect(JSON.parse(body).schema_version).toBe(1),
  },

  // --- Language ---------------------------------------------------------------
  {
    url: "/?lang=en",
    see: async ({ page }) => {
      await expect(page.getByText(TAGLINE_EN)).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    },
  },
  { url: "/?lang=EN", see: async ({ page }) => expect(page.getByText(TAGLINE_EN)).toBeVisible() },
  {
    url: "/?lang=fr",
    see: async ({ page }) => {
      await expect(page.getByText(TAGLINE_ID)).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "id");
    },
  },
  {
    // The language switch keeps the view's other parameters.
    url: "/bandingkan?w=72.08,72.71&lang=en",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Compare regions");
      await expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu"]);
      await page.getByRole("link", { name: "Switch language to Bahasa Indonesia" }).click();
      await expect(h1(page)).toHaveText("Bandingkan wilayah");
      await expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu"]);
      expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
    },
  },

  // --- Routes: regions ----------------------------------------------------------
  {
    url: "/wilayah",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Semua wilayah");
      await expect(page.locator("#p-72")).toContainText("Sulawesi Tengah");
    },
  },
  { url: "/wilayah#p-72", see: async ({ page }) => expect(page.locator("#p-72")).toBeFocused() },
  {
    url: "/wilayah/72.08",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Kabupaten Parigi Moutong");
      await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5,5 miliar");
      await expect(page.getByRole("link", { name: "Bandingkan dengan wilayah lain…" })).toHaveAttribute("href", "/bandingkan?w=72.08");
    },
  },
  {
    url: "/wilayah/72",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Sulawesi Tengah");
      await expect(page.locator(".children").getByRole("link")).toHaveCount(13);
    },
  },
  { url: "/wilayah/ID", see: async ({ page }) => expect(h1(page)).toHaveText("Indonesia") },
  { url: "/wilayah/cabang.palopo", see: async ({ page }) => expect(h1(page)).toHaveText("BPJS Cabang Palopo") },
  { url: "/wilayah/72.08/", see: async ({ page }) => expect(h1(page)).toHaveText("Kabupaten Parigi Moutong") },
  {
    url: "/wilayah/72.08?utm_source=wa&w=72.71&lang=en",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Kabupaten Parigi Moutong");
      await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5.5 billion");
    },
  },
  {
    url: "/wilayah/99.99",
    status: 404,
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Halaman tidak ditemukan");
      await expect(page.getByText("Tidak ada wilayah dengan kode “99.99” dalam data kami")).toBeVisible();
      await expect(searchInput(page)).toBeVisible();
    },
  },
  {
    // Names are not codes.
    url: "/wilayah/Palu",
    status: 404,
    see: async ({ page }) => expect(page.getByText("Tidak ada wilayah dengan kode “Palu”")).toBeVisible(),
  },
  {
    url: "/wilayah/id",
    status: 404,
    see: async ({ page }) => expect(page.getByText("Tidak ada wilayah dengan kode “id”")).toBeVisible(),
  },

  // --- Routes: compare --------------------------------------------------------
  {
    url: "/bandingkan",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Bandingkan wilayah");
      await expect(page.getByRole("heading", { name: "Wilayah yang dibandingkan (0 dari 8)" })).toBeVisible();
      await expect(compareRoot(page)).toHaveAttribute("data-regions", "0");
    },
  },
  {
    url: "/bandingkan?w=72.08,72.71,73.73",
    see: async ({ page }) => {
      await expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu", "Kota Palopo"]);
      await expect(page.locator(".compare-page > .notice")).toHaveCount(0);
    },
  },
  {
    url: "/bandingkan?w=72.08;72.71",
    see: async ({ page }) => expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu"]),
  },
  {
    url: "/bandingkan?w=72.71,72.08&i=covered_workers",
    see: async ({ page }) => {
      await expect(compareColumns(page)).toHaveText(["Kota Palu", "Kabupaten Parigi Moutong"]);
      await expect(page.getByLabel("Indikator", { exact: true })).toHaveValue("covered_workers");
      await expect(page.locator(".chart-title")).toHaveText("Pekerja terlindungi");
    },
  },
  {
    url: "/bandingkan?w=72.08",
    see: async ({ page }) => {
      await expect(page.getByRole("heading", { name: "Wilayah yang dibandingkan (1 dari 8)" })).toBeVisible();
      await expect(page.locator(".need-another")).toBeVisible();
    },
  },
  {
    url: "/bandingkan?w=72.08,99.99,Palu,72.08",
    see: async ({ page }) => {
      await expect(page.getByText("Kode 99.99 tidak dikenal.")).toBeVisible();
      await expect(page.getByText("Kode Palu tidak dikenal.")).toBeVisible();
      await expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong"]);
    },
  },
  {
    url: "/bandingkan?w=id,72.71",
    see: async ({ page }) => expect(compareColumns(page)).toHaveText(["Indonesia", "Kota Palu"]),
  },
  {
    url: "/bandingkan?w=72,72.71,72.08,72.01,72.03,72.10,72.02,73,73.73",
    see: async ({ page }) => {
      await expect(compareRoot(page)).toHaveAttribute("data-regions", "8");
      await expect(page.getByText("Paling banyak 8 wilayah bisa dibandingkan; 1 tidak ditampilkan.")).toBeVisible();
    },
  },
  {
    url: "/bandingkan?w=72.08,72.71&i=nope",
    see: async ({ page }) => {
      await expect(page.getByText("Indikator nope tidak dikenal.")).toBeVisible();
      await expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu"]);
    },
  },

  // --- Routes: ranking --------------------------------------------------------
  {
    url: "/peringkat",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Peringkat wilayah");
      await expect(rankRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
      await expectRankControls(page, { indicator: "coverage_rate", segment: "all", province: "", kind: "provinsi", sort: "value-desc" });
    },
  },
  {
    url: "/peringkat?i=covered_workers&prov=73&sort=name",
    see: async ({ page }) => {
      await expect(page.locator("#ranking-caption")).toHaveText("Peringkat Pekerja terlindungi: Sulawesi Selatan, kabupaten dan kota");
      await expectRankControls(page, { indicator: "covered_workers", province: "73", kind: "kabkota", sort: "name-asc" });
    },
  },
  {
    url: "/peringkat?i=coverage_rate&kind=kota&dir=asc",
    see: async ({ page }) => {
      await expect(page.locator("#ranking-caption")).toContainText("kota saja");
      await expectRankControls(page, { kind: "kota", sort: "value-asc" });
    },
  },
  {
    url: "/peringkat?seg=bpu",
    see: async ({ page }) => {
      await expect(rankRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate&seg=bpu");
      await expectRankControls(page, { segment: "bpu" });
    },
  },
  {
    url: "/peringkat?i=nope&seg=zzz&prov=99&kind=xyz&sort=zzz&dir=up",
    see: async ({ page }) => {
      await expect(rankRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
      await expectRankControls(page, { indicator: "coverage_rate", segment: "all", province: "", kind: "provinsi", sort: "value-desc" });
      // Each value left out is named, with what stands in its place.
      const notice = page.getByRole("status").filter({ hasText: "tidak dikenal" });
      await expect(notice.locator("li")).toHaveText([
        "Nilai “zzz” untuk “seg” di alamat ini tidak dikenal; peringkat memakai pilihan bawaan.",
        "Nilai “xyz” untuk “kind” di alamat ini tidak dikenal; peringkat memakai pilihan bawaan.",
        "Nilai “zzz” untuk “sort” di alamat ini tidak dikenal; peringkat memakai pilihan bawaan.",
        "Nilai “up” untuk “dir” di alamat ini tidak dikenal; peringkat memakai pilihan bawaan.",
        "Provinsi dengan kode “99” tidak ada dalam data kami; peringkat mencakup seluruh Indonesia.",
        "Indikator “nope” tidak dikenal; peringkat menampilkan indikator bawaan.",
      ]);
    },
  },
  {
    // A group of workers with no figure in the data: said, not shown as "all workers" silently.
    url: "/peringkat?seg=pmi&lang=en",
    see: async ({ page }) => {
      await expect(rankRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
      await expect(page.getByRole("status").filter({ hasText: "no figures yet" })).toContainText("the ranking shows all workers");
      await expect(page.getByLabel("Group of workers", { exact: true })).toHaveValue("all");
    },
  },
  {
    url: "/peringkat?i=coverage_rate&kind=kabkota&lang=en",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Regional ranking");
      await expect(page.getByLabel("Kind of region", { exact: true })).toHaveValue("kabkota");
    },
  },

  // --- Routes: map (issue 14) --------------------------------------------------
  {
    url: "/peta",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Peta cakupan");
      await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
      await expect(page.getByLabel("Indikator", { exact: true })).toHaveValue("coverage_rate");
      await expect(page.getByLabel("Provinsi", { exact: true })).toHaveValue("");
    },
  },
  {
    url: "/peta?i=covered_workers&prov=72&w=72.08",
    see: async ({ page }) => {
      await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=covered_workers&prov=72");
      await expect(page.getByRole("heading", { name: "Provinsi Sulawesi Tengah" })).toBeVisible();
      await expect(page.locator('a.mark.selected[data-code="72.08"]')).toHaveCount(1);
      await expect(page.locator("#peta-panel")).toContainText("Kabupaten Parigi Moutong");
      await expect(page.getByRole("link", { name: "Seluruh Indonesia" })).toHaveAttribute("href", "/peta?i=covered_workers");
    },
  },
  {
    url: "/peta?i=nope&prov=99&w=99.99",
    see: async ({ page }) => {
      await expect(page.getByText("Indikator “nope” tidak dikenal")).toBeVisible();
      await expect(page.getByText("Provinsi dengan kode “99” tidak ada")).toBeVisible();
      await expect(page.getByText("Tidak ada kabupaten/kota dengan kode “99.99”")).toBeVisible();
      await expect(mapRoot(page)).toHaveAttribute("data-rendered", "i=coverage_rate");
    },
  },
  {
    url: "/peta?prov=72&w=73.73",
    see: async ({ page }) => {
      await expect(page.getByText("Wilayah 73.73 tidak berada di provinsi 72")).toBeVisible();
      await expect(page.locator("a.mark.selected")).toHaveCount(0);
    },
  },
  {
    url: "/peta?prov=72&lang=en",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Coverage map");
      await expect(page.getByRole("link", { name: "See as a table" })).toHaveAttribute("href", "/peringkat?i=coverage_rate&prov=72&lang=en");
    },
  },

  // --- Routes: programmes, glossary, regional role, data problems -------------
  {
    url: "/program",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Lima program BPJS Ketenagakerjaan");
      await expect(page.locator(".program-card")).toHaveCount(5);
    },
  },
  { url: "/program/jkm", see: async ({ page }) => expect(h1(page)).toContainText("Jaminan Kematian") },
  { url: "/program/jkm?lang=en", see: async ({ page }) => expect(h1(page)).toContainText("Death benefit") },
  { url: "/program/jkm#iuran", see: async ({ page }) => expect(page.locator("#iuran")).toBeFocused() },
  { url: "/program/JKM", status: 404, see: async ({ page }) => expect(h1(page)).toContainText("Jaminan Kematian") },
  {
    url: "/program/jkn",
    status: 404,
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Program tidak ditemukan");
      await expect(page.getByText("Tidak ada program “jkn”")).toBeVisible();
    },
  },
  { url: "/peran-pemda", see: async ({ page }) => expect(h1(page)).toHaveText("Peran pemerintah daerah") },
  {
    url: "/glosarium#bpu",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Glosarium");
      await expect(page.locator("#bpu")).toBeFocused();
    },
  },
  { url: "/masalah-data?lang=en", see: async ({ page }) => expect(h1(page)).toHaveText("Data problems") },

  // --- Routes: checker ----------------------------------------------------------
  {
    url: "/cek",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Cek iuran dan manfaat");
      await expect(page.getByRole("heading", { name: "Anda bekerja sebagai apa?" })).toBeVisible();
    },
  },
  {
    url: "/cek?jenis=pu",
    clock: NOVEMBER_2026,
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Berapa upah Anda sebulan?");
      await expect(page.getByText("Pertanyaan 2 dari 4")).toBeVisible();
    },
  },
  {
    url: "/cek?jenis=PU&upah=5+juta",
    clock: NOVEMBER_2026,
    see: async ({ page }) => expect(h1(page)).toHaveText("Seberapa berbahaya tempat kerja Anda?"),
  },
  {
    url: "/cek?jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Hasil: iuran dan manfaat");
      await expect(page.locator("#rules-month")).toHaveText("Aturan yang berlaku November 2026");
      await expect(packageTotals(page)).toHaveText(["Rp327.000", "Rp150.000", "Rp477.000"]);
    },
  },
  {
    // An older link without `bulan`: the reader's current month, and the page says so.
    url: "/cek?jenis=pu&upah=5000000&risiko=2&usaha=besar",
    clock: NOVEMBER_2026,
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Hasil: iuran dan manfaat");
      await expect(page.locator("#rules-month")).toContainText("Aturan yang berlaku November 2026");
      await expect(page.locator("#rules-month")).toContainText("Bulan ini diambil dari jam perangkat Anda.");
    },
  },
  {
    url: "/cek?jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11&ubah=risiko",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Seberapa berbahaya tempat kerja Anda?");
      await expect(page.getByLabel("Kelompok 2", { exact: true })).toBeChecked();
    },
  },
  {
    url: "/cek?jenis=bpu&upah=1000000&bulan=2026-11&lang=en",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Result: contributions and benefits");
      await expect(page.locator("#rules-month")).toHaveText("Rules in force in November 2026");
    },
  },
  {
    url: "/cek?jenis=bpu&upah=1000000&bulan=2027-01",
    see: async ({ page }) => expect(h1(page)).toHaveText("Apa bidang kerja Anda?"),
  },
  {
    url: "/cek?jenis=bpu&upah=1000000&sektor=transportasi&bulan=2027-01",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Hasil: iuran dan manfaat");
      await expect(page.locator("#rules-month")).toHaveText("Aturan yang berlaku Januari 2027");
    },
  },
  {
    url: "/cek?jenis=jakon&kontrak=100000000&bulan=2026-11",
    see: async ({ page }) => expect(packageTotals(page)).toHaveText(["Rp240.000"]),
  },
  {
    url: "/cek?jenis=pmi&lama=12&bulan=2026-11",
    see: async ({ page }) => expect(packageTotals(page)).toHaveText(["Rp226.500"]),
  },
  {
    url: "/cek?jenis=pu&upah=5000000&risiko=9&usaha=besar&bulan=2026-11",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Seberapa berbahaya tempat kerja Anda?");
      await expect(page.locator(".error-summary")).toContainText("Ada masalah");
      await expect(page.locator(".error-summary")).toContainText("Pilih kelompok risiko tempat kerja.");
    },
  },
  {
    url: "/cek?jenis=pu&upah=abc&bulan=2026-11",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Berapa upah Anda sebulan?");
      await expect(page.locator("#upah")).toHaveValue("abc");
      await expect(page.locator("#upah-error")).toContainText("tulis jumlah dalam rupiah");
    },
  },
  {
    url: "/cek?jenis=bpu&upah=1000000&bulan=2019-01",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Untuk bulan apa?");
      await expect(page.locator(".error-summary")).toContainText("Kami hanya bisa menghitung untuk Februari 2025 sampai Desember 2030");
    },
  },
  {
    // Answers that do not apply, an unknown `ubah` and unknown keys are ignored.
    url: "/cek?jenis=bpu&upah=1000000&bulan=2026-11&risiko=9&ubah=nope&foo=bar",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Hasil: iuran dan manfaat");
      await expect(page.locator(".error-summary")).toHaveCount(0);
    },
  },

  // --- Pre-rendered files: the host ignores the query, the app applies it --------
  {
    url: "/bandingkan?w=72.08,72.71&lang=en",
    fetch: true,
    see: async ({ body }) => {
      expect(body).toContain('<html lang="id">');
      expect(body).toContain("Wilayah yang dibandingkan (0 dari 8)");
    },
  },

  // --- Not found ------------------------------------------------------------------
  {
    url: "/tidak/ada",
    status: 404,
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Halaman tidak ditemukan");
      await expect(searchInput(page)).toBeVisible();
    },
  },
  { url: "/tidak/ada?lang=en", status: 404, see: async ({ page }) => expect(h1(page)).toHaveText("Page not found") },

  // --- sitemap.xml, robots.txt, data files -------------------------------------
  {
    url: "/sitemap.xml",
    see: async ({ body }) => {
      expect(body).toMatch(/\/wilayah\/72\.08<\/loc>/);
      expect(body).toMatch(/\/program\/jkm<\/loc>/);
      expect(body).not.toContain("lang=en");
    },
  },
  { url: "/robots.txt", see: async ({ body }) => expect(body).toContain("User-agent: *") },
  {
    url: "/data/coverage.json",
    see: async ({ body }) => {
      const data = JSON.parse(body);
      expect(data.schema_version).toBe(1);
      expect(data.regions.map((r) => r.code)).toContain("72.08");
    },
  },
  { url: "/data/coverage.schema.json", see: async ({ body }) => expect(JSON.parse(body).title).toBe("Dataset") },
  {
    url: "/data/peta.json",
    see: async ({ body }) => {
      const points = JSON.parse(body);
      expect(points.about).toContain("wilayah_boundaries");
      expect(points.p.length).toBeGreaterThan(500);
      for (const [code, x, y] of points.p) {
        expect(code).toMatch(/^\d\d\.\d\d$/);
        expect(x >= 0 && x <= points.w && y >= 0 && y <= points.h).toBe(true);
      }
    },
  },
];

// Forms the doc describes that arrive with issue 11 (presentation mode, embeds,
// link-preview cards).
const NEW_IN_ISSUE_11 = [
  {
    url: "/wilayah/72.08/index.html?lang=en",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Kabupaten Parigi Moutong");
      await expect(page.getByRole("heading", { name: "Published figures" })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe("/wilayah/72.08/");
    },
  },
  {
    url: "/wilayah/73.73?present=1",
    see: async ({ page }) => {
      await expect(h1(page)).toHaveText("Kota Palopo");
      const exit = page.getByRole("link", { name: "Keluar presentasi" });
      await expect(exit).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(exit).toHaveCount(0);
      await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBeNull();
      await expect(h1(page)).toHaveText("Kota Palopo");
    },
  },
  {
    url: "/bandingkan?w=72.08,72.71&present=1&lang=en",
    see: async ({ page }) => {
      await expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu"]);
      const exit = page.getByRole("link", { name: "Exit presentation" });
      await expect(exit).toBeVisible();
      await exit.click();
      await expect(exit).toHaveCount(0);
      await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBeNull();
      const params = new URL(page.url()).searchParams;
      expect(params.get("lang")).toBe("en");
      expect(params.get("w")).toBe("72.08,72.71");
      await expect(compareColumns(page)).toHaveText(["Kabupaten Parigi Moutong", "Kota Palu"]);
    },
  },
  {
    url: "/sematkan/wilayah/73.73",
    // Complete without the app: nothing to wait for once it has loaded.
    static: true,
    see: async ({ page }) => {
      await expect(page.getByText("Kota Palopo").first()).toBeVisible();
      await expect(page.getByText("61,54%").first()).toBeVisible();
    },
  },
  {
    url: "/sematkan/wilayah/72.08?lang=en",
    see: async ({ page }) => {
      await expect(page.getByText("Kabupaten Parigi Moutong").first()).toBeVisible();
      await expect(page.getByRole("columnheader", { name: "Indicator" })).toBeVisible();
      await expect(page.getByText("Rp24.3 billion").first()).toBeVisible();
    },
  },
  {
    url: "/sematkan/bandingkan?w=72.08,72.71,73.73",
    see: async ({ page }) => {
      for (const name of ["Kabupaten Parigi Moutong", "Kota Palu", "Kota Palopo"]) {
        await expect(h1(page)).toContainText(name);
      }
      await expect(page.locator(".embed-footer")).toContainText("Sumber");
    },
  },
  {
    url: "/kartu/wilayah/73.73.png",
    see: async ({ response, bytes }) => {
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(bytes)).toEqual([1200, 630]);
    },
  },
  {
    url: "/kartu/cakupan.png",
    see: async ({ response, bytes }) => {
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(bytes)).toEqual([1200, 630]);
    },
  },
  {
    url: "/wilayah/73.73",
    fetch: true,
    see: async ({ body }) => expect(metaContent(body, "og:image")).toMatch(/kartu\/wilayah\/73\.73\.png$/),
  },
  {
    url: "/peringkat",
    fetch: true,
    see: async ({ body }) => expect(metaContent(body, "og:image")).toMatch(/kartu\/cakupan\.png$/),
  },
];

/** Files and `fetch` rows are read without a browser. */
const isFile = (url) => /\.(xml|txt|json|png)$/.test(new URL(url, "http://x").pathname);

function rowTest(row) {
  const name = row.fetch ? `${row.url} (as served)` : row.url;
  test(name, async ({ page, request }) => {
    const status = row.status ?? 200;
    if (row.fetch || isFile(row.url)) {
      const response = await request.get(row.url);
      expect(response.status()).toBe(status);
      const bytes = await response.body();
      await row.see({ response, bytes, body: bytes.toString("utf8") });
      return;
    }
    // The host answers unknown paths with 404.html and status 404, which the browser logs.
    if (status === 404) allowConsole("status of 404");
    if (row.clock) await page.clock.setFixedTime(new Date(row.clock));
    const response = await page.goto(row.url, row.static ? { waitUntil: "load" } : undefined);
    expect(response.status()).toBe(status);
    await row.see({ page, response });
  });
}

ROWS.forEach(rowTest);

test.describe("new in issue 11", () => {
  NEW_IN_ISSUE_11.forEach(rowTest);
});
