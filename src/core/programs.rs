//! The five BPJS Ketenagakerjaan programs (JKK, JKM, JHT, JP, JKP), the
//! regional government's role (Inpres 2/2021, coverage measurement) and the
//! glossary, as static bilingual content for the explainer pages.
//!
//! Everything here is `'static` const data: no allocation at startup. Every
//! sentence is our own plain-language wording (Indonesian first, then
//! English), written from `research/programs.md`. Each rule names its
//! regulation and date ([`Rule`]); the news outlet that reported it is kept
//! as "reported by" ([`Item::reported_by`]). Items the research marks as
//! disputed or unverified carry `uncertain: true`, which the UI must show as
//! "belum terverifikasi / not verified".
//!
//! The checker's numbers (contribution rates, caps, benefit amounts) live in
//! [`crate::core::benefits`]; tests there check that both files agree.

use crate::core::lang::Tr;

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
pub enum Segment {
    /// Penerima Upah: wage earners, registered by their employer.
    Pu,
    /// Bukan Penerima Upah: self-employed and informal workers.
    Bpu,
    /// Jasa Konstruksi: workers on construction projects.
    Jakon,
    /// Pekerja Migran Indonesia: Indonesians working abroad.
    Pmi,
}

impl Segment {
    pub const ALL: [Segment; 4] = [Segment::Pu, Segment::Bpu, Segment::Jakon, Segment::Pmi];

