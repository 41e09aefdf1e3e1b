//! Compiles the public text in `content/` into Rust statics.
//!
//! The programme pages, the regional-role page, the glossary, the regulations
//! they cite and the sources that reported them are TOML files under
//! `content/` (see docs/content.md). This script reads them and writes
//! `$OUT_DIR/content.rs`, which `src/core/programs.rs` includes: the same
//! `&'static` data the app used when the text was written in Rust, so the
//! wasm gets no TOML parser and no start-up cost.
//!
//! Every source also becomes a constant in `programs::sources` ("bpjs-18913"
//! is `sources::BPJS_18913`): the checker's dated rules (`src/core/rules.rs`)
//! cite sources through them, so content/sources.toml is the one place a
//! source is written, whoever cites it.
//!
//! A file that cannot be read, or a reference that cannot be compiled (an
//! unknown regulation, source, list, fact, section kind, group or status; a
//! misspelt field; one language without the other; a malformed date or name),
//! stops the build with the file, the line and what is wrong. The remaining
//! checks (empty text, unused sources, glossary links, URLs, ...) are the
//! core's `content::check`, run by `cargo test` and `cakupan-data check`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

/// The programme files, in `Program::ALL` order: (file stem, variant).
const PROGRAMS: [(&str, &str); 5] = [
    ("jkk", "Jkk"),
    ("jkm", "Jkm"),
    ("jht", "Jht"),
    ("jp", "Jp"),
    ("jkp", "Jkp"),
];

/// Section kinds of the programme pages: (name in content, `SectionKind` variant).
const KINDS: [(&str, &str); 6] = [
    ("pays", "Pays"),
    ("who-can-join", "WhoCanJoin"),
    ("contributions", "Contributions"),
    ("how-to-claim", "HowToClaim"),
    ("documents", "Documents"),
    ("regulations", "Regulations"),
];

/// Membership groups: (name in content, `MemberGroup` variant).
const GROUPS: [(&str, &str); 4] = [("pu", "Pu"), ("bpu", "Bpu"), ("jakon", "Jakon"), ("pmi", "Pmi")];

/// Participation: (name in content, `Participation` variant).
const STATUSES: [(&str, &str); 4] = [
    ("required", "Required"),
    ("optional", "Optional"),
    ("depends", "Depends"),
    ("not-included", "NotIncluded"),
];

/// Dated amounts an item can show: (name in content, `Fact` variant).
const FACTS: [(&str, &str); 11] = [
    ("jp-wage-cap", "JpWageCap"),
    ("jp-min-pension", "JpMinPension"),
    ("bpu-jkk", "BpuJkk"),
    ("bpu-jkm", "BpuJkm"),
    ("bpu-jht", "BpuJht"),
    ("bpu-minimum", "BpuMinimum"),
    ("bpu-discount", "BpuDiscount"),
    ("jakon-contract-rates", "JakonContractRates"),
    ("jakon-wage-rates", "JakonWageRates"),
    ("pmi-contributions", "PmiContributions"),
    ("pmi-jht", "PmiJht"),
];

