//! The map at `/peta?i=coverage_rate&prov=72&w=72.08`: one mark per
//! kabupaten/kota at its centroid, coloured by one indicator with the
//! ranking's comparability rules (`core::map::model`). Marks are links to the
//! region pages with an accessible name (so the pre-rendered page works without
//! the app); with the app, focus or hover shows the region in a panel and a
//! first tap selects it (`w=`) rather than navigating. The ranking table for
//! the same indicator and province is one link away.
//!
//! The points come from `data/peta.json`, projected at build time from
//! `data/centroids.csv` (`core::map::project`): the pre-renderer reads the CSV
//! itself (`bundled_points`) and writes that file; the browser fetches it only
//! on this route.
//!
//! Test marker: `#map-results[data-rendered]` holds the state's query once the
//! map for the current URL is in the DOM, `data-marks` the number of marks.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::components::data_gate::with_data;
use crate::app::components::figure_bits::{as_of_text, badges, source_bit};
use crate::app::components::needs_app::needs_app;
use crate::app::components::page_meta::page_meta;
use crate::app::components::page_tools::PageTools;
use crate::app::components::url_notice::url_notice;
use crate::app::data::{use_data, Data};
use crate::app::i18n::{self, compare as tc, map as t, use_lang, Lang};
use crate::app::links;
use crate::core::dataset::{Region, RegionKind};
use crate::core::format;
use crate::core::index::DataIndex;
use crate::core::map::{model, MapModel, MapPoints, MapState, Mark, MarkKind, PALETTE};

/// The file of projected points, relative to the document base.
pub const POINTS_PATH: &str = "data/peta.json";
/// Where the skip link lands.
const LEGEND_ID: &str = "peta-legenda";

type PointsState = Option<Result<Arc<MapPoints>, String>>;

// ---------------------------------------------------------------------------
// The points: read from the CSV when pre-rendering, fetched in the browser.

/// The projected points of `data/centroids.csv` (native: the pre-renderer and
/// tests). A bad row is an error naming its line and code.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_points() -> Result<Arc<MapPoints>, String> {
    static POINTS: std::sync::OnceLock<Result<Arc<MapPoints>, String>> = std::sync::OnceLock::new();
    POINTS
        .get_or_init(|| {
            let text = include_str!("../../../data/centroids.csv");
            crate::core::map::parse_centroids(text)
                .map(|c| Arc::new(crate::core::map::project(&crate::core::map::kabkota_only(c))))
                .map_err(|e| format!("data/centroids.csv, {e}"))
        })
        .clone()
}

#[cfg(not(target_arch = "wasm32"))]
fn use_points() -> Signal<PointsState> {
    Signal::stored(Some(bundled_points()))
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static POINTS: ArcRwSignal<PointsState> = ArcRwSignal::new(None);
    static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(target_arch = "wasm32")]
async fn fetch_points() -> Result<Arc<MapPoints>, String> {
    let resp = gloo_net::http::Request::get(POINTS_PATH)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = resp.text().await.map_err(|e| e.to_string())?;
    MapPoints::from_json(&text).map(Arc::new)
}

/// Starts fetching the points once (browser only).
#[cfg(target_arch = "wasm32")]
fn load_points() {
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_points().await;
        POINTS.with(|p| p.set(Some(result)));
    });
}

/// Awaited by the app before it takes over a page: on the map's own address
/// the points are fetched first (boot.js has already asked for them, beside
/// the dataset), so the live page draws the same map as the pre-rendered one
/// instead of a loading state. Elsewhere it returns at once.
#[cfg(target_arch = "wasm32")]
pub async fn prefetch() {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let path = path.trim_end_matches("index.html").trim_end_matches('/');
    if !path.ends_with("/peta") || STARTED.with(|s| s.replace(true)) {
        return;
    }
    let result = fetch_points().await;
    POINTS.with(|p| p.set(Some(result)));
}

#[cfg(target_arch = "wasm32")]
fn use_points() -> Signal<PointsState> {
    load_points();
    let s = POINTS.with(|p| p.clone());
    Signal::derive(move || s.get())
}

