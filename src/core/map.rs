//! The map at `/peta`: one mark per kabupaten/kota, placed at its centroid and
//! coloured by one indicator.
//!
//! Three parts, all browser-free:
//! - **Centroids and projection** (build time): `parse_centroids` reads
//!   `data/centroids.csv` (a bad row is an error naming its line and code),
//!   `project` places the points in a fixed view box (equirectangular, the
//!   longitude scaled by the cosine of the middle latitude, fitted with a
//!   margin, coordinates rounded to 0.1 unit). The pre-renderer writes the
//!   result as `data/peta.json`, which the map page fetches; nothing is
//!   projected in the browser.
//! - **Zoom**: `zoom_box` frames one province's points.
//! - **Classes**: `model` sorts the regions with the ranking's own rules
//!   (`rank::rank`, so the map and the table alternative say the same thing):
//!   comparable figures get a colour class from `Scale` (fixed 0–20–40–60–80–100
//!   breaks for percentages; quantile breaks, 2 significant digits, for other
//!   units), figures that are not comparable get their own class with the
//!   reason, and regions without a figure are counted as missing, never zero.

use serde::{Deserialize, Serialize};

use crate::core::compare::{self, Bar, GroupKey, Reason};
use crate::core::dataset::{Indicator, Region, RegionKind, Segment, Unit};
use crate::core::format;
use crate::core::index::DataIndex;
use crate::core::lang::Lang;
use crate::core::order;
use crate::core::rank::{self, KindFilter, RankState, Tie, DEFAULT_INDICATOR};

/// Width of the national view box, in map units.
pub const VIEW_W: f64 = 1000.0;
/// Height of the national view box, in map units.
pub const VIEW_H: f64 = 400.0;
/// Margin kept free around the points in the national view.
pub const MARGIN: f64 = 12.0;
/// Number of colour classes at most.
pub const CLASSES: usize = 5;
/// The fixed breaks of a percentage indicator.
pub const PERCENT_BREAKS: [f64; 6] = [0.0, 20.0, 40.0, 60.0, 80.0, 100.0];
/// Mark radius in the national view, in map units.
pub const RADIUS: f64 = 4.0;

/// Indonesia and its seas, generously: a point outside is a typing error
/// (swapped latitude and longitude, a missing minus sign).
const LAT_RANGE: (f64, f64) = (-12.0, 7.0);
const LNG_RANGE: (f64, f64) = (94.0, 142.0);

// ---------------------------------------------------------------------------
// Centroids

/// One row of `data/centroids.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Centroid {
    /// Kemendagri code: "72" (province) or "72.08" (kabupaten/kota).
    pub code: String,
    pub lat: f64,
    pub lng: f64,
}

/// A row of the centroid file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CentroidError {
    /// 1-based line number in the file (the header is line 1).
    pub line: usize,
    /// The row's code, when it has one.
    pub code: Option<String>,
    pub message: String,
}

impl std::fmt::Display for CentroidError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.code {
            Some(c) => write!(f, "centroids, line {} ({c}): {}", self.line, self.message),
            None => write!(f, "centroids, line {}: {}", self.line, self.message),
        }
    }
}

fn is_region_code(code: &str) -> bool {
    let b = code.as_bytes();
    let digits = |s: &[u8]| s.len() == 2 && s.iter().all(u8::is_ascii_digit);
    match b.len() {
        2 => digits(b),
        5 => digits(&b[..2]) && b[2] == b'.' && digits(&b[3..]),
        _ => false,
    }
}

