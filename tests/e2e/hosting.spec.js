// The headers a host sends (public/_headers, applied by serve.mjs for every
// test): one strict policy without 'unsafe-inline', framing only for embeds,
// long caching only for files named by their content.
import { test, expect } from "./fixtures.js";

test("pages, data and hashed files get the documented headers", async ({ request }) => {
  const page = await request.get("/wilayah/72.08");
  const h = page.headers();
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(h["content-security-policy"]).not.toContain("unsafe-inline");
  expect(h["x-frame-options"]).toBe("SAMEORIGIN");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["cache-control"]).toBe("no-cache");
  expect((await request.get("/data/coverage.json")).headers()["cache-control"]).toBe("no-cache");

  const html = await page.text();
  const hashed = [...html.matchAll(/(?:href|data-cakupan-js|data-cakupan-wasm)="\/([^"]+-[0-9a-f]{8,}(?:_bg\.wasm|\.js|\.css))"/g)].map((m) => m[1]);
  expect(hashed.length).toBeGreaterThanOrEqual(3);
  for (const file of hashed) {
    expect((await request.get(`/${file}`)).headers()["cache-control"], file).toBe("public, max-age=31536000, immutable");
  }
  const embed = (await request.get("/sematkan/wilayah/72.08")).headers();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed["x-frame-options"]).toBeUndefined();
});
