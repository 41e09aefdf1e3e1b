//! `/wilayah`: every province with its kabupaten/kota, A–Z. The way to any
//! region without search (scripts off, or the app not loaded yet).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::components::data_gate::with_data;
use crate::app::components::page_meta::page_meta;
use crate::app::components::program_item::use_hash_focus;
use crate::app::data::use_data;
use crate::app::i18n::{self, use_lang};
use crate::app::links;
use crate::core::dataset::RegionKind;

#[component]
pub fn RegionsPage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    use_hash_focus();
    move || {
        let lang = lang.get();
        view! {
            {page_meta(i18n::REGIONS_TITLE.get(lang), i18n::DESC_REGIONS.get(lang).to_string(), "/wilayah", lang)}
            <h1>{i18n::REGIONS_TITLE.get(lang)}</h1>
            <p class="lead">{i18n::REGIONS_INTRO.get(lang)}</p>
            {with_data(data, lang, move |d| {
                let ix = d.index.clone();
                let provinces: Vec<_> = ix.provinces_by_name().into_iter().cloned().collect();
                let jump = provinces
                    .iter()
                    .map(|p| {
                        // A full path: with <base href>, a bare "#p-72" would point at the home page.
                        let href = format!("{}#p-{}", links::href("/wilayah", lang), p.code);
                        view! { <li><a href=href>{p.name.clone()}</a></li> }
                    })
                    .collect_view();
                let sections = provinces
                    .iter()
                    .map(|p| {
                        let p = p.clone();
                        let kids: Vec<_> = ix.children_a_to_z(&p.code).into_iter().cloned().collect();
                        let heading_id = format!("p-{}", p.code);
                        let labelledby = heading_id.clone();
                        let count = i18n::regions_count(lang, kids.len());
                        view! {
                            <section class="province-block" aria-labelledby=labelledby>
                                <h2 id=heading_id tabindex="-1">
                                    <A href=links::region(&p.code, lang)>{p.name.clone()}</A>
                                    " " <span class="count">"(" {count} ")"</span>
                                </h2>
                                <ul class="region-columns">
                                    {kids.into_iter().map(|k| view! {
                                        <li><A href=links::region(&k.code, lang)>{k.name}</A></li>
                                    }).collect_view()}
                                </ul>
                            </section>
                        }
                    })
                    .collect_view();
                let others: Vec<_> = ix
                    .dataset
                    .regions
                    .iter()
                    .filter(|r| matches!(r.kind, RegionKind::Nasional | RegionKind::Cabang))
                    .cloned()
                    .collect();
                view! {
                    <nav class="province-jump" aria-labelledby="jump-heading">
                        <h2 id="jump-heading">{i18n::REGIONS_JUMP.get(lang)}</h2>
                        <ul class="region-grid">{jump}</ul>
                    </nav>
                    {sections}
                    {(!others.is_empty()).then(|| view! {
                        <section class="province-block" aria-labelledby="p-other">
                            <h2 id="p-other">{i18n::REGIONS_OTHER.get(lang)}</h2>
                            <ul class="region-columns">
                                {others.into_iter().map(|r| view! {
                                    <li><A href=links::region(&r.code, lang)>{r.name}</A></li>
                                }).collect_view()}
                            </ul>
                        </section>
                    })}
                }
                .into_any()
            })}
        }
    }
}
