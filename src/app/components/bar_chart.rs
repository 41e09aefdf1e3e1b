//! Horizontal bar charts in plain SVG, readable on a 360 px phone: each row
//! puts the name and the value on one line and the bar under it, so long
//! region names never squeeze the bars. Widths are percentages of the chart,
//! so text keeps its size at any width (no viewBox scaling).
//!
//! The SVG is decoration for sighted readers (`aria-hidden`): every page that
//! draws one also renders the same figures as a table. Colours come from
//! classes in style/compare.css (no inline styles under the CSP).

use leptos::prelude::*;

/// One bar: a region's figure, already formatted for the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct BarItem {
    pub label: String,
    pub value: f64,
    /// The value as read ("sekitar 50%", "Rp5,5 miliar").
    pub display: String,
    /// Drawn pale with a dashed outline.
    pub approx: bool,
}

/// An upright reference line (a province or the national figure).
#[derive(Clone, Debug, PartialEq)]
pub struct RefLine {
    pub label: String,
    pub value: f64,
    pub display: String,
}

const ROW: f64 = 46.0;
const BAR_H: f64 = 16.0;
const LABEL_ROW: f64 = 20.0;

/// The top of the scale: 100 for shares up to 100%, otherwise a round number
/// just above the largest value, so bars start at zero and are never cut.
pub fn scale_max(values: impl IntoIterator<Item = f64>, percent: bool) -> f64 {
    let max = values.into_iter().filter(|v| v.is_finite()).fold(0.0_f64, f64::max);
    if percent && max <= 100.0 {
        return 100.0;
    }
    if max <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(max.log10().floor());
    for step in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if step * mag >= max {
            return step * mag;
        }
    }
    10.0 * mag
}

/// A length along the scale, as an SVG percentage ("62.35%"), clamped to 0–100.
pub fn pct(value: f64, max: f64) -> String {
    let p = if max > 0.0 && value.is_finite() {
        (value / max * 100.0).clamp(0.0, 100.0)
    } else {
        0.0
    };
    format!("{p:.2}%")
}

#[component]
pub fn BarChart(
    items: Vec<BarItem>,
    #[prop(optional)] lines: Vec<RefLine>,
    /// Shares: the scale runs to 100%.
    #[prop(optional)]
    percent: bool,
) -> impl IntoView {
    let max = scale_max(
        items.iter().map(|i| i.value).chain(lines.iter().map(|l| l.value)),
        percent,
    );
    let bars_h = items.len() as f64 * ROW;
    let height = bars_h + lines.len() as f64 * LABEL_ROW + 6.0;
    let axis = view! {
        <line class="chart-axis" x1="0" x2="0" y1="0" y2=format!("{bars_h}")/>
    };
    let rows = items
        .into_iter()
        .enumerate()
        .map(|(i, it)| {
            let y = i as f64 * ROW;
            view! {
                <g class="chart-row">
                    <text class="bar-label" x="4" y=format!("{}", y + 14.0)>{it.label}</text>
                    <text class="bar-value" x="100%" y=format!("{}", y + 14.0) text-anchor="end">{it.display}</text>
                    <rect
                        class="bar"
                        class:approx=it.approx
                        x="0"
                        y=format!("{}", y + 20.0)
                        height=format!("{BAR_H}")
                        width=pct(it.value, max)
                    />
                </g>
            }
        })
        .collect_view();
    let refs = lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let x = pct(l.value, max);
            // Labels sit under the bars, one line each, anchored so they stay inside.
            let p = if max > 0.0 { l.value / max } else { 0.0 };
            let anchor = if p > 0.6 { "end" } else { "start" };
            view! {
                <g class="chart-ref">
                    <line class="ref-line" x1=x.clone() x2=x.clone() y1="0" y2=format!("{}", bars_h + i as f64 * LABEL_ROW + 6.0)/>
                    <text class="ref-label" x=x y=format!("{}", bars_h + i as f64 * LABEL_ROW + 18.0) text-anchor=anchor>
                        {format!("{}: {}", l.label, l.display)}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="bar-chart"
            aria-hidden="true"
            focusable="false"
            width="100%"
            height=format!("{height}")
        >
            {axis}
            {rows}
            {refs}
        </svg>
    }
}

/// A thin bar for a table row, with ticks for the reference lines.
pub fn mini_bar(value: f64, max: f64, approx: bool, ticks: &[f64]) -> impl IntoView {
    let ticks: Vec<String> = ticks.iter().map(|t| pct(*t, max)).collect();
    view! {
        <svg class="mini-bar" aria-hidden="true" focusable="false" width="100%" height="12">
            <rect class="mini-track" x="0" y="2" width="100%" height="8"/>
            <rect class="bar" class:approx=approx x="0" y="2" height="8" width=pct(value, max)/>
            {ticks.into_iter().map(|x| view! { <line class="ref-tick" x1=x.clone() x2=x y1="0" y2="12"/> }).collect_view()}
        </svg>
    }
}
