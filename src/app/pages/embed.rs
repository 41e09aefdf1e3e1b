//! Embeddable views for other sites (`<iframe>`): `/sematkan/wilayah/<code>`
//! (a region's figures) and `/sematkan/bandingkan?w=…&i=…` (a comparison
//! chart). Only the figures, each with its period, marks and source, then a
//! footer listing the sources in full, the dataset's date and a link back.
//! No header, navigation or footer of ours (components/layout.rs).
//!
//! A region's embed is pre-rendered for every region and served without the
//! app (no script at all: `prerender::Page::is_static`); a comparison needs the
//! app to read its query.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::app::components::data_gate::with_data;
use crate::app::components::figure_bits::figure_bits;
use crate::app::components::page_meta::{page_meta, page_meta_as_is};
use crate::app::components::region_context::region_context;
use crate::app::components::table_scroll::TableScroll;
use crate::app::data::{use_data, Data};
use crate::app::i18n::share as ts;
use crate::app::i18n::{self, compare as t, use_lang, Lang};
use crate::app::links;
use crate::app::pages::compare::chart_body;
use crate::core::compare::{self, Cell, CompareState, CompareTable};
use crate::core::dataset::Figure;
use crate::core::format;
use crate::core::index::DataIndex;

#[component]
pub fn EmbedRegionPage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let params = use_params_map();
    move || {
        let lang = lang.get();
        let code = params.read().get("code").unwrap_or_default();
        with_data(data, lang, move |d| region_embed(&d, &code, lang))
    }
}

fn region_embed(d: &Data, code: &str, lang: Lang) -> AnyView {
    let ix = &d.index;
    let path = format!("/sematkan/wilayah/{code}");
    let Some(region) = ix.region(code).cloned() else {
        return view! {
            {page_meta(i18n::NOT_FOUND_TITLE.get(lang), i18n::DESC_NOT_FOUND.get(lang).to_string(), &path, lang)}
            <h1 class="embed-title">{i18n::NOT_FOUND_TITLE.get(lang)}</h1>
            <p>{i18n::unknown_region(lang, code)}</p>
            {back_link(&links::canonical("/wilayah", lang), lang)}
        }
        .into_any();
    };
    let table = compare::table(ix, std::slice::from_ref(&region.code));
    let figures = table.figures();
    let rows = figure_rows(&table, lang);
    let has_rows = !table.rows.is_empty();
    view! {
        {page_meta_as_is(
            ts::embed_title(lang, &region.name),
            crate::core::compare::region_summary(ix, &region.code, lang),
            &path,
            lang,
        )}
        <h1 class="embed-title">{region.name.clone()}</h1>
        <p class="embed-context">{region_context(ix, &region, lang)}</p>
        {if has_rows {
            view! {
                <TableScroll label=t::TABLE_CAPTION.get(lang)>
                    <table class="embed-table">
                        <thead><tr>
                            <th scope="col">{t::COL_INDICATOR.get(lang)}</th>
                            <th scope="col">{t::COL_VALUE.get(lang)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableScroll>
            }
            .into_any()
        } else {
            view! { <p class="no-figures">{i18n::NO_FIGURES.get(lang)}</p> }.into_any()
        }}
        {embed_footer(d, &figures, &links::canonical(&format!("/wilayah/{}", region.code), lang), lang)}
    }
    .into_any()
}

#[component]
pub fn EmbedComparePage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let query = use_query_map();
    move || {
        let lang = lang.get();
        let qs = query.with(|q| q.to_query_string());
        with_data(data, lang, move |d| compare_embed(&d, qs.trim_start_matches('?'), lang))
    }
}