/// Reads `code,lat,lng[,source]` with a header line. Every row must have a
/// Kemendagri code seen once, and a latitude and longitude inside Indonesia;
/// the first row that does not is returned as the error.
pub fn parse_centroids(text: &str) -> Result<Vec<Centroid>, CentroidError> {
    let mut lines = text.lines().enumerate();
    let header = lines.next().map(|(_, l)| l.trim_start_matches('\u{feff}').trim());
    let columns: Vec<&str> = header.unwrap_or("").split(',').map(str::trim).collect();
    if columns.len() < 3 || columns[..3] != ["code", "lat", "lng"] {
        return Err(CentroidError {
            line: 1,
            code: None,
            message: format!(
                "the header must start with code,lat,lng (found {:?})",
                header.unwrap_or("")
            ),
        });
    }
    let mut out: Vec<Centroid> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, raw) in lines {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = raw.splitn(4, ',').map(str::trim).collect();
        let code = fields[0].to_string();
        let err = |message: String| CentroidError {
            line,
            code: (!code.is_empty()).then(|| code.clone()),
            message,
        };
        if !is_region_code(&code) {
            return Err(err(format!("“{code}” is not a Kemendagri code (72 or 72.08)")));
        }
        if fields.len() < 3 {
            return Err(err("the row has no latitude and longitude".into()));
        }
        let number = |name: &str, s: &str, (lo, hi): (f64, f64)| -> Result<f64, CentroidError> {
            let v: f64 = s.parse().map_err(|_| err(format!("{name} “{s}” is not a number")))?;
            if !v.is_finite() || v < lo || v > hi {
                return Err(err(format!("{name} {s} is outside Indonesia ({lo} to {hi})")));
            }
            Ok(v)
        };
        let lat = number("latitude", fields[1], LAT_RANGE)?;
        let lng = number("longitude", fields[2], LNG_RANGE)?;
        if !seen.insert(code.clone()) {
            return Err(err("the code appears twice".into()));
        }
        out.push(Centroid { code, lat, lng });
    }
    if out.is_empty() {
        return Err(CentroidError {
            line: 1,
            code: None,
            message: "the file has no rows".into(),
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Projection

/// A projected point in map units (x to the right, y down).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub code: String,
    pub x: f64,
    pub y: f64,
}

/// The projected points, as published in `data/peta.json`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapPoints {
    pub width: f64,
    pub height: f64,
    /// Sorted by code.
    pub points: Vec<Point>,
}

/// The shape of `data/peta.json`: short keys, one `[code, x, y]` per point.
#[derive(Serialize, Deserialize)]
struct MapFile {
    /// What the points are and where they come from.
    about: String,
    w: f64,
    h: f64,
    p: Vec<(String, f64, f64)>,
}

const ABOUT: &str = "Titik tengah kabupaten/kota (kode Kemendagri), diproyeksikan untuk peta Cakupan. \
     Sumber: cahyadsn/wilayah_boundaries (lisensi MIT). / Kabupaten/kota centroids (Kemendagri codes), \
     projected for the Cakupan map. Source: cahyadsn/wilayah_boundaries (MIT licence).";

impl MapPoints {
    /// The JSON written to `data/peta.json`.
    pub fn to_json(&self) -> String {
        let file = MapFile {
            about: ABOUT.into(),
            w: self.width,
            h: self.height,
            p: self.points.iter().map(|p| (p.code.clone(), p.x, p.y)).collect(),
        };
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// Reads `data/peta.json`.
    pub fn from_json(text: &str) -> Result<MapPoints, String> {
        let file: MapFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut points: Vec<Point> = file.p.into_iter().map(|(code, x, y)| Point { code, x, y }).collect();
        order::sort_by(&mut points, |a, b| a.code.cmp(&b.code));
        Ok(MapPoints {
            width: file.w,
            height: file.h,
            points,
        })
    }

    pub fn get(&self, code: &str) -> Option<&Point> {
        self.points
            .binary_search_by(|p| p.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.points[i])
    }
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Projects centroids into the `VIEW_W` × `VIEW_H` box: equirectangular with
/// the longitude scaled by cos(middle latitude), the same scale on both axes,
/// fitted inside `MARGIN` and centred; coordinates rounded to 0.1 unit.
pub fn project(centroids: &[Centroid]) -> MapPoints {
    if centroids.is_empty() {
        return MapPoints {
            width: VIEW_W,
            height: VIEW_H,
            points: Vec::new(),
        };
    }
    let (min_lat, max_lat) = min_max(centroids.iter().map(|c| c.lat));
    let k = ((min_lat + max_lat) / 2.0).to_radians().cos();
    let (min_x, max_x) = min_max(centroids.iter().map(|c| c.lng * k));
    let (min_y, max_y) = min_max(centroids.iter().map(|c| -c.lat));
    let span_x = (max_x - min_x).max(1e-9);
    let span_y = (max_y - min_y).max(1e-9);
    let scale = ((VIEW_W - 2.0 * MARGIN) / span_x).min((VIEW_H - 2.0 * MARGIN) / span_y);
    let off_x = (VIEW_W - span_x * scale) / 2.0;
    let off_y = (VIEW_H - span_y * scale) / 2.0;
    let mut points: Vec<Point> = centroids
        .iter()
        .map(|c| Point {
            code: c.code.clone(),
            x: round1(off_x + (c.lng * k - min_x) * scale),
            y: round1(off_y + (-c.lat - min_y) * scale),
        })
        .collect();
    order::sort_by(&mut points, |a, b| a.code.cmp(&b.code));
    MapPoints {
        width: VIEW_W,
        height: VIEW_H,
        points,
    }
}

/// The kabupaten/kota rows only ("72.08", not "72"): the map's marks.
pub fn kabkota_only(centroids: Vec<Centroid>) -> Vec<Centroid> {
    centroids.into_iter().filter(|c| c.code.len() == 5).collect()
}

fn min_max(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

// ---------------------------------------------------------------------------
// Zoom

/// The part of the map on screen (an SVG `viewBox`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }

    /// "0 0 1000 400".
    pub fn attr(&self) -> String {
        format!("{:.1} {:.1} {:.1} {:.1}", self.x, self.y, self.w, self.h)
    }
}

/// The whole country.
pub fn full_box(m: &MapPoints) -> ViewBox {
    ViewBox {
        x: 0.0,
        y: 0.0,
        w: m.width,
        h: m.height,
    }
}

/// The smallest zoom box, in map units (a single city stays a neighbourhood).
const MIN_ZOOM: f64 = 24.0;

/// A box around the given points: their extent plus a margin of a tenth of
/// it (at least `MIN_ZOOM` across), never taller than wide and never wider
/// than the national box's shape, so a phone shows it without scrolling.
/// `None` when no point has a position.
pub fn zoom_box(points: impl IntoIterator<Item = (f64, f64)>) -> Option<ViewBox> {
    let pts: Vec<(f64, f64)> = points.into_iter().collect();
    if pts.is_empty() {
        return None;
    }
    let (x0, x1) = min_max(pts.iter().map(|p| p.0));
    let (y0, y1) = min_max(pts.iter().map(|p| p.1));
    let pad = ((x1 - x0).max(y1 - y0) * 0.1).max(RADIUS * 2.0);
    let mut w = (x1 - x0 + 2.0 * pad).max(MIN_ZOOM);
    let mut h = (y1 - y0 + 2.0 * pad).max(MIN_ZOOM * VIEW_H / VIEW_W);
    let widest = VIEW_W / VIEW_H;
    if w < h {
        w = h;
    }
    if w > h * widest {
        h = w / widest;
    }
    let cx = (x0 + x1) / 2.0;
    let cy = (y0 + y1) / 2.0;
    Some(ViewBox {
        x: cx - w / 2.0,
        y: cy - h / 2.0,
        w,
        h,
    })
}

/// The mark radius for a view box: the national size, and larger marks in
/// a province (a fixed share of its box), so both read at the same size on
/// screen or larger.
pub fn radius_for(b: &ViewBox, zoomed: bool) -> f64 {
    if zoomed {
        (b.w * 0.02).max(RADIUS * b.w / VIEW_W)
    } else {
        RADIUS
    }
}

// ---------------------------------------------------------------------------
// Colour scale

/// Class breaks for one indicator's comparable values.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub unit: Unit,
    /// Quantile breaks (other units) rather than the fixed percentage breaks.
    pub quantile: bool,
    /// `classes() + 1` bounds, ascending: class `i` is `bounds[i] ≤ v < bounds[i+1]`
    /// (the last class includes its upper bound).
    pub bounds: Vec<f64>,
}

/// Rounds to two significant digits: 1234 → 1200, 0.0456 → 0.046.
pub fn two_significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    format!("{x:.1e}").parse().unwrap_or(x)
}

/// Linear-interpolated quantile `p` (0–1) of sorted values.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

impl Scale {
    /// The scale for an indicator's comparable values: 0–20–40–60–80–100 for
    /// percentages; otherwise the 20/40/60/80 % quantiles of the values,
    /// rounded to two significant digits, deduplicated, and kept only inside
    /// the values' range (so no class is empty by construction), between the
    /// smallest and largest value. No values: no classes.
    pub fn new(unit: Unit, values: &[f64]) -> Scale {
        if unit == Unit::Percent {
            return Scale {
                unit,
                quantile: false,
                bounds: PERCENT_BREAKS.to_vec(),
            };
        }
        let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
        if v.is_empty() {
            return Scale {
                unit,
                quantile: true,
                bounds: Vec::new(),
            };
        }
        order::sort_by(&mut v, |a, b| a.total_cmp(b));
        let (min, max) = (v[0], v[v.len() - 1]);
        let mut bounds = vec![min];
        for k in 1..CLASSES {
            let b = two_significant(quantile(&v, k as f64 / CLASSES as f64));
            if b > *bounds.last().unwrap_or(&min) && b <= max {
                bounds.push(b);
            }
        }
        bounds.push(max);
        Scale {
            unit,
            quantile: true,
            bounds,
        }
    }

    pub fn classes(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// The class of a value: the number of inner bounds at or below it (a
    /// value on a bound belongs to the class above it).
    pub fn class_of(&self, v: f64) -> usize {
        let n = self.classes();
        if n == 0 {
            return 0;
        }
        self.bounds[1..n].iter().filter(|b| v >= **b).count()
    }

    /// "20% – 40%", "1.200 – 5.000 orang".
    pub fn label(&self, class: usize, lang: Lang) -> String {
        let (Some(lo), Some(hi)) = (self.bounds.get(class), self.bounds.get(class + 1)) else {
            return String::new();
        };
        let noun = format::unit_noun(self.unit, lang);
        let range = if lo == hi {
            format::value(*lo, self.unit, lang)
        } else {
            format!(
                "{} – {}",
                format::value(*lo, self.unit, lang),
                format::value(*hi, self.unit, lang)
            )
        };
        if noun.is_empty() {
            range
        } else {
            format!("{range} {noun}")
        }
    }

    /// The palette step (0 light – 4 dark) of a class: classes spread over
    /// the whole palette when there are fewer than five.
    pub fn step(&self, class: usize) -> usize {
        let n = self.classes();
        if n <= 1 {
            return 2;
        }
        ((class as f64) * (CLASSES - 1) as f64 / (n - 1) as f64).round() as usize
    }
}

/// ColorBrewer YlGnBu, 5 classes (colour-blind safe, sequential), light to dark.
pub const PALETTE: [&str; CLASSES] = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

// ---------------------------------------------------------------------------
// URL state

/// The `/peta` URL state: `i` (indicator), `prov` (a province to zoom into),
/// `w` (the selected region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapState {
    pub indicator: String,
    pub province: Option<String>,
    pub selected: Option<String>,
}

impl Default for MapState {
    fn default() -> Self {
        MapState::of(DEFAULT_INDICATOR.into(), None)
    }
}

/// A URL value the map could not use. The map is still drawn (with the
/// default in its place), and the page says what was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapIssue {
    UnknownIndicator(String),
    /// Not a province code in the data.
    UnknownProvince(String),
    /// Not a kabupaten/kota in the data.
    UnknownRegion(String),
    /// A kabupaten/kota outside the province shown: (region, province shown).
    OutsideProvince(String, String),
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

impl MapState {
    /// The map of `indicator` over `province` (`None`: all of Indonesia), no region chosen.
    pub fn of(indicator: String, province: Option<String>) -> MapState {
        MapState {
            indicator,
            province,
            selected: None,
        }
    }

    /// Reads "i=coverage_rate&prov=72&w=72.08" (with or without "?"); values
    /// are kept as written (trimmed), for `checked` to judge.
    pub fn from_query(query: &str) -> MapState {
        let pairs = compare::query_pairs(query);
        let get = |k: &str| {
            compare::param(&pairs, k)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(clip)
        };
        MapState {
            indicator: get("i").unwrap_or_else(|| DEFAULT_INDICATOR.into()),
            province: get("prov"),
            selected: get("w"),
        }
    }

    /// The query without "?": `i` always, `prov` and `w` when set.
    pub fn to_query(&self) -> String {
        let mut parts = vec![format!("i={}", compare::encode_component(&self.indicator))];
        if let Some(p) = &self.province {
            parts.push(format!("prov={}", compare::encode_component(p)));
        }
        if let Some(w) = &self.selected {
            parts.push(format!("w={}", compare::encode_component(w)));
        }
        parts.join("&")
    }

    /// Drops what the dataset does not know, saying why: an unknown indicator
    /// becomes the default, an unknown province all of Indonesia, an unknown
    /// region (or one outside the province shown) no selection.
    pub fn checked(mut self, ix: &DataIndex) -> (MapState, Vec<MapIssue>) {
        let mut issues = Vec::new();
        if ix.indicator(&self.indicator).is_none() {
            issues.push(MapIssue::UnknownIndicator(self.indicator.clone()));
            self.indicator = rank::fallback_indicator(ix).unwrap_or_else(|| DEFAULT_INDICATOR.into());
        }
        if let Some(p) = self.province.clone() {
            if !rank::is_province(ix, &p) {
                issues.push(MapIssue::UnknownProvince(p));
                self.province = None;
            }
        }
        if let Some(w) = self.selected.clone() {
            match ix.region(&w) {
                Some(r) if matches!(r.kind, RegionKind::Kabupaten | RegionKind::Kota) => {
                    if let Some(p) = &self.province {
                        if r.province.as_deref() != Some(p.as_str()) {
                            issues.push(MapIssue::OutsideProvince(w, p.clone()));
                            self.selected = None;
                        }
                    }
                }
                _ => {
                    issues.push(MapIssue::UnknownRegion(w));
                    self.selected = None;
                }
            }
        }
        (self, issues)
    }

    /// The ranking state whose table is this map's accessible alternative:
    /// the same indicator and province, kabupaten/kota.
    pub fn ranking(&self) -> RankState {
        RankState {
            indicator: self.indicator.clone(),
            segment: Segment::All,
            province: self.province.clone(),
            // The ranking lists provinces by default when no province is chosen.
            kind: self.province.is_none().then_some(KindFilter::KabKota),
            ..RankState::default()
        }
    }
}

// ---------------------------------------------------------------------------
// The model

/// How one region is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum MarkKind {
    /// A comparable figure, in colour class `class` of the scale.
    Value { class: usize, rank: u32, tie: Tie },
    /// A figure that cannot be set beside the others, with the reason.
    NotComparable(Reason),
    /// No published figure: hollow, never zero.
    Missing,
}

