//! The five BPJS Ketenagakerjaan programs (JKK, JKM, JHT, JP, JKP), the
//! regional government's role (Inpres 2/2021, coverage measurement) and the
//! glossary, as static bilingual content for the explainer pages.
//!
//! The text itself lives in `content/` as TOML files a non-programmer can
//! edit (docs/content.md): one file per programme page, the regional-role
//! page, the glossary, the regulations and the sources. `build.rs` compiles
//! them into the statics included at the end of this module ([`PROGRAMS`],
//! [`REGIONAL_ROLE`], [`GLOSSARY`], [`SOURCES`], [`REGULATIONS`] and one
//! [`Rule`] constant per regulation, such as [`PP_82_2019`]): `'static` data,
//! no parsing or allocation at startup. [`crate::core::content::check`] checks
//! what the build cannot (empty text, unused sources, glossary links, URLs).
//!
//! Every sentence is our own plain-language wording (Indonesian first, then
//! English), written from `research/programs.md`, `research/programs-2026.md`
//! and the fact-check `research/programs-factcheck.md`. Each rule names its
//! regulation and date ([`Rule`]); the public sources that reported it are
//! listed by name ([`Item::sources`], [`ContentSource`]). Items the research
//! marks as disputed or unverified carry `uncertain: true`, which the UI must
//! show as "belum terverifikasi / not verified".
//!
//! Amounts that change by date (the JP wage cap, BPU prices and the 2026
//! discount, construction bands, migrant-worker contributions) are never
//! written here: an item names them with a [`Fact`], and the page shows the
//! value in force for the reader's month from [`crate::core::rules`], the same
//! table the checker uses. `tests/benefits.rs` checks that no page text
//! repeats one of those amounts, and that the stable amounts written here
//! (JKM Rp42 juta, the scholarship table) agree with the rules.

use crate::core::lang::Tr;
use crate::core::rules::Source;

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/// The five programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Program {
    Jkk,
    Jkm,
    Jht,
    Jp,
    Jkp,
}

impl Program {
    pub const ALL: [Program; 5] = [Program::Jkk, Program::Jkm, Program::Jht, Program::Jp, Program::Jkp];

    /// Short code as everyone writes it: "JKK".
    pub const fn code(self) -> &'static str {
        match self {
            Program::Jkk => "JKK",
            Program::Jkm => "JKM",
            Program::Jht => "JHT",
            Program::Jp => "JP",
            Program::Jkp => "JKP",
        }
    }

    /// URL slug of the program page, also its glossary slug: "jkk".
    pub const fn slug(self) -> &'static str {
        match self {
            Program::Jkk => "jkk",
            Program::Jkm => "jkm",
            Program::Jht => "jht",
            Program::Jp => "jp",
            Program::Jkp => "jkp",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Program> {
        let s = slug.trim();
        Program::ALL.into_iter().find(|p| p.slug().eq_ignore_ascii_case(s))
    }

    /// Full name: "Jaminan Kecelakaan Kerja" / "Work accident benefit".
    pub fn name(self) -> Tr {
        self.page().name
    }

    /// The program's explainer page.
    pub fn page(self) -> &'static ProgramPage {
        match self {
            Program::Jkk => &PROGRAMS[0],
            Program::Jkm => &PROGRAMS[1],
            Program::Jht => &PROGRAMS[2],
            Program::Jp => &PROGRAMS[3],
            Program::Jkp => &PROGRAMS[4],
        }
    }
}

/// Participant segments: who a worker is for BPJS Ketenagakerjaan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MemberGroup {
    /// Penerima Upah: wage earners, registered by their employer.
    Pu,
    /// Bukan Penerima Upah: self-employed and informal workers.
    Bpu,
    /// Jasa Konstruksi: workers on construction projects.
    Jakon,
    /// Pekerja Migran Indonesia: Indonesians working abroad.
    Pmi,
}

impl MemberGroup {
    pub const ALL: [MemberGroup; 4] = [MemberGroup::Pu, MemberGroup::Bpu, MemberGroup::Jakon, MemberGroup::Pmi];