    /// URL value and glossary slug: "pu", "bpu", "jakon", "pmi".
    pub const fn slug(self) -> &'static str {
        match self {
            Segment::Pu => "pu",
            Segment::Bpu => "bpu",
            Segment::Jakon => "jakon",
            Segment::Pmi => "pmi",
        }
    }

    /// Case-insensitive; `None` for anything else.
    pub fn from_slug(slug: &str) -> Option<Segment> {
        let s = slug.trim();
        Segment::ALL.into_iter().find(|g| g.slug().eq_ignore_ascii_case(s))
    }

    /// Abbreviation as written in Indonesian sources: "PU".
    pub const fn code(self) -> &'static str {
        match self {
            Segment::Pu => "PU",
            Segment::Bpu => "BPU",
            Segment::Jakon => "Jakon",
            Segment::Pmi => "PMI",
        }
    }

    /// Plain name of the group.
    pub const fn name(self) -> Tr {
        match self {
            Segment::Pu => Tr::new("Penerima upah (PU)", "Wage earners (PU)"),
            Segment::Bpu => Tr::new(
                "Pekerja mandiri atau informal (BPU)",
                "Self-employed and informal workers (BPU)",
            ),
            Segment::Jakon => Tr::new(
                "Pekerja proyek konstruksi (Jakon)",
                "Construction project workers (Jakon)",
            ),
            Segment::Pmi => Tr::new("Pekerja migran (PMI)", "Migrant workers (PMI)"),
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

/// One short statement on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub text: Tr,
    /// The regulation behind the statement, if any.
    pub rule: Option<Rule>,
    /// The public source that reported it (we read news, not the gazette):
    /// shown as "dilaporkan oleh / reported by".
    pub reported_by: Option<&'static str>,
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
            reported_by: None,
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

    pub const fn by(mut self, reported_by: &'static str) -> Item {
        self.reported_by = Some(reported_by);
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
pub enum Status {
    Required,
    Optional,
    /// Required for some members of the segment only (see the note).
    Depends,
    NotIncluded,
}

impl Status {
    pub const fn label(self) -> Tr {
        match self {
            Status::Required => Tr::new("Wajib", "Required"),
            Status::Optional => Tr::new("Boleh ikut", "Optional"),
            Status::Depends => Tr::new("Tergantung", "It depends"),
            Status::NotIncluded => Tr::new("Tidak ikut", "Not included"),
        }
    }
}

/// One row of a program's "who can join" table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    pub segment: Segment,
    pub status: Status,
    pub note: Option<Tr>,
    pub rule: Option<Rule>,
}

const fn member(segment: Segment, status: Status, rule: Rule) -> Membership {
    Membership {
        segment,
        status,
        note: None,
        rule: Some(rule),
    }
}

const fn member_note(segment: Segment, status: Status, rule: Rule, id: &'static str, en: &'static str) -> Membership {
    Membership {
        segment,
        status,
        note: Some(Tr::new(id, en)),
        rule: Some(rule),
    }
}

/// The explainer page of one program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgramPage {
    pub program: Program,
    pub name: Tr,
    /// Two short sentences for cards and link previews.
    pub summary: Tr,
    /// One row per segment, in [`Segment::ALL`] order.
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

    pub fn membership_of(&self, segment: Segment) -> Option<&'static Membership> {
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
    pub reported_by: Option<&'static str>,
}

impl GlossaryEntry {
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
    let t = term.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    GLOSSARY.iter().find(|e| {
        e.slug == t
            || e.term.to_lowercase() == t
            || e.long_name.is_some_and(|l| l.to_lowercase() == t)
            || e.aliases.iter().any(|a| a.to_lowercase() == t)
    })
}

// ---------------------------------------------------------------------------
// Regulations (shared with the checker)
// ---------------------------------------------------------------------------

/// JKK and JKM: the original regulation, with the contribution rates.
pub const PP_44_2015: Rule = Rule::new("PP 44/2015", "2015");
/// Second amendment of PP 44/2015, promulgated 6 October 2023 (contribution
/// recomposition for JKP participants; Pasal 16A, 18A, 25A, 25B).
pub const PP_49_2023: Rule =
    Rule::new("PP 49/2023", "2023-10-06").with_note("Perubahan kedua PP 44/2015.", "Second amendment of PP 44/2015.");
/// BPU JKK: the income bands of Lampiran II PP 44/2015 (as amended, last by PP 49/2023).
pub const PP_44_2015_LAMPIRAN_II: Rule = Rule::new("PP 44/2015 Lampiran II", "2015").with_note(
    "Diubah terakhir oleh PP 49/2023. Tabel lengkapnya belum bisa kami baca.",
    "Last amended by PP 49/2023. We could not read the full table.",
);
/// The 50% BPU JKK and JKM discount; signed and promulgated 22 December 2025.
pub const PP_50_2025: Rule = Rule::new("PP 50/2025", "2025-12-22")
    .with_note("Pasal 3 dan Pasal 4 ayat 1.", "Article 3 and Article 4(1).");
/// JP wage cap: first amount and yearly indexation (Pasal 29 ayat 2–4).
pub const PP_45_2015_PASAL_29: Rule =
    Rule::new("PP 45/2015", "2015-07").with_note("Pasal 29 ayat 2–4.", "Article 29(2)–(4).");
/// JP minimum and maximum pension, indexed yearly (Pasal 18 ayat 3).
pub const PP_45_2015_PASAL_18: Rule =
    Rule::new("PP 45/2015", "2015-07").with_note("Pasal 18 ayat 3.", "Article 18(3).");
/// JHT partial claim: at most 30% for housing or 10% for other needs, once, after 10 years.
pub const PP_46_2015_PASAL_22: Rule =
    Rule::new("PP 46/2015", "2015").with_note("Pasal 22 ayat 4–6.", "Article 22(4)–(6).");
/// BPJS's restatement of the construction rates (Perdir 22/PERDIR.02/072022).
pub const PERDIR_22_2022: Rule = Rule::new("Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022", "2022-07");
/// The construction bands restated in the 2020 relief regulation (Pasal 11–12).
pub const PP_49_2020: Rule =
    Rule::new("PP 49/2020", "2020").with_note("Pasal 11–12 memuat tabel yang sama.", "Articles 11–12 restate the same table.");
/// JKP eligibility after PP 6/2025: JKN-PPU requirement dropped (Pasal 4).
pub const PP_6_2025_PASAL_4: Rule = Rule::new("PP 6/2025", "2025-02-07").with_note("Pasal 4.", "Article 4.");
/// JKP contribution condition after PP 6/2025 (Pasal 19; article number inferred).
pub const PP_6_2025_PASAL_19: Rule = Rule::new("PP 6/2025", "2025-02-07").with_note(
    "Pasal 19. Nomor pasal kami simpulkan dari daftar pasal yang diubah.",
    "Article 19. The article number is inferred from the list of amended articles.",
);
/// JKP: contribution 0.36% (Pasal 11).
pub const PP_6_2025_PASAL_11: Rule = Rule::new("PP 6/2025", "2025-02-07").with_note("Pasal 11.", "Article 11.");
/// Migrant workers: JKK cash benefits (Pasal 34).
pub const PERMENAKER_4_2023_PASAL_34: Rule =
    Rule::new("Permenaker 4/2023", "2023-02-22").with_note("Pasal 34.", "Article 34.");
/// JKK and JKM as amended; in force 2 December 2019.
pub const PP_82_2019: Rule =
    Rule::new("PP 82/2019", "2019-12-02").with_note("Mengubah PP 44/2015.", "Amends PP 44/2015.");
/// JKK claim deadline: Pasal 26 of PP 82/2019.
pub const PP_82_2019_PASAL_26: Rule = Rule::new("PP 82/2019", "2019-12-02").with_note("Pasal 26.", "Article 26.");
/// BPU contributions: the JKK/JKM regulation as amended.
pub const PP_44_2015_BPU: Rule = Rule::new("PP 44/2015 jo. PP 82/2019", "2019-12-02").with_note(
    "Riset kami tidak memuat tabel golongan penghasilan BPU. Kami memakai 1% dari penghasilan, paling sedikit Rp10.000.",
    "Our research does not include the BPU income-band table. We use 1% of income, at least Rp10,000.",
);
/// BPU fixed amounts (JKM Rp6,800): the same regulation, without the income-band caveat.
pub const PP_44_2015_BPU_FIXED: Rule = Rule::new("PP 44/2015 jo. PP 82/2019", "2019-12-02");
/// JKK/JKM procedures, and the scholarship amounts; effective 1 April 2021.
pub const PERMENAKER_5_2021: Rule = Rule::new("Permenaker 5/2021", "2021-04-01");
/// JHT: contribution rates.
pub const PP_46_2015: Rule = Rule::new("PP 46/2015", "2015");
/// JHT: amendment of PP 46/2015.
pub const PP_60_2015: Rule = Rule::new("PP 60/2015", "2015");
/// JHT: the withdrawn rule.
pub const PERMENAKER_2_2022: Rule = Rule::new("Permenaker 2/2022", "2022-02-04")
    .with_note("Dicabut sebelum berlaku.", "Withdrawn before it took effect.");
/// JHT: the payment rules in force.
pub const PERMENAKER_4_2022: Rule = Rule::new("Permenaker 4/2022", "2022-04-26");
/// JP: the pension regulation.
pub const PP_45_2015: Rule = Rule::new("PP 45/2015", "2015");
/// JP: pension age (Pasal 15).
pub const PP_45_2015_PASAL_15: Rule = Rule::new("PP 45/2015", "2015").with_note("Pasal 15.", "Article 15.");
/// JP: the wage cap and minimum pension in force from March 2024.
pub const PP_45_2015_INDEX_2024: Rule = Rule::new("PP 45/2015", "2024-03").with_note(
    "Batas upah dan pensiun minimum disesuaikan tiap tahun. Angka ini berlaku sejak Maret 2024.",
    "The wage cap and minimum pension are indexed every year. These figures apply from March 2024.",
);
/// JP: procedures.
pub const PERMENAKER_29_2015: Rule = Rule::new("Permenaker 29/2015", "2015");
/// JKP: the original regulation (eligibility rules reported under it).
pub const PP_37_2021: Rule = Rule::new("PP 37/2021", "2021");
/// JKP eligibility, reported under PP 37/2021.
pub const PP_37_2021_ELIGIBILITY: Rule = Rule::new("PP 37/2021", "2021").with_note(
    "Dilaporkan untuk PP 37/2021. Kami belum memeriksa apakah PP 6/2025 mengubahnya.",
    "Reported under PP 37/2021. We have not checked whether PP 6/2025 changed it.",
);
/// JKP as amended; signed and in force 7 February 2025.
pub const PP_6_2025: Rule =
    Rule::new("PP 6/2025", "2025-02-07").with_note("Mengubah PP 37/2021.", "Amends PP 37/2021.");
/// JKP: the 60% rule. Sources disagree on the article number.
pub const PP_6_2025_CASH: Rule = Rule::new("PP 6/2025", "2025-02-07").with_note(
    "Sumber menyebut Pasal 21 ayat 1 atau Pasal 22 ayat 1.",
    "Sources cite either Article 21(1) or Article 22(1).",
);
/// JKP: claim window and loss of the right (Pasal 40).
pub const PP_6_2025_PASAL_40: Rule = Rule::new("PP 6/2025", "2025-02-07").with_note("Pasal 40.", "Article 40.");
/// JKP: benefits despite unpaid contributions (new Pasal 39A).
pub const PP_6_2025_PASAL_39A: Rule =
    Rule::new("PP 6/2025", "2025-02-07").with_note("Pasal 39A (baru).", "Article 39A (new).");
/// JKP procedures. Not checked whether it was updated after PP 6/2025.
pub const PERMENAKER_15_2021: Rule = Rule::new("Permenaker 15/2021", "2021");
/// Construction projects (Jasa Konstruksi).
pub const PERMENAKER_44_2015: Rule = Rule::new("Permenaker 44/2015", "2015");
/// Migrant workers; in force 22 February 2023.
pub const PERMENAKER_4_2023: Rule = Rule::new("Permenaker 4/2023", "2023-02-22");
/// Migrant-worker contributions: Pasal 18.
pub const PERMENAKER_4_2023_PASAL_18: Rule =
    Rule::new("Permenaker 4/2023", "2023-02-22").with_note("Pasal 18.", "Article 18.");
/// Employer sanctions.
pub const PP_86_2013: Rule = Rule::new("PP 86/2013", "2013");
/// Presidential instruction on optimising jamsostek; signed 25 March 2021.
pub const INPRES_2_2021: Rule = Rule::new("Inpres 2/2021", "2021-03-25");
/// 2022 regional budget guideline.
pub const PERMENDAGRI_27_2021: Rule = Rule::new("Permendagri 27/2021", "2021");
/// Home Affairs circular of 11 November 2021.
pub const SE_MENDAGRI_842: Rule = Rule::new("SE Mendagri 842.2/5193/SJ", "2021-11-11");
/// Village budgets may pay premiums for village officials.
pub const PERMENDAGRI_20_2018: Rule = Rule::new("Permendagri 20/2018", "2018");
/// Village law amendment.
pub const UU_3_2024: Rule = Rule::new("UU 3/2024", "2024");
/// Kendal regent regulation.
pub const PERBUP_KENDAL_45_2025: Rule = Rule::new("Perbup Kendal 45/2025", "2025");
/// Extreme poverty; signed 8 June 2022, valid until 31 December 2024.
pub const INPRES_4_2022: Rule = Rule::new("Inpres 4/2022", "2022-06-08")
    .with_note("Berlaku sampai 31 Desember 2024.", "Valid until 31 December 2024.");
/// Poverty instruction of 27 March 2025.
pub const INPRES_8_2025: Rule = Rule::new("Inpres 8/2025", "2025-03-27");

// ---------------------------------------------------------------------------
// Program pages
// ---------------------------------------------------------------------------

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

const fn other(anchor: &'static str, id: &'static str, en: &'static str, items: &'static [Item]) -> Section {
    Section {
        kind: SectionKind::Other,
        anchor,
        heading: Tr::new(id, en),
        items,
    }
}

use SectionKind::*;

const STAR_GRID_RATES: &str = "star.grid.id, 17-03-2023 (mengutip situs BPJS Ketenagakerjaan); parapuan.co";
const BPU_RATES: &str = "radarmukomuko; fame.grid.id";
const BPU_JHT: &str = "IDN Times Jateng; Kompas, 02-12-2022";
const JAKON_RATES: &str = "star.grid.id";
const PMI_SOURCES: &str = "pasal.id; inforegulasi; apakabaronline";

static JKK_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "Biaya berobat ditanggung sesuai kebutuhan medis. Tidak ada batas biaya.",
            "Medical care is paid for as medically needed. There is no cost limit.",
        )
        .rule(PP_82_2019)
        .by("Kompas, 02-12-2022"),
        Item::new(
            "Perawatan di rumah juga ditanggung, paling lama 1 tahun dan paling banyak Rp20 juta.",
            "Care at home is also covered, for up to 1 year and up to Rp20 million.",
        )
        .rule(PP_82_2019)
        .by("ehukum.com, 2019")
        .before("Perawatan di rumah baru ada sejak PP 82/2019.", "Home care was added by PP 82/2019."),
        Item::new(
            "Selama belum bisa bekerja, upah diganti penuh pada 12 bulan pertama. Sesudah itu diganti separuh sampai sembuh.",
            "While you cannot work, your full wage is paid for the first 12 months. After that, half your wage is paid until you recover.",
        )
        .rule(PP_82_2019)
        .by("Kompas, 2022; Tribun Batam, 2022"),
        Item::new(
            "Jika pekerja meninggal karena kecelakaan kerja, ahli waris menerima 48 kali upah sebulan. Jumlahnya paling sedikit sama dengan JKM, yaitu Rp42 juta.",
            "If a worker dies in a work accident, the heirs receive 48 times the monthly wage. This is at least the JKM amount of Rp42 million.",
        )
        .rule(PP_82_2019.with_note("60% × 80 × upah sebulan.", "60% × 80 × monthly wage."))
        .by("star.gridtechno, 30-11-2022; detik, 08-10-2021"),
        Item::new(
            "Ahli waris juga menerima biaya pemakaman Rp10 juta dan santunan berkala Rp12 juta.",
            "The heirs also receive Rp10 million for the funeral and Rp12 million in periodic support.",
        )
        .rule(PP_82_2019)
        .by("star.gridtechno, 30-11-2022; detik, 08-10-2021"),
        Item::new(
            "Jika pekerja cacat total tetap, ia menerima 56 kali upah sebulan.",
            "A worker left totally and permanently disabled receives 56 times the monthly wage.",
        )
        .rule(PP_82_2019.with_note("70% × 80 × upah sebulan.", "70% × 80 × monthly wage."))
        .by("star.gridtechno, 30-11-2022; detik, 08-10-2021"),
        Item::new(
            "Jika pekerja meninggal karena kecelakaan kerja, paling banyak dua anak mendapat beasiswa. Tidak ada syarat lama iuran.",
            "If a worker dies in a work accident, up to two children get a scholarship. There is no minimum contribution period.",
        )
        .rule(PP_82_2019)
        .by("Harian Jogja; beritau.id, 2024"),
    ]),
    section(WhoCanJoin, &[
        Item::new(
            "Semua kelompok peserta ikut JKK: penerima upah, pekerja mandiri, pekerja proyek konstruksi dan pekerja migran.",
            "Every group of members has JKK: wage earners, the self-employed, construction project workers and migrant workers.",
        ),
        Item::new(
            "Di proyek konstruksi, pekerja harian, borongan dan kontrak dilindungi lewat proyeknya.",
            "On construction projects, day labourers, piece-rate and contract workers are covered through the project.",
        )
        .rule(PERMENAKER_44_2015)
        .by("pasal.id"),
        Item::new("Bagi pekerja migran, JKK wajib.", "For migrant workers, JKK is compulsory.")
            .rule(PERMENAKER_4_2023)
            .by(PMI_SOURCES),
    ]),
    section(Contributions, &[
        Item::new(
            "Penerima upah tidak membayar JKK. Pemberi kerja membayar semuanya.",
            "Wage earners pay nothing for JKK. The employer pays all of it.",
        )
        .rule(PP_44_2015)
        .by(STAR_GRID_RATES),
        Item::new(
            "Besarnya tergantung kelompok risiko tempat kerja: 0,24%, 0,54%, 0,89%, 1,27% atau 1,74% dari upah sebulan.",
            "The rate depends on the workplace's risk group: 0.24%, 0.54%, 0.89%, 1.27% or 1.74% of the monthly wage.",
        )
        .rule(PP_44_2015)
        .by(STAR_GRID_RATES),
        Item::new(
            "Pekerja mandiri (BPU) membayar sendiri 1% dari penghasilan yang dilaporkan, paling sedikit Rp10.000 sebulan.",
            "Self-employed workers (BPU) pay 1% of the income they report, at least Rp10,000 a month.",
        )
        .rule(PP_44_2015_BPU)
        .by(BPU_RATES),
        Item::new(
            "Untuk proyek konstruksi, kontraktor membayar 0,21% dari nilai kontrak, jika kontraknya sampai Rp100 juta. Kontrak yang lebih besar memakai tarif lebih rendah.",
            "For construction projects, the contractor pays 0.21% of the contract value, for contracts up to Rp100 million. Larger contracts use lower rates.",
        )
        .rule(PERMENAKER_44_2015)
        .by(JAKON_RATES),
        Item::new(
            "Pekerja migran: JKK dan JKM bersama Rp370.000 untuk kontrak 24 bulan.",
            "Migrant workers: JKK and JKM together cost Rp370,000 for a 24-month contract.",
        )
        .rule(PERMENAKER_4_2023_PASAL_18)
        .by("pasal.id"),
    ]),
    section(HowToClaim, &[
        Item::new(
            "Kecelakaan dilaporkan ke BPJS Ketenagakerjaan paling lambat 2×24 jam. Ini laporan tahap I.",
            "The accident is reported to BPJS Ketenagakerjaan within 2×24 hours. This is the stage I report.",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Berobatlah di PLKK: rumah sakit atau klinik yang bekerja sama dengan BPJS Ketenagakerjaan. Anda tidak perlu membayar dulu.",
            "Get treatment at a PLKK: a hospital or clinic that works with BPJS Ketenagakerjaan. You do not have to pay first.",
        )
        .by("solotrust, 2018; iNews Medan, 2024"),
        Item::new(
            "Santunan uang diurus di kantor cabang BPJS Ketenagakerjaan.",
            "Cash benefits are claimed at a BPJS Ketenagakerjaan branch office.",
        ),
        Item::new("Batas waktu klaim adalah 5 tahun.", "You have 5 years to claim.")
            .rule(PP_82_2019_PASAL_26)
            .by("Harian Jogja, 23-12-2019; spn.or.id")
            .before("Sebelum PP 82/2019, batasnya 2 tahun.", "Before PP 82/2019, the limit was 2 years."),
    ]),
    section(Documents, &[
        Item::new(
            "Laporan kecelakaan tahap I dan tahap II.",
            "The stage I and stage II accident reports.",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Formulir dari dokter (formulir 3b atau KK3).",
            "The doctor's form (form 3b or KK3).",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Kronologi kejadian dan daftar hadir kerja.",
            "A written account of what happened, and the attendance record.",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Untuk kecelakaan lalu lintas: laporan polisi.",
            "For a road accident: a police report.",
        )
        .by("Kontan; Tribunnews, 2023"),
    ]),
    section(Regulations, &[
        Item::new(
            "JKK diatur PP 44/2015. Aturan ini diubah oleh PP 82/2019, yang berlaku sejak 2 Desember 2019.",
            "JKK is set by PP 44/2015. It was amended by PP 82/2019, in force since 2 December 2019.",
        )
        .rule(PP_82_2019),
        Item::new(
            "Tata caranya diatur Permenaker 5/2021.",
            "The procedures are in Permenaker 5/2021.",
        )
        .rule(PERMENAKER_5_2021),
    ]),
];

