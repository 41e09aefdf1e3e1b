//! What leaves the app with the reader: a CSV of the figures on screen (one
//! row per figure, with its source) and a "copy citation" line.
//!
//! CSV choices:
//! - Header names are stable English snake_case in both languages, so a
//!   script written against one download keeps working on the next; codes
//!   (unit, status, approx, segment, period kind, basis) are the data format's
//!   own snake_case values. Only labels (indicator label, caveats) follow the
//!   chosen language.
//! - Numbers are raw (`47.04`, `13245`), '.' as decimal point, no grouping.
//! - RFC 4180: CRLF line ends; fields with a comma, quote, CR or LF are
//!   quoted, quotes doubled. No byte-order mark (the UI may prepend one).
//! - Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'`
//!   so a spreadsheet never runs them as a formula; number cells never do.

use serde::Serialize;

use crate::core::caveat;
use crate::core::dataset::Figure;
use crate::core::format;
use crate::core::index::DataIndex;
use crate::core::lang::Lang;

/// The app's name as cited.
pub const APP_NAME: &str = "Cakupan";

/// Original sources named in a citation before "and N more".
pub const MAX_CITED_SOURCES: usize = 3;

/// Column names, in order.
pub const HEADER: [&str; 21] = [
    "figure_id",
    "region_code",
    "region_name",
    "indicator_id",
    "indicator_label",
    "value",
    "unit",
    "numerator",
    "denominator",
    "denominator_basis",
    "as_of",
    "period_kind",
    "period_start",
    "status",
    "approx",
    "caveats",
    "segment",
    "source_publisher",
    "source_title",
    "source_url",
    "source_date",
];

/// One CSV line: a figure with everything needed to read and cite it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    pub figure_id: String,
    /// The figure's own area (a branch's code for a branch figure).
    pub region_code: String,
    pub region_name: String,
    pub indicator_id: String,
    pub indicator_label: String,
    pub value: f64,
    pub unit: String,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub denominator_basis: String,
    /// ISO partial date, as in the data.
    pub as_of: String,
    pub period_kind: String,
    pub period_start: String,
    pub status: String,
    pub approx: String,
    /// Caveat labels in the chosen language, joined by "; ".
    pub caveats: String,
    pub segment: String,
    pub source_publisher: String,
    pub source_title: String,
    pub source_url: String,
    pub source_date: String,
}

fn code<T: Serialize>(t: &T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// Rows for figures (e.g. `CompareTable::figures()`, `Ranking::figures()`),
/// once each, in order. Figures without a known source are left out: a figure
/// with no source is never shown, nor exported.
pub fn rows(figures: &[Figure], ix: &DataIndex, lang: Lang) -> Vec<ExportRow> {
    let mut seen = std::collections::HashSet::new();
    figures
        .iter()
        .filter(|f| seen.insert(f.id.clone()))
        .filter_map(|f| {
            let src = ix.source(&f.source)?;
            let region = ix.region(&f.region);
            Some(ExportRow {
                figure_id: f.id.clone(),
                region_code: f.region.clone(),
                region_name: region.map(|r| r.name.clone()).unwrap_or_default(),
                indicator_id: f.indicator.clone(),
                indicator_label: ix
                    .indicator(&f.indicator)
                    .map(|i| i.label.get(lang).to_string())
                    .unwrap_or_default(),
                value: f.value,
                unit: code(&f.unit),
                numerator: f.numerator,
                denominator: f.denominator,
                denominator_basis: f.denominator_basis.map(|b| code(&b)).unwrap_or_default(),
                as_of: f.as_of.date.clone(),
                period_kind: code(&f.as_of.kind),
                period_start: f.as_of.start.clone().unwrap_or_default(),
                status: code(&f.status),
                approx: code(&f.approx),
                caveats: caveat::caveats(f, ix)
                    .iter()
                    .map(|c| c.label(lang))
                    .collect::<Vec<_>>()
                    .join("; "),
                segment: code(&f.segment),
                source_publisher: src.publisher.clone(),
                source_title: src.title.clone().unwrap_or_default(),
                source_url: src.url.clone().unwrap_or_default(),
                source_date: src.published.clone().unwrap_or_default(),
            })
        })
        .collect()
}

enum Field<'a> {
    Text(&'a str),
    Number(Option<f64>),
}

fn number(x: f64) -> String {
    if !x.is_finite() {
        String::new()
    } else if x == 0.0 {
        "0".into() // never "-0"
    } else {
        x.to_string() // shortest round-trip form, never exponent notation
    }
}

fn write_field(out: &mut String, field: Field) {
    let text = match field {
        Field::Number(x) => x.map(number).unwrap_or_default(),
        Field::Text(s) if s.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{s}"),
        Field::Text(s) => s.to_string(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&text);
    }
}

/// The CSV text: the header, then one line per row.
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = HEADER.join(",");
    out.push_str("\r\n");
    for r in rows {
        use Field::{Number as N, Text as T};
        let fields = [
            T(&r.figure_id),
            T(&r.region_code),
            T(&r.region_name),
            T(&r.indicator_id),
            T(&r.indicator_label),
            N(Some(r.value)),
            T(&r.unit),
            N(r.numerator),
            N(r.denominator),
            T(&r.denominator_basis),
            T(&r.as_of),
            T(&r.period_kind),
            T(&r.period_start),
            T(&r.status),
            T(&r.approx),
            T(&r.caveats),
            T(&r.segment),
            T(&r.source_publisher),
            T(&r.source_title),
            T(&r.source_url),
            T(&r.source_date),
        ];
        for (i, f) in fields.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_field(&mut out, f);
        }
        out.push_str("\r\n");
    }
    out
}

/// "Sumber: Cakupan (data per 21 Nov 2026), <url>; angka asli: ANTARA, 5 Des
/// 2023; …; dan 2 lainnya". Original sources are named by publisher and
/// date, distinct, in the order the figures come, at most
/// `MAX_CITED_SOURCES`. The dataset date is `ix.dataset.meta.published`.
pub fn citation(figures: &[Figure], ix: &DataIndex, page_url: &str, lang: Lang) -> String {
    let mut out = format!("{} {APP_NAME}", lang.pick("Sumber:", "Source:"));
    let published = ix.dataset.meta.published.trim();
    if !published.is_empty() {
        out.push_str(&format!(
            " ({} {})",
            lang.pick("data per", "data as of"),
            format::date(published, lang)
        ));
    }
    let url = page_url.trim();
    if !url.is_empty() {
        out.push_str(", ");
        out.push_str(url);
    }
    let mut originals: Vec<String> = Vec::new();
    for f in figures {
        let Some(s) = ix.source(&f.source) else { continue };
        let name = match s.published.as_deref() {
            Some(date) => format!("{}, {}", s.publisher.trim(), format::date(date, lang)),
            None => format!(
                "{}, {}",
                s.publisher.trim(),
                lang.pick("tanggal tidak diketahui", "date unknown")
            ),
        };
        if !originals.contains(&name) {
            originals.push(name);
        }
    }
    if !originals.is_empty() {
        out.push_str("; ");
        out.push_str(lang.pick("angka asli: ", "original figures: "));
        let shown = originals.len().min(MAX_CITED_SOURCES);
        out.push_str(&originals[..shown].join("; "));
        let more = originals.len() - shown;
        if more > 0 {
            out.push_str(&match lang {
                Lang::Id => format!("; dan {more} lainnya"),
                Lang::En => format!("; and {more} more"),
            });
        }
    }
    out
}