    /// URL value and glossary slug: "pu", "bpu", "jakon", "pmi".
    pub const fn slug(self) -> &'static str {
        match self {
            MemberGroup::Pu => "pu",
            MemberGroup::Bpu => "bpu",
            MemberGroup::Jakon => "jakon",
            MemberGroup::Pmi => "pmi",
        }
    }

    /// Case-insensitive; `None` for anything else.
    pub fn from_slug(slug: &str) -> Option<MemberGroup> {
        let s = slug.trim();
        MemberGroup::ALL.into_iter().find(|g| g.slug().eq_ignore_ascii_case(s))
    }

    /// Abbreviation as written in Indonesian sources: "PU".
    pub const fn code(self) -> &'static str {
        match self {
            MemberGroup::Pu => "PU",
            MemberGroup::Bpu => "BPU",
            MemberGroup::Jakon => "Jakon",
            MemberGroup::Pmi => "PMI",
        }
    }

    /// Plain name of the group.
    pub const fn name(self) -> Tr {
        match self {
            MemberGroup::Pu => Tr::new("Penerima upah (PU)", "Wage earners (PU)"),
            MemberGroup::Bpu => Tr::new(
                "Pekerja mandiri atau informal (BPU)",
                "Self-employed and informal workers (BPU)",
            ),
            MemberGroup::Jakon => Tr::new(
                "Pekerja proyek konstruksi (Jakon)",
                "Construction project workers (Jakon)",
            ),
            MemberGroup::Pmi => Tr::new("Pekerja migran (PMI)", "Migrant workers (PMI)"),
        }
    }
}

/// The four membership groups are the dataset's segments of the same name
/// (`dataset::Segment` also has groups no programme page describes, such as
/// non-ASN staff, so the mapping goes one way only).
impl From<MemberGroup> for crate::core::dataset::Segment {
    fn from(g: MemberGroup) -> Self {
        use crate::core::dataset::Segment;
        match g {
            MemberGroup::Pu => Segment::Pu,
            MemberGroup::Bpu => Segment::Bpu,
            MemberGroup::Jakon => Segment::Jakon,
            MemberGroup::Pmi => Segment::Pmi,
        }
    }
}

/// A rule and the regulation that sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Short citation as Indonesians write it: "PP 82/2019", "Permenaker 4/2022".
    pub regulation: &'static str,
    /// ISO date (partial allowed: "2015", "2024-03", "2019-12-02") from which
    /// the rule applies, or the regulation's date where that is all we know.
    pub date: &'static str,
    /// Extra detail about the citation (article, what it amends, doubts).
    pub note: Option<Tr>,
}

impl Rule {
    pub const fn new(regulation: &'static str, date: &'static str) -> Rule {
        Rule {
            regulation,
            date,
            note: None,
        }
    }

    pub const fn with_note(mut self, id: &'static str, en: &'static str) -> Rule {
        self.note = Some(Tr::new(id, en));
        self
    }
}

/// A public source of the content, by its name in content/sources.toml:
/// who published it, with title, URL and date where known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentSource {
    /// Lower-case, hyphenated and stable: "kompas-2022-12-02".
    pub id: &'static str,
    pub source: Source,
}

/// One short statement on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub text: Tr,
    /// The regulation behind the statement, if any.
    pub rule: Option<Rule>,
    /// The public sources that reported it (we read news, not the gazette):
    /// shown as "dilaporkan oleh / reported by", with their titles linked.
    pub sources: &'static [&'static ContentSource],
    /// Where the rule changed: what it was before, and when that ended.
    pub before: Option<Tr>,
    /// Disputed or unverified: the UI shows "belum terverifikasi / not verified".
    pub uncertain: bool,
    /// An amount that changes by date, stated once in the core's dated rules
    /// (`core::rules`) and shown under the text for the reader's month. The
    /// text itself never repeats the number, so page and checker cannot disagree.
    pub fact: Option<Fact>,
}

/// Amounts that depend on the month, rendered by `core::rules::fact_text`
/// from the same dated rules the checker uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fact {
    /// The JP wage cap in force (PP 45/2015 Pasal 29), with its month.
    JpWageCap,
    /// The lowest monthly JP pension in force.
    JpMinPension,
    /// BPU JKK by income band (1% of the band's base income).
    BpuJkk,
    /// BPU JKM (flat amount).
    BpuJkm,
    /// BPU optional JHT (2% of the band's base income).
    BpuJht,
    /// BPU minimum for JKK + JKM, with the PP 50/2025 discount when it applies.
    BpuMinimum,
    /// The PP 50/2025 discount periods (transport, other sectors).
    BpuDiscount,
    /// Construction: JKK and JKM by contract value (marginal bands).
    JakonContractRates,
    /// Construction: JKK and JKM as a share of wages, where wages are known.
    JakonWageRates,
    /// Migrant workers: contributions before and during/after placement, by contract length.
    PmiContributions,
    /// Migrant workers: the optional JHT amounts.
    PmiJht,
}

