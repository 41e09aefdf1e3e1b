//! Builds a `Dataset` from the project's CSV files (see docs/data-format.md).
//! Native only: the `cakupan-data` CLI and the tests use it; the browser only
//! ever reads the published JSON.
//!
//! Like `validate`, importing never stops at the first bad row: it returns the
//! dataset built from the good rows plus one `ImportIssue` per problem, so a
//! publisher sees every problem in one run.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::core::dataset::{
    AsOf, Dataset, DatasetMeta, Figure, Indicator, Milestone, PeriodKind, Region, RegionKind, Source, Text, Unit,
    SCHEMA_VERSION,
};
use crate::core::date::PartialDate;

/// One CSV file: a name for messages (usually its path) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvFile {
    pub name: String,
    pub text: String,
}

impl CsvFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> CsvFile {
        CsvFile {
            name: name.into(),
            text: text.into(),
        }
    }

    pub fn read(path: &Path) -> std::io::Result<CsvFile> {
        Ok(CsvFile {
            name: path.display().to_string(),
            text: std::fs::read_to_string(path)?,
        })
    }
}

/// Everything a build reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Inputs {
    pub regions: CsvFile,
    pub aliases: Option<CsvFile>,
    pub indicators: CsvFile,
    pub figures: Vec<CsvFile>,
    pub milestones: Vec<CsvFile>,
}

/// Values for `meta` that do not come from the CSVs.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub title: String,
    /// Fixed publication date; `None` = the latest source date, so that the
    /// same CSVs always give the same file (never the clock).
    pub published: Option<String>,
    pub license: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            title: "Cakupan: kepesertaan BPJS Ketenagakerjaan per daerah".into(),
            published: None,
            license: Some("MIT".into()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssueKind {
    /// The row's region matches no region, or several: the row is left out.
    Unplaceable,
    /// The row is malformed (bad number, date, enum value, unit...): left out.
    Invalid,
    /// The row is kept, but something was filled in or looks odd.
    Warning,
}

/// One problem with one CSV row (or a whole file, when `line` is 1 and
/// `row_id` is `None`).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportIssue {
    pub file: String,
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    pub row_id: Option<String>,
    pub kind: IssueKind,
    pub reason: String,
}

impl ImportIssue {
    /// Whether the row was left out of the dataset.
    pub fn is_error(&self) -> bool {
        self.kind != IssueKind::Warning
    }
}

impl fmt::Display for ImportIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            IssueKind::Unplaceable => "unplaceable",
            IssueKind::Invalid => "invalid",
            IssueKind::Warning => "warning",
        };
        write!(f, "{}:{}", self.file, self.line)?;
        if let Some(id) = &self.row_id {
            write!(f, " ({id})")?;
        }
        write!(f, ": {kind}: {}", self.reason)
    }
}

/// The published JSON text: compact (it is downloaded on mobile data), with a
/// final newline.
pub fn to_json(dataset: &Dataset) -> String {
    let mut s = serde_json::to_string(dataset).expect("a Dataset always serialises");
    s.push('\n');
    s
}

/// Reads the files named on the command line.
pub fn read_inputs(
    regions: &Path,
    aliases: Option<&Path>,
    indicators: &Path,
    figures: &[&Path],
    milestones: &[&Path],
) -> std::io::Result<Inputs> {
    Ok(Inputs {
        regions: CsvFile::read(regions)?,
        aliases: aliases.map(CsvFile::read).transpose()?,
        indicators: CsvFile::read(indicators)?,
        figures: figures.iter().map(|p| CsvFile::read(p)).collect::<Result<_, _>>()?,
        milestones: milestones.iter().map(|p| CsvFile::read(p)).collect::<Result<_, _>>()?,
    })
}

// ---------------------------------------------------------------------------
// Region names

/// Why a region name could not be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchError {
    Unknown,
    /// The codes of every region the name fits.
    Ambiguous(Vec<String>),
}

/// Finds a region from a name as sources write it: official name, short
/// name, "Kab."/"Kabupaten"/"Kota"/"Provinsi" prefix, alias; ignoring case,
/// spaces, hyphens and dots. It never picks one of several candidates.
#[derive(Debug, Clone, Default)]
pub struct RegionIndex {
    codes: Vec<String>,
    kinds: Vec<RegionKind>,
    names: Vec<String>,
    by_key: HashMap<String, Vec<usize>>,
    by_code: HashMap<String, usize>,
}

