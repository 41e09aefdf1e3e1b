//! The tools that take a view to a meeting or a chat: "Bagikan / Share" (the
//! link to copy, the phone's share sheet, WhatsApp, a QR code to scan or to
//! download for slides), "Presentasi" (`?present=1`), "Cetak / Print", and on
//! views that can be embedded, "Sematkan / Embed" (the `<iframe>` snippet).
//!
//! It also draws the page's address block that only print and presentation
//! mode show: the link as text, its QR code and the dataset's date.
//!
//! The link always comes from the URL (`links::share_url`): every view's state
//! is in its address, so what is shared opens the same view.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::app::browser;
use crate::app::components::needs_app::needs_app;
use crate::app::data::use_data;
use crate::app::i18n::share as t;
use crate::app::i18n::Lang;
use crate::app::links;
use crate::core::format;
use crate::core::share::{self, EmbedKind, Qr};

/// An embeddable form of the current view.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    /// In-app path of the embed view, e.g. `/sematkan/wilayah/72.08`.
    pub path: String,
    pub kind: EmbedKind,
    /// What it shows, for the iframe's title ("Kabupaten Sigi").
    pub what: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Panel {
    Share,
    Embed,
}

/// What a panel's status line says about its last action ("Link copied").
#[derive(Clone, Debug, PartialEq)]
enum PanelMessage {
    Idle,
    Said(&'static str),
}

/// The toolbar, its panels, and the print/presentation address block.
/// `summary` is the one line sent with the link (WhatsApp, share sheet).
#[component]
pub fn PageTools(
    lang: Lang,
    #[prop(into)] summary: Signal<String>,
    #[prop(optional, into)] embed: Option<Signal<Option<Embed>>>,
) -> impl IntoView {
    let location = use_location();
    let url = Memo::new(move |_| links::share_url(&location.pathname.get(), &location.search.get()));
    let present_href = move || {
        let search = location.search.get();
        let here = if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        };
        links::with_param(&here, links::PRESENT_PARAM, "1")
    };
    let open = RwSignal::new(None::<Panel>);
    let toggle = move |p: Panel| open.update(|o| *o = if *o == Some(p) { None } else { Some(p) });
    let has_embed = move || embed.is_some_and(|e| e.get().is_some());

