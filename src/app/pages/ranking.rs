//! The ranking view at `/peringkat?i=coverage_rate&prov=73&kind=kabkota&sort=value&dir=desc`:
//! every region of the chosen kind (and province) that has the indicator,
//! ranked honestly by `core::rank` (ties and "about" values share a rank,
//! bounds and other bases are set apart), then the regions without a figure,
//! never as zero. Province and national figures appear as reference rows and
//! as ticks on every bar. State lives in the URL only.
//!
//! Benchmark marker: `#ranking-results[data-rendered]` appears once the
//! ranking for the current URL is in the DOM; its value is the state's query
//! ("i=coverage_rate&kind=kabkota") and `data-ranked` the number of ranked rows.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::page_tools::PageTools;
use crate::app::components::table_scroll::TableScroll;
use crate::app::components::url_notice::url_notice;

use crate::app::components::needs_app::needs_app;
use crate::app::components::page_meta::page_meta;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::components::bar_chart::{mini_bar, scale_max};
use crate::app::components::data_gate::with_data;
use crate::app::components::figure_bits::{as_of_text, badges, source_bit};
use crate::app::components::region_context::region_context;
use crate::app::components::select_field::{SelectField, SelectOption};
use crate::app::components::share_tools::ShareTools;
use crate::app::data::{use_data, Data};
use crate::app::i18n::{self, compare as t, use_lang, Lang};
use crate::app::links;
use crate::core::compare::Bar;
use crate::core::dataset::{Indicator, RegionKind, Segment, Unit};
use crate::core::format;
use crate::core::index::DataIndex;
use crate::core::rank::{rank, KindFilter, RankIssue, RankLine, RankRow, RankState, Ranking, Tie, SORT_CHOICES};

/// More missing regions than this fold behind a "show" toggle.
const MISSING_FOLD: usize = 30;

fn kind_label(k: KindFilter, lang: Lang) -> &'static str {
    match k {
        KindFilter::Provinsi => t::KIND_PROVINCES.get(lang),
        KindFilter::KabKota => t::KIND_KABKOTA.get(lang),
        KindFilter::Kabupaten => t::KIND_KABUPATEN.get(lang),
        KindFilter::Kota => t::KIND_KOTA.get(lang),
    }
}

fn sort_label(key: &str, lang: Lang) -> &'static str {
    match key {
        "value-asc" => t::SORT_VALUE_ASC.get(lang),
        "name-asc" => t::SORT_NAME_ASC.get(lang),
        "name-desc" => t::SORT_NAME_DESC.get(lang),
        _ => t::SORT_VALUE_DESC.get(lang),
    }
}

#[component]
pub fn RankingPage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let query = use_query_map();
    let nav = StoredValue::new_local(use_navigate());

    // The state for this URL, and what in the URL could not be used.
    let checked = Memo::new(move |_| {
        let (st, mut issues) = RankState::parse(&query.with(|q| q.to_query_string()));
        match data.ready() {
            Some(d) => {
                let (st, more) = st.checked(&d.index);
                issues.extend(more);
                (st, issues)
            }
            None => (st, issues),
        }
    });
    let state = Memo::new(move |_| checked.with(|(st, _)| st.clone()));
    let issues = Memo::new(move |_| checked.with(|(_, issues)| issues.clone()));
    let go = Callback::new(move |st: RankState| {
        let path = links::href(&format!("/peringkat?{}", st.to_query()), lang.get_untracked());
        nav.with_value(|n| n(&path, links::nav_options(false)));
    });

    view! {
        {move || page_meta(t::RANK_TITLE.get(lang.get()), i18n::DESC_RANK.get(lang.get()).to_string(), "/peringkat", lang.get())}
        <div class="ranking-page">
            <h1>{move || t::RANK_TITLE.get(lang.get())}</h1>
            <p class="lead">{move || t::RANK_INTRO.get(lang.get())}</p>
            {move || {
                let l = lang.get();
                with_data(data, l, move |d| page_body(d, state, issues, go, l))
            }}
        </div>
    }
}

