//! Reading and checking a published dataset. Like rust-analyzer's parser,
//! loading never fails on a bad entry: it returns the usable dataset together
//! with the list of problems, so one bad figure never costs the rest.
//!
//! The rules are numbered R1–R47 in docs/data-format.md ("Validation"), and
//! `tests/format_rules.rs` checks each one against this code: change them
//! together. Two principles decide them: an entry that can be kept is kept (a
//! bad attribute costs only itself, a bad entry never costs a good
//! neighbour), and missing is never zero (nothing unknown is filled in; an
//! entry whose own number, unit, period or kind is in doubt is left out).
//!
//! # What is fatal
//! Only a file that cannot be read at all: empty, not JSON (with line and
//! column), not a JSON object, a missing or different `schema_version`, and
//! `regions` missing, not a list, or without one usable region.
//!
//! # Per entry
//! Each entry of `indicators`, `regions`, `sources`, `figures` and `milestones`
//! is read on its own, as specified by its `Field` list: an unreadable value
//! in a field that says what the entry means (`Lenient::No`) excludes the
//! entry, with a problem naming its JSON path (`figures[12].value`); in an
//! attribute (`Lenient::Ignore`/`Fill`: aliases, a URL, a source's date...)
//! only that value is ignored, with a warning. Unknown fields are ignored.
//! Then the rules relating entries: unique ids (the first entry that passes
//! keeps one), region codes and kinds, provinces, references, numbers and
//! their ratios, dates and periods, URLs, texts.
//!
//! # What serde_json cannot read
//! Number literals too large for f64, `NaN`/`Infinity`/`-Infinity` (Python's
//! `json` writes them by default) and nesting deeper than [`MAX_DEPTH`] would
//! make serde_json reject the whole file. `sanitize` replaces them, where a
//! value may stand, with marker strings recording the literal and its line and
//! column; the entry (or attribute) holding one is then excluded (or ignored)
//! like any other bad value. Hostile input never panics and never overflows
//! the stack (serde_json stops at 128 levels).
//!
//! `excluded` on a problem means its whole entry was left out; problems come in
//! document order (meta, indicators, regions, sources, figures, milestones).

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::core::dataset::{
    Approx, AsOf, Dataset, DatasetMeta, DenominatorBasis, Figure, FigureStatus, Funding, Indicator, Milestone,
    MilestoneKind, PeriodKind, ProgramScope, Region, RegionKind, Segment, Source, Text, Unit, SCHEMA_VERSION,
};
use crate::core::date::{days_in_month, PartialDate};
use crate::core::lang::Lang;
use crate::core::order;

/// Longest name, title or note kept; longer texts are cut.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Longest id or code accepted.
pub const MAX_ID_CHARS: usize = 100;
/// Deepest JSON nesting read; anything deeper is replaced and its entry excluded.
pub const MAX_DEPTH: usize = 100;
/// How far (in percentage points) a stated percentage may be from numerator/denominator.
pub const PERCENT_TOLERANCE: f64 = 0.5;
/// Periods ending before this year are history, not the current state.
pub const HISTORICAL_BEFORE: i32 = 2020;
/// Largest plausible count (people, villages, cases...): Indonesia has ~280 million people.
const MAX_COUNT: f64 = 1e9;
/// Largest plausible Rupiah amount or numerator/denominator; also keeps arithmetic finite.
const MAX_AMOUNT: f64 = 1e16;
/// Prefix of the strings that replace unreadable JSON before parsing.
const MARK: &str = "\u{E000}cakupan:";

// ---------------------------------------------------------------------------
// Public types

/// A dataset that could be read, with every entry that had to be excluded or flagged.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Only the entries that passed every check.
    pub dataset: Dataset,
    /// In document order.
    pub problems: Vec<Problem>,
}

/// One thing wrong with one entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path of the entry or field, e.g. `figures[12].value`.
    pub path: String,
    /// The id of the entry, when it has a readable one (figure id, source id, region code).
    pub entry_id: Option<String>,
    /// Whether the entry was dropped (error) or kept with a warning.
    pub excluded: bool,
    pub kind: ProblemKind,
}

/// The top-level parts of a dataset file, in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Document,
    Meta,
    Indicators,
    Regions,
    Sources,
    Figures,
    Milestones,
}

impl Part {
    /// The JSON key of this section.
    pub fn key(self) -> &'static str {
        match self {
            Part::Document => "",
            Part::Meta => "meta",
            Part::Indicators => "indicators",
            Part::Regions => "regions",
            Part::Sources => "sources",
            Part::Figures => "figures",
            Part::Milestones => "milestones",
        }
    }

    fn from_key(k: &str) -> Part {
        match k {
            "meta" => Part::Meta,
            "indicators" => Part::Indicators,
            "regions" => Part::Regions,
            "sources" => Part::Sources,
            "figures" => Part::Figures,
            "milestones" => Part::Milestones,
            _ => Part::Document,
        }
    }

    fn noun(self, lang: Lang) -> &'static str {
        match self {
            Part::Document => lang.pick("berkas", "file"),
            Part::Meta => lang.pick("keterangan berkas", "file description"),
            Part::Indicators => lang.pick("indikator", "indicator"),
            Part::Regions => lang.pick("wilayah", "region"),
            Part::Sources => lang.pick("sumber", "source"),
            Part::Figures => lang.pick("angka", "figure"),
            Part::Milestones => lang.pick("peristiwa", "milestone"),
        }
    }
}

/// The JSON type actually found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonType {
    Null,
    Boolean,
    Number,
    Text,
    List,
    Object,
}

impl JsonType {
    pub fn of(v: &Value) -> JsonType {
        match v {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::Text,
            Value::Array(_) => JsonType::List,
            Value::Object(_) => JsonType::Object,
        }
    }

    fn noun(self, lang: Lang) -> &'static str {
        match self {
            JsonType::Null => lang.pick("kosong (null)", "null"),
            JsonType::Boolean => lang.pick("benar/salah", "true/false"),
            JsonType::Number => lang.pick("angka", "a number"),
            JsonType::Text => lang.pick("teks", "text"),
            JsonType::List => lang.pick("daftar", "a list"),
            JsonType::Object => lang.pick("objek", "an object"),
        }
    }
}

/// The JSON type a field should have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expected {
    Text,
    Number,
    Boolean,
    Object,
    TextList,
}

impl Expected {
    fn noun(self, lang: Lang) -> &'static str {
        match self {
            Expected::Text => lang.pick("teks", "text"),
            Expected::Number => lang.pick("angka", "a number"),
            Expected::Boolean => lang.pick("true atau false", "true or false"),
            Expected::Object => lang.pick("objek", "an object"),
            Expected::TextList => lang.pick("daftar teks", "a list of texts"),
        }
    }
}

/// The shape of a region code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeShape {
    /// "ID"
    Nation,
    /// "NN"
    Province,
    /// "NN.NN"
    KabKota,
    /// "cabang.<lowercase-slug>"
    Branch,
}

impl CodeShape {
    /// Whether a region of this kind may carry a code of this shape.
    pub fn allows(self, kind: RegionKind) -> bool {
        matches!(
            (self, kind),
            (CodeShape::Nation, RegionKind::Nasional)
                | (CodeShape::Province, RegionKind::Provinsi)
                | (CodeShape::KabKota, RegionKind::Kabupaten | RegionKind::Kota)
                | (CodeShape::Branch, RegionKind::Cabang)
        )
    }

    fn noun(self, lang: Lang) -> &'static str {
        match self {
            CodeShape::Nation => lang.pick("nasional", "national"),
            CodeShape::Province => lang.pick("provinsi", "province"),
            CodeShape::KabKota => lang.pick("kabupaten/kota", "regency/city"),
            CodeShape::Branch => lang.pick("cabang BPJS", "BPJS branch"),
        }
    }
}

/// Why a source URL was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UrlIssue {
    /// Not http:// or https:// (javascript:, data:, relative, ftp:...).
    NotHttp,
    /// Contains spaces or control characters.
    Whitespace,
    /// Nothing after the scheme.
    NoHost,
    TooLong,
}

/// What is wrong, in data a UI can translate. Strings inside are already made
/// safe to show (control characters replaced, cut to [`MAX_ID_CHARS`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    // --- file structure
    /// A required section (indicators, sources, figures) is absent.
    SectionMissing,
    /// A section is not a list; its content is ignored.
    SectionNotList {
        found: JsonType,
    },
    /// No `meta`: an empty description is used.
    MetaMissing,
    NotAnObject {
        found: JsonType,
    },
    MissingField {
        field: String,
    },
    WrongType {
        expected: Expected,
        found: JsonType,
    },
    /// An unknown enum value, e.g. `"unit": "percentage"`.
    UnknownChoice {
        value: String,
        allowed: Vec<String>,
    },
    /// A number literal too large for f64, e.g. `1e400`, at `line`/`column`
    /// of the file (characters, from 1; 0 when not known).
    NotFinite {
        literal: String,
        line: usize,
        column: usize,
    },
    /// `NaN`, `Infinity` or `-Infinity`: not JSON, but what Python's `json`
    /// module writes by default; at `line`/`column` of the file (characters, from 1).
    NotJsonNumber {
        literal: String,
        line: usize,
        column: usize,
    },
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Could not be read for a reason not located more precisely (serde's words).
    Unreadable {
        detail: String,
    },
    // --- ids
    /// Empty, too long, or containing spaces or control characters.
    BadId {
        id: String,
    },
    /// `first` is the path of the entry that keeps the id.
    DuplicateId {
        id: String,
        first: String,
    },
    // --- regions
    BadRegionCode {
        code: String,
    },
    KindMismatch {
        code: String,
        kind: RegionKind,
        shape: CodeShape,
    },
    /// Warning: a kabupaten/kota without `province` gets it from its code.
    ProvinceFilledIn {
        province: String,
    },
    UnknownProvince {
        province: String,
    },
    ProvinceMismatch {
        province: String,
        expected: String,
    },
    /// Warning: an unknown branch member is dropped.
    UnknownMember {
        member: String,
    },
    /// Warning: a field that does not apply to this kind of region (`province`
    /// on the nation or a province, `members` on anything but a branch) is ignored.
    NotForKind {
        field: String,
        kind: RegionKind,
    },
    // --- references
    /// A reference to a region, indicator or source not in the dataset;
    /// `excluded_at` is the path of the entry with that id when it was excluded.
    UnknownReference {
        target: Part,
        id: String,
        excluded_at: Option<String>,
    },
    // --- numbers
    PercentOutOfRange {
        value: f64,
    },
    Negative {
        value: f64,
    },
    Implausible {
        value: f64,
        max: f64,
    },
    UnitMismatch {
        unit: Unit,
        indicator_unit: Unit,
    },
    /// Warning: the stated percentage disagrees with numerator/denominator.
    PercentMismatch {
        stated: f64,
        computed: f64,
    },
    NumeratorAboveDenominator {
        numerator: f64,
        denominator: f64,
    },
    /// Warning: the numerator is above a denominator that is an estimate
    /// (potential participants, a target, another base); the figure is kept.
    CountAboveEstimatedBase {
        numerator: f64,
        denominator: f64,
        basis: DenominatorBasis,
    },
    DenominatorNotPositive {
        denominator: f64,
    },
    // --- dates
    BadDate {
        value: String,
    },
    StartAfterEnd {
        start: String,
        end: String,
    },
    /// Warning: the period has no date, so it is unknown; the `kind` it gave
    /// (`None` when it was already `unknown`) and any `start` are dropped.
    UndatedPeriod {
        kind: Option<PeriodKind>,
        had_start: bool,
    },
    /// Warning: `historical` does not match the year (history is before 2020).
    HistoricalMismatch {
        year: i32,
        historical: bool,
    },
    // --- urls and text
    /// Warning: the URL is dropped, the source kept.
    UnsafeUrl {
        url: String,
        issue: UrlIssue,
    },
    /// Warning: control characters were removed.
    ControlChars {
        removed: usize,
    },
    /// Warning: the text was cut to `max` characters.
    TooLong {
        chars: usize,
        max: usize,
    },
    /// A required text is empty (or missing).
    EmptyText,
    /// Warning: the text `field` is empty or missing, so the text `from` is used
    /// in its place (a region's `short_name` and `name`, a text's `id` and `en`,
    /// an indicator's `label` and `id`).
    TextFallback {
        field: String,
        from: String,
    },
    /// Warning: a source's `published` is not a real date; it is not used and
    /// the publication date is shown as unknown.
    DateIgnored {
        value: String,
    },
}