impl Item {
    pub const fn new(id: &'static str, en: &'static str) -> Item {
        Item {
            text: Tr::new(id, en),
            rule: None,
            sources: &[],
            before: None,
            uncertain: false,
            fact: None,
        }
    }

    /// Shows the current value of a dated amount under this statement.
    pub const fn fact(mut self, fact: Fact) -> Item {
        self.fact = Some(fact);
        self
    }

    pub const fn rule(mut self, rule: Rule) -> Item {
        self.rule = Some(rule);
        self
    }

    pub const fn sources(mut self, sources: &'static [&'static ContentSource]) -> Item {
        self.sources = sources;
        self
    }

    pub const fn before(mut self, id: &'static str, en: &'static str) -> Item {
        self.before = Some(Tr::new(id, en));
        self
    }

    pub const fn unverified(mut self) -> Item {
        self.uncertain = true;
        self
    }
}

/// What a section is about, so the UI can pick icons or anchors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// What the program pays.
    Pays,
    /// Who can join.
    WhoCanJoin,
    /// Who pays how much.
    Contributions,
    /// How to claim.
    HowToClaim,
    /// Which documents are needed.
    Documents,
    /// The regulations in force.
    Regulations,
    /// Anything else (used on the regional-role page).
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    /// Stable anchor for links: "bayar", "ikut", "iuran", "klaim", "dokumen", "aturan".
    pub anchor: &'static str,
    pub heading: Tr,
    pub items: &'static [Item],
}

/// Whether a segment takes part in a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Participation {
    Required,
    Optional,
    /// Required for some members of the segment only (see the note).
    Depends,
    NotIncluded,
}

impl Participation {
    pub const fn label(self) -> Tr {
        match self {
            Participation::Required => Tr::new("Wajib", "Required"),
            Participation::Optional => Tr::new("Boleh ikut", "Optional"),
            Participation::Depends => Tr::new("Tergantung", "It depends"),
            Participation::NotIncluded => Tr::new("Tidak ikut", "Not included"),
        }
    }
}

/// One row of a program's "who can join" table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    pub segment: MemberGroup,
    pub status: Participation,
    pub note: Option<Tr>,
    pub rule: Option<Rule>,
}
/// The explainer page of one program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgramPage {
    pub program: Program,
    pub name: Tr,
    /// Two short sentences for cards and link previews.
    pub summary: Tr,
    /// One row per segment, in [`MemberGroup::ALL`] order.
    pub membership: &'static [Membership],
    pub sections: &'static [Section],
}

impl ProgramPage {
    pub const fn slug(&self) -> &'static str {
        self.program.slug()
    }

    pub const fn code(&self) -> &'static str {
        self.program.code()
    }

    pub fn section(&self, kind: SectionKind) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    pub fn membership_of(&self, segment: MemberGroup) -> Option<&'static Membership> {
        self.membership.iter().find(|m| m.segment == segment)
    }
}

/// A free-standing explainer page (the regional government's role).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub slug: &'static str,
    pub title: Tr,
    pub summary: Tr,
    pub sections: &'static [Section],
}

/// A glossary entry. Slugs are stable: region pages link to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// Lower-case kebab-case, never renamed: "pekerja-rentan".
    pub slug: &'static str,
    /// The term as written: "BPU", "Dana Desa".
    pub term: &'static str,
    /// The Indonesian long form of an abbreviation: "Bukan Penerima Upah".
    pub long_name: Option<&'static str>,
    pub definition: Tr,
    /// Slugs of related entries.
    pub see_also: &'static [&'static str],
    /// Other ways people write the term, for [`glossary_lookup`].
    pub aliases: &'static [&'static str],
    /// The public sources that reported the definition, if any.
    pub sources: &'static [&'static ContentSource],
}

impl GlossaryEntry {
    /// Every way the entry is written: slug, term, long name and aliases.
    pub fn written_forms(&self) -> impl Iterator<Item = &'static str> {
        [self.slug, self.term]
            .into_iter()
            .chain(self.long_name)
            .chain(self.aliases.iter().copied())
    }

    /// The program page this entry explains, if it is one of the five programs.
    pub fn program(&self) -> Option<Program> {
        Program::from_slug(self.slug)
    }
}

