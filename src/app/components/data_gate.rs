//! Shows the page only once the dataset is there: a loading state while it
//! travels, and a clear message with a retry button when it cannot arrive.

use leptos::prelude::*;

use crate::app::data::{Data, DataResource, LoadError};
use crate::app::i18n::{self, Lang};

/// Renders `page` with the dataset, or the loading / error state.
pub fn with_data(res: DataResource, lang: Lang, page: impl FnOnce(Data) -> AnyView) -> AnyView {
    match res.get() {
        None => view! {
            <p class="loading" role="status" aria-live="polite">
                <span class="spinner" aria-hidden="true"></span>
                {i18n::LOADING.get(lang)}
            </p>
        }
        .into_any(),
        Some(Err(e)) => load_error(&e, lang, false, move || res.retry()),
        Some(Ok(data)) => page(data),
    }
}

/// Why the dataset could not be read, with a retry button. `over_page`: shown
/// above a pre-rendered page that stays readable (its heading is then an h2,
/// and it says what still works).
pub fn load_error(e: &LoadError, lang: Lang, over_page: bool, retry: impl Fn() + Send + Sync + 'static) -> AnyView {
    let detail = e.detail(lang);
    let title = i18n::ERR_TITLE.get(lang);
    view! {
        <section class="load-error" role="alert">
            {if over_page { view! { <h2>{title}</h2> }.into_any() } else { view! { <h1>{title}</h1> }.into_any() }}
            <p>{e.message(lang)}</p>
            {over_page.then(|| view! { <p>{i18n::ERR_PAGE_KEPT.get(lang)}</p> })}
            <details>
                <summary>{i18n::ERR_DETAIL.get(lang)}</summary>
                <p class="detail">{detail}</p>
            </details>
            <button type="button" class="button" on:click=move |_| retry()>
                {i18n::RETRY.get(lang)}
            </button>
        </section>
    }
    .into_any()
}
