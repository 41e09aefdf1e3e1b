//! Comparing 2–8 regions side by side (the `/bandingkan` page): the selection
//! in the URL, the table of every indicator, the comparability rules behind the
//! chart, and plain-language sentences for pairs that may fairly be compared.
//!
//! The rules here are shared with `rank`: one place decides which figure stands
//! for a region and when two figures may be set side by side. Models are owned
//! (`Clone + PartialEq`) so the UI can keep them in memos.

use std::cmp::Ordering;

use crate::core::caveat::{self, basis_label, Caveat};
use crate::core::dataset::{
    Approx, DenominatorBasis, Figure, FigureStatus, Indicator, PeriodKind, Region, RegionKind, Segment, Source, Unit,
};
use crate::core::date::PartialDate;
use crate::core::format;
use crate::core::index::DataIndex;
use crate::core::lang::Lang;
use crate::core::order;

/// The most regions one comparison shows (a phone screen, a readable chart).
pub const MAX_REGIONS: usize = 8;
/// Fewer than this is not a comparison; the UI asks for another region.
pub const MIN_REGIONS: usize = 2;

// ---------------------------------------------------------------------------
// URL state

/// Something in the comparison URL that had to be left out, said so the user
/// knows why a region they linked is not shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectionIssue {
    /// A code no region has (as written, trimmed to 24 characters).
    UnknownCode(String),
    /// Regions beyond `MAX_REGIONS`, in URL order.
    TooMany { dropped: Vec<String> },
    /// An `i=` value no indicator has.
    UnknownIndicator(String),
}

impl SelectionIssue {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SelectionIssue::UnknownCode(c), Lang::Id) => format!("Kode {c} tidak dikenal."),
            (SelectionIssue::UnknownCode(c), Lang::En) => format!("Unknown region code {c}."),
            (SelectionIssue::TooMany { dropped }, Lang::Id) => {
                format!(
                    "Paling banyak {MAX_REGIONS} wilayah bisa dibandingkan; {} tidak ditampilkan.",
                    dropped.len()
                )
            }
            (SelectionIssue::TooMany { dropped }, Lang::En) => {
                format!(
                    "At most {MAX_REGIONS} regions can be compared; {} left out.",
                    dropped.len()
                )
            }
            (SelectionIssue::UnknownIndicator(i), Lang::Id) => format!("Indikator {i} tidak dikenal."),
            (SelectionIssue::UnknownIndicator(i), Lang::En) => format!("Unknown indicator {i}."),
        }
    }
}

/// The regions read from a `w=` value, with what was left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    /// Known region codes, deduplicated, in URL order, at most `MAX_REGIONS`.
    pub codes: Vec<String>,
    pub issues: Vec<SelectionIssue>,
}

// A hostile URL may hold thousands of items; looking at this many is plenty.
const MAX_ITEMS_READ: usize = 200;
const MAX_ISSUES_SHOWN: usize = 8;

/// Reads a `w=` value ("72.08,72.71,73.73"), already percent-decoded or not.
/// Duplicates are dropped silently; unknown codes and regions past the cap are
/// reported. Codes are matched exactly, then case-insensitively ("id" → "ID").
pub fn parse_selection(value: &str, ix: &DataIndex) -> Selection {
    let decoded = percent_decode(value);
    let mut sel = Selection::default();
    let mut dropped = Vec::new();
    let mut unknown = 0usize;
    for raw in decoded
        .split([',', ' ', ';'])
        .filter(|s| !s.trim().is_empty())
        .take(MAX_ITEMS_READ)
    {
        let raw = raw.trim();
        let Some(code) = resolve_code(raw, ix) else {
            unknown += 1;
            if unknown <= MAX_ISSUES_SHOWN {
                sel.issues
                    .push(SelectionIssue::UnknownCode(raw.chars().take(24).collect()));
            }
            continue;
        };
        if sel.codes.contains(&code) || dropped.contains(&code) {
            continue;
        }
        if sel.codes.len() < MAX_REGIONS {
            sel.codes.push(code);
        } else {
            dropped.push(code);
        }
    }
    if !dropped.is_empty() {
        sel.issues.push(SelectionIssue::TooMany { dropped });
    }
    sel
}

fn resolve_code(raw: &str, ix: &DataIndex) -> Option<String> {
    [raw.to_string(), raw.to_ascii_uppercase(), raw.to_ascii_lowercase()]
        .into_iter()
        .find_map(|c| ix.region(&c).map(|r| r.code.clone()))
}

/// The `w=` value for a selection: codes joined by commas (commas are legal in
/// a query, and keep shared links readable).
pub fn selection_param(codes: &[String]) -> String {
    codes.iter().map(|c| encode_component(c)).collect::<Vec<_>>().join(",")
}

/// Adds a region at the end; unchanged if already there or the list is full.
pub fn add(codes: &[String], code: &str) -> Vec<String> {
    let mut out = codes.to_vec();
    if !is_full(codes) && !codes.iter().any(|c| c == code) && !code.trim().is_empty() {
        out.push(code.to_string());
    }
    out
}

pub fn remove(codes: &[String], code: &str) -> Vec<String> {
    codes.iter().filter(|c| *c != code).cloned().collect()
}

/// Moves a region to position `to` (clamped to the list); unchanged if absent.
pub fn move_to(codes: &[String], code: &str, to: usize) -> Vec<String> {
    let mut out = codes.to_vec();
    if let Some(from) = out.iter().position(|c| c == code) {
        let c = out.remove(from);
        let to = to.min(out.len());
        out.insert(to, c);
    }
    out
}

pub fn is_full(codes: &[String]) -> bool {
    codes.len() >= MAX_REGIONS
}

/// The whole `/bandingkan` URL state: regions and the charted indicator.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompareState {
    pub regions: Vec<String>,
    /// `None`: the UI charts the first indicator of the table.
    pub indicator: Option<String>,
}

