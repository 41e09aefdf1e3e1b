//! The published coverage format (schema version 1): the types a dataset JSON
//! deserialises into. This is an API boundary: outside publishers write files in
//! this shape, so fields are only ever added (with defaults), never renamed.
//! See docs/data-format.md for the prose description.
//!
//! Deserialising is per entry (see `validate`), so every struct here describes
//! one well-formed entry; the checks that relate entries to each other
//! (unknown region, percentage vs numerator/denominator, ...) live in `validate`.

use serde::{Deserialize, Serialize};

/// The only schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// A text in both of the app's languages. Notes and labels are the app's own
/// words, never quotes from a source.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Text {
    pub id: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: crate::core::lang::Lang) -> &str {
        match lang {
            crate::core::lang::Lang::Id => &self.id,
            crate::core::lang::Lang::En if self.en.is_empty() => &self.id,
            crate::core::lang::Lang::En => &self.en,
        }
    }
}

/// The whole published file, as read after validation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Dataset {
    pub schema_version: u32,
    pub meta: DatasetMeta,
    pub indicators: Vec<Indicator>,
    pub regions: Vec<Region>,
    pub sources: Vec<Source>,
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
}

/// Who published this dataset file and when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct DatasetMeta {
    pub title: String,
    pub publisher: String,
    /// ISO date the file was built, e.g. "2026-11-21".
    pub published: String,
    #[serde(default)]
    pub license: Option<String>,
    #[serde(default)]
    pub notes: Option<Text>,
}

/// What a figure measures, declared in the data so a publisher can add one
/// without a code change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Indicator {
    /// Stable identifier, e.g. "coverage_rate"; used in URLs.
    pub id: String,
    pub label: Text,
    pub unit: Unit,
    #[serde(default)]
    pub description: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 0–100.
    Percent,
    People,
    /// Integer Rupiah.
    Rupiah,
    Villages,
    Cases,
    Companies,
    Children,
}

/// Any area a figure can belong to: the nation, a province, a kabupaten/kota,
/// or a BPJS branch office area (which spans several kabupaten/kota).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Region {
    /// Kemendagri dotted code ("72", "72.08"), "ID" for the nation, or
    /// "cabang.<slug>" for a BPJS branch area.
    pub code: String,
    /// Official name, e.g. "Kabupaten Parigi Moutong".
    pub name: String,
    /// Name without the kind prefix, e.g. "Parigi Moutong".
    pub short_name: String,
    pub kind: RegionKind,
    /// Province code for kabupaten/kota (and branches inside one province).
    #[serde(default)]
    pub province: Option<String>,
    /// BPS code: an attribute only, never a key (it differs for 199 regions).
    #[serde(default)]
    pub bps_code: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Old names, colonial names and nicknames (Buitenzorg, Kota Kembang): found
    /// by search, ranked below the official name and common aliases. Added in
    /// format 1 without a version change: absent means none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub old_names: Vec<String>,
    /// For a branch: the region codes it covers, when known.
    #[serde(default)]
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegionKind {
    Nasional,
    Provinsi,
    Kabupaten,
    Kota,
    /// A BPJS Ketenagakerjaan branch office area.
    Cabang,
}

/// Where a figure was published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Source {
    pub id: String,
    pub publisher: String,
    #[serde(default)]
    pub title: Option<String>,
    /// http(s) only; other schemes are rejected by validation.
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; absent when the
    /// source's date is not known (the app then says so, never guesses one).
    #[serde(default)]
    pub published: Option<String>,
}