/// Why a file could not be used at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Fatal {
    Empty,
    /// `detail` is serde_json's English description; `truncated` when the file ends early.
    NotJson {
        line: usize,
        column: usize,
        truncated: bool,
        detail: String,
    },
    NotAnObject {
        found: JsonType,
    },
    MissingSchemaVersion,
    /// `found` is the JSON text of the value found.
    UnsupportedSchemaVersion {
        found: String,
        supported: u32,
    },
    MissingRegions,
    RegionsNotList {
        found: JsonType,
    },
    /// Every region was excluded; `problems` says why.
    NoValidRegions {
        problems: Vec<Problem>,
    },
}

// ---------------------------------------------------------------------------
// Messages

impl Problem {
    /// A plain-language sentence naming the path and what is wrong.
    pub fn message(&self, lang: Lang) -> String {
        let id = match &self.entry_id {
            Some(id) => format!(" ({id})"),
            None => String::new(),
        };
        let section_level = !self.path.contains('[') && !self.path.contains('.');
        let outcome = match (self.excluded, self.section(), section_level) {
            (false, _, _) => self.kind.kept_outcome(lang),
            (true, Part::Meta, _) => lang.pick(" Dipakai keterangan kosong.", " An empty description is used."),
            (true, _, true) => lang.pick(" Isi bagian ini tidak dipakai.", " This section was left out."),
            (true, _, false) => lang.pick(" Entri ini tidak dipakai.", " This entry was left out."),
        };
        format!("{}{id}: {}{outcome}", self.path, self.kind.describe(lang))
    }

    /// The path of the whole entry (`figures[12]` for `figures[12].value`), to group problems by entry.
    pub fn entry_path(&self) -> &str {
        let end = self.path.find(['[', '.']).unwrap_or(self.path.len());
        if self.path[end..].starts_with('[') {
            if let Some(close) = self.path[end..].find(']') {
                return &self.path[..end + close + 1];
            }
        }
        &self.path[..end]
    }

    pub fn section(&self) -> Part {
        let end = self.path.find(['[', '.']).unwrap_or(self.path.len());
        Part::from_key(&self.path[..end])
    }

    /// Line and column in the file (characters, from 1), for the problems
    /// that know them: number literals JSON cannot hold.
    pub fn text_position(&self) -> Option<(usize, usize)> {
        match self.kind {
            ProblemKind::NotJsonNumber { line, column, .. } | ProblemKind::NotFinite { line, column, .. }
                if line > 0 =>
            {
                Some((line, column))
            }
            _ => None,
        }
    }

    /// Kept with a warning rather than excluded.
    pub fn is_warning(&self) -> bool {
        !self.excluded
    }
}

