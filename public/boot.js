// Starts the wasm app, when the reader needs it. Kept out of index.html so the
// page needs no inline script (Content-Security-Policy: script-src 'self').
//
// Every page is pre-rendered: its HTML and CSS are the whole page, with every
// figure, source and link. The app (about 440 KB, plus the 70 KB dataset) is
// needed only to use a control: the search box, the share and print buttons,
// a comparison's picker, the ranking's choices, the checker's questions, the
// map's marks. So a reader who only reads downloads only the page:
//
// - The app starts at once when the page alone is not the page asked for: an
//   address with view state in its query (`?w=…`, `?i=…`, `?lang=en`, …) or an
//   address with no pre-rendered page of its own (404.html, the bare shell).
// - Otherwise it starts on first use: focus on, input into, or a touch or click
//   of a control (input, select, textarea, button), or pointing at anything
//   inside an element marked `data-needs-app` (the map's marks). A tap on a button while the app is on its way is
//   held and done once the app runs; what the reader typed, chose or opened is
//   carried over (see `carry`, below), with focus. A polite status says the
//   app is loading (`#app-status`, its texts written by the page, in its language).
// - A page complete without the app (a region's embed, <html data-static>)
//   never starts it, unless the reader asked for English, which only the app shows.
//
// When the app cannot start (no WebAssembly, a failed download), the notes next
// to controls that need it are revealed (class "no-app") and the status says so.
const tag = document.querySelector("script[data-cakupan-js]");
const app = document.getElementById("app");
const english = /[?&]lang=en(&|$)/i.test(location.search);
const staticPage = document.documentElement.dataset.static === "1" && !english;
// Query keys that are not view state: tracking tags added by sites that share links.
const viewState = [...new URLSearchParams(location.search).keys()].some((k) => !/^(utm_.*|fbclid|gclid)$/.test(k));
// 404.html (data-start=now) stands for any unknown address: only the app can tell which.
const complete = app?.querySelector("main#main") != null && !viewState && document.documentElement.dataset.start !== "now";

// Built without CAKUPAN_SITE_URL, the page's canonical and preview addresses are
// paths; make them absolute against this page's own address, as the app does.
for (const link of document.querySelectorAll("link[rel=canonical]")) link.setAttribute("href", link.href);
for (const meta of document.querySelectorAll('meta[property="og:url"], meta[property="og:image"]')) {
  meta.setAttribute("content", new URL(meta.content, document.baseURI).href);
}

// "Coba lagi" on pages without the app (the offline page): reload.
for (const button of document.querySelectorAll("[data-reload]")) {
  button.hidden = false;
  button.addEventListener("click", () => location.reload());
}

let starting = null;
let failed = false;
const start = () => (starting ??= boot());
// Tests and tools can ask for the app without using a control.
document.addEventListener("cakupan:start", () => staticPage || start());

if (!staticPage) {
  if (complete) startOnUse();
  else start();
}
offlineUse();

/** Starts the app when the reader first reaches for a control that needs it. */
function startOnUse() {
  const live = () => app.dataset.app === "live";
  const control = (target) =>
    target instanceof Element && app.contains(target) ? target.closest("input, select, textarea, button, [data-needs-app]") : null;
  const reach = (event) => {
    if (live()) return;
    if (event.type === "pointerover" ? control(event.target)?.matches("[data-needs-app]") : control(event.target)) start();
  };
  for (const type of ["focusin", "pointerdown", "pointerover", "input", "change"]) document.addEventListener(type, reach, { capture: true, passive: true });
  // A button (or a map mark) pressed before the app runs would do nothing, or leave
  // the page: hold it, and press it again once the app has taken over.
  const hold = (event) => {
    // Once the app has failed to come, links and forms act as they do without it.
    if (failed || live() || !(event.target instanceof Element) || !app.contains(event.target)) return;
    // The app's own load-error message (above a page it could not take over) works already.
    if (event.target.closest("#load-error")) return;
    const pressed = event.type === "submit" ? event.target : event.target.closest("button, input[type=submit], input[type=button], [data-needs-app] a[href]");
    if (!pressed) return;
    event.preventDefault();
    event.stopPropagation();
    for (const old of app.querySelectorAll("[data-cakupan-held]")) old.removeAttribute("data-cakupan-held");
    pressed.setAttribute("data-cakupan-held", event.type);
    start();
  };
  document.addEventListener("click", hold, true);
  document.addEventListener("submit", hold, true);
  carry();
}

