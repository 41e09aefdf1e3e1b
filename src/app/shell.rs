//! Taking over the pre-rendered page. Every route's HTML file already holds
//! the page, rendered at build time by the same components (`prerender.rs`),
//! inside `<div id="app">`. When the app has its data, it replaces that
//! markup with the live app in one step: the markup is the same, so nothing
//! moves. What the reader did meanwhile is kept: the scroll position here;
//! what they typed, chose, opened, focused or pressed by `public/boot.js`,
//! which this module tells when it takes the page over and when the app runs
//! (the events `cakupan:taking-over` and `cakupan:live`).

use wasm_bindgen::JsCast;

/// What to carry over from the pre-rendered page to the live one.
pub struct Kept {
    pub container: web_sys::HtmlElement,
    scroll: (f64, f64),
}

/// Empties `#app` (and the pre-rendered head tags, which the app writes again)
/// and returns what to keep. `None` only if there is no document.
pub fn take_over() -> Option<Kept> {
    let window = web_sys::window()?;
    let doc = window.document()?;
    let container = match doc.get_element_by_id("app") {
        Some(el) => el,
        None => {
            let el = doc.create_element("div").ok()?;
            el.set_id("app");
            doc.body()?.append_child(&el).ok()?;
            el
        }
    };
    let container: web_sys::HtmlElement = container.dyn_into().ok()?;
    // boot.js notes what the reader did on the page before it goes.
    announce(&doc, "cakupan:taking-over");
    let scroll = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
    remove_prerendered_head(&doc);
    container.set_inner_html("");
    Some(Kept { container, scroll })
}

/// Whether `#app` holds a pre-rendered page (rather than the bare fallback).
pub fn has_page() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#app main#main").ok().flatten())
        .is_some()
}

/// A fresh element at the top of the page's `<main>`, for the load-error
/// message (which replaces boot.js's "loading the app" status).
pub fn error_slot() -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    if let Some(status) = doc.get_element_by_id("app-status") {
        status.set_text_content(None);
    }
    let main = doc.query_selector("#app main#main").ok().flatten()?;
    let slot = doc.create_element("div").ok()?;
    slot.set_id("load-error");
    main.insert_before(&slot, main.first_child().as_ref()).ok()?;
    slot.dyn_into().ok()
}

/// Removes the load-error message (the page is about to be taken over).
pub fn remove_error_slot() {
    if let Some(slot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("load-error"))
    {
        slot.remove();
    }
}

/// The language in the address (`?lang=en`), before the router runs.
pub fn url_lang() -> crate::core::lang::Lang {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let lang = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .map(str::to_string);
    crate::core::lang::Lang::from_param(lang.as_deref())
}

/// Puts the scroll position and focus back once the app has rendered its
/// route (the router fills the page in a microtask after mounting, so this
/// waits for the next animation frame, which still comes before the next paint).
pub fn restore(kept: Kept) {
    leptos::prelude::request_animation_frame(move || restore_now(kept));
}

fn restore_now(kept: Kept) {
    // Tells tests and the benchmark that the live app has taken over.
    let _ = kept.container.set_attribute("data-app", "live");
    let Some(window) = web_sys::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(kept.scroll.0, kept.scroll.1);
    if let Some(doc) = window.document() {
        announce(&doc, "cakupan:live");
    }
}

/// Fires a plain event at the document, for `public/boot.js`.
fn announce(doc: &web_sys::Document, name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        let _ = doc.dispatch_event(&event);
    }
}

/// Removes the head tags between the `<!--cakupan-head-->` and
/// `<!--/cakupan-head-->` markers: the page's title, description and link
/// preview tags, which leptos_meta writes again for the live app.
fn remove_prerendered_head(doc: &web_sys::Document) {
    let Some(head) = doc.head() else {
        return;
    };
    let nodes = head.child_nodes();
    let mut inside = false;
    let mut doomed = Vec::new();
    for i in 0..nodes.length() {
        let Some(node) = nodes.item(i) else {
            continue;
        };
        if node.node_type() == web_sys::Node::COMMENT_NODE {
            match node.node_value().as_deref().map(str::trim) {
                Some("cakupan-head") => {
                    inside = true;
                    doomed.push(node);
                    continue;
                }
                Some("/cakupan-head") => {
                    inside = false;
                    doomed.push(node);
                    continue;
                }
                _ => {}
            }
        }
        if inside {
            doomed.push(node);
        }
    }
    for node in doomed {
        let _ = head.remove_child(&node);
    }
}

/// `/wilayah/72.08/index.html` is the same page as `/wilayah/72.08/` (hosts
/// serve both from one file), but the router knows only the second: rewrite
/// the address before the app reads it, keeping query and fragment.
pub fn drop_index_html() {
    let Some(window) = web_sys::window() else { return };
    let loc = window.location();
    let Ok(path) = loc.pathname() else { return };
    let Some(dir) = path.strip_suffix("/index.html") else {
        return;
    };
    let url = format!(
        "{}/{}{}",
        dir,
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
