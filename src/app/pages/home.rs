//! The home page: what Cakupan is, the region search, and every province to browse.

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta_as_is;
use leptos_router::components::A;

use crate::app::components::data_gate::with_data;
use crate::app::components::search_box::SearchBox;
use crate::app::data::use_data;
use crate::app::i18n::{self, use_lang};
use crate::app::links;
use crate::core::format;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    view! {
        {move || page_meta_as_is(format!("{} · {}", i18n::APP_NAME, i18n::SEARCH_LABEL.get(lang.get())), i18n::DESC_HOME.get(lang.get()).to_string(), "/", lang.get())}
        <h1 class="visually-hidden">{i18n::APP_NAME}</h1>
        <p class="tagline">{move || i18n::TAGLINE.get(lang.get())}</p>
        <SearchBox/>
        {move || {
            let lang = lang.get();
            with_data(data, lang, move |d| {
                let ix = d.index.clone();
                let ds = &ix.dataset;
                let regions_with_figures = ix.areas_with_figures();
                let excluded = d.problems.iter().filter(|p| p.excluded).count();
                let warnings = d.problems.len() - excluded;
                let provinces: Vec<_> = ix.provinces_by_name().into_iter().cloned().collect();
                let national = ix.region("ID").cloned();
                view! {
                    <p class="data-summary">
                        {i18n::data_summary(lang, ds.figures.len(), regions_with_figures, ds.sources.len(), &format::date(&ds.meta.published, lang))}
                    </p>
                    {(!d.problems.is_empty()).then(|| view! {
                        <p class="data-problems-note">
                            {i18n::problems_summary(lang, excluded, warnings)} " "
                            <A href=links::href("/masalah-data", lang)>{i18n::SEE_PROBLEMS.get(lang)}</A>
                        </p>
                    })}
                    <p class="honesty">{i18n::HONESTY_NOTE.get(lang)}</p>
                    <section aria-labelledby="provinces-heading">
                        <h2 id="provinces-heading">{i18n::BROWSE_PROVINCES.get(lang)}</h2>
                        <ul class="region-grid">
                            {national.map(|n| view! {
                                <li><A href=links::region(&n.code, lang)>{n.name}</A></li>
                            })}
                            {provinces.into_iter().map(|p| view! {
                                <li><A href=links::region(&p.code, lang)>{p.name}</A></li>
                            }).collect_view()}
                        </ul>
                        <p><A href=links::href("/wilayah", lang)>{i18n::ALL_REGIONS_LINK.get(lang)}</A></p>
                        {crate::app::pages::map::home_map_link(lang)}
                    </section>
                }
                .into_any()
            })
        }}
    }
}