impl CompareState {
    /// Reads a query string ("w=72.08,72.71&i=coverage_rate", with or without
    /// "?" or a leading path). Never fails: what cannot be used is reported.
    pub fn from_query(query: &str, ix: &DataIndex) -> (CompareState, Vec<SelectionIssue>) {
        let pairs = query_pairs(query);
        let sel = parse_selection(param(&pairs, "w").unwrap_or(""), ix);
        let mut issues = sel.issues;
        let indicator = match param(&pairs, "i").map(str::trim).filter(|s| !s.is_empty()) {
            Some(i) if ix.indicator(i).is_some() => Some(i.to_string()),
            Some(i) => {
                issues.push(SelectionIssue::UnknownIndicator(i.chars().take(24).collect()));
                None
            }
            None => None,
        };
        (
            CompareState {
                regions: sel.codes,
                indicator,
            },
            issues,
        )
    }

    /// The indicator to chart: the one in the URL, else the table's first row.
    pub fn charted_indicator(&self, table: &CompareTable) -> Option<String> {
        self.indicator
            .clone()
            .or_else(|| table.rows.first().map(|r| r.indicator.id.clone()))
    }

    /// The indicators the chart offers: every row of the table, then the
    /// charted one when no row has it (named in the URL, but no chosen
    /// region has a figure for it).
    pub fn chart_choices<'a>(&self, ix: &'a DataIndex, table: &'a CompareTable) -> Vec<&'a Indicator> {
        let mut out: Vec<&Indicator> = table.rows.iter().map(|r| &r.indicator).collect();
        if let Some(charted) = self.charted_indicator(table) {
            if !out.iter().any(|i| i.id == charted) {
                out.extend(ix.indicator(&charted));
            }
        }
        out
    }

    /// The query string without "?": "w=72.08,72.71&i=coverage_rate".
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.regions.is_empty() {
            parts.push(format!("w={}", selection_param(&self.regions)));
        }
        if let Some(i) = &self.indicator {
            parts.push(format!("i={}", encode_component(i)));
        }
        parts.join("&")
    }
}

/// Splits a query into decoded key/value pairs; tolerant of a leading path,
/// "?", a fragment, "+" for space and broken escapes.
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    let q = query.trim();
    let q = q.split_once('?').map_or(q, |(_, rest)| rest);
    let q = q.split('#').next().unwrap_or("");
    q.split('&')
        .filter(|p| !p.is_empty())
        .take(64)
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                percent_decode(&k.replace('+', " ")),
                percent_decode(&v.replace('+', " ")),
            )
        })
        .collect()
}

/// The first value of `key` (later repeats are ignored).
pub(crate) fn param<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

pub(crate) fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(crate) fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Choosing figures

/// A figure as shown anywhere on these pages: with its source and its marks.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureView {
    pub figure: Figure,
    /// Always present for figures shown here; figures without a source are left out.
    pub source: Option<Source>,
    pub caveats: Vec<Caveat>,
}

impl FigureView {
    pub fn new(f: &Figure, ix: &DataIndex) -> FigureView {
        FigureView {
            figure: f.clone(),
            source: ix.source(&f.source).cloned(),
            caveats: caveat::caveats(f, ix),
        }
    }
}

/// The end of the period a date describes, so "2025" counts as late as "2025-12-31".
fn end_key(d: &str) -> (i32, u8, u8) {
    match PartialDate::parse(d) {
        Some(p) => (p.year, p.month.unwrap_or(12), p.day.unwrap_or(31)),
        None => (i32::MIN, 0, 0),
    }
}

/// Which figure best stands for a region: all workers, reported, current,
/// latest, exact, with a stated base, most recently published; then id for a
/// stable choice. `Greater` means `a` is preferred.
fn preference(a: &Figure, b: &Figure, ix: &DataIndex) -> Ordering {
    let key = |f: &Figure| {
        (
            f.segment == Segment::All,
            f.status == FigureStatus::Reported,
            !f.historical,
            end_key(&f.as_of.date),
            f.approx == Approx::Exact,
            f.denominator_basis.is_some(),
            ix.source(&f.source).and_then(|s| s.published.as_deref()).map(end_key),
        )
    };
    key(a).cmp(&key(b)).then_with(|| b.id.cmp(&a.id))
}

/// A region's own usable figures for an indicator, best first. Figures whose
/// source is unknown are never shown, so they are dropped here too.
fn own_figures<'a>(ix: &'a DataIndex, code: &str, indicator: &str, segment: Option<Segment>) -> Vec<&'a Figure> {
    let mut v: Vec<&Figure> = ix
        .figures_for(code)
        .filter(|f| f.indicator == indicator)
        .filter(|f| segment.is_none_or(|s| f.segment == s))
        .filter(|f| f.value.is_finite() && ix.source(&f.source).is_some())
        .collect();
    order::sort_by(&mut v, |a, b| preference(b, a, ix));
    v
}

/// Figures of the BPJS branches covering a region, best first, with their branch.
fn branch_figures<'a>(
    ix: &'a DataIndex,
    region: &'a Region,
    indicator: &str,
    segment: Option<Segment>,
) -> Vec<(&'a Region, &'a Figure)> {
    let mut v: Vec<(&Region, &Figure)> = if region.kind == RegionKind::Cabang {
        own_figures(ix, &region.code, indicator, segment)
            .into_iter()
            .map(|f| (region, f))
            .collect()
    } else {
        ix.branches_covering(&region.code)
            .flat_map(|b| {
                own_figures(ix, &b.code, indicator, segment)
                    .into_iter()
                    .map(move |f| (b, f))
            })
            .collect()
    };
    order::sort_by(&mut v, |a, b| preference(b.1, a.1, ix));
    v
}

