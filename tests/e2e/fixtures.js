// Shared test setup: every test fails on a console error or an uncaught
// exception in the page, unless it declares the errors it expects.
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const test = base.extend({
  // Every page is pre-rendered: it is readable at once. Its controls work once the app
  // has taken it over (#app[data-app=live]), which boot.js starts when the reader first
  // uses one (or at once, when the address carries view state). Most tests act on
  // controls, so `goto` and `reload` start the app and wait until it runs, as a reader
  // waits for it. A test that studies the page before the app, or how the app starts,
  // passes its own `waitUntil` and calls `startApp` (or uses a control) itself.
  page: async ({ page }, use) => {
    for (const name of ["goto", "reload"]) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const options = name === "goto" ? args[1] : args[0];
        const response = await original(...args);
        if (!options?.waitUntil) {
          await startApp(page);
          await page.locator("#app[data-app=live]").waitFor({ timeout: 90_000 });
        }
        return response;
      };
    }
    await use(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      await use(errors);
      // A test that provokes a failed request sets `allowed` patterns.
      const unexpected = errors.filter((e) => !(test.info().annotations.some((a) => a.type === "allow-console" && e.includes(a.description))));
      expect(unexpected, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Asks boot.js to start the app now, as the reader's first use of a control would. */
export async function startApp(page) {
  await page.evaluate(() => document.dispatchEvent(new Event("cakupan:start")));
}

/** Declares console errors a test provokes on purpose (e.g. a failed request). */
export function allowConsole(fragment) {
  test.info().annotations.push({ type: "allow-console", description: fragment });
}

/** A fixture file from tests/fixtures, as text. */
export function fixture(path) {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), "utf8");
}

/** Serves `body` in place of the bundled dataset for this page. */
export async function serveDataset(page, body, status = 200) {
  await page.route("**/data/coverage.json", (route) =>
    route.fulfill({ status, contentType: "application/json", body }),
  );
}

/** The search input of the page's (first) search box. */
export function searchInput(page) {
  return page.getByRole("combobox").first();
}