/// One kabupaten/kota on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub region: Region,
    pub x: f64,
    pub y: f64,
    pub kind: MarkKind,
    /// The figure shown (comparable or not); `None` when missing.
    pub bar: Option<Bar>,
}

/// Why a figure is not comparable, as a legend line counts it (the reason's
/// kind, without the details of one figure).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReasonKind {
    BranchLevel,
    Unit,
    Status,
    Segment,
    Period,
    Basis,
    Historical,
    Year,
    OnlyBound,
}

impl ReasonKind {
    pub fn of(r: &Reason) -> ReasonKind {
        match r {
            Reason::BranchLevel { .. } => ReasonKind::BranchLevel,
            Reason::DifferentUnit { .. } => ReasonKind::Unit,
            Reason::DifferentStatus { .. } => ReasonKind::Status,
            Reason::DifferentSegment { .. } => ReasonKind::Segment,
            Reason::DifferentPeriod => ReasonKind::Period,
            Reason::DifferentBasis { .. } => ReasonKind::Basis,
            Reason::Historical { .. } => ReasonKind::Historical,
            Reason::DifferentYear { .. } => ReasonKind::Year,
            Reason::OnlyBound(_) => ReasonKind::OnlyBound,
        }
    }

    /// A short legend phrase.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ReasonKind::BranchLevel => lang.pick(
                "angka kantor cabang BPJS untuk beberapa daerah",
                "a BPJS branch's figure for several regions",
            ),
            ReasonKind::Unit => lang.pick("satuan lain", "another unit"),
            ReasonKind::Status => lang.pick("target atau rencana, bukan capaian", "a target or plan, not achieved"),
            ReasonKind::Segment => lang.pick("kelompok pekerja lain", "another group of workers"),
            ReasonKind::Period => lang.pick("jenis periode lain", "another kind of period"),
            ReasonKind::Basis => lang.pick("dasar persentase lain", "another base"),
            ReasonKind::Historical => lang.pick("data lama (sejarah)", "old data (history)"),
            ReasonKind::Year => lang.pick("tahun lain", "another year"),
            ReasonKind::OnlyBound => lang.pick("hanya batas atas atau bawah", "only an upper or lower bound"),
        }
    }
}

