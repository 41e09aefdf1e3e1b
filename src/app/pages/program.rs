//! `/program/<slug>`: one programme in plain language — what it pays, who can
//! join, who pays how much, how to claim, which documents — each statement
//! with its regulation and date, and what changed when.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::app::components::page_tools::PageTools;
use crate::app::components::table_scroll::TableScroll;

use crate::app::components::page_meta::page_meta;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::programs::glossary_link::GlossaryTerm;
use super::programs::program_item::{rule_line, section_view, unverified_key, use_hash_focus};
use super::programs::{more_links, status_class};
use crate::app::i18n::{self, programs as t, use_lang, Lang};
use crate::app::links;
use crate::core::programs::{self as content, ProgramPage as Page, SectionKind, PROGRAMS};

#[component]
pub fn ProgramPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    use_hash_focus();
    move || {
        let lang = lang.get();
        let slug = params.read().get("slug").unwrap_or_default();
        match content::program(&slug) {
            Some(page) => program_view(page, lang),
            None => unknown_program(&slug, lang),
        }
    }
}

fn program_href(slug: &str, lang: Lang) -> String {
    links::href(&format!("/program/{slug}"), lang)
}

fn unknown_program(slug: &str, lang: Lang) -> AnyView {
    let title = t::UNKNOWN_PROGRAM_TITLE.get(lang);
    view! {
        {page_meta(title, t::DESC_PROGRAMS.get(lang).to_string(), &format!("/program/{slug}"), lang)}
        <h1>{title}</h1>
        <p>{t::unknown_program(lang, slug)}</p>
        <ul class="program-links">
            {PROGRAMS.iter().map(|p| view! {
                <li><A href=program_href(p.slug(), lang)>{p.code()} ": " {p.name.get(lang)}</A></li>
            }).collect_view()}
        </ul>
        <p><A href=links::href("/program", lang)>{t::PROGRAMS_TITLE.get(lang)}</A></p>
    }
    .into_any()
}

/// Who can join: one row per group of workers.
fn membership_table(page: &'static Page, name: &'static str, lang: Lang) -> AnyView {
    view! {
        <TableScroll label=name>
            <table class="membership">
                <thead>
                    <tr>
                        <th scope="col">{t::GROUP.get(lang)}</th>
                        <th scope="col">{t::STATUS_COL.get(lang)}</th>
                        <th scope="col">{t::NOTE_COL.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>
                    {page.membership.iter().map(|m| view! {
                        <tr>
                            <th scope="row"><GlossaryTerm term=m.segment.slug() text=m.segment.name().get(lang)/></th>
                            <td class=status_class(m.status)>{m.status.label().get(lang)}</td>
                            <td>
                                {m.note.map(|n| view! { <p class="member-note">{n.get(lang)}</p> })}
                                {m.rule.map(|r| rule_line(&r, lang))}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableScroll>
    }
    .into_any()
}

fn program_view(page: &'static Page, lang: Lang) -> AnyView {
    let slug = page.slug();
    let name = page.name.get(lang);
    // Each glossary term is linked at its first use; the programme itself is not.
    let mut linked: HashSet<&'static str> = [slug].into_iter().collect();
    let any_uncertain = page.sections.iter().any(|s| s.items.iter().any(|i| i.uncertain));
    let sections: Vec<AnyView> = page
        .sections
        .iter()
        .map(|s| {
            let extra = (s.kind == SectionKind::WhoCanJoin).then(|| membership_table(page, s.heading.get(lang), lang));
            section_view(s, lang, &mut linked, extra)
        })
        .collect();
    let others: Vec<&'static Page> = PROGRAMS.iter().filter(|p| p.program != page.program).collect();

    view! {
        {page_meta(format!("{} ({})", name, page.code()), page.summary.get(lang).to_string(), &format!("/program/{}", page.slug()), lang)}
        <nav class="breadcrumb" aria-label=t::BREADCRUMB.get(lang)>
            <ol>
                <li><A href=links::href("/program", lang)>{i18n::NAV_PROGRAMS.get(lang)}</A></li>
                <li aria-current="page">{page.code()}</li>
            </ol>
        </nav>
        <h1 class="program-title">
            <span class="program-code">{page.code()}</span>
            <span class="program-name">{name}</span>
        </h1>
        <p class="lead">{page.summary.get(lang)}</p>
        <PageTools lang=lang summary=format!("{} ({}): {}", name, page.code(), page.summary.get(lang))/>
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading" class="toc-heading">{t::ON_THIS_PAGE.get(lang)}</h2>
            <ol>
                {page.sections.iter().map(|s| view! {
                    <li><A href=format!("{}#{}", program_href(slug, lang), s.anchor)>{s.heading.get(lang)}</A></li>
                }).collect_view()}
            </ol>
        </nav>
        {any_uncertain.then(|| unverified_key(lang))}
        {sections}
        <nav class="other-programs" aria-labelledby="other-programs-heading">
            <h2 id="other-programs-heading">{t::OTHER_PROGRAMS.get(lang)}</h2>
            <ul class="program-links">
                {others.into_iter().map(|p| view! {
                    <li><A href=program_href(p.slug(), lang)>{p.code()} ": " {p.name.get(lang)}</A></li>
                }).collect_view()}
            </ul>
        </nav>
        {more_links(lang, Some(page.program))}
        <p class="hint not-advice">{t::NOT_ADVICE.get(lang)}</p>
    }
    .into_any()
}