static JKM_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "Jika peserta meninggal bukan karena kecelakaan kerja, ahli waris menerima Rp42 juta.",
            "If a member dies of something other than a work accident, the heirs receive Rp42 million.",
        )
        .rule(PP_82_2019)
        .by("BPJS Ketenagakerjaan (artikel 18126); Harian Jogja"),
        Item::new(
            "Rinciannya: santunan kematian Rp20 juta, santunan berkala Rp12 juta yang dibayar sekaligus, dan biaya pemakaman Rp10 juta.",
            "That is Rp20 million death benefit, Rp12 million periodic support paid at once, and Rp10 million for the funeral.",
        )
        .rule(PP_82_2019)
        .by("BPJS Ketenagakerjaan (artikel 18126); Harian Jogja")
        .before(
            "Sebelum PP 82/2019 jumlahnya jauh lebih kecil. Misalnya, santunan kematian Rp16,2 juta dan biaya pemakaman Rp3 juta.",
            "Before PP 82/2019 the amounts were much smaller. For example, Rp16.2 million death benefit and Rp3 million for the funeral.",
        ),
        Item::new(
            "Paling banyak dua anak mendapat beasiswa. Totalnya sampai Rp87 juta per anak, atau Rp174 juta untuk dua anak.",
            "Up to two children get a scholarship. It totals up to Rp87 million per child, or Rp174 million for two.",
        )
        .rule(PERMENAKER_5_2021)
        .by("cinews.id, 29-03-2024; detik, 2021; lenterasultra, 22-04-2021")
        .before(
            "Sebelum 1 April 2021, beasiswa hanya untuk satu anak, sebesar Rp12 juta.",
            "Before 1 April 2021, the scholarship was for one child only, at Rp12 million.",
        ),
        Item::new(
            "Per anak per tahun: TK Rp1,5 juta (paling lama 2 tahun), SD Rp1,5 juta (6 tahun), SMP Rp2 juta (3 tahun).",
            "Per child per year: kindergarten Rp1.5 million (up to 2 years), primary school Rp1.5 million (6 years), junior high Rp2 million (3 years).",
        )
        .rule(PERMENAKER_5_2021)
        .by("cinews.id, 29-03-2024; detik, 2021"),
        Item::new(
            "SMA Rp3 juta (3 tahun). Kuliah S1 atau pelatihan Rp12 juta (5 tahun).",
            "Senior high Rp3 million (3 years). A bachelor's degree or training Rp12 million (5 years).",
        )
        .rule(PERMENAKER_5_2021)
        .by("cinews.id, 29-03-2024; detik, 2021"),
        Item::new(
            "Beasiswa berhenti jika anak berumur 23 tahun, menikah atau bekerja.",
            "The scholarship stops when the child turns 23, marries or starts work.",
        )
        .rule(PERMENAKER_5_2021)
        .by("cinews.id, 29-03-2024; detik, 2021"),
        Item::new(
            "Untuk kematian yang bukan karena kerja, beasiswa butuh iuran paling sedikit 3 tahun.",
            "For a death not caused by work, the scholarship needs at least 3 years of contributions.",
        )
        .rule(PP_82_2019)
        .by("Harian Jogja; beritau.id, 2024")
        .before("Sebelum PP 82/2019, syaratnya 5 tahun.", "Before PP 82/2019, it was 5 years."),
    ]),
    section(WhoCanJoin, &[
        Item::new(
            "Semua kelompok peserta ikut JKM: penerima upah, pekerja mandiri, pekerja proyek konstruksi dan pekerja migran.",
            "Every group of members has JKM: wage earners, the self-employed, construction project workers and migrant workers.",
        ),
        Item::new("Bagi pekerja migran, JKM wajib.", "For migrant workers, JKM is compulsory.")
            .rule(PERMENAKER_4_2023)
            .by(PMI_SOURCES),
    ]),
    section(Contributions, &[
        Item::new(
            "Penerima upah tidak membayar JKM. Pemberi kerja membayar 0,30% dari upah sebulan.",
            "Wage earners pay nothing for JKM. The employer pays 0.30% of the monthly wage.",
        )
        .rule(PP_44_2015)
        .by(STAR_GRID_RATES),
        Item::new(
            "Pekerja mandiri (BPU) membayar Rp6.800 sebulan.",
            "Self-employed workers (BPU) pay Rp6,800 a month.",
        )
        .rule(PP_44_2015_BPU_FIXED)
        .by(BPU_RATES),
        Item::new(
            "Untuk proyek konstruksi, kontraktor membayar 0,03% dari nilai kontrak, jika kontraknya sampai Rp100 juta.",
            "For construction projects, the contractor pays 0.03% of the contract value, for contracts up to Rp100 million.",
        )
        .rule(PERMENAKER_44_2015)
        .by(JAKON_RATES),
        Item::new(
            "Pekerja migran: sudah termasuk dalam Rp370.000 untuk JKK dan JKM.",
            "Migrant workers: it is part of the Rp370,000 for JKK and JKM.",
        )
        .rule(PERMENAKER_4_2023_PASAL_18)
        .by("pasal.id"),
    ]),
    section(HowToClaim, &[
        Item::new(
            "Ahli waris mengurus klaim JKM dan beasiswa di kantor cabang BPJS Ketenagakerjaan.",
            "The heirs claim JKM and the scholarship at a BPJS Ketenagakerjaan branch office.",
        ),
        Item::new(
            "Siapa ahli waris ditentukan menurut urutan. Lihat \"ahli waris\" di daftar istilah.",
            "Who the heirs are follows a set order. See \"ahli waris\" in the glossary.",
        ),
    ]),
    section(Documents, &[
        Item::new("Kartu peserta (KPJ).", "The membership card (KPJ).").by("Kontan; Tribunnews, 2023"),
        Item::new(
            "KTP peserta dan KTP ahli waris, serta kartu keluarga (KK).",
            "The ID cards (KTP) of the member and the heirs, and the family card (KK).",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new("Akta kematian.", "The death certificate.").by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Surat keterangan ahli waris.",
            "A letter confirming who the heirs are (surat keterangan ahli waris).",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new("Buku nikah.", "The marriage book (buku nikah).").by("Kontan; Tribunnews, 2023"),
    ]),
    section(Regulations, &[
        Item::new(
            "JKM diatur PP 44/2015. Aturan ini diubah oleh PP 82/2019, yang berlaku sejak 2 Desember 2019.",
            "JKM is set by PP 44/2015. It was amended by PP 82/2019, in force since 2 December 2019.",
        )
        .rule(PP_82_2019),
        Item::new(
            "Tata cara dan besar beasiswa diatur Permenaker 5/2021, berlaku sejak 1 April 2021.",
            "The procedures and scholarship amounts are in Permenaker 5/2021, in force since 1 April 2021.",
        )
        .rule(PERMENAKER_5_2021),
    ]),
];

