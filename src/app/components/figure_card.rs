//! One published figure with everything needed to read it honestly: value,
//! period, caveats in plain words, the numbers behind a percentage, and its source.

use leptos::prelude::*;

use crate::app::components::glossary_link::{funding_slug, segment_slug, GlossaryTerm};
use crate::app::i18n::{self, Lang};
use crate::app::links;
use crate::core::caveat::caveats;
use crate::core::dataset::{Figure, Segment};
use crate::core::format;
use crate::core::index::DataIndex;

#[component]
pub fn FigureCard(figure: Figure, index: std::sync::Arc<DataIndex>, lang: Lang) -> impl IntoView {
    let f = figure;
    let label = index
        .indicator(&f.indicator)
        .map(|i| i.label.get(lang).to_string())
        .unwrap_or_else(|| f.indicator.clone());
    let marks = caveats(&f, &index);
    let segment = (f.segment != Segment::All).then(|| {
        let name = i18n::segment_name(lang, f.segment);
        match segment_slug(f.segment) {
            Some(slug) => view! { <GlossaryTerm term=slug text=name/> }.into_any(),
            None => name.into_any(),
        }
    });
    let behind = match (f.numerator, f.denominator) {
        (Some(n), Some(d)) => Some(format!(
            "{} {} {} {}",
            i18n::NUMBERS_BEHIND.get(lang),
            format::integer(n, lang),
            i18n::OF.get(lang),
            format::integer(d, lang)
        )),
        _ => None,
    };
    let funding = f.funding.map(|x| {
        let name = i18n::funding_name(lang, x);
        let term = match funding_slug(x) {
            Some(slug) => view! { <GlossaryTerm term=slug text=name/> }.into_any(),
            None => name.into_any(),
        };
        view! { {i18n::FUNDED_BY.get(lang)} ": " {term} }
    });
    let program = f
        .program
        .map(|p| format!("{}: {}", i18n::PROGRAM.get(lang), i18n::program_name(lang, p)));
    let note = f
        .note
        .as_ref()
        .map(|n| n.get(lang).to_string())
        .filter(|s| !s.is_empty());
    let source = index.source(&f.source).cloned();

    view! {
        <article class="figure" data-figure-id=f.id.clone()>
            <h3 class="figure-label">
                {label}
                {segment.map(|s| view! { <span class="segment">{s}</span> })}
            </h3>
            <p class="figure-value">{format::figure_value(&f, lang)}</p>
            <p class="figure-asof">{i18n::AS_OF.get(lang)} " " {format::as_of(&f.as_of, lang)}</p>
            {(!marks.is_empty()).then(|| view! {
                <ul class="caveats" aria-label=i18n::CAVEATS_LABEL.get(lang)>
                    {marks.iter().map(|c| view! {
                        <li><span class="badge">{c.label(lang)}</span> " " {c.explain(lang)}</li>
                    }).collect_view()}
                </ul>
            })}
            {behind.map(|b| view! { <p class="figure-behind">{b}</p> })}
            {funding.map(|x| view! { <p class="figure-meta">{x}</p> })}
            {program.map(|x| view! { <p class="figure-meta">{x}</p> })}
            {note.map(|n| view! { <p class="figure-note">{n}</p> })}
            <SourceLine source=source lang=lang/>
        </article>
    }
}

/// "Sumber: <title or URL> — ANTARA, terbit 3 Sep 2024". Only http(s) URLs become links.
#[component]
pub fn SourceLine(source: Option<crate::core::dataset::Source>, lang: Lang) -> impl IntoView {
    let Some(s) = source else {
        return view! { <p class="figure-source">{i18n::SOURCE.get(lang)} ": ?"</p> }.into_any();
    };
    let date = i18n::published_on(lang, s.published.as_deref());
    let link = s.url.clone().filter(|u| links::is_web_url(u));
    // A title when the source has one; otherwise the site's name, not a long raw URL.
    let link_text = s
        .title
        .clone()
        .or_else(|| {
            link.as_deref()
                .map(|u| format!("{} ({})", format::url_host(u), i18n::LINK_TO_SOURCE.get(lang)))
        })
        .unwrap_or_default();
    view! {
        <p class="figure-source">
            {i18n::SOURCE.get(lang)} ": "
            {match link {
                Some(url) => view! {
                    <a href=url rel="noopener noreferrer nofollow external" class="source-link">{link_text}</a>
                    " — "
                }.into_any(),
                None => view! { <span class="no-link">"(" {i18n::NO_LINK.get(lang)} ") "</span> }.into_any(),
            }}
            <span class="publisher">{s.publisher.clone()}</span>
            ", " {date}
        </p>
    }
    .into_any()
}