/// What the legend counts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Counts {
    /// Marks per colour class.
    pub per_class: Vec<usize>,
    /// Marks not comparable, in all.
    pub not_comparable: usize,
    /// Not comparable, per reason kind (most frequent first).
    pub reasons: Vec<(ReasonKind, usize)>,
    /// Regions with no published figure (on the map).
    pub missing: usize,
    /// Comparable figures that are approximate ("about").
    pub approximate: usize,
}

/// Everything the map page draws for one state.
#[derive(Debug, Clone, PartialEq)]
pub struct MapModel {
    pub indicator: Option<Indicator>,
    pub province: Option<Region>,
    /// What every coloured figure shares (year, status, segment, basis).
    pub reference: Option<GroupKey>,
    pub scale: Scale,
    /// Drawn marks, in drawing order (missing first, so coloured marks sit on top).
    pub marks: Vec<Mark>,
    pub counts: Counts,
    /// Regions in scope that have no centroid: listed, never silently dropped.
    pub unplaced: Vec<Region>,
    pub view_box: ViewBox,
    pub radius: f64,
}

impl MapModel {
    pub fn mark(&self, code: &str) -> Option<&Mark> {
        self.marks.iter().find(|m| m.region.code == code)
    }
}

/// The map for a state (use `MapState::checked` first): the kabupaten/kota
/// of the country or of one province, classed with the ranking's rules.
pub fn model(ix: &DataIndex, points: &MapPoints, state: &MapState) -> MapModel {
    let ranking = rank::rank(ix, &state.ranking());
    let unit = ranking.indicator.as_ref().map(|i| i.unit).unwrap_or(Unit::Percent);
    let values: Vec<f64> = ranking.rows.iter().map(|r| r.bar.value()).collect();
    let scale = Scale::new(unit, &values);

    let mut marks: Vec<Mark> = Vec::new();
    let mut unplaced: Vec<Region> = Vec::new();
    let mut counts = Counts {
        per_class: vec![0; scale.classes()],
        ..Counts::default()
    };
    let mut place =
        |region: &Region, kind: MarkKind, bar: Option<Bar>, marks: &mut Vec<Mark>| match points.get(&region.code) {
            Some(p) => marks.push(Mark {
                region: region.clone(),
                x: p.x,
                y: p.y,
                kind,
                bar,
            }),
            None => unplaced.push(region.clone()),
        };
    for m in &ranking.missing {
        place(m, MarkKind::Missing, None, &mut marks);
    }
    for (bar, reason) in &ranking.separated {
        place(
            &bar.region,
            MarkKind::NotComparable(reason.clone()),
            Some(bar.clone()),
            &mut marks,
        );
    }
    let mut rows: Vec<&rank::RankRow> = ranking.rows.iter().collect();
    // Lowest first, so the highest values are drawn on top where marks overlap.
    order::sort_by(&mut rows, |a, b| a.bar.value().total_cmp(&b.bar.value()));
    for row in rows {
        let class = scale.class_of(row.bar.value());
        place(
            &row.bar.region,
            MarkKind::Value {
                class,
                rank: row.rank,
                tie: row.tie,
            },
            Some(row.bar.clone()),
            &mut marks,
        );
    }

    let mut reasons: Vec<(ReasonKind, usize)> = Vec::new();
    for m in &marks {
        match &m.kind {
            MarkKind::Value { class, .. } => {
                counts.per_class[*class] += 1;
                if m.bar.as_ref().is_some_and(Bar::is_approximate) {
                    counts.approximate += 1;
                }
            }
            MarkKind::NotComparable(r) => {
                counts.not_comparable += 1;
                let k = ReasonKind::of(r);
                match reasons.iter_mut().find(|(rk, _)| *rk == k) {
                    Some((_, n)) => *n += 1,
                    None => reasons.push((k, 1)),
                }
            }
            MarkKind::Missing => counts.missing += 1,
        }
    }
    order::sort_by(&mut reasons, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts.reasons = reasons;

    let zoomed = ranking.province.is_some();
    let view_box = if zoomed {
        zoom_box(marks.iter().map(|m| (m.x, m.y))).unwrap_or_else(|| full_box(points))
    } else {
        full_box(points)
    };
    order::sort_by(&mut unplaced, |a, b| a.name.cmp(&b.name));
    MapModel {
        indicator: ranking.indicator,
        province: ranking.province,
        reference: ranking.reference,
        scale,
        radius: radius_for(&view_box, zoomed),
        marks,
        counts,
        unplaced,
        view_box,
    }
}
