// Made for meetings and WhatsApp: every view travels as a link (copy, share
// sheet, WhatsApp, QR code), shows on a projector (?present=1), prints on A4
// with its sources and address, previews with a picture, and embeds.
import { PNG } from "pngjs";
import jsQR from "jsqr";
import { createServer } from "node:http";
import { test, expect, allowConsole } from "./fixtures.js";

/** Decodes the QR code drawn in `locator` from a screenshot of it, as a phone would. */
async function decodeQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, "a readable QR code").not.toBeNull();
  return code.data;
}

/** Every view with a share control, with the state its URL carries. */
const VIEWS = [
  { url: "/wilayah/72.08", heading: "Kabupaten Parigi Moutong" },
  { url: "/bandingkan?w=72.08,73.73&lang=en", heading: "Compare regions" },
  { url: "/peringkat?i=coverage_rate&kind=kabkota", heading: "Peringkat wilayah" },
  { url: "/program/jkm", heading: "Jaminan Kematian" },
  { url: "/cek?jenis=bpu&upah=1000000&bulan=2026-11", heading: "Hasil" },
];

for (const v of VIEWS) {
  test(`share on ${v.url}: the QR code on screen opens this view, WhatsApp carries the link`, async ({ page, baseURL }) => {
    await page.goto(v.url);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(v.heading);
    await page.locator(".tool-share").click();
    const expected = new URL(v.url, baseURL).href;
    await expect(page.locator("#share-url")).toHaveValue(expected);
    expect(await decodeQr(page.locator("#share-panel .qr-code"))).toBe(expected);
    const wa = await page.locator("#share-panel a.whatsapp").getAttribute("href");
    expect(wa).toMatch(/^https:\/\/wa\.me\/\?text=/);
    const text = decodeURIComponent(wa.slice("https://wa.me/?text=".length));
    expect(text.endsWith(`\n${expected}`), text).toBe(true);
    expect(text.split("\n")[0].length).toBeGreaterThan(10);
  });
}

test("copy link puts the current URL, with its state and language, on the clipboard", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/bandingkan?w=72.08,73.73&lang=en");
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.locator("#share-panel .share-status")).toHaveText("Link copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/bandingkan?w=72.08,73.73&lang=en`);
});

test("when the browser refuses the clipboard, the link is selected for Ctrl+C", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await page.goto("/wilayah/72.08");
  await page.getByRole("button", { name: "Bagikan" }).click();
  await page.getByRole("button", { name: "Salin tautan" }).click();
  await expect(page.locator("#share-panel .share-status")).toContainText("Ctrl+C");
  await expect(page.locator("#share-url")).toBeFocused();
  const selected = await page.evaluate(() => {
    const f = document.getElementById("share-url");
    return f.value.slice(f.selectionStart, f.selectionEnd);
  });
  expect(selected).toMatch(/\/wilayah\/72\.08$/);
});

test("where the browser has a share sheet, the share button hands it the link", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  await page.goto("/wilayah/72.08");
  await page.getByRole("button", { name: "Bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan lewat aplikasi lain…" }).click();
  const shared = await page.evaluate(() => window.__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].url).toBe(`${baseURL}/wilayah/72.08`);
  expect(shared[0].text).toContain("Parigi Moutong");
});

test("the QR code downloads as SVG and PNG for slides", async ({ page }) => {
  await page.goto("/wilayah/72.08");
  await page.getByRole("button", { name: "Bagikan" }).click();
  const [svg] = await Promise.all([page.waitForEvent("download"), page.locator(".qr-svg").click()]);
  expect(svg.suggestedFilename()).toBe("cakupan-qr.svg");
  const svgText = (await streamText(await svg.createReadStream())).toString("utf8");
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const [png] = await Promise.all([page.waitForEvent("download"), page.locator(".qr-png").click()]);
  expect(png.suggestedFilename()).toBe("cakupan-qr.png");
  const image = PNG.sync.read(await streamText(await png.createReadStream()));
  expect(image.width).toBeGreaterThanOrEqual(500);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(code?.data).toMatch(/\/wilayah\/72\.08$/);
});

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

test("presentation mode enlarges the figures, shows the QR code, hides the chrome; Esc leaves it", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/wilayah/72.08");
  const value = page.locator(".figure-value").first();
  const normal = await value.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole("link", { name: "Presentasi" }).click();
  await expect(page).toHaveURL(/\/wilayah\/72\.08\?present=1$/);
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".page-tools")).toBeHidden();
  const big = await value.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(big).toBeGreaterThan(normal * 1.5);
  // Each figure keeps its period and source.
  await expect(page.locator(".figure").first().locator(".figure-asof")).toBeVisible();
  await expect(page.locator(".figure").first().locator(".figure-source")).toBeVisible();
  // The corner QR code opens the page itself, without presentation mode.
  const qr = page.locator(".page-address .page-qr");
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(150);
  expect(await decodeQr(qr)).toBe(`${baseURL}/wilayah/72.08`);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/wilayah\/72\.08$/);
  await expect(page.locator(".site-header")).toBeVisible();
});