fn page_body(
    d: Data,
    state: Memo<RankState>,
    issues: Memo<Vec<RankIssue>>,
    go: Callback<RankState>,
    lang: Lang,
) -> AnyView {
    let ix = d.index.clone();
    let ranking = {
        let ix = ix.clone();
        Memo::new(move |_| rank(&ix, &state.get()))
    };
    let summary = move || ranking.with(|r| t::rank_summary(lang, r.rows.len(), r.separated.len(), r.missing.len()));
    let controls = controls_view(&ix, state, go, lang);
    let results = move || ranking.with(|r| results_view(&ix, &state.get(), r, lang));
    let share_line = move || format!("{} · {}", t::RANK_TITLE.get(lang), summary());
    let issues = move || url_notice(issues.with(|issues| issues.iter().map(|i| t::rank_issue(lang, i)).collect()));
    view! {
        <PageTools lang=lang summary=Signal::derive(share_line)/>
        {issues}
        {controls}
        <p class="rank-summary" role="status" aria-live="polite">{summary}</p>
        {results}
    }
    .into_any()
}

/// The filters and order: each change is a new URL.
fn controls_view(ix: &DataIndex, state: Memo<RankState>, go: Callback<RankState>, lang: Lang) -> impl IntoView {
    let indicators = ix.indicators_in_use().into_iter().map(|i| {
        let id = i.id.clone();
        choice(state, i.id.clone(), i.label.get(lang).to_string(), move |s| {
            s.indicator == id
        })
    });
    let segments = ix.segments_in_use().into_iter().map(|seg| {
        let label = i18n::segment_name(lang, seg).to_string();
        choice(state, seg.key(), label, move |s| s.segment == seg)
    });
    let all_provinces = choice(state, String::new(), t::ALL_PROVINCES.get(lang).to_string(), |s| {
        s.province.is_none()
    });
    let provinces = ix.provinces_by_name().into_iter().map(|r| {
        let code = r.code.clone();
        let current = move |s: &RankState| s.province.as_deref() == Some(code.as_str());
        choice(state, r.code.clone(), r.name.clone(), current)
    });
    let kinds = KindFilter::ALL.into_iter().map(|k| {
        let label = kind_label(k, lang).to_string();
        choice(state, k.param().to_string(), label, move |s| s.kind_or_default() == k)
    });
    let orders = SORT_CHOICES.into_iter().map(|(key, _, _)| {
        let label = sort_label(key, lang).to_string();
        choice(state, key.to_string(), label, move |s| s.sort_key() == key)
    });
    // A change: the state with the new value, as the next URL.
    let change = move |set: fn(&mut RankState, String)| {
        Callback::new(move |value: String| {
            let mut st = state.get_untracked();
            set(&mut st, value);
            go.run(st);
        })
    };
    view! {
        <form class="rank-controls" aria-label=t::RANK_CONTROLS.get(lang) on:submit=|ev| ev.prevent_default()>
            <SelectField
                id="rank-indicator"
                label=t::INDICATOR_LABEL.get(lang)
                options=indicators.collect()
                on_change=change(|st, v| st.indicator = v)
            />
            <SelectField
                id="rank-segment"
                label=t::SEGMENT_LABEL.get(lang)
                options=segments.collect()
                on_change=change(|st, v| st.segment = Segment::from_key(&v).unwrap_or(Segment::All))
            />
            <SelectField
                id="rank-province"
                label=t::PROVINCE_LABEL.get(lang)
                options=std::iter::once(all_provinces).chain(provinces).collect()
                on_change=change(|st, v| st.set_province((!v.is_empty()).then_some(v)))
            />
            <SelectField
                id="rank-kind"
                label=t::KIND_LABEL.get(lang)
                options=kinds.collect()
                on_change=change(|st, v| st.kind = KindFilter::parse(&v))
            />
            <SelectField
                id="rank-sort"
                label=t::SORT_LABEL.get(lang)
                options=orders.collect()
                on_change=change(|st, v| st.set_sort_key(&v))
            />
        </form>
        {needs_app(t::FILTERS_NEED_APP, None, lang)}
    }
}

/// An option of a control, current while the ranking's state says so.
fn choice(
    state: Memo<RankState>,
    value: String,
    label: String,
    current: impl Fn(&RankState) -> bool + Send + Sync + 'static,
) -> SelectOption {
    SelectOption {
        value,
        label,
        current: Signal::derive(move || state.with(|s| current(s))),
    }
}

