// A static file server for the built app, on loopback only, behaving like the
// static hosts in the README: a file, or a folder's index.html (every route is
// pre-rendered: /wilayah/72.08 → wilayah/72.08/index.html), else 404.html with
// status 404 (GitHub Pages, Netlify). Used by the browser tests, the size
// report and scripts/serve.sh.
//   node tests/e2e/serve.mjs DIST_DIR PORT [PREFIX]
// With PREFIX (e.g. /cakupan/), the site is served under that subpath, like
// nginx `location /cakupan/ { alias …; try_files $uri /cakupan/index.html; }`.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);
const prefix = process.argv[4] ?? "/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const cache = new Map();

// The site's own `_headers` file (Cloudflare Pages format, public/_headers):
// a path pattern, then indented "Name: value" lines or "! Name" to drop a
// header an earlier rule attached. Every matching rule applies, in order.
async function readHeaderRules() {
  let text = "";
  try {
    text = await readFile(join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp("^" + line.trim().split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
      rules.push({ pattern, ops: [] });
    } else if (rules.length) {
      const t = line.trim();
      if (t.startsWith("!")) rules.at(-1).ops.push({ drop: t.slice(1).trim().toLowerCase() });
      else {
        const at = t.indexOf(":");
        rules.at(-1).ops.push({ name: t.slice(0, at).trim().toLowerCase(), value: t.slice(at + 1).trim() });
      }
    }
  }
  return rules;
}
const headerRules = await readHeaderRules();

function siteHeaders(path) {
  const out = {};
  for (const rule of headerRules) {
    if (!rule.pattern.test(path)) continue;
    for (const op of rule.ops) {
      if (op.drop) delete out[op.drop];
      else out[op.name] = out[op.name] ? `${out[op.name]}, ${op.value}` : op.value;
    }
  }
  return out;
}

async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return null;
  try {
    const s = await stat(candidate);
    if (s.isFile()) return candidate;
    if (s.isDirectory()) {
      const idx = join(candidate, "index.html");
      if ((await stat(idx)).isFile()) return idx;
    }
  } catch {}
  return null;
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("outside the site's subpath");
    }
    url.pathname = "/" + url.pathname.slice(prefix.length);
    // Unknown paths get 404.html (the app's not-found page) with status 404; a
    // missing asset gets a plain 404. Region codes contain dots (/wilayah/73.73),
    // so only known asset types count as files.
    let file = await fileFor(url.pathname);
    let status = 200;
    if (!file) {
      if (TYPES[extname(url.pathname)]) {
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("not found");
      }
      status = 404;
      file = join(root, "404.html");
    }
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "cache-control": "no-cache", ...siteHeaders(url.pathname), "content-type": type };
    let out = body;
    if (/\bbr\b/.test(req.headers["accept-encoding"] ?? "") && body.length > 1024 && !type.startsWith("image/png")) {
      const { mtimeMs } = await stat(file);
      const key = `${file}:${mtimeMs}:${body.length}`;
      if (!cache.has(key)) {
        cache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      out = cache.get(key);
      headers["content-encoding"] = "br";
    }
    headers["content-length"] = out.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : out);
  } catch (e) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(e));
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}${prefix}`));
