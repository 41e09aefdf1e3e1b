// The five programmes in plain language, the regional role page, the glossary,
// and the "what do I pay, what can I get" checker (/cek).
import { test, expect, allowConsole } from "./fixtures.js";

const PROGRAMS = [
  { slug: "jkk", id: "Jaminan Kecelakaan Kerja", en: "Work accident benefit" },
  { slug: "jkm", id: "Jaminan Kematian", en: "Death benefit" },
  { slug: "jht", id: "Jaminan Hari Tua", en: "Old-age savings" },
  { slug: "jp", id: "Jaminan Pensiun", en: "Pension" },
  { slug: "jkp", id: "Jaminan Kehilangan Pekerjaan", en: "Job loss benefit" },
];

const SECTIONS_ID = ["Apa yang dibayar", "Siapa bisa ikut", "Siapa membayar berapa", "Cara klaim", "Dokumen yang perlu disiapkan"];
const SECTIONS_EN = ["What it pays", "Who can join", "Who pays how much", "How to claim", "Documents you need"];

/** The contribution row of a programme ("jkk", "jkk-jkm") in the result table. */
function line(page, programs) {
  return page.locator(`table.contributions tr.line-row[data-programs="${programs}"]`);
}

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
async function tabTo(page, selector, max = 25) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const p of PROGRAMS) {
  test(`programme page ${p.slug} in Indonesian and English`, async ({ page }) => {
    await page.goto(`/program/${p.slug}`);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toContainText(p.id);
    await expect(h1).toContainText(p.slug.toUpperCase());
    for (const s of SECTIONS_ID) await expect(page.getByRole("heading", { level: 2, name: s })).toBeVisible();
    // Every programme cites its regulations with a date.
    await expect(page.locator(".cite.rule").first()).toContainText(/(PP|Permenaker) \d+\/\d{4} \(/);
    await expect(page.getByRole("table").first()).toContainText("Penerima upah (PU)");
    await expect(page).toHaveTitle(new RegExp(p.id));

    await page.locator("a.lang-switch").click();
    await expect(page).toHaveURL(new RegExp(`/program/${p.slug}\\?lang=en$`));
    await expect(h1).toContainText(p.en);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    for (const s of SECTIONS_EN) await expect(page.getByRole("heading", { level: 2, name: s })).toBeVisible();
    await expect(page.getByRole("table").first()).toContainText("Wage earners (PU)");
    // Links keep the language.
    const other = page.locator(".other-programs a").first();
    await expect(other).toHaveAttribute("href", /\?lang=en$/);
  });
}

test("programme details: amounts, changes with dates, unverified marks, glossary links", async ({ page }) => {
  await page.goto("/program/jkm");
  await expect(page.getByText("Rp42 juta", { exact: false }).first()).toBeVisible();
  // A rule that changed says what it was before.
  await expect(page.locator(".item-changed").first()).toContainText("Berubah");
  await expect(page.getByText("PP 82/2019 (berlaku 2 Des 2019)", { exact: false }).first()).toBeVisible();

  await page.goto("/program/jht");
  await expect(page.locator(".item.uncertain .badge").first()).toHaveText("belum terverifikasi");
  // Terms in the text link to the glossary, and the entry opens.
  const jmo = page.locator("a.glossary-term", { hasText: "JMO" }).first();
  await expect(jmo).toHaveAttribute("href", "/glosarium#jmo");
  await jmo.click();
  await expect(page).toHaveURL(/\/glosarium#jmo$/);
  await expect(page.locator("#jmo")).toBeFocused();
  await expect(page.locator("#jmo")).toHaveClass(/is-target/);

  // In-page contents link.
  await page.goto("/program/jkp");
  await page.locator(".toc").getByRole("link", { name: "Cara klaim" }).click();
  await expect(page).toHaveURL(/\/program\/jkp#klaim$/);
  await expect(page.locator("#klaim")).toBeInViewport();
});

test("unknown programme: a not-found message with the five programmes", async ({ page }) => {
  allowConsole("status of 404");
  await page.goto("/program/jkn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Program tidak ditemukan");
  await expect(page.getByText("Tidak ada program “jkn”", { exact: false })).toBeVisible();
  for (const p of PROGRAMS) await expect(page.getByRole("link", { name: new RegExp(p.id) })).toBeVisible();
});

test("programme index: five programmes, who joins what, and the way on", async ({ page }) => {
  await page.goto("/program");
  await expect(page.locator(".program-card")).toHaveCount(5);
  const matrix = page.locator("table.membership-matrix");
  // BPU cannot join JP.
  const jp = matrix.locator("tbody tr", { hasText: "JP" }).first();
  await expect(jp.locator("td").nth(1)).toHaveText("Tidak ikut");
  await page.getByRole("link", { name: "Peran pemerintah daerah" }).click();
  await expect(page).toHaveURL(/\/peran-pemda$/);
});

test("programme pages show dated amounts for the reader's month, from the checker's rules", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-15T10:00:00+07:00"));
  await page.goto("/program/jp");
  const cap = page.locator(".fact", { hasText: "Batas upah JP" });
  await expect(cap).toContainText("Batas upah JP pada November 2026: Rp11.086.300 (berlaku Maret 2026 sampai Februari 2027).");
  await expect(cap).toContainText("belum terverifikasi");
  await expect(cap.locator(".sources")).toContainText("Mondaq");
  await page.goto("/program/jkk");
  await expect(page.locator(".fact", { hasText: "paling sedikit pada November 2026" })).toContainText("Rp8.400 sebulan (tanpa potongan Rp16.800)");
  await expect(page.locator(".fact", { hasText: "Sebelum berangkat" })).toContainText("Rp189.000 (kontrak 12 bulan)");
  // In January 2027 the discount has ended for most workers, and the page says so.
  await page.clock.setFixedTime(new Date("2027-01-10T10:00:00+07:00"));
  await page.reload();
  await expect(page.locator(".fact", { hasText: "paling sedikit pada Januari 2027" })).toContainText("Rp8.400 untuk pekerja transportasi, Rp16.800 untuk pekerjaan lain");
});

test("regional role page: Inpres 2/2021, UCJ, and the way to region pages", async ({ page }) => {
  await page.goto("/peran-pemda");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peran pemerintah daerah");
  await expect(page.getByRole("heading", { name: "Apa itu Inpres 2/2021" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cara mengukur cakupan" })).toBeVisible();
  await expect(page.getByText("Inpres 2/2021 (berlaku 25 Mar 2021)", { exact: false }).first()).toBeVisible();
  await expect(page.locator("a.glossary-term", { hasText: "UCJ" }).first()).toHaveAttribute("href", "/glosarium#ucj");
  // From there to the regions: search, ranking.
  const block = page.locator("#daerah-anda");
  await expect(block.getByRole("link", { name: "Peringkat cakupan semua wilayah" })).toHaveAttribute("href", "/peringkat");
  await block.getByRole("combobox").fill("parimo");
  await block.getByRole("combobox").press("Enter");
  await expect(page).toHaveURL(/\/wilayah\/72\.08$/);

  await page.goto("/peran-pemda?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The regional government's role");
  await expect(page.getByRole("heading", { name: "How coverage is measured" })).toBeVisible();
});

test("glossary: entries by slug, see-also links, both languages", async ({ page }) => {
  await page.goto("/glosarium#bpu");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glosarium");
  const bpu = page.locator("#bpu");
  await expect(bpu).toContainText("Bukan Penerima Upah");
  await expect(bpu).toBeFocused();
  await expect(bpu).toBeInViewport();
  for (const slug of ["pu", "jakon", "pmi", "non-asn", "perangkat-desa", "bpd", "pekerja-rentan", "apbd", "apbdes", "dana-desa", "ahli-waris", "plkk", "pks", "mou", "ucj"]) {
    await expect(page.locator(`[id="${slug}"]`)).toHaveCount(1);
  }
  await bpu.getByRole("link", { name: "Pekerja rentan" }).click();
  await expect(page).toHaveURL(/\/glosarium#pekerja-rentan$/);
  await expect(page.locator("#pekerja-rentan")).toBeFocused();
  await page.goto("/glosarium?lang=en#pu");
  await expect(page.locator("#pu")).toContainText("Workers paid a wage by an employer");
  await expect(page.locator("#pu").getByRole("link", { name: "BPU" })).toHaveAttribute("href", "/glosarium?lang=en#bpu");
});

/** Sets the reader's clock to a day in November 2026 (the checker's default month). */
async function novemberClock(page) {
  await page.clock.setFixedTime(new Date("2026-11-15T10:00:00+07:00"));
}

test("checker: a wage earner, step by step, matches the worked example", async ({ page }) => {
  await novemberClock(page);
  await page.goto("/cek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cek iuran dan manfaat");
  await expect(page.getByText("Ini bukan pendaftaran. Tidak ada yang dikirim ke mana pun", { exact: false })).toBeVisible();
  await page.getByLabel("Penerima upah (PU)").check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  // The month of the reader's clock goes into the URL with the first answer.
  await expect(page).toHaveURL(/\/cek\?jenis=pu&bulan=2026-11$/);

  await page.getByLabel("Berapa upah Anda sebulan?").fill("5.000.000");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=pu&upah=5000000&bulan=2026-11$/);

  await expect(page.getByText("Pertanyaan 3 dari 4")).toBeVisible();
  await page.getByLabel("Kelompok 2", { exact: true }).check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  await page.getByLabel("Usaha menengah atau besar").check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11$/);

  const check = async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hasil: iuran dan manfaat");
    await expect(page.locator("#rules-month")).toContainText("Aturan yang berlaku November 2026");
    await expect(page.getByRole("heading", { name: "Iuran per bulan" })).toBeVisible();
    // Employer / worker / total, right-aligned numbers.
    await expect(line(page, "jkk").locator("td")).toHaveText(["Rp27.000", "Rp0", "Rp27.000"]);
    await expect(line(page, "jkm").locator("td")).toHaveText(["Rp15.000", "Rp0", "Rp15.000"]);
    await expect(line(page, "jht").locator("td")).toHaveText(["Rp185.000", "Rp100.000", "Rp285.000"]);
    await expect(line(page, "jp").locator("td")).toHaveText(["Rp100.000", "Rp50.000", "Rp150.000"]);
    await expect(line(page, "jkp").locator("td")).toHaveText(["Rp0", "Rp0", "Rp0"]);
    await expect(page.locator("table.contributions tfoot tr.package-row td")).toHaveText(["Rp327.000", "Rp150.000", "Rp477.000"]);
    await expect(line(page, "jkk").locator("td").first()).toHaveCSS("text-align", "right");
    // Rules with their dates and sources.
    const jkkDetail = page.locator("table.contributions .line-detail").first();
    await expect(jkkDetail).toContainText("PP 44/2015 (2015).");
    await expect(jkkDetail).toContainText("Berlaku: sejak Juli 2015");
    await expect(jkkDetail.locator(".sources a").first()).toHaveAttribute("href", /^https:\/\//);
    // The JP line is computed on the cap in force that month (11.086.300 from March 2026).
    await expect(page.locator("table.contributions .line-detail").nth(3)).toContainText("Berlaku: Maret 2026 sampai Februari 2027");
    // Key benefits for that wage.
    const benefits = page.locator("table.benefits");
    await expect(benefits).toContainText("Rp240.000.000");
    await expect(benefits).toContainText("Rp42.000.000");
    await expect(benefits).toContainText("Rp3.000.000 sebulan, paling lama 6 bulan");
    await expect(benefits).toContainText("tidak harus berturut-turut");
    // No minimum pension is known after February 2026: the last one is shown, and said so.
    await expect(page.locator(".warning-box")).toContainText("Untuk November 2026 belum ada angka pensiun JP paling sedikit yang kami ketahui");
    await expect(page.locator(".summary-list")).toContainText("Rp5.000.000");
  };
  await check();
  // Reopening the result URL shows the same result.
  await page.reload();
  await check();
  // Back goes to the last question.
  await page.goBack();
  await expect(page).toHaveURL(/\/cek\?jenis=pu&upah=5000000&risiko=2&bulan=2026-11$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seberapa besar usaha pemberi kerja Anda?");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hasil: iuran dan manfaat");

  // Change one answer: the wage question comes back filled in.
  await page.locator('[data-change="upah"]').click();
  await expect(page).toHaveURL(/ubah=upah/);
  const wage = page.getByLabel("Berapa upah Anda sebulan?");
  await expect(wage).toHaveValue("5000000");
  await wage.fill("6 juta");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=pu&upah=6000000&risiko=2&usaha=besar&bulan=2026-11$/);
  await expect(line(page, "jkk").locator("td")).toHaveText(["Rp32.400", "Rp0", "Rp32.400"]);

  await page.getByRole("link", { name: "Mulai lagi" }).click();
  await expect(page).toHaveURL(/\/cek$/);
  await expect(page.getByLabel("Penerima upah (PU)")).not.toBeChecked();
});

test("checker: the JP wage cap of the month (February vs March 2026), and no cap known yet for March 2027", async ({ page }) => {
  // Rp12 juta: above every cap. February 2026: 10.547.400 → worker 1% = 105.474, employer 2% = 210.948.
  await page.goto("/cek?jenis=pu&upah=12000000&risiko=1&usaha=besar&bulan=2026-02");
  await expect(page.locator("#rules-month")).toContainText("Aturan yang berlaku Februari 2026");
  await expect(line(page, "jp").locator("td")).toHaveText(["Rp210.948", "Rp105.474", "Rp316.422"]);
  // March 2026: 11.086.300 (secondary sources only) → 221.726 and 110.863, flagged.
  await page.goto("/cek?jenis=pu&upah=12000000&risiko=1&usaha=besar&bulan=2026-03");
  await expect(line(page, "jp").locator("td")).toHaveText(["Rp221.726", "Rp110.863", "Rp332.589"]);
  await expect(line(page, "jp")).toContainText("belum terverifikasi");
  await expect(page.getByRole("heading", { name: "Yang segera berubah" })).toBeVisible();
  await expect(page.locator("ul.upcoming")).toContainText("Mulai Maret 2027: batas upah JP disesuaikan. Angka barunya belum diumumkan");
  // March 2027: no cap is known; the last one is used and the page says so.
  await page.goto("/cek?jenis=pu&upah=12000000&risiko=1&usaha=besar&bulan=2027-03");
  await expect(page.locator(".warning-box")).toContainText("Untuk Maret 2027 belum ada batas upah JP yang kami ketahui. Kami memakai angka terakhir yang kami ketahui: Rp11.086.300");
  await expect(line(page, "jp").locator("td")).toHaveText(["Rp221.726", "Rp110.863", "Rp332.589"]);
});

test("checker: a self-employed worker in November 2026 sees the discounted amounts, and other months' rules", async ({ page }) => {
  await novemberClock(page);
  await page.goto("/cek");
  await page.getByLabel("Pekerja mandiri atau informal (BPU)").check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  // In November 2026 the discount is the same for every line of work: no sector question.
  await expect(page.getByText("Pertanyaan 2 dari 2")).toBeVisible();
  await page.getByLabel("Berapa penghasilan Anda sebulan?").fill("1000000");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=bpu&upah=1000000&bulan=2026-11$/);

  const november = async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hasil: iuran dan manfaat");
    await expect(page.locator("#rules-month")).toContainText("Aturan yang berlaku November 2026");
    // One money column: what the worker pays. JKK 1% of the Rp1 juta band base = 10.000, half = 5.000.
    await expect(page.locator("table.contributions thead th")).toHaveText(["Program", "Anda bayar"]);
    await expect(line(page, "jkk").locator("td")).toHaveText(["Rp5.000"]);
    await expect(line(page, "jkm").locator("td")).toHaveText(["Rp3.400"]);
    await expect(line(page, "jht").locator("td")).toHaveText(["Rp20.000"]);
    await expect(line(page, "jht")).toContainText("boleh dipilih");
    const jkkDetail = page.locator("table.contributions .line-detail").first();
    await expect(jkkDetail).toContainText("Potongan: potongan 50%; tanpa potongan Rp10.000. PP 50/2025, berlaku April 2026 sampai Desember 2026.");
    const totals = page.locator("table.contributions tfoot tr.package-row");
    await expect(totals.nth(0)).toContainText("JKK dan JKM");
    await expect(totals.nth(0).locator("td")).toHaveText(["Rp8.400"]);
    await expect(totals.nth(1).locator("td")).toHaveText(["Rp28.400"]);
    // What changes soon: the discount ends in January 2027 (April 2027 for transport).
    const upcoming = page.locator("ul.upcoming");
    await expect(upcoming).toContainText("Mulai Januari 2027 (bidang: Pekerjaan lain): potongan PP 50/2025 berakhir; iuran JKK dan JKM menjadi Rp16.800 (sekarang Rp8.400).");
    await expect(upcoming).toContainText("Mulai April 2027 (bidang: Transportasi");
    await expect(page.locator(".notes")).toContainText("APBN atau APBD");
    const excluded = page.locator("ul.excluded");
    await expect(excluded).toContainText("JP hanya untuk penerima upah. BPU tidak bisa ikut.");
    await expect(excluded).toContainText("PP 45/2015");
  };
  await november();
  await page.reload();
  await november();

  // Another month: March 2026. The discount then covers transport only, so the sector is asked.
  await page.getByLabel("Hitung untuk bulan").selectOption("2026-03");
  await page.getByRole("button", { name: "Hitung", exact: true }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=bpu&upah=1000000&bulan=2026-03$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apa bidang kerja Anda?");
  await page.getByLabel("Pekerjaan lain").check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=bpu&upah=1000000&sektor=lain&bulan=2026-03$/);
  const march = async () => {
    await expect(page.locator("#rules-month")).toContainText("Aturan yang berlaku Maret 2026");
    await expect(line(page, "jkk").locator("td")).toHaveText(["Rp10.000"]);
    await expect(page.locator("table.contributions tfoot tr.package-row").nth(0).locator("td")).toHaveText(["Rp16.800"]);
    await expect(page.locator("ul.upcoming")).toContainText("Mulai April 2026");
  };
  await march();
  await page.reload();
  await march();
  // The same answers for a transport worker in January 2027: still discounted.
  await page.goto("/cek?jenis=bpu&upah=1000000&sektor=transportasi&bulan=2027-01");
  await expect(page.locator("table.contributions tfoot tr.package-row").nth(0).locator("td")).toHaveText(["Rp8.400"]);
});

test("checker: keyboard only, in English", async ({ page }) => {
  await novemberClock(page);
  await page.goto("/cek?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check contributions and benefits");
  await tabTo(page, 'input[name="jenis"]');
  await expect(page.locator("#jenis-pu")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.locator("#jenis-pu")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/cek\?jenis=pu&bulan=2026-11&lang=en$/);
  await expect(page.locator("#cek-heading")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("#upah")).toBeFocused();
  await page.keyboard.type("5000000");
  await page.keyboard.press("Enter");

  await expect(page.locator("#cek-heading")).toHaveText("How dangerous is your workplace?");
  await expect(page.locator("#cek-heading")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("#risiko-1")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#risiko-2")).toBeChecked();
  await tabTo(page, "button[type=submit]", 3);
  await page.keyboard.press("Enter");

  await expect(page.locator("#cek-heading")).toHaveText("How big is your employer's business?");
  await expect(page.locator("#cek-heading")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#usaha-besar")).toBeChecked();
  await tabTo(page, "button[type=submit]", 3);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/cek\?jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11&lang=en$/);
  await expect(page.locator("#cek-heading")).toHaveText("Result: contributions and benefits");
  await expect(page.locator("#cek-heading")).toBeFocused();
  await expect(page.locator("#rules-month")).toContainText("Rules in force in November 2026");
  await expect(page.locator("table.contributions tfoot tr.package-row td")).toHaveText(["Rp327,000", "Rp150,000", "Rp477,000"]);
  // Every change link is reachable and keeps the language.
  await expect(page.locator('[data-change="risiko"]')).toHaveAttribute("href", /ubah=risiko&lang=en$/);
});

test("checker: bad or missing answers are asked again with an error", async ({ page }) => {
  // Nothing chosen: an error summary, no navigation.
  await page.goto("/cek");
  await page.getByRole("button", { name: "Lanjut" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("Ada masalah");
  await expect(summary).toContainText("Pilih jenis pekerja Anda.");
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/cek$/);
  await expect(page).toHaveTitle(/^Galat: /);
  await summary.getByRole("link").click();
  await expect(page.locator("#jenis-pu")).toBeFocused();

  // Bad values in the URL: that question again, with the value and a message.
  await page.goto("/cek?jenis=pu&upah=abc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berapa upah Anda sebulan?");
  await expect(page.locator("#upah")).toHaveValue("abc");
  await expect(page.locator("#upah")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#upah-error")).toContainText("tulis jumlah dalam rupiah");

  await page.goto("/cek?jenis=pu&upah=5");
  await expect(page.locator("#upah-error")).toContainText("terlalu kecil");
  await page.locator("#upah").fill("lima");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.locator("#upah-error")).toContainText("tulis jumlah dalam rupiah");
  await expect(page).toHaveURL(/upah=5$/);

  await page.goto("/cek?jenis=tukang");
  await expect(page.locator(".error-summary")).toContainText("Pilih jenis pekerja Anda.");

  await page.goto("/cek?jenis=pu&upah=5000000&risiko=9&usaha=besar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seberapa berbahaya tempat kerja Anda?");
  await expect(page.locator(".error-summary")).toContainText("Pilih kelompok risiko tempat kerja.");

  await page.goto("/cek?jenis=bpu&upah=99999999999");
  await expect(page.locator("#upah-error")).toContainText("terlalu besar");

  // A month the checker has no rules for: asked again, with the months it knows.
  await page.goto("/cek?jenis=bpu&upah=1000000&bulan=2019-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Untuk bulan apa?");
  await expect(page.locator(".error-summary")).toContainText("Kami hanya bisa menghitung untuk Februari 2025 sampai Desember 2030");
  await page.getByLabel("Untuk bulan apa?").selectOption("2026-12");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=bpu&upah=1000000&bulan=2026-12$/);
  await expect(page.locator("#rules-month")).toContainText("Desember 2026");
});

test("checker: construction and migrant workers", async ({ page }) => {
  await page.goto("/cek?jenis=jakon&kontrak=100000000&bulan=2026-11");
  await expect(page.locator("table.contributions thead th")).toHaveText(["Program", "Kontraktor"]);
  await expect(line(page, "jkk").locator("td")).toHaveText(["Rp210.000"]);
  await expect(page.locator("table.contributions tfoot tr.package-row td")).toHaveText(["Rp240.000"]);

  // Rp850 juta on the marginal bands: JKK 210.000 + 680.000 + 455.000, JKM 30.000 + 80.000 + 70.000.
  await page.goto("/cek?jenis=jakon&kontrak=850000000&bulan=2026-11");
  await expect(line(page, "jkk").locator("td")).toHaveText(["Rp1.345.000"]);
  await expect(line(page, "jkm").locator("td")).toHaveText(["Rp180.000"]);
  await expect(page.locator("table.breakdown tbody tr")).toHaveCount(3);
  await expect(page.locator(".notes")).toContainText("JKK 1,74% dan JKM 0,3% dari upah sebulan");

  // Migrant workers: the contract length is asked, then its amount.
  await page.goto("/cek?jenis=pmi&bulan=2026-11&lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How long is your work contract?");
  await page.getByLabel("12 months").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/cek\?jenis=pmi&lama=12&bulan=2026-11&lang=en$/);
  // 37,500 before departure + 189,000 for a 12-month contract.
  await expect(page.locator("table.contributions tfoot tr.package-row td")).toHaveText(["Rp226,500"]);
  await page.goto("/cek?jenis=pmi&lama=24&bulan=2026-11&lang=en");
  await expect(page.locator("table.contributions tfoot tr.package-row td")).toHaveText(["Rp370,000"]);
  await expect(page.locator("table.benefits")).toContainText("Rp85,000,000");
  await expect(page.locator("ul.excluded")).toContainText("JP");
});