/// Whether two dates may describe the same moment: equal, or one contains the
/// other ("2025" and "2025-12"). Different months of a year are an update, not
/// a conflict.
fn dates_overlap(a: &str, b: &str) -> bool {
    match (PartialDate::parse(a), PartialDate::parse(b)) {
        (Some(x), Some(y)) => {
            x.year == y.year
                && match (x.month, y.month) {
                    (Some(m), Some(n)) if m != n => false,
                    (Some(_), Some(_)) => match (x.day, y.day) {
                        (Some(d), Some(e)) => d == e,
                        _ => true,
                    },
                    _ => true,
                }
        }
        // Unknown dates (empty) never overlap anything: nothing is inferred.
        _ => !a.trim().is_empty() && a == b,
    }
}

// ---------------------------------------------------------------------------
// Comparability

/// The group of figures that may be set side by side: same unit, segment,
/// status, calendar year, period kind, history flag and (for percentages)
/// denominator basis. A figure with no stated basis may join a group whose
/// basis is known, flagged (`Note::BasisUnknown`): most published rates state
/// none, and separating them all would leave nothing to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupKey {
    pub unit: Unit,
    pub segment: Segment,
    pub status: FigureStatus,
    pub year: Option<i32>,
    pub historical: bool,
    /// For cumulative and range figures: the kind and start; `None` for a
    /// point in time, a year or an unstated period.
    pub span: Option<(PeriodKind, Option<String>)>,
    /// The group's most common stated base (percentages only).
    pub basis: Option<DenominatorBasis>,
}

impl GroupKey {
    fn of(f: &Figure) -> GroupKey {
        GroupKey {
            unit: f.unit,
            segment: f.segment,
            status: f.status,
            year: f.as_of.year(),
            historical: f.historical,
            span: span(f),
            basis: if f.unit == Unit::Percent {
                f.denominator_basis
            } else {
                None
            },
        }
    }

    fn same_group(&self, other: &GroupKey) -> bool {
        self.unit == other.unit
            && self.segment == other.segment
            && self.status == other.status
            && self.year == other.year
            && self.historical == other.historical
            && self.span == other.span
    }

    /// A short subtitle for a chart or ranking: "2024, persentase dari angkatan kerja".
    pub fn describe(&self, lang: Lang) -> String {
        let mut parts = vec![match self.year {
            Some(y) => y.to_string(),
            None => lang.pick("tahun tidak jelas", "year unclear").to_string(),
        }];
        if self.status != FigureStatus::Reported {
            parts.push(status_label(self.status, lang).to_string());
        }
        if self.segment != Segment::All {
            parts.push(segment_label(self.segment, lang).to_string());
        }
        if let Some(b) = self.basis {
            parts.push(match lang {
                Lang::Id => format!("persentase dari {}", basis_label(b, lang)),
                Lang::En => format!("share of {}", basis_phrase(b, lang)),
            });
        }
        parts.join(", ")
    }
}

fn span(f: &Figure) -> Option<(PeriodKind, Option<String>)> {
    match f.as_of.kind {
        PeriodKind::Cumulative | PeriodKind::Range => Some((f.as_of.kind, f.as_of.start.clone())),
        _ => None,
    }
}

/// Why a figure is kept apart from the reference group. One reason per
/// figure: the most important difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The figure is a BPJS branch office's, covering several regions.
    BranchLevel {
        branch: String,
    },
    DifferentUnit {
        unit: Unit,
        reference: Unit,
    },
    DifferentStatus {
        status: FigureStatus,
        reference: FigureStatus,
    },
    DifferentSegment {
        segment: Segment,
        reference: Segment,
    },
    /// Cumulative or over a range, against a state at one time (or another start).
    DifferentPeriod,
    DifferentBasis {
        basis: DenominatorBasis,
        reference: DenominatorBasis,
    },
    /// Before 2020, against current figures.
    Historical {
        year: Option<i32>,
    },
    DifferentYear {
        year: Option<i32>,
        reference: Option<i32>,
    },
    /// Ranking only: the source gives a bound ("more than 50%"), not a value.
    OnlyBound(Approx),
}

impl Reason {
    /// One line a reader understands.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Reason::BranchLevel { branch } => match lang {
                Lang::Id => format!("Angka untuk {branch}, kantor cabang BPJS yang melayani beberapa daerah, bukan untuk daerah ini saja."),
                Lang::En => format!("A figure for {branch}, a BPJS branch serving several regions, not for this region alone."),
            },
            Reason::DifferentUnit { .. } => lang
                .pick("Satuannya berbeda, jadi tidak bisa dibandingkan.", "Measured in a different unit, so it cannot be compared.")
                .into(),
            Reason::DifferentStatus { status, reference } => match lang {
                Lang::Id => format!("Ini {}, bukan {} seperti angka lainnya.", status_label(*status, lang), status_label(*reference, lang)),
                Lang::En => format!("This is a {}, not a {} like the others.", status_label(*status, lang), status_label(*reference, lang)),
            },
            Reason::DifferentSegment { segment, reference } => match lang {
                Lang::Id => format!("Angka ini untuk {}, sedangkan yang lain untuk {}.", segment_label(*segment, lang), segment_label(*reference, lang)),
                Lang::En => format!("This figure covers {}; the others cover {}.", segment_label(*segment, lang), segment_label(*reference, lang)),
            },
            Reason::DifferentPeriod => lang
                .pick(
                    "Periodenya berbeda jenis (kumulatif atau rentang waktu, bukan satu saat), jadi tidak sebanding.",
                    "It covers a different kind of period (cumulative or a range, not one moment), so it is not comparable.",
                )
                .into(),
            Reason::DifferentBasis { basis, reference } => match lang {
                Lang::Id => format!("Persentase dari {}, sedangkan yang lain dari {}: dasar berbeda, tidak sebanding.", basis_label(*basis, lang), basis_label(*reference, lang)),
                Lang::En => format!("A share of {}; the others are shares of {}, a different base.", basis_phrase(*basis, lang), basis_phrase(*reference, lang)),
            },
            Reason::Historical { year } => match (lang, year) {
                (Lang::Id, Some(y)) => format!("Data {y}: sejarah, bukan keadaan sekarang."),
                (Lang::En, Some(y)) => format!("Data from {y}: history, not the current state."),
                _ => lang.pick("Data lama: sejarah, bukan keadaan sekarang.", "Old data: history, not the current state.").into(),
            },
            Reason::DifferentYear { year: Some(y), reference: Some(r) } => match lang {
                Lang::Id => format!("Data tahun {y}, sedangkan yang lain tahun {r}."),
                Lang::En => format!("Data for {y}; the others are for {r}."),
            },
            Reason::DifferentYear { .. } => {
                lang.pick("Tahun data ini tidak jelas.", "The year of this figure is unclear.").into()
            }
            Reason::OnlyBound(a) => match a {
                Approx::AtMost => lang.pick(
                    "Sumber hanya menyebut batas atas, jadi tidak diberi peringkat.",
                    "The source gives only an upper bound, so it is not ranked.",
                ),
                _ => lang.pick(
                    "Sumber hanya menyebut batas bawah, jadi tidak diberi peringkat.",
                    "The source gives only a lower bound, so it is not ranked.",
                ),
            }
            .into(),
        }
    }
}