fn results_view(ix: &Arc<DataIndex>, st: &RankState, r: &Ranking, lang: Lang) -> AnyView {
    let key = st.to_query();
    let Some(ind) = r.indicator.as_ref() else {
        return view! {
            <div id="ranking-results" data-rendered=key data-ranked="0"><p class="notice">{t::NO_RANKED.get(lang)}</p></div>
        }
        .into_any();
    };
    let subtitle = r.reference.as_ref().map(|k| t::compared_on(lang, &k.describe(lang)));
    let table = if r.rows.is_empty() {
        view! { <p class="notice">{t::NO_RANKED.get(lang)}</p> }.into_any()
    } else {
        ranked_table(ix, st, r, ind, lang)
    };
    let file_name = format!(
        "cakupan-peringkat-{}{}.csv",
        ind.id,
        r.province.as_ref().map(|p| format!("-{}", p.code)).unwrap_or_default()
    );
    view! {
        <div id="ranking-results" class="ranking-results" data-rendered=key data-ranked=r.rows.len().to_string()>
            {subtitle.map(|s| view! { <p class="chart-subtitle">{s}</p> })}
            {table}
            {compare_top_link(r, lang)}
            {crate::app::pages::map::ranking_map_link(&st.indicator, st.province.as_deref(), lang)}
            {(!r.separated.is_empty()).then(|| separated_section(r, lang))}
            {(!r.missing.is_empty()).then(|| missing_section(r, lang))}
            <ShareTools figures=r.figures() index=ix.clone() lang=lang file_name=file_name id_prefix="rank-share"/>
        </div>
    }
    .into_any()
}