/**
 * What the reader did on the pre-rendered page is carried into the live app,
 * which renders the same markup: the app says `cakupan:taking-over` just before
 * it replaces the page (src/app/shell.rs), and `cakupan:live` once it runs. Each
 * control is known by its place among the page's controls; what changed from the
 * page as delivered (typed text, a choice, an open <details>) is set again and
 * announced to the app with the events a reader's own input fires; then focus
 * returns and a held press is done.
 */
function carry() {
  const CONTROLS = "input, select, textarea, button, summary, details, a[href], [tabindex], form";
  const changed = (el) => {
    if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) return el.checked !== el.defaultChecked && { checked: el.checked };
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value !== el.defaultValue && { value: el.value };
    if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected) && { value: el.value };
    if (el instanceof HTMLDetailsElement) return el.open !== el.hasAttribute("open") && { open: el.open };
    return false;
  };
  let kept = null;
  document.addEventListener("cakupan:taking-over", () => {
    const controls = [...app.querySelectorAll(CONTROLS)];
    const held = controls.findIndex((el) => el.hasAttribute("data-cakupan-held"));
    kept = {
      focus: controls.indexOf(document.activeElement),
      held: held < 0 ? null : { at: held, how: controls[held].getAttribute("data-cakupan-held"), tag: controls[held].tagName },
      changes: controls.flatMap((el, at) => {
        const c = changed(el);
        return c ? [{ at, tag: el.tagName, ...c }] : [];
      }),
    };
  });
  document.addEventListener("cakupan:live", () => {
    if (!kept) return;
    const { focus, held, changes } = kept;
    kept = null;
    const controls = [...app.querySelectorAll(CONTROLS)];
    const same = (at, tag) => (controls[at]?.tagName === tag ? controls[at] : null);
    for (const c of changes) {
      const el = same(c.at, c.tag);
      if (!el) continue;
      if ("open" in c) el.open = c.open;
      else {
        if ("checked" in c) el.checked = c.checked;
        else el.value = c.value;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
    if (focus >= 0) controls[focus]?.focus({ preventScroll: true });
    // After the app has answered the changes (it may redraw the part the press is in).
    if (held) {
      requestAnimationFrame(() => {
        const el = [...app.querySelectorAll(CONTROLS)][held.at];
        if (el?.tagName !== held.tag) return;
        if (held.how === "submit") el.requestSubmit();
        // (A map mark is an SVG link, which has no click().)
        else el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
      });
    }
  });
}

/** Downloads and starts the app; says so in the page's status line while it comes. */
async function boot() {
  // Until the app takes over (the live page has its own, empty status line).
  const status = document.getElementById("app-status");
  if (status) status.textContent = status.dataset.starting ?? "";
  // Let the page paint first: on a slow connection its bytes come first.
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
    navigator.serviceWorker?.ready.then((reg) => reg.active?.postMessage({ keepApp: true })).catch(() => {});
  } catch (e) {
    failed = true;
    document.documentElement.classList.add("no-app");
    if (status) status.textContent = status.dataset.failed ?? "";
    console.warn("Cakupan: the app could not start; the page stays readable.", e);
  }
}

/**
 * Offline use (public/sw.js), registered once the page is idle so it never
 * competes with the page for a slow connection. The worker keeps the pages seen;
 * the app's files and the dataset only once the app has been used (the
 * `keepApp` message above), so a reader who only reads downloads nothing more.
 */
function offlineUse() {
  if (!("serviceWorker" in navigator)) return;
  const idle = window.requestIdleCallback?.bind(window) ?? ((f) => setTimeout(f, 1000));
  const whenLoaded = document.readyState === "complete" ? Promise.resolve() : new Promise((r) => addEventListener("load", r, { once: true }));
  whenLoaded.then(() =>
    idle(() => {
      navigator.serviceWorker
        .register(new URL("sw.js", document.baseURI))
        .then(() => navigator.serviceWorker.ready)
        // The first page was loaded before the worker existed: ask it to keep it.
        .then((reg) => reg.active?.postMessage({ keep: location.pathname }))
        .catch((e) => console.warn("Cakupan: offline use is not available.", e));
    }),
  );
}