    view! {
        <div class="page-tools" role="group" aria-label=t::TOOLS_LABEL.get(lang)>
            <button
                type="button"
                class="button secondary tool-share"
                aria-expanded=move || (open.get() == Some(Panel::Share)).to_string()
                aria-controls="share-panel"
                on:click=move |_| toggle(Panel::Share)
            >
                {t::SHARE.get(lang)}
            </button>
            <A href=present_href attr:class="button secondary tool-present">{t::PRESENT.get(lang)}</A>
            <button type="button" class="button secondary tool-print" on:click=move |_| print()>
                {t::PRINT.get(lang)}
            </button>
            <Show when=has_embed>
                <button
                    type="button"
                    class="button secondary tool-embed"
                    aria-expanded=move || (open.get() == Some(Panel::Embed)).to_string()
                    aria-controls="embed-panel"
                    on:click=move |_| toggle(Panel::Embed)
                >
                    {t::EMBED.get(lang)}
                </button>
            </Show>
        </div>
        {needs_app(t::TOOLS_NEED_APP, None, lang)}
        {move || match open.get() {
            Some(Panel::Share) => share_panel(url.get(), summary.get(), lang).into_any(),
            Some(Panel::Embed) => embed
                .and_then(|e| e.get())
                .map(|e| embed_panel(e, lang).into_any())
                .unwrap_or_else(|| ().into_any()),
            None => ().into_any(),
        }}
        <PageAddress url=url lang=lang/>
    }
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The link field with copy, the share sheet, WhatsApp, and the QR code with downloads.
fn share_panel(url: String, summary: String, lang: Lang) -> impl IntoView {
    let status = RwSignal::new(PanelMessage::Idle);
    let copy_url = url.clone();
    let copy = move |_| copy_or_select(copy_url.clone(), "share-url", t::LINK_COPIED.get(lang), status, lang);
    let (share_url, share_text) = (url.clone(), summary.clone());
    let device_share = move |_| {
        let Some(promise) = browser::web_share(&share_text, &share_text, &share_url) else {
            status.set(PanelMessage::Said(t::SHARE_FAILED.get(lang)));
            return;
        };
        leptos::task::spawn_local(async move {
            // A reader who closes the sheet is not an error worth a message.
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    };
    let qr = Qr::encode(&url);
    let downloads = qr.clone().map(|qr| {
        let title = t::qr_title(lang, &url);
        let svg_doc = qr.svg_document(&title, 1024);
        let said = move |ok: bool| status.set(PanelMessage::Said(if ok { t::DOWNLOAD_STARTED.get(lang) } else { t::DOWNLOAD_FAILED.get(lang) }));
        let save_svg = move |_| {
            said(browser::save_file(&browser::text_parts(&[&svg_doc]), "image/svg+xml", "cakupan-qr.svg").is_ok());
        };
        let save_png = move |_| {
            // 16 px per module: about 700 px square, sharp on a projected slide.
            said(browser::save_file(&browser::byte_parts(&qr.png(16)), "image/png", "cakupan-qr.png").is_ok());
        };
        view! {
            <div class="share-row">
                <button type="button" class="button secondary qr-svg" on:click=save_svg>{t::DOWNLOAD_SVG.get(lang)}</button>
                <button type="button" class="button secondary qr-png" on:click=save_png>{t::DOWNLOAD_PNG.get(lang)}</button>
            </div>
        }
    });
    view! {
        <section id="share-panel" class="share-panel" aria-labelledby="share-panel-heading">
            <h2 id="share-panel-heading" class="visually-hidden">{t::SHARE.get(lang)}</h2>
            <label for="share-url">{t::LINK_LABEL.get(lang)}</label>
            <div class="citation-row">
                <input id="share-url" class="share-url" type="text" readonly value=url.clone() spellcheck="false"/>
                <button type="button" class="button copy-link" on:click=copy>{t::COPY_LINK.get(lang)}</button>
            </div>
            <div class="share-row">
                {browser::can_web_share().then(|| view! {
                    <button type="button" class="button secondary web-share" on:click=device_share>{t::SHARE_DEVICE.get(lang)}</button>
                })}
                <a class="button secondary whatsapp" href=share::whatsapp_url(&summary, &url) target="_blank" rel="noopener noreferrer">
                    {t::WHATSAPP.get(lang)}
                </a>
            </div>
            {status_line(status)}
            <h3>{t::QR_HEADING.get(lang)}</h3>
            {match &qr {
                Some(qr) => view! {
                    <figure class="qr-figure">
                        {qr_svg(qr, &url, "qr-code", lang)}
                        <figcaption>{t::QR_CAPTION.get(lang)}</figcaption>
                    </figure>
                }.into_any(),
                None => view! { <p>{t::QR_TOO_LONG.get(lang)}</p> }.into_any(),
            }}
            {downloads}
        </section>
    }
}

/// The iframe snippet of the embeddable view, with copy and a preview link.
fn embed_panel(e: Embed, lang: Lang) -> impl IntoView {
    let status = RwSignal::new(PanelMessage::Idle);
    let src = links::canonical(&e.path, lang);
    let snippet = share::embed_snippet(&src, &t::embed_title(lang, &e.what), share::embed_height(e.kind));
    let text = snippet.clone();
    let copy = move |_| copy_or_select(text.clone(), "embed-code", t::CODE_COPIED.get(lang), status, lang);
    view! {
        <section id="embed-panel" class="share-panel embed-panel" aria-labelledby="embed-panel-heading">
            <h2 id="embed-panel-heading">{t::EMBED_HEADING.get(lang)}</h2>
            <p class="hint">{t::EMBED_HINT.get(lang)}</p>
            <label for="embed-code">{t::EMBED_CODE.get(lang)}</label>
            <div class="citation-row">
                <textarea id="embed-code" class="citation-field" readonly rows="4" spellcheck="false">{snippet}</textarea>
                <button type="button" class="button copy-embed" on:click=copy>{t::COPY_CODE.get(lang)}</button>
            </div>
            {status_line(status)}
            <p><a href=src target="_blank" rel="noopener">{t::EMBED_PREVIEW.get(lang)}</a></p>
        </section>
    }
}

/// Copies `text`, saying `done`; when the browser refuses, selects the
/// field that shows it (`field_id`) so Ctrl+C works, and says so.
fn copy_or_select(
    text: String,
    field_id: &'static str,
    done: &'static str,
    status: RwSignal<PanelMessage>,
    lang: Lang,
) {
    leptos::task::spawn_local(async move {
        let said = match browser::copy_text(&text).await {
            Ok(()) => done,
            Err(()) => {
                browser::select_field(field_id);
                t::COPY_REFUSED.get(lang)
            }
        };
        status.try_set(PanelMessage::Said(said));
    });
}

/// The polite live region that says what a button did.
fn status_line(status: RwSignal<PanelMessage>) -> impl IntoView {
    view! {
        <p class="share-status" role="status" aria-live="polite">
            {move || match status.get() {
                PanelMessage::Idle => "",
                PanelMessage::Said(s) => s,
            }}
        </p>
    }
}

/// A QR code as inline SVG: white quiet zone, one path of dark modules.
pub fn qr_svg(qr: &Qr, url: &str, class: &'static str, lang: Lang) -> impl IntoView {
    let view_box = format!("0 0 {0} {0}", qr.size);
    let size = qr.size.to_string();
    view! {
        <svg class=class viewBox=view_box role="img" aria-label=t::qr_title(lang, url) shape-rendering="crispEdges">
            <rect width=size.clone() height=size fill="#fff"/>
            <path d=qr.svg_path() fill="#000"/>
        </svg>
    }
}

/// The page's address, its QR code and the dataset's date: shown only when
/// printing and in presentation mode (CSS), so a paper copy or a projected
/// screen leads back to the live page.
#[component]
fn PageAddress(url: Memo<String>, lang: Lang) -> impl IntoView {
    let data = use_data();
    let published = move || {
        data.ready()
            .map(|d| format::date(&d.index.dataset.meta.published, lang))
            .unwrap_or_default()
    };
    move || {
        let url = url.get();
        // Before the site's address is known (pre-rendering without
        // CAKUPAN_SITE_URL) a relative link would print uselessly: leave it out.
        links::is_web_url(&url).then(|| {
            let qr = Qr::encode(&url);
            view! {
                <aside class="page-address" aria-label=t::PAGE_ADDRESS.get(lang)>
                    {qr.map(|qr| qr_svg(&qr, &url, "page-qr", lang))}
                    <div class="page-address-text">
                        <p><strong>{t::PAGE_ADDRESS.get(lang)}": "</strong><span class="page-url">{url.clone()}</span></p>
                        <p>{t::data_as_of(lang, &published())}</p>
                        <p class="printed-from">{t::PRINTED_FROM.get(lang)}</p>
                    </div>
                </aside>
            }
        })
    }
}
