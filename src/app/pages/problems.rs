//! The "data problems" view: every entry the validator left out or flagged,
//! with its path and reason, so nothing is dropped silently.

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta;
use leptos_router::components::A;

use crate::app::components::data_gate::with_data;
use crate::app::data::use_data;
use crate::app::i18n::{self, use_lang};
use crate::app::links;

#[component]
pub fn ProblemsPage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    view! {
        {move || page_meta(i18n::PROBLEMS_TITLE.get(lang.get()), i18n::DESC_PROBLEMS.get(lang.get()).to_string(), "/masalah-data", lang.get())}
        <h1>{move || i18n::PROBLEMS_TITLE.get(lang.get())}</h1>
        {move || {
            let lang = lang.get();
            with_data(data, lang, move |d| {
                if d.problems.is_empty() {
                    return view! { <p>{i18n::PROBLEMS_NONE.get(lang)}</p> }.into_any();
                }
                view! {
                    <p>{i18n::PROBLEMS_INTRO.get(lang)}</p>
                    <ul class="problems">
                        {d.problems.iter().map(|p| {
                            let badge = if p.excluded { i18n::EXCLUDED } else { i18n::WARNING };
                            // A figure kept with a warning is on its region's page: link there.
                            let shown_on = p
                                .entry_id
                                .as_deref()
                                .filter(|_| !p.excluded)
                                .and_then(|id| d.index.dataset.figures.iter().find(|f| f.id == id))
                                .and_then(|f| d.index.region(&f.region))
                                .map(|r| (links::region(&r.code, lang), r.name.clone()))
                                .map(|(href, name)| view! {
                                    " " {i18n::SHOWN_ON.get(lang)} " "
                                    <A href=href>{name}</A>
                                });
                            view! {
                                <li class="problem" class:excluded=p.excluded data-entry=p.entry_id.clone().unwrap_or_default()>
                                    <span class="badge">{badge.get(lang)}</span> " "
                                    {p.message(lang)}
                                    {shown_on}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            })
        }}
    }
}
