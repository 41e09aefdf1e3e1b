// Screenshot of a page of the running app, for looking at it as a user would:
//   node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [FULLPAGE=0|1]
import { chromium } from "@playwright/test";
const [,, url, out, width = "360", height = "800", full = "0"] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const p = await b.newPage({ viewport: { width: +width, height: +height }, deviceScaleFactor: 1 });
await p.goto(url);
await p.waitForSelector("#shell", { state: "detached", timeout: 20000 });
await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: full === "1" });
await b.close();
