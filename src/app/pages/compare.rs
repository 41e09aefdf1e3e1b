//! The compare view at `/bandingkan?w=72.08,72.71,73.73&i=coverage_rate`:
//! 2–8 regions chosen with the home page's search, removable and reorderable;
//! a chart of one indicator (comparable figures drawn, the rest kept apart
//! with a reason), plain-language sentences, the side-by-side table of every
//! indicator, and the CSV / citation tools.
//!
//! The URL is the only state: every change navigates (Back works), and
//! opening the URL restores the view exactly. The rules (which figure stands
//! for a region, what is comparable) are `core::compare`'s; this file renders.
//!
//! Benchmark marker: `#compare-results[data-rendered]` appears once the
//! comparison for the current URL is in the DOM; its value is the state's
//! query ("w=…&i=…") and `data-regions` the number of columns.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta;
use crate::app::components::table_scroll::TableScroll;
use crate::app::components::url_notice::url_notice;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::browser;
use crate::app::components::data_gate::with_data;
use crate::app::components::figure_bits::{as_of_text, figure_bits, source_bit};
use crate::app::components::region_context::region_context;
use crate::app::components::search_box::SearchBox;
use crate::app::data::{use_data, Data, DataResource};
use crate::app::i18n::{self, compare as t, use_lang, Lang};
use crate::app::links;
use crate::core::caveat::Caveat;
use crate::core::compare::{self, Cell, ChartModel, CompareState, CompareTable};
use crate::core::dataset::Unit;
use crate::core::format;
use crate::core::index::DataIndex;

use crate::app::components::bar_chart::{BarChart, BarItem};
use crate::app::components::page_tools::{Embed, PageTools};
use crate::app::components::share_tools::ShareTools;
use crate::core::share::EmbedKind;

/// A change of the view: the new state, and the id of the element to focus
/// once it is drawn (keyboard users keep their place).
type Go = Callback<(CompareState, Option<String>)>;

#[component]
pub fn ComparePage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let query = use_query_map();
    let announce = RwSignal::new(String::new());
    let parsed = Memo::new(move |_| {
        let d = data.ready()?;
        let qs = query.with(|q| q.to_query_string());
        Some(CompareState::from_query(&qs, &d.index))
    });
    let state = Signal::derive(move || parsed.with(|p| p.as_ref().map(|(s, _)| s.clone()).unwrap_or_default()));
    let issues = move || parsed.with(|p| p.as_ref().map(|(_, i)| i.clone()).unwrap_or_default());
    let go = navigate_on_change(lang);
    let on_choose = choose_region(data, state, lang, go, announce);
    let selection = move || {
        let l = lang.get();
        let Some(d) = data.ready() else { return ().into_any() };
        selection_view(&d.index, state.get(), l, go, announce).into_any()
    };
    let results = move || {
        let l = lang.get();
        with_data(data, l, move |d| results_view(&d, state.get(), l, go))
    };

    view! {
        {move || page_meta(t::COMPARE_TITLE.get(lang.get()), i18n::desc_compare(lang.get()), "/bandingkan", lang.get())}
        <div class="compare-page">
            <h1>{move || t::COMPARE_TITLE.get(lang.get())}</h1>
            <p class="lead">{move || t::compare_intro(lang.get())}</p>
            {move || compare_tools(data, state, lang.get())}
            {move || url_notice(issues().iter().map(|i| i.message(lang.get())).collect())}
            <section class="compare-selection" aria-labelledby="compare-selected-heading">
                {selection}
                <h3 class="add-heading">{move || t::ADD_HEADING.get(lang.get())}</h3>
                <Show
                    when=move || !compare::is_full(&state.get().regions)
                    fallback=move || view! { <p class="notice">{t::selection_full(lang.get())}</p> }
                >
                    <SearchBox id_prefix="compare-add" on_choose=on_choose/>
                </Show>
                <p class="visually-hidden" role="status" aria-live="polite">{move || announce.get()}</p>
            </section>
            {results}
        </div>
    }
}