/// Whether a figure belongs to a reference group; `None` when it does.
/// Branch figures are the caller's concern (they are never a region's own).
pub fn reason_against(f: &Figure, reference: &GroupKey) -> Option<Reason> {
    let k = GroupKey::of(f);
    if k.unit != reference.unit {
        return Some(Reason::DifferentUnit {
            unit: k.unit,
            reference: reference.unit,
        });
    }
    if k.status != reference.status {
        return Some(Reason::DifferentStatus {
            status: k.status,
            reference: reference.status,
        });
    }
    if k.segment != reference.segment {
        return Some(Reason::DifferentSegment {
            segment: k.segment,
            reference: reference.segment,
        });
    }
    if k.span != reference.span {
        return Some(Reason::DifferentPeriod);
    }
    if let (Some(b), Some(r)) = (k.basis, reference.basis) {
        if b != r {
            return Some(Reason::DifferentBasis { basis: b, reference: r });
        }
    }
    if k.historical && !reference.historical {
        return Some(Reason::Historical { year: k.year });
    }
    if k.year.is_none() || k.year != reference.year || k.historical != reference.historical {
        return Some(Reason::DifferentYear {
            year: k.year,
            reference: reference.year,
        });
    }
    None
}

/// Whether two figures may be compared directly (ignoring branch level).
pub fn comparable(a: &Figure, b: &Figure) -> bool {
    let mut k = GroupKey::of(a);
    if k.basis.is_none() {
        k.basis = GroupKey::of(b).basis;
    }
    reason_against(a, &k).is_none() && reason_against(b, &k).is_none()
}

/// The reference group among regions' headline figures: current reported
/// groups before targets and history (a coverage chart is about coverage
/// achieved, now), then the group most regions share, then the later year,
/// then all workers, then the first in selection order. Its basis is the most
/// common stated one among the group's headlines.
pub fn reference_group(headlines: &[&Figure]) -> Option<GroupKey> {
    let mut groups: Vec<(GroupKey, Vec<&Figure>)> = Vec::new();
    for h in headlines.iter().copied().filter(|h| h.as_of.year().is_some()) {
        let k = GroupKey::of(h);
        match groups.iter_mut().find(|(g, _)| g.same_group(&k)) {
            Some((_, members)) => members.push(h),
            None => groups.push((k, vec![h])),
        }
    }
    let n = groups.len();
    let (mut key, members) = groups
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (k, m))| {
            (
                k.status == FigureStatus::Reported && !k.historical,
                m.len(),
                k.year,
                k.segment == Segment::All,
                n - i,
            )
        })
        .map(|(_, g)| g)?;
    key.basis = None;
    if key.unit == Unit::Percent {
        let mut counts: Vec<(DenominatorBasis, usize)> = Vec::new();
        for b in members.iter().filter_map(|f| f.denominator_basis) {
            match counts.iter_mut().find(|(x, _)| *x == b) {
                Some((_, c)) => *c += 1,
                None => counts.push((b, 1)),
            }
        }
        let m = counts.len();
        key.basis = counts
            .into_iter()
            .enumerate()
            .max_by_key(|(i, (_, c))| (*c, m - i))
            .map(|(_, (b, _))| b);
    }
    Some(key)
}

/// A note on a figure that is compared, so nothing is silently glossed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The source states no base; the group's figures are shares of `reference`.
    BasisUnknown { reference: DenominatorBasis },
    /// This many other figures for the same period disagree; all are kept.
    Conflicting { count: usize },
    /// The region has a newer figure (this date) outside the comparable group.
    Newer { date: String },
}

impl Note {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Note::BasisUnknown { reference }, Lang::Id) => format!(
                "Sumber tidak menyebut dasar persentase ini; angka lain dihitung dari {}.",
                basis_label(*reference, lang)
            ),
            (Note::BasisUnknown { reference }, Lang::En) => format!(
                "The source does not state this percentage's base; the others are shares of {}.",
                basis_phrase(*reference, lang)
            ),
            (Note::Conflicting { count }, Lang::Id) => format!(
                "Ada {count} angka lain yang berbeda untuk periode yang sama; semuanya ditampilkan, tidak dirata-rata."
            ),
            (Note::Conflicting { count: 1 }, Lang::En) => {
                "1 other figure for the same period differs; both are shown, never averaged.".into()
            }
            (Note::Conflicting { count }, Lang::En) => {
                format!("{count} other figures for the same period differ; all are shown, never averaged.")
            }
            (Note::Newer { date }, Lang::Id) => format!(
                "Ada angka yang lebih baru ({}), tetapi tidak sebanding dengan yang lain.",
                format::date(date, lang)
            ),
            (Note::Newer { date }, Lang::En) => format!(
                "A newer figure exists ({}), but it is not comparable with the others.",
                format::date(date, lang)
            ),
        }
    }
}

