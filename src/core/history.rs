//! How a region's figures moved over time: for each indicator with two or
//! more dated figures, the points in date order and which of them may be
//! joined by a line.
//!
//! **The joining rule** ([`joinable`]): two figures are one series only when
//! they count the same thing the same way: the same indicator and unit, the
//! same segment of workers, the same status (a target is never joined to what
//! was reported), the same denominator basis, the same period kind, and both
//! historical or both current. Everything else stays a separate dot.
//! Conflicting figures for the same period are both kept; approximate values
//! are marked, never rounded into the line.

use crate::core::compare::status_label;
use crate::core::dataset::{Approx, Figure, FigureStatus, Indicator};
use crate::core::date::PartialDate;
use crate::core::index::DataIndex;
use crate::core::lang::Lang;
use crate::core::order;

/// One dated figure on a region's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub figure: Figure,
    /// The end of the period it describes, as a fractional year (2024-06 → 2024.46).
    pub when: f64,
    /// The series it belongs to (index into [`History::series`]).
    pub series: usize,
}

impl Point {
    /// Targets, plans and budgets are drawn hollow: not what was reported.
    pub fn hollow(&self) -> bool {
        self.figure.status != FigureStatus::Reported
    }

    pub fn approximate(&self) -> bool {
        self.figure.approx != Approx::Exact
    }
}

/// One indicator's history for a region.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub indicator: Indicator,
    /// Date order (earliest first); ties keep both.
    pub points: Vec<Point>,
    /// Each series: indices into `points`, date order. A series of one point is a lone dot.
    pub series: Vec<Vec<usize>>,
}

impl History {
    /// Whether any two points are joined by a line.
    pub fn has_line(&self) -> bool {
        self.series.iter().any(|s| s.len() >= 2)
    }

    /// One line saying why nothing is joined, when nothing is.
    pub fn not_comparable(&self, lang: Lang) -> Option<&'static str> {
        (!self.has_line()).then(|| {
            lang.pick(
                "Angka-angka ini tidak disambung garis: kelompok pekerja, status, dasar perhitungan atau jenis periodenya berbeda, jadi tidak bisa dibandingkan dari waktu ke waktu.",
                "These figures are not joined by a line: their group of workers, status, base or kind of period differ, so they cannot be compared over time.",
            )
        })
    }

    /// A short description for screen readers (the table below has the details).
    pub fn summary(&self, lang: Lang) -> String {
        let first = self
            .points
            .first()
            .map(|p| p.figure.as_of.date.clone())
            .unwrap_or_default();
        let last = self
            .points
            .last()
            .map(|p| p.figure.as_of.date.clone())
            .unwrap_or_default();
        match lang {
            Lang::Id => format!(
                "{}: {} angka dari {} sampai {}.",
                self.indicator.label.get(lang),
                self.points.len(),
                crate::core::format::date(&first, lang),
                crate::core::format::date(&last, lang)
            ),
            Lang::En => format!(
                "{}: {} figures from {} to {}.",
                self.indicator.label.get(lang),
                self.points.len(),
                crate::core::format::date(&first, lang),
                crate::core::format::date(&last, lang)
            ),
        }
    }
}

/// Whether two figures may be joined into one line over time.
pub fn joinable(a: &Figure, b: &Figure) -> bool {
    a.indicator == b.indicator
        && a.unit == b.unit
        && a.segment == b.segment
        && a.status == b.status
        && a.denominator_basis == b.denominator_basis
        && a.as_of.kind == b.as_of.kind
        && a.historical == b.historical
}

/// The end of a (partial) date as a fractional year; `None` when unknown.
fn fractional_year(date: &str) -> Option<f64> {
    let d = PartialDate::parse(date)?;
    let month = d.month.unwrap_or(12) as f64;
    let day = d.day.unwrap_or(28) as f64;
    Some(d.year as f64 + (month - 1.0) / 12.0 + day / 366.0)
}

/// Histories of a region's own figures: one per indicator with two or more
/// dated figures, in the dataset's indicator order.
pub fn histories(ix: &DataIndex, code: &str) -> Vec<History> {
    let mut out = Vec::new();
    for ind in &ix.dataset.indicators {
        let mut points: Vec<Point> = ix
            .figures_for(code)
            .filter(|f| f.indicator == ind.id)
            .filter_map(|f| {
                Some(Point {
                    when: fractional_year(&f.as_of.date)?,
                    figure: f.clone(),
                    series: 0,
                })
            })
            .collect();
        if points.len() < 2 {
            continue;
        }
        order::sort_by(&mut points, |a, b| {
            a.when.total_cmp(&b.when).then(a.figure.id.cmp(&b.figure.id))
        });
        let mut series: Vec<Vec<usize>> = Vec::new();
        for i in 0..points.len() {
            let found = series
                .iter()
                .position(|s| joinable(&points[s[0]].figure, &points[i].figure));
            match found {
                Some(s) => {
                    series[s].push(i);
                    points[i].series = s;
                }
                None => {
                    points[i].series = series.len();
                    series.push(vec![i]);
                }
            }
        }
        out.push(History {
            indicator: ind.clone(),
            points,
            series,
        });
    }
    out
}

/// The status word of a point ("dilaporkan", "target", "rencana", "anggaran").
pub fn point_status(p: &Point, lang: Lang) -> &'static str {
    status_label(p.figure.status, lang)
}