/// Every change is a navigation: the URL is the state, Back undoes it.
fn navigate_on_change(lang: Memo<Lang>) -> Go {
    let nav = StoredValue::new_local(use_navigate());
    Callback::new(move |(st, focus): (CompareState, Option<String>)| {
        let q = st.to_query();
        let path = if q.is_empty() {
            "/bandingkan".to_string()
        } else {
            format!("/bandingkan?{q}")
        };
        let path = links::href(&path, lang.get_untracked());
        nav.with_value(|n| n(&path, links::nav_options(false)));
        if let Some(id) = focus {
            browser::focus_soon(id);
        }
    })
}

/// A region's name (its code when the dataset does not know it).
fn region_name(data: DataResource, code: &str) -> String {
    untrack(|| data.ready())
        .and_then(|d| d.index.region(code).map(|r| r.name.clone()))
        .unwrap_or_else(|| code.to_string())
}

/// Adds the region chosen in the search box, or says why it cannot (already
/// chosen, list full).
fn choose_region(
    data: DataResource,
    state: Signal<CompareState>,
    lang: Memo<Lang>,
    go: Go,
    announce: RwSignal<String>,
) -> Callback<String> {
    Callback::new(move |code: String| {
        let st = state.get_untracked();
        let l = lang.get_untracked();
        let name = region_name(data, &code);
        if st.regions.contains(&code) {
            announce.set(t::announce_already(l, &name));
        } else if compare::is_full(&st.regions) {
            announce.set(t::selection_full(l));
        } else {
            let regions = compare::add(&st.regions, &code);
            announce.set(t::announce_added(l, &name, regions.len()));
            // A full list replaces the search box: keep the keyboard on the list's heading.
            let focus = compare::is_full(&regions).then(|| "compare-selected-heading".to_string());
            go.run((
                CompareState {
                    regions,
                    indicator: st.indicator,
                },
                focus,
            ));
        }
    })
}

/// The share tools: the line sent with the link names the regions, and the
/// chart can be embedded once there is something to chart.
fn compare_tools(data: DataResource, state: Signal<CompareState>, lang: Lang) -> impl IntoView {
    let names = move || -> Vec<String> { state.get().regions.iter().map(|c| region_name(data, c)).collect() };
    let summary = move || {
        let names = names();
        let title = t::COMPARE_TITLE.get(lang);
        if names.is_empty() {
            title.to_string()
        } else {
            format!("{title}: {}", names.join(", "))
        }
    };
    let embed = move || {
        let st = state.get();
        (!st.regions.is_empty()).then(|| Embed {
            path: format!("/sematkan/bandingkan?{}", st.to_query()),
            kind: EmbedKind::Compare {
                regions: st.regions.len(),
            },
            what: names().join(", "),
        })
    };
    view! { <PageTools lang=lang summary=Signal::derive(summary) embed=Signal::derive(embed)/> }
}

#[derive(Clone, Copy)]
enum Direction {
    Up,
    Down,
}

/// The ↑ or ↓ button of a chosen region: moves it to position `to` (disabled
/// when there is none), announces the new place and keeps focus on the button.
#[allow(clippy::too_many_arguments)]
fn move_button(
    st: &CompareState,
    code: &str,
    name: &str,
    to: Option<usize>,
    dir: Direction,
    lang: Lang,
    go: Go,
    announce: RwSignal<String>,
) -> impl IntoView {
    let (id, label, glyph) = match dir {
        Direction::Up => (format!("cmp-up-{code}"), t::move_up_label(lang, name), "↑"),
        Direction::Down => (format!("cmp-down-{code}"), t::move_down_label(lang, name), "↓"),
    };
    let (regions, indicator, code, name, focus) = (
        st.regions.clone(),
        st.indicator.clone(),
        code.to_string(),
        name.to_string(),
        id.clone(),
    );
    view! {
        <button
            type="button"
            class="icon-button"
            id=id
            aria-label=label
            aria-disabled=to.is_none().to_string()
            on:click=move |_| {
                let Some(to) = to else { return };
                announce.set(t::announce_moved(lang, &name, to + 1));
                let regions = compare::move_to(&regions, &code, to);
                go.run((CompareState { regions, indicator: indicator.clone() }, Some(focus.clone())));
            }
        >
            <span aria-hidden="true">{glyph}</span>
        </button>
    }
}

