// Hosting under a subpath: the same app built with `--public-url /cakupan/`
// loads its data, deep links and in-app links under that path.
import { test, expect, searchInput } from "./fixtures.js";

const SUB = `http://127.0.0.1:${Number(process.env.CAKUPAN_PORT || 4173) + 1}/cakupan`;

test("a deep link under /cakupan/ renders, and links stay under the subpath", async ({ page }) => {
  await page.goto(`${SUB}/wilayah/73.73`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Palopo");
  await expect(page.locator('[data-figure-id="s019"]')).toContainText("61,54%");
  await page.getByRole("link", { name: "Sulawesi Selatan" }).click();
  await expect(page).toHaveURL(`${SUB}/wilayah/73`);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`${SUB}/wilayah/73?lang=en`);
  await page.getByRole("link", { name: "Cakupan", exact: true }).click();
  await expect(page).toHaveURL(`${SUB}/?lang=en`);
  await searchInput(page).fill("sidrap");
  await searchInput(page).press("Enter");
  await expect(page).toHaveURL(`${SUB}/wilayah/73.14?lang=en`);
});
