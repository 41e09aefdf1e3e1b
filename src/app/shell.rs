//! The static first view in index.html paints before the wasm arrives; this
//! removes it when the app mounts, keeping anything the visitor already typed.

use wasm_bindgen::JsCast;

/// Removes `#shell` and returns the text typed into its search box.
pub fn take_over() -> String {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return String::new();
    };
    let typed = doc
        .get_element_by_id("shell-search")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default();
    if let Some(shell) = doc.get_element_by_id("shell") {
        shell.remove();
    }
    typed
}