/// The × button of the chosen region at position `i`: removes it, says so,
/// and keeps the keyboard near (the next item's ×, else the previous one's,
/// else the search box).
fn remove_button(
    st: &CompareState,
    i: usize,
    name: &str,
    lang: Lang,
    go: Go,
    announce: RwSignal<String>,
) -> impl IntoView {
    let code = st.regions[i].clone();
    let id = format!("cmp-remove-{code}");
    let (regions, indicator, name) = (st.regions.clone(), st.indicator.clone(), name.to_string());
    let label = t::remove_label(lang, &name);
    view! {
        <button
            type="button"
            class="icon-button remove"
            id=id
            aria-label=label
            on:click=move |_| {
                let regions = compare::remove(&regions, &code);
                announce.set(t::announce_removed(lang, &name, regions.len()));
                let focus = regions
                    .get(i)
                    .or_else(|| i.checked_sub(1).and_then(|j| regions.get(j)))
                    .map(|c| format!("cmp-remove-{c}"))
                    .unwrap_or_else(|| "compare-add-input".to_string());
                go.run((CompareState { regions, indicator: indicator.clone() }, Some(focus)));
            }
        >
            <span aria-hidden="true">"×"</span>
            <span class="button-text" aria-hidden="true">{t::REMOVE.get(lang)}</span>
        </button>
    }
}

fn selection_view(ix: &DataIndex, st: CompareState, lang: Lang, go: Go, announce: RwSignal<String>) -> impl IntoView {
    let n = st.regions.len();
    let items = st
        .regions
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let r = ix.region(code).cloned();
            let name = r.as_ref().map(|r| r.name.clone()).unwrap_or_else(|| code.clone());
            let context = r.as_ref().map(|r| region_context(ix, r, lang)).unwrap_or_default();
            let link_name = name.clone();
            let up = i.checked_sub(1);
            let down = (i + 1 < n).then_some(i + 1);
            view! {
                <li class="chosen-item">
                    <span class="chosen-pos" aria-hidden="true">{i + 1}</span>
                    <span class="chosen-name">
                        <A href=links::region(code, lang)>{link_name}</A>
                        <span class="chosen-context">{context}</span>
                    </span>
                    <span class="chosen-actions">
                        {move_button(&st, code, &name, up, Direction::Up, lang, go, announce)}
                        {move_button(&st, code, &name, down, Direction::Down, lang, go, announce)}
                        {remove_button(&st, i, &name, lang, go, announce)}
                    </span>
                </li>
            }
        })
        .collect_view();
    let example = CompareState {
        regions: vec!["72.08".into(), "72.71".into(), "73.73".into()],
        indicator: None,
    };
    view! {
        <h2 id="compare-selected-heading" tabindex="-1">{t::selected_heading(lang, n)}</h2>
        {(n == 0).then(|| view! {
            <p class="empty-selection">
                {t::SELECTION_EMPTY.get(lang)} " "
                <A href=links::href(&format!("/bandingkan?{}", example.to_query()), lang)>{t::EXAMPLE_LINK.get(lang)}</A>
            </p>
        })}
        <ol class="chosen-list">{items}</ol>
        {(n == 1).then(|| view! { <p class="hint need-another">{t::NEED_ANOTHER.get(lang)}</p> })}
    }
}