/// One region's figure in a chart (or ranking).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The region this bar is drawn for.
    pub region: Region,
    pub view: FigureView,
    /// `Some` when the figure is a BPJS branch's (covering `region`), not the region's own.
    pub branch: Option<Region>,
    pub notes: Vec<Note>,
    /// Other figures for the same period with different values: shown, never averaged.
    pub conflicting: Vec<FigureView>,
    /// A newer figure left out because it is not comparable.
    pub newer: Option<FigureView>,
}

impl Bar {
    pub fn value(&self) -> f64 {
        self.view.figure.value
    }

    /// Drawn, but marked (e.g. hatched) and read with "about".
    pub fn is_approximate(&self) -> bool {
        self.view.figure.approx != Approx::Exact
    }

    fn plain(region: &Region, branch: Option<&Region>, f: &Figure, ix: &DataIndex) -> Bar {
        Bar {
            region: region.clone(),
            view: FigureView::new(f, ix),
            branch: branch.cloned(),
            notes: Vec::new(),
            conflicting: Vec::new(),
            newer: None,
        }
    }
}

/// A region's figure inside a reference group: prefer the group's stated
/// basis over an unstated one, then the usual preference. Other figures of the
/// group for an overlapping date with another value are conflicts.
fn pick_in_group(region: &Region, cands: &[&Figure], key: &GroupKey, ix: &DataIndex) -> Option<Bar> {
    let matching: Vec<&Figure> = cands
        .iter()
        .copied()
        .filter(|f| reason_against(f, key).is_none())
        .collect();
    let chosen = matching
        .iter()
        .copied()
        .find(|f| key.basis.is_none() || f.unit != Unit::Percent || f.denominator_basis == key.basis)
        .or_else(|| matching.first().copied())?;
    let mut bar = Bar::plain(region, None, chosen, ix);
    if let (Some(r), None, Unit::Percent) = (key.basis, chosen.denominator_basis, chosen.unit) {
        bar.notes.push(Note::BasisUnknown { reference: r });
    }
    bar.conflicting = matching
        .iter()
        .filter(|f| f.id != chosen.id && f.value != chosen.value && dates_overlap(&f.as_of.date, &chosen.as_of.date))
        .map(|f| FigureView::new(f, ix))
        .collect();
    if !bar.conflicting.is_empty() {
        bar.notes.push(Note::Conflicting {
            count: bar.conflicting.len(),
        });
    }
    if let Some(head) = cands.first() {
        if head.id != chosen.id && end_key(&head.as_of.date) > end_key(&chosen.as_of.date) {
            bar.notes.push(Note::Newer {
                date: head.as_of.date.clone(),
            });
            bar.newer = Some(FigureView::new(head, ix));
        }
    }
    Some(bar)
}

/// A region's figure in an existing reference group (a province or national
/// reference line), or `None` when it has no comparable one.
pub(crate) fn bar_in_group(
    ix: &DataIndex,
    region: &Region,
    indicator: &str,
    segment: Option<Segment>,
    key: &GroupKey,
) -> Option<Bar> {
    let cands = own_figures(ix, &region.code, indicator, segment);
    pick_in_group(region, &cands, key, ix)
}

/// Regions sorted into a reference group, kept apart, or without a figure.
pub(crate) struct Placed {
    pub reference: Option<GroupKey>,
    pub comparable: Vec<Bar>,
    pub separated: Vec<(Bar, Reason)>,
    pub missing: Vec<Region>,
}

/// The comparability rules applied to a set of regions for one indicator;
/// shared by the chart and the ranking so both say the same thing.
pub(crate) fn place(ix: &DataIndex, regions: &[&Region], indicator: &str, segment: Option<Segment>) -> Placed {
    let cands: Vec<Vec<&Figure>> = regions
        .iter()
        .map(|r| {
            if r.kind == RegionKind::Cabang {
                Vec::new()
            } else {
                own_figures(ix, &r.code, indicator, segment)
            }
        })
        .collect();
    let heads: Vec<&Figure> = cands.iter().filter_map(|c| c.first().copied()).collect();
    let reference = reference_group(&heads);
    let mut out = Placed {
        reference: reference.clone(),
        comparable: Vec::new(),
        separated: Vec::new(),
        missing: Vec::new(),
    };
    for (r, c) in regions.iter().copied().zip(&cands) {
        if let Some(head) = c.first().copied() {
            match reference.as_ref().and_then(|k| pick_in_group(r, c, k, ix)) {
                Some(bar) => out.comparable.push(bar),
                None => {
                    let reason =
                        reference
                            .as_ref()
                            .and_then(|k| reason_against(head, k))
                            .unwrap_or(Reason::DifferentYear {
                                year: head.as_of.year(),
                                reference: None,
                            });
                    out.separated.push((Bar::plain(r, None, head, ix), reason));
                }
            }
        } else if let Some((b, f)) = branch_figures(ix, r, indicator, segment).first().copied() {
            out.separated.push((
                Bar::plain(r, Some(b), f, ix),
                Reason::BranchLevel { branch: b.name.clone() },
            ));
        } else {
            out.missing.push(r.clone());
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Table

/// Figures of a branch covering the column's region: shown in its cell, but
/// only as the branch's figure.
#[derive(Debug, Clone, PartialEq)]
pub struct BranchFigure {
    pub branch: Region,
    pub view: FigureView,
}

/// What a region has for an indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct CellFigures {
    /// The region's own best figure; `None` when only a branch has one.
    pub headline: Option<FigureView>,
    /// Own figures for the same segment, status and an overlapping period with
    /// another value (another source, or another base): shown next to the
    /// headline, never averaged.
    pub conflicting: Vec<FigureView>,
    /// Every other own figure (other segments, targets, older), best first.
    pub others: Vec<FigureView>,
    /// Figures of BPJS branches covering the region, best first.
    pub branch: Vec<BranchFigure>,
}

impl CellFigures {
    /// Every figure in the cell: headline, conflicting, others, then branch figures.
    pub fn views(&self) -> impl Iterator<Item = &FigureView> {
        self.headline
            .iter()
            .chain(&self.conflicting)
            .chain(&self.others)
            .chain(self.branch.iter().map(|b| &b.view))
    }
}

/// A table cell. `Missing` is no published figure at all, never zero.
// At most 8 × a dozen cells per table: boxing would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Missing,
    Figures(CellFigures),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub indicator: Indicator,
    /// One per column, in column order.
    pub cells: Vec<Cell>,
}

/// The side-by-side table: one column per region, one row per indicator that
/// at least one of them (or a branch covering it) has.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompareTable {
    pub columns: Vec<Region>,
    pub rows: Vec<TableRow>,
}