impl ProblemKind {
    /// For a warning of a kind that usually excludes its entry (a wrong type,
    /// an unreadable number...): what happened instead.
    fn kept_outcome(&self, lang: Lang) -> &'static str {
        use ProblemKind as K;
        match self {
            K::MissingField { .. } => lang.pick(
                " Dibiarkan kosong; sisanya tetap dipakai.",
                " It is left empty; the rest is kept.",
            ),
            K::NotAnObject { .. }
            | K::WrongType { .. }
            | K::UnknownChoice { .. }
            | K::NotFinite { .. }
            | K::NotJsonNumber { .. }
            | K::TooDeep
            | K::Unreadable { .. }
            | K::UnknownProvince { .. } => lang.pick(
                " Isinya diabaikan; sisanya tetap dipakai.",
                " It is ignored; the rest is kept.",
            ),
            _ => "",
        }
    }

    /// What is wrong, without the path.
    pub fn describe(&self, lang: Lang) -> String {
        use ProblemKind as K;
        let (id, en) = match self {
            K::SectionMissing => ("bagian ini tidak ada.".into(), "this section is missing.".into()),
            K::SectionNotList { found } => (
                format!("bagian ini harus berupa daftar, tetapi isinya {}.", found.noun(Lang::Id)),
                format!("this section must be a list, but it is {}.", found.noun(Lang::En)),
            ),
            K::MetaMissing => (
                "keterangan berkas (meta) tidak ada; dipakai keterangan kosong.".into(),
                "the file description (meta) is missing; an empty one is used.".into(),
            ),
            K::NotAnObject { found } => (
                format!("entri harus berupa objek, tetapi isinya {}.", found.noun(Lang::Id)),
                format!("the entry must be an object, but it is {}.", found.noun(Lang::En)),
            ),
            K::MissingField { field } => (
                format!("kolom wajib `{field}` tidak ada."),
                format!("the required field `{field}` is missing."),
            ),
            K::WrongType { expected, found } => (
                format!("isinya harus {}, tetapi berupa {}.", expected.noun(Lang::Id), found.noun(Lang::Id)),
                format!("it must be {}, but it is {}.", expected.noun(Lang::En), found.noun(Lang::En)),
            ),
            K::UnknownChoice { value, allowed } => {
                let list = allowed.join(", ");
                (
                    format!("nilai \"{value}\" tidak dikenal; pilihan yang sah: {list}."),
                    format!("the value \"{value}\" is not known; allowed: {list}."),
                )
            }
            K::NotFinite { literal, line, column } => (
                format!("angka {literal}{} terlalu besar untuk dibaca.", at_id(*line, *column)),
                format!("the number {literal}{} is too large to read.", at_en(*line, *column)),
            ),
            K::NotJsonNumber { literal, line, column } => (
                format!(
                    "{literal}{} bukan angka JSON. Tulis null bila angkanya tidak diketahui (jangan 0), atau tulis berkas dengan allow_nan=False di Python (json.dump) agar kesalahan ini langsung ketahuan.",
                    at_id(*line, *column)
                ),
                format!(
                    "{literal}{} is not a JSON number. Write null where the number is not known (never 0), or write the file with allow_nan=False in Python (json.dump) to catch this when writing.",
                    at_en(*line, *column)
                ),
            ),
            K::TooDeep => (
                format!("isinya bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat)."),
                format!("it is nested too deeply (more than {MAX_DEPTH} levels)."),
            ),
            K::Unreadable { detail } => (
                format!("entri ini tidak dapat dibaca ({detail})."),
                format!("the entry cannot be read ({detail})."),
            ),
            K::BadId { id } => (
                format!("pengenal \"{id}\" tidak sah: harus diisi, tanpa spasi, paling panjang {MAX_ID_CHARS} karakter."),
                format!("the id \"{id}\" is not valid: it must be non-empty, without spaces, at most {MAX_ID_CHARS} characters."),
            ),
            K::DuplicateId { id, first } => (
                format!("pengenal \"{id}\" sudah dipakai di {first}; hanya yang pertama dipakai."),
                format!("the id \"{id}\" is already used by {first}; only the first one is used."),
            ),
            K::BadRegionCode { code } => (
                format!("kode wilayah \"{code}\" tidak sah; gunakan \"NN\" untuk provinsi, \"NN.NN\" untuk kabupaten/kota, \"ID\" untuk nasional, atau \"cabang.nama-cabang\" untuk cabang BPJS."),
                format!("the region code \"{code}\" is not valid; use \"NN\" for a province, \"NN.NN\" for a regency/city, \"ID\" for the nation, or \"cabang.branch-name\" for a BPJS branch."),
            ),
            K::KindMismatch { code, kind, shape } => (
                format!("\"{code}\" adalah kode {}, tetapi jenisnya {}.", shape.noun(Lang::Id), kind_noun(*kind, Lang::Id)),
                format!("\"{code}\" is a {} code, but the kind is {}.", shape.noun(Lang::En), kind_noun(*kind, Lang::En)),
            ),
            K::ProvinceFilledIn { province } => (
                format!("provinsi tidak diisi; dipakai \"{province}\" dari awal kodenya."),
                format!("no province given; \"{province}\" is taken from the code."),
            ),
            K::UnknownProvince { province } => (
                format!("provinsi \"{province}\" tidak ada dalam data."),
                format!("the province \"{province}\" is not in the data."),
            ),
            K::ProvinceMismatch { province, expected } => (
                format!("provinsi \"{province}\" tidak cocok dengan kode wilayahnya (seharusnya \"{expected}\")."),
                format!("the province \"{province}\" does not match the region code (it should be \"{expected}\")."),
            ),
            K::UnknownMember { member } => (
                format!("anggota \"{member}\" bukan kode wilayah yang dikenal; anggota ini diabaikan."),
                format!("the member \"{member}\" is not a known region code; it is ignored."),
            ),
            K::NotForKind { field, kind } => (
                format!("kolom `{field}` tidak berlaku untuk {}; kolom ini diabaikan.", kind_noun(*kind, Lang::Id)),
                format!("the field `{field}` does not apply to a {}; it is ignored.", kind_noun(*kind, Lang::En)),
            ),
            K::UnknownReference { target, id, excluded_at } => match excluded_at {
                Some(at) => (
                    format!("merujuk ke {} \"{id}\" yang tidak dipakai (lihat {at}).", target.noun(Lang::Id)),
                    format!("it refers to the {} \"{id}\", which was left out (see {at}).", target.noun(Lang::En)),
                ),
                None => (
                    format!("merujuk ke {} \"{id}\" yang tidak ada dalam data.", target.noun(Lang::Id)),
                    format!("it refers to the {} \"{id}\", which is not in the data.", target.noun(Lang::En)),
                ),
            },
            K::PercentOutOfRange { value } => (
                format!("persentase {} berada di luar 0–100.", num(*value, Lang::Id)),
                format!("the percentage {} is outside 0–100.", num(*value, Lang::En)),
            ),
            K::Negative { value } => (
                format!("angka {} negatif; jumlah tidak bisa negatif.", num(*value, Lang::Id)),
                format!("the number {} is negative; amounts cannot be negative.", num(*value, Lang::En)),
            ),
            K::Implausible { value, max } => (
                format!("angka {} terlalu besar untuk satuan ini (paling banyak {}).", num(*value, Lang::Id), num(*max, Lang::Id)),
                format!("the number {} is too large for this unit (at most {}).", num(*value, Lang::En), num(*max, Lang::En)),
            ),
            K::UnitMismatch { unit, indicator_unit } => (
                format!("satuannya {}, padahal indikatornya memakai {}.", unit_noun(*unit, Lang::Id), unit_noun(*indicator_unit, Lang::Id)),
                format!("its unit is {}, but its indicator uses {}.", unit_noun(*unit, Lang::En), unit_noun(*indicator_unit, Lang::En)),
            ),
            K::PercentMismatch { stated, computed } => (
                format!("persentase tertulis {}% tidak cocok dengan pembilang/penyebutnya ({}%); keduanya ditampilkan.", num(*stated, Lang::Id), num(*computed, Lang::Id)),
                format!("the stated {}% disagrees with its numerator/denominator ({}%); both are shown.", num(*stated, Lang::En), num(*computed, Lang::En)),
            ),
            K::NumeratorAboveDenominator { numerator, denominator } => (
                format!("pembilang {} lebih besar dari penyebut {}.", num(*numerator, Lang::Id), num(*denominator, Lang::Id)),
                format!("the numerator {} is larger than the denominator {}.", num(*numerator, Lang::En), num(*denominator, Lang::En)),
            ),
            K::CountAboveEstimatedBase { numerator, denominator, basis } => (
                format!(
                    "pembilang {} lebih besar dari penyebut {}, yang hanya perkiraan ({}). Angka tetap dipakai dan ditandai.",
                    num(*numerator, Lang::Id),
                    num(*denominator, Lang::Id),
                    crate::core::caveat::basis_label(*basis, Lang::Id)
                ),
                format!(
                    "the numerator {} is larger than the denominator {}, which is only an estimate ({}). The figure is kept and flagged.",
                    num(*numerator, Lang::En),
                    num(*denominator, Lang::En),
                    crate::core::caveat::basis_label(*basis, Lang::En)
                ),
            ),
            K::DenominatorNotPositive { denominator } => (
                format!("penyebut {} harus lebih dari nol.", num(*denominator, Lang::Id)),
                format!("the denominator {} must be above zero.", num(*denominator, Lang::En)),
            ),
            K::BadDate { value } => (
                format!("tanggal \"{value}\" tidak sah; gunakan TTTT, TTTT-BB atau TTTT-BB-HH yang benar-benar ada."),
                format!("the date \"{value}\" is not valid; use a real YYYY, YYYY-MM or YYYY-MM-DD."),
            ),
            K::StartAfterEnd { start, end } => (
                format!("awal periode {start} jatuh setelah akhirnya {end}."),
                format!("the period starts ({start}) after it ends ({end})."),
            ),
            K::UndatedPeriod { kind, had_start } => {
                let kind = kind.map(|k| {
                    serde_json::to_value(k)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                });
                let (rid, ren) = match (kind, had_start) {
                    (Some(k), true) => (
                        format!(" Jenis periode \"{k}\" dan awal periodenya tidak dipakai."),
                        format!(" Its period kind \"{k}\" and start are not used."),
                    ),
                    (Some(k), false) => (
                        format!(" Jenis periode \"{k}\" tidak dipakai."),
                        format!(" Its period kind \"{k}\" is not used."),
                    ),
                    (None, true) => (" Awal periodenya tidak dipakai.".into(), " Its start is not used.".into()),
                    (None, false) => (String::new(), String::new()),
                };
                (
                    format!("periode tanpa tanggal ditampilkan sebagai tidak diketahui.{rid}"),
                    format!("a period without a date is shown as unknown.{ren}"),
                )
            }
            K::HistoricalMismatch { year, historical: false } => (
                format!("angka tahun {year} belum ditandai sebagai sejarah (historical); angka sebelum {HISTORICAL_BEFORE} adalah sejarah. Angka tetap dipakai."),
                format!("the {year} figure is not marked historical; figures before {HISTORICAL_BEFORE} are history. It is kept."),
            ),
            K::HistoricalMismatch { year, historical: true } => (
                format!("angka tahun {year} ditandai sebagai sejarah (historical), padahal hanya angka sebelum {HISTORICAL_BEFORE} yang sejarah. Angka tetap dipakai."),
                format!("the {year} figure is marked historical, but only figures before {HISTORICAL_BEFORE} are history. It is kept."),
            ),
            K::UnsafeUrl { url, issue } => {
                let (rid, ren) = match issue {
                    UrlIssue::NotHttp => ("hanya alamat http:// atau https:// yang diterima", "only http:// or https:// addresses are accepted"),
                    UrlIssue::Whitespace => ("alamatnya berisi spasi atau karakter kendali", "it contains spaces or control characters"),
                    UrlIssue::NoHost => ("nama situsnya tidak ada", "it has no site name"),
                    UrlIssue::TooLong => ("alamatnya terlalu panjang", "it is too long"),
                };
                (
                    format!("alamat \"{url}\" tidak dipakai: {rid}. Penerbit dan tanggal sumber tetap ditampilkan."),
                    format!("the address \"{url}\" is not used: {ren}. The source's publisher and date are still shown."),
                )
            }
            K::ControlChars { removed } => (
                format!("{removed} karakter kendali dihapus dari teks ini."),
                format!("{removed} control character(s) were removed from this text."),
            ),
            K::TooLong { chars, max } => (
                format!("teks sepanjang {chars} karakter dipotong menjadi {max} karakter."),
                format!("the text of {chars} characters was cut to {max} characters."),
            ),
            K::EmptyText => (
                "teks wajib ini kosong atau tidak ada.".into(),
                "this required text is empty or missing.".into(),
            ),
            K::TextFallback { field, from } => (
                format!("`{field}` kosong atau tidak ada; dipakai `{from}` sebagai gantinya."),
                format!("`{field}` is empty or missing; `{from}` is used instead."),
            ),
            K::DateIgnored { value } => (
                format!("tanggal \"{value}\" tidak sah (gunakan TTTT, TTTT-BB atau TTTT-BB-HH yang benar-benar ada); tanggal terbit ditampilkan sebagai tidak diketahui. Sumber tetap dipakai."),
                format!("the date \"{value}\" is not valid (use a real YYYY, YYYY-MM or YYYY-MM-DD); the publication date is shown as unknown. The source is kept."),
            ),
        };
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

impl Fatal {
    /// Line and column in the file (characters, from 1), when the file is not JSON.
    pub fn text_position(&self) -> Option<(usize, usize)> {
        match self {
            Fatal::NotJson { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let (id, en) = match self {
            Fatal::Empty => ("Berkas data kosong.".into(), "The data file is empty.".into()),
            Fatal::NotJson { line, column, truncated: true, .. } => (
                format!("Berkas data terpotong: JSON berakhir sebelum selesai (baris {line}, kolom {column})."),
                format!("The data file is cut short: the JSON ends early (line {line}, column {column})."),
            ),
            Fatal::NotJson { line, column, detail, .. } => (
                format!("Berkas data bukan JSON yang sah: ada kesalahan di baris {line}, kolom {column}."),
                format!("The data file is not valid JSON: error at line {line}, column {column} ({detail})."),
            ),
            Fatal::NotAnObject { found } => (
                format!("Berkas data harus berupa objek JSON, tetapi isinya {}.", found.noun(Lang::Id)),
                format!("The data file must be a JSON object, but it is {}.", found.noun(Lang::En)),
            ),
            Fatal::MissingSchemaVersion => (
                format!("Berkas data tidak menyebut versi formatnya (schema_version); aplikasi ini membaca versi {SCHEMA_VERSION}."),
                format!("The data file does not state its format version (schema_version); this app reads version {SCHEMA_VERSION}."),
            ),
            Fatal::UnsupportedSchemaVersion { found, supported } => (
                format!("Berkas data memakai format versi {found}, sedangkan aplikasi ini hanya membaca versi {supported}."),
                format!("The data file uses format version {found}, but this app only reads version {supported}."),
            ),
            Fatal::MissingRegions => (
                "Berkas data tidak berisi daftar wilayah (regions).".into(),
                "The data file has no list of regions (regions).".into(),
            ),
            Fatal::RegionsNotList { found } => (
                format!("Bagian regions harus berupa daftar, tetapi isinya {}.", found.noun(Lang::Id)),
                format!("The regions section must be a list, but it is {}.", found.noun(Lang::En)),
            ),
            Fatal::NoValidRegions { problems } => (
                format!("Tidak ada satu pun wilayah yang dapat dipakai ({} masalah).", problems.len()),
                format!("Not a single region could be used ({} problems).", problems.len()),
            ),
        };
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

impl Loaded {
    /// How many entries of a section were left out.
    pub fn excluded_count(&self, section: Part) -> usize {
        let entries: HashSet<&str> = self
            .problems
            .iter()
            .filter(|p| p.excluded && p.section() == section && p.path.contains('['))
            .map(Problem::entry_path)
            .collect();
        entries.len()
    }

    pub fn excluded_figure_count(&self) -> usize {
        self.excluded_count(Part::Figures)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.excluded)
    }

    /// Warnings about a kept entry, e.g. a figure whose percentage disagrees with its parts.
    pub fn warnings_for<'a>(&'a self, section: Part, id: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems
            .iter()
            .filter(move |p| !p.excluded && p.section() == section && p.entry_id.as_deref() == Some(id))
    }

    /// Problems grouped by entry path, in document order.
    pub fn by_entry(&self) -> Vec<(&str, Vec<&Problem>)> {
        let mut groups: Vec<(&str, Vec<&Problem>)> = Vec::new();
        let mut at: HashMap<&str, usize> = HashMap::new();
        for p in &self.problems {
            let key = p.entry_path();
            match at.get(key) {
                Some(&i) => groups[i].1.push(p),
                None => {
                    at.insert(key, groups.len());
                    groups.push((key, vec![p]));
                }
            }
        }
        groups
    }
}

// ---------------------------------------------------------------------------
// Loading

/// Parses and checks a dataset file.
pub fn load(json: &str) -> Result<Loaded, Fatal> {
    let (root, sanitized) = parse(json)?;
    let mut root = match root {
        Value::Object(m) => m,
        other => {
            return Err(Fatal::NotAnObject {
                found: found_type(&other),
            })
        }
    };
    match root.get("schema_version") {
        None => return Err(Fatal::MissingSchemaVersion),
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION as u64) => {}
        Some(v) => {
            let found = match mark_kind(v).filter(|_| sanitized) {
                Some(ProblemKind::NotJsonNumber { literal, .. } | ProblemKind::NotFinite { literal, .. }) => literal,
                _ => shown(&v.to_string()),
            };
            return Err(Fatal::UnsupportedSchemaVersion {
                found,
                supported: SCHEMA_VERSION,
            });
        }
    }
    let regions = match root.remove("regions") {
        None | Some(Value::Null) => return Err(Fatal::MissingRegions),
        Some(Value::Array(a)) => a,
        Some(other) => {
            return Err(Fatal::RegionsNotList {
                found: found_type(&other),
            })
        }
    };

    let mut v = Validator {
        problems: Vec::new(),
        sanitized,
    };
    let meta = v.meta(root.remove("meta"));
    let items = v.section(&mut root, Part::Indicators, true);
    let (indicators, gone_indicators) = v.indicators(items);
    let (regions, gone_regions) = v.regions(regions);
    if regions.is_empty() {
        return Err(Fatal::NoValidRegions { problems: v.finish() });
    }
    let items = v.section(&mut root, Part::Sources, true);
    let (sources, gone_sources) = v.sources(items);

    let known = Known {
        regions: regions.iter().map(|r| r.code.clone()).collect(),
        sources: sources.iter().map(|s| s.id.clone()).collect(),
        indicators: indicators.iter().map(|i| (i.id.clone(), i.unit)).collect(),
        gone_regions,
        gone_sources,
        gone_indicators,
    };
    let items = v.section(&mut root, Part::Figures, true);
    let figures = v.figures(items, &known);
    let items = v.section(&mut root, Part::Milestones, false);
    let milestones = v.milestones(items, &known);

    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        meta,
        indicators,
        regions,
        sources,
        figures,
        milestones,
    };
    Ok(Loaded {
        dataset,
        problems: v.finish(),
    })
}

/// Parses JSON. When serde_json refuses the text, retries with the values it
/// cannot hold replaced (see [`sanitize`]); a file that is still not JSON is
/// fatal, with the line and column of the first error in the original text.
fn parse(json: &str) -> Result<(Value, bool), Fatal> {
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(Fatal::Empty);
    }
    let err = match serde_json::from_str::<Value>(json) {
        Ok(v) => return Ok((v, false)),
        Err(e) => e,
    };
    let cleaned = sanitize(json);
    if cleaned.replaced.is_empty() {
        return Err(not_json(json, json, &err, &[]));
    }
    match serde_json::from_str::<Value>(&cleaned.text) {
        Ok(v) => Ok((v, true)),
        // Another error further on: say where it is in the file as written.
        Err(e) => Err(not_json(json, &cleaned.text, &e, &cleaned.replaced)),
    }
}

