//! `/program`: the five programmes at a glance, who joins which, and the way
//! on to the checker, the regional government's role and the glossary.

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta;
use crate::app::components::table_scroll::TableScroll;
use leptos_router::components::A;

// The other programme pages reach the shared components through here.
pub(crate) use crate::app::components::{glossary_link, program_item};

use crate::app::i18n::{programs as t, use_lang, Lang};
use crate::app::links;
use crate::core::programs::{MemberGroup, Participation, Program, PROGRAMS};
use glossary_link::GlossaryTerm;

#[component]
pub fn ProgramsPage() -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        view! {
            {page_meta(t::PROGRAMS_TITLE.get(lang), t::DESC_PROGRAMS.get(lang).to_string(), "/program", lang)}
            <h1>{t::PROGRAMS_TITLE.get(lang)}</h1>
            <p class="lead">{t::PROGRAMS_INTRO.get(lang)}</p>
            <ul class="program-list">
                {PROGRAMS.iter().map(|p| view! {
                    <li class="program-card">
                        <h2>
                            <A href=links::href(&format!("/program/{}", p.slug()), lang)>
                                <span class="program-code">{p.code()}</span>
                                <span class="program-name">{p.name.get(lang)}</span>
                            </A>
                        </h2>
                        <p>{p.summary.get(lang)}</p>
                    </li>
                }).collect_view()}
            </ul>
            {membership_matrix(lang)}
            {more_links(lang, None)}
            <p class="hint not-advice">{t::NOT_ADVICE.get(lang)}</p>
        }
    }
}

pub fn status_class(s: Participation) -> &'static str {
    match s {
        Participation::Required => "status required",
        Participation::Optional => "status optional",
        Participation::Depends => "status depends",
        Participation::NotIncluded => "status not-included",
    }
}

/// Programmes down, groups of workers across; each cell says whether that group joins.
fn membership_matrix(lang: Lang) -> impl IntoView {
    view! {
        <section aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t::WHO_JOINS_WHAT.get(lang)}</h2>
            <TableScroll labelledby="matrix-heading">
                <table class="membership-matrix">
                    <thead>
                        <tr>
                            <th scope="col"><span>{t::COL_PROGRAM.get(lang)}</span></th>
                            {MemberGroup::ALL.iter().map(|s| view! {
                                <th scope="col"><GlossaryTerm term=s.slug() text=s.code()/></th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {Program::ALL.iter().map(|p| {
                            let page = p.page();
                            view! {
                                <tr>
                                    <th scope="row">
                                        <A href=links::href(&format!("/program/{}", p.slug()), lang)>{p.code()}</A>
                                    </th>
                                    {MemberGroup::ALL.iter().map(|s| {
                                        let status = page.membership_of(*s).map(|m| m.status);
                                        match status {
                                            Some(st) => view! { <td class=status_class(st)>{st.label().get(lang)}</td> }.into_any(),
                                            None => view! { <td class="missing">"–"</td> }.into_any(),
                                        }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroll>
            <ul class="segment-key">
                {MemberGroup::ALL.iter().map(|s| view! {
                    <li><GlossaryTerm term=s.slug() text=s.code()/> " = " {s.name().get(lang)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Links to the rest of the section: checker, regional role, glossary, and
/// (on a programme page) the other programmes.
pub fn more_links(lang: Lang, current: Option<Program>) -> impl IntoView {
    view! {
        <aside class="more-links" aria-labelledby="more-heading">
            <h2 id="more-heading">{t::MORE_HEADING.get(lang)}</h2>
            <ul>
                <li>
                    <A href=links::href("/cek", lang) attr:class="more-link checker-link">{t::CHECKER_CALL.get(lang)}</A>
                    <span class="more-text">{t::CHECKER_CALL_TEXT.get(lang)}</span>
                </li>
                {current.map(|_| view! {
                    <li>
                        <A href=links::href("/program", lang) attr:class="more-link">{t::PROGRAMS_TITLE.get(lang)}</A>
                    </li>
                })}
                <li>
                    <A href=links::href("/peran-pemda", lang) attr:class="more-link">
                        {crate::core::programs::REGIONAL_ROLE.title.get(lang)}
                    </A>
                    <span class="more-text">{t::ROLE_CALL_TEXT.get(lang)}</span>
                </li>
                <li>
                    <A href=links::href("/glosarium", lang) attr:class="more-link">{t::GLOSSARY_TITLE.get(lang)}</A>
                    <span class="more-text">{t::GLOSSARY_CALL_TEXT.get(lang)}</span>
                </li>
            </ul>
        </aside>
    }
}