// ---------------------------------------------------------------------------
// The files, as written
// ---------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegulationDef {
    #[serde(default)]
    about: Option<String>,
    regulation: String,
    date: Spanned<String>,
    #[serde(default)]
    note_id: Option<String>,
    #[serde(default)]
    note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceDef {
    publisher: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    date: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemDef {
    id: String,
    en: String,
    #[serde(default)]
    before_id: Option<String>,
    #[serde(default)]
    before_en: Option<String>,
    #[serde(default)]
    rule: Option<Spanned<String>>,
    #[serde(default)]
    rule_note_id: Option<String>,
    #[serde(default)]
    rule_note_en: Option<String>,
    #[serde(default)]
    fact: Option<Spanned<String>>,
    #[serde(default)]
    unverified: bool,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MembershipDef {
    group: Spanned<String>,
    status: Spanned<String>,
    #[serde(default)]
    rule: Option<Spanned<String>>,
    #[serde(default)]
    note_id: Option<String>,
    #[serde(default)]
    note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgramSectionDef {
    kind: Spanned<String>,
    #[serde(default)]
    item: Vec<Spanned<ItemDef>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgramDef {
    name_id: String,
    name_en: String,
    summary_id: String,
    summary_en: String,
    #[serde(default)]
    membership: Vec<Spanned<MembershipDef>>,
    #[serde(default)]
    section: Vec<ProgramSectionDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageSectionDef {
    anchor: String,
    heading_id: String,
    heading_en: String,
    #[serde(default)]
    item: Vec<Spanned<ItemDef>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageDef {
    title_id: String,
    title_en: String,
    summary_id: String,
    summary_en: String,
    #[serde(default)]
    section: Vec<PageSectionDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryDef {
    slug: String,
    term: String,
    #[serde(default)]
    long_name: Option<String>,
    id: String,
    en: String,
    #[serde(default)]
    see_also: Vec<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryDef {
    #[serde(default)]
    entry: Vec<Spanned<EntryDef>>,
}

// ---------------------------------------------------------------------------
// Reading, with errors that name the file and line
// ---------------------------------------------------------------------------

/// One file's text, to turn byte offsets into line numbers.
struct File {
    /// As shown in messages: "content/programs/jkk.toml".
    name: String,
    text: String,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

impl File {
    fn at(&self, span: std::ops::Range<usize>) -> String {
        format!("{}, line {}", self.name, line_of(&self.text, span.start))
    }
}

#[derive(Default)]
struct Errors(Vec<String>);

impl Errors {
    fn push(&mut self, msg: String) {
        self.0.push(msg);
    }
}

fn read<T: for<'de> Deserialize<'de>>(root: &Path, rel: &str, errors: &mut Errors) -> Option<(File, T)> {
    let path = root.join(rel);
    let name = format!("content/{rel}");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!("{name}: cannot read the file ({e})."));
            return None;
        }
    };
    match toml::from_str::<T>(&text) {
        Ok(v) => Some((File { name, text }, v)),
        Err(e) => {
            // toml's message names the line and column and shows the spot.
            let at = e.span().map(|s| format!(", line {}", line_of(&text, s.start)));
            let msg = e.message().trim().to_string();
            errors.push(format!("{name}{}: {}", at.unwrap_or_default(), plain_toml_error(&msg)));
            None
        }
    }
}

/// toml's messages, in the words of docs/content.md where they differ.
fn plain_toml_error(msg: &str) -> String {
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        return format!("unknown field {rest} (a misspelt name? see docs/content.md for the fields)");
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("missing field {rest}");
    }
    msg.to_string()
}

// ---------------------------------------------------------------------------
// Checks that the generated code needs
// ---------------------------------------------------------------------------

/// "2015", "2024-03", "2019-12-02" (the calendar is checked by the core's check).
fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

/// A regulation key becomes a Rust constant: PP_82_2019.
fn is_const_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// A source name: lower-case words with hyphens, "kompas-2022-12-02". It
/// starts with a letter, since it also becomes a Rust constant
/// ([`source_const`]).
fn is_source_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The constant a source name becomes in `programs::sources`, for the
/// checker's rules to cite: "kompas-2022-12-02" is `KOMPAS_2022_12_02`.
fn source_const(name: &str) -> String {
    name.to_ascii_uppercase().replace('-', "_")
}

/// The closest known name, to suggest when one is misspelt.
fn closest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }
    let lower = name.to_lowercase();
    known
        .into_iter()
        .map(|k| (distance(&lower, &k.to_lowercase()), k))
        .filter(|(d, _)| *d <= 3.max(name.len() / 3))
        .min()
        .map(|(_, k)| k)
}

fn did_you_mean<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    closest(name, known)
        .map(|k| format!(" Did you mean \"{k}\"?"))
        .unwrap_or_default()
}

/// The value `name` stands for in `table`, or a problem naming the file,
/// the line, what was written and every name that would do.
fn pick_known<'a>(
    table: &'a [(&'a str, &'a str)],
    what: &str,
    name: &Spanned<String>,
    file: &File,
    errors: &mut Errors,
) -> Option<&'a str> {
    let found = table.iter().find(|(n, _)| n == name.get_ref()).map(|(_, v)| *v);
    if found.is_none() {
        errors.push(format!(
            "{}: unknown {what} \"{}\". Known: {}.",
            file.at(name.span()),
            name.get_ref(),
            names(table)
        ));
    }
    found
}

