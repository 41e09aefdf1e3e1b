//! Any address the app does not know: say so, and offer the search.

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta;
use leptos_router::components::A;

use crate::app::components::search_box::SearchBox;
use crate::app::i18n::{self, use_lang};
use crate::app::links;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        {move || page_meta(i18n::NOT_FOUND_TITLE.get(lang.get()), i18n::DESC_NOT_FOUND.get(lang.get()).to_string(), "/", lang.get())}
        <h1>{move || i18n::NOT_FOUND_TITLE.get(lang.get())}</h1>
        <p>{move || i18n::NOT_FOUND_TEXT.get(lang.get())}</p>
        <SearchBox id_prefix="nf-search"/>
        <p><A href=move || links::home(lang.get())>{move || i18n::BACK_HOME.get(lang.get())}</A></p>
    }
}