fn compare_embed(d: &Data, qs: &str, lang: Lang) -> AnyView {
    let ix = &d.index;
    let (st, _) = CompareState::from_query(qs, ix);
    let q = st.to_query();
    let full = links::canonical(
        &if q.is_empty() {
            "/bandingkan".to_string()
        } else {
            format!("/bandingkan?{q}")
        },
        lang,
    );
    let names: Vec<String> = st
        .regions
        .iter()
        .filter_map(|c| ix.region(c))
        .map(|r| r.name.clone())
        .collect();
    let indicator = st.charted_indicator(&compare::table(ix, &st.regions));
    let chart = indicator
        .as_deref()
        .and_then(|i| compare::chart(ix, &st.regions, i, None));
    let meta = page_meta_as_is(
        ts::embed_title(lang, &names.join(", ")),
        i18n::desc_compare(lang),
        "/sematkan/bandingkan",
        lang,
    );
    match chart {
        Some(c) if !names.is_empty() => {
            let figures = c.figures();
            view! {
                {meta}
                <h1 class="embed-title">{names.join(" · ")}</h1>
                <section class="compare-chart">{chart_body(c, lang)}</section>
                {embed_footer(d, &figures, &full, lang)}
            }
            .into_any()
        }
        _ => view! {
            {meta}
            <h1 class="embed-title">{t::COMPARE_TITLE.get(lang)}</h1>
            <p class="no-figures">{t::TABLE_EMPTY.get(lang)}</p>
            {back_link(&full, lang)}
        }
        .into_any(),
    }
}

/// A row per indicator of a one-region table: its headline figure (with
/// any same-period conflict and the first branch figure), and how many
/// older or other figures stay on the full page.
fn figure_rows(table: &CompareTable, lang: Lang) -> impl IntoView {
    table
        .rows
        .iter()
        .filter_map(|row| match row.cells.first() {
            Some(Cell::Figures(c)) => Some((row.indicator.label.get(lang).to_string(), c.clone())),
            _ => None,
        })
        .map(|(label, c)| {
            let shown = c.headline.iter().chain(c.conflicting.iter()).chain(c.branch.iter().map(|b| &b.view).take(1));
            let more = (!c.others.is_empty()).then(|| view! { <p class="cell-sub">{t::more_figures(lang, c.others.len())}</p> });
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>
                        {shown.map(|v| view! { <div class="embed-figure">{figure_bits(v, lang, true)}</div> }).collect_view()}
                        {more}
                    </td>
                </tr>
            }
        })
        .collect_view()
}

/// Every source of `figures`, written out in full (publisher, title, date,
/// URL), the dataset's date and the link back to the full page.
fn embed_footer(d: &Data, figures: &[Figure], full_page: &str, lang: Lang) -> impl IntoView {
    let ix: &DataIndex = &d.index;
    let ids: BTreeSet<&str> = figures.iter().map(|f| f.source.as_str()).collect();
    let sources = ids
        .into_iter()
        .filter_map(|id| ix.source(id))
        .map(|s| {
            let date = i18n::published_on(lang, s.published.as_deref());
            let url = s.url.clone().filter(|u| links::is_web_url(u));
            view! {
                <li>
                    <span class="publisher">{s.publisher.clone()}</span>
                    {s.title.clone().map(|t| view! { ", “" {t} "”" })}
                    ", " {date}
                    {url.map(|u| view! { ". " <a href=u.clone() rel="noopener noreferrer nofollow external" class="source-url">{u.clone()}</a> })}
                </li>
            }
        })
        .collect_view();
    let published = format::date(&d.index.dataset.meta.published, lang);
    view! {
        <footer class="embed-footer">
            <h2>{ts::EMBED_SOURCES.get(lang)}</h2>
            <ul class="embed-sources">{sources}</ul>
            <p>{ts::data_as_of(lang, &published)}</p>
            {back_link(full_page, lang)}
        </footer>
    }
}

/// The link back to the full page, opening outside the host's frame.
fn back_link(href: &str, lang: Lang) -> impl IntoView {
    view! {
        <p class="embed-back">
            <a href=href.to_string() target="_blank" rel="noopener">{ts::EMBED_FULL_PAGE.get(lang)}</a>
        </p>
    }
}
