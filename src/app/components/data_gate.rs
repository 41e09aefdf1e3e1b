//! Shows the page only once the dataset is there: a loading state while it
//! travels, and a clear message with a retry button when it cannot arrive.

use leptos::prelude::*;

use crate::app::data::{Data, DataResource, LoadError};
use crate::app::i18n::{self, Lang};

/// Renders `page` with the dataset, or the loading / error state.
pub fn with_data(res: DataResource, lang: Lang, page: impl FnOnce(Data) -> AnyView) -> AnyView {
    match res.get() {
        Some(Ok(data)) => page(data),
        other => waiting_or_failed(res, lang, other.and_then(Result::err)),
    }
}

/// The loading state, or the error with its retry: compiled once, not once
/// per page that calls [`with_data`] (it is generic over the page).
#[inline(never)]
fn waiting_or_failed(res: DataResource, lang: Lang, error: Option<LoadError>) -> AnyView {
    match error {
        None => view! {
            <p class="loading" role="status" aria-live="polite">
                <span class="spinner" aria-hidden="true"></span>
                {i18n::LOADING.get(lang)}
            </p>
        }
        .into_any(),
        Some(e) => load_error(&e, lang, false, 0, move || res.retry()),
    }
}

/// Why the dataset could not be read, with a retry button. `over_page`: shown
/// above a pre-rendered page that stays readable (its heading is then an h2,
/// and it says what still works). `attempt`: how many retries have failed.
/// A press on "Coba lagi" shows at once that it is working (button disabled,
/// the loading message) until the outcome replaces this view.
pub fn load_error(
    e: &LoadError,
    lang: Lang,
    over_page: bool,
    attempt: u32,
    retry: impl Fn() + Send + Sync + 'static,
) -> AnyView {
    let detail = e.detail(lang);
    let title = i18n::ERR_TITLE.get(lang);
    let busy = RwSignal::new(false);
    view! {
        <section class="load-error" role="alert">
            {if over_page { view! { <h2>{title}</h2> }.into_any() } else { view! { <h1>{title}</h1> }.into_any() }}
            <p>{e.message(lang)}</p>
            {over_page.then(|| view! { <p>{i18n::ERR_PAGE_KEPT.get(lang)}</p> })}
            <details>
                <summary>{i18n::ERR_DETAIL.get(lang)}</summary>
                <p class="detail">{detail}</p>
            </details>
            <button
                type="button"
                class="button retry"
                disabled=move || busy.get()
                aria-disabled=move || busy.get().to_string()
                on:click=move |_| {
                    busy.set(true);
                    retry();
                }
            >
                {move || if busy.get() { i18n::RETRYING.get(lang) } else { i18n::RETRY.get(lang) }}
            </button>
            <p class="retry-status" role="status" aria-live="polite">
                {move || if busy.get() {
                    view! { <span class="spinner" aria-hidden="true"></span> {i18n::LOADING.get(lang)} }.into_any()
                } else if attempt > 0 {
                    i18n::still_failing(lang, attempt + 1).into_any()
                } else {
                    ().into_any()
                }}
            </p>
        </section>
    }
    .into_any()
}
