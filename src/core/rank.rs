//! Ranking regions on one indicator (the `/peringkat` page): the URL state,
//! and an honest ranking built on the comparability rules of `compare`.
//!
//! Honesty rules, in one place:
//! - Only one comparable group is ranked (see `compare::reference_group`);
//!   figures of another status, base, segment, period or year are listed in
//!   `separated` with the reason, never slotted into the ranking.
//! - Rank 1 is the highest value; equal values share a rank ("1, 2, 2, 4").
//! - An "about" value is a range of ±5% of itself. Regions whose ranges
//!   overlap (directly or through a chain) share a rank and are marked
//!   `Tie::Uncertain`: "about 50%" is never ranked above "49.8%" as if precise.
//! - A bound ("more than 50%") has no position at all: it goes to `separated`
//!   (`Reason::OnlyBound`), since one open-ended range would tie with everything.
//! - Regions with no figure come last, in `missing`: never zero.
//! - Provinces are never ranked against kabupaten/kota (a province's count
//!   contains theirs); the default kind is kabupaten/kota within a chosen
//!   province, provinces otherwise.

use std::collections::HashSet;

use crate::core::compare::{self, encode_component, param, query_pairs, Bar, CompareState, GroupKey, Reason};
use crate::core::dataset::{Approx, Figure, Indicator, Region, RegionKind, Segment};
use crate::core::index::DataIndex;
use crate::core::lang::Lang;
use crate::core::order;

/// The indicator a ranking shows when the URL names none.
pub const DEFAULT_INDICATOR: &str = "coverage_rate";

/// What stands in for an indicator this dataset does not know: the default,
/// or else the first one in use (`None` for a dataset with no indicator).
/// The ranking and the map both use it.
pub fn fallback_indicator(ix: &DataIndex) -> Option<String> {
    ix.indicator(DEFAULT_INDICATOR)
        .or_else(|| ix.indicators_in_use().first().copied())
        .map(|i| i.id.clone())
}

/// Whether `code` is a province of this dataset (a URL's `prov=`).
pub fn is_province(ix: &DataIndex, code: &str) -> bool {
    ix.region(code).is_some_and(|r| r.kind == RegionKind::Provinsi)
}

/// Half-width of the range an "about" value stands for, relative to itself.
pub const ABOUT_MARGIN: f64 = 0.05;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KindFilter {
    Provinsi,
    /// Kabupaten and kota together.
    KabKota,
    Kabupaten,
    Kota,
}

impl KindFilter {
    /// Every filter, in the order the ranking's control lists them.
    pub const ALL: [KindFilter; 4] = [
        KindFilter::Provinsi,
        KindFilter::KabKota,
        KindFilter::Kabupaten,
        KindFilter::Kota,
    ];