#[cfg(target_arch = "wasm32")]
fn retry_points() {
    POINTS.with(|p| p.set(None));
    STARTED.with(|s| s.set(false));
    load_points();
}

#[cfg(not(target_arch = "wasm32"))]
fn retry_points() {}

// ---------------------------------------------------------------------------
// Links from other pages

/// "Lihat di peta" for a region page: its province zoomed, the region chosen.
pub fn region_map_link(region: &Region, lang: Lang) -> Option<AnyView> {
    let query = match region.kind {
        RegionKind::Provinsi => format!("prov={}", region.code),
        RegionKind::Kabupaten | RegionKind::Kota => {
            format!("prov={}&w={}", region.province.as_deref()?, region.code)
        }
        _ => return None,
    };
    let href = links::href(&format!("/peta?{query}"), lang);
    Some(view! { " " <A href=href attr:class="button secondary">{t::SEE_ON_MAP.get(lang)}</A> }.into_any())
}

/// "Lihat peta" for the ranking: the same indicator and province.
pub fn ranking_map_link(indicator: &str, province: Option<&str>, lang: Lang) -> AnyView {
    let st = MapState::of(indicator.to_string(), province.map(String::from));
    let href = links::href(&format!("/peta?{}", st.to_query()), lang);
    view! { <p class="map-link"><A href=href>{t::SEE_MAP.get(lang)}</A></p> }.into_any()
}

/// "Lihat peta" for the home page.
pub fn home_map_link(lang: Lang) -> AnyView {
    view! { <p class="map-link"><A href=links::href("/peta", lang)>{t::SEE_MAP.get(lang)}</A></p> }.into_any()
}

// ---------------------------------------------------------------------------
// The page

#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let query = use_query_map();
    let points = use_points();
    let nav = StoredValue::new_local(use_navigate());
    let raw = Memo::new(move |_| MapState::from_query(&query.with(|q| q.to_query_string())));
    let go = Callback::new(move |st: MapState| {
        let path = links::href(&format!("/peta?{}", st.to_query()), lang.get_untracked());
        nav.with_value(|n| n(&path, links::nav_options(false)));
    });
    let open = Callback::new(move |path: String| {
        nav.with_value(|n| n(&path, links::nav_options(true)));
    });

    view! {
        {move || page_meta(t::TITLE.get(lang.get()), t::DESC.get(lang.get()).to_string(), "/peta", lang.get())}
        <div class="map-page">
            <h1>{move || t::TITLE.get(lang.get())}</h1>
            <p class="lead">{move || t::INTRO.get(lang.get())}</p>
            {move || {
                let l = lang.get();
                with_data(data, l, move |d| match points.get() {
                    None => view! {
                        <p class="loading" role="status" aria-live="polite">
                            <span class="spinner" aria-hidden="true"></span>
                            {t::MAP_LOADING.get(l)}
                        </p>
                    }
                    .into_any(),
                    Some(Err(e)) => points_error(&e, raw.get_untracked(), l),
                    Some(Ok(p)) => page_body(d, p, raw, go, open, l),
                })
            }}
        </div>
    }
}

fn points_error(detail: &str, st: MapState, lang: Lang) -> AnyView {
    let table = links::href(&format!("/peringkat?{}", st.ranking().to_query()), lang);
    view! {
        <section class="load-error" role="alert">
            <p>{t::MAP_ERROR.get(lang)} " " <A href=table>{t::SEE_AS_TABLE.get(lang)}</A></p>
            <details>
                <summary>{i18n::ERR_DETAIL.get(lang)}</summary>
                <p class="detail">{detail.to_string()}</p>
            </details>
            <button type="button" class="button retry" on:click=|_| retry_points()>{i18n::RETRY.get(lang)}</button>
        </section>
    }
    .into_any()
}