static JHT_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "JHT adalah tabungan. Jumlahnya tidak tetap: semua iuran ditambah hasil pengembangannya.",
            "JHT is savings. There is no fixed amount: you get all contributions plus the returns on them.",
        )
        .rule(PP_46_2015),
        Item::new(
            "Uangnya dibayar sekaligus saat umur 56 tahun, berhenti kerja atau kena PHK, pindah ke luar negeri untuk selamanya, cacat total tetap, atau meninggal.",
            "It is paid at once at age 56, on leaving a job or dismissal (PHK), on moving abroad for good, on total permanent disability, or on death.",
        )
        .rule(PERMENAKER_4_2022),
        Item::new(
            "Pekerja yang berhenti atau kena PHK bisa klaim setelah masa tunggu 1 bulan.",
            "A worker who resigns or is dismissed can claim after a 1-month waiting period.",
        )
        .rule(PERMENAKER_4_2022)
        .by("spkep-spsi.org, 27-04-2022; arzettilaw.co.id; Kompas, 30-04-2022")
        .before(
            "Permenaker 2/2022 (4 Februari 2022) sempat menunda JHT sampai umur 56, walau sudah kena PHK. Aturan itu dicabut oleh Permenaker 4/2022 sebelum berlaku.",
            "Permenaker 2/2022 (4 February 2022) would have delayed JHT until age 56, even after dismissal. Permenaker 4/2022 withdrew it before it took effect.",
        ),
        Item::new(
            "Pekerja kontrak (PKWT) yang kontraknya habis juga bisa klaim. Begitu juga pekerja mandiri (BPU) yang berhenti bekerja.",
            "Contract workers (PKWT) whose contract ends can also claim. So can self-employed workers (BPU) who stop working.",
        )
        .rule(PERMENAKER_4_2022)
        .by("spkep-spsi.org, 27-04-2022; Kompas, 30-04-2022"),
        Item::new(
            "Sebagian saldo bisa diambil lebih awal: 10%, atau 30% untuk rumah. Hanya sekali, setelah 10 tahun menjadi peserta.",
            "Part of the balance can be taken early: 10%, or 30% for housing. Only once, after 10 years of membership.",
        )
        .by("teks situs BPJS Ketenagakerjaan (dataset rizkynindra/chatbot_tk)"),
    ]),
    section(WhoCanJoin, &[
        Item::new("Penerima upah (PU): wajib.", "Wage earners (PU): required.").rule(PP_46_2015),
        Item::new(
            "Pekerja mandiri (BPU): boleh ikut, sebagai tambahan JKK dan JKM.",
            "Self-employed workers (BPU): optional, on top of JKK and JKM.",
        )
        .by(BPU_JHT),
        Item::new("Pekerja migran: boleh ikut.", "Migrant workers: optional.")
            .rule(PERMENAKER_4_2023)
            .by(PMI_SOURCES),
        Item::new(
            "Skema proyek konstruksi hanya mencakup JKK dan JKM.",
            "The construction project scheme covers only JKK and JKM.",
        )
        .rule(PERMENAKER_44_2015),
    ]),
    section(Contributions, &[
        Item::new(
            "Penerima upah: pemberi kerja membayar 3,7% dan pekerja membayar 2% dari upah sebulan. Semuanya masuk tabungan pekerja.",
            "Wage earners: the employer pays 3.7% and the worker pays 2% of the monthly wage. All of it goes into the worker's savings.",
        )
        .rule(PP_46_2015)
        .by(STAR_GRID_RATES),
        Item::new(
            "Pekerja mandiri (BPU): mulai Rp20.000 sebulan. Dengan JKK dan JKM, totalnya mulai Rp36.800.",
            "Self-employed workers (BPU): from Rp20,000 a month. With JKK and JKM, the total starts at Rp36,800.",
        )
        .rule(PP_46_2015)
        .by(BPU_JHT),
        Item::new(
            "Pekerja migran: iuran JHT dipilih antara Rp50.000 dan Rp600.000.",
            "Migrant workers: the JHT contribution is chosen between Rp50,000 and Rp600,000.",
        )
        .rule(PERMENAKER_4_2023)
        .by("inforegulasi; apakabaronline"),
    ]),
    section(HowToClaim, &[
        Item::new(
            "Lewat aplikasi JMO, jika akun sudah nonaktif, data sudah diperbarui, dan saldo paling banyak Rp15 juta.",
            "Through the JMO app, if the account is inactive, your data is up to date and the balance is at most Rp15 million.",
        )
        .by("fame.grid.id; transpantura, 12-2025")
        .before("Sebelum Mei 2025, batas saldonya Rp10 juta.", "Before May 2025, the balance limit was Rp10 million.")
        .unverified(),
        Item::new(
            "Lewat Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id): isi formulir, unggah dokumen, lalu wawancara video.",
            "Through Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id): fill in a form, upload documents, then have a video interview.",
        )
        .by("Liputan6, 07-08-2024"),
        Item::new(
            "Lapak Asik melayani Senin sampai Jumat, pukul 06.00–17.00 WIB.",
            "Lapak Asik is open Monday to Friday, 06:00–17:00 WIB.",
        )
        .by("Liputan6, 07-08-2024"),
        Item::new(
            "Bisa juga datang ke kantor cabang. Di sana ada Lapak Asik versi tatap muka.",
            "You can also go to a branch office. It has an in-person version of Lapak Asik.",
        )
        .by("kaltimoke; star.grid.id"),
    ]),
    section(Documents, &[
        Item::new("Kartu peserta (KPJ).", "The membership card (KPJ).").by("Kontan; Tribunnews, 2023"),
        Item::new("KTP dan kartu keluarga (KK).", "Your ID card (KTP) and family card (KK).")
            .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Surat keterangan berhenti kerja (paklaring) atau bukti PHK.",
            "A letter confirming the job has ended (paklaring), or proof of dismissal.",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new("Buku tabungan.", "Your bank book.").by("Kontan; Tribunnews, 2023"),
        Item::new(
            "NPWP, jika saldo lebih dari Rp50 juta.",
            "Your tax number (NPWP), if the balance is over Rp50 million.",
        )
        .by("Kontan; Tribunnews, 2023"),
    ]),
    section(Regulations, &[
        Item::new(
            "JHT diatur PP 46/2015 dan perubahannya, PP 60/2015.",
            "JHT is set by PP 46/2015 and its amendment, PP 60/2015.",
        )
        .rule(PP_60_2015),
        Item::new(
            "Cara dan syarat pembayaran diatur Permenaker 4/2022 (26 April 2022).",
            "How and when it is paid is set by Permenaker 4/2022 (26 April 2022).",
        )
        .rule(PERMENAKER_4_2022),
    ]),
];

static JP_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "Pensiun bulanan, jika sudah membayar iuran paling sedikit 15 tahun.",
            "A monthly pension, if you have paid contributions for at least 15 years.",
        )
        .rule(PP_45_2015)
        .by("star.grid.id, 07-02-2024"),
        Item::new(
            "Jika kurang dari 15 tahun, iuran dan hasil pengembangannya dibayar sekaligus.",
            "With less than 15 years, your contributions and their returns are paid at once.",
        )
        .rule(PP_45_2015)
        .by("star.grid.id, 07-02-2024"),
        Item::new(
            "Ada juga pensiun cacat, pensiun janda atau duda, pensiun anak (sampai umur 23) dan pensiun orang tua.",
            "There are also disability, widow or widower, child (up to age 23) and parent pensions.",
        )
        .rule(PP_45_2015)
        .by("star.grid.id, 07-02-2024"),
        Item::new(
            "Pensiun bulanan paling sedikit Rp393.500, sejak Maret 2024. Jumlah ini disesuaikan tiap tahun.",
            "The monthly pension is at least Rp393,500, from March 2024. This amount is adjusted every year.",
        )
        .rule(PP_45_2015_INDEX_2024)
        .by("suaraindonesia.co.id, 29-04-2024"),
        Item::new(
            "Usia pensiun 57 tahun sejak 2019. Naik 1 tahun setiap 3 tahun, sampai 65 tahun pada 2043.",
            "The pension age was 57 from 2019. It rises by 1 year every 3 years, up to 65 in 2043.",
        )
        .rule(PP_45_2015_PASAL_15)
        .by("edisi.co.id"),
        Item::new("Pada 2025 usia pensiun 59 tahun.", "In 2025 the pension age is 59.")
            .rule(PP_45_2015_PASAL_15)
            .by("edisi.co.id"),
    ]),
    section(WhoCanJoin, &[
        Item::new("JP hanya untuk penerima upah (PU).", "JP is for wage earners (PU) only.").rule(PP_45_2015),
        Item::new(
            "Pekerja mandiri (BPU) tidak bisa ikut JP.",
            "Self-employed workers (BPU) cannot join JP.",
        )
        .rule(PP_45_2015)
        .by("xcloud.id"),
        Item::new(
            "Usaha menengah dan besar mendaftarkan pekerjanya di empat program, termasuk JP. Usaha mikro dan kecil paling sedikit di JKK, JKM dan JHT.",
            "Medium and large firms enrol their workers in four programs, including JP. Micro and small firms enrol them in at least JKK, JKM and JHT.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
    ]),
    section(Contributions, &[
        Item::new(
            "Pemberi kerja membayar 2% dan pekerja membayar 1% dari upah sebulan.",
            "The employer pays 2% and the worker pays 1% of the monthly wage.",
        )
        .rule(PP_45_2015)
        .by(STAR_GRID_RATES),
        Item::new(
            "Upah yang dihitung ada batasnya: Rp10.042.300 sejak Maret 2024. Upah di atas batas itu tidak dikenai iuran JP.",
            "The wage counted is capped: Rp10,042,300 from March 2024. Pay above the cap is not charged for JP.",
        )
        .rule(PP_45_2015_INDEX_2024)
        .by("suaraindonesia.co.id, 29-04-2024"),
        Item::new(
            "Batas upah untuk 2025 dan 2026 belum kami pastikan. Sebuah alat hitung pihak ketiga menyebut Rp10.547.400.",
            "We have not confirmed the cap for 2025 and 2026. A third-party calculator gives Rp10,547,400.",
        )
        .by("glama.ai (refnusa)")
        .unverified(),
    ]),
    section(HowToClaim, &[
        Item::new(
            "Riset kami belum memuat cara klaim JP secara rinci. Tanyakan ke kantor cabang BPJS Ketenagakerjaan.",
            "Our research does not yet cover how to claim JP in detail. Ask at a BPJS Ketenagakerjaan branch office.",
        ),
    ]),
    section(Documents, &[
        Item::new(
            "Daftar dokumen klaim JP belum ada di riset kami.",
            "Our research does not yet list the documents for a JP claim.",
        ),
    ]),
    section(Regulations, &[
        Item::new("JP diatur PP 45/2015.", "JP is set by PP 45/2015.").rule(PP_45_2015),
        Item::new("Tata caranya diatur Permenaker 29/2015.", "The procedures are in Permenaker 29/2015.")
            .rule(PERMENAKER_29_2015),
    ]),
];