    /// The value in the URL (`kind=kabkota`).
    pub fn param(self) -> &'static str {
        match self {
            KindFilter::Provinsi => "provinsi",
            KindFilter::KabKota => "kabkota",
            KindFilter::Kabupaten => "kabupaten",
            KindFilter::Kota => "kota",
        }
    }

    /// Reads a URL value, also in the spellings people type (`kab`, `city`).
    pub fn parse(s: &str) -> Option<KindFilter> {
        match s.trim().to_ascii_lowercase().replace(['_', '-', '/'], "").as_str() {
            "provinsi" | "prov" | "province" => Some(KindFilter::Provinsi),
            "kabkota" | "kabupatenkota" => Some(KindFilter::KabKota),
            "kabupaten" | "kab" | "regency" => Some(KindFilter::Kabupaten),
            "kota" | "city" => Some(KindFilter::Kota),
            _ => None,
        }
    }

    fn admits(self, k: RegionKind) -> bool {
        match self {
            KindFilter::Provinsi => k == RegionKind::Provinsi,
            KindFilter::KabKota => matches!(k, RegionKind::Kabupaten | RegionKind::Kota),
            KindFilter::Kabupaten => k == RegionKind::Kabupaten,
            KindFilter::Kota => k == RegionKind::Kota,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortBy {
    #[default]
    Value,
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortDir {
    Asc,
    Desc,
}

/// The four orders the ranking offers, by the key its control uses:
/// (key, sort, direction written into the URL when not the default).
pub const SORT_CHOICES: [(&str, SortBy, Option<SortDir>); 4] = [
    ("value-desc", SortBy::Value, None),
    ("value-asc", SortBy::Value, Some(SortDir::Asc)),
    ("name-asc", SortBy::Name, None),
    ("name-desc", SortBy::Name, Some(SortDir::Desc)),
];

/// The `/peringkat` URL state. `None` fields take their defaults, which are
/// left out of the URL so links stay short and `from_query(to_query(s)) == s`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankState {
    pub indicator: String,
    pub segment: Segment,
    /// A province code ("73").
    pub province: Option<String>,
    pub kind: Option<KindFilter>,
    pub sort: SortBy,
    pub dir: Option<SortDir>,
}

impl Default for RankState {
    fn default() -> Self {
        RankState {
            indicator: DEFAULT_INDICATOR.into(),
            segment: Segment::All,
            province: None,
            kind: None,
            sort: SortBy::Value,
            dir: None,
        }
    }
}

/// A URL value the ranking could not use. The ranking is still drawn, with
/// the default in its place, and the page says what was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RankIssue {
    /// Not one of the parameter's values: (parameter, the value as given, clipped).
    BadValue(&'static str, String),
    /// Not an indicator in the data.
    UnknownIndicator(String),
    /// Not a province code in the data.
    UnknownProvince(String),
    /// A group of workers no figure in the data covers.
    SegmentNotInData(Segment),
}

impl RankState {
    /// Reads "i=coverage_rate&prov=73&kind=kabupaten&sort=value&dir=desc"
    /// (with or without "?" or a path). Bad values fall back to defaults;
    /// [`RankState::parse`] also says which.
    pub fn from_query(query: &str) -> RankState {
        RankState::parse(query).0
    }

    /// Like [`RankState::from_query`], with a [`RankIssue::BadValue`] for
    /// each value that is not one of its parameter's (the default stands in).
    pub fn parse(query: &str) -> (RankState, Vec<RankIssue>) {
        let pairs = query_pairs(query);
        let get = |k: &str| param(&pairs, k).map(str::trim).filter(|v| !v.is_empty());
        let mut issues = Vec::new();
        let mut bad = |key: &'static str, value: &str| {
            issues.push(RankIssue::BadValue(key, value.chars().take(40).collect()));
        };
        let mut s = RankState::default();
        if let Some(i) = get("i") {
            let well_formed = i.len() <= 64
                && i.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
            if well_formed {
                s.indicator = i.to_string();
            } else {
                bad("i", i);
            }
        }
        if let Some(seg) = get("seg") {
            match Segment::from_key(seg) {
                Some(known) => s.segment = known,
                None => bad("seg", seg),
            }
        }
        if let Some(p) = get("prov") {
            if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) {
                s.province = Some(p.to_string());
            } else {
                bad("prov", p);
            }
        }
        if let Some(k) = get("kind") {
            s.kind = KindFilter::parse(k);
            if s.kind.is_none() {
                bad("kind", k);
            }
        }
        if let Some(sort) = get("sort") {
            match sort.to_ascii_lowercase().as_str() {
                "name" | "nama" => s.sort = SortBy::Name,
                "value" | "nilai" => s.sort = SortBy::Value,
                _ => bad("sort", sort),
            }
        }
        if let Some(dir) = get("dir") {
            match dir.to_ascii_lowercase().as_str() {
                "asc" => s.dir = Some(SortDir::Asc),
                "desc" => s.dir = Some(SortDir::Desc),
                _ => bad("dir", dir),
            }
        }
        (s, issues)
    }

    /// The query without "?"; defaults are left out except the indicator.
    pub fn to_query(&self) -> String {
        let mut parts = vec![format!("i={}", encode_component(&self.indicator))];
        if self.segment != Segment::All {
            parts.push(format!("seg={}", self.segment.key()));
        }
        if let Some(p) = &self.province {
            parts.push(format!("prov={}", encode_component(p)));
        }
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", k.param()));
        }
        if self.sort == SortBy::Name {
            parts.push("sort=name".into());
        }
        if let Some(d) = self.dir {
            parts.push(format!("dir={}", if d == SortDir::Asc { "asc" } else { "desc" }));
        }
        parts.join("&")
    }

    /// Kabupaten/kota when a province is chosen, provinces otherwise.
    pub fn kind_or_default(&self) -> KindFilter {
        self.kind.unwrap_or(if self.province.is_some() {
            KindFilter::KabKota
        } else {
            KindFilter::Provinsi
        })
    }

    /// The key of this state's order in `SORT_CHOICES`.
    pub fn sort_key(&self) -> &'static str {
        match (self.sort, self.dir_or_default()) {
            (SortBy::Value, SortDir::Desc) => "value-desc",
            (SortBy::Value, SortDir::Asc) => "value-asc",
            (SortBy::Name, SortDir::Asc) => "name-asc",
            (SortBy::Name, SortDir::Desc) => "name-desc",
        }
    }

    /// Sets the order named by a `SORT_CHOICES` key; an unknown key changes nothing.
    pub fn set_sort_key(&mut self, key: &str) {
        if let Some((_, by, dir)) = SORT_CHOICES.iter().find(|(k, _, _)| *k == key) {
            self.sort = *by;
            self.dir = *dir;
        }
    }

    /// Limits the ranking to one province (`None`: all). Ranking a province
    /// against itself says nothing, so "provinces" then becomes its
    /// kabupaten/kota (the default kind).
    pub fn set_province(&mut self, code: Option<String>) {
        self.province = code;
        if self.province.is_some() && self.kind == Some(KindFilter::Provinsi) {
            self.kind = None;
        }
    }

    /// Highest first for values, A–Z for names.
    pub fn dir_or_default(&self) -> SortDir {
        self.dir.unwrap_or(match self.sort {
            SortBy::Value => SortDir::Desc,
            SortBy::Name => SortDir::Asc,
        })
    }

    /// Drops what this dataset does not know, saying why: an unknown province
    /// is removed; an unknown indicator becomes the default (or the first one
    /// in use); a group of workers no figure covers becomes all workers.
    pub fn checked(mut self, ix: &DataIndex) -> (RankState, Vec<RankIssue>) {
        let mut issues = Vec::new();
        if let Some(p) = self.province.clone() {
            if !is_province(ix, &p) {
                issues.push(RankIssue::UnknownProvince(p));
                self.province = None;
            }
        }
        if ix.indicator(&self.indicator).is_none() {
            if let Some(i) = fallback_indicator(ix) {
                issues.push(RankIssue::UnknownIndicator(self.indicator.clone()));
                self.indicator = i;
            }
        }
        if !ix.segments_in_use().contains(&self.segment) {
            issues.push(RankIssue::SegmentNotInData(self.segment));
            self.segment = Segment::All;
        }
        (self, issues)
    }
}

