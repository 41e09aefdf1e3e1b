//! The small pieces a figure is shown with in tables and lists (the compare
//! view, the ranking, embeds): its caveat marks, its source, its period, and
//! the four together in a table cell.

use leptos::prelude::*;

use crate::app::i18n::{self, Lang};
use crate::app::links;
use crate::core::compare::FigureView;
use crate::core::dataset::Segment;
use crate::core::format;

/// Caveat badges for a figure.
pub fn badges(v: &FigureView, lang: Lang) -> AnyView {
    if v.caveats.is_empty() {
        return ().into_any();
    }
    view! {
        <ul class="marks" aria-label=i18n::CAVEATS_LABEL.get(lang)>
            {v.caveats.iter().map(|c| view! { <li class="badge">{c.label(lang)}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// "Sumber: ANTARA, 5 Des 2023", the publisher linked when the URL is http(s).
pub fn source_bit(v: &FigureView, lang: Lang) -> AnyView {
    let Some(s) = v.source.clone() else {
        return ().into_any();
    };
    let date = i18n::published_on(lang, s.published.as_deref());
    let title = s.title.clone().unwrap_or_default();
    let publisher = s.publisher.clone();
    let link = s.url.clone().filter(|u| links::is_web_url(u));
    view! {
        <span class="src">
            {match link {
                Some(url) => view! {
                    <a href=url rel="noopener noreferrer nofollow external" class="source-link" title=title>{publisher}</a>
                }.into_any(),
                None => view! { <span class="publisher">{publisher}</span> }.into_any(),
            }}
            ", " {date}
        </span>
    }
    .into_any()
}

/// Per + period (+ the workers counted when not all).
pub fn as_of_text(v: &FigureView, lang: Lang) -> String {
    let f = &v.figure;
    let mut s = format!("{} {}", i18n::AS_OF.get(lang), format::as_of(&f.as_of, lang));
    if f.segment != Segment::All {
        s.push_str(" · ");
        s.push_str(i18n::segment_name(lang, f.segment));
    }
    s
}

/// A figure in a table cell or list: value, period, marks, source.
pub fn figure_bits(v: &FigureView, lang: Lang, headline: bool) -> AnyView {
    view! {
        <p class="cell-value" class:minor=!headline>{format::figure_value(&v.figure, lang)}</p>
        <p class="cell-asof">{as_of_text(v, lang)}</p>
        {badges(v, lang)}
        <p class="cell-source">{i18n::SOURCE.get(lang)} ": " {source_bit(v, lang)}</p>
    }
    .into_any()
}