// ---------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------

/// The program page for a slug ("jkk" ... "jkp"), case-insensitive.
pub fn program(slug: &str) -> Option<&'static ProgramPage> {
    Program::from_slug(slug).map(Program::page)
}

/// The glossary entry with this exact slug (case-insensitive).
pub fn glossary_entry(slug: &str) -> Option<&'static GlossaryEntry> {
    let s = slug.trim();
    GLOSSARY.iter().find(|e| e.slug.eq_ignore_ascii_case(s))
}

/// Finds an entry by how a term is written in text: its slug, term, long
/// name or an alias ("honorer" finds `non-asn`). Case and surrounding spaces
/// are ignored.
pub fn glossary_lookup(term: &str) -> Option<&'static GlossaryEntry> {
    glossary_lookup_in(&GLOSSARY, term)
}

/// [`glossary_lookup`] in any list of entries (the content check uses it on
/// the glossary it is given).
pub fn glossary_lookup_in<'a>(glossary: &'a [GlossaryEntry], term: &str) -> Option<&'a GlossaryEntry> {
    let t = term.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    glossary
        .iter()
        .find(|e| e.written_forms().any(|f| f.to_lowercase() == t))
}

// ---------------------------------------------------------------------------
// Section headings (the same on every programme page)
// ---------------------------------------------------------------------------

/// A programme page's section: its anchor and heading follow from its kind.
const fn section(kind: SectionKind, items: &'static [Item]) -> Section {
    let (anchor, heading) = match kind {
        SectionKind::Pays => ("bayar", Tr::new("Apa yang dibayar", "What it pays")),
        SectionKind::WhoCanJoin => ("ikut", Tr::new("Siapa bisa ikut", "Who can join")),
        SectionKind::Contributions => ("iuran", Tr::new("Siapa membayar berapa", "Who pays how much")),
        SectionKind::HowToClaim => ("klaim", Tr::new("Cara klaim", "How to claim")),
        SectionKind::Documents => ("dokumen", Tr::new("Dokumen yang perlu disiapkan", "Documents you need")),
        SectionKind::Regulations => ("aturan", Tr::new("Aturan yang berlaku", "Rules in force")),
        SectionKind::Other => ("lain", Tr::new("Lainnya", "Other")),
    };
    Section {
        kind,
        anchor,
        heading,
        items,
    }
}

/// A section of a free-standing page, with its own anchor and heading.
const fn other(anchor: &'static str, id: &'static str, en: &'static str, items: &'static [Item]) -> Section {
    Section {
        kind: SectionKind::Other,
        anchor,
        heading: Tr::new(id, en),
        items,
    }
}

/// The regional-role page's URL slug (a route: not content to edit).
const REGIONAL_ROLE_SLUG: &str = "peran-pemda";

// ---------------------------------------------------------------------------
// The content: regulations, sources, pages and glossary, compiled from
// content/*.toml by build.rs
// ---------------------------------------------------------------------------

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The source with this name ("kompas-2022-12-02"), if content/sources.toml has it.
pub fn source(id: &str) -> Option<&'static ContentSource> {
    SOURCES.binary_search_by(|s| s.id.cmp(id)).ok().map(|i| &SOURCES[i])
}

/// The regulation constant with this name ("PP_82_2019"), as content files cite it.
pub fn regulation(name: &str) -> Option<Rule> {
    REGULATIONS.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
}

// ---------------------------------------------------------------------------
// Glossary terms inside running text
// ---------------------------------------------------------------------------

/// A run of text: plain, or a glossary term to link to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextPart<'a> {
    Plain(&'a str),
    Term(&'a str, &'static GlossaryEntry),
}

/// What is looked for in text: every entry's term and Indonesian long name.
/// Abbreviations written in capitals ("PU", "KK") match only in capitals;
/// other terms ("Pekerja rentan", "ahli waris") in any case. Longest first.
fn glossary_needles() -> &'static [(&'static str, bool, &'static GlossaryEntry)] {
    static NEEDLES: std::sync::OnceLock<Vec<(&'static str, bool, &'static GlossaryEntry)>> = std::sync::OnceLock::new();
    NEEDLES.get_or_init(|| {
        let mut v = Vec::new();
        for e in GLOSSARY.iter() {
            for needle in std::iter::once(e.term).chain(e.long_name) {
                if needle.is_ascii() && needle.len() >= 2 {
                    let case_sensitive = !needle.chars().any(|c| c.is_ascii_lowercase());
                    v.push((needle, case_sensitive, e));
                }
            }
        }
        crate::core::order::sort_by(&mut v, |a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        v
    })
}