fn results_view(d: &Data, st: CompareState, lang: Lang, go: Go) -> AnyView {
    let ix = d.index.clone();
    let key = st.to_query();
    let n = st.regions.len();
    if n == 0 {
        return view! { <div id="compare-results" data-rendered=key data-regions="0"></div> }.into_any();
    }
    let table = compare::table(&ix, &st.regions);
    let chosen = st.charted_indicator(&table);
    let chart = chosen
        .as_deref()
        .and_then(|i| compare::chart(&ix, &st.regions, i, None));
    let options: Vec<(String, String)> = st
        .chart_choices(&ix, &table)
        .into_iter()
        .map(|i| (i.id.clone(), i.label.get(lang).to_string()))
        .collect();
    let figures = compare::take_away_figures(chart.as_ref(), &table);
    let file_name = format!("cakupan-bandingkan-{}.csv", st.regions.join("_"));
    let chart_view = chart_section(chart, options, chosen.clone(), st.clone(), lang, go);
    let table_view = table_section(&ix, &table, chosen.as_deref(), lang);
    view! {
        <div id="compare-results" class="compare-results" data-rendered=key data-regions=n.to_string()>
            {chart_view}
            {table_view}
            <ShareTools figures=figures index=ix.clone() lang=lang file_name=file_name id_prefix="compare-share"/>
        </div>
    }
    .into_any()
}