/// Lowercase, without spaces, hyphens, dots or apostrophes:
/// "Tojo Una-Una", "Tojo Una Una" and "tojo una una" are one key.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '–' | '.' | '\'' | '’' | '_')))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Splits the words in front of a name as the press writes them ("Kab. Bima",
/// "Pemkot Kupang", "Pemda Sigi"), by the same rules as the app's search
/// (`core::search::strip_kind_prefix`); `None` when there is nothing to strip.
fn strip_kind_prefix(name: &str) -> Option<(Option<RegionKind>, &str)> {
    let t = name.trim();
    let (kind, rest) = crate::core::search::strip_kind_prefix(t);
    let rest = rest.trim();
    (rest.len() < t.len() && !rest.is_empty()).then_some((kind, rest))
}

impl RegionIndex {
    pub fn new(regions: &[Region]) -> RegionIndex {
        let mut ix = RegionIndex::default();
        for r in regions {
            ix.add(r);
        }
        ix
    }

    fn add(&mut self, r: &Region) {
        let i = self.codes.len();
        self.codes.push(r.code.clone());
        self.kinds.push(r.kind);
        self.names.push(r.name.clone());
        self.by_code.entry(r.code.clone()).or_insert(i);
        let mut keys: Vec<String> = vec![normalize(&r.name), normalize(&r.short_name)];
        keys.extend(r.aliases.iter().map(|a| normalize(a)));
        keys.sort();
        keys.dedup();
        for k in keys.into_iter().filter(|k| !k.is_empty()) {
            self.by_key.entry(k).or_default().push(i);
        }
    }

    pub fn contains(&self, code: &str) -> bool {
        self.by_code.contains_key(code)
    }

    pub fn kind_of(&self, code: &str) -> Option<RegionKind> {
        self.by_code.get(code).map(|&i| self.kinds[i])
    }

    pub fn name_of(&self, code: &str) -> Option<&str> {
        self.by_code.get(code).map(|&i| self.names[i].as_str())
    }

    /// Every region the name fits, optionally only of one kind.
    pub fn candidates(&self, name: &str, kind: Option<RegionKind>) -> Vec<String> {
        // "Kabupaten Parigi Moutong (Parimo)": the name without the bracketed alias.
        let (name, _) = crate::core::search::split_brackets(name);
        let mut found: Vec<usize> = self.by_key.get(&normalize(name)).cloned().unwrap_or_default();
        if let Some((prefix_kind, rest)) = strip_kind_prefix(name) {
            if let Some(hits) = self.by_key.get(&normalize(rest)) {
                found.extend(
                    hits.iter()
                        .copied()
                        .filter(|&i| prefix_kind.is_none_or(|k| self.kinds[i] == k)),
                );
            }
        }
        if let Some(k) = kind {
            found.retain(|&i| self.kinds[i] == k);
        }
        found.sort();
        found.dedup();
        found.into_iter().map(|i| self.codes[i].clone()).collect()
    }

    /// The one region the name fits.
    pub fn resolve(&self, name: &str, kind: Option<RegionKind>) -> Result<String, MatchError> {
        let mut c = self.candidates(name, kind);
        match c.len() {
            0 => Err(MatchError::Unknown),
            1 => Ok(c.remove(0)),
            _ => Err(MatchError::Ambiguous(c)),
        }
    }
}

// ---------------------------------------------------------------------------
// CSV reading

struct Row {
    line: u64,
    fields: HashMap<String, String>,
}

impl Row {
    fn get(&self, col: &str) -> &str {
        self.fields.get(col).map(|s| s.as_str()).unwrap_or("")
    }
    fn opt(&self, col: &str) -> Option<&str> {
        Some(self.get(col)).filter(|s| !s.is_empty())
    }
}