/// A parse error of `parsed` (the file, or its sanitized copy) as a fatal
/// error located in `original`.
fn not_json(original: &str, parsed: &str, e: &serde_json::Error, replaced: &[(usize, usize)]) -> Fatal {
    let msg = e.to_string();
    let detail = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    // serde_json counts columns in bytes; find the byte, then map it back.
    let mut offset = parsed.len();
    if e.line() > 0 {
        let line_start = if e.line() == 1 {
            Some(0)
        } else {
            parsed.match_indices('\n').nth(e.line() - 2).map(|(i, _)| i + 1)
        };
        if let Some(ls) = line_start {
            offset = (ls + e.column().saturating_sub(1)).min(parsed.len());
        }
    }
    if let Some(&(san, orig)) = replaced.iter().rev().find(|(san, _)| *san <= offset) {
        offset = orig + (offset - san);
    }
    let (line, column) = line_column(original, offset.min(original.len()));
    Fatal::NotJson {
        line,
        column,
        truncated: e.classify() == serde_json::error::Category::Eof,
        detail: shown(&detail),
    }
}

/// Line and column (characters, both from 1) of a byte offset.
fn line_column(text: &str, mut offset: usize) -> (usize, usize) {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The text with every value serde_json cannot hold replaced by a marker
/// string, and where: (end in `text`, end in the original) of each replacement.
struct Sanitized {
    text: String,
    replaced: Vec<(usize, usize)>,
}

/// Replaces, where a value may stand, the values serde_json would refuse
/// (number literals that overflow f64; `NaN`, `Infinity` and `-Infinity`, as
/// Python's `json` module writes them; containers nested deeper than
/// [`MAX_DEPTH`]) with marker strings that say what and where they were,
/// leaving everything else byte for byte. Nothing in a key position or inside
/// a string is touched, so a file that was not JSON for another reason stays
/// not JSON.
fn sanitize(src: &str) -> Sanitized {
    let b = src.as_bytes();
    let mut out = Sanitized {
        text: String::with_capacity(src.len() + 64),
        replaced: Vec::new(),
    };
    // Open containers ('[' or '{'), and the last byte that was not a space.
    let mut stack: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    // Line counting, done lazily up to each replacement.
    let (mut counted, mut line, mut line_start) = (0usize, 1usize, 0usize);
    let mut mark = |out: &mut Sanitized, start: usize, end: usize, what: &str, literal: &str| {
        for (k, &c) in b[counted..start].iter().enumerate() {
            if c == b'\n' {
                line += 1;
                line_start = counted + k + 1;
            }
        }
        counted = start;
        let column = src[line_start..start].chars().count() + 1;
        out.text
            .push_str(&format!("\"{MARK}{what}:{line}:{column}:{literal}\""));
        out.replaced.push((out.text.len(), end));
    };
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    let word_at =
        |i: usize, w: &str| b[i..].starts_with(w.as_bytes()) && !b.get(i + w.len()).is_some_and(|&c| is_word(c));
    let mut i = 0usize;
    while i < b.len() {
        let value_here = match prev {
            0 | b':' | b'[' => true,
            b',' => stack.last() == Some(&b'['),
            _ => false,
        };
        match b[i] {
            b'"' => {
                let end = string_end(b, i);
                out.text.push_str(&src[i..end]);
                i = end;
                prev = b'"';
            }
            b'[' | b'{' if stack.len() >= MAX_DEPTH => {
                if !value_here {
                    // Not JSON anyway: leave the rest for serde_json to report.
                    out.text.push_str(&src[i..]);
                    break;
                }
                let end = container_end(b, i);
                mark(&mut out, i, end, "too-deep", &src[i..i + 1]);
                i = end;
                prev = b'"';
            }
            c @ (b'[' | b'{') => {
                stack.push(c);
                out.text.push(c as char);
                i += 1;
                prev = c;
            }
            c @ (b']' | b'}') => {
                stack.pop();
                out.text.push(c as char);
                i += 1;
                prev = c;
            }
            b'-' if value_here && word_at(i, "-Infinity") => {
                mark(&mut out, i, i + 9, "nan", "-Infinity");
                i += 9;
                prev = b'0';
            }
            b'N' if value_here && word_at(i, "NaN") => {
                mark(&mut out, i, i + 3, "nan", "NaN");
                i += 3;
                prev = b'0';
            }
            b'I' if value_here && word_at(i, "Infinity") => {
                mark(&mut out, i, i + 8, "nan", "Infinity");
                i += 8;
                prev = b'0';
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                    i += 1;
                }
                let tok = &src[start..i];
                if value_here && tok.parse::<f64>().is_ok_and(|x| !x.is_finite()) {
                    mark(&mut out, start, i, "nonfinite", tok);
                } else {
                    out.text.push_str(tok);
                }
                prev = b'0';
            }
            _ => {
                // Only ASCII bytes stop this run, so both ends are char boundaries.
                let start = i;
                loop {
                    if !b[i].is_ascii_whitespace() {
                        prev = b[i];
                    }
                    i += 1;
                    if i >= b.len()
                        || matches!(
                            b[i],
                            b'"' | b'[' | b'{' | b']' | b'}' | b'-' | b'0'..=b'9' | b'N' | b'I'
                        )
                    {
                        break;
                    }
                }
                out.text.push_str(&src[start..i]);
            }
        }
    }
    out
}