impl CompareTable {
    /// Every figure shown, once, in table order (for CSV and citations).
    pub fn figures(&self) -> Vec<Figure> {
        let mut out: Vec<Figure> = Vec::new();
        for row in &self.rows {
            for cell in &row.cells {
                if let Cell::Figures(c) = cell {
                    for v in c.views() {
                        if !out.iter().any(|f| f.id == v.figure.id) {
                            out.push(v.figure.clone());
                        }
                    }
                }
            }
        }
        out
    }
}

/// What the compare view's take-away tools get: every figure of the table
/// (the CSV), with the charted figures first, so the citation names the
/// sources of what a story quotes.
pub fn take_away_figures(chart: Option<&ChartModel>, table: &CompareTable) -> Vec<Figure> {
    let mut out = chart.map(ChartModel::figures).unwrap_or_default();
    for f in table.figures() {
        if !out.iter().any(|g| g.id == f.id) {
            out.push(f);
        }
    }
    out
}

/// Builds the table for region codes (unknown codes are skipped).
pub fn table(ix: &DataIndex, codes: &[String]) -> CompareTable {
    let columns: Vec<&Region> = codes.iter().filter_map(|c| ix.region(c)).take(MAX_REGIONS).collect();
    let mut rows = Vec::new();
    for ind in &ix.dataset.indicators {
        let cells: Vec<Cell> = columns.iter().map(|r| cell(ix, r, &ind.id)).collect();
        if cells.iter().any(|c| *c != Cell::Missing) {
            rows.push(TableRow {
                indicator: ind.clone(),
                cells,
            });
        }
    }
    CompareTable {
        columns: columns.into_iter().cloned().collect(),
        rows,
    }
}

fn cell(ix: &DataIndex, region: &Region, indicator: &str) -> Cell {
    let own = own_figures(ix, &region.code, indicator, None);
    let branch: Vec<BranchFigure> = if region.kind == RegionKind::Cabang {
        Vec::new()
    } else {
        branch_figures(ix, region, indicator, None)
            .into_iter()
            .map(|(b, f)| BranchFigure {
                branch: b.clone(),
                view: FigureView::new(f, ix),
            })
            .collect()
    };
    let Some(head) = own.first().copied() else {
        return if branch.is_empty() {
            Cell::Missing
        } else {
            Cell::Figures(CellFigures {
                headline: None,
                conflicting: Vec::new(),
                others: Vec::new(),
                branch,
            })
        };
    };
    let (conflicting, others): (Vec<&Figure>, Vec<&Figure>) = own[1..].iter().partition(|f| {
        f.segment == head.segment
            && f.status == head.status
            && f.unit == head.unit
            && f.value != head.value
            && dates_overlap(&f.as_of.date, &head.as_of.date)
    });
    Cell::Figures(CellFigures {
        headline: Some(FigureView::new(head, ix)),
        conflicting: conflicting.into_iter().map(|f| FigureView::new(f, ix)).collect(),
        others: others.into_iter().map(|f| FigureView::new(f, ix)).collect(),
        branch,
    })
}

// ---------------------------------------------------------------------------
// Chart

/// The chart for one indicator: bars that may be compared, bars kept apart
/// with a reason, and regions with no figure (never drawn as zero).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartModel {
    pub indicator: Indicator,
    /// What the comparable bars share (year, status, segment, basis).
    pub reference: Option<GroupKey>,
    /// In selection order.
    pub comparable: Vec<Bar>,
    pub separated: Vec<(Bar, Reason)>,
    pub missing: Vec<Region>,
}

/// The chart for the selected regions; `None` if the indicator is unknown.
/// `segment`: only figures for these workers (`None`: any, all workers preferred).
pub fn chart(ix: &DataIndex, codes: &[String], indicator: &str, segment: Option<Segment>) -> Option<ChartModel> {
    let ind = ix.indicator(indicator)?;
    let regions: Vec<&Region> = codes.iter().filter_map(|c| ix.region(c)).take(MAX_REGIONS).collect();
    let p = place(ix, &regions, indicator, segment);
    Some(ChartModel {
        indicator: ind.clone(),
        reference: p.reference,
        comparable: p.comparable,
        separated: p.separated,
        missing: p.missing,
    })
}

impl ChartModel {
    /// Every figure drawn (comparable, separated, conflicting), once.
    pub fn figures(&self) -> Vec<Figure> {
        let mut out: Vec<Figure> = Vec::new();
        let bars = self.comparable.iter().chain(self.separated.iter().map(|(b, _)| b));
        for b in bars {
            for v in std::iter::once(&b.view).chain(&b.conflicting) {
                if !out.iter().any(|f| f.id == v.figure.id) {
                    out.push(v.figure.clone());
                }
            }
        }
        out
    }