test("presentation mode can be left with its visible button, keeping the view's state", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/bandingkan?w=72.08,73.73&present=1");
  await expect(page.locator(".chart").first()).toBeVisible();
  await expect(page.locator(".compare-selection")).toBeHidden();
  await page.getByRole("link", { name: "Keluar presentasi (Esc)" }).click();
  await expect(page).toHaveURL(/\/bandingkan\?w=72\.08%2C73\.73$|\/bandingkan\?w=72\.08,73\.73$/);
  await expect(page.locator(".compare-selection")).toBeVisible();
});

test("print shows the sources in full, the page's link and QR code, and hides the controls", async ({ page, baseURL }) => {
  await page.goto("/wilayah/72.08");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".page-tools")).toBeHidden();
  await expect(page.locator(".site-header nav")).toBeHidden();
  const address = page.locator(".page-address");
  await expect(address).toBeVisible();
  await expect(address.locator(".page-url")).toHaveText(`${baseURL}/wilayah/72.08`);
  await expect(address).toContainText("Data Cakupan per");
  expect(await decodeQr(address.locator(".page-qr"))).toBe(`${baseURL}/wilayah/72.08`);
  // A source link prints its full URL after it.
  const link = page.locator(".figure-source a[href^='http']").first();
  const href = await link.getAttribute("href");
  const after = await link.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(after).toContain(href);
  // The checker's result prints without its change links and month form.
  await page.emulateMedia({ media: "screen" });
  await page.goto("/cek?jenis=bpu&upah=1000000&bulan=2026-11");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".month-form")).toBeHidden();
  await expect(page.locator(".page-address")).toBeVisible();
  await expect(page.locator("table").first()).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("a region's link preview is its own 1200×630 PNG card; other pages use the generic card", async ({ page, request }) => {
  await page.goto("/wilayah/72.08", { waitUntil: "domcontentloaded" });
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/kartu\/wilayah\/72\.08\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  for (const path of [image, "/kartu/cakupan.png"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const png = PNG.sync.read(await res.body());
    expect([png.width, png.height], path).toEqual([1200, 630]);
  }
  await page.goto("/program/jkm", { waitUntil: "domcontentloaded" });
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/kartu\/cakupan\.png$/);
});

test("a region's embed stands alone: figures, sources in full, a link back, no app", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
  await page.goto("/sematkan/wilayah/72.71", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Palu");
  await expect(page.locator(".site-header")).toHaveCount(0);
  expect(wasm, "the app is not downloaded").toEqual([]);
  await expect(page.locator(".embed-table tbody tr").first()).toContainText("Per");
  await expect(page.locator(".embed-sources a.source-url").first()).toHaveText(/^https?:\/\//);
  const back = page.getByRole("link", { name: /Lihat selengkapnya di Cakupan/ });
  await expect(back).toHaveAttribute("href", /\/wilayah\/72\.71$/);
  await expect(back).toHaveAttribute("target", "_blank");
});

test("another site can frame an embed; the rest of the site refuses to be framed", async ({ page, baseURL }) => {
  allowConsole("frame-ancestors 'self'");
  // A host page on another origin (another port), as a news site would have. A
  // real server, not a routed response: Chromium refuses a page with no address
  // of its own to frame a loopback one.
  const host = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><title>Story</title>
      <iframe id="embed" title="Cakupan" src="${baseURL}/sematkan/bandingkan?w=72.08,73.73"></iframe>
      <iframe id="page" title="page" src="${baseURL}/wilayah/72.08"></iframe>`);
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://localhost:${host.address().port}/story`, { waitUntil: "load" });
    const embed = page.frameLocator("#embed");
    await expect(embed.getByRole("heading", { level: 1 })).toContainText("Kabupaten Parigi Moutong");
    await expect(embed.locator(".embed-footer")).toContainText("Sumber");
    // The region page itself is refused (frame-ancestors 'self'): Chromium shows its error page.
    await expect.poll(() => page.frames().map((f) => f.url()).join(" ")).toContain("chrome-error://");
  } finally {
    host.close();
  }
});

test("the embed dialog gives a lazy, titled, fixed-height iframe snippet of the current comparison", async ({ page, baseURL }) => {
  await page.goto("/bandingkan?w=72.08,73.73");
  await page.getByRole("button", { name: "Sematkan" }).click();
  const code = await page.locator("#embed-code").inputValue();
  expect(code).toContain(`src="${baseURL}/sematkan/bandingkan?w=72.08,73.73"`);
  expect(code).toMatch(/title="Cakupan BPJS Ketenagakerjaan: Kabupaten Parigi Moutong, Kota Palopo"/);
  expect(code).toMatch(/height="\d+"/);
  expect(code).toContain('loading="lazy"');
});
