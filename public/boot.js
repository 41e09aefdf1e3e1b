// Starts the wasm app. Kept out of index.html so the page needs no inline
// script (Content-Security-Policy: script-src 'self'). Every page is already
// readable without it: when the app cannot start (no WebAssembly, a failed
// download), the notes next to controls that need it are revealed.
const tag = document.querySelector("script[data-cakupan-js]");
try {
  if (typeof WebAssembly !== "object") throw new Error("no WebAssembly");
  const { default: init } = await import(tag.dataset.cakupanJs);
  await init({ module_or_path: tag.dataset.cakupanWasm });
} catch (e) {
  document.documentElement.classList.add("no-app");
  console.warn("Cakupan: the app could not start; the page stays readable.", e);
}
