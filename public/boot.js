// Starts the wasm app. Kept out of index.html so the page needs no inline
// script (Content-Security-Policy: script-src 'self').
const tag = document.querySelector("script[data-cakupan-js]");
const { default: init } = await import(tag.dataset.cakupanJs);
await init({ module_or_path: tag.dataset.cakupanWasm });