fn page_body(
    d: Data,
    points: Arc<MapPoints>,
    raw: Memo<MapState>,
    go: Callback<MapState>,
    open: Callback<String>,
    lang: Lang,
) -> AnyView {
    let ix = d.index.clone();
    let checked = {
        let ix = ix.clone();
        Memo::new(move |_| raw.get().checked(&ix))
    };
    let state = Memo::new(move |_| checked.with(|(s, _)| s.clone()));
    // The marks depend on the indicator and province only: choosing a region
    // must not redraw them (focus stays on the mark).
    let scope = Memo::new(move |_| state.with(|s| (s.indicator.clone(), s.province.clone())));
    let map = {
        let ix = ix.clone();
        Memo::new(move |_| {
            let (indicator, province) = scope.get();
            Arc::new(model(&ix, &points, &MapState::of(indicator, province)))
        })
    };
    let selected = Memo::new(move |_| state.with(|s| s.selected.clone()));
    let pointed: RwSignal<Option<String>> = RwSignal::new(None);

    let issues = move || url_notice(checked.with(|(_, issues)| issues.iter().map(|i| t::issue(lang, i)).collect()));
    let summary = move || {
        map.with(|m| {
            let coloured: usize = m.counts.per_class.iter().sum();
            t::summary(lang, m.marks.len(), coloured, m.counts.not_comparable, m.counts.missing)
        })
    };
    let share_line = move || format!("{} · {}", t::TITLE.get(lang), summary());
    let controls = controls_view(&ix, state, go, lang);
    let body = move || {
        let m = map.get();
        let st = state.get_untracked();
        map_view(
            m,
            st,
            MarkEvents {
                selected,
                pointed,
                go,
                open,
            },
            lang,
        )
    };
    let panel = {
        let ix = ix.clone();
        move || {
            let code = pointed.get().or_else(|| selected.get());
            map.with(|m| panel_view(&ix, m, code.as_deref(), lang))
        }
    };

    view! {
        <PageTools lang=lang summary=Signal::derive(share_line)/>
        {controls}
        {issues}
        <div class="map-layout">
            <div class="map-main">{body}</div>
            <div class="map-side">
                <section class="map-panel" id="peta-panel" aria-live="polite" aria-label=t::PANEL_LABEL.get(lang)>{panel}</section>
                <p class="map-summary" role="status">{summary}</p>
                {move || map.with(|m| legend_view(m, lang))}
            </div>
        </div>
    }
    .into_any()
}

