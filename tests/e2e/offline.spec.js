// Works offline after one visit (public/sw.js): the app shell, the pages seen
// and the last dataset open with no network, and the page says so; a page never
// opened says it needs a connection; newer data replaces the saved copy and the
// reader is told once; the app is installable.
import { test, expect, allowConsole } from "./fixtures.js";

test.use({ serviceWorkers: "allow" });

/** Waits until the service worker controls the page and has its shell saved. */
async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 90_000 });
  await page.waitForFunction(
    async () => {
      const keys = await caches.keys();
      for (const k of keys) {
        const cache = await caches.open(k);
        if (await cache.match(new URL("data/coverage.json", document.baseURI).href)) return true;
      }
      return false;
    },
    null,
    { timeout: 90_000, polling: 250 },
  );
}

/** Waits until the page at `path` has been kept for offline use. */
async function kept(page, path) {
  await page.waitForFunction(
    async (p) => {
      for (const k of await caches.keys()) {
        if (await (await caches.open(k)).match(new URL(p, location.origin).href)) return true;
      }
      return false;
    },
    path,
    { timeout: 90_000, polling: 250 },
  );
}

test("after one visit: home and a seen region open offline with a notice; an unseen page says it needs a connection", async ({ page, context }) => {
  allowConsole("ERR_INTERNET_DISCONNECTED");
  allowConsole("Failed to load resource");
  await page.goto("/");
  await offlineReady(page);
  // A region opened inside the app (no page load the worker could watch).
  await page.goto("/wilayah");
  await page.getByRole("link", { name: "Kabupaten Parigi Moutong" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await kept(page, "/wilayah/72.08/");

  await context.setOffline(true);
  await page.goto("/wilayah/72.08?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await expect(page.locator(".data-notice")).toContainText("Offline: data as of");
  await expect(page.locator('[data-figure-id="s001"]')).toContainText("Rp5.5 billion");
  await page.goto("/");
  await expect(page.locator(".data-notice")).toContainText("Luring: data per");
  await expect(page.getByRole("combobox")).toBeVisible();

  await page.goto("/wilayah/73.73", { waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman ini perlu sambungan internet");
  await expect(page.getByText("This page needs a connection")).toBeVisible();
  const retry = page.getByRole("button", { name: "Coba lagi / Try again" });
  await expect(retry).toBeVisible();
  await context.setOffline(false);
  await retry.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Palopo");
  await expect(page).toHaveURL(/\/wilayah\/73\.73$/);
});

test("a newer dataset replaces the saved one, and the reader is told once", async ({ page, context, request }) => {
  await page.goto("/wilayah/72.08");
  await offlineReady(page);
  const original = await (await request.get("/data/coverage.json")).json();
  const newer = { ...original, meta: { ...original.meta, published: "2026-12-01" } };
  // The host now publishes a newer file (routed for the service worker's request too).
  await context.route("**/data/coverage.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(newer) }));
  await page.reload();
  await expect(page.locator(".data-notice")).toContainText("Data baru dimuat: sekarang per 1 Des 2026");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten Parigi Moutong");
  await expect(page.locator(".data-notice")).toHaveCount(0);
  // Offline, the saved copy is the newer one.
  await context.unroute("**/data/coverage.json");
  await context.setOffline(true);
  allowConsole("Failed to load resource");
  await page.reload();
  await expect(page.locator(".data-notice")).toContainText("Luring: data per 1 Des 2026");
});

test("the app is installable: manifest with icons (one maskable), start URL and scope", async ({ page, request }) => {
  await page.goto("/");
  await offlineReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, which Chromium never installs from;
  // every other check (manifest, icons, service worker, HTTPS or loopback) must pass.
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.start_url).toBe("./");
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status(), icon.src).toBe(200);
});

test("under a subpath the worker keeps to its folder and deep links still open offline", async ({ page, context }) => {
  allowConsole("Failed to load resource");
  allowConsole("ERR_INTERNET_DISCONNECTED");
  const SUB = `http://127.0.0.1:${Number(process.env.CAKUPAN_PORT || 4173) + 1}/cakupan`;
  await page.goto(`${SUB}/wilayah/73.73`);
  await offlineReady(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${SUB}/`);
  await kept(page, "/cakupan/wilayah/73.73/");
  await context.setOffline(true);
  await page.goto(`${SUB}/wilayah/73.73`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Palopo");
  await expect(page.locator(".data-notice")).toContainText("Luring");
  await page.goto(`${SUB}/wilayah/72.08`, { waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman ini perlu sambungan internet");
});
