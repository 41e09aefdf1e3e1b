//! A region's figures over time (`core::history`): a small SVG per indicator,
//! readable at 360 px, with the same figures as a table beneath it. Dots sit
//! at their as-of dates; a line joins only figures the core says are
//! comparable; targets and plans are hollow; approximate values have a dashed ring.

use leptos::prelude::*;

use crate::app::components::table_scroll::TableScroll;
use crate::app::i18n::{self, Lang};
use crate::core::format;
use crate::core::history::{point_status, History};
use crate::core::index::DataIndex;

const W: f64 = 320.0;
const H: f64 = 160.0;
const LEFT: f64 = 12.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 26.0;

/// Every history of a region, or nothing when it has none.
pub fn histories_view(ix: &DataIndex, histories: Vec<History>, lang: Lang) -> Option<AnyView> {
    if histories.is_empty() {
        return None;
    }
    let blocks = histories
        .into_iter()
        .enumerate()
        .map(|(i, h)| history_block(ix, &h, i, lang))
        .collect_view();
    Some(
        view! {
            <section aria-labelledby="history-heading" class="history">
                <h2 id="history-heading">{i18n::HISTORY_HEADING.get(lang)}</h2>
                <p class="hint">{i18n::HISTORY_LEGEND.get(lang)}</p>
                {blocks}
            </section>
        }
        .into_any(),
    )
}

fn history_block(ix: &DataIndex, h: &History, n: usize, lang: Lang) -> AnyView {
    let heading_id = format!("history-{n}");
    view! {
        <div class="history-block">
            <h3 id=heading_id.clone()>{h.indicator.label.get(lang).to_string()}</h3>
            {history_svg(h, lang)}
            {h.not_comparable(lang).map(|why| view! { <p class="history-note">{why}</p> })}
            {history_table(ix, h, heading_id, lang)}
        </div>
    }
    .into_any()
}

/// The figures as dots on a time axis (first and last year marked), the
/// comparable ones joined by a line.
fn history_svg(h: &History, lang: Lang) -> AnyView {
    let (min_x, max_x) = h
        .points
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.when), hi.max(p.when)));
    let max_v = h
        .points
        .iter()
        .map(|p| p.figure.value)
        .fold(0.0, f64::max)
        .max(f64::EPSILON)
        * 1.1;
    let x = move |when: f64| {
        if max_x > min_x {
            LEFT + (when - min_x) / (max_x - min_x) * (W - LEFT - RIGHT)
        } else {
            LEFT + (W - LEFT - RIGHT) / 2.0
        }
    };
    let y = move |v: f64| TOP + (1.0 - v / max_v) * (H - TOP - BOTTOM);
    let lines = h
        .series
        .iter()
        .filter(|s| s.len() >= 2)
        .map(|s| {
            let pts = s
                .iter()
                .map(|&i| format!("{:.1},{:.1}", x(h.points[i].when), y(h.points[i].figure.value)))
                .collect::<Vec<_>>()
                .join(" ");
            view! { <polyline class="series-line" points=pts/> }
        })
        .collect_view();
    let dots = h
        .points
        .iter()
        .map(|p| {
            view! {
                <circle
                    class="dot"
                    class:hollow=p.hollow()
                    class:approx=p.approximate()
                    cx=format!("{:.1}", x(p.when))
                    cy=format!("{:.1}", y(p.figure.value))
                    r="4"
                />
            }
        })
        .collect_view();
    let first_year = h.points.first().map(|p| p.when.floor() as i64).unwrap_or_default();
    let last_year = h.points.last().map(|p| p.when.floor() as i64).unwrap_or_default();
    view! {
        <svg class="history-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=h.summary(lang)>
            <line class="axis" x1=LEFT.to_string() y1=(H - BOTTOM).to_string() x2=(W - RIGHT).to_string() y2=(H - BOTTOM).to_string()/>
            <line class="axis" x1=LEFT.to_string() y1=TOP.to_string() x2=LEFT.to_string() y2=(H - BOTTOM).to_string()/>
            <text class="tick" x=LEFT.to_string() y=(H - 8.0).to_string() text-anchor="start">{first_year.to_string()}</text>
            <text class="tick" x=(W - RIGHT).to_string() y=(H - 8.0).to_string() text-anchor="end">{last_year.to_string()}</text>
            {lines}
            {dots}
        </svg>
    }
    .into_any()
}

/// The same figures as a table: period, value, kind, source.
fn history_table(ix: &DataIndex, h: &History, heading_id: String, lang: Lang) -> AnyView {
    let rows = h
        .points
        .iter()
        .map(|p| {
            let source = ix
                .source(&p.figure.source)
                .map(|s| s.publisher.clone())
                .unwrap_or_default();
            let status = point_status(p, lang);
            view! {
                <tr data-figure=p.figure.id.clone()>
                    <td>{format::as_of(&p.figure.as_of, lang)}</td>
                    <td class="num">{format::figure_value(&p.figure, lang)}</td>
                    <td>{status}</td>
                    <td>{source}</td>
                </tr>
            }
        })
        .collect_view();
    let table_id = format!("{heading_id}-table");
    view! {
        <TableScroll labelledby=heading_id>
            <table class="history-table" id=table_id>
                <thead>
                    <tr>
                        <th scope="col">{i18n::HISTORY_COL_DATE.get(lang)}</th>
                        <th scope="col" class="num">{i18n::HISTORY_COL_VALUE.get(lang)}</th>
                        <th scope="col">{i18n::HISTORY_COL_STATUS.get(lang)}</th>
                        <th scope="col">{i18n::HISTORY_COL_SOURCE.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
    .into_any()
}