/// How a rank is shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tie {
    /// The rank is this region's alone.
    None,
    /// Shared with regions of exactly the same value.
    Equal,
    /// Shared because an approximate value's range overlaps its neighbours'.
    Uncertain,
}

impl Tie {
    pub fn message(self, lang: Lang) -> Option<&'static str> {
        match self {
            Tie::None => None,
            Tie::Equal => Some(lang.pick("Peringkat sama: angkanya sama.", "Shared rank: the same value.")),
            Tie::Uncertain => Some(lang.pick(
                "Peringkat sama: urutannya tidak pasti karena ada angka perkiraan.",
                "Shared rank: the order is uncertain because a figure is approximate.",
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    /// 1 is the highest value, whatever the display order.
    pub rank: u32,
    pub tie: Tie,
    pub bar: Bar,
}

/// A ranking ready to render.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranking {
    /// `None` when the state names an indicator the dataset lacks.
    pub indicator: Option<Indicator>,
    pub province: Option<Region>,
    /// What every ranked figure shares (year, status, segment, basis).
    pub reference: Option<GroupKey>,
    /// Ranked regions in display order.
    pub rows: Vec<RankRow>,
    /// Regions with a figure that cannot be ranked with the others, by name.
    pub separated: Vec<(Bar, Reason)>,
    /// Regions with no published figure, by name.
    pub missing: Vec<Region>,
    /// The province (when filtering by one) and national figures in the same
    /// comparable group, to draw as lines.
    pub reference_lines: Vec<Bar>,
}

impl Ranking {
    /// Every figure shown, once (for CSV and citations).
    pub fn figures(&self) -> Vec<Figure> {
        let mut out: Vec<Figure> = Vec::new();
        let bars = self
            .rows
            .iter()
            .map(|r| &r.bar)
            .chain(self.separated.iter().map(|(b, _)| b))
            .chain(&self.reference_lines);
        for b in bars {
            for v in std::iter::once(&b.view).chain(&b.conflicting) {
                if !out.iter().any(|f| f.id == v.figure.id) {
                    out.push(v.figure.clone());
                }
            }
        }
        out
    }
}

/// A row of the ranking table: a ranked region or a reference figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RankLine<'a> {
    Ranked(&'a RankRow),
    Reference(&'a Bar),
}

impl Ranking {
    /// The table's rows in display order. Sorted by value, a reference figure
    /// sits where its value falls: just before the first ranked row it comes
    /// before in that order (after rows of the same value). Sorted by name,
    /// the reference figures come first.
    pub fn lines(&self, state: &RankState) -> Vec<RankLine<'_>> {
        let mut refs: Vec<&Bar> = self.reference_lines.iter().collect();
        let mut out = Vec::with_capacity(self.rows.len() + refs.len());
        if state.sort != SortBy::Value {
            out.extend(refs.into_iter().map(RankLine::Reference));
            out.extend(self.rows.iter().map(RankLine::Ranked));
            return out;
        }
        let desc = state.dir_or_default() == SortDir::Desc;
        order::sort_by(&mut refs, |a, b| {
            if desc {
                b.value().total_cmp(&a.value())
            } else {
                a.value().total_cmp(&b.value())
            }
        });
        let mut next = refs.into_iter().peekable();
        for row in &self.rows {
            let before_row = |b: &&Bar| {
                if desc {
                    b.value() > row.bar.value()
                } else {
                    b.value() < row.bar.value()
                }
            };
            while let Some(b) = next.next_if(before_row) {
                out.push(RankLine::Reference(b));
            }
            out.push(RankLine::Ranked(row));
        }
        out.extend(next.map(RankLine::Reference));
        out
    }

    /// The top of the ranking as a comparison of this indicator: the first
    /// regions by rank whatever the display order, as many as the compare
    /// view takes. `None` with fewer than two regions (nothing to compare).
    pub fn top_as_comparison(&self) -> Option<CompareState> {
        let indicator = self.indicator.as_ref()?;
        let mut top: Vec<&RankRow> = self.rows.iter().collect();
        order::sort_by_key(&mut top, |x| x.rank);
        let regions: Vec<String> = top
            .iter()
            .take(compare::MAX_REGIONS)
            .map(|x| x.bar.region.code.clone())
            .collect();
        (regions.len() >= 2).then(|| CompareState {
            regions,
            indicator: Some(indicator.id.clone()),
        })
    }
}

fn name_key(r: &Region) -> (String, String, String) {
    (r.short_name.to_lowercase(), r.name.to_lowercase(), r.code.clone())
}

fn interval(f: &Figure) -> (f64, f64) {
    match f.approx {
        Approx::About => {
            let m = f.value.abs() * ABOUT_MARGIN;
            (f.value - m, f.value + m)
        }
        _ => (f.value, f.value),
    }
}

/// Builds the ranking for a state (use `RankState::checked` first to drop
/// unknown values).
pub fn rank(ix: &DataIndex, state: &RankState) -> Ranking {
    let Some(indicator) = ix.indicator(&state.indicator) else {
        return Ranking::default();
    };
    let kind = state.kind_or_default();
    let province = state
        .province
        .as_deref()
        .and_then(|p| ix.region(p))
        .filter(|r| r.kind == RegionKind::Provinsi);
    let mut seen = HashSet::new();
    let scope: Vec<&Region> = ix
        .dataset
        .regions
        .iter()
        .filter(|r| kind.admits(r.kind))
        .filter(|r| match &state.province {
            None => true,
            Some(p) if r.kind == RegionKind::Provinsi => &r.code == p,
            Some(p) => r.province.as_deref() == Some(p.as_str()),
        })
        .filter(|r| seen.insert(r.code.clone()))
        .collect();

    let placed = compare::place(ix, &scope, &indicator.id, Some(state.segment));
    let mut separated = placed.separated;
    let mut ranked: Vec<(Bar, f64, f64)> = Vec::new();
    for bar in placed.comparable {
        match bar.view.figure.approx {
            a @ (Approx::AtLeast | Approx::AtMost) => separated.push((bar, Reason::OnlyBound(a))),
            _ => {
                let (lo, hi) = interval(&bar.view.figure);
                ranked.push((bar, lo, hi));
            }
        }
    }

    // Connected runs of overlapping ranges share a rank (interval merging,
    // sweeping from the top).
    order::sort_by(&mut ranked, |a, b| {
        b.2.total_cmp(&a.2)
            .then(b.0.value().total_cmp(&a.0.value()))
            .then_with(|| name_key(&a.0.region).cmp(&name_key(&b.0.region)))
    });
    let mut groups: Vec<Vec<(Bar, f64, f64)>> = Vec::new();
    let mut floor = f64::INFINITY;
    for item in ranked {
        match groups.last_mut() {
            Some(g) if item.2 >= floor => {
                floor = floor.min(item.1);
                g.push(item);
            }
            _ => {
                floor = item.1;
                groups.push(vec![item]);
            }
        }
    }
    let mut rows = Vec::new();
    let mut above = 0u32;
    for g in groups {
        let n = g.len() as u32;
        let first = g[0].0.value();
        let tie = if n == 1 {
            Tie::None
        } else if g.iter().all(|(b, _, _)| b.value() == first) {
            Tie::Equal
        } else {
            Tie::Uncertain
        };
        rows.extend(g.into_iter().map(|(bar, _, _)| RankRow {
            rank: above + 1,
            tie,
            bar,
        }));
        above += n;
    }

    let dir = state.dir_or_default();
    order::sort_by(&mut rows, |a, b| {
        let by_name = name_key(&a.bar.region).cmp(&name_key(&b.bar.region));
        // Values separate rank groups, so value order is rank order.
        match (state.sort, dir) {
            (SortBy::Value, SortDir::Desc) => b.bar.value().total_cmp(&a.bar.value()).then(by_name),
            (SortBy::Value, SortDir::Asc) => a.bar.value().total_cmp(&b.bar.value()).then(by_name),
            (SortBy::Name, SortDir::Asc) => by_name,
            (SortBy::Name, SortDir::Desc) => by_name.reverse(),
        }
    });
    order::sort_by_key(&mut separated, |(b, _)| name_key(&b.region));
    let mut missing = placed.missing;
    order::sort_by_key(&mut missing, name_key);

    let mut reference_lines = Vec::new();
    if let Some(key) = &placed.reference {
        let mut line_regions: Vec<&Region> = Vec::new();
        if kind != KindFilter::Provinsi {
            line_regions.extend(province);
        }
        line_regions.extend(ix.dataset.regions.iter().filter(|r| r.kind == RegionKind::Nasional));
        for r in line_regions {
            if let Some(bar) = compare::bar_in_group(ix, r, &indicator.id, Some(state.segment), key) {
                if !matches!(bar.view.figure.approx, Approx::AtLeast | Approx::AtMost) {
                    reference_lines.push(bar);
                }
            }
        }
    }

    Ranking {
        indicator: Some(indicator.clone()),
        province: province.cloned(),
        reference: placed.reference,
        rows,
        separated,
        missing,
        reference_lines,
    }
}