/// The chart of one indicator, with the choice of indicator above it.
fn chart_section(
    chart: Option<ChartModel>,
    options: Vec<(String, String)>,
    chosen: Option<String>,
    st: CompareState,
    lang: Lang,
    go: Go,
) -> AnyView {
    let select = (!options.is_empty()).then(|| {
        let chosen = chosen.clone().unwrap_or_default();
        let regions = st.regions.clone();
        view! {
            <div class="field">
                <label for="compare-indicator">{t::INDICATOR_LABEL.get(lang)}</label>
                <select
                    id="compare-indicator"
                    class="select"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        go.run((CompareState { regions: regions.clone(), indicator: Some(v) }, Some("compare-indicator".into())));
                    }
                >
                    {options.into_iter().map(|(id, label)| {
                        let sel = id == chosen;
                        view! { <option value=id selected=sel>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    });
    let body = match chart {
        None => view! { <p class="hint">{t::TABLE_EMPTY.get(lang)}</p> }.into_any(),
        Some(c) => chart_body(c, lang),
    };
    view! {
        <section class="compare-chart" aria-labelledby="compare-chart-heading">
            <h2 id="compare-chart-heading">{t::CHART_HEADING.get(lang)}</h2>
            {select}
            {body}
        </section>
    }
    .into_any()
}

/// A chart (here and in the embed): the comparable figures drawn, notes and
/// plain-language sentences, then the figures kept apart with a reason and
/// the regions with none.
pub(crate) fn chart_body(c: ChartModel, lang: Lang) -> AnyView {
    let subtitle = c.reference.as_ref().map(|k| t::compared_on(lang, &k.describe(lang)));
    let notes: Vec<String> = c
        .comparable
        .iter()
        .flat_map(|b| {
            b.notes
                .iter()
                .map(move |n| format!("{}: {}", b.region.name, n.message(lang)))
        })
        .collect();
    let sentences = c.sentences(lang);
    view! {
        {subtitle.clone().map(|s| view! { <p class="chart-subtitle">{s}</p> })}
        {drawn_chart(&c, subtitle, lang)}
        {(!notes.is_empty()).then(|| view! {
            <div class="chart-notes">
                <h3 class="visually-hidden">{t::CHART_NOTES.get(lang)}</h3>
                <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!sentences.is_empty()).then(|| view! {
            <div class="sentences">
                <h3>{t::SENTENCES_HEADING.get(lang)}</h3>
                <ul>{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!c.separated.is_empty()).then(|| separated_list(&c, lang))}
        {(!c.missing.is_empty()).then(|| missing_line(&c, lang))}
    }
    .into_any()
}

/// The bars of the comparable figures, and the same figures as a table for
/// screen readers; or why nothing is drawn.
fn drawn_chart(c: &ChartModel, subtitle: Option<String>, lang: Lang) -> AnyView {
    let items: Vec<BarItem> = c
        .comparable
        .iter()
        .map(|b| BarItem {
            label: b.region.name.clone(),
            value: b.value(),
            display: format::figure_value(&b.view.figure, lang),
            approx: b.is_approximate(),
        })
        .collect();
    if items.is_empty() {
        return view! { <p class="notice">{t::NOTHING_TO_DRAW.get(lang)}</p> }.into_any();
    }
    let label = c.indicator.label.get(lang).to_string();
    let percent = c.indicator.unit == Unit::Percent;
    let any_approx = items.iter().any(|i| i.approx);
    view! {
        <figure class="chart">
            <figcaption class="chart-title">{label.clone()}</figcaption>
            <BarChart items=items percent=percent/>
            <div class="visually-hidden">{chart_table(c, &label, subtitle, lang)}</div>
        </figure>
        {any_approx.then(|| view! { <p class="hint">{t::CHART_APPROX_KEY.get(lang)}</p> })}
    }
    .into_any()
}

/// The drawn figures as a table: region, value, period, source, marks and notes.
fn chart_table(c: &ChartModel, label: &str, subtitle: Option<String>, lang: Lang) -> AnyView {
    let rows = c
        .comparable
        .iter()
        .map(|b| {
            let notes = b.notes.iter().map(|n| n.message(lang)).collect::<Vec<_>>().join(" ");
            let marks = b
                .view
                .caveats
                .iter()
                .map(|c| c.label(lang))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{b.region.name.clone()}</th>
                    <td class="num">{format::figure_value(&b.view.figure, lang)}</td>
                    <td>{format::as_of(&b.view.figure.as_of, lang)}</td>
                    <td>{source_bit(&b.view, lang)}</td>
                    <td>{marks} " " {notes}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table>
            <caption>{t::chart_table_caption(lang, label)} {subtitle.map(|s| format!(" — {s}"))}</caption>
            <thead>
                <tr>
                    <th scope="col">{t::COL_REGION.get(lang)}</th>
                    <th scope="col">{t::COL_VALUE.get(lang)}</th>
                    <th scope="col">{t::COL_AS_OF.get(lang)}</th>
                    <th scope="col">{t::COL_SOURCE.get(lang)}</th>
                    <th scope="col">{t::COL_NOTES.get(lang)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// Figures that cannot be drawn with the others, each with the reason.
fn separated_list(c: &ChartModel, lang: Lang) -> AnyView {
    view! {
        <div class="not-comparable">
            <h3>{t::NOT_COMPARABLE_HEADING.get(lang)}</h3>
            <p class="hint">{t::NOT_COMPARABLE_INTRO.get(lang)}</p>
            <ul class="separated-list">
                {c.separated.iter().map(|(b, reason)| {
                    let whose = b.branch.as_ref().map(|br| format!(" ({})", br.name)).unwrap_or_default();
                    view! {
                        <li>
                            <span class="sep-name">{b.region.name.clone()}{whose}</span> ": "
                            <strong>{format::figure_value(&b.view.figure, lang)}</strong>
                            " · " {as_of_text(&b.view, lang)}
                            " · " {source_bit(&b.view, lang)}
                            <span class="reason">{reason.message(lang)}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

/// The regions with no figure for the indicator: named, never drawn as zero.
fn missing_line(c: &ChartModel, lang: Lang) -> AnyView {
    let names = c.missing.iter().map(|r| r.name.clone()).collect::<Vec<_>>().join(", ");
    view! { <p class="chart-missing"><span class="no-data">{t::NO_DATA.get(lang)}</span> " " {t::no_data_for(lang, &names)}</p> }
        .into_any()
}

fn table_section(ix: &DataIndex, table: &CompareTable, charted: Option<&str>, lang: Lang) -> AnyView {
    if table.rows.is_empty() {
        return view! {
            <section class="compare-table-section" aria-labelledby="compare-table-heading">
                <h2 id="compare-table-heading">{t::TABLE_HEADING.get(lang)}</h2>
                <p class="no-figures">{t::TABLE_EMPTY.get(lang)}</p>
            </section>
        }
        .into_any();
    }
    let head = table
        .columns
        .iter()
        .map(|r| {
            let name = r.name.clone();
            view! {
                <th scope="col" class="region-col">
                    <A href=links::region(&r.code, lang)>{name}</A>
                    <span class="col-context">{region_context(ix, r, lang)}</span>
                </th>
            }
        })
        .collect_view();
    let body = table
        .rows
        .iter()
        .map(|row| {
            let is_charted = charted == Some(row.indicator.id.as_str());
            let cells = row.cells.iter().map(|c| cell_view(c, lang)).collect_view();
            view! {
                <tr class:charted=is_charted data-indicator=row.indicator.id.clone()>
                    <th scope="row" class="indicator-col">{row.indicator.label.get(lang).to_string()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="compare-table-section" aria-labelledby="compare-table-heading">
            <h2 id="compare-table-heading">{t::TABLE_HEADING.get(lang)}</h2>
            <p class="hint">{t::TABLE_HINT.get(lang)}</p>
            <TableScroll labelledby="compare-table-heading">
                <table class="compare-table">
                    <caption class="visually-hidden">{t::TABLE_CAPTION.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="indicator-col">{t::COL_INDICATOR.get(lang)}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </TableScroll>
            {marks_legend(table, lang)}
        </section>
    }
    .into_any()
}

/// Every mark that appears in the table, explained once.
fn marks_legend(table: &CompareTable, lang: Lang) -> Option<AnyView> {
    let mut legend: BTreeMap<String, String> = BTreeMap::new();
    let cells = table.rows.iter().flat_map(|row| &row.cells);
    let views = cells.filter_map(|cell| match cell {
        Cell::Figures(c) => Some(c.views()),
        Cell::Missing => None,
    });
    for cv in views.flatten().flat_map(|v| &v.caveats) {
        let explain = match cv {
            Caveat::Branch { .. } => t::BRANCH_MARK_EXPLAIN.get(lang).to_string(),
            Caveat::Inconsistent { .. } => t::INCONSISTENT_MARK_EXPLAIN.get(lang).to_string(),
            other => other.explain(lang),
        };
        legend.entry(cv.label(lang)).or_insert(explain);
    }
    (!legend.is_empty()).then(|| {
        view! {
            <div class="marks-legend">
                <h3>{t::MARKS_HEADING.get(lang)}</h3>
                <dl>
                    {legend.into_iter().map(|(l, e)| view! {
                        <div class="legend-item"><dt><span class="badge">{l}</span></dt><dd>{e}</dd></div>
                    }).collect_view()}
                </dl>
            </div>
        }
        .into_any()
    })
}

fn cell_view(cell: &Cell, lang: Lang) -> AnyView {
    let c = match cell {
        Cell::Missing => {
            return view! { <td class="cell cell-missing"><span class="no-data">{t::NO_DATA.get(lang)}</span></td> }
                .into_any()
        }
        Cell::Figures(c) => c,
    };
    let headline = c.headline.as_ref().map(|v| figure_bits(v, lang, true));
    let conflicting = (!c.conflicting.is_empty()).then(|| {
        view! {
            <div class="cell-conflict">
                <p class="cell-sub">{t::SAME_PERIOD_OTHER.get(lang)}</p>
                {c.conflicting.iter().map(|v| figure_bits(v, lang, false)).collect_view()}
            </div>
        }
    });
    let branch = c
        .branch
        .iter()
        .take(if c.headline.is_some() { 1 } else { 2 })
        .map(|b| {
            view! {
                <div class="cell-branch">
                    <p class="cell-sub">{b.branch.name.clone()}</p>
                    {figure_bits(&b.view, lang, c.headline.is_none())}
                </div>
            }
        })
        .collect_view();
    let others = (!c.others.is_empty()).then(|| {
        view! {
            <details class="cell-others">
                <summary>{t::more_figures(lang, c.others.len())}</summary>
                {c.others.iter().map(|v| view! { <div class="cell-other">{figure_bits(v, lang, false)}</div> }).collect_view()}
            </details>
        }
    });
    view! {
        <td class="cell">
            {headline}
            {conflicting}
            {branch}
            {others}
        </td>
    }
    .into_any()
}
