// Browser tests: Debian's Chromium (never a downloaded browser) against the
// release build in dist/, served on loopback by serve.mjs.
import { defineConfig } from "@playwright/test";

// CAKUPAN_DIST / CAKUPAN_PORT let several builds be tested side by side.
const PORT = Number(process.env.CAKUPAN_PORT || 4173);
const DIST = process.env.CAKUPAN_DIST || "dist";

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.js$/,
  outputDir: "test-results",
  // Generous bounds: tests wait for what the reader waits for (content on screen), and a
  // loaded CI machine must not fail them. These only cap how long a real failure takes.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The service worker (offline use) would answer requests that tests route to
    // provoke failures; offline.spec.js turns it on for itself.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs ${DIST} ${PORT}`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
    // The same app built with `--public-url /cakupan/` (scripts/test.sh), hosted under a subpath.
    {
      command: `node tests/e2e/serve.mjs ${DIST}-subpath ${PORT + 1} /cakupan/`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORT + 1}/cakupan/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
  ],
});
