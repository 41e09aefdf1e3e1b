//! Pieces shared by the explainer pages and the checker: a rule with its
//! regulation and date, the "not verified" badge, the sources that reported
//! something, one statement with what changed and who reported it, and a
//! whole section of statements.

use std::collections::HashSet;

use leptos::prelude::*;

use super::glossary_link::linked_text;
use crate::app::clock::this_month;
use crate::app::i18n::{programs as t, Lang};
use crate::app::links;
use crate::core::benefits::fact_line_for;
use crate::core::date::PartialDate;
use crate::core::format;
use crate::core::programs::{ContentSource, Fact, Item, Rule, Section};
use crate::core::rules::{InForce, Source};

/// "PP 82/2019 (berlaku 2 Des 2019). Mengubah PP 44/2015." — the date is
/// shown as a plain year when that is all we know.
pub fn rule_text(rule: &Rule, lang: Lang) -> String {
    let when = match PartialDate::parse(rule.date) {
        Some(PartialDate { month: Some(_), .. }) => t::rule_date(lang, &format::date(rule.date, lang)),
        _ => format::date(rule.date, lang),
    };
    let mut s = format!("{} ({when}).", rule.regulation);
    if let Some(note) = rule.note {
        s.push(' ');
        s.push_str(note.get(lang));
    }
    s
}

/// "Aturan: PP 82/2019 (berlaku 2 Des 2019)." as a small line.
pub fn rule_line(rule: &Rule, lang: Lang) -> AnyView {
    view! {
        <p class="cite rule">
            <span class="cite-label">{t::RULE.get(lang)} ": "</span>
            {rule_text(rule, lang)}
        </p>
    }
    .into_any()
}

/// "Berlaku: Maret 2026 sampai Februari 2027".
pub fn in_force_line(in_force: &InForce, lang: Lang) -> AnyView {
    view! {
        <p class="cite in-force">
            <span class="cite-label">{t::IN_FORCE.get(lang)} ": "</span>
            {in_force.range_label(lang)}
        </p>
    }
    .into_any()
}

/// One source: "BPJS Ketenagakerjaan, “Title” (2026)", its title linked when
/// its URL is http(s) (the host is linked when there is no title). Text only:
/// nothing from a source is inserted as HTML.
fn source_view(s: &Source, lang: Lang) -> AnyView {
    let url = s.url.filter(|u| links::is_web_url(u));
    let date = s.published.map(|d| format!(" ({})", format::date(d, lang)));
    let title = s.title.map(|title| match url {
        Some(url) => view! { ", " <a href=url rel="noopener noreferrer">"“" {title} "”"</a> }.into_any(),
        None => view! { ", “" {title} "”" }.into_any(),
    });
    let bare_link = match (s.title, url) {
        (None, Some(url)) => {
            Some(view! { ", " <a href=url rel="noopener noreferrer">{format::url_host(url).to_string()}</a> })
        }
        _ => None,
    };
    view! { {s.publisher} {title} {bare_link} {date} }.into_any()
}

/// "Dilaporkan oleh: …" with the sources separated by semicolons.
fn reported_by_line(sources: Vec<AnyView>, lang: Lang) -> Option<AnyView> {
    if sources.is_empty() {
        return None;
    }
    let items = sources
        .into_iter()
        .enumerate()
        .map(|(i, s)| view! { {(i > 0).then_some("; ")} {s} })
        .collect_view();
    Some(
        view! {
            <p class="cite reported sources">
                <span class="cite-label">{t::REPORTED_BY.get(lang)} ": "</span>
                {items}
            </p>
        }
        .into_any(),
    )
}

/// "Dilaporkan oleh: BPJS Ketenagakerjaan, “Title” (2026); Mondaq, …" for a
/// dated rule's sources, each title linked when its URL is http(s).
pub fn sources_line(sources: &'static [Source], lang: Lang) -> Option<AnyView> {
    reported_by_line(sources.iter().map(|s| source_view(s, lang)).collect(), lang)
}

/// The same line for the sources of a page item or a glossary entry.
pub fn content_sources_line(sources: &[&'static ContentSource], lang: Lang) -> Option<AnyView> {
    reported_by_line(sources.iter().map(|s| source_view(&s.source, lang)).collect(), lang)
}

/// A dated amount for the reader's month, from the core's dated rules.
pub fn fact_view(fact: Fact, lang: Lang) -> AnyView {
    let f = fact_line_for(fact, this_month(), lang);
    view! {
        <div class="fact">
            <p class="fact-text">
                <span class="cite-label">{t::NOW_FOR_MONTH.get(lang)} ": "</span>
                {f.text}
                {(!f.verified).then(|| view! { " " {unverified_badge(lang)} })}
            </p>
            {rule_line(&f.rule, lang)}
            {in_force_line(&f.in_force, lang)}
            {sources_line(f.sources, lang)}
        </div>
    }
    .into_any()
}

/// The "belum terverifikasi / not verified" mark.
pub fn unverified_badge(lang: Lang) -> AnyView {
    view! { <span class="badge unverified">{t::UNVERIFIED.get(lang)}</span> }.into_any()
}

/// A one-line key to the badge, shown once on pages that use it.
pub fn unverified_key(lang: Lang) -> AnyView {
    view! {
        <p class="unverified-key">{unverified_badge(lang)} " " {t::UNVERIFIED_EXPLAIN.get(lang)}</p>
    }
    .into_any()
}

/// One statement: its text (glossary terms linked), what changed, its rule and sources.
pub fn item_view(item: &Item, lang: Lang, linked: &mut HashSet<&'static str>) -> AnyView {
    let text = linked_text(item.text.get(lang), lang, linked);
    let before = item.before.map(|b| b.get(lang).to_string());
    let rule = item.rule;
    let sources = item.sources;
    let uncertain = item.uncertain;
    let fact = item.fact;
    view! {
        <li class="item" class:uncertain=uncertain>
            <p class="item-text">
                {text}
                {uncertain.then(|| view! { " " {unverified_badge(lang)} })}
            </p>
            {before.map(|b| view! {
                <p class="item-changed"><span class="changed-label">{t::CHANGED.get(lang)} ": "</span>{b}</p>
            })}
            {rule.map(|r| rule_line(&r, lang))}
            {content_sources_line(sources, lang)}
            {fact.map(|f| fact_view(f, lang))}
        </li>
    }
    .into_any()
}

/// A section: heading (with its stable anchor as id), optional extra content
/// above the statements, then the statements as a list.
pub fn section_view(
    section: &Section,
    lang: Lang,
    linked: &mut HashSet<&'static str>,
    extra: Option<AnyView>,
) -> AnyView {
    let heading_id = format!("{}-heading", section.anchor);
    let labelledby = heading_id.clone();
    let items: Vec<AnyView> = section.items.iter().map(|i| item_view(i, lang, linked)).collect();
    view! {
        <section id=section.anchor class="prog-section" aria-labelledby=labelledby tabindex="-1">
            <h2 id=heading_id>{section.heading.get(lang)}</h2>
            {extra}
            {(!items.is_empty()).then(|| view! { <ul class="items">{items}</ul> })}
        </section>
    }
    .into_any()
}

/// Scrolls to and focuses the element named by the URL's `#fragment`, after
/// the page has rendered: on arrival (`/glosarium#pu`) and on in-page links.
pub fn use_hash_focus() {
    use leptos_router::hooks::use_location;
    let location = use_location();
    Effect::new(move |_| {
        let id = location.hash.get().trim_start_matches('#').to_string();
        if id.is_empty() {
            return;
        }
        request_animation_frame(move || crate::app::browser::scroll_to_and_focus(&id));
    });
}
