//! "Take it away": download the figures on screen as CSV (one row per figure,
//! with its source; built by `core::export`) and copy a ready citation line.
//!
//! The citation is always visible in a read-only field, so a reader whose
//! browser refuses the clipboard (insecure context, old browser, denied
//! permission) still gets it: the field is then focused with the text selected.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::components::needs_app::needs_app;
use crate::app::i18n::compare as t;
use crate::app::i18n::Lang;
use crate::core::dataset::Figure;
use crate::core::export;
use crate::core::index::DataIndex;

#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    Downloaded(String),
    DownloadFailed,
    Copied,
    CopyFallback,
}

/// CSV download and citation for `figures` (those on screen, in screen order).
/// `id_prefix` keeps element ids unique; `file_name` ends in ".csv".
#[component]
pub fn ShareTools(
    figures: Vec<Figure>,
    index: Arc<DataIndex>,
    lang: Lang,
    #[prop(into)] file_name: String,
    #[prop(into)] id_prefix: String,
) -> impl IntoView {
    let count = export::rows(&figures, &index, lang).len();
    let citation = export::citation(&figures, &index, &current_url(), lang);
    let status = RwSignal::new(Status::Idle);
    let heading_id = format!("{id_prefix}-heading");
    let heading_for = heading_id.clone();
    let field_id = format!("{id_prefix}-citation");
    let stored = StoredValue::new((figures, index, file_name));
    let citation_text = StoredValue::new(citation.clone());

    let download = move |_| {
        let (csv, name) = stored.with_value(|(f, ix, name)| (export::to_csv(&export::rows(f, ix, lang)), name.clone()));
        status.set(match save_csv(&csv, &name) {
            Ok(()) => Status::Downloaded(name),
            Err(_) => Status::DownloadFailed,
        });
    };

    let copy = {
        let field_id = field_id.clone();
        move |_| {
            let text = citation_text.get_value();
            let field_id = field_id.clone();
            match clipboard() {
                Some(cb) => {
                    let promise = cb.write_text(&text);
                    leptos::task::spawn_local(async move {
                        match wasm_bindgen_futures::JsFuture::from(promise).await {
                            Ok(_) => {
                                status.try_set(Status::Copied);
                            }
                            Err(_) => {
                                select_field(&field_id);
                                status.try_set(Status::CopyFallback);
                            }
                        }
                    });
                }
                None => {
                    select_field(&field_id);
                    status.set(Status::CopyFallback);
                }
            }
        }
    };

    let message = move || match status.get() {
        Status::Idle => String::new(),
        Status::Downloaded(name) => t::download_started(lang, &name),
        Status::DownloadFailed => t::DOWNLOAD_FAILED.get(lang).to_string(),
        Status::Copied => t::COPIED.get(lang).to_string(),
        Status::CopyFallback => t::COPY_FALLBACK.get(lang).to_string(),
    };

    view! {
        <section class="share-tools" aria-labelledby=heading_for>
            <h2 id=heading_id>{t::TAKE_AWAY_HEADING.get(lang)}</h2>
            <div class="share-row">
                <button type="button" class="button download-csv" on:click=download>
                    {t::DOWNLOAD_CSV.get(lang)}
                </button>
                <span class="hint">{t::csv_hint(lang, count)}</span>
            </div>
            <label for=field_id.clone() class="citation-label">{t::CITATION_LABEL.get(lang)}</label>
            <div class="citation-row">
                <textarea id=field_id class="citation-field" readonly rows="3" spellcheck="false">{citation}</textarea>
                <button type="button" class="button secondary copy-citation" on:click=copy>
                    {t::COPY_CITATION.get(lang)}
                </button>
            </div>
            <p class="share-status" role="status" aria-live="polite">{message}</p>
            {needs_app(t::TOOLS_NEED_APP, None, lang)}
        </section>
    }
}

/// The address of the current view, as a reader would share it.
#[cfg(target_arch = "wasm32")]
fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// When pre-rendering: the page's address from the router (the site's origin
/// when it is configured).
#[cfg(not(target_arch = "wasm32"))]
fn current_url() -> String {
    let loc = leptos_router::hooks::use_location();
    let search = loc.search.get_untracked();
    let query = if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    };
    format!(
        "{}{}{query}",
        crate::app::links::site_url(),
        loc.pathname.get_untracked()
    )
}

/// `navigator.clipboard`, when this browser (and context) has one.
fn clipboard() -> Option<web_sys::Clipboard> {
    let nav = web_sys::window()?.navigator();
    let v = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")).ok()?;
    if v.is_undefined() || v.is_null() {
        return None;
    }
    v.dyn_into::<web_sys::Clipboard>().ok()
}

/// Focuses the citation field with its text selected, ready for Ctrl+C.
fn select_field(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
    // `select()` is the same method on <textarea> and <input>.
    el.unchecked_ref::<web_sys::HtmlInputElement>().select();
}

/// Saves `csv` through a temporary `<a download>` on an object URL. A UTF-8
/// byte-order mark goes first so spreadsheet programs read names correctly.
fn save_csv(csv: &str, file_name: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window.document().ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of2(&JsValue::from_str("\u{feff}"), &JsValue::from_str(csv));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
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
