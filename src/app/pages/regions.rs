//! `/wilayah`: every province with its kabupaten/kota, A–Z. The way to any
//! region without search (scripts off, or the app not loaded yet).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::components::data_gate::with_data;
use crate::app::components::page_meta::page_meta;
use crate::app::components::program_item::use_hash_focus;
use crate::app::data::use_data;
use crate::app::i18n::{self, use_lang, Lang};
use crate::app::links;
use crate::core::dataset::{Region, RegionKind};
use crate::core::index::DataIndex;

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
            {with_data(data, lang, move |d| regions_view(&d.index, lang))}
        }
    }
}

fn regions_view(ix: &DataIndex, lang: Lang) -> AnyView {
    let provinces: Vec<Region> = ix.provinces_by_name().into_iter().cloned().collect();
    let jump = provinces
        .iter()
        .map(|p| {
            // A full path: with <base href>, a bare "#p-72" would point at the home page.
            let href = format!("{}#p-{}", links::href("/wilayah", lang), p.code);
            view! { <li><a href=href>{p.name.clone()}</a></li> }
        })
        .collect_view();
    let sections = provinces.iter().map(|p| province_section(ix, p, lang)).collect_view();
    let others: Vec<Region> = ix
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
                {region_columns(others, lang)}
            </section>
        })}
    }
    .into_any()
}

/// A province, linked, with how many kabupaten/kota it has, then each of them A–Z.
fn province_section(ix: &DataIndex, p: &Region, lang: Lang) -> AnyView {
    let kids: Vec<Region> = ix.children_a_to_z(&p.code).into_iter().cloned().collect();
    let heading_id = format!("p-{}", p.code);
    let labelledby = heading_id.clone();
    let count = i18n::regions_count(lang, kids.len());
    let name = p.name.clone();
    view! {
        <section class="province-block" aria-labelledby=labelledby>
            <h2 id=heading_id tabindex="-1">
                <A href=links::region(&p.code, lang)>{name}</A>
                " " <span class="count">"(" {count} ")"</span>
            </h2>
            {region_columns(kids, lang)}
        </section>
    }
    .into_any()
}

fn region_columns(regions: Vec<Region>, lang: Lang) -> AnyView {
    view! {
        <ul class="region-columns">
            {regions.into_iter().map(|r| view! {
                <li><A href=links::region(&r.code, lang)>{r.name}</A></li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