    /// Sentences comparing the first comparable bar with each other one.
    pub fn sentences(&self, lang: Lang) -> Vec<String> {
        let Some((first, rest)) = self.comparable.split_first() else {
            return Vec::new();
        };
        rest.iter()
            .filter_map(|b| sentence(first, b, &self.indicator, lang))
            .collect()
    }
}

// ---------------------------------------------------------------------------
// Sentences

/// "Cakupan di Kota Palu 12,3 poin persentase lebih tinggi daripada Kabupaten
/// Parigi Moutong, sekitar 1,6 kali lipat (2024)." A plain-language comparison
/// of `a` with `b`, or `None` when they may not be compared: different groups,
/// a branch figure, a bound ("more than 50%"), or a conflicting figure on
/// either side (which value would the sentence be about?).
///
/// Percentages get a percentage-point difference (what journalists report)
/// plus a ratio when it reads naturally; other units get a ratio ("about
/// double", "about 1.6 times"). Ratios always say "about" (they are rounded);
/// a difference says "about" and is rounded to a whole point when either
/// value is approximate.
pub fn sentence(a: &Bar, b: &Bar, indicator: &Indicator, lang: Lang) -> Option<String> {
    let (fa, fb) = (&a.view.figure, &b.view.figure);
    let bounded = |f: &Figure| matches!(f.approx, Approx::AtLeast | Approx::AtMost);
    if a.branch.is_some() || b.branch.is_some() || a.region.code == b.region.code {
        return None;
    }
    if !comparable(fa, fb) || bounded(fa) || bounded(fb) || !a.conflicting.is_empty() || !b.conflicting.is_empty() {
        return None;
    }
    let (x, y) = (fa.value, fb.value);
    if !x.is_finite() || !y.is_finite() || x < 0.0 || y < 0.0 {
        return None;
    }
    let year = fa.as_of.year()?;
    let approx = fa.approx != Approx::Exact || fb.approx != Approx::Exact;
    let label = indicator.label.get(lang);
    let (an, bn) = (a.region.name.as_str(), b.region.name.as_str());
    Some(if fa.unit == Unit::Percent {
        percent_sentence(label, an, bn, x, y, approx, year, lang)
    } else {
        ratio_sentence(label, an, bn, x, y, year, lang)
    })
}

/// "1,6" / "1.6"; whole numbers from 10 up.
fn times(r: f64, lang: Lang) -> String {
    if r >= 10.0 {
        format::integer(r.round(), lang)
    } else {
        format::decimal((r * 10.0).round() / 10.0, 1, lang)
    }
}

fn is_about_double(r: f64) -> bool {
    (1.9..2.15).contains(&r)
}

fn is_about_half(r: f64) -> bool {
    (0.45..0.55).contains(&r)
}

#[allow(clippy::too_many_arguments)]
fn percent_sentence(label: &str, an: &str, bn: &str, x: f64, y: f64, approx: bool, year: i32, lang: Lang) -> String {
    // Shown precision: a tenth of a point, or a whole point for approximate values.
    let d = if approx {
        (x - y).round()
    } else {
        ((x - y) * 10.0).round() / 10.0
    };
    if d == 0.0 {
        return match lang {
            Lang::Id => format!("{label} di {an} hampir sama dengan {bn} ({year})."),
            Lang::En => format!("{label} in {an} is about the same as in {bn} ({year})."),
        };
    }
    let about = if approx { lang.pick("sekitar ", "about ") } else { "" };
    let pts = format::decimal(d.abs(), 1, lang);
    let r = if y > 0.0 { Some(x / y) } else { None };
    if d > 0.0 {
        let ratio = match r {
            Some(r) if is_about_double(r) => lang.pick(", sekitar dua kali lipat", ", about double").to_string(),
            Some(r) if r >= 1.1 => match lang {
                Lang::Id => format!(", sekitar {} kali lipat", times(r, lang)),
                Lang::En => format!(", about {} times as high", times(r, lang)),
            },
            _ => String::new(),
        };
        match lang {
            Lang::Id => {
                format!("{label} di {an} {about}{pts} poin persentase lebih tinggi daripada {bn}{ratio} ({year}).")
            }
            Lang::En => {
                format!("{label} in {an} is {about}{pts} percentage points higher than in {bn}{ratio} ({year}).")
            }
        }
    } else {
        let ratio = match r {
            Some(r) if is_about_half(r) => lang.pick(", sekitar separuhnya", ", about half as high"),
            Some(r) if r < 0.45 => lang.pick(", kurang dari separuhnya", ", less than half as high"),
            _ => "",
        };
        match lang {
            Lang::Id => {
                format!("{label} di {an} {about}{pts} poin persentase lebih rendah daripada {bn}{ratio} ({year}).")
            }
            Lang::En => {
                format!("{label} in {an} is {about}{pts} percentage points lower than in {bn}{ratio} ({year}).")
            }
        }
    }
}

fn ratio_sentence(label: &str, an: &str, bn: &str, x: f64, y: f64, year: i32, lang: Lang) -> String {
    if y == 0.0 || x == 0.0 {
        let (id, en) = match x.partial_cmp(&y) {
            Some(Ordering::Greater) => ("lebih tinggi daripada", "is higher than that of"),
            Some(Ordering::Less) => ("lebih rendah daripada", "is lower than that of"),
            _ => ("sama dengan", "is the same as that of"),
        };
        return match lang {
            Lang::Id => format!("{label} di {an} {id} {bn} ({year})."),
            Lang::En => format!("{label} in {an} {en} {bn} ({year})."),
        };
    }
    let r = x / y;
    let (id, en) = if (r - 1.0).abs() < 0.05 {
        (
            "hampir sama dengan".to_string(),
            "is about the same as that of".to_string(),
        )
    } else if is_about_double(r) {
        ("sekitar dua kali lipat".into(), "is about double that of".into())
    } else if r >= 1.05 {
        (
            format!("sekitar {} kali", times(r, Lang::Id)),
            format!("is about {} times that of", times(r, Lang::En)),
        )
    } else if is_about_half(r) {
        ("sekitar separuh".into(), "is about half that of".into())
    } else {
        // Below one: "about 60 percent of" reads better than "0.6 times".
        let p = r * 100.0;
        let p = if p >= 10.0 { (p / 5.0).round() * 5.0 } else { p.round() };
        if p < 1.0 {
            (
                "kurang dari 1 persen dari".into(),
                "is less than 1 percent of that of".into(),
            )
        } else {
            (
                format!("sekitar {} persen dari", format::integer(p, Lang::Id)),
                format!("is about {} percent of that of", format::integer(p, Lang::En)),
            )
        }
    };
    match lang {
        Lang::Id => format!("{label} di {an} {id} {bn} ({year})."),
        Lang::En => format!("{label} in {an} {en} {bn} ({year})."),
    }
}

