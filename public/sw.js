// Cakupan's service worker: the second visit works with no signal.
//
// Hand-written (about a hundred lines) rather than Workbox: the rules are few
// and each one is a promise the product makes, so they are kept readable here.
// cakupan-prerender fills in VERSION, SHELL and APP at build time (src/app/prerender.rs).
//
// - The reading shell (boot.js, the hashed CSS, the icons, the manifest, the home
//   page and the offline page) is cached when the worker installs, under a cache
//   named by the release. A new release installs its own cache and deletes the
//   old ones when it activates, so files of two releases are never mixed.
// - The app (its hashed JS and wasm) and the dataset are kept once the reader has
//   used the app: boot.js posts `keepApp` when the app has started (the files are
//   then in the browser's HTTP cache), and any later request through the worker
//   keeps them too. A reader who only reads pre-rendered pages never downloads
//   the app, not even for offline use; their pages are still kept. A new
//   release installs the app at once where an earlier one had kept it.
// - Pages: network first, so a reader online always gets the current page; each
//   page opened is kept (by path, without the query: the query only carries view
//   state and language, which the app applies). Offline: the kept page, or the
//   offline page saying this one needs a connection.
// - The map's points (data/peta.json, fetched only by the map): network first,
//   the saved copy offline, like the dataset but without the headers.
// - The dataset: network first. A response that replaces a kept dataset with a
//   different `meta.published` carries `X-Cakupan-Replaced: <old date>` once; one
//   served from the cache carries `X-Cakupan-Offline: 1`. The app says so.
const VERSION = "__CAKUPAN_VERSION__";
const SHELL = /*__CAKUPAN_SHELL__*/ [];
const APP = /*__CAKUPAN_APP__*/ [];
const CACHE = `cakupan-${VERSION}`;
const BASE = new URL("./", self.location).pathname;
const DATA = `${BASE}data/coverage.json`;
const MAP_POINTS = `${BASE}data/peta.json`;
const OFFLINE = `${BASE}luring/`;
const KEPT_FILES = new Set([...SHELL, ...APP].map((p) => new URL(p, self.location).pathname));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // The browser's HTTP cache answers for files the page has just loaded (the
      // hashed files are cached for a year), so installing costs the reader
      // little more than the home and offline pages and the icons.
      .then(async (cache) => {
        await cache.addAll([...SHELL, "luring/", "./"]);
        // A reader who has used the app keeps it offline across releases.
        if (await appUsedBefore()) await keepApp(cache);
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("cakupan-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === "navigate") event.respondWith(page(url, request));
  else if (url.pathname === DATA) event.respondWith(dataset(request));
  else if (url.pathname === MAP_POINTS) event.respondWith(networkFirst(request));
  else if (KEPT_FILES.has(url.pathname)) event.respondWith(cacheFirst(request));
});

// The app has started (boot.js): keep its files and the dataset, if the worker
// has not seen them go by.
// A page the reader has seen without a navigation the worker could watch (the
// first page, before the worker existed; pages the app opened itself): the
// page asks for it to be kept.
self.addEventListener("message", (event) => {
  if (event.data?.keepApp === true) {
    event.waitUntil(caches.open(CACHE).then(keepApp).catch(() => {}));
    return;
  }
  const path = event.data?.keep;
  if (typeof path !== "string") return;
  const url = new URL(path, self.location.origin);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        if (await cache.match(pageKey(url))) return;
        const response = await fetch(pageKey(url));
        if (response.ok) await cache.put(pageKey(url), response);
      })
      .catch(() => {}),
  );
});

/** Keeps the app's files and the dataset, unless the cache has them already. */
async function keepApp(cache) {
  for (const file of [...APP, "data/coverage.json"]) {
    if (await cache.match(file)) continue;
    const response = await fetch(file);
    if (response.ok) await cache.put(file, response);
  }
}

/** Whether an earlier release's cache holds the app: it was used on this device. */
async function appUsedBefore() {
  for (const key of await caches.keys()) {
    if (!key.startsWith("cakupan-") || key === CACHE) continue;
    const old = await caches.open(key);
    if ((await old.keys()).some((r) => r.url.endsWith(".wasm"))) return true;
  }
  return false;
}

/** A page's cache key: its path, with "/index.html" and the trailing slash folded. */
function pageKey(url) {
  let path = url.pathname.replace(/index\.html$/, "");
  if (!path.endsWith("/")) path += "/";
  return new Request(new URL(path, url.origin));
}

async function page(url, request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(pageKey(url), response.clone());
    return response;
  } catch {
    const kept = await cache.match(pageKey(url));
    if (kept) return kept;
    const offline = await cache.match(OFFLINE);
    return offline ?? new Response("Offline", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

async function dataset(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(DATA);
  let response;
  try {
    response = await fetch(request, { cache: "no-cache" });
  } catch (e) {
    if (!kept) throw e;
    return withHeader(kept, "X-Cakupan-Offline", "1");
  }
  if (!response.ok) return response;
  const text = await response.clone().text();
  await cache.put(DATA, new Response(text, { headers: response.headers }));
  const before = kept ? published(await kept.text()) : null;
  const now = published(text);
  return before && now && before !== now ? withHeader(response, "X-Cakupan-Replaced", before) : response;
}

function published(text) {
  try {
    return JSON.parse(text).meta?.published ?? null;
  } catch {
    return null;
  }
}

function withHeader(response, name, value) {
  const headers = new Headers(response.headers);
  headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request, { cache: "no-cache" });
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (e) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw e;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