/// Splits `text` into plain runs and glossary terms, whole words only. Each
/// entry is linked once: its slug goes into `linked`, and entries already
/// there (or listed beforehand, such as the page's own topic) stay plain.
/// Call with the same `linked` for every text of a page to link each term
/// at its first use only.
pub fn glossary_parts<'a>(text: &'a str, linked: &mut std::collections::HashSet<&'static str>) -> Vec<TextPart<'a>> {
    let needles = glossary_needles();
    let bytes = text.as_bytes();
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut parts = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while i < text.len() {
        let before = text[..i].chars().next_back();
        let mut matched = None;
        if !word_char(before) {
            for &(needle, case_sensitive, entry) in needles {
                let n = needle.len();
                if i + n > bytes.len() || linked.contains(entry.slug) {
                    continue;
                }
                let candidate = &bytes[i..i + n];
                let same = if case_sensitive {
                    candidate == needle.as_bytes()
                } else {
                    candidate.eq_ignore_ascii_case(needle.as_bytes())
                };
                // An ASCII match ends on a char boundary.
                if same && !word_char(text[i + n..].chars().next()) {
                    matched = Some((n, entry));
                    break;
                }
            }
        }
        match matched {
            Some((n, entry)) => {
                if plain_from < i {
                    parts.push(TextPart::Plain(&text[plain_from..i]));
                }
                parts.push(TextPart::Term(&text[i..i + n], entry));
                linked.insert(entry.slug);
                i += n;
                plain_from = i;
            }
            None => {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    if plain_from < text.len() {
        parts.push(TextPart::Plain(&text[plain_from..]));
    }
    parts
}

#[cfg(test)]
mod glossary_text_tests {
    use super::*;
    use std::collections::HashSet;

    fn terms(text: &str, linked: &mut HashSet<&'static str>) -> Vec<(String, &'static str)> {
        glossary_parts(text, linked)
            .into_iter()
            .filter_map(|p| match p {
                TextPart::Term(t, e) => Some((t.to_string(), e.slug)),
                TextPart::Plain(_) => None,
            })
            .collect()
    }

    #[test]
    fn finds_whole_words_once() {
        let mut seen = HashSet::new();
        let t = "Pekerja BPU dan PU. Iuran pekerja rentan dari APBD; lagi PU dan APBDes.";
        assert_eq!(
            terms(t, &mut seen),
            [
                ("BPU".to_string(), "bpu"),
                ("PU".to_string(), "pu"),
                ("pekerja rentan".to_string(), "pekerja-rentan"),
                ("APBD".to_string(), "apbd"),
                ("APBDes".to_string(), "apbdes"),
            ]
        );
        // Already linked on this page: plain the second time.
        assert!(terms("PU dan BPU", &mut seen).is_empty());
    }

    #[test]
    fn keeps_text_intact_and_respects_case_and_words() {
        let mut seen = HashSet::new();
        let t = "Kartu keluarga (KK) untuk JKK — “Bukan Penerima Upah” ok; kk kecil tidak.";
        let parts = glossary_parts(t, &mut seen);
        let joined: String = parts
            .iter()
            .map(|p| match p {
                TextPart::Plain(s) | TextPart::Term(s, _) => *s,
            })
            .collect();
        assert_eq!(joined, t);
        let mut seen = HashSet::new();
        let found = terms(t, &mut seen);
        // The long name comes first, so it is the one linked.
        assert!(found.contains(&("Kartu keluarga".to_string(), "kk")));
        assert!(found.contains(&("JKK".to_string(), "jkk")));
        assert!(found.contains(&("Bukan Penerima Upah".to_string(), "bpu")));
        // "kk" in lower case is not the abbreviation; "KK" inside "JKK" is not a word.
        assert_eq!(found.iter().filter(|(_, s)| *s == "kk").count(), 1);
    }

    #[test]
    fn skips_preset_slugs() {
        let mut seen: HashSet<&'static str> = ["jkk"].into_iter().collect();
        assert!(terms("JKK untuk PLKK", &mut seen).iter().all(|(_, s)| *s != "jkk"));
    }
}
