// Starts the wasm app. Kept out of index.html so the page needs no inline
// script (Content-Security-Policy: script-src 'self').
//
// Every page is pre-rendered and readable from its HTML and CSS alone, so the
// app (about 450 KB) waits until the page has painted: on a slow connection the
// reader's first bytes go to what they read. When the app cannot start (no
// WebAssembly, a failed download), the notes next to controls that need it are
// revealed (class "no-app").
const tag = document.querySelector("script[data-cakupan-js]");
// A page complete without the app (a region's embed, <html data-static>) stays
// as it is, unless the reader asked for English, which only the app can show.
const staticPage = document.documentElement.dataset.static === "1" && !/[?&]lang=en(&|$)/i.test(location.search);
// "Coba lagi" on pages without the app (the offline page): reload.
for (const button of document.querySelectorAll("[data-reload]")) {
  button.hidden = false;
  button.addEventListener("click", () => location.reload());
}

if (!staticPage) await start();
// Offline use (public/sw.js), once the app has started (or failed to): its
// files are then in the HTTP cache, so installing the worker downloads nothing
// twice, and it never competes with the page or the app for a slow connection.
if ("serviceWorker" in navigator) {
  const idle = window.requestIdleCallback?.bind(window) ?? ((f) => setTimeout(f, 1000));
  idle(() => {
    navigator.serviceWorker
      .register(new URL("sw.js", document.baseURI))
      .then(() => navigator.serviceWorker.ready)
      // The first page was loaded before the worker existed: ask it to keep it.
      .then((reg) => reg.active?.postMessage({ keep: location.pathname }))
      .catch((e) => console.warn("Cakupan: offline use is not available.", e));
  });
}

async function start() {
  const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await Promise.race([painted, new Promise((resolve) => setTimeout(resolve, 1000))]);
  try {
    if (typeof WebAssembly !== "object") throw new Error("no WebAssembly");
    // The dataset downloads alongside the app; the app's own request then reuses it.
    // On the map (/peta) its points too (src/app/pages/map.rs).
    const files = ["data/coverage.json", ...(/\/peta\/?(index\.html)?$/.test(location.pathname) ? ["data/peta.json"] : [])];
    for (const href of files) {
      const data = document.createElement("link");
      data.rel = "preload";
      data.as = "fetch";
      data.crossOrigin = "anonymous";
      data.href = href;
      document.head.append(data);
    }
    const { default: init } = await import(tag.dataset.cakupanJs);
    await init({ module_or_path: tag.dataset.cakupanWasm });
  } catch (e) {
    document.documentElement.classList.add("no-app");
    console.warn("Cakupan: the app could not start; the page stays readable.", e);
  }
}