/// Reads a CSV with a header row; a file missing a required column gives
/// one issue and no rows.
fn read_csv(file: &CsvFile, required: &[&str], issues: &mut Vec<ImportIssue>) -> Vec<Row> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(file.text.as_bytes());
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|s| s.trim_start_matches('\u{feff}').to_string()).collect(),
        Err(e) => {
            issues.push(file_issue(file, format!("cannot read the header row: {e}")));
            return Vec::new();
        }
    };
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        issues.push(file_issue(file, format!("missing column(s): {}", missing.join(", "))));
        return Vec::new();
    }
    let mut rows = Vec::new();
    for rec in rdr.records() {
        match rec {
            Ok(rec) => {
                let line = rec.position().map(|p| p.line()).unwrap_or(0);
                if rec.iter().all(|f| f.is_empty()) {
                    continue;
                }
                let fields = headers.iter().cloned().zip(rec.iter().map(str::to_string)).collect();
                rows.push(Row { line, fields });
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                issues.push(ImportIssue {
                    file: file.name.clone(),
                    line,
                    row_id: None,
                    kind: IssueKind::Invalid,
                    reason: format!("cannot read the row: {e}"),
                });
            }
        }
    }
    rows
}

fn file_issue(file: &CsvFile, reason: String) -> ImportIssue {
    ImportIssue {
        file: file.name.clone(),
        line: 1,
        row_id: None,
        kind: IssueKind::Invalid,
        reason,
    }
}

/// Parses a snake_case enum value with the same names as the JSON format.
fn parse_enum<T: DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

fn parse_number(s: &str) -> Option<f64> {
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Collects the problems of one row; the row is kept only if none is an error.
struct RowCheck<'a> {
    file: &'a str,
    line: u64,
    id: Option<String>,
    issues: Vec<ImportIssue>,
}