/// Index just after the string starting at `start` (a quote), or the end.
fn string_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// Index just after the container starting at `start`, or the end.
fn container_end(b: &[u8], start: usize) -> usize {
    let (mut i, mut depth) = (start, 0usize);
    while i < b.len() {
        match b[i] {
            b'"' => {
                i = string_end(b, i);
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

// ---------------------------------------------------------------------------
// Field specifications: which fields an entry has, what an unreadable value
// costs (the entry, or only the field), and where an entry serde refused is wrong.

type Probe = fn(&Value) -> Result<(), String>;

/// What an unreadable value (wrong type, unknown choice, NaN...) in a field costs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lenient {
    /// The whole entry is excluded: the field changes what the entry means.
    No,
    /// Only the field is ignored, with a warning (in a list: only the bad
    /// items); a `null` is the same as leaving the field out.
    Ignore,
    /// Like `Ignore`, and a missing text is read as empty (with a warning when
    /// `required`); the rules of the entry then decide what an empty text costs.
    Fill,
}

#[derive(Clone, Copy)]
struct Field {
    name: &'static str,
    required: bool,
    expected: Expected,
    /// An enum: report unknown values with the allowed list.
    choice: bool,
    lenient: Lenient,
    probe: Probe,
    nested: &'static [Field],
}

impl Field {
    const fn lenient(self, lenient: Lenient) -> Field {
        Field { lenient, ..self }
    }

    /// The empty value a `Fill` field gets when it is missing or unreadable.
    fn empty(&self) -> Value {
        match self.expected {
            Expected::Object => serde_json::json!({ "id": "", "en": "" }),
            _ => Value::String(String::new()),
        }
    }
}

fn probe<T: DeserializeOwned>(v: &Value) -> Result<(), String> {
    T::deserialize(v).map(|_| ()).map_err(|e| e.to_string())
}

const fn field(name: &'static str, required: bool, expected: Expected, probe: Probe) -> Field {
    Field {
        name,
        required,
        expected,
        choice: false,
        lenient: Lenient::No,
        probe,
        nested: &[],
    }
}

const fn choice(name: &'static str, required: bool, probe: Probe) -> Field {
    Field {
        name,
        required,
        expected: Expected::Text,
        choice: true,
        lenient: Lenient::No,
        probe,
        nested: &[],
    }
}

const fn object(name: &'static str, required: bool, probe: Probe, nested: &'static [Field]) -> Field {
    Field {
        name,
        required,
        expected: Expected::Object,
        choice: false,
        lenient: Lenient::No,
        probe,
        nested,
    }
}

use Expected::{Boolean as B, Number as N, Text as T, TextList as L};
use Lenient::{Fill, Ignore};

static TEXT: [Field; 2] = [
    field("id", true, T, probe::<String>),
    field("en", true, T, probe::<String>),
];

static META: [Field; 5] = [
    field("title", true, T, probe::<String>).lenient(Fill),
    field("publisher", true, T, probe::<String>).lenient(Fill),
    field("published", true, T, probe::<String>).lenient(Fill),
    field("license", false, T, probe::<Option<String>>).lenient(Ignore),
    object("notes", false, probe::<Option<Text>>, &TEXT).lenient(Ignore),
];

static INDICATOR: [Field; 4] = [
    field("id", true, T, probe::<String>),
    // Missing or unreadable: the id is used as the label (see `indicators`).
    object("label", false, probe::<Text>, &TEXT).lenient(Fill),
    choice("unit", true, probe::<Unit>),
    object("description", false, probe::<Option<Text>>, &TEXT).lenient(Ignore),
];

static REGION: [Field; 9] = [
    field("code", true, T, probe::<String>),
    // Either name stands in for the other (see `regions`).
    field("name", false, T, probe::<String>).lenient(Fill),
    field("short_name", false, T, probe::<String>).lenient(Fill),
    choice("kind", true, probe::<RegionKind>),
    field("province", false, T, probe::<Option<String>>).lenient(Ignore),
    field("bps_code", false, T, probe::<Option<String>>).lenient(Ignore),
    field("aliases", false, L, probe::<Vec<String>>).lenient(Ignore),
    field("old_names", false, L, probe::<Vec<String>>).lenient(Ignore),
    field("members", false, L, probe::<Vec<String>>).lenient(Ignore),
];

static SOURCE: [Field; 5] = [
    field("id", true, T, probe::<String>),
    field("publisher", true, T, probe::<String>),
    field("title", false, T, probe::<Option<String>>).lenient(Ignore),
    field("url", false, T, probe::<Option<String>>).lenient(Ignore),
    field("published", false, T, probe::<Option<String>>).lenient(Ignore),
];

static AS_OF: [Field; 3] = [
    field("date", false, T, probe::<String>),
    choice("kind", false, probe::<PeriodKind>),
    field("start", false, T, probe::<Option<String>>),
];

static FIGURE: [Field; 17] = [
    field("id", true, T, probe::<String>),
    field("region", true, T, probe::<String>),
    field("indicator", true, T, probe::<String>),
    field("value", true, N, probe::<f64>),
    choice("unit", true, probe::<Unit>),
    object("as_of", true, probe::<AsOf>, &AS_OF),
    choice("status", false, probe::<FigureStatus>),
    choice("approx", false, probe::<Approx>),
    choice("segment", false, probe::<Segment>),
    choice("funding", false, probe::<Option<Funding>>),
    choice("program", false, probe::<Option<ProgramScope>>),
    field("numerator", false, N, probe::<Option<f64>>),
    field("denominator", false, N, probe::<Option<f64>>),
    choice("denominator_basis", false, probe::<Option<DenominatorBasis>>),
    field("historical", false, B, probe::<bool>),
    object("note", false, probe::<Option<Text>>, &TEXT),
    field("source", true, T, probe::<String>),
];

static MILESTONE: [Field; 5] = [
    field("region", true, T, probe::<String>),
    field("date", true, T, probe::<String>),
    choice("kind", true, probe::<MilestoneKind>),
    object("note", true, probe::<Text>, &TEXT),
    field("source", true, T, probe::<String>),
];

/// Finds the fields of `v` that do not match `fields`, as (relative path, problem).
fn diagnose(v: &Value, fields: &[Field], at: &str, out: &mut Vec<(String, ProblemKind)>) {
    let Some(obj) = v.as_object() else {
        out.push((at.to_string(), ProblemKind::NotAnObject { found: found_type(v) }));
        return;
    };
    for f in fields {
        let sub = format!("{at}.{}", f.name);
        match obj.get(f.name) {
            None if f.required => out.push((
                sub,
                ProblemKind::MissingField {
                    field: f.name.to_string(),
                },
            )),
            None => {}
            Some(x) => diagnose_field(f, x, &sub, out),
        }
    }
}

/// The problems of one field's value, if serde cannot read it.
fn diagnose_field(f: &Field, x: &Value, sub: &str, out: &mut Vec<(String, ProblemKind)>) {
    let Err(err) = (f.probe)(x) else { return };
    if !f.nested.is_empty() && x.is_object() {
        let before = out.len();
        diagnose(x, f.nested, sub, out);
        if out.len() == before {
            out.push((sub.to_string(), ProblemKind::Unreadable { detail: shown(&err) }));
        }
        return;
    }
    if let (true, Some(value)) = (f.choice, x.as_str()) {
        out.push((
            sub.to_string(),
            ProblemKind::UnknownChoice {
                value: shown(value),
                allowed: allowed_choices(f.probe),
            },
        ));
        return;
    }
    if let (Expected::TextList, Some(items)) = (f.expected, x.as_array()) {
        if let Some((i, item)) = items.iter().enumerate().find(|(_, s)| !s.is_string()) {
            let kind = ProblemKind::WrongType {
                expected: Expected::Text,
                found: found_type(item),
            };
            out.push((format!("{sub}[{i}]"), kind));
            return;
        }
    }
    out.push((
        sub.to_string(),
        ProblemKind::WrongType {
            expected: f.expected,
            found: found_type(x),
        },
    ));
}

/// The names serde lists for an enum ("unknown variant ``, expected one of `a`, `b`").
fn allowed_choices(p: Probe) -> Vec<String> {
    let Err(msg) = p(&Value::String(String::new())) else {
        return Vec::new();
    };
    let Some(pos) = msg.find("expected") else {
        return Vec::new();
    };
    msg[pos..].split('`').skip(1).step_by(2).map(str::to_string).collect()
}

/// What a marker string left by `sanitize` stands for, if `v` is one.
fn mark_kind(v: &Value) -> Option<ProblemKind> {
    let rest = v.as_str()?.strip_prefix(MARK)?;
    let mut parts = rest.splitn(4, ':');
    let (what, line, column, literal) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let (line, column) = (line.parse().ok()?, column.parse().ok()?);
    let literal = shown(literal);
    Some(match what {
        "nan" => ProblemKind::NotJsonNumber { literal, line, column },
        "nonfinite" => ProblemKind::NotFinite { literal, line, column },
        _ => ProblemKind::TooDeep,
    })
}

/// The JSON type a value had before `sanitize` replaced it.
fn found_type(v: &Value) -> JsonType {
    match (mark_kind(v), v.as_str()) {
        (Some(ProblemKind::TooDeep), Some(s)) if s.ends_with('{') => JsonType::Object,
        (Some(ProblemKind::TooDeep), _) => JsonType::List,
        (Some(_), _) => JsonType::Number,
        (None, _) => JsonType::of(v),
    }
}

/// Finds the marker strings `sanitize` left in `v`.
fn find_marks(v: &Value, at: &str, out: &mut Vec<(String, ProblemKind)>) {
    match v {
        Value::String(_) => {
            if let Some(kind) = mark_kind(v) {
                out.push((at.to_string(), kind));
            }
        }
        // Paths stop growing after a few levels: `figures[3].extra` says enough.
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let sub = if at.len() < 40 {
                    format!("{at}[{i}]")
                } else {
                    at.to_string()
                };
                find_marks(x, &sub, out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                let sub = if at.len() < 40 {
                    format!("{at}.{}", shown(k))
                } else {
                    at.to_string()
                };
                find_marks(x, &sub, out);
            }
        }
        _ => {}
    }
}

/// A text pair (`{ "id", "en" }`) missing one language gets it as empty text;
/// the text rules then decide (an empty `en` shows the Indonesian text).
fn fill_text_pair(f: &Field, x: &mut Value) {
    if !std::ptr::eq(f.nested, &TEXT[..]) {
        return;
    }
    if let Some(pair) = x.as_object_mut() {
        let has_one = pair.get("id").is_some_and(Value::is_string) || pair.get("en").is_some_and(Value::is_string);
        for k in ["id", "en"] {
            if has_one && !pair.contains_key(k) {
                pair.insert(k.to_string(), Value::String(String::new()));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Small checks, public because the CLI and app can reuse them.

/// The shape of a region code, or `None` when it is malformed.
pub fn code_shape(code: &str) -> Option<CodeShape> {
    let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if code == "ID" {
        return Some(CodeShape::Nation);
    }
    if digits(code) {
        return Some(CodeShape::Province);
    }
    if let Some((p, k)) = code.split_once('.') {
        if digits(p) && digits(k) {
            return Some(CodeShape::KabKota);
        }
    }
    let slug = code.strip_prefix("cabang.")?;
    let ok = !slug.is_empty()
        && code.len() <= MAX_ID_CHARS
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    ok.then_some(CodeShape::Branch)
}

/// Why a source URL may not be linked, or `None` when it is a safe http(s) URL.
pub fn url_issue(url: &str) -> Option<UrlIssue> {
    if url.chars().count() > MAX_TEXT_CHARS {
        return Some(UrlIssue::TooLong);
    }
    if url.chars().any(|c| c.is_whitespace() || is_hostile(c)) {
        return Some(UrlIssue::Whitespace);
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return Some(UrlIssue::NotHttp);
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.starts_with(['@', ':', '.']) {
        return Some(UrlIssue::NoHost);
    }
    None
}

/// Characters never kept in a text: control characters other than newline and
/// tab, and bidi overrides (which can make a name read differently than stored).
fn is_hostile(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.chars().count() <= MAX_ID_CHARS && !s.chars().any(|c| c.is_whitespace() || is_hostile(c))
}

/// A string from the file made safe to put in a message.
fn shown(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(MAX_ID_CHARS)
        .map(|c| if c.is_control() || is_hostile(c) { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().nth(MAX_ID_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// A number for a message, in the language's separators ("1.234,5" / "1,234.5"),
/// at most two decimals, and no 300-digit expansions of huge values.
fn num(x: f64, lang: Lang) -> String {
    if !x.is_finite() || x.abs() >= 1e15 || (x != 0.0 && x.abs() < 1e-4) {
        return format!("{x:e}");
    }
    let (thousands, decimal) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let fixed = format!("{:.2}", x.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if x < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// " (baris 3, kolom 17)", or nothing when the place is not known.
fn at_id(line: usize, column: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(" (baris {line}, kolom {column})")
    }
}

fn at_en(line: usize, column: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(" (line {line}, column {column})")
    }
}

fn kind_noun(k: RegionKind, lang: Lang) -> &'static str {
    match k {
        RegionKind::Nasional => lang.pick("nasional", "national"),
        RegionKind::Provinsi => lang.pick("provinsi", "province"),
        RegionKind::Kabupaten => lang.pick("kabupaten", "regency"),
        RegionKind::Kota => lang.pick("kota", "city"),
        RegionKind::Cabang => lang.pick("cabang BPJS", "BPJS branch"),
    }
}

fn unit_noun(u: Unit, lang: Lang) -> &'static str {
    match u {
        Unit::Percent => lang.pick("persen", "percent"),
        Unit::People => lang.pick("orang", "people"),
        Unit::Rupiah => lang.pick("rupiah", "rupiah"),
        Unit::Villages => lang.pick("desa", "villages"),
        Unit::Cases => lang.pick("kasus", "cases"),
        Unit::Companies => lang.pick("perusahaan", "companies"),
        Unit::Children => lang.pick("anak", "children"),
    }
}

/// First and last possible day of a partial date, for comparing periods.
fn first_day(d: PartialDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

fn last_day(d: PartialDate) -> (i32, u8, u8) {
    let m = d.month.unwrap_or(12);
    (d.year, m, d.day.unwrap_or_else(|| days_in_month(d.year, m)))
}

// ---------------------------------------------------------------------------
// The validator

/// One entry being checked.
struct Ctx {
    sec: Part,
    idx: usize,
    path: String,
    id: Option<String>,
    dropped: bool,
}

/// Ids that exist, and the paths of excluded entries by id (for clearer messages).
struct Known {
    regions: HashSet<String>,
    sources: HashSet<String>,
    indicators: HashMap<String, Unit>,
    gone_regions: Gone,
    gone_sources: Gone,
    gone_indicators: Gone,
}

type Gone = HashMap<String, String>;

struct Validator {
    problems: Vec<(Part, Option<usize>, Problem)>,
    sanitized: bool,
}

impl Validator {
    fn report(&mut self, cx: &mut Ctx, sub: &str, excluded: bool, kind: ProblemKind) {
        cx.dropped |= excluded;
        let problem = Problem {
            path: format!("{}{sub}", cx.path),
            entry_id: cx.id.clone(),
            excluded,
            kind,
        };
        self.problems.push((cx.sec, Some(cx.idx), problem));
    }

    fn exclude(&mut self, cx: &mut Ctx, sub: &str, kind: ProblemKind) {
        self.report(cx, sub, true, kind);
    }

    fn warn(&mut self, cx: &mut Ctx, sub: &str, kind: ProblemKind) {
        self.report(cx, sub, false, kind);
    }

    /// Sorts into document order and marks every problem of an excluded entry as excluded.
    fn finish(mut self) -> Vec<Problem> {
        let dropped: HashSet<(Part, usize)> = self
            .problems
            .iter()
            .filter_map(|(s, i, p)| i.filter(|_| p.excluded).map(|i| (*s, i)))
            .collect();
        for (s, i, p) in &mut self.problems {
            if let Some(i) = i {
                p.excluded |= dropped.contains(&(*s, *i));
            }
        }
        order::sort_by_key(&mut self.problems, |(s, i, _)| (*s, *i));
        self.problems.into_iter().map(|(_, _, p)| p).collect()
    }

    /// Takes a section's list out of the root; absent or not a list gives an empty list.
    fn section(&mut self, root: &mut Map<String, Value>, sec: Part, required: bool) -> Vec<Value> {
        let (excluded, kind) = match root.remove(sec.key()) {
            Some(Value::Array(a)) => return a,
            None | Some(Value::Null) if !required => return Vec::new(),
            None | Some(Value::Null) => (false, ProblemKind::SectionMissing),
            Some(other) => (
                true,
                ProblemKind::SectionNotList {
                    found: found_type(&other),
                },
            ),
        };
        let problem = Problem {
            path: sec.key().to_string(),
            entry_id: None,
            excluded,
            kind,
        };
        self.problems.push((sec, None, problem));
        Vec::new()
    }

    /// Reads each entry on its own; returns the readable ones and the ids of unreadable ones.
    fn entries<E: DeserializeOwned>(
        &mut self,
        sec: Part,
        items: Vec<Value>,
        fields: &[Field],
        id_key: &str,
    ) -> (Vec<(Ctx, E)>, Gone) {
        let mut out = Vec::with_capacity(items.len());
        let mut gone = Gone::new();
        for (idx, item) in items.into_iter().enumerate() {
            let raw_id = item
                .get(id_key)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty() && !s.starts_with(MARK))
                .map(str::to_string);
            let path = format!("{}[{idx}]", sec.key());
            let mut cx = Ctx {
                sec,
                idx,
                path,
                id: raw_id.as_deref().map(shown),
                dropped: false,
            };
            match self.entry(&mut cx, item, fields) {
                Some(e) => out.push((cx, e)),
                None => {
                    if let Some(id) = raw_id {
                        gone.entry(id).or_insert(cx.path);
                    }
                }
            }
        }
        (out, gone)
    }

    fn entry<E: DeserializeOwned>(&mut self, cx: &mut Ctx, mut item: Value, fields: &[Field]) -> Option<E> {
        let Some(obj) = item.as_object_mut() else {
            let kind = match mark_kind(&item).filter(|_| self.sanitized) {
                Some(kind) => kind,
                None => ProblemKind::NotAnObject {
                    found: JsonType::of(&item),
                },
            };
            self.exclude(cx, "", kind);
            return None;
        };
        self.repair(cx, obj, fields);
        let mut found = Vec::new();
        if self.sanitized {
            find_marks(&item, "", &mut found);
        }
        if found.is_empty() {
            match E::deserialize(&item) {
                Ok(e) => return Some(e),
                Err(err) => {
                    diagnose(&item, fields, "", &mut found);
                    if found.is_empty() {
                        found.push((
                            String::new(),
                            ProblemKind::Unreadable {
                                detail: shown(&err.to_string()),
                            },
                        ));
                    }
                }
            }
        }
        for (sub, kind) in found {
            self.exclude(cx, &sub, kind);
        }
        None
    }

    /// Before an entry is read: unreadable values in fields that do not change
    /// what the entry means, and in unknown fields, are ignored with a warning;
    /// missing `Fill` texts and the missing half of a text pair become empty.
    fn repair(&mut self, cx: &mut Ctx, obj: &mut Map<String, Value>, fields: &[Field]) {
        if self.sanitized {
            // Unknown fields are ignored anyway; say so when they held something unreadable.
            let unknown: Vec<String> = obj
                .keys()
                .filter(|k| !fields.iter().any(|f| f.name == k.as_str()))
                .cloned()
                .collect();
            for k in unknown {
                let mut marks = Vec::new();
                find_marks(&obj[&k], &format!(".{}", shown(&k)), &mut marks);
                for (sub, kind) in marks {
                    self.warn(cx, &sub, kind);
                }
                obj.remove(&k);
            }
        }
        for f in fields {
            let sub = format!(".{}", f.name);
            if f.lenient != Lenient::No {
                let missing = matches!(obj.get(f.name), None | Some(Value::Null));
                match obj.get_mut(f.name) {
                    None | Some(Value::Null) => {
                        obj.remove(f.name);
                    }
                    Some(Value::Array(items)) if f.expected == Expected::TextList => {
                        // Only the bad items go.
                        for (i, item) in std::mem::take(items).into_iter().enumerate() {
                            match (item.as_str(), self.sanitized.then(|| mark_kind(&item)).flatten()) {
                                (Some(_), None) => items.push(item),
                                (_, Some(kind)) => self.warn(cx, &format!("{sub}[{i}]"), kind),
                                (None, None) => {
                                    let kind = ProblemKind::WrongType {
                                        expected: Expected::Text,
                                        found: JsonType::of(&item),
                                    };
                                    self.warn(cx, &format!("{sub}[{i}]"), kind);
                                }
                            }
                        }
                    }
                    Some(x) => {
                        let mut found = Vec::new();
                        if self.sanitized {
                            find_marks(x, &sub, &mut found);
                        }
                        if found.is_empty() {
                            fill_text_pair(f, x);
                            diagnose_field(f, x, &sub, &mut found);
                        }
                        if !found.is_empty() {
                            for (p, kind) in found {
                                self.warn(cx, &p, kind);
                            }
                            obj.remove(f.name);
                        }
                    }
                }
                if f.lenient == Lenient::Fill && !obj.contains_key(f.name) {
                    if f.required && missing {
                        let kind = ProblemKind::MissingField {
                            field: f.name.to_string(),
                        };
                        self.warn(cx, &sub, kind);
                    }
                    obj.insert(f.name.to_string(), f.empty());
                }
            } else if let Some(x) = obj.get_mut(f.name) {
                fill_text_pair(f, x);
            }
        }
    }

    /// Of the entries that passed every other check, the first with an id
    /// keeps it; later ones are excluded (so a bad entry never costs a good
    /// one with the same id).
    fn dedupe<E>(&mut self, list: &mut [(Ctx, E)], key: fn(&E) -> &str) {
        let mut first: HashMap<String, String> = HashMap::new();
        for (cx, e) in list.iter_mut() {
            if cx.dropped {
                continue;
            }
            let k = key(e);
            match first.get(k) {
                Some(at) => {
                    let kind = ProblemKind::DuplicateId {
                        id: shown(k),
                        first: at.clone(),
                    };
                    self.exclude(cx, "", kind);
                }
                None => {
                    first.insert(k.to_string(), cx.path.clone());
                }
            }
        }
    }

    fn check_id(&mut self, cx: &mut Ctx, sub: &str, id: &str) {
        if !valid_id(id) {
            self.exclude(cx, sub, ProblemKind::BadId { id: shown(id) });
        }
    }

    /// Removes control characters, trims, and cuts an over-long text.
    fn text(&mut self, cx: &mut Ctx, sub: &str, s: &mut String) {
        let removed = s.chars().filter(|&c| is_hostile(c)).count();
        if removed > 0 {
            s.retain(|c| !is_hostile(c));
            self.warn(cx, sub, ProblemKind::ControlChars { removed });
        }
        if s.trim().len() != s.len() {
            *s = s.trim().to_string();
        }
        let chars = s.chars().count();
        if chars > MAX_TEXT_CHARS {
            // Cut, then trimmed again, so that reading the result again changes nothing.
            *s = s
                .chars()
                .take(MAX_TEXT_CHARS)
                .collect::<String>()
                .trim_end()
                .to_string();
            self.warn(
                cx,
                sub,
                ProblemKind::TooLong {
                    chars,
                    max: MAX_TEXT_CHARS,
                },
            );
        }
    }

    fn required_text(&mut self, cx: &mut Ctx, sub: &str, s: &mut String) {
        self.text(cx, sub, s);
        if s.is_empty() {
            self.exclude(cx, sub, ProblemKind::EmptyText);
        }
    }

    fn optional_text(&mut self, cx: &mut Ctx, sub: &str, s: &mut Option<String>) {
        if let Some(t) = s.as_mut() {
            self.text(cx, sub, t);
            if t.is_empty() {
                *s = None;
            }
        }
    }

    /// A two-language text: an empty Indonesian text takes the English one
    /// (with a warning); an empty English text is allowed (the app shows the
    /// Indonesian). Returns whether both are empty, for the caller to decide.
    fn text_pair(&mut self, cx: &mut Ctx, sub: &str, t: &mut Text) -> bool {
        self.text(cx, &format!("{sub}.id"), &mut t.id);
        self.text(cx, &format!("{sub}.en"), &mut t.en);
        if t.id.is_empty() && !t.en.is_empty() {
            t.id = t.en.clone();
            let field = sub.trim_start_matches('.');
            let kind = ProblemKind::TextFallback {
                field: format!("{field}.id"),
                from: format!("{field}.en"),
            };
            self.warn(cx, &format!("{sub}.id"), kind);
        }
        t.id.is_empty()
    }

    /// An optional text pair with nothing in it is no text at all.
    fn optional_pair(&mut self, cx: &mut Ctx, sub: &str, t: &mut Option<Text>) {
        if let Some(pair) = t.as_mut() {
            if self.text_pair(cx, sub, pair) {
                *t = None;
            }
        }
    }

    fn date(&mut self, cx: &mut Ctx, sub: &str, s: &str, exclude: bool) -> Option<PartialDate> {
        let d = PartialDate::parse(s);
        if d.is_none() {
            self.report(cx, sub, exclude, ProblemKind::BadDate { value: shown(s) });
        }
        d
    }

    fn reference(&mut self, cx: &mut Ctx, sub: &str, target: Part, id: &str, exists: bool, gone: &Gone) {
        if !exists {
            let excluded_at = gone.get(id).cloned();
            self.exclude(
                cx,
                sub,
                ProblemKind::UnknownReference {
                    target,
                    id: shown(id),
                    excluded_at,
                },
            );
        }
    }

    /// A non-negative finite number no larger than `max`; percentages get their own message.
    fn amount(&mut self, cx: &mut Ctx, sub: &str, x: f64, max: f64, percent: bool) -> bool {
        let kind = if !x.is_finite() {
            ProblemKind::NotFinite {
                literal: x.to_string(),
                line: 0,
                column: 0,
            }
        } else if x < 0.0 {
            ProblemKind::Negative { value: x }
        } else if percent && x > 100.0 {
            ProblemKind::PercentOutOfRange { value: x }
        } else if x > max {
            ProblemKind::Implausible { value: x, max }
        } else {
            return true;
        };
        self.exclude(cx, sub, kind);
        false
    }

    fn meta(&mut self, v: Option<Value>) -> DatasetMeta {
        let mut cx = Ctx {
            sec: Part::Meta,
            idx: 0,
            path: "meta".into(),
            id: None,
            dropped: false,
        };
        let Some(v) = v.filter(|v| !v.is_null()) else {
            self.warn(&mut cx, "", ProblemKind::MetaMissing);
            return DatasetMeta::default();
        };
        let Some(mut m) = self.entry::<DatasetMeta>(&mut cx, v, &META) else {
            return DatasetMeta::default();
        };
        self.text(&mut cx, ".title", &mut m.title);
        self.text(&mut cx, ".publisher", &mut m.publisher);
        self.optional_text(&mut cx, ".license", &mut m.license);
        self.optional_pair(&mut cx, ".notes", &mut m.notes);
        m.published = m.published.trim().to_string();
        if !m.published.is_empty() {
            // Kept as written: it only dates the file, no figure depends on it.
            self.date(&mut cx, ".published", &m.published, false);
        }
        m
    }

    fn indicators(&mut self, items: Vec<Value>) -> (Vec<Indicator>, Gone) {
        let (mut list, mut gone) = self.entries::<Indicator>(Part::Indicators, items, &INDICATOR, "id");
        for (cx, ind) in list.iter_mut() {
            self.check_id(cx, ".id", &ind.id);
        }
        for (cx, ind) in list.iter_mut().filter(|e| !e.0.dropped) {
            if self.text_pair(cx, ".label", &mut ind.label) {
                // A label is only a display nicety: its figures are kept.
                ind.label.id = ind.id.clone();
                let kind = ProblemKind::TextFallback {
                    field: "label".into(),
                    from: "id".into(),
                };
                self.warn(cx, ".label", kind);
            }
            self.optional_pair(cx, ".description", &mut ind.description);
        }
        self.dedupe(&mut list, |i| &i.id);
        (split(list, &mut gone, |i| &i.id), gone)
    }

    fn regions(&mut self, items: Vec<Value>) -> (Vec<Region>, Gone) {
        let (mut list, mut gone) = self.entries::<Region>(Part::Regions, items, &REGION, "code");
        for (cx, r) in list.iter_mut() {
            let Some(shape) = code_shape(&r.code) else {
                self.exclude(cx, ".code", ProblemKind::BadRegionCode { code: shown(&r.code) });
                continue;
            };
            if !shape.allows(r.kind) {
                let kind = ProblemKind::KindMismatch {
                    code: shown(&r.code),
                    kind: r.kind,
                    shape,
                };
                self.exclude(cx, ".kind", kind);
                continue;
            }
            // Either name stands in for the other: names are for display and search.
            self.text(cx, ".name", &mut r.name);
            self.text(cx, ".short_name", &mut r.short_name);
            match (r.name.is_empty(), r.short_name.is_empty()) {
                (true, true) => self.exclude(cx, ".name", ProblemKind::EmptyText),
                (true, false) => {
                    r.name = r.short_name.clone();
                    let kind = ProblemKind::TextFallback {
                        field: "name".into(),
                        from: "short_name".into(),
                    };
                    self.warn(cx, ".name", kind);
                }
                (false, true) => {
                    r.short_name = r.name.clone();
                    let kind = ProblemKind::TextFallback {
                        field: "short_name".into(),
                        from: "name".into(),
                    };
                    self.warn(cx, ".short_name", kind);
                }
                (false, false) => {}
            }
            self.optional_text(cx, ".province", &mut r.province);
            self.optional_text(cx, ".bps_code", &mut r.bps_code);
            for (key, list) in [(".aliases", &mut r.aliases), (".old_names", &mut r.old_names)] {
                for (i, mut a) in std::mem::take(list).into_iter().enumerate() {
                    self.text(cx, &format!("{key}[{i}]"), &mut a);
                    if !a.is_empty() {
                        list.push(a);
                    }
                }
            }
            if matches!(r.kind, RegionKind::Nasional | RegionKind::Provinsi) && r.province.is_some() {
                r.province = None;
                let kind = ProblemKind::NotForKind {
                    field: "province".into(),
                    kind: r.kind,
                };
                self.warn(cx, ".province", kind);
            }
            if r.kind != RegionKind::Cabang && !r.members.is_empty() {
                r.members.clear();
                let kind = ProblemKind::NotForKind {
                    field: "members".into(),
                    kind: r.kind,
                };
                self.warn(cx, ".members", kind);
            }
        }

        // Provinces may be listed after their kabupaten/kota, hence a second pass.
        let provinces: HashSet<String> = list
            .iter()
            .filter(|(cx, r)| !cx.dropped && r.kind == RegionKind::Provinsi)
            .map(|(_, r)| r.code.clone())
            .collect();
        for (cx, r) in list.iter_mut().filter(|e| !e.0.dropped) {
            match r.kind {
                RegionKind::Kabupaten | RegionKind::Kota => {
                    // A kabupaten/kota is always listed under its province.
                    let prefix = r.code[..2].to_string();
                    match r.province.clone() {
                        None if provinces.contains(&prefix) => {
                            self.warn(
                                cx,
                                ".province",
                                ProblemKind::ProvinceFilledIn {
                                    province: prefix.clone(),
                                },
                            );
                            r.province = Some(prefix);
                        }
                        None => self.exclude(cx, ".province", ProblemKind::UnknownProvince { province: prefix }),
                        Some(p) if p != prefix => {
                            let kind = ProblemKind::ProvinceMismatch {
                                province: shown(&p),
                                expected: prefix,
                            };
                            self.exclude(cx, ".province", kind);
                        }
                        Some(p) if !provinces.contains(&p) => {
                            self.exclude(cx, ".province", ProblemKind::UnknownProvince { province: shown(&p) });
                        }
                        Some(_) => {}
                    }
                }
                RegionKind::Cabang => {
                    // A branch's province is only an attribute: a wrong one does
                    // not hide the branch's figures.
                    if let Some(p) = r.province.take_if(|p| !provinces.contains(p.as_str())) {
                        self.warn(cx, ".province", ProblemKind::UnknownProvince { province: shown(&p) });
                    }
                }
                RegionKind::Nasional | RegionKind::Provinsi => {}
            }
        }
        self.dedupe(&mut list, |r| &r.code);

        // Branch members: a wrong member should not hide the branch's figures.
        let known: HashSet<String> = list.iter().filter(|e| !e.0.dropped).map(|e| e.1.code.clone()).collect();
        for (cx, r) in list.iter_mut().filter(|e| !e.0.dropped) {
            let members = std::mem::take(&mut r.members);
            for (i, m) in members.into_iter().enumerate() {
                if known.contains(&m) && m != r.code {
                    r.members.push(m);
                } else {
                    self.warn(
                        cx,
                        &format!(".members[{i}]"),
                        ProblemKind::UnknownMember { member: shown(&m) },
                    );
                }
            }
        }
        (split(list, &mut gone, |r| &r.code), gone)
    }

    fn sources(&mut self, items: Vec<Value>) -> (Vec<Source>, Gone) {
        let (mut list, mut gone) = self.entries::<Source>(Part::Sources, items, &SOURCE, "id");
        for (cx, s) in list.iter_mut() {
            self.check_id(cx, ".id", &s.id);
        }
        for (cx, s) in list.iter_mut().filter(|e| !e.0.dropped) {
            self.required_text(cx, ".publisher", &mut s.publisher);
            self.optional_text(cx, ".title", &mut s.title);
            if let Some(url) = s.url.take() {
                let url = url.trim();
                match url_issue(url) {
                    _ if url.is_empty() => {}
                    Some(issue) => self.warn(cx, ".url", ProblemKind::UnsafeUrl { url: shown(url), issue }),
                    None => s.url = Some(url.to_string()),
                }
            }
            // An unknown date is allowed (and shown as unknown). So is a date
            // that is not real: it is dropped, and the date shown as unknown,
            // rather than hiding every figure of the source. Never guessed.
            s.published = s
                .published
                .take()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty());
            if let Some(p) = s.published.take_if(|p| PartialDate::parse(p).is_none()) {
                self.warn(cx, ".published", ProblemKind::DateIgnored { value: shown(&p) });
            }
        }
        self.dedupe(&mut list, |s| &s.id);
        (split(list, &mut gone, |s| &s.id), gone)
    }

    fn figures(&mut self, items: Vec<Value>, known: &Known) -> Vec<Figure> {
        let (mut list, _) = self.entries::<Figure>(Part::Figures, items, &FIGURE, "id");
        for (cx, f) in list.iter_mut() {
            self.check_id(cx, ".id", &f.id);
        }
        for (cx, f) in list.iter_mut().filter(|e| !e.0.dropped) {
            self.figure(cx, f, known);
        }
        self.dedupe(&mut list, |f| &f.id);
        list.into_iter().filter(|e| !e.0.dropped).map(|e| e.1).collect()
    }

    fn figure(&mut self, cx: &mut Ctx, f: &mut Figure, known: &Known) {
        let exists = known.regions.contains(&f.region);
        self.reference(cx, ".region", Part::Regions, &f.region, exists, &known.gone_regions);
        let unit = known.indicators.get(&f.indicator).copied();
        self.reference(
            cx,
            ".indicator",
            Part::Indicators,
            &f.indicator,
            unit.is_some(),
            &known.gone_indicators,
        );
        if let Some(u) = unit.filter(|u| *u != f.unit) {
            self.exclude(
                cx,
                ".unit",
                ProblemKind::UnitMismatch {
                    unit: f.unit,
                    indicator_unit: u,
                },
            );
        }
        let exists = known.sources.contains(&f.source);
        self.reference(cx, ".source", Part::Sources, &f.source, exists, &known.gone_sources);

        let percent = f.unit == Unit::Percent;
        let max = match f.unit {
            Unit::Percent => 100.0,
            Unit::Rupiah => MAX_AMOUNT,
            _ => MAX_COUNT,
        };
        let value_ok = self.amount(cx, ".value", f.value, max, percent);
        let num_ok = f
            .numerator
            .is_none_or(|n| self.amount(cx, ".numerator", n, MAX_AMOUNT, false));
        let den_ok = f
            .denominator
            .is_none_or(|d| self.amount(cx, ".denominator", d, MAX_AMOUNT, false));
        if let (Some(d), true) = (f.denominator, den_ok) {
            if d <= 0.0 {
                self.exclude(
                    cx,
                    ".denominator",
                    ProblemKind::DenominatorNotPositive { denominator: d },
                );
            } else if let (Some(n), true) = (f.numerator, num_ok) {
                let estimate = f.denominator_basis.filter(|b| b.is_estimate());
                if let (true, Some(basis)) = (n > d, estimate) {
                    // An estimated base can be too low: keep the figure, flag it
                    // (the app shows the caveat "count above its estimated base").
                    self.warn(
                        cx,
                        ".numerator",
                        ProblemKind::CountAboveEstimatedBase {
                            numerator: n,
                            denominator: d,
                            basis,
                        },
                    );
                } else if n > d {
                    // A count cannot exceed the labour force or the employed
                    // population (or a base nobody named).
                    self.exclude(
                        cx,
                        ".numerator",
                        ProblemKind::NumeratorAboveDenominator {
                            numerator: n,
                            denominator: d,
                        },
                    );
                } else if percent && value_ok {
                    let computed = n / d * 100.0;
                    let off = computed - f.value;
                    let disagrees = match f.approx {
                        Approx::AtLeast => off < -PERCENT_TOLERANCE,
                        Approx::AtMost => off > PERCENT_TOLERANCE,
                        Approx::Exact | Approx::About => off.abs() > PERCENT_TOLERANCE,
                    };
                    if disagrees {
                        let computed = (computed * 100.0).round() / 100.0;
                        self.warn(
                            cx,
                            ".value",
                            ProblemKind::PercentMismatch {
                                stated: f.value,
                                computed,
                            },
                        );
                    }
                }
            }
        }

        if f.as_of.start.as_deref().is_some_and(|s| s.trim().is_empty()) {
            f.as_of.start = None;
        }
        let end = if f.as_of.is_known() {
            self.date(cx, ".as_of.date", &f.as_of.date, true)
        } else {
            // No period given: unknown, never filled in.
            f.as_of.date = String::new();
            let kind = (f.as_of.kind != PeriodKind::Unknown).then_some(f.as_of.kind);
            let had_start = f.as_of.start.is_some();
            if kind.is_some() || had_start {
                self.warn(cx, ".as_of", ProblemKind::UndatedPeriod { kind, had_start });
            }
            f.as_of.kind = PeriodKind::Unknown;
            f.as_of.start = None;
            None
        };
        if let Some(start_s) = f.as_of.start.clone() {
            let start = self.date(cx, ".as_of.start", &start_s, true);
            if let (Some(s), Some(e)) = (start, end) {
                if first_day(s) > last_day(e) {
                    let kind = ProblemKind::StartAfterEnd {
                        start: shown(&start_s),
                        end: shown(&f.as_of.date),
                    };
                    self.exclude(cx, ".as_of.start", kind);
                }
            }
        }
        if let Some(e) = end {
            if (e.year < HISTORICAL_BEFORE) != f.historical {
                self.warn(
                    cx,
                    ".historical",
                    ProblemKind::HistoricalMismatch {
                        year: e.year,
                        historical: f.historical,
                    },
                );
            }
        }
        self.optional_pair(cx, ".note", &mut f.note);
    }

    fn milestones(&mut self, items: Vec<Value>, known: &Known) -> Vec<Milestone> {
        let (mut list, _) = self.entries::<Milestone>(Part::Milestones, items, &MILESTONE, "id");
        for (cx, m) in list.iter_mut() {
            let exists = known.regions.contains(&m.region);
            self.reference(cx, ".region", Part::Regions, &m.region, exists, &known.gone_regions);
            let exists = known.sources.contains(&m.source);
            self.reference(cx, ".source", Part::Sources, &m.source, exists, &known.gone_sources);
            self.date(cx, ".date", &m.date, true);
            // A milestone is its note: with nothing in either language it says nothing.
            if self.text_pair(cx, ".note", &mut m.note) {
                self.exclude(cx, ".note.id", ProblemKind::EmptyText);
            }
        }
        list.into_iter().filter(|e| !e.0.dropped).map(|e| e.1).collect()
    }
}

/// Keeps the entries that passed; remembers where excluded ids were.
fn split<E>(list: Vec<(Ctx, E)>, gone: &mut Gone, key: fn(&E) -> &str) -> Vec<E> {
    let mut kept = Vec::with_capacity(list.len());
    for (cx, e) in list {
        if cx.dropped {
            gone.entry(key(&e).to_string()).or_insert(cx.path);
        } else {
            kept.push(e);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_shapes() {
        assert_eq!(code_shape("72"), Some(CodeShape::Province));
        assert_eq!(code_shape("72.08"), Some(CodeShape::KabKota));
        assert_eq!(code_shape("ID"), Some(CodeShape::Nation));
        assert_eq!(code_shape("cabang.palu-2"), Some(CodeShape::Branch));
        for bad in [
            "7",
            "720",
            "72.8",
            "72.08.01",
            "id",
            "cabang.",
            "cabang.Palu",
            "cabang.-x",
            "cabang.a b",
            "７２",
        ] {
            assert_eq!(code_shape(bad), None, "{bad}");
        }
    }

    #[test]
    fn urls() {
        assert_eq!(url_issue("https://example.org/a?b#c"), None);
        assert_eq!(url_issue("HTTP://Example.org"), None);
        assert_eq!(url_issue("javascript:alert(1)"), Some(UrlIssue::NotHttp));
        assert_eq!(url_issue("JaVaScRiPt:alert(1)"), Some(UrlIssue::NotHttp));
        assert_eq!(url_issue("data:text/html,<b>"), Some(UrlIssue::NotHttp));
        assert_eq!(url_issue("/berita/1"), Some(UrlIssue::NotHttp));
        assert_eq!(url_issue("//evil.example"), Some(UrlIssue::NotHttp));
        assert_eq!(url_issue("https://"), Some(UrlIssue::NoHost));
        assert_eq!(url_issue("https:///x"), Some(UrlIssue::NoHost));
        assert_eq!(url_issue("https://exa mple.org"), Some(UrlIssue::Whitespace));
        assert_eq!(url_issue("https://example.org/\u{0}"), Some(UrlIssue::Whitespace));
        assert_eq!(url_issue("ht"), Some(UrlIssue::NotHttp));
        assert_eq!(url_issue("ñññññññññ"), Some(UrlIssue::NotHttp));
    }

    #[test]
    fn sanitize_replaces_only_what_serde_rejects() {
        let src = "{\"a\": [1e400, -1e999, 1.5, \"1e400 [[[ NaN\"], \"b\": \"x\\\"]\",\n \"c\": [NaN, Infinity, -Infinity, \"é\", NaN]}";
        let s = sanitize(src);
        let v: Value = serde_json::from_str(&s.text).unwrap();
        assert_eq!(v["a"][0].as_str().unwrap(), format!("{MARK}nonfinite:1:8:1e400"));
        assert_eq!(v["a"][1].as_str().unwrap(), format!("{MARK}nonfinite:1:15:-1e999"));
        assert_eq!(v["a"][2].as_f64(), Some(1.5));
        assert_eq!(v["a"][3].as_str(), Some("1e400 [[[ NaN"));
        assert_eq!(v["b"].as_str(), Some("x\"]"));
        assert_eq!(v["c"][0].as_str().unwrap(), format!("{MARK}nan:2:8:NaN"));
        assert_eq!(v["c"][1].as_str().unwrap(), format!("{MARK}nan:2:13:Infinity"));
        assert_eq!(v["c"][2].as_str().unwrap(), format!("{MARK}nan:2:23:-Infinity"));
        // Columns count characters, not bytes.
        assert_eq!(v["c"][4].as_str().unwrap(), format!("{MARK}nan:2:39:NaN"));
        assert_eq!(
            mark_kind(&v["c"][0]),
            Some(ProblemKind::NotJsonNumber {
                literal: "NaN".into(),
                line: 2,
                column: 8
            })
        );
        let deep = format!("{{\"a\": {}1{}, \"b\": 2}}", "[".repeat(500), "]".repeat(500));
        let v: Value = serde_json::from_str(&sanitize(&deep).text).unwrap();
        assert_eq!(v["b"].as_u64(), Some(2));
    }

    #[test]
    fn sanitize_leaves_keys_and_words_alone() {
        // Not values: a key, a longer word. The file stays not JSON.
        for src in [
            "{NaN: 1}",
            "{\"a\": NaNa}",
            "{\"a\": 1, Infinity: 2}",
            "{1e400: 1}",
            "{\"a\": Infinity_}",
        ] {
            let s = sanitize(src);
            assert!(s.replaced.is_empty(), "{src}");
            assert_eq!(s.text, src);
        }
    }

    #[test]
    fn errors_after_a_replacement_point_into_the_original() {
        // The NaN is replaced; the real error (the stray `x`) is reported where it is.
        let src = "{\"a\": NaN, \"b\": [Infinity, x]}";
        match parse(src) {
            Err(Fatal::NotJson { line: 1, column, .. }) => assert_eq!(&src[column - 1..column], "x"),
            other => panic!("{other:?}"),
        }
        let src = "{\"a\": [NaN,\n  NaN], \"é\": tru}";
        match parse(src) {
            Err(Fatal::NotJson { line: 2, column, .. }) => assert_eq!(column, 17),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn allowed_choices_come_from_serde() {
        assert_eq!(allowed_choices(probe::<Unit>)[0], "percent");
        assert!(allowed_choices(probe::<Option<RegionKind>>).contains(&"cabang".to_string()));
    }

    #[test]
    fn numbers_in_messages() {
        assert_eq!(num(16.6, Lang::Id), "16,6");
        assert_eq!(num(16.6, Lang::En), "16.6");
        assert_eq!(num(1e9, Lang::Id), "1.000.000.000");
        assert_eq!(num(-1234.5, Lang::En), "-1,234.5");
        assert_eq!(num(20.0, Lang::En), "20");
        assert_eq!(num(1e308, Lang::En), "1e308");
    }

    #[test]
    fn entry_paths() {
        let p = |path: &str| Problem {
            path: path.into(),
            entry_id: None,
            excluded: true,
            kind: ProblemKind::TooDeep,
        };
        assert_eq!(p("figures[12].as_of.date").entry_path(), "figures[12]");
        assert_eq!(p("figures[12]").entry_path(), "figures[12]");
        assert_eq!(p("meta.published").entry_path(), "meta");
        assert_eq!(p("sources").entry_path(), "sources");
        assert_eq!(p("figures[3].value").section(), Part::Figures);
    }
}
