//! "Take it away": download the figures on screen as CSV (one row per figure,
//! with its source; built by `core::export`) and copy a ready citation line.
//!
//! The citation is always visible in a read-only field, so a reader whose
//! browser refuses the clipboard (insecure context, old browser, denied
//! permission) still gets it: the field is then focused with the text selected.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::app::browser;

use crate::app::components::needs_app::needs_app;
use crate::app::i18n::compare as t;
use crate::app::i18n::Lang;
use crate::core::dataset::Figure;
use crate::core::export;
use crate::core::index::DataIndex;

/// The outcome of the last download or copy, for the status line.
#[derive(Clone, Debug, PartialEq)]
enum TakeAwayOutcome {
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
    let citation = export::citation(&figures, &index, &crate::app::links::current_share_url(), lang);
    let status = RwSignal::new(TakeAwayOutcome::Idle);
    let heading_id = format!("{id_prefix}-heading");
    let heading_for = heading_id.clone();
    let field_id = format!("{id_prefix}-citation");
    let stored = StoredValue::new((figures, index, file_name));
    let citation_text = StoredValue::new(citation.clone());

    let download = move |_| {
        let (csv, name) = stored.with_value(|(f, ix, name)| (export::to_csv(&export::rows(f, ix, lang)), name.clone()));
        status.set(match save_csv(&csv, &name) {
            Ok(()) => TakeAwayOutcome::Downloaded(name),
            Err(_) => TakeAwayOutcome::DownloadFailed,
        });
    };

    let copy = {
        let field_id = field_id.clone();
        move |_| {
            let text = citation_text.get_value();
            let field_id = field_id.clone();
            leptos::task::spawn_local(async move {
                match browser::copy_text(&text).await {
                    Ok(()) => {
                        status.try_set(TakeAwayOutcome::Copied);
                    }
                    Err(()) => {
                        browser::select_field(&field_id);
                        status.try_set(TakeAwayOutcome::CopyFallback);
                    }
                }
            });
        }
    };

    let message = move || match status.get() {
        TakeAwayOutcome::Idle => String::new(),
        TakeAwayOutcome::Downloaded(name) => t::download_started(lang, &name),
        TakeAwayOutcome::DownloadFailed => t::DOWNLOAD_FAILED.get(lang).to_string(),
        TakeAwayOutcome::Copied => t::COPIED.get(lang).to_string(),
        TakeAwayOutcome::CopyFallback => t::COPY_FALLBACK.get(lang).to_string(),
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

/// Saves `csv` as a file. A UTF-8 byte-order mark goes first so spreadsheet
/// programs read names correctly.
fn save_csv(csv: &str, file_name: &str) -> Result<(), JsValue> {
    browser::save_file(
        &browser::text_parts(&["\u{feff}", csv]),
        "text/csv;charset=utf-8",
        file_name,
    )
}
