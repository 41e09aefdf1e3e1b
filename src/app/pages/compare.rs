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
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::page_meta::page_meta;
use crate::app::components::table_scroll::TableScroll;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::browser;
use crate::app::components::data_gate::with_data;
use crate::app::components::figure_bits::{as_of_text, figure_bits, source_bit};
use crate::app::components::region_context::region_context;
use crate::app::components::search_box::SearchBox;
use crate::app::data::{use_data, Data};
use crate::app::i18n::{self, compare as t, use_lang, Lang};
use crate::app::links;
use crate::core::caveat::Caveat;
use crate::core::compare::{self, Cell, ChartModel, CompareState, CompareTable, SelectionIssue};
use crate::core::dataset::Unit;
use crate::core::format;
use crate::core::index::DataIndex;

use crate::app::components::bar_chart::{BarChart, BarItem};
use crate::app::components::page_tools::{Embed, PageTools};
use crate::app::components::share_tools::ShareTools;
use crate::core::share::EmbedKind;

#[component]
pub fn ComparePage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let query = use_query_map();
    let nav = StoredValue::new_local(use_navigate());
    let announce = RwSignal::new(String::new());

    let parsed = Memo::new(move |_| {
        let d = data.ready()?;
        let qs = query.with(|q| q.to_query_string());
        Some(CompareState::from_query(&qs, &d.index))
    });
    let state = move || parsed.with(|p| p.as_ref().map(|(s, _)| s.clone()).unwrap_or_default());

    // Every change is a navigation: the URL is the state, Back undoes it.
    let go = Callback::new(move |(st, focus): (CompareState, Option<String>)| {
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
    });

    let region_name = move |code: &str| -> String {
        untrack(|| data.ready())
            .and_then(|d| d.index.region(code).map(|r| r.name.clone()))
            .unwrap_or_else(|| code.to_string())
    };

    let on_choose = Callback::new(move |code: String| {
        let st = untrack(state);
        let l = lang.get_untracked();
        let name = region_name(&code);
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
    });

    let issues = move || {
        let l = lang.get();
        let issues: Vec<SelectionIssue> = parsed.with(|p| p.as_ref().map(|(_, i)| i.clone()).unwrap_or_default());
        (!issues.is_empty()).then(|| {
            view! {
                <div class="notice" role="status">
                    <ul>{issues.iter().map(|i| view! { <li>{i.message(l)}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };

    let selection = move || {
        let l = lang.get();
        let Some(d) = data.ready() else { return ().into_any() };
        let st = state();
        selection_view(&d.index, st, l, go, announce).into_any()
    };

    let full = move || state().regions.len() >= compare::MAX_REGIONS;

    let names = move || -> Vec<String> { state().regions.iter().map(|c| region_name(c)).collect() };
    let share_line = move || {
        let names = names();
        let title = t::COMPARE_TITLE.get(lang.get());
        if names.is_empty() {
            title.to_string()
        } else {
            format!("{title}: {}", names.join(", "))
        }
    };
    // The chart can be embedded once there is something to chart.
    let embed = move || {
        let st = state();
        (!st.regions.is_empty()).then(|| Embed {
            path: format!("/sematkan/bandingkan?{}", st.to_query()),
            kind: EmbedKind::Compare {
                regions: st.regions.len(),
            },
            what: names().join(", "),
        })
    };

    let results = move || {
        let l = lang.get();
        with_data(data, l, move |d| {
            let st = state();
            results_view(&d, st, l, go)
        })
    };

    view! {
        {move || page_meta(format!("{} · {}", t::COMPARE_TITLE.get(lang.get()), i18n::APP_NAME), i18n::desc_compare(lang.get()), "/bandingkan", lang.get())}
        <div class="compare-page">
            <h1>{move || t::COMPARE_TITLE.get(lang.get())}</h1>
            <p class="lead">{move || t::compare_intro(lang.get())}</p>
            {move || {
                let l = lang.get();
                view! { <PageTools lang=l summary=Signal::derive(share_line) embed=Signal::derive(embed)/> }
            }}
            {issues}
            <section class="compare-selection" aria-labelledby="compare-selected-heading">
                {selection}
                <h3 class="add-heading">{move || t::ADD_HEADING.get(lang.get())}</h3>
                <Show
                    when=move || !full()
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
    go: Callback<(CompareState, Option<String>)>,
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

fn selection_view(
    ix: &DataIndex,
    st: CompareState,
    lang: Lang,
    go: Callback<(CompareState, Option<String>)>,
    announce: RwSignal<String>,
) -> impl IntoView {
    let n = st.regions.len();
    let items = st
        .regions
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let r = ix.region(code).cloned();
            let name = r.as_ref().map(|r| r.name.clone()).unwrap_or_else(|| code.clone());
            let context = r.as_ref().map(|r| region_context(ix, r, lang)).unwrap_or_default();
            let remove_id = format!("cmp-remove-{code}");
            let (regions_rm, ind_rm, c_rm, n_rm) =
                (st.regions.clone(), st.indicator.clone(), code.clone(), name.clone());
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
                        <button
                            type="button"
                            class="icon-button remove"
                            id=remove_id
                            aria-label=t::remove_label(lang, &name)
                            on:click=move |_| {
                                let regions = compare::remove(&regions_rm, &c_rm);
                                announce.set(t::announce_removed(lang, &n_rm, regions.len()));
                                // Keep the keyboard near: the next item's button, else the previous, else the search.
                                let focus = regions
                                    .get(i)
                                    .or_else(|| i.checked_sub(1).and_then(|j| regions.get(j)))
                                    .map(|c| format!("cmp-remove-{c}"))
                                    .unwrap_or_else(|| "compare-add-input".to_string());
                                go.run((CompareState { regions, indicator: ind_rm.clone() }, Some(focus)));
                            }
                        >
                            <span aria-hidden="true">"×"</span>
                            <span class="button-text" aria-hidden="true">{t::REMOVE.get(lang)}</span>
                        </button>
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

fn results_view(d: &Data, st: CompareState, lang: Lang, go: Callback<(CompareState, Option<String>)>) -> AnyView {
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

    // Indicators to chart: those in the table, plus one named in the URL that none has.
    let mut options: Vec<(String, String)> = table
        .rows
        .iter()
        .map(|r| (r.indicator.id.clone(), r.indicator.label.get(lang).to_string()))
        .collect();
    if let Some(c) = &chosen {
        if !options.iter().any(|(id, _)| id == c) {
            if let Some(ind) = ix.indicator(c) {
                options.push((ind.id.clone(), ind.label.get(lang).to_string()));
            }
        }
    }

    let mut cite_figures = chart.as_ref().map(|c| c.figures()).unwrap_or_default();
    let table_figures = table.figures();
    if cite_figures.is_empty() {
        cite_figures = table_figures.clone();
    }
    let file_name = format!("cakupan-bandingkan-{}.csv", st.regions.join("_"));
    let chart_view = chart_section(chart, options, chosen.clone(), st.clone(), lang, go);
    let table_view = table_section(&ix, &table, chosen.as_deref(), lang);
    view! {
        <div id="compare-results" class="compare-results" data-rendered=key data-regions=n.to_string()>
            {chart_view}
            {table_view}
            <ShareToolsWithCitation
                table_figures=table_figures
                cite_figures=cite_figures
                index=ix.clone()
                lang=lang
                file_name=file_name
            />
        </div>
    }
    .into_any()
}

/// The CSV holds every figure of the table; the citation names the sources
/// of the charted indicator (what a story quotes), or of the table.
#[component]
fn ShareToolsWithCitation(
    table_figures: Vec<crate::core::dataset::Figure>,
    cite_figures: Vec<crate::core::dataset::Figure>,
    index: Arc<DataIndex>,
    lang: Lang,
    file_name: String,
) -> impl IntoView {
    // Charted figures first, so the citation names them; the rest follow in table order.
    let mut figures = cite_figures;
    for f in table_figures {
        if !figures.iter().any(|g| g.id == f.id) {
            figures.push(f);
        }
    }
    view! { <ShareTools figures=figures index=index lang=lang file_name=file_name id_prefix="compare-share"/> }
}

fn chart_section(
    chart: Option<ChartModel>,
    options: Vec<(String, String)>,
    chosen: Option<String>,
    st: CompareState,
    lang: Lang,
    go: Callback<(CompareState, Option<String>)>,
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

pub(crate) fn chart_body(c: ChartModel, lang: Lang) -> AnyView {
    let label = c.indicator.label.get(lang).to_string();
    let percent = c.indicator.unit == Unit::Percent;
    let subtitle = c.reference.as_ref().map(|k| t::compared_on(lang, &k.describe(lang)));
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
    let any_approx = items.iter().any(|i| i.approx);
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
    let data_rows = c
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
    let separated = (!c.separated.is_empty()).then(|| {
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
    });
    let missing = (!c.missing.is_empty()).then(|| {
        let names = c.missing.iter().map(|r| r.name.clone()).collect::<Vec<_>>().join(", ");
        view! { <p class="chart-missing"><span class="no-data">{t::NO_DATA.get(lang)}</span> " " {t::no_data_for(lang, &names)}</p> }
    });
    let drawn = if items.is_empty() {
        view! { <p class="notice">{t::NOTHING_TO_DRAW.get(lang)}</p> }.into_any()
    } else {
        view! {
            <figure class="chart">
                <figcaption class="chart-title">{label.clone()}</figcaption>
                <BarChart items=items percent=percent/>
                <div class="visually-hidden"><table>
                    <caption>{t::chart_table_caption(lang, &label)} {subtitle.clone().map(|s| format!(" — {s}"))}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t::COL_REGION.get(lang)}</th>
                            <th scope="col">{t::COL_VALUE.get(lang)}</th>
                            <th scope="col">{t::COL_AS_OF.get(lang)}</th>
                            <th scope="col">{t::COL_SOURCE.get(lang)}</th>
                            <th scope="col">{t::COL_NOTES.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{data_rows}</tbody>
                </table></div>
            </figure>
            {any_approx.then(|| view! { <p class="hint">{t::CHART_APPROX_KEY.get(lang)}</p> })}
        }
        .into_any()
    };
    view! {
        {subtitle.map(|s| view! { <p class="chart-subtitle">{s}</p> })}
        {drawn}
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
        {separated}
        {missing}
    }
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
    // Every mark that appears, explained once.
    let mut legend: BTreeMap<String, String> = BTreeMap::new();
    for row in &table.rows {
        for cell in &row.cells {
            if let Cell::Figures(c) = cell {
                for v in c.views() {
                    for cv in &v.caveats {
                        let explain = match cv {
                            Caveat::Branch { .. } => t::BRANCH_MARK_EXPLAIN.get(lang).to_string(),
                            Caveat::Inconsistent { .. } => t::INCONSISTENT_MARK_EXPLAIN.get(lang).to_string(),
                            other => other.explain(lang),
                        };
                        legend.entry(cv.label(lang)).or_insert(explain);
                    }
                }
            }
        }
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
            {(!legend.is_empty()).then(|| view! {
                <div class="marks-legend">
                    <h3>{t::MARKS_HEADING.get(lang)}</h3>
                    <dl>
                        {legend.into_iter().map(|(l, e)| view! {
                            <div class="legend-item"><dt><span class="badge">{l}</span></dt><dd>{e}</dd></div>
                        }).collect_view()}
                    </dl>
                </div>
            })}
        </section>
    }
    .into_any()
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