fn names(table: &[(&str, &str)]) -> String {
    table
        .iter()
        .map(|(n, _)| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------
// Writing Rust
// ---------------------------------------------------------------------------

/// A string literal; `{:?}` escapes quotes, backslashes and control characters.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn tr(id: &str, en: &str) -> String {
    format!("Tr::new({}, {})", lit(id), lit(en))
}

/// Both languages or neither: an error names the one that is missing.
fn pair<'a>(
    file: &File,
    span: std::ops::Range<usize>,
    what: &str,
    id: &'a Option<String>,
    en: &'a Option<String>,
    errors: &mut Errors,
) -> Option<(&'a str, &'a str)> {
    match (id, en) {
        (Some(i), Some(e)) => Some((i, e)),
        (None, None) => None,
        (Some(_), None) => {
            errors.push(format!(
                "{}: {what}_id has no {what}_en. Write both languages.",
                file.at(span)
            ));
            None
        }
        (None, Some(_)) => {
            errors.push(format!(
                "{}: {what}_en has no {what}_id. Write both languages.",
                file.at(span)
            ));
            None
        }
    }
}

/// `Some(Tr::new(..))` or `None`.
fn opt_tr(
    file: &File,
    span: std::ops::Range<usize>,
    what: &str,
    id: &Option<String>,
    en: &Option<String>,
    errors: &mut Errors,
) -> String {
    pair(file, span, what, id, en, errors).map_or("None".into(), |(i, e)| format!("Some({})", tr(i, e)))
}

struct Ctx<'a> {
    regulations: &'a BTreeMap<String, RegulationDef>,
    /// Source name -> index in the generated `SOURCES`.
    sources: BTreeMap<&'a str, usize>,
    lists: BTreeMap<&'a str, Vec<&'a str>>,
}