/// The ranked regions with the reference figures among them, each with a
/// bar on one scale and the reference values as ticks.
fn ranked_table(ix: &DataIndex, st: &RankState, r: &Ranking, ind: &Indicator, lang: Lang) -> AnyView {
    let values = r.rows.iter().map(|x| x.bar.value());
    let max = scale_max(
        values.chain(r.reference_lines.iter().map(|b| b.value())),
        ind.unit == Unit::Percent,
    );
    let ticks: Vec<f64> = r.reference_lines.iter().map(|b| b.value()).collect();
    let province = r.province.as_ref().map(|p| p.name.clone());
    let scope = format!(
        "{}, {}",
        province.unwrap_or_else(|| t::ALL_PROVINCES.get(lang).to_string()),
        kind_label(st.kind_or_default(), lang).to_lowercase()
    );
    let caption = t::rank_caption(lang, ind.label.get(lang), &scope);
    let body = r
        .lines(st)
        .into_iter()
        .map(|line| match line {
            RankLine::Ranked(row) => ranked_row(ix, row, max, &ticks, r.province.is_some(), lang),
            RankLine::Reference(bar) => reference_row(bar, max, &ticks, lang),
        })
        .collect_view();
    view! {
        <TableScroll labelledby="ranking-caption">
            <table class="rank-table">
                <caption id="ranking-caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num rank-col">
                            <span aria-hidden="true">"#"</span>
                            <span class="visually-hidden">{t::COL_RANK.get(lang)}</span>
                        </th>
                        <th scope="col">{t::COL_REGION.get(lang)}</th>
                        <th scope="col" class="num value-col">{t::COL_VALUE.get(lang)}</th>
                        <th scope="col">{t::COL_AS_OF.get(lang)}</th>
                        <th scope="col">{t::COL_SOURCE.get(lang)}</th>
                        <th scope="col">{t::COL_NOTES.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
        {(!r.reference_lines.is_empty()).then(|| view! { <p class="hint">{t::REFERENCE_KEY.get(lang)}</p> })}
    }
    .into_any()
}

/// "Compare the top N": the top of the ranking opened in the compare view.
fn compare_top_link(r: &Ranking, lang: Lang) -> Option<AnyView> {
    let top = r.top_as_comparison()?;
    let n = top.regions.len();
    let href = links::href(&format!("/bandingkan?{}", top.to_query()), lang);
    Some(
        view! {
            <p class="compare-top">
                <A href=href>{t::compare_top(lang, n)}</A>
            </p>
        }
        .into_any(),
    )
}

/// Regions with a figure that cannot be ranked with the others, each with the reason.
fn separated_section(r: &Ranking, lang: Lang) -> AnyView {
    let rows = r
        .separated
        .iter()
        .map(|(b, reason)| {
            let name = b.region.name.clone();
            view! {
                <tr data-code=b.region.code.clone()>
                    <th scope="row"><A href=links::region(&b.region.code, lang)>{name}</A></th>
                    <td class="num">{format::figure_value(&b.view.figure, lang)} {badges(&b.view, lang)}</td>
                    <td>{as_of_text(&b.view, lang)}</td>
                    <td>{source_bit(&b.view, lang)}</td>
                    <td class="reason">{reason.message(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="rank-separated" aria-labelledby="rank-separated-heading">
            <h2 id="rank-separated-heading">{t::separated_heading(lang, r.separated.len())}</h2>
            <p class="hint">{t::SEPARATED_INTRO.get(lang)}</p>
            <TableScroll labelledby="rank-separated-heading">
                <table class="rank-table separated-table">
                    <thead>
                        <tr>
                            <th scope="col">{t::COL_REGION.get(lang)}</th>
                            <th scope="col" class="num">{t::COL_VALUE.get(lang)}</th>
                            <th scope="col">{t::COL_AS_OF.get(lang)}</th>
                            <th scope="col">{t::COL_SOURCE.get(lang)}</th>
                            <th scope="col">{t::COL_REASON.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
        </section>
    }
    .into_any()
}

/// Regions without a figure, never as zero; a long list folds away.
fn missing_section(r: &Ranking, lang: Lang) -> AnyView {
    let n = r.missing.len();
    let list = view! {
        <ul class="region-grid missing-list">
            {r.missing.iter().map(|m| {
                let name = m.name.clone();
                view! {
                    <li data-code=m.code.clone()>
                        <A href=links::region(&m.code, lang)>{name}</A>
                        " " <span class="no-data">{t::NO_DATA.get(lang)}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    };
    view! {
        <section class="rank-missing" aria-labelledby="rank-missing-heading">
            <h2 id="rank-missing-heading">{t::missing_heading(lang, n)}</h2>
            <p class="hint">{t::MISSING_NOTE.get(lang)}</p>
            {if n > MISSING_FOLD {
                view! { <details><summary>{t::show_missing(lang, n)}</summary>{list}</details> }.into_any()
            } else {
                list.into_any()
            }}
        </section>
    }
    .into_any()
}

fn rank_cell(row: &RankRow, lang: Lang) -> AnyView {
    let (mark, sr) = match row.tie {
        Tie::None => ("", None),
        Tie::Equal => ("=", Some(t::TIE_EQUAL_SR.get(lang))),
        Tie::Uncertain => ("≈", Some(t::TIE_UNCERTAIN_SR.get(lang))),
    };
    view! {
        <td class="num rank-cell">
            {format!("{mark}{}", row.rank)}
            {sr.map(|s| view! { <span class="visually-hidden">" " {s}</span> })}
        </td>
    }
    .into_any()
}

fn ranked_row(ix: &DataIndex, row: &RankRow, max: f64, ticks: &[f64], in_province: bool, lang: Lang) -> AnyView {
    let b = &row.bar;
    // Within one province its name on every row says nothing.
    let context = match b.region.kind {
        RegionKind::Provinsi => None,
        _ if in_province => Some(i18n::kind_name(lang, b.region.kind).to_string()),
        _ => Some(region_context(ix, &b.region, lang)),
    };
    let mut notes: Vec<String> = Vec::new();
    if let Some(m) = row.tie.message(lang) {
        notes.push(m.to_string());
    }
    notes.extend(b.notes.iter().map(|n| n.message(lang)));
    let name = b.region.name.clone();
    view! {
        <tr class="rank-row" data-code=b.region.code.clone()>
            {rank_cell(row, lang)}
            <th scope="row">
                <A href=links::region(&b.region.code, lang)>{name}</A>
                {context.map(|c| view! { <span class="row-context">{c}</span> })}
            </th>
            {figure_cells(b, max, ticks, notes, lang)}
        </tr>
    }
    .into_any()
}

/// The value, period, source and notes cells shared by ranked and reference rows.
fn figure_cells(b: &Bar, max: f64, ticks: &[f64], notes: Vec<String>, lang: Lang) -> impl IntoView {
    view! {
        <td class="num value-cell">
            <span class="value">{format::figure_value(&b.view.figure, lang)}</span>
            {mini_bar(b.value(), max, b.is_approximate(), ticks)}
        </td>
        <td>{as_of_text(&b.view, lang)}</td>
        <td>{source_bit(&b.view, lang)}</td>
        <td class="notes-cell">
            {badges(&b.view, lang)}
            {notes.into_iter().map(|n| view! { <p class="row-note">{n}</p> }).collect_view()}
        </td>
    }
}

fn reference_row(b: &Bar, max: f64, ticks: &[f64], lang: Lang) -> AnyView {
    let name = b.region.name.clone();
    view! {
        <tr class="ref-row" data-code=b.region.code.clone()>
            <td class="num rank-cell"><span aria-hidden="true">"—"</span></td>
            <th scope="row">
                <A href=links::region(&b.region.code, lang)>{name}</A>
                " " <span class="badge ref-badge">{t::REFERENCE.get(lang)}</span>
            </th>
            {figure_cells(b, max, ticks, b.notes.iter().map(|n| n.message(lang)).collect(), lang)}
        </tr>
    }
    .into_any()
}
