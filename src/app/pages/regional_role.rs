//! `/peran-pemda`: what Inpres 2/2021 asks of governors, regents and mayors,
//! the follow-up rules, villages, and how coverage (UCJ) is measured — with
//! the way from there to the region pages.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta;
use leptos_router::components::A;

use super::programs::more_links;
use super::programs::program_item::{section_view, unverified_key, use_hash_focus};
use crate::app::components::search_box::SearchBox;
use crate::app::i18n::{self, programs as t, use_lang, Lang};
use crate::app::links;
use crate::core::programs::REGIONAL_ROLE;

const REGION_ANCHOR: &str = "daerah-anda";

#[component]
pub fn RegionalRolePage() -> impl IntoView {
    let lang = use_lang();
    use_hash_focus();
    move || role_view(lang.get())
}

fn role_view(lang: Lang) -> AnyView {
    let page = &REGIONAL_ROLE;
    let self_href = links::href("/peran-pemda", lang);
    let mut linked: HashSet<&'static str> = HashSet::new();
    let any_uncertain = page.sections.iter().any(|s| s.items.iter().any(|i| i.uncertain));
    let mut body: Vec<AnyView> = Vec::new();
    for s in page.sections {
        body.push(section_view(s, lang, &mut linked, None));
        if s.anchor == "ucj" {
            body.push(region_block(lang));
        }
    }
    if !page.sections.iter().any(|s| s.anchor == "ucj") {
        body.push(region_block(lang));
    }
    view! {
        {page_meta(page.title.get(lang), t::DESC_ROLE.get(lang).to_string(), "/peran-pemda", lang)}
        <nav class="breadcrumb" aria-label=t::BREADCRUMB.get(lang)>
            <ol>
                <li><A href=links::href("/program", lang)>{i18n::NAV_PROGRAMS.get(lang)}</A></li>
                <li aria-current="page">{page.title.get(lang)}</li>
            </ol>
        </nav>
        <h1>{page.title.get(lang)}</h1>
        <p class="lead">{page.summary.get(lang)}</p>
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading" class="toc-heading">{t::ON_THIS_PAGE.get(lang)}</h2>
            <ol>
                {page.sections.iter().map(|s| view! {
                    <li><A href=format!("{self_href}#{}", s.anchor)>{s.heading.get(lang)}</A></li>
                }).collect_view()}
                <li><A href=format!("{self_href}#{REGION_ANCHOR}")>{t::YOUR_REGION.get(lang)}</A></li>
            </ol>
        </nav>
        {any_uncertain.then(|| unverified_key(lang))}
        {body}
        {more_links(lang, None)}
        <p class="hint not-advice">{t::NOT_ADVICE.get(lang)}</p>
    }
    .into_any()
}

/// From how coverage is measured to the regions' own figures.
fn region_block(lang: Lang) -> AnyView {
    view! {
        <section id=REGION_ANCHOR class="prog-section region-block" aria-labelledby="daerah-anda-heading" tabindex="-1">
            <h2 id="daerah-anda-heading">{t::YOUR_REGION.get(lang)}</h2>
            <p>{t::YOUR_REGION_TEXT.get(lang)}</p>
            <SearchBox id_prefix="role-search"/>
            <ul class="region-links">
                <li><A href=links::href("/peringkat", lang)>{t::SEE_RANKING.get(lang)}</A></li>
                <li><A href=links::href("/bandingkan", lang)>{t::SEE_COMPARE.get(lang)}</A></li>
                <li><A href=format!("{}#provinces-heading", links::home(lang))>{t::SEE_PROVINCES.get(lang)}</A></li>
            </ul>
        </section>
    }
    .into_any()
}