impl Ctx<'_> {
    fn rule(&self, file: &File, rule: &Spanned<String>, errors: &mut Errors) -> Option<String> {
        let name = rule.get_ref();
        if self.regulations.contains_key(name) {
            Some(name.clone())
        } else {
            errors.push(format!(
                "{}: the rule \"{name}\" is not in content/regulations.toml.{}",
                file.at(rule.span()),
                did_you_mean(name, self.regulations.keys().map(String::as_str))
            ));
            None
        }
    }

    /// `&[&SOURCES[3], &SOURCES[7]]`, lists expanded in place.
    fn sources(&self, file: &File, refs: &[Spanned<String>], errors: &mut Errors) -> String {
        let mut out = Vec::new();
        for r in refs {
            let name = r.get_ref().as_str();
            if let Some(i) = self.sources.get(name) {
                out.push(*i);
            } else if let Some(list) = self.lists.get(name) {
                out.extend(list.iter().filter_map(|s| self.sources.get(s)));
            } else {
                errors.push(format!(
                    "{}: the source \"{name}\" is not in content/sources.toml (nor a list in content/source-lists.toml).{}",
                    file.at(r.span()),
                    did_you_mean(name, self.sources.keys().chain(self.lists.keys()).copied())
                ));
            }
        }
        let refs: Vec<String> = out.iter().map(|i| format!("&SOURCES[{i}]")).collect();
        format!("&[{}]", refs.join(", "))
    }

    fn item(&self, file: &File, item: &Spanned<ItemDef>, errors: &mut Errors) -> String {
        let span = item.span();
        let i = item.get_ref();
        let before = opt_tr(file, span.clone(), "before", &i.before_id, &i.before_en, errors);
        let rule = match &i.rule {
            None => {
                if i.rule_note_id.is_some() || i.rule_note_en.is_some() {
                    errors.push(format!(
                        "{}: rule_note_id/rule_note_en without a rule.",
                        file.at(span.clone())
                    ));
                }
                "None".to_string()
            }
            Some(r) => match self.rule(file, r, errors) {
                None => "None".into(),
                Some(name) => match pair(
                    file,
                    span.clone(),
                    "rule_note",
                    &i.rule_note_id,
                    &i.rule_note_en,
                    errors,
                ) {
                    Some((id, en)) => format!("Some({name}.with_note({}, {}))", lit(id), lit(en)),
                    None => format!("Some({name})"),
                },
            },
        };
        let fact = match &i.fact {
            None => "None".to_string(),
            Some(f) => {
                pick_known(&FACTS, "fact", f, file, errors).map_or("None".into(), |v| format!("Some(Fact::{v})"))
            }
        };
        format!(
            "Item {{ text: {}, rule: {rule}, sources: {}, before: {before}, uncertain: {}, fact: {fact} }}",
            tr(&i.id, &i.en),
            self.sources(file, &i.sources, errors),
            i.unverified
        )
    }

    fn items(&self, file: &File, items: &[Spanned<ItemDef>], errors: &mut Errors) -> String {
        let v: Vec<String> = items
            .iter()
            .map(|i| format!("        {},\n", self.item(file, i, errors)))
            .collect();
        format!("&[\n{}    ]", v.concat())
    }
}

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=build.rs");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest.join("content");
    let mut errors = Errors::default();

    let regulations = read::<BTreeMap<String, RegulationDef>>(&root, "regulations.toml", &mut errors);
    let sources = read::<BTreeMap<String, SourceDef>>(&root, "sources.toml", &mut errors);
    let lists = read::<BTreeMap<String, Vec<Spanned<String>>>>(&root, "source-lists.toml", &mut errors);
    let programs: Vec<Option<(File, ProgramDef)>> = PROGRAMS
        .iter()
        .map(|(stem, _)| read(&root, &format!("programs/{stem}.toml"), &mut errors))
        .collect();
    let regional = read::<PageDef>(&root, "regional-role.toml", &mut errors);
    let glossary = read::<GlossaryDef>(&root, "glossary.toml", &mut errors);

    let (Some((reg_file, regulations)), Some((src_file, sources)), Some((list_file, lists))) =
        (regulations, sources, lists)
    else {
        fail(&errors);
    };

    let mut out = String::from(
        "// @generated by build.rs from content/*.toml. Do not edit: edit content/ (docs/content.md).\n\n",
    );

    // Regulations: one constant each, as the checker's rules use them.
    for (name, r) in &regulations {
        let at = format!("{}, [{name}]", reg_file.name);
        if !is_const_name(name) {
            errors.push(format!(
                "{at}: a regulation's name must be capital letters, digits and _ (it becomes a Rust constant), like PP_82_2019."
            ));
            continue;
        }
        if !is_partial_date(r.date.get_ref()) {
            errors.push(format!(
                "{}: the date \"{}\" of {name} must be YYYY, YYYY-MM or YYYY-MM-DD.",
                reg_file.at(r.date.span()),
                r.date.get_ref()
            ));
        }
        let note = opt_tr(&reg_file, r.date.span(), "note", &r.note_id, &r.note_en, &mut errors);
        if let Some(about) = &r.about {
            writeln!(out, "#[doc = {}]", lit(about)).unwrap();
        }
        writeln!(
            out,
            "pub const {name}: Rule = Rule {{ regulation: {}, date: {}, note: {note} }};",
            lit(&r.regulation),
            lit(r.date.get_ref())
        )
        .unwrap();
    }
    let pairs: Vec<String> = regulations.keys().map(|n| format!("({}, {n})", lit(n))).collect();
    writeln!(
        out,
        "\n/// Every regulation in content/regulations.toml, by name.\npub static REGULATIONS: [(&str, Rule); {}] = [{}];\n",
        pairs.len(),
        pairs.join(", ")
    )
    .unwrap();

    // Sources, sorted by name (so `source` can search them): one constant
    // each in `sources`, which the checker's rules cite, and the list.
    let mut source_index = BTreeMap::new();
    let mut consts = String::new();
    let mut rows = String::new();
    for (i, (name, s)) in sources.iter().enumerate() {
        if !is_source_name(name) {
            errors.push(format!(
                "{}, [{name}]: a source's name must be lower-case letters, digits and hyphens, starting with a letter, like kompas-2022-12-02.",
                src_file.name
            ));
        }
        if let Some(d) = &s.date {
            if !is_partial_date(d.get_ref()) {
                errors.push(format!(
                    "{}: the date \"{}\" of the source {name} must be YYYY, YYYY-MM or YYYY-MM-DD.",
                    src_file.at(d.span()),
                    d.get_ref()
                ));
            }
        }
        source_index.insert(name.as_str(), i);
        let opt = |v: Option<&str>| v.map(|v| format!("Some({})", lit(v))).unwrap_or_else(|| "None".into());
        let konst = source_const(name);
        writeln!(
            consts,
            "    #[doc = {}]\n    pub const {konst}: Source = Source {{ publisher: {}, title: {}, url: {}, published: {} }};",
            lit(&format!("`[{name}]` in content/sources.toml.")),
            lit(&s.publisher),
            opt(s.title.as_deref()),
            opt(s.url.as_deref()),
            opt(s.date.as_ref().map(|d| d.get_ref().as_str()))
        )
        .unwrap();
        writeln!(
            rows,
            "    ContentSource {{ id: {}, source: sources::{konst} }},",
            lit(name)
        )
        .unwrap();
    }
    writeln!(
        out,
        "/// One constant per source in content/sources.toml, named after its key in\n/// capitals with `_` for `-` (`[bpjs-18913]` is `BPJS_18913`): how the\n/// checker's dated rules (`core::rules`) cite a source. The content check\n/// counts a source cited there as used.\npub mod sources {{\n    use super::Source;\n\n{consts}}}\n"
    )
    .unwrap();
    writeln!(
        out,
        "/// Every source in content/sources.toml, sorted by name.\npub static SOURCES: [ContentSource; {}] = [\n{rows}];\n",
        sources.len()
    )
    .unwrap();

    // Shared lists: names in capitals, holding source names.
    let mut list_map = BTreeMap::new();
    for (name, members) in &lists {
        if !is_const_name(name) {
            errors.push(format!(
                "{}: the list name \"{name}\" must be capital letters, digits and _, like STAR_GRID_RATES.",
                list_file.name
            ));
        }
        if sources.contains_key(name) {
            errors.push(format!("{}: \"{name}\" is both a source and a list.", list_file.name));
        }
        for m in members {
            if !sources.contains_key(m.get_ref()) {
                errors.push(format!(
                    "{}: the list {name} names \"{}\", which is not in content/sources.toml.{}",
                    list_file.at(m.span()),
                    m.get_ref(),
                    did_you_mean(m.get_ref(), sources.keys().map(String::as_str))
                ));
            }
        }
        list_map.insert(name.as_str(), members.iter().map(|m| m.get_ref().as_str()).collect());
    }
    let ctx = Ctx {
        regulations: &regulations,
        sources: source_index,
        lists: list_map,
    };

    // Programme pages.
    let mut pages = Vec::new();
    for ((stem, variant), parsed) in PROGRAMS.iter().zip(&programs) {
        let Some((file, p)) = parsed else { continue };
        let upper = stem.to_uppercase();
        let mut sections = Vec::new();
        for s in &p.section {
            let Some(kind) = pick_known(&KINDS, "section kind", &s.kind, file, &mut errors) else {
                continue;
            };
            sections.push(format!(
                "    section(SectionKind::{kind}, {}),\n",
                ctx.items(file, &s.item, &mut errors)
            ));
        }
        writeln!(
            out,
            "static {upper}_SECTIONS: [Section; {}] = [\n{}];\n",
            sections.len(),
            sections.concat()
        )
        .unwrap();
        let mut rows = Vec::new();
        for m in &p.membership {
            let span = m.span();
            let m = m.get_ref();
            let group = pick_known(&GROUPS, "group", &m.group, file, &mut errors);
            let status = pick_known(&STATUSES, "status", &m.status, file, &mut errors);
            let rule = match &m.rule {
                Some(r) => ctx
                    .rule(file, r, &mut errors)
                    .map_or("None".into(), |n| format!("Some({n})")),
                None => "None".into(),
            };
            let note = opt_tr(file, span, "note", &m.note_id, &m.note_en, &mut errors);
            if let (Some(g), Some(s)) = (group, status) {
                rows.push(format!(
                    "        Membership {{ segment: MemberGroup::{g}, status: Participation::{s}, note: {note}, rule: {rule} }},\n"
                ));
            }
        }
        pages.push(format!(
            "    ProgramPage {{\n        program: Program::{variant},\n        name: {},\n        summary: {},\n        membership: &[\n{}        ],\n        sections: &{upper}_SECTIONS,\n    }},\n",
            tr(&p.name_id, &p.name_en),
            tr(&p.summary_id, &p.summary_en),
            rows.concat()
        ));
    }
    if pages.len() == PROGRAMS.len() {
        writeln!(
            out,
            "/// The five programme pages, in the usual order JKK, JKM, JHT, JP, JKP.\npub static PROGRAMS: [ProgramPage; 5] = [\n{}];\n",
            pages.concat()
        )
        .unwrap();
    }

    // The regional government's role.
    if let Some((file, page)) = &regional {
        let sections: Vec<String> = page
            .section
            .iter()
            .map(|s| {
                format!(
                    "    other({}, {}, {}, {}),\n",
                    lit(&s.anchor),
                    lit(&s.heading_id),
                    lit(&s.heading_en),
                    ctx.items(file, &s.item, &mut errors)
                )
            })
            .collect();
        writeln!(
            out,
            "static REGIONAL_SECTIONS: [Section; {}] = [\n{}];\n\n/// The page on what regional governments must do and how coverage is measured.\npub static REGIONAL_ROLE: Page = Page {{\n    slug: REGIONAL_ROLE_SLUG,\n    title: {},\n    summary: {},\n    sections: &REGIONAL_SECTIONS,\n}};\n",
            sections.len(),
            sections.concat(),
            tr(&page.title_id, &page.title_en),
            tr(&page.summary_id, &page.summary_en)
        )
        .unwrap();
    }

    // The glossary, in file order (the check wants it sorted by slug).
    if let Some((file, g)) = &glossary {
        let mut rows = String::new();
        for e in &g.entry {
            let e = e.get_ref();
            let strs = |v: &[String]| format!("&[{}]", v.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", "));
            writeln!(
                rows,
                "    GlossaryEntry {{ slug: {}, term: {}, long_name: {}, definition: {}, see_also: {}, aliases: {}, sources: {} }},",
                lit(&e.slug),
                lit(&e.term),
                e.long_name.as_deref().map_or("None".into(), |l| format!("Some({})", lit(l))),
                tr(&e.id, &e.en),
                strs(&e.see_also),
                strs(&e.aliases),
                ctx.sources(file, &e.sources, &mut errors)
            )
            .unwrap();
        }
        writeln!(
            out,
            "/// The glossary, sorted by slug. Slugs are stable link targets.\npub static GLOSSARY: [GlossaryEntry; {}] = [\n{rows}];",
            g.entry.len()
        )
        .unwrap();
    }

    if !errors.0.is_empty() {
        fail(&errors);
    }
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("content.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// Stops the build, one line per problem.
fn fail(errors: &Errors) -> ! {
    for e in &errors.0 {
        println!("cargo::error={e}");
    }
    println!(
        "cargo::error={} problem(s) in content/; nothing was built. See docs/content.md.",
        errors.0.len()
    );
    std::process::exit(0)
}