static JKP_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "Uang tunai 60% dari upah terakhir yang dilaporkan, paling lama 6 bulan.",
            "Cash of 60% of the last reported wage, for up to 6 months.",
        )
        .rule(PP_6_2025_CASH)
        .by("okezone, 17-02-2025; wahananews")
        .before(
            "Sebelum PP 6/2025: 45% upah selama 3 bulan, lalu 25% selama 3 bulan.",
            "Before PP 6/2025: 45% of wage for 3 months, then 25% for 3 months.",
        ),
        Item::new(
            "Upah yang dihitung paling tinggi Rp5 juta. Jadi uang tunai paling banyak Rp3 juta sebulan, atau Rp18 juta untuk 6 bulan.",
            "The wage counted is capped at Rp5 million. So the cash is at most Rp3 million a month, or Rp18 million over 6 months.",
        )
        .rule(PP_6_2025)
        .by("okezone, 17-02-2025"),
        Item::new(
            "Ada juga informasi lowongan kerja dan pelatihan kerja.",
            "You also get job vacancy information and job training.",
        )
        .rule(PP_6_2025)
        .by("wahananews; burcharry"),
        Item::new(
            "Manfaat tetap dibayar jika perusahaan bangkrut atau tutup dengan tunggakan iuran paling lama 6 bulan.",
            "Benefits are still paid if the firm went bankrupt or closed owing up to 6 months of contributions.",
        )
        .rule(PP_6_2025_PASAL_39A)
        .by("impor.wush.co.id"),
    ]),
    section(WhoCanJoin, &[
        Item::new(
            "JKP untuk penerima upah (PU) yang didaftarkan pemberi kerjanya.",
            "JKP is for wage earners (PU) registered by their employer.",
        )
        .rule(PP_37_2021_ELIGIBILITY),
        Item::new(
            "Warga negara Indonesia, berumur di bawah 54 tahun saat mendaftar.",
            "Indonesian citizens, under 54 when they register.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
        Item::new(
            "Di usaha menengah dan besar, pekerja harus terdaftar di JKK, JKM, JHT dan JP. Di usaha mikro dan kecil, paling sedikit JKK, JKM dan JHT.",
            "In medium and large firms, the worker must be enrolled in JKK, JKM, JHT and JP. In micro and small firms, in at least JKK, JKM and JHT.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
        Item::new(
            "Pekerja juga harus terdaftar di JKN (BPJS Kesehatan).",
            "The worker must also be enrolled in JKN (BPJS Kesehatan).",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
        Item::new(
            "Sudah membayar iuran 12 bulan dalam 24 bulan terakhir, termasuk 6 bulan berturut-turut.",
            "Contributions paid for 12 of the last 24 months, including 6 in a row.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
        Item::new(
            "Tidak berlaku jika mengundurkan diri, pensiun, cacat total tetap, meninggal, atau kontrak PKWT selesai sesuai jadwal.",
            "It does not apply on resignation, retirement, total permanent disability, death, or a PKWT contract ending on schedule.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
    ]),
    section(Contributions, &[
        Item::new(
            "Pekerja dan pemberi kerja tidak membayar tambahan untuk JKP.",
            "Workers and employers pay nothing extra for JKP.",
        )
        .rule(PP_6_2025)
        .by("okezone, 16-02-2025"),
        Item::new(
            "Iuran JKP 0,36% dari upah: 0,22% dibayar pemerintah pusat, 0,14% diambil dari iuran JKK.",
            "The JKP contribution is 0.36% of wage: 0.22% from the central government and 0.14% taken from the JKK contribution.",
        )
        .rule(PP_6_2025)
        .by("okezone, 16-02-2025")
        .before(
            "Sebelum PP 6/2025, iurannya 0,46%. Ada tambahan 0,10% yang diambil dari iuran JKM.",
            "Before PP 6/2025, it was 0.46%. A further 0.10% was taken from the JKM contribution.",
        ),
    ]),
    section(HowToClaim, &[
        Item::new(
            "Ajukan klaim paling lambat 6 bulan setelah PHK.",
            "Claim within 6 months of dismissal (PHK).",
        )
        .rule(PP_6_2025_PASAL_40)
        .by("baperanews; iNews Sumba")
        .before("Sebelum PP 6/2025, batasnya 3 bulan.", "Before PP 6/2025, the limit was 3 months."),
        Item::new(
            "Hak hilang jika tidak mengajukan tepat waktu, sudah dapat kerja baru, atau meninggal.",
            "The right is lost if you do not claim in time, find a new job, or die.",
        )
        .rule(PP_6_2025_PASAL_40)
        .by("baperanews; iNews Sumba"),
        Item::new(
            "Klaim lewat portal SIAPkerja milik Kemnaker.",
            "Claims go through SIAPkerja, the Ministry of Manpower's portal.",
        )
        .by("bloombergtechnoz"),
        Item::new(
            "Tata caranya diatur Permenaker 15/2021. Kami belum memeriksa apakah aturan ini sudah diperbarui.",
            "The procedures are in Permenaker 15/2021. We have not checked whether it has been updated.",
        )
        .rule(PERMENAKER_15_2021)
        .unverified(),
    ]),
    section(Documents, &[
        Item::new("Bukti PHK.", "Proof of dismissal (PHK).").by("bloombergtechnoz"),
        Item::new(
            "Surat komitmen aktif mencari kerja (KAPK) yang sudah ditandatangani.",
            "A signed commitment to look for work (KAPK).",
        )
        .by("bloombergtechnoz"),
    ]),
    section(Regulations, &[
        Item::new(
            "JKP diatur PP 37/2021. Aturan ini diubah oleh PP 6/2025, yang berlaku sejak 7 Februari 2025.",
            "JKP is set by PP 37/2021. It was amended by PP 6/2025, in force since 7 February 2025.",
        )
        .rule(PP_6_2025),
    ]),
];

/// The five program pages, in the usual order JKK, JKM, JHT, JP, JKP.
pub static PROGRAMS: [ProgramPage; 5] = [
    ProgramPage {
        program: Program::Jkk,
        name: Tr::new("Jaminan Kecelakaan Kerja", "Work accident benefit"),
        summary: Tr::new(
            "Melindungi pekerja yang celaka saat bekerja atau sakit karena pekerjaannya. Biaya berobat ditanggung tanpa batas.",
            "Protects workers hurt at work or made ill by their work. Medical care is paid for with no cost limit.",
        ),
        membership: &[
            member(Segment::Pu, Status::Required, PP_44_2015),
            member(Segment::Bpu, Status::Required, PP_44_2015_BPU),
            member(Segment::Jakon, Status::Required, PERMENAKER_44_2015),
            member(Segment::Pmi, Status::Required, PERMENAKER_4_2023),
        ],
        sections: &JKK_SECTIONS,
    },
    ProgramPage {
        program: Program::Jkm,
        name: Tr::new("Jaminan Kematian", "Death benefit"),
        summary: Tr::new(
            "Uang untuk keluarga jika peserta meninggal bukan karena kecelakaan kerja. Jumlahnya Rp42 juta, ditambah beasiswa anak.",
            "Money for the family when a member dies of something other than a work accident. It is Rp42 million, plus scholarships for children.",
        ),
        membership: &[
            member(Segment::Pu, Status::Required, PP_44_2015),
            member(Segment::Bpu, Status::Required, PP_44_2015_BPU_FIXED),
            member(Segment::Jakon, Status::Required, PERMENAKER_44_2015),
            member(Segment::Pmi, Status::Required, PERMENAKER_4_2023),
        ],
        sections: &JKM_SECTIONS,
    },
    ProgramPage {
        program: Program::Jht,
        name: Tr::new("Jaminan Hari Tua", "Old-age savings"),
        summary: Tr::new(
            "Tabungan untuk hari tua. Iuran dan hasil pengembangannya dibayar sekaligus, misalnya saat berhenti kerja atau umur 56.",
            "Savings for old age. Contributions and their returns are paid at once, for example when you stop work or turn 56.",
        ),
        membership: &[
            member(Segment::Pu, Status::Required, PP_46_2015),
            member(Segment::Bpu, Status::Optional, PP_46_2015),
            member_note(
                Segment::Jakon,
                Status::NotIncluded,
                PERMENAKER_44_2015,
                "Skema proyek hanya mencakup JKK dan JKM.",
                "The project scheme covers only JKK and JKM.",
            ),
            member(Segment::Pmi, Status::Optional, PERMENAKER_4_2023),
        ],
        sections: &JHT_SECTIONS,
    },
    ProgramPage {
        program: Program::Jp,
        name: Tr::new("Jaminan Pensiun", "Pension"),
        summary: Tr::new(
            "Uang bulanan setelah usia pensiun, untuk penerima upah. Perlu iuran paling sedikit 15 tahun.",
            "A monthly income after pension age, for wage earners. It needs at least 15 years of contributions.",
        ),
        membership: &[
            member_note(
                Segment::Pu,
                Status::Depends,
                PP_37_2021_ELIGIBILITY,
                "Usaha menengah dan besar: wajib. Usaha mikro dan kecil: paling sedikit JKK, JKM dan JHT.",
                "Medium and large firms: required. Micro and small firms: at least JKK, JKM and JHT.",
            ),
            member(Segment::Bpu, Status::NotIncluded, PP_45_2015),
            member_note(
                Segment::Jakon,
                Status::NotIncluded,
                PERMENAKER_44_2015,
                "Skema proyek hanya mencakup JKK dan JKM.",
                "The project scheme covers only JKK and JKM.",
            ),
            member_note(
                Segment::Pmi,
                Status::NotIncluded,
                PERMENAKER_4_2023,
                "Skema pekerja migran mencakup JKK, JKM dan JHT pilihan.",
                "The migrant worker scheme covers JKK, JKM and optional JHT.",
            ),
        ],
        sections: &JP_SECTIONS,
    },
    ProgramPage {
        program: Program::Jkp,
        name: Tr::new("Jaminan Kehilangan Pekerjaan", "Job loss benefit"),
        summary: Tr::new(
            "Uang tunai, info lowongan dan pelatihan bagi pekerja yang kena PHK. Uangnya 60% upah, paling lama 6 bulan.",
            "Cash, job vacancy information and training for dismissed workers. The cash is 60% of wage for up to 6 months.",
        ),
        membership: &[
            member_note(
                Segment::Pu,
                Status::Required,
                PP_37_2021_ELIGIBILITY,
                "Ada syarat: lihat bagian \"Siapa bisa ikut\".",
                "Conditions apply: see \"Who can join\".",
            ),
            member(Segment::Bpu, Status::NotIncluded, PP_37_2021_ELIGIBILITY),
            member_note(
                Segment::Jakon,
                Status::NotIncluded,
                PERMENAKER_44_2015,
                "Skema proyek hanya mencakup JKK dan JKM.",
                "The project scheme covers only JKK and JKM.",
            ),
            member_note(
                Segment::Pmi,
                Status::NotIncluded,
                PERMENAKER_4_2023,
                "Skema pekerja migran mencakup JKK, JKM dan JHT pilihan.",
                "The migrant worker scheme covers JKK, JKM and optional JHT.",
            ),
        ],
        sections: &JKP_SECTIONS,
    },
];

// ---------------------------------------------------------------------------
// The regional government's role
// ---------------------------------------------------------------------------

static REGIONAL_SECTIONS: [Section; 8] = [
    other("inpres", "Apa itu Inpres 2/2021", "What Inpres 2/2021 is", &[
        Item::new(
            "Inpres 2/2021 adalah perintah Presiden untuk memperluas jaminan sosial ketenagakerjaan. Inpres ini ditandatangani 25 Maret 2021.",
            "Inpres 2/2021 is a presidential instruction to widen workers' social security. It was signed on 25 March 2021.",
        )
        .rule(INPRES_2_2021)
        .by("hukumonline (mengutip Setkab)"),
        Item::new(
            "Saat itu cakupannya 54,09%: 49 juta dari 92 juta pekerja yang bisa menjadi peserta.",
            "Coverage then was 54.09%: 49 million of 92 million workers who could be members.",
        )
        .rule(INPRES_2_2021)
        .by("hukumonline (mengutip Setkab)"),
        Item::new(
            "Perintahnya ditujukan kepada para menteri, Jaksa Agung, BKPM, BNPB, pimpinan BPJS Ketenagakerjaan, DJSN, gubernur, bupati dan wali kota.",
            "It is addressed to ministers, the Attorney General, BKPM, BNPB, the BPJS Ketenagakerjaan board, DJSN, governors, regents and mayors.",
        )
        .rule(INPRES_2_2021)
        .by("hukumonline; Antara Sumut"),
        Item::new(
            "Jumlah kementerian dan lembaga yang dituju berbeda antar sumber: 19 menteri ditambah beberapa lembaga, 24, atau 26.",
            "Sources differ on how many ministries and agencies it covers: 19 ministers plus several agencies, 24, or 26.",
        )
        .by("hukumonline; BPJS Ketenagakerjaan; Kemendagri")
        .unverified(),
    ]),
    other("tugas-pemda", "Tugas gubernur, bupati dan wali kota", "What governors, regents and mayors must do", &[
        Item::new(
            "Membuat aturan daerah dan menyediakan anggaran di APBD.",
            "Adopt regional rules and set aside money in the regional budget (APBD).",
        )
        .rule(INPRES_2_2021)
        .by("Setkab via mediapakuan, 01-04-2021"),
        Item::new(
            "Memastikan semua pekerja PU dan BPU di daerahnya menjadi peserta aktif. Termasuk pegawai non-ASN dan penyelenggara pemilu.",
            "Make sure all PU and BPU workers in the region are active members. This includes non-ASN staff and election workers.",
        )
        .rule(INPRES_2_2021)
        .by("realitasonline; jemberkab.go.id"),
        Item::new(
            "Melindungi pekerja di berbagai sektor, misalnya petani, nelayan, pegawai BUMD, pendamping dan guru.",
            "Protect workers in many sectors, such as farmers, fishers, BUMD staff, field assistants and teachers.",
        )
        .rule(INPRES_2_2021)
        .by("ringkasan BPJS Ketenagakerjaan (Anggoro), e-kliping Kemnaker, 16-11-2021"),
        Item::new(
            "Menyelaraskan perizinan dan data dengan kepesertaan BPJS Ketenagakerjaan.",
            "Line up licensing and data with BPJS Ketenagakerjaan membership.",
        )
        .rule(INPRES_2_2021)
        .by("ringkasan BPJS Ketenagakerjaan (Anggoro), e-kliping Kemnaker, 16-11-2021"),
        Item::new(
            "Pemberi kerja yang tidak mendaftarkan pekerjanya bisa kena sanksi: teguran tertulis, denda 0,1% per bulan, dan tidak dilayani untuk izin atau tender.",
            "Employers who do not enrol their workers can be sanctioned: a written warning, a fine of 0.1% a month, and refusal of services such as licences or tenders.",
        )
        .rule(PP_86_2013)
        .by("bisnis.com"),
    ]),
    other("tugas-lain", "Tugas pihak lain", "What others must do", &[
        Item::new(
            "Jaksa Agung menegakkan kepatuhan.",
            "The Attorney General enforces compliance.",
        )
        .rule(INPRES_2_2021)
        .by("mediapakuan, 10-04-2021"),
        Item::new(
            "Menko PMK melaporkan hasilnya setiap 6 bulan.",
            "The Coordinating Minister for Human Development and Culture (Menko PMK) reports every 6 months.",
        )
        .rule(INPRES_2_2021)
        .by("mediapakuan, 10-04-2021"),
        Item::new(
            "Menteri Desa mendaftarkan semua pendamping desa.",
            "The Minister of Villages enrols all village assistants.",
        )
        .rule(INPRES_2_2021)
        .by("mediapakuan, 10-04-2021"),
    ]),
    other("aturan-lanjutan", "Aturan lanjutan", "Follow-up rules", &[
        Item::new(
            "Pedoman APBD 2022 mengatur anggaran iuran untuk non-ASN, penyelenggara pemilu, pekerja rentan dan pegawai BUMD.",
            "The 2022 regional budget guideline covers contributions for non-ASN staff, election workers, vulnerable workers and BUMD staff.",
        )
        .rule(PERMENDAGRI_27_2021)
        .by("Republika; Kemendagri, 05-2025"),
        Item::new(
            "Surat edaran Mendagri meminta program ini masuk rencana kerja tahunan daerah (RKPD) dan APBD.",
            "A Home Affairs circular asks regions to put the program in their annual work plan (RKPD) and budget (APBD).",
        )
        .rule(SE_MENDAGRI_842)
        .by("Republika; Kemendagri, 05-2025"),
    ]),
    other("desa", "Desa", "Villages", &[
        Item::new(
            "APBDes boleh dipakai membayar iuran perangkat desa.",
            "The village budget (APBDes) may pay contributions for village officials.",
        )
        .rule(PERMENDAGRI_20_2018)
        .by("malangvoice, 2018"),
        Item::new(
            "Kepala desa, perangkat desa dan anggota BPD berhak atas jaminan sosial.",
            "Village heads, village officials and BPD members have a right to social security.",
        )
        .rule(UU_3_2024)
        .by("timexkupang, 16-10-2024"),
        Item::new(
            "Contoh: Kabupaten Kendal menjadikan iuran BPJS Ketenagakerjaan prioritas penggunaan ADD.",
            "Example: Kendal regency makes BPJS Ketenagakerjaan contributions a priority use of ADD village funds.",
        )
        .rule(PERBUP_KENDAL_45_2025),
        Item::new(
            "Kami belum bisa memastikan apakah Inpres 2/2021 menyebut dana desa.",
            "We could not confirm whether Inpres 2/2021 mentions dana desa.",
        )
        .unverified(),
        Item::new(
            "Satu sumber menyebut dana desa tidak boleh dipakai untuk iuran. Aturan yang dikutipnya tidak jelas.",
            "One source says dana desa cannot be used for contributions. The regulation it cites is unclear.",
        )
        .by("bungko.desa.id")
        .unverified(),
    ]),
    other("kemiskinan", "Pekerja miskin", "Workers in poverty", &[
        Item::new(
            "Inpres 4/2022 meminta jaminan sosial ketenagakerjaan diperluas bagi warga miskin ekstrem. Berlaku sampai 31 Desember 2024.",
            "Inpres 4/2022 asked for wider workers' social security for people in extreme poverty. It was valid until 31 December 2024.",
        )
        .rule(INPRES_4_2022)
        .by("IDN Times; DJSN"),
        Item::new(
            "Inpres 8/2025 meminta Menteri Ketenagakerjaan memperluas perlindungan bagi pekerja miskin dan miskin ekstrem.",
            "Inpres 8/2025 tells the Minister of Manpower to widen protection for poor and extremely poor workers.",
        )
        .rule(INPRES_8_2025)
        .by("penasultra; detik"),
        Item::new(
            "Contoh: Kabupaten Penajam Paser Utara membayar Rp16.800 sebulan untuk tiap pekerja rentan dari APBD. Dasarnya Inpres 4/2022.",
            "Example: Penajam Paser Utara regency pays Rp16,800 a month per vulnerable worker from its budget. It cites Inpres 4/2022.",
        )
        .rule(INPRES_4_2022)
        .by("Antara Kaltim, 2025"),
    ]),
    other("ucj", "Cara mengukur cakupan", "How coverage is measured", &[
        Item::new(
            "Cakupan (UCJ) = jumlah peserta aktif dibagi jumlah penduduk yang bekerja.",
            "Coverage (UCJ) = active members divided by the working population.",
        )
        .by("Antara Bali; Kemendagri via kabaran, 15-05-2025"),
        Item::new(
            "Contoh: pada 31 Maret 2025, Bali punya 935.079 peserta aktif dari 1.873.899 penduduk bekerja. Cakupannya 50,88%.",
            "Example: on 31 March 2025, Bali had 935,079 active members out of 1,873,899 working people. Coverage was 50.88%.",
        )
        .by("Antara Bali"),
        Item::new(
            "Berita sering memakai pembagi lain, misalnya angkatan kerja, peserta potensial atau target. Angka dengan pembagi berbeda tidak bisa dibandingkan langsung.",
            "News reports often use other bases, such as the labour force, potential members or a target. Figures on different bases cannot be compared directly.",
        ),
        Item::new(
            "Cakupan nasional April 2025: 35,68%. Target RPJMN: 32,15% pada 2025 dan 43,92% pada 2029. Target jangka panjang: 99,5% pada 2045.",
            "National coverage in April 2025: 35.68%. RPJMN targets: 32.15% in 2025 and 43.92% in 2029. Long-term target: 99.5% by 2045.",
        )
        .by("Kemendagri via kabaran, 15-05-2025"),
        Item::new(
            "Artikel yang sama juga menyebut target 52,15%, tanpa penjelasan.",
            "The same article also gives a 52.15% target, without explaining it.",
        )
        .by("Kemendagri via kabaran, 15-05-2025")
        .unverified(),
    ]),
    other("paritrana", "Paritrana Award", "The Paritrana Award", &[
        Item::new(
            "Penghargaan dari Kemenko PMK dan BPJS Ketenagakerjaan sejak 2017, didukung Kemnaker dan Kemendagri.",
            "An award given since 2017 by Kemenko PMK and BPJS Ketenagakerjaan, supported by Kemnaker and Kemendagri.",
        )
        .by("jurnalborneo, 2020; suara.com, 2024"),
        Item::new(
            "Pemda dinilai dari kebijakan, penerapan, kinerja pendaftaran (PU, BPU, pemberi kerja) dan wawancara.",
            "Regional governments are judged on policy, implementation, registration performance (PU, BPU, employers) and an interview.",
        )
        .by("jurnalborneo, 2020; suara.com, 2024"),
    ]),
];

/// The page on what regional governments must do and how coverage is measured.
pub static REGIONAL_ROLE: Page = Page {
    slug: "peran-pemda",
    title: Tr::new("Peran pemerintah daerah", "The regional government's role"),
    summary: Tr::new(
        "Sejak Inpres 2/2021, gubernur, bupati dan wali kota wajib ikut memperluas jaminan sosial pekerja. Halaman ini menjelaskan tugas mereka dan cara cakupan diukur.",
        "Since Inpres 2/2021, governors, regents and mayors must help widen workers' social security. This page explains their duties and how coverage is measured.",
    ),
    sections: &REGIONAL_SECTIONS,
};

// ---------------------------------------------------------------------------
// Glossary
// ---------------------------------------------------------------------------

const fn g(
    slug: &'static str,
    term: &'static str,
    long_name: Option<&'static str>,
    id: &'static str,
    en: &'static str,
    see_also: &'static [&'static str],
    aliases: &'static [&'static str],
) -> GlossaryEntry {
    GlossaryEntry {
        slug,
        term,
        long_name,
        definition: Tr::new(id, en),
        see_also,
        aliases,
        reported_by: None,
    }
}

impl GlossaryEntry {
    const fn by(mut self, reported_by: &'static str) -> GlossaryEntry {
        self.reported_by = Some(reported_by);
        self
    }
}

/// The glossary, sorted by slug. Slugs are stable link targets.
pub static GLOSSARY: [GlossaryEntry; 54] = [
    g("add", "ADD", Some("Alokasi Dana Desa"),
        "Uang untuk desa dari anggaran kabupaten atau kota. Berbeda dengan dana desa.",
        "Money for villages from the district or city budget. It is not the same as dana desa.",
        &["dana-desa", "apbdes"], &["alokasi dana desa"]),
    g("ahli-waris", "Ahli waris", None,
        "Orang yang berhak menerima manfaat jika peserta meninggal. Urutannya: janda, duda atau anak. Jika tidak ada: orang tua, cucu, kakek atau nenek. Lalu saudara kandung, lalu mertua. Lalu orang yang ditunjuk dalam wasiat. Terakhir, Balai Harta Peninggalan.",
        "The people entitled to benefits when a member dies. In order: widow, widower or children. If there are none: parents, grandchildren or grandparents. Then siblings, then parents-in-law. Then a person named in a will. Last, the estate office (Balai Harta Peninggalan).",
        &["jkm", "jkk"], &["heir", "heirs"])
        .by("star.grid.id (mengutip BPJS Ketenagakerjaan)"),
    g("apbd", "APBD", Some("Anggaran Pendapatan dan Belanja Daerah"),
        "Anggaran tahunan pemerintah provinsi atau kabupaten/kota. Banyak pemda membayar iuran pekerja rentan dari APBD.",
        "The yearly budget of a province, regency or city. Many regional governments pay vulnerable workers' contributions from it.",
        &["pekerja-rentan", "pemda", "rkpd"], &["anggaran daerah"]),
    g("apbdes", "APBDes", Some("Anggaran Pendapatan dan Belanja Desa"),
        "Anggaran tahunan desa. Boleh dipakai membayar iuran perangkat desa.",
        "A village's yearly budget. It may pay contributions for village officials.",
        &["perangkat-desa", "dana-desa", "add"], &["apbdesa", "anggaran desa"]),
    g("apbn", "APBN", Some("Anggaran Pendapatan dan Belanja Negara"),
        "Anggaran tahunan pemerintah pusat.",
        "The central government's yearly budget.",
        &["apbd", "dana-desa"], &[]),
    g("beasiswa", "Beasiswa", None,
        "Uang sekolah untuk paling banyak dua anak peserta yang meninggal. Totalnya sampai Rp174 juta untuk dua anak.",
        "School money for up to two children of a member who dies. It totals up to Rp174 million for two children.",
        &["jkm", "jkk"], &["scholarship"]),
    g("bpd", "BPD", Some("Badan Permusyawaratan Desa"),
        "Badan musyawarah desa. Anggotanya mewakili warga desa.",
        "The village consultative body. Its members represent the villagers.",
        &["perangkat-desa", "apbdes"], &[])
        .by("buletindesa, 2025"),
    g("bpjs-ketenagakerjaan", "BPJS Ketenagakerjaan", Some("Badan Penyelenggara Jaminan Sosial Ketenagakerjaan"),
        "Badan negara yang menjalankan lima program jaminan sosial pekerja: JKK, JKM, JHT, JP dan JKP.",
        "The state body that runs the five workers' social security programs: JKK, JKM, JHT, JP and JKP.",
        &["jkk", "jkm", "jht", "jp", "jkp", "jkn"], &["bpjamsostek", "jamsostek", "bpjs tk", "bpjstk"]),
    g("bpu", "BPU", Some("Bukan Penerima Upah"),
        "Pekerja mandiri atau informal, misalnya pedagang, petani, nelayan atau ojek. Mereka ikut JKK dan JKM, dan boleh menambah JHT.",
        "Self-employed and informal workers, such as traders, farmers, fishers or ojek drivers. They get JKK and JKM and may add JHT.",
        &["pu", "pekerja-rentan"], &["bukan penerima upah", "pekerja informal", "pekerja mandiri"]),
    g("bumd", "BUMD", Some("Badan Usaha Milik Daerah"),
        "Perusahaan milik pemerintah daerah.",
        "A company owned by a regional government.",
        &["pemda"], &[]),
    g("dana-desa", "Dana Desa", None,
        "Uang dari APBN yang dikirim ke desa. Belum jelas apakah boleh dipakai untuk iuran BPJS Ketenagakerjaan.",
        "Money from the central budget (APBN) sent to villages. It is not clear whether it may pay BPJS Ketenagakerjaan contributions.",
        &["add", "apbdes", "apbn"], &["dd"]),
    g("inpres", "Inpres", Some("Instruksi Presiden"),
        "Perintah Presiden kepada menteri, lembaga dan kepala daerah. Inpres 2/2021 adalah dasar peran pemda dalam jaminan sosial pekerja.",
        "An instruction from the President to ministers, agencies and regional heads. Inpres 2/2021 sets the regional government's role in workers' social security.",
        &["pemda", "ucj"], &["instruksi presiden", "inpres 2/2021"]),
    g("jakon", "Jakon", Some("Jasa Konstruksi"),
        "Pekerja di proyek konstruksi: buruh harian, borongan dan pekerja kontrak. Kontraktor membayar iuran JKK dan JKM dari nilai kontrak.",
        "Workers on construction projects: day labourers, piece-rate and contract workers. The contractor pays JKK and JKM as a share of the contract value.",
        &["spk", "pkwt", "jkk", "jkm"], &["jasa konstruksi"]),
    g("jht", "JHT", Some("Jaminan Hari Tua"),
        "Tabungan hari tua. Dibayar sekaligus, misalnya saat berhenti kerja atau umur 56.",
        "Old-age savings. Paid at once, for example when you stop work or turn 56.",
        &["jmo", "lapak-asik"], &["jaminan hari tua"]),
    g("jkk", "JKK", Some("Jaminan Kecelakaan Kerja"),
        "Perlindungan untuk kecelakaan kerja dan penyakit akibat kerja. Biaya berobat ditanggung tanpa batas.",
        "Cover for work accidents and work-related illness. Medical care is paid for with no limit.",
        &["plkk", "stmb"], &["jaminan kecelakaan kerja"]),
    g("jkm", "JKM", Some("Jaminan Kematian"),
        "Uang Rp42 juta untuk keluarga jika peserta meninggal bukan karena kecelakaan kerja, ditambah beasiswa anak.",
        "Rp42 million for the family when a member dies of something other than a work accident, plus scholarships for children.",
        &["ahli-waris", "beasiswa"], &["jaminan kematian"]),
    g("jkn", "JKN", Some("Jaminan Kesehatan Nasional"),
        "Asuransi kesehatan nasional, dijalankan BPJS Kesehatan. Terpisah dari BPJS Ketenagakerjaan.",
        "The national health insurance, run by BPJS Kesehatan. It is separate from BPJS Ketenagakerjaan.",
        &["bpjs-ketenagakerjaan", "jkp"], &["bpjs kesehatan", "jaminan kesehatan nasional"]),
    g("jkp", "JKP", Some("Jaminan Kehilangan Pekerjaan"),
        "Uang tunai, info lowongan dan pelatihan bagi pekerja yang kena PHK.",
        "Cash, job vacancy information and training for dismissed workers.",
        &["phk", "siapkerja", "kapk"], &["jaminan kehilangan pekerjaan"]),
    g("jmo", "JMO", Some("Jamsostek Mobile"),
        "Aplikasi ponsel BPJS Ketenagakerjaan. Bisa dipakai untuk klaim JHT dengan syarat tertentu.",
        "The BPJS Ketenagakerjaan phone app. It can be used to claim JHT, under some conditions.",
        &["jht", "lapak-asik"], &["jamsostek mobile"]),
    g("jp", "JP", Some("Jaminan Pensiun"),
        "Pensiun bulanan untuk penerima upah, setelah iuran paling sedikit 15 tahun.",
        "A monthly pension for wage earners, after at least 15 years of contributions.",
        &["pu"], &["jaminan pensiun"]),
    g("kapk", "KAPK", None,
        "Surat komitmen untuk aktif mencari kerja. Syarat klaim JKP.",
        "A signed commitment to look for work. Needed to claim JKP.",
        &["jkp", "siapkerja"], &[]),
    g("kelompok-risiko", "Kelompok risiko", None,
        "Tingkat bahaya tempat kerja, dari kelompok 1 (paling rendah) sampai 5 (paling tinggi). Menentukan iuran JKK.",
        "How dangerous a workplace is, from group 1 (lowest) to 5 (highest). It sets the JKK contribution.",
        &["jkk"], &["risk class", "tingkat risiko"]),
    g("kk", "KK", Some("Kartu Keluarga"),
        "Kartu yang mencatat anggota satu keluarga.",
        "The family card listing the members of a household.",
        &["ktp"], &["kartu keluarga"]),
    g("kpj", "KPJ", Some("Kartu Peserta Jamsostek"),
        "Kartu peserta BPJS Ketenagakerjaan. Nomornya dipakai untuk klaim.",
        "The BPJS Ketenagakerjaan membership card. Its number is used to claim.",
        &["jmo"], &["kartu peserta"]),
    g("ktp", "KTP", Some("Kartu Tanda Penduduk"),
        "Kartu identitas penduduk.",
        "The national identity card.",
        &["kk"], &["e-ktp"]),
    g("lapak-asik", "Lapak Asik", None,
        "Layanan klaim BPJS Ketenagakerjaan lewat formulir online, unggah dokumen dan wawancara video. Ada juga versi di kantor cabang.",
        "A BPJS Ketenagakerjaan claim service with an online form, document upload and a video interview. Branch offices have an in-person version.",
        &["jht", "jmo"], &["lapakasik"]),
    g("mou", "MoU", Some("Nota Kesepakatan"),
        "Kesepakatan payung antara pemda dan BPJS Ketenagakerjaan. Rinciannya diatur kemudian dalam PKS.",
        "An umbrella agreement between a regional government and BPJS Ketenagakerjaan. The details follow in a PKS.",
        &["pks", "pemda"], &["nota kesepakatan", "memorandum of understanding"])
        .by("kalbar.antaranews; waingapu.com, 2025"),
    g("non-asn", "Non-ASN", None,
        "Pegawai pemerintah yang bukan aparatur sipil negara (ASN), misalnya tenaga honorer.",
        "Government staff who are not civil servants (ASN), such as honorary (honorer) staff.",
        &["apbd", "inpres"], &["honorer", "tenaga honorer", "non asn", "pegawai non-asn"]),
    g("npwp", "NPWP", Some("Nomor Pokok Wajib Pajak"),
        "Nomor pajak. Perlu untuk klaim JHT dengan saldo lebih dari Rp50 juta.",
        "The tax number. Needed to claim JHT with a balance over Rp50 million.",
        &["jht"], &[]),
    g("paklaring", "Paklaring", None,
        "Surat dari pemberi kerja bahwa hubungan kerja sudah berakhir.",
        "A letter from the employer confirming the job has ended.",
        &["jht", "phk"], &["surat keterangan kerja"]),
    g("paritrana", "Paritrana Award", None,
        "Penghargaan sejak 2017 untuk pemda yang melindungi pekerjanya. Dinilai dari kebijakan, penerapan, kinerja dan wawancara.",
        "An award, given since 2017, for regional governments that protect their workers. It judges policy, implementation, performance and an interview.",
        &["pemda", "ucj"], &["paritrana"])
        .by("jurnalborneo, 2020; suara.com, 2024"),
    g("pekerja-rentan", "Pekerja rentan", None,
        "Pekerja informal berpenghasilan rendah, misalnya petani, nelayan, ojek dan juru parkir. Ada pemda yang membayar iuran mereka dari APBD.",
        "Low-income informal workers, such as farmers, fishers, ojek drivers and parking attendants. Some regional governments pay their contributions.",
        &["bpu", "apbd"], &["vulnerable workers"])
        .by("Antara Kaltim"),
    g("pemda", "Pemda", Some("Pemerintah Daerah"),
        "Pemerintah provinsi, kabupaten atau kota.",
        "A provincial, regency or city government.",
        &["apbd", "inpres"], &["pemerintah daerah", "pemprov", "pemkab", "pemkot"]),
    g("pendamping-desa", "Pendamping desa", None,
        "Tenaga yang mendampingi desa dalam program pemerintah. Menteri Desa wajib mendaftarkan mereka.",
        "Field staff who assist villages with government programs. The Minister of Villages must enrol them.",
        &["perangkat-desa", "inpres"], &[]),
    g("penduduk-bekerja", "Penduduk bekerja", None,
        "Jumlah penduduk yang bekerja. Dipakai sebagai pembagi cakupan (UCJ).",
        "The number of people in work. It is the base of the coverage rate (UCJ).",
        &["ucj", "peserta-aktif"], &["working population"]),
    g("penyelenggara-pemilu", "Penyelenggara pemilu", None,
        "Orang yang bekerja untuk menyelenggarakan pemilu. Inpres 2/2021 meminta mereka menjadi peserta.",
        "People who work to run elections. Inpres 2/2021 asks that they be members.",
        &["inpres", "non-asn"], &["petugas pemilu"]),
    g("perangkat-desa", "Perangkat desa", None,
        "Staf pemerintah desa: sekretaris desa, kepala urusan atau seksi, dan kepala dusun.",
        "Village government staff: the village secretary, heads of affairs or sections, and hamlet heads.",
        &["bpd", "apbdes"], &["aparat desa", "sekdes", "kadus"])
        .by("buletindesa, 2025"),
    g("permenaker", "Permenaker", Some("Peraturan Menteri Ketenagakerjaan"),
        "Peraturan Menteri Ketenagakerjaan. Biasanya mengatur tata cara.",
        "A regulation of the Minister of Manpower. It usually sets procedures.",
        &["pp"], &["peraturan menteri ketenagakerjaan"]),
    g("peserta-aktif", "Peserta aktif", None,
        "Peserta yang iurannya masih dibayar. Dipakai sebagai pembilang cakupan.",
        "Members whose contributions are still being paid. They are the top number of the coverage rate.",
        &["ucj"], &["active members"]),
    g("phk", "PHK", Some("Pemutusan Hubungan Kerja"),
        "Berakhirnya hubungan kerja karena pemberi kerja memberhentikan pekerja.",
        "Dismissal: the employer ends the worker's job.",
        &["jkp", "jht", "paklaring"], &["pemutusan hubungan kerja", "dismissal", "layoff"]),
    g("pks", "PKS", Some("Perjanjian Kerja Sama"),
        "Perjanjian yang mengatur pelaksanaan kerja sama. Biasanya dibuat setelah MoU antara pemda dan BPJS Ketenagakerjaan.",
        "An agreement that sets out how cooperation works. It usually follows an MoU between a regional government and BPJS Ketenagakerjaan.",
        &["mou", "pemda"], &["perjanjian kerja sama"])
        .by("kalbar.antaranews; waingapu.com, 2025"),
    g("pkwt", "PKWT", Some("Perjanjian Kerja Waktu Tertentu"),
        "Kontrak kerja untuk waktu tertentu. Pekerjanya disebut pekerja kontrak.",
        "A fixed-term employment contract. The worker is a contract worker.",
        &["jht", "jkp"], &["pekerja kontrak", "kontrak kerja"]),
    g("plkk", "PLKK", Some("Pusat Layanan Kecelakaan Kerja"),
        "Klinik, puskesmas atau rumah sakit yang bekerja sama dengan BPJS Ketenagakerjaan. Merawat korban kecelakaan kerja tanpa bayar di muka.",
        "A clinic, health centre or hospital with a BPJS Ketenagakerjaan agreement. It treats work accidents with no upfront payment.",
        &["jkk"], &["pusat layanan kecelakaan kerja"])
        .by("solotrust, 2018; iNews Medan, 2024"),
    g("pmi", "PMI", Some("Pekerja Migran Indonesia"),
        "Warga Indonesia yang bekerja di luar negeri. JKK dan JKM wajib; JHT boleh dipilih.",
        "Indonesians working abroad. JKK and JKM are compulsory; JHT is optional.",
        &["jkk", "jkm", "jht"], &["pekerja migran", "tki", "migrant worker"]),
    g("pp", "PP", Some("Peraturan Pemerintah"),
        "Peraturan yang dibuat Presiden untuk menjalankan undang-undang. Besar iuran dan manfaat diatur dalam PP.",
        "A regulation issued by the President to carry out a law. Contribution and benefit amounts are set in PPs.",
        &["permenaker"], &["peraturan pemerintah"]),
    g("pu", "PU", Some("Penerima Upah"),
        "Pekerja yang menerima upah dari pemberi kerja, misalnya karyawan. Pemberi kerja mendaftarkan mereka di lima program.",
        "Workers paid a wage by an employer, such as employees. The employer enrols them in the five programs.",
        &["bpu", "jkp", "jp"], &["penerima upah", "karyawan"]),
    g("rkpd", "RKPD", Some("Rencana Kerja Pemerintah Daerah"),
        "Rencana kerja tahunan pemda. Menjadi dasar APBD.",
        "A regional government's yearly work plan. The budget (APBD) is based on it.",
        &["apbd"], &[]),
    g("rt-rw", "RT/RW", Some("Rukun Tetangga / Rukun Warga"),
        "Ketua lingkungan terkecil di kelurahan atau desa. Di beberapa daerah, iuran mereka dibayar dari APBD.",
        "Neighbourhood heads in urban wards and villages. In some regions their contributions are paid from the regional budget.",
        &["apbd"], &["ketua rt", "ketua rw", "rt", "rw"])
        .by("gowest.id; waingapu.com"),
    g("santunan-berkala", "Santunan berkala", None,
        "Bagian manfaat kematian sebesar Rp12 juta. Sekarang dibayar sekaligus.",
        "The Rp12 million part of the death benefits. It is now paid at once.",
        &["jkm", "jkk"], &[]),
    g("siapkerja", "SIAPkerja", None,
        "Portal Kementerian Ketenagakerjaan untuk klaim JKP.",
        "The Ministry of Manpower's portal for JKP claims.",
        &["jkp", "kapk"], &["siap kerja"]),
    g("spk", "SPK", Some("Surat Perintah Kerja"),
        "Surat perintah mulai kerja proyek. Proyek konstruksi harus didaftarkan paling lambat 14 hari kerja sejak SPK.",
        "The work order for a project. Construction projects must be registered within 14 working days of it.",
        &["jakon"], &["surat perintah kerja"])
        .by("pasal.id"),
    g("stmb", "STMB", Some("Santunan Sementara Tidak Mampu Bekerja"),
        "Upah pengganti selama pekerja belum bisa bekerja karena kecelakaan kerja.",
        "Wage replacement while a worker cannot work after a work accident.",
        &["jkk"], &[]),
    g("ucj", "UCJ", Some("Universal Coverage Jamsostek"),
        "Ukuran cakupan: peserta aktif dibagi penduduk yang bekerja.",
        "The coverage measure: active members divided by the working population.",
        &["peserta-aktif", "penduduk-bekerja", "inpres"], &["universal coverage jamsostek", "cakupan"]),
    g("uu", "UU", Some("Undang-Undang"),
        "Undang-undang, dibuat DPR bersama Presiden.",
        "A law passed by parliament (DPR) with the President.",
        &["pp"], &["undang-undang"]),
];

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
        v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
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
