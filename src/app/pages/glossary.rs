//! `/glosarium`: every abbreviation and term, A–Z. Each entry's id is its
//! slug, so `/glosarium#pu` opens (scrolls to and focuses) the PU entry;
//! region pages and the programme pages link here.

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::programs::glossary_link::glossary_href;
use super::programs::more_links;
use super::programs::program_item::{content_sources_line, use_hash_focus};
use crate::app::i18n::{self, programs as t, use_lang, Lang};
use crate::app::links;
use crate::core::programs::{glossary_entry, GlossaryEntry, GLOSSARY};

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    use_hash_focus();
    let target = Memo::new(move |_| location.hash.get().trim_start_matches('#').to_string());
    move || glossary_view(lang.get(), target)
}

fn letter_of(e: &GlossaryEntry) -> char {
    e.slug.chars().next().unwrap_or('?').to_ascii_uppercase()
}

fn letters() -> Vec<char> {
    let mut v: Vec<char> = GLOSSARY.iter().map(letter_of).collect();
    v.dedup();
    v
}

fn glossary_view(lang: Lang, target: Memo<String>) -> AnyView {
    let self_href = links::href("/glosarium", lang);
    let groups: Vec<(char, Vec<&'static GlossaryEntry>)> = letters()
        .into_iter()
        .map(|l| (l, GLOSSARY.iter().filter(|e| letter_of(e) == l).collect()))
        .collect();
    view! {
        {page_meta(t::GLOSSARY_TITLE.get(lang), t::DESC_GLOSSARY.get(lang).to_string(), "/glosarium", lang)}
        <nav class="breadcrumb" aria-label=t::BREADCRUMB.get(lang)>
            <ol>
                <li><A href=links::href("/program", lang)>{i18n::NAV_PROGRAMS.get(lang)}</A></li>
                <li aria-current="page">{t::GLOSSARY_TITLE.get(lang)}</li>
            </ol>
        </nav>
        <h1>{t::GLOSSARY_TITLE.get(lang)}</h1>
        <p class="lead">{t::GLOSSARY_INTRO.get(lang)}</p>
        <nav class="letter-index" aria-label=t::GLOSSARY_INDEX.get(lang)>
            <ul>
                {groups.iter().map(|(l, _)| *l).collect::<Vec<_>>().into_iter().map(|l| view! {
                    <li><A href=format!("{self_href}#huruf-{}", l.to_ascii_lowercase())>{l.to_string()}</A></li>
                }).collect_view()}
            </ul>
        </nav>
        {groups.into_iter().map(|(l, entries)| {
            let id = format!("huruf-{}", l.to_ascii_lowercase());
            view! {
                <section class="glossary-letter" id=id.clone() aria-labelledby=format!("{id}-h") tabindex="-1">
                    <h2 id=format!("{id}-h")>{l.to_string()}</h2>
                    <dl class="glossary">
                        {entries.into_iter().map(|e| entry_view(e, lang, target)).collect_view()}
                    </dl>
                </section>
            }
        }).collect_view()}
        {more_links(lang, None)}
    }
    .into_any()
}

fn entry_view(e: &'static GlossaryEntry, lang: Lang, target: Memo<String>) -> AnyView {
    let see_also: Vec<&'static GlossaryEntry> = e.see_also.iter().filter_map(|s| glossary_entry(s)).collect();
    let program = e.program();
    view! {
        <div class="glossary-entry" id=e.slug tabindex="-1" class:is-target=move || target.get() == e.slug>
            <dt>
                <dfn class="term">{e.term}</dfn>
                {e.long_name.map(|l| view! { <span class="long-name">{l}</span> })}
            </dt>
            <dd>
                <p class="definition">{e.definition.get(lang)}</p>
                {program.map(|p| view! {
                    <p><A href=links::href(&format!("/program/{}", p.slug()), lang)>{t::program_page_link(lang, p.code())}</A></p>
                })}
                {(!see_also.is_empty()).then(|| view! {
                    <p class="see-also">
                        <span class="cite-label">{t::SEE_ALSO.get(lang)} ": "</span>
                        {see_also.into_iter().enumerate().map(|(i, s)| view! {
                            {(i > 0).then_some(", ")}
                            <A href=glossary_href(s.slug, lang)>{s.term}</A>
                        }).collect_view()}
                    </p>
                })}
                {(!e.aliases.is_empty()).then(|| view! {
                    <p class="cite aliases">
                        <span class="cite-label">{t::ALSO_WRITTEN.get(lang)} ": "</span>
                        {e.aliases.join(", ")}
                    </p>
                })}
                {content_sources_line(e.sources, lang)}
            </dd>
        </div>
    }
    .into_any()
}