/// One published number, with everything needed to read it honestly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Figure {
    pub id: String,
    /// A `Region::code` (including "ID" and branch codes).
    pub region: String,
    /// An `Indicator::id`.
    pub indicator: String,
    pub value: f64,
    pub unit: Unit,
    pub as_of: AsOf,
    #[serde(default)]
    pub status: FigureStatus,
    #[serde(default)]
    pub approx: Approx,
    #[serde(default)]
    pub segment: Segment,
    #[serde(default)]
    pub funding: Option<Funding>,
    #[serde(default)]
    pub program: Option<ProgramScope>,
    #[serde(default)]
    pub numerator: Option<f64>,
    #[serde(default)]
    pub denominator: Option<f64>,
    #[serde(default)]
    pub denominator_basis: Option<DenominatorBasis>,
    /// Before 2020: history, not the current state.
    #[serde(default)]
    pub historical: bool,
    #[serde(default)]
    pub note: Option<Text>,
    /// A `Source::id`.
    pub source: String,
}

/// The period a figure describes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct AsOf {
    /// End (or only) date: "YYYY", "YYYY-MM" or "YYYY-MM-DD". Empty (left out
    /// of the JSON) when the source gives no period at all: the period is then
    /// unknown, shown as such and never filled in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    #[serde(default)]
    pub kind: PeriodKind,
    /// Start date for `range` and `cumulative` periods.
    #[serde(default)]
    pub start: Option<String>,
}

impl AsOf {
    /// Whether the source gives the period's (end) date.
    pub fn is_known(&self) -> bool {
        !self.date.trim().is_empty()
    }

    /// The calendar year the figure describes (the end of its period).
    pub fn year(&self) -> Option<i32> {
        crate::core::date::PartialDate::parse(&self.date).map(|d| d.year)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// State at a point in time.
    Point,
    /// A calendar year.
    Year,
    /// Accumulated since `start`.
    Cumulative,
    /// Between `start` and `date`.
    Range,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FigureStatus {
    /// The actual state.
    #[default]
    Reported,
    Target,
    /// A quota or commitment, not yet enrolled.
    Plan,
    /// Money allocated.
    Budget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    #[default]
    Exact,
    About,
    AtLeast,
    AtMost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    #[default]
    All,
    /// Wage earners (Penerima Upah).
    Pu,
    /// Non-wage earners (Bukan Penerima Upah).
    Bpu,
    /// Construction project workers (Jasa Konstruksi).
    Jakon,
    /// Indonesian migrant workers.
    Pmi,
    NonAsn,
    VillageApparatus,
    /// Vulnerable (low-income informal) workers.
    Rentan,
    Other,
}

impl Segment {
    /// Every segment, in the order a list of them is shown.
    pub const ALL: [Segment; 9] = [
        Segment::All,
        Segment::Pu,
        Segment::Bpu,
        Segment::Jakon,
        Segment::Pmi,
        Segment::NonAsn,
        Segment::VillageApparatus,
        Segment::Rentan,
        Segment::Other,
    ];

    /// The key in the dataset and in URLs (`non_asn`).
    pub fn key(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    }

    /// Reads a key in any case (`BPU`, `bpu`).
    pub fn from_key(s: &str) -> Option<Segment> {
        serde_json::from_value(serde_json::Value::String(s.trim().to_ascii_lowercase())).ok()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Funding {
    ApbdKab,
    ApbdProv,
    Apbdes,
    Dbhcht,
    DbhSawit,
    Otsus,
    Csr,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProgramScope {
    Jkk,
    Jkm,
    Jht,
    Jp,
    Jkp,
    Beasiswa,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DenominatorBasis {
    LabourForce,
    Employed,
    PotentialParticipants,
    Target,
    Other,
}

impl DenominatorBasis {
    /// Whether the base is an estimate (potential participants, a target or
    /// another base) rather than a population count (labour force, employed).
    /// A count can exceed an estimate that was too low, but never the whole
    /// labour force or employed population.
    pub fn is_estimate(self) -> bool {
        matches!(
            self,
            DenominatorBasis::PotentialParticipants | DenominatorBasis::Target | DenominatorBasis::Other
        )
    }
}

/// A dated policy event in a region (MoU, agreement, regulation, launch, meeting).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Milestone {
    pub region: String,
    /// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    pub date: String,
    pub kind: MilestoneKind,
    pub note: Text,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    Mou,
    Pks,
    Regulation,
    Program,
    Meeting,
    Other,
}