fn controls_view(ix: &DataIndex, state: Memo<MapState>, go: Callback<MapState>, lang: Lang) -> impl IntoView {
    let indicators: Vec<(String, String)> = ix
        .indicators_in_use()
        .iter()
        .map(|i| (i.id.clone(), i.label.get(lang).to_string()))
        .collect();
    let provinces: Vec<(String, String)> = ix
        .provinces_by_name()
        .into_iter()
        .map(|r| (r.code.clone(), r.name.clone()))
        .collect();
    let on_indicator = move |ev: leptos::ev::Event| {
        let mut st = state.get_untracked();
        st.indicator = event_target_value(&ev);
        go.run(st);
    };
    let on_province = move |ev: leptos::ev::Event| {
        let mut st = state.get_untracked();
        let v = event_target_value(&ev);
        st.province = (!v.is_empty()).then_some(v);
        st.selected = None;
        go.run(st);
    };
    view! {
        <form class="map-controls" aria-label=t::CONTROLS.get(lang) on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="map-indicator">{tc::INDICATOR_LABEL.get(lang)}</label>
                <select id="map-indicator" class="select" on:change=on_indicator>
                    {indicators.into_iter().map(|(id, label)| {
                        let key = id.clone();
                        view! { <option value=id prop:selected=move || state.with(|s| s.indicator == key)>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="map-province">{tc::PROVINCE_LABEL.get(lang)}</label>
                <select id="map-province" class="select" on:change=on_province>
                    <option value="" prop:selected=move || state.with(|s| s.province.is_none())>{t::WHOLE_COUNTRY.get(lang)}</option>
                    {provinces.into_iter().map(|(code, name)| {
                        let key = code.clone();
                        view! { <option value=code prop:selected=move || state.with(|s| s.province.as_deref() == Some(key.as_str()))>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
        </form>
        {needs_app(t::CONTROLS_NEED_APP, None, lang)}
    }
}

/// The place shown: a province's name, or all of Indonesia.
fn place_name(m: &MapModel, lang: Lang) -> String {
    m.province
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_else(|| t::WHOLE_COUNTRY.get(lang).to_string())
}

/// A mark's accessible name: "Name: value (period)".
fn mark_label(mk: &Mark, lang: Lang) -> String {
    match &mk.bar {
        Some(b) => t::mark_name(
            lang,
            &mk.region.name,
            &format::figure_value(&b.view.figure, lang),
            &as_of_text(&b.view, lang),
            matches!(mk.kind, MarkKind::NotComparable(_)),
        ),
        None => t::no_figure_name(lang, &mk.region.name),
    }
}

/// What a mark reads and does: the chosen region (`w=`), the one under the
/// pointer or focus (shown in the panel), and the two ways on (choose, open).
#[derive(Clone, Copy)]
struct MarkEvents {
    selected: Memo<Option<String>>,
    pointed: RwSignal<Option<String>>,
    go: Callback<MapState>,
    open: Callback<String>,
}

fn map_view(m: Arc<MapModel>, st: MapState, events: MarkEvents, lang: Lang) -> AnyView {
    let Some(ind) = m.indicator.clone() else {
        return view! { <p class="notice">{tc::NO_RANKED.get(lang)}</p> }.into_any();
    };
    let place = place_name(&m, lang);
    let name = t::map_name(lang, &ind.label.get(lang).to_lowercase(), &place);
    let key = MapState::of(st.indicator.clone(), st.province.clone()).to_query();
    let subtitle = m.reference.as_ref().map(|k| tc::compared_on(lang, &k.describe(lang)));
    let table = links::href(&format!("/peringkat?{}", st.ranking().to_query()), lang);
    let back = m.province.as_ref().map(|_| {
        let whole = MapState::of(st.indicator.clone(), None);
        links::href(&format!("/peta?{}", whole.to_query()), lang)
    });
    let skip_href = format!("{}#{LEGEND_ID}", links::href("/peta/", lang));
    let r = m.radius;
    let marks = m
        .marks
        .iter()
        .map(|mk| {
            let fill = match &mk.kind {
                MarkKind::Value { class, .. } => PALETTE[m.scale.step(*class)],
                _ => "#ffffff",
            };
            mark_view(mk, fill, r, &st, events, lang)
        })
        .collect_view();

    view! {
        <div id="map-results" class="map-results" data-rendered=key data-marks=m.marks.len().to_string()>
            {m.province.as_ref().map(|p| view! { <h2 class="map-place">{t::zoom_heading(lang, &p.name)}</h2> })}
            <p class="map-links">
                {back.map(|href| view! { <A href=href attr:class="map-back">{t::WHOLE_COUNTRY.get(lang)}</A> " · " })}
                <A href=table>{t::SEE_AS_TABLE.get(lang)}</A>
            </p>
            {subtitle.map(|s| view! { <p class="chart-subtitle">{s}</p> })}
            <a class="map-skip" href=skip_href on:click=skip_to_legend>{t::SKIP_MAP.get(lang)}</a>
            // Pointing at or focusing a mark starts the app on the pre-rendered page (public/boot.js).
            <figure class="map-figure" data-needs-app="" class:zoomed=m.province.is_some()>
                <svg
                    class="map-svg"
                    viewBox=m.view_box.attr()
                    preserveAspectRatio="xMidYMid meet"
                    role="group"
                    aria-label=name
                >
                    {marks}
                </svg>
            </figure>
        </div>
    }
    .into_any()
}

fn skip_to_legend(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::focus(LEGEND_ID);
}

fn mark_view(mk: &Mark, fill: &'static str, r: f64, st: &MapState, events: MarkEvents, lang: Lang) -> AnyView {
    let MarkEvents {
        selected,
        pointed,
        go,
        open,
    } = events;
    let code = mk.region.code.clone();
    let href = links::region(&code, lang);
    let label = mark_label(mk, lang);
    let approx = mk.bar.as_ref().is_some_and(|b| b.is_approximate()) && matches!(mk.kind, MarkKind::Value { .. });
    let cls = match &mk.kind {
        MarkKind::Value { .. } => "mark mark-value",
        MarkKind::NotComparable(_) => "mark mark-apart",
        MarkKind::Missing => "mark mark-missing",
    };
    let (x, y) = (format!("{:.1}", mk.x), format!("{:.1}", mk.y));
    let shape = match &mk.kind {
        MarkKind::Value { .. } => view! {
            <circle cx=x cy=y r=format!("{r:.2}") fill=fill class:approx=approx></circle>
        }
        .into_any(),
        MarkKind::NotComparable(_) => {
            let side = r * 1.6;
            view! {
                <rect
                    x=format!("{:.2}", mk.x - side / 2.0)
                    y=format!("{:.2}", mk.y - side / 2.0)
                    width=format!("{side:.2}")
                    height=format!("{side:.2}")
                    fill="#ffffff"
                ></rect>
            }
            .into_any()
        }
        MarkKind::Missing => {
            view! { <circle cx=x cy=y r=format!("{:.2}", r * 0.7) fill="#ffffff"></circle> }.into_any()
        }
    };
    let is_selected = {
        let code = code.clone();
        move || selected.with(|s| s.as_deref() == Some(code.as_str()))
    };
    let state = st.clone();
    let on_click = {
        let code = code.clone();
        let href = href.clone();
        move |ev: leptos::ev::MouseEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                return;
            }
            ev.prevent_default();
            if selected.with_untracked(|s| s.as_deref() == Some(code.as_str())) {
                open.run(href.clone());
            } else {
                let mut next = state.clone();
                next.selected = Some(code.clone());
                go.run(next);
            }
        }
    };
    let show = {
        let code = code.clone();
        move || pointed.set(Some(code.clone()))
    };
    let show2 = show.clone();
    let hide = move || pointed.set(None);
    view! {
        <g>
            <a
                href=href
                class=cls
                class:selected=is_selected
                data-code=code
                aria-label=label
                on:click=on_click
                on:focus=move |_| show()
                on:mouseenter=move |_| show2()
                on:blur=move |_| hide()
                on:mouseleave=move |_| hide()
            >
                {shape}
            </a>
        </g>
    }
    .into_any()
}

fn panel_view(ix: &DataIndex, m: &MapModel, code: Option<&str>, lang: Lang) -> AnyView {
    let Some(mk) = code.and_then(|c| m.mark(c)) else {
        return view! { <p class="hint">{t::PANEL_HINT.get(lang)}</p> }.into_any();
    };
    let context = match ix.province_of(&mk.region) {
        Some(p) => format!("{} · {}", i18n::kind_name(lang, mk.region.kind), p.name),
        None => i18n::kind_name(lang, mk.region.kind).to_string(),
    };
    let comparable = m
        .marks
        .iter()
        .filter(|x| matches!(x.kind, MarkKind::Value { .. }))
        .count();
    let detail = match (&mk.kind, &mk.bar) {
        (MarkKind::Value { class, rank, .. }, Some(b)) => {
            let notes: Vec<String> = b.notes.iter().map(|n| n.message(lang)).collect();
            view! {
                <p class="panel-value">{format::figure_value(&b.view.figure, lang)}</p>
                <p class="panel-asof">{as_of_text(&b.view, lang)}</p>
                {badges(&b.view, lang)}
                <p class="panel-source">{i18n::SOURCE.get(lang)} ": " {source_bit(&b.view, lang)}</p>
                <p class="panel-class">{t::class_of(lang, &m.scale.label(*class, lang))} " · " {t::rank_of(lang, *rank, comparable)}</p>
                {notes.into_iter().map(|n| view! { <p class="row-note">{n}</p> }).collect_view()}
            }
            .into_any()
        }
        (MarkKind::NotComparable(reason), Some(b)) => view! {
            <p class="panel-value">{format::figure_value(&b.view.figure, lang)}</p>
            <p class="panel-asof">{as_of_text(&b.view, lang)}</p>
            {badges(&b.view, lang)}
            <p class="panel-source">{i18n::SOURCE.get(lang)} ": " {source_bit(&b.view, lang)}</p>
            <p class="panel-apart"><strong>{t::NOT_COMPARABLE.get(lang)} ": "</strong> {reason.message(lang)}</p>
        }
        .into_any(),
        _ => {
            // Figures for one group of workers only are not on the map (as in the ranking).
            let others = m.indicator.as_ref().map_or(0, |i| {
                ix.figures_for(&mk.region.code).filter(|f| f.indicator == i.id).count()
            });
            view! {
                <p class="panel-missing">{t::NO_FIGURE.get(lang)}</p>
                {(others > 0).then(|| view! { <p class="row-note">{t::other_groups(lang, others)}</p> })}
            }
            .into_any()
        }
    };
    view! {
        <div class="panel-body" data-code=mk.region.code.clone()>
            <p class="panel-name"><strong>{mk.region.name.clone()}</strong></p>
            <p class="panel-context">{context}</p>
            {detail}
            <p><A href=links::region(&mk.region.code, lang)>{t::OPEN_REGION.get(lang)}</A></p>
        </div>
    }
    .into_any()
}

/// A legend swatch: the same shape and colours as the marks.
fn swatch(kind: &str, fill: &str) -> AnyView {
    let shape = match kind {
        "apart" => view! { <rect x="3" y="3" width="12" height="12" fill="#ffffff"></rect> }.into_any(),
        "missing" => view! { <circle cx="9" cy="9" r="5" fill="#ffffff"></circle> }.into_any(),
        "approx" => view! { <circle cx="9" cy="9" r="7" fill="#ffffff" class="approx"></circle> }.into_any(),
        _ => view! { <circle cx="9" cy="9" r="7" fill=fill.to_string()></circle> }.into_any(),
    };
    view! {
        <svg class=format!("swatch swatch-{kind}") width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
            {shape}
        </svg>
    }
    .into_any()
}

fn legend_view(m: &MapModel, lang: Lang) -> AnyView {
    let classes = (0..m.scale.classes())
        .map(|c| {
            let fill = PALETTE[m.scale.step(c)];
            view! {
                <li class="legend-class">
                    {swatch("value", fill)}
                    <span>{m.scale.label(c, lang)}</span>
                    " " <span class="legend-count">"(" {t::class_count(lang, m.counts.per_class[c])} ")"</span>
                </li>
            }
        })
        .collect_view();
    let reasons = m
        .counts
        .reasons
        .iter()
        .map(|(k, n)| view! { <li>{k.label(lang)} ": " {t::class_count(lang, *n)}</li> })
        .collect_view();
    let unplaced = (!m.unplaced.is_empty()).then(|| {
        view! {
            <li class="legend-unplaced">
                {t::unplaced_count(lang, m.unplaced.len())}
                <ul>
                    {m.unplaced.iter().map(|r| {
                        let name = r.name.clone();
                        view! { <li><A href=links::region(&r.code, lang)>{name}</A></li> }
                    }).collect_view()}
                </ul>
            </li>
        }
    });
    view! {
        <section class="map-legend" aria-labelledby=LEGEND_ID>
            <h2 id=LEGEND_ID tabindex="-1">{t::LEGEND.get(lang)}</h2>
            {m.indicator.as_ref().map(|i| view! { <p class="legend-indicator">{i.label.get(lang).to_string()}</p> })}
            <ul class="legend-list">
                {classes}
                <li class="legend-apart">
                    {swatch("apart", "")}
                    <span>{t::not_comparable_count(lang, m.counts.not_comparable)}</span>
                    {(!m.counts.reasons.is_empty()).then(|| view! { <ul class="legend-reasons">{reasons}</ul> })}
                </li>
                <li class="legend-missing">
                    {swatch("missing", "")}
                    <span>{t::missing_count(lang, m.counts.missing)}</span>
                </li>
                {(m.counts.approximate > 0).then(|| view! {
                    <li class="legend-approx">{swatch("approx", "")} <span>{t::APPROX_KEY.get(lang)} " (" {t::class_count(lang, m.counts.approximate)} ")"</span></li>
                })}
                {unplaced}
            </ul>
            <p class="hint">
                {if m.scale.quantile { t::QUANTILE_BREAKS.get(lang) } else { t::FIXED_BREAKS.get(lang) }}
                " " {t::BOUNDARY_NOTE.get(lang)}
            </p>
        </section>
    }
    .into_any()
}