impl<'a> RowCheck<'a> {
    fn new(file: &'a str, line: u64, id: Option<String>) -> RowCheck<'a> {
        RowCheck {
            file,
            line,
            id,
            issues: Vec::new(),
        }
    }
    fn push(&mut self, kind: IssueKind, reason: String) {
        self.issues.push(ImportIssue {
            file: self.file.to_string(),
            line: self.line,
            row_id: self.id.clone(),
            kind,
            reason,
        });
    }
    fn invalid(&mut self, reason: String) {
        self.push(IssueKind::Invalid, reason);
    }
    fn warn(&mut self, reason: String) {
        self.push(IssueKind::Warning, reason);
    }
    fn ok(&self) -> bool {
        !self.issues.iter().any(ImportIssue::is_error)
    }

    fn required_enum<T: DeserializeOwned>(&mut self, row: &Row, col: &str) -> Option<T> {
        match row.opt(col) {
            None => {
                self.invalid(format!("{col} is empty"));
                None
            }
            Some(s) => self.enum_value(col, s),
        }
    }
    fn optional_enum<T: DeserializeOwned>(&mut self, row: &Row, col: &str) -> Option<T> {
        row.opt(col).and_then(|s| self.enum_value(col, s))
    }
    fn enum_value<T: DeserializeOwned>(&mut self, col: &str, s: &str) -> Option<T> {
        let v = parse_enum(s);
        if v.is_none() {
            self.invalid(format!("{col} \"{s}\" is not one of the allowed values"));
        }
        v
    }
    fn optional_number(&mut self, row: &Row, col: &str) -> Option<f64> {
        let s = row.opt(col)?;
        let v = parse_number(s);
        if v.is_none() && s.parse::<f64>().is_ok() {
            // NaN, inf, Infinity: what a spreadsheet or pandas writes for a gap.
            self.invalid(format!(
                "{col} \"{s}\" is not a number (leave the cell empty when the number is not known, never 0)"
            ));
        } else if v.is_none() {
            self.invalid(format!(
                "{col} \"{s}\" is not a number (use a dot for decimals, no thousands separator)"
            ));
        }
        v
    }
    fn optional_date(&mut self, row: &Row, col: &str) -> Option<String> {
        let s = row.opt(col)?;
        if PartialDate::parse(s).is_none() {
            self.invalid(format!("{col} \"{s}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
            return None;
        }
        Some(s.to_string())
    }
    fn text(&mut self, row: &Row, what: &str) -> Option<Text> {
        let (id, en) = (row.get("note_id"), row.get("note_en"));
        match (id.is_empty(), en.is_empty()) {
            (true, true) => None,
            (false, _) => Some(Text {
                id: id.to_string(),
                en: en.to_string(),
            }),
            (true, false) => {
                self.warn(format!(
                    "{what} has no Indonesian text (note_id); the English text is used for both"
                ));
                Some(Text {
                    id: en.to_string(),
                    en: en.to_string(),
                })
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Sources

/// Sources in first-appearance order, one per (url, publisher, published).
#[derive(Default)]
struct Sources {
    list: Vec<Source>,
    by_key: HashMap<(String, String, String), String>,
    ids: HashSet<String>,
}

/// FNV-1a: a tiny stable hash, so a source keeps its id when rows are added.
fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Sources {
    /// The source id for a row, adding the source on first sight. `published`
    /// is the date as written (blank when unknown).
    fn id_for(&mut self, url: &str, publisher: &str, published: &str) -> String {
        let key = (url.to_string(), publisher.to_string(), published.to_string());
        if let Some(id) = self.by_key.get(&key) {
            return id.clone();
        }
        let h = fnv1a(&format!("{url}\u{1f}{publisher}\u{1f}{published}"));
        let base = format!("src-{:08x}", (h >> 32) as u32 ^ h as u32);
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.ids.insert(id.clone());
        self.by_key.insert(key, id.clone());
        self.list.push(Source {
            id: id.clone(),
            publisher: publisher.to_string(),
            title: None,
            url: Some(url.to_string()).filter(|u| !u.is_empty()),
            published: Some(published.to_string()).filter(|p| !p.is_empty()),
        });
        id
    }
}

/// Checks the source columns of a row and returns (url, publisher, published
/// as written, blank when unknown).
fn source_columns(check: &mut RowCheck, row: &Row) -> Option<(String, String, String)> {
    let url = row.get("source_url").to_string();
    let publisher = row.get("publisher").to_string();
    let published = row.get("published").to_string();
    if publisher.is_empty() {
        check.invalid("publisher is empty: a figure with no source is not shown".into());
    }
    if !url.is_empty() && crate::core::validate::url_issue(&url).is_some() {
        check.invalid(format!("source_url \"{url}\" is not a plain http(s) address"));
    }
    if published.is_empty() {
        // Never guessed: the app shows "publication date unknown".
        check.warn("published is empty; the source's date is shown as unknown".into());
    } else if PartialDate::parse(&published).is_none() {
        check.invalid(format!(
            "published \"{published}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ));
    }
    check.ok().then_some((url, publisher, published))
}

// ---------------------------------------------------------------------------
// Regions

/// Whether an alias's `kind` (aliases.csv) makes it an old name, a colonial
/// name or a nickname: found by search, ranked below official names.
fn is_old_name(kind: &str) -> bool {
    let k = kind.to_lowercase();
    ["old name", "colonial", "nickname", "local-language"]
        .iter()
        .any(|w| k.contains(w))
}

fn read_regions(inputs: &Inputs, issues: &mut Vec<ImportIssue>) -> Vec<Region> {
    // Per region code: (alias, is an old name or nickname).
    let mut aliases: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    let mut alias_lines: HashMap<String, u64> = HashMap::new();
    if let Some(file) = &inputs.aliases {
        for row in read_csv(file, &["alias", "code"], issues) {
            let old = is_old_name(row.get("kind"));
            // One cell may list spelling variants: "Toli-Toli / Tolitoli".
            for a in row.get("alias").split(" / ").map(str::trim).filter(|a| !a.is_empty()) {
                aliases
                    .entry(row.get("code").to_string())
                    .or_default()
                    .push((a.to_string(), old));
            }
            alias_lines.entry(row.get("code").to_string()).or_insert(row.line);
        }
    }

    let file = &inputs.regions;
    let mut regions = vec![Region {
        code: "ID".into(),
        name: "Indonesia".into(),
        short_name: "Indonesia".into(),
        kind: RegionKind::Nasional,
        province: None,
        bps_code: None,
        aliases: Vec::new(),
        old_names: Vec::new(),
        members: Vec::new(),
    }];
    let mut seen: HashSet<String> = HashSet::from(["ID".to_string()]);
    for row in read_csv(
        file,
        &["code", "name", "short_name", "type", "province_code", "bps_code"],
        issues,
    ) {
        let code = row.get("code").to_string();
        let mut check = RowCheck::new(&file.name, row.line, Some(code.clone()));
        let kind: Option<RegionKind> = check.required_enum(&row, "type");
        if matches!(kind, Some(RegionKind::Nasional | RegionKind::Cabang)) {
            check.invalid("regions.csv lists provinsi, kabupaten and kota only".into());
        }
        if code.is_empty() || row.get("name").is_empty() || row.get("short_name").is_empty() {
            check.invalid("code, name and short_name are required".into());
        }
        if !seen.insert(code.clone()) {
            check.invalid(format!("code {code} appears twice"));
        }
        let province = row.opt("province_code").map(str::to_string);
        if matches!(kind, Some(RegionKind::Kabupaten | RegionKind::Kota)) && province.is_none() {
            check.invalid("a kabupaten/kota needs its province_code".into());
        }
        issues.append(&mut check.issues.clone());
        let Some(kind) = kind.filter(|_| check.ok()) else {
            continue;
        };
        let short = row.get("short_name").to_string();
        let mut own: Vec<(String, bool)> = aliases.remove(&code).unwrap_or_default();
        own.retain(|(a, _)| *a != short && *a != row.get("name"));
        own.dedup();
        let (old, own): (Vec<_>, Vec<_>) = own.into_iter().partition(|(_, old)| *old);
        regions.push(Region {
            code,
            name: row.get("name").to_string(),
            short_name: short,
            kind,
            province: if kind == RegionKind::Provinsi { None } else { province },
            bps_code: row.opt("bps_code").map(str::to_string),
            aliases: own.into_iter().map(|(a, _)| a).collect(),
            old_names: old.into_iter().map(|(a, _)| a).collect(),
            members: Vec::new(),
        });
    }
    let mut left: Vec<_> = aliases.into_keys().collect();
    left.sort();
    for code in left {
        issues.push(ImportIssue {
            file: inputs.aliases.as_ref().map(|f| f.name.clone()).unwrap_or_default(),
            line: alias_lines.get(&code).copied().unwrap_or(0),
            row_id: Some(code.clone()),
            kind: IssueKind::Invalid,
            reason: format!("alias for unknown region code {code}"),
        });
    }
    regions
}

/// "BPJS Cabang Palopo" -> "cabang.palopo".
pub fn branch_code(name: &str) -> Option<String> {
    const NOISE: [&str; 7] = [
        "bpjs",
        "ketenagakerjaan",
        "bpjamsostek",
        "bp",
        "jamsostek",
        "kantor",
        "cabang",
    ];
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !NOISE.contains(&w.as_str()) && w != "kc")
        .collect();
    (!words.is_empty()).then(|| format!("cabang.{}", words.join("-")))
}

/// What is known about one branch so far.
struct Branch {
    name: String,
    members: Vec<String>,
    members_line: Option<(String, u64)>,
}

// ---------------------------------------------------------------------------
// The import

/// Builds the dataset from CSV text. Rows with errors are left out and
/// reported; the rest is returned.
pub fn import(inputs: &Inputs, options: &Options) -> (Dataset, Vec<ImportIssue>) {
    let mut issues = Vec::new();
    let mut regions = read_regions(inputs, &mut issues);
    let mut index = RegionIndex::new(&regions);

    // Indicators.
    let mut indicators: Vec<Indicator> = Vec::new();
    let file = &inputs.indicators;
    for row in read_csv(file, &["id", "label_id", "label_en", "unit"], &mut issues) {
        let id = row.get("id").to_string();
        let mut check = RowCheck::new(&file.name, row.line, Some(id.clone()));
        let unit: Option<Unit> = check.required_enum(&row, "unit");
        if id.is_empty() || row.get("label_id").is_empty() {
            check.invalid("id and label_id are required".into());
        }
        if indicators.iter().any(|i| i.id == id) {
            check.invalid(format!("indicator {id} appears twice"));
        }
        let ok = check.ok();
        issues.append(&mut check.issues);
        let Some(unit) = unit.filter(|_| ok) else { continue };
        let description = match (row.get("description_id"), row.get("description_en")) {
            ("", "") => None,
            (d_id, d_en) => Some(Text {
                id: d_id.to_string(),
                en: d_en.to_string(),
            }),
        };
        indicators.push(Indicator {
            id,
            label: Text {
                id: row.get("label_id").to_string(),
                en: row.get("label_en").to_string(),
            },
            unit,
            description,
        });
    }
    let unit_of: HashMap<String, Unit> = indicators.iter().map(|i| (i.id.clone(), i.unit)).collect();

    let mut sources = Sources::default();
    let mut branches: Vec<(String, Branch)> = Vec::new();
    let mut figures: Vec<Figure> = Vec::new();
    let mut figure_ids: HashSet<String> = HashSet::new();

    for file in &inputs.figures {
        let required = [
            "id",
            "region_code",
            "region_name",
            "indicator",
            "value",
            "unit",
            "as_of",
            "publisher",
            "published",
        ];
        for row in read_csv(file, &required, &mut issues) {
            let id = row.get("id").to_string();
            let mut check = RowCheck::new(&file.name, row.line, Some(id.clone()).filter(|s| !s.is_empty()));
            if id.is_empty() {
                check.invalid("id is empty".into());
            } else if !figure_ids.insert(id.clone()) {
                check.invalid(format!("figure id {id} appears twice"));
            }
            let region = place(&mut check, &row, &index, &mut branches, &file.name);

            let indicator = row.get("indicator").to_string();
            let unit: Option<Unit> = check.required_enum(&row, "unit");
            match (unit_of.get(&indicator), unit) {
                (None, _) => check.invalid(format!("indicator \"{indicator}\" is not in the indicators file")),
                (Some(iu), Some(u)) if *iu != u => check.invalid(format!(
                    "unit {} differs from the unit of indicator {indicator} ({})",
                    enum_name(&u),
                    enum_name(iu)
                )),
                _ => {}
            }
            let value = match row.opt("value") {
                None => {
                    // Missing is not zero: a row without a value is not a figure.
                    check.invalid("value is empty".into());
                    None
                }
                Some(_) => check.optional_number(&row, "value"),
            };
            let status = check.optional_enum(&row, "status").unwrap_or_default();
            let approx = check.optional_enum(&row, "approx").unwrap_or_default();
            let segment = check.optional_enum(&row, "segment").unwrap_or_default();
            let funding = check.optional_enum(&row, "funding");
            let program = check.optional_enum(&row, "program");
            let numerator = check.optional_number(&row, "numerator");
            let denominator = check.optional_number(&row, "denominator");
            let denominator_basis = check.optional_enum(&row, "denominator_basis");
            // A blank as_of is a period the source does not give: it stays
            // unknown (never filled in from the publication date or anything else).
            let date = check.optional_date(&row, "as_of").unwrap_or_default();
            let mut kind = check.optional_enum(&row, "period_kind").unwrap_or_default();
            let mut start = check.optional_date(&row, "period_start");
            if row.opt("as_of").is_none() {
                let mut ignored: Vec<String> = Vec::new();
                if kind != PeriodKind::Unknown {
                    ignored.push(format!("period_kind {}", enum_name(&kind)));
                    kind = PeriodKind::Unknown;
                }
                if start.take().is_some() {
                    ignored.push("period_start".into());
                }
                check.warn(if ignored.is_empty() {
                    "as_of is empty; the period is shown as unknown".into()
                } else {
                    format!(
                        "as_of is empty; the period is shown as unknown and {} is ignored",
                        ignored.join(" and ")
                    )
                });
            }
            let historical = match row.get("historical") {
                "yes" | "true" => true,
                "no" | "false" => false,
                "" => PartialDate::parse(&date).is_some_and(|d| d.year < crate::core::validate::HISTORICAL_BEFORE),
                other => {
                    check.invalid(format!("historical \"{other}\" is not yes or no"));
                    false
                }
            };
            let note = check.text(&row, "the note");
            let src = source_columns(&mut check, &row);

            let ok = check.ok();
            issues.append(&mut check.issues);
            if !ok {
                continue;
            }
            let (Some(region), Some(unit), Some(value), Some((url, publisher, published))) = (region, unit, value, src)
            else {
                continue;
            };
            figures.push(Figure {
                id,
                region,
                indicator,
                value,
                unit,
                as_of: AsOf { date, kind, start },
                status,
                approx,
                segment,
                funding,
                program,
                numerator,
                denominator,
                denominator_basis,
                historical,
                note,
                source: sources.id_for(&url, &publisher, &published),
            });
        }
        // Branches seen in this file can be named by the next one.
        sync_branches(&mut regions, &mut index, &branches);
    }

    let mut milestones = Vec::new();
    for file in &inputs.milestones {
        for row in read_csv(
            file,
            &["region_code", "date", "kind", "publisher", "published"],
            &mut issues,
        ) {
            let id = row.opt("id").map(str::to_string);
            let mut check = RowCheck::new(&file.name, row.line, id);
            let region = place(&mut check, &row, &index, &mut branches, &file.name);
            let date = match check.optional_date(&row, "date") {
                None if row.opt("date").is_none() => {
                    check.invalid("date is empty".into());
                    None
                }
                d => d,
            };
            let kind = check.required_enum(&row, "kind");
            let note = check.text(&row, "the note");
            if note.is_none() {
                check.invalid("a milestone needs a note (note_id, note_en)".into());
            }
            let src = source_columns(&mut check, &row);
            let ok = check.ok();
            issues.append(&mut check.issues);
            if !ok {
                continue;
            }
            let (Some(region), Some(date), Some(kind), Some(note), Some((url, publisher, published))) =
                (region, date, kind, note, src)
            else {
                continue;
            };
            milestones.push(Milestone {
                region,
                date,
                kind,
                note,
                source: sources.id_for(&url, &publisher, &published),
            });
        }
        sync_branches(&mut regions, &mut index, &branches);
    }

    let published = options.published.clone().unwrap_or_else(|| {
        sources
            .list
            .iter()
            .filter_map(|s| s.published.as_deref())
            .filter_map(|p| PartialDate::parse(p).map(|d| (d, p.to_string())))
            .max()
            .map(|(_, s)| s)
            .unwrap_or_default()
    });
    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        meta: DatasetMeta {
            title: options.title.clone(),
            publisher: "Cakupan".into(),
            published,
            license: options.license.clone(),
            notes: Some(meta_notes()),
        },
        indicators,
        regions,
        sources: sources.list,
        figures,
        milestones,
    };
    (dataset, issues)
}

fn meta_notes() -> Text {
    Text {
        id: "Angka dikumpulkan dari berita dan situs resmi. Setiap angka punya sumber dan tanggal. \
             Kalau tidak ada angka, bukan berarti nol. Target dan rencana bukan jumlah peserta. \
             Persentase dengan pembagi yang berbeda tidak bisa dibandingkan begitu saja. \
             Kode wilayah dari Kemendagri (Kepmendagri 300.2.2-2138/2025, disusun oleh cahyadsn/wilayah, lisensi MIT)."
            .into(),
        en: "Figures collected from news and official pages. Every figure has a source and a date. \
             A missing figure does not mean zero. Targets and plans are not enrolled people. \
             Percentages with different denominators cannot simply be compared. \
             Region codes are Kemendagri's (Kepmendagri 300.2.2-2138/2025, compiled by cahyadsn/wilayah, MIT licence)."
            .into(),
    }
}

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Adds newly seen branches to the regions (and the name index), and keeps
/// members current.
fn sync_branches(regions: &mut Vec<Region>, index: &mut RegionIndex, branches: &[(String, Branch)]) {
    for (code, b) in branches {
        let province = {
            let provs: HashSet<String> = b.members.iter().map(|m| province_of(regions, m)).collect();
            (provs.len() == 1)
                .then(|| provs.into_iter().next().unwrap_or_default())
                .filter(|p| !p.is_empty())
        };
        if let Some(r) = regions.iter_mut().find(|r| &r.code == code) {
            r.members = b.members.clone();
            r.province = province;
            continue;
        }
        let short = b
            .name
            .trim()
            .trim_start_matches("BPJS Ketenagakerjaan ")
            .trim_start_matches("BPJamsostek ")
            .trim_start_matches("BPJS ")
            .to_string();
        let region = Region {
            code: code.clone(),
            name: b.name.clone(),
            short_name: short,
            kind: RegionKind::Cabang,
            province,
            bps_code: None,
            aliases: Vec::new(),
            old_names: Vec::new(),
            members: b.members.clone(),
        };
        index.add(&region);
        regions.push(region);
    }
}

fn province_of(regions: &[Region], code: &str) -> String {
    match regions.iter().find(|r| r.code == code) {
        Some(r) if r.kind == RegionKind::Provinsi => r.code.clone(),
        Some(r) => r.province.clone().unwrap_or_default(),
        None => String::new(),
    }
}

/// Finds the region code of a row. A given code must exist and agree with
/// the name and kind; a blank code is looked up by name, never guessed.
fn place(
    check: &mut RowCheck,
    row: &Row,
    index: &RegionIndex,
    branches: &mut Vec<(String, Branch)>,
    file: &str,
) -> Option<String> {
    let code = row.get("region_code");
    let name = row.get("region_name");
    let kind_s = row.get("region_kind");
    let kind: Option<RegionKind> = if kind_s.is_empty() {
        None
    } else {
        let k = parse_enum(kind_s);
        if k.is_none() {
            check.invalid(format!("region_kind \"{kind_s}\" is not one of the allowed values"));
            return None;
        }
        k
    };

    let is_branch = kind == Some(RegionKind::Cabang) || code.starts_with("cabang.");
    if is_branch {
        let code = if code.is_empty() {
            branch_code(name)
        } else {
            Some(code.to_string())
        };
        let Some(code) = code.filter(|c| c.starts_with("cabang.") && c.len() > 7) else {
            check.push(
                IssueKind::Unplaceable,
                format!("cannot make a branch code from the name \"{name}\""),
            );
            return None;
        };
        let mut members: Vec<String> = Vec::new();
        for m in row
            .get("branch_members")
            .split(';')
            .map(str::trim)
            .filter(|m| !m.is_empty())
        {
            match index.kind_of(m) {
                Some(RegionKind::Kabupaten | RegionKind::Kota | RegionKind::Provinsi) => members.push(m.to_string()),
                _ => check.invalid(format!("branch member {m} is not a province or kabupaten/kota code")),
            }
        }
        if !check.ok() {
            return None;
        }
        match branches.iter_mut().find(|(c, _)| *c == code) {
            Some((_, b)) => {
                if !members.is_empty() {
                    if b.members.is_empty() {
                        b.members = members;
                        b.members_line = Some((file.to_string(), row.line));
                    } else if b.members != members {
                        let (f, l) = b.members_line.clone().unwrap_or_default();
                        check.warn(format!(
                            "branch {code} members differ from those given at {f}:{l}; the first list is kept"
                        ));
                    }
                }
            }
            None => {
                if name.is_empty() && !index.contains(&code) {
                    check.push(IssueKind::Unplaceable, format!("branch {code} has no name"));
                    return None;
                }
                if !index.contains(&code) {
                    let members_line = (!members.is_empty()).then(|| (file.to_string(), row.line));
                    branches.push((
                        code.clone(),
                        Branch {
                            name: name.to_string(),
                            members,
                            members_line,
                        },
                    ));
                }
            }
        }
        return Some(code);
    }

    if !code.is_empty() {
        let Some(actual) = index.kind_of(code) else {
            check.push(
                IssueKind::Unplaceable,
                format!("region_code {code} is not a known region"),
            );
            return None;
        };
        let official = index.name_of(code).unwrap_or_default();
        if let Some(k) = kind.filter(|k| *k != actual) {
            check.push(
                IssueKind::Unplaceable,
                format!(
                    "region_code {code} is {official} ({}), not a {}",
                    enum_name(&actual),
                    enum_name(&k)
                ),
            );
            return None;
        }
        if !name.is_empty() && !index.candidates(name, kind).iter().any(|c| c == code) {
            check.push(
                IssueKind::Unplaceable,
                format!("region_code {code} is {official}, which does not match the name \"{name}\""),
            );
            return None;
        }
        return Some(code.to_string());
    }

    if name.is_empty() {
        check.push(
            IssueKind::Unplaceable,
            "region_code and region_name are both empty".into(),
        );
        return None;
    }
    match index.resolve(name, kind) {
        Ok(c) => Some(c),
        Err(MatchError::Unknown) => {
            check.push(IssueKind::Unplaceable, format!("no region is called \"{name}\""));
            None
        }
        Err(MatchError::Ambiguous(codes)) => {
            let list: Vec<String> = codes
                .iter()
                .map(|c| format!("{} ({c})", index.name_of(c).unwrap_or_default()))
                .collect();
            check.push(
                IssueKind::Unplaceable,
                format!(
                    "\"{name}\" could be {}; give region_code or the full name",
                    list.join(" or ")
                ),
            );
            None
        }
    }
}
