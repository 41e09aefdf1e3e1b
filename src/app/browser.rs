//! Small browser-only helpers: moving focus, and what the tools that take a
//! view away need (copy, download, share). They run in event handlers and
//! effects only, never while pre-rendering.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::{JsCast, JsValue};

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Moves focus to an element; `false` when it cannot take focus.
pub fn focus_element(el: &web_sys::Element) -> bool {
    el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.focus().is_ok())
}

/// Moves focus to the element with this id; `false` when there is none.
pub fn focus(id: &str) -> bool {
    element(id).is_some_and(|el| focus_element(&el))
}

/// Focuses the element with this id once the DOM has caught up with a
/// navigation or a re-render (the next animation frame), so keyboard users
/// keep their place when what they act on is drawn again.
pub fn focus_soon(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        focus(&id);
    });
}

/// Scrolls to and focuses the element with this id.
pub fn scroll_to_and_focus(id: &str) {
    if let Some(el) = element(id) {
        el.scroll_into_view();
        focus_element(&el);
    }
}

/// `navigator.clipboard`, when this browser (and context) has one.
pub fn clipboard() -> Option<web_sys::Clipboard> {
    let nav = web_sys::window()?.navigator();
    let v = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")).ok()?;
    if v.is_undefined() || v.is_null() {
        return None;
    }
    v.dyn_into::<web_sys::Clipboard>().ok()
}

/// Copies `text`; `Ok` once the browser says it is on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let cb = clipboard().ok_or(())?;
    wasm_bindgen_futures::JsFuture::from(cb.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Focuses a text field (`<input>` or `<textarea>`) with its text selected,
/// ready for Ctrl+C when the clipboard is refused.
pub fn select_field(id: &str) {
    let Some(el) = element(id) else { return };
    focus_element(&el);
    // `select()` is the same method on <textarea> and <input>.
    el.unchecked_ref::<web_sys::HtmlInputElement>().select();
}

/// The Web Share API (`navigator.share`), when this browser has it: Android's
/// share sheet. Returns `None` when there is none.
pub fn web_share(title: &str, text: &str, url: &str) -> Option<js_sys::Promise> {
    let nav = web_sys::window()?.navigator();
    let share = js_sys::Reflect::get(&nav, &JsValue::from_str("share")).ok()?;
    let share = share.dyn_ref::<js_sys::Function>()?;
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    share.call1(&nav, &data).ok()?.dyn_into::<js_sys::Promise>().ok()
}

/// Whether this browser offers the Web Share API.
pub fn can_web_share() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("share")).ok())
        .is_some_and(|f| f.is_function())
}

/// Saves bytes as a file through a temporary `<a download>` on an object URL.
pub fn save_file(parts: &js_sys::Array, mime: &str, file_name: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window.document().ok_or_else(|| JsValue::from_str("no document"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.set_class_name("visually-hidden");
    let body = document.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// Text parts for `save_file`.
pub fn text_parts(parts: &[&str]) -> js_sys::Array {
    parts.iter().map(|p| JsValue::from_str(p)).collect()
}

/// Byte parts for `save_file`.
pub fn byte_parts(bytes: &[u8]) -> js_sys::Array {
    js_sys::Array::of1(&js_sys::Uint8Array::from(bytes))
}

/// Asks the service worker (public/sw.js) to keep the page at `path` for
/// offline use: pages opened inside the app are not navigations it sees.
pub fn keep_for_offline(path: &str) {
    let Some(window) = web_sys::window() else { return };
    let get = |obj: &JsValue, key: &str| js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok();
    let Some(controller) = get(&window.navigator(), "serviceWorker")
        .filter(|sw| !sw.is_undefined())
        .and_then(|sw| get(&sw, "controller"))
        .filter(|c| !c.is_null() && !c.is_undefined())
    else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"keep".into(), &path.into());
    if let Some(post) = get(&controller, "postMessage").and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        let _ = post.call1(&controller, &message);
    }
}