// ---------------------------------------------------------------------------
// Labels

/// Who a segment counts, in words.
pub fn segment_label(s: Segment, lang: Lang) -> &'static str {
    match s {
        Segment::All => lang.pick("semua pekerja", "all workers"),
        Segment::Pu => lang.pick("pekerja penerima upah (PU)", "wage earners (PU)"),
        Segment::Bpu => lang.pick("pekerja bukan penerima upah (BPU)", "non-wage earners (BPU)"),
        Segment::Jakon => lang.pick("pekerja jasa konstruksi", "construction workers"),
        Segment::Pmi => lang.pick("pekerja migran", "migrant workers"),
        Segment::NonAsn => lang.pick("pegawai non-ASN", "non-civil-servant government staff"),
        Segment::VillageApparatus => lang.pick("perangkat desa", "village officials"),
        Segment::Rentan => lang.pick("pekerja rentan", "vulnerable workers"),
        Segment::Other => lang.pick("kelompok lain", "another group"),
    }
}

/// A base as English needs it after "share of": "the labour force", "another base".
fn basis_phrase(b: DenominatorBasis, lang: Lang) -> String {
    match (lang, b) {
        (Lang::En, DenominatorBasis::Other) => basis_label(b, lang).to_string(),
        (Lang::En, _) => format!("the {}", basis_label(b, lang)),
        (Lang::Id, _) => basis_label(b, lang).to_string(),
    }
}

/// What kind of number a status makes it, as a noun.
pub fn status_label(s: FigureStatus, lang: Lang) -> &'static str {
    match s {
        FigureStatus::Reported => lang.pick("angka capaian", "reported figure"),
        FigureStatus::Target => lang.pick("target", "target"),
        FigureStatus::Plan => lang.pick("rencana atau kuota", "plan or quota"),
        FigureStatus::Budget => lang.pick("anggaran", "budget"),
    }
}

// ---------------------------------------------------------------------------
// Headline and one-line summary (link previews, link-preview cards, search results)

/// The one figure that stands for a region in link previews: the region's
/// own headline figure of the first indicator (in the dataset's order) it
/// has one for, in words. Branch figures never stand for a region here.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// The indicator's label: "Cakupan kepesertaan".
    pub indicator: String,
    /// The value with its approximation and unit: "sekitar 45,2%", "1.200 orang".
    pub value: String,
    /// The period in words: "tahun 2023", "Agustus 2025".
    pub as_of: String,
    /// Who published it: "Antara".
    pub source: String,
    /// The figure's honesty marks (target, approximate, historical…), each
    /// with its badge label in `core::caveat`.
    pub caveats: Vec<Caveat>,
}

/// A region's headline figure, or `None` when it has no published figure of
/// its own (unknown codes too). The rule of which figure is the headline
/// lives here and in `preference`; [`region_summary`] and the link-preview
/// cards both read it.
pub fn region_headline(ix: &DataIndex, code: &str, lang: Lang) -> Option<Headline> {
    let region = ix.region(code)?;
    ix.dataset
        .indicators
        .iter()
        .find_map(|ind| match cell(ix, region, &ind.id) {
            Cell::Figures(CellFigures { headline: Some(h), .. }) => Some(Headline {
                indicator: ind.label.get(lang).to_string(),
                value: format::figure_value(&h.figure, lang),
                as_of: format::as_of(&h.figure.as_of, lang),
                source: h.source.as_ref().map(|s| s.publisher.clone()).unwrap_or_default(),
                caveats: h.caveats,
            }),
            _ => None,
        })
}

/// One line saying what a region's page holds: its headline figure with
/// period and source ("Kota Palopo: cakupan kepesertaan 45,2% (tahun 2023;
/// Antara). 6 angka lain di halaman ini."), or that no figure is published
/// yet. Used for the page's meta description and link previews.
pub fn region_summary(ix: &DataIndex, code: &str, lang: Lang) -> String {
    let Some(region) = ix.region(code) else {
        return String::new();
    };
    match region_headline(ix, code, lang) {
        Some(h) => {
            let total = ix.figures_for(code).count();
            let more = total.saturating_sub(1);
            let rest = match (more, lang) {
                (0, _) => String::new(),
                (n, Lang::Id) => format!(" {n} angka lain di halaman ini."),
                (n, Lang::En) => format!(" {n} more figures on this page."),
            };
            format!(
                "{}: {} {} ({}; {}).{rest}",
                region.name,
                h.indicator.to_lowercase(),
                h.value,
                h.as_of,
                h.source,
            )
        }
        None => match lang {
            Lang::Id => format!(
                "{}: belum ada angka cakupan BPJS Ketenagakerjaan yang dipublikasikan. Lihat wilayah lain atau sumber yang kami pakai.",
                region.name
            ),
            Lang::En => format!(
                "{}: no BPJS Ketenagakerjaan coverage figure has been published yet. See other regions or the sources we use.",
                region.name
            ),
        },
    }
}
