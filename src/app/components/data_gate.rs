//! Shows the page only once the dataset is there: a loading state while it
//! travels, and a clear message with a retry button when it cannot arrive.

use leptos::prelude::*;

use crate::app::data::{Data, DataResource};
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
        Some(Err(e)) => {
            let detail = e.detail(lang);
            view! {
                <section class="load-error" role="alert">
                    <h1>{i18n::ERR_TITLE.get(lang)}</h1>
                    <p>{e.message(lang)}</p>
                    <details>
                        <summary>{i18n::ERR_DETAIL.get(lang)}</summary>
                        <p class="detail">{detail}</p>
                    </details>
                    <button type="button" class="button" on:click=move |_| res.retry()>
                        {i18n::RETRY.get(lang)}
                    </button>
                </section>
            }
            .into_any()
        }
        Some(Ok(data)) => page(data),
    }
}
