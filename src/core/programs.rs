//! The five BPJS Ketenagakerjaan programs (JKK, JKM, JHT, JP, JKP), the
//! regional government's role (Inpres 2/2021, coverage measurement) and the
//! glossary, as static bilingual content for the explainer pages.
//!
//! Everything here is `'static` const data: no allocation at startup. Every
//! sentence is our own plain-language wording (Indonesian first, then
//! English), written from `research/programs.md`, `research/programs-2026.md`
//! and the fact-check `research/programs-factcheck.md`. Each rule names its
//! regulation and date ([`Rule`]); the news outlet that reported it is kept
//! as "reported by" ([`Item::reported_by`]). Items the research marks as
//! disputed or unverified carry `uncertain: true`, which the UI must show as
//! "belum terverifikasi / not verified".
//!
//! Amounts that change by date (the JP wage cap, BPU prices and the 2026
//! discount, construction bands, migrant-worker contributions) are never
//! written here: an item names them with a [`Fact`], and the page shows the
//! value in force for the reader's month from [`crate::core::rules`], the same
//! table the checker uses. `tests/benefits.rs` checks that no page text
//! repeats one of those amounts, and that the stable amounts written here
//! (JKM Rp42 juta, the scholarship table) agree with the rules.

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

const fn member(segment: MemberGroup, status: Participation, rule: Rule) -> Membership {
    Membership {
        segment,
        status,
        note: None,
        rule: Some(rule),
    }
}

const fn member_note(
    segment: MemberGroup,
    status: Participation,
    rule: Rule,
    id: &'static str,
    en: &'static str,
) -> Membership {
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
pub const PP_50_2025: Rule =
    Rule::new("PP 50/2025", "2025-12-22").with_note("Pasal 3 dan Pasal 4 ayat 1.", "Article 3 and Article 4(1).");
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
pub const PP_49_2020: Rule = Rule::new("PP 49/2020", "2020").with_note(
    "Pasal 11–12 memuat tabel yang sama.",
    "Articles 11–12 restate the same table.",
);
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
/// BPU contributions: the JKK/JKM regulation as amended (JKK is 1% of the
/// band's base income, Lampiran II; last amended by PP 49/2023, with the
/// 2026 discount of PP 50/2025).
pub const PP_44_2015_BPU: Rule = Rule::new("PP 44/2015 jo. PP 82/2019", "2019-12-02").with_note(
    "Iuran JKK BPU 1% dari penghasilan dasar golongan (Lampiran II). Diubah lagi oleh PP 49/2023; potongan 2026 diatur PP 50/2025. Tabel golongan lengkap belum kami baca.",
    "BPU JKK is 1% of the band's base income (Lampiran II). Amended again by PP 49/2023; the 2026 cut is in PP 50/2025. We have not read the full band table.",
);
/// BPU fixed amounts (the flat JKM): the same regulation, without the income-band caveat.
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
/// JKP eligibility, reported under PP 37/2021. PP 6/2025 changed Pasal 4
/// (JKN-PPU requirement dropped) and Pasal 19 (no 6 consecutive months);
/// the other conditions were not re-checked against PP 6/2025.
pub const PP_37_2021_ELIGIBILITY: Rule = Rule::new("PP 37/2021", "2021").with_note(
    "Dilaporkan untuk PP 37/2021. PP 6/2025 menghapus syarat JKN lewat pemberi kerja dan syarat 6 bulan berturut-turut. Syarat lain belum kami periksa ulang.",
    "Reported under PP 37/2021. PP 6/2025 dropped the JKN-through-employer and 6-months-in-a-row conditions. We have not re-checked the other conditions.",
);
/// JKP as amended; signed and in force 7 February 2025.
pub const PP_6_2025: Rule =
    Rule::new("PP 6/2025", "2025-02-07").with_note("Mengubah PP 37/2021.", "Amends PP 37/2021.");
/// JKP: the 60% rule, Pasal 21 ayat 1 by the majority reading (a minority cites Pasal 22).
pub const PP_6_2025_CASH: Rule = Rule::new("PP 6/2025", "2025-02-07").with_note(
    "Pasal 21 ayat 1, menurut sebagian besar sumber. Sedikit sumber menyebut Pasal 22 ayat 1.",
    "Article 21(1), according to most sources. A few cite Article 22(1).",
);
/// JKP: the Rp5 million wage cap (Pasal 21 ayat 3).
pub const PP_6_2025_PASAL_21_3: Rule =
    Rule::new("PP 6/2025", "2025-02-07").with_note("Pasal 21 ayat 3.", "Article 21(3).");
/// JKP: claim window and loss of the right (Pasal 40).
pub const PP_6_2025_PASAL_40: Rule = Rule::new("PP 6/2025", "2025-02-07").with_note("Pasal 40.", "Article 40.");
/// JKP: benefits despite unpaid contributions (new Pasal 39A).
pub const PP_6_2025_PASAL_39A: Rule =
    Rule::new("PP 6/2025", "2025-02-07").with_note("Pasal 39A (baru).", "Article 39A (new).");
/// JKP procedures. Not checked whether it was updated after PP 6/2025.
pub const PERMENAKER_15_2021: Rule = Rule::new("Permenaker 15/2021", "2021");
/// Construction projects (Jasa Konstruksi): membership procedures, such as
/// registration within 14 working days of the SPK. The rates are in PP 44/2015.
pub const PERMENAKER_44_2015: Rule = Rule::new("Permenaker 44/2015", "2015").with_note(
    "Juga ditulis Permenakertrans 44/2015. Mengatur tata cara; tarifnya ada di PP 44/2015.",
    "Also written Permenakertrans 44/2015. It sets procedures; the rates are in PP 44/2015.",
);
/// Construction rates by contract value or wage: PP 44/2015 (restated in
/// PP 49/2020 Pasal 11–12 and BPJS Perdir 22/PERDIR.02/072022).
pub const PP_44_2015_JAKON: Rule = Rule::new("PP 44/2015", "2015").with_note(
    "Tarif proyek konstruksi. Pasalnya belum kami temukan. Tabel yang sama ada di PP 49/2020 Pasal 11–12 dan Perdir BPJS 22/2022.",
    "Construction project rates. We have not found the article. The same table is in PP 49/2020 Articles 11–12 and BPJS Perdir 22/2022.",
);
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
const BPU_JKK_SOURCES: &str = "BPJS Ketenagakerjaan (artikel 18931); kabar24.id, 17-09-2025; Tribun Jambi, 14-01-2020";
const BPU_JKM_SOURCES: &str = "kilasriau.com, 2026; kabar24.id, 17-09-2025; Tribun Jambi, 14-01-2020";
const BPU_JHT: &str = "star.grid.id, 2023; Tribun Jambi, 14-01-2020; Tribun Manado, 26-08-2022";
const BPU_DISCOUNT: &str = "BPJS Ketenagakerjaan (artikel 18931); CNBC Indonesia, 04-02-2026; Antara Jateng, 2026";
const JAKON_RATES: &str = "star.grid.id, 27-01-2023; e-kliping Kemnaker, 10-09-2020; pasal.id (PP 49/2020)";
const JAKON_WAGE: &str = "BPJS Ketenagakerjaan (Perdir 22/2022, flipbuilder); star.grid.id, 27-01-2023";
const PMI_SOURCES: &str = "inforegulasi, 2023; BPJS Ketenagakerjaan (artikel 18896)";
const PMI_CONTRIBUTIONS: &str = "pasal.id (Pasal 18); detikFinance, 17-03-2023; cobisnis, 03-03-2023";
const PMI_BENEFITS: &str = "jpnn, 2023 (Kemnaker); idxchannel, 2023";
const PMI_JKM: &str = "BPJS Ketenagakerjaan (artikel 18896; berita 29464, 14-05-2025); jpnn, 2025; Antara Sulut, 2025";
const JKP_ELIGIBILITY_2025: &str = "Bisnis.com, 14-02-2025; ptgasi.co.id, 08-05-2025";

static JKK_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "BPJS membayar biaya berobat Anda sesuai kebutuhan medis. Tidak ada batas biaya.",
            "BPJS pays for your medical care as medically needed. There is no cost limit.",
        )
        .rule(PP_82_2019)
        .by("Kompas, 02-12-2022"),
        Item::new(
            "BPJS juga membayar perawatan di rumah, paling lama 1 tahun dan paling banyak Rp20 juta.",
            "BPJS also pays for care at home, for up to 1 year and up to Rp20 million.",
        )
        .rule(PP_82_2019)
        .by("ehukum.com, 2019")
        .before("Perawatan di rumah baru ada sejak PP 82/2019.", "Home care was added by PP 82/2019."),
        Item::new(
            "Selama Anda belum bisa bekerja, BPJS mengganti upah Anda penuh pada 12 bulan pertama. Sesudah itu, BPJS mengganti separuhnya sampai Anda sembuh.",
            "While you cannot work, BPJS pays your full wage for the first 12 months. After that, it pays half your wage until you recover.",
        )
        .rule(PP_82_2019)
        .by("BPJS Ketenagakerjaan (artikel 18913); Kompas, 2022; Tribun Batam, 2022"),
        Item::new(
            "Jika pekerja meninggal karena kecelakaan kerja, ahli waris menerima 48 kali upah sebulan. Jumlahnya paling sedikit sama dengan JKM, yaitu Rp42 juta.",
            "If a worker dies in a work accident, the heirs receive 48 times the monthly wage. This is at least the JKM amount of Rp42 million.",
        )
        .rule(PP_82_2019.with_note("60% × 80 × upah sebulan.", "60% × 80 × monthly wage."))
        .by("star.gridtechno, 30-11-2022; detik, 08-10-2021"),
        Item::new(
            "Ahli waris juga menerima Rp10 juta untuk biaya pemakaman dan Rp12 juta santunan berkala.",
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
            "Jika pekerja meninggal karena kecelakaan kerja, paling banyak dua anaknya mendapat beasiswa. Tidak ada syarat lama iuran.",
            "If a worker dies in a work accident, up to two of their children get a scholarship. There is no minimum contribution period.",
        )
        .rule(PP_82_2019)
        .by("Harian Jogja; beritau.id, 2024"),
        Item::new(
            "Pekerja migran: sejak Permenaker 4/2023, manfaatnya bertambah dari 14 menjadi 21 jenis. Contohnya alat bantu dengar, kacamata, dan uang jika Anda di-PHK sepihak.",
            "Migrant workers: since Permenaker 4/2023, there are 21 kinds of benefit instead of 14. Examples are hearing aids, glasses, and money if you are dismissed without cause.",
        )
        .rule(PERMENAKER_4_2023)
        .by(PMI_BENEFITS),
        Item::new(
            "Pekerja migran yang gagal berangkat, bukan karena kesalahannya, menerima Rp10 juta. Sumber lain menyebut Rp7,5 juta, mungkin angka aturan lama.",
            "A migrant worker whose departure fails through no fault of their own receives Rp10 million. Another source says Rp7.5 million, perhaps the old amount.",
        )
        .rule(PERMENAKER_4_2023_PASAL_34)
        .by("jpnn, 2025 (BPJS Jakarta Pluit); dataset tanya-jawab pihak ketiga (huggingface)")
        .unverified(),
        Item::new(
            "Pekerja migran yang menjadi korban pemerkosaan menerima Rp50 juta. Angka ini baru dari satu sumber.",
            "A migrant worker who is raped receives Rp50 million. Only one source gives this amount.",
        )
        .rule(PERMENAKER_4_2023_PASAL_34)
        .by("jpnn, 2025 (BPJS Jakarta Pluit)")
        .unverified(),
        Item::new(
            "Kami belum bisa memastikan berapa lama pekerja migran dilindungi sebelum berangkat, selama bekerja, dan sesudah pulang.",
            "We could not confirm how long migrant workers are covered before departure, during work, and after return.",
        )
        .rule(PERMENAKER_4_2023)
        .unverified(),
    ]),
    section(WhoCanJoin, &[
        Item::new(
            "Semua kelompok peserta ikut JKK: penerima upah, pekerja mandiri, pekerja proyek konstruksi dan pekerja migran.",
            "Every group of members has JKK: wage earners, the self-employed, construction project workers and migrant workers.",
        ),
        Item::new(
            "Di proyek konstruksi, pekerja harian, borongan dan kontrak ikut JKK lewat proyeknya.",
            "On construction projects, day labourers, piece-rate and contract workers get JKK through the project.",
        )
        .rule(PERMENAKER_44_2015)
        .by("pasal.id"),
        Item::new(
            "Kontraktor harus mendaftarkan proyeknya paling lambat 14 hari kerja sejak SPK terbit.",
            "The contractor must register the project within 14 working days of the work order (SPK).",
        )
        .rule(PERMENAKER_44_2015)
        .by("pasal.id"),
        Item::new(
            "Bagi pekerja migran, JKK wajib sejak tahap calon pekerja, sebelum berangkat.",
            "For migrant workers, JKK is compulsory from the candidate stage, before departure.",
        )
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
            "Pekerja mandiri (BPU) membayar JKK sendiri. Penghasilan dibagi ke dalam golongan, dan tiap golongan punya penghasilan dasar. Iurannya 1% dari penghasilan dasar golongan Anda.",
            "Self-employed workers (BPU) pay for JKK themselves. Incomes are grouped into bands, and each band has a base income. The contribution is 1% of your band's base income.",
        )
        .rule(PP_44_2015_LAMPIRAN_II)
        .by(BPU_JKK_SOURCES)
        .fact(Fact::BpuJkk),
        Item::new(
            "Untuk sementara, pemerintah memotong iuran JKK dan JKM pekerja mandiri (BPU) sebesar 50%. Manfaat yang Anda terima tetap sama.",
            "For a limited time, the government cuts the JKK and JKM contributions of self-employed workers (BPU) by 50%. Your benefits stay the same.",
        )
        .rule(PP_50_2025)
        .by(BPU_DISCOUNT),
        Item::new(
            "Sektor transportasi (ojol, ojek pangkalan, sopir, kurir) mendapat potongan untuk iuran Januari 2026 sampai Maret 2027. Sektor lain mendapatnya untuk iuran April sampai Desember 2026.",
            "The transport sector (app-based and street ojek, drivers, couriers) gets the cut for contributions from January 2026 to March 2027. Other sectors get it for April to December 2026.",
        )
        .rule(PP_50_2025)
        .by("BPJS Ketenagakerjaan (artikel 18931); Antara Jateng, 2026; okezone, 03-02-2026")
        .fact(Fact::BpuDiscount),
        Item::new(
            "Potongan ini tidak berlaku jika iuran Anda dibayar dari APBN atau APBD.",
            "The cut does not apply if your contributions are paid from the central or regional budget (APBN or APBD).",
        )
        .rule(PP_50_2025)
        .by("CNBC Indonesia, 04-02-2026; xcloud.id (mengutip Kemnaker)"),
        Item::new(
            "Iuran terendah BPU untuk JKK dan JKM bersama berubah menurut bulan, karena potongan tadi.",
            "The lowest BPU contribution for JKK and JKM together depends on the month, because of this cut.",
        )
        .rule(PP_50_2025)
        .by("Antara Jateng, 2026; kabar24.id, 17-09-2025")
        .fact(Fact::BpuMinimum),
        Item::new(
            "Untuk proyek konstruksi, kontraktor membayar iuran dari nilai kontrak. Nilai kontrak dibagi menjadi beberapa lapis, dan tiap lapis punya tarif sendiri.",
            "For construction projects, the contractor pays contributions based on the contract value. The value is split into bands, and each band has its own rate.",
        )
        .rule(PP_44_2015_JAKON)
        .by(JAKON_RATES),
        Item::new(
            "Tarif tiap lapis hanya dikenakan pada bagian nilai kontrak di atas batas bawah lapis itu. Makin tinggi lapisnya, makin kecil tarifnya.",
            "Each band's rate applies only to the part of the contract value above the band's lower limit. The higher the band, the lower its rate.",
        )
        .rule(PP_44_2015_JAKON)
        .by(JAKON_RATES)
        .fact(Fact::JakonContractRates),
        Item::new(
            "Jika upah pekerja proyek diketahui, kontraktor boleh membayar iuran dari upah, bukan dari nilai kontrak.",
            "Where the project workers' wages are known, the contractor may pay contributions on wages instead of on the contract value.",
        )
        .rule(PERDIR_22_2022)
        .by(JAKON_WAGE)
        .fact(Fact::JakonWageRates),
        Item::new(
            "Pekerja migran membayar iuran JKK dan JKM dua kali: sebelum berangkat, lalu untuk masa kerja dan sesudahnya. Bagian kedua tergantung lama kontrak: 6, 12 atau 24 bulan.",
            "Migrant workers pay JKK and JKM contributions twice: before departure, then for the working period and after. The second part depends on the contract length: 6, 12 or 24 months.",
        )
        .rule(PERMENAKER_4_2023_PASAL_18)
        .by(PMI_CONTRIBUTIONS)
        .fact(Fact::PmiContributions),
        Item::new(
            "Jika Anda bekerja lebih lama dari kontrak, ada iuran tambahan untuk tiap bulan kelebihannya. Iuran ini dibayar sekaligus.",
            "If you work longer than the contract, there is an extra contribution for each extra month. It is paid at once.",
        )
        .rule(PERMENAKER_4_2023_PASAL_18)
        .by("pasal.id (Pasal 18)"),
    ]),
    section(HowToClaim, &[
        Item::new(
            "Laporkan kecelakaan ke BPJS Ketenagakerjaan paling lambat 2 hari (2×24 jam). Laporan ini disebut laporan tahap I.",
            "Report the accident to BPJS Ketenagakerjaan within 2 days (2×24 hours). This is called the stage I report.",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Berobatlah di PLKK: rumah sakit atau klinik yang bekerja sama dengan BPJS Ketenagakerjaan. Anda tidak perlu membayar dulu.",
            "Get treatment at a PLKK: a hospital or clinic that works with BPJS Ketenagakerjaan. You do not have to pay first.",
        )
        .by("solotrust, 2018; iNews Medan, 2024"),
        Item::new(
            "Uang santunan Anda urus di kantor cabang BPJS Ketenagakerjaan.",
            "You claim cash benefits at a BPJS Ketenagakerjaan branch office.",
        ),
        Item::new("Batas waktu klaim adalah 5 tahun.", "You have 5 years to claim.")
            .rule(PP_82_2019_PASAL_26)
            .by("Harian Jogja, 23-12-2019; spn.or.id")
            .before("Sebelum PP 82/2019, batasnya 2 tahun.", "Before PP 82/2019, the limit was 2 years."),
        Item::new(
            "Pekerja migran juga punya waktu 5 tahun untuk mengajukan klaim JKK.",
            "Migrant workers also have 5 years to claim JKK.",
        )
        .rule(PERMENAKER_4_2023)
        .by(PMI_BENEFITS)
        .before(
            "Sebelum Permenaker 4/2023, pekerja migran hanya punya waktu 2 tahun.",
            "Before Permenaker 4/2023, migrant workers had only 2 years.",
        ),
    ]),
    section(Documents, &[
        Item::new(
            "Laporan kecelakaan tahap I dan tahap II.",
            "The stage I and stage II accident reports.",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Surat keterangan dari dokter yang merawat Anda (formulir 3b atau KK3).",
            "A statement from the doctor who treated you (form 3b or KK3).",
        )
        .by("Kontan; Tribunnews, 2023"),
        Item::new(
            "Cerita tertulis tentang kejadiannya (kronologi) dan daftar hadir kerja.",
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
        Item::new("JKK diatur PP 44/2015.", "JKK is set by PP 44/2015.").rule(PP_44_2015),
        Item::new(
            "PP 82/2019 mengubah aturan itu. Perubahannya berlaku sejak 2 Desember 2019.",
            "PP 82/2019 amended it. The changes apply from 2 December 2019.",
        )
        .rule(PP_82_2019),
        Item::new(
            "PP 49/2023 mengubahnya lagi pada 6 Oktober 2023. Sebagian iuran JKK kini dipakai untuk JKP. Total iuran pemberi kerja tidak berubah.",
            "PP 49/2023 amended it again on 6 October 2023. Part of the JKK contribution now goes to JKP. The employer's total does not change.",
        )
        .rule(PP_49_2023)
        .by("hukumonline, 10-2023; pasal.id"),
        Item::new(
            "PP 50/2025 memberi potongan iuran JKK dan JKM bagi pekerja mandiri (BPU) pada 2026.",
            "PP 50/2025 gives self-employed workers (BPU) a cut in JKK and JKM contributions in 2026.",
        )
        .rule(PP_50_2025)
        .by(BPU_DISCOUNT),
        Item::new(
            "Tarif proyek konstruksi juga dimuat ulang di PP 49/2020 dan di Peraturan Direksi BPJS 22/2022.",
            "The construction rates are also restated in PP 49/2020 and in BPJS Board Regulation 22/2022.",
        )
        .rule(PP_49_2020)
        .by("pasal.id; BPJS Ketenagakerjaan (flipbuilder)"),
        Item::new(
            "Permenaker 44/2015 mengatur tata cara kepesertaan proyek konstruksi, bukan tarifnya.",
            "Permenaker 44/2015 sets how construction projects join, not their rates.",
        )
        .rule(PERMENAKER_44_2015)
        .by("pasal.id"),
        Item::new(
            "Tata cara JKK diatur Permenaker 5/2021.",
            "The JKK procedures are in Permenaker 5/2021.",
        )
        .rule(PERMENAKER_5_2021),
        Item::new(
            "Aturan untuk pekerja migran ada di Permenaker 4/2023, berlaku sejak 22 Februari 2023.",
            "The rules for migrant workers are in Permenaker 4/2023, in force since 22 February 2023.",
        )
        .rule(PERMENAKER_4_2023)
        .by("cobisnis, 03-03-2023"),
    ]),
];

static JKM_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "Jika peserta meninggal bukan karena kecelakaan kerja, ahli waris menerima Rp42 juta.",
            "If a member dies of something other than a work accident, the heirs receive Rp42 million.",
        )
        .rule(PP_82_2019)
        .by("BPJS Ketenagakerjaan (artikel 18913); Republika, 21-01-2020; Harian Jogja"),
        Item::new(
            "Rinciannya: santunan kematian Rp20 juta, biaya pemakaman Rp10 juta, dan Rp12 juta santunan berkala. Santunan berkala dulu dicicil, sekarang dibayar sekali.",
            "That is Rp20 million death benefit, Rp10 million for the funeral, and Rp12 million periodic support. The periodic support used to come in instalments; now it is paid at once.",
        )
        .rule(PP_82_2019)
        .by("BPJS Ketenagakerjaan (artikel 18913); Republika, 21-01-2020; Harian Jogja")
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
            "Ahli waris mengajukan beasiswa setiap tahun. Beasiswa berhenti jika anak berumur 23 tahun, menikah atau bekerja.",
            "The heirs apply for the scholarship every year. It stops when the child turns 23, marries or starts work.",
        )
        .rule(PERMENAKER_5_2021)
        .by("cinews.id, 29-03-2024; detik, 2021"),
        Item::new(
            "Jika kematiannya bukan karena kerja, anak hanya mendapat beasiswa bila peserta sudah membayar iuran paling sedikit 3 tahun.",
            "If the death was not caused by work, the children get a scholarship only if the member paid contributions for at least 3 years.",
        )
        .rule(PP_82_2019)
        .by("Harian Jogja; beritau.id, 2024")
        .before("Sebelum PP 82/2019, syaratnya 5 tahun.", "Before PP 82/2019, it was 5 years."),
        Item::new(
            "Pekerja migran yang meninggal selama masa kerja, bukan karena kecelakaan kerja: ahli waris menerima Rp85 juta, ditambah beasiswa untuk dua anak.",
            "A migrant worker who dies during the working period, not in a work accident: the heirs receive Rp85 million, plus scholarships for two children.",
        )
        .rule(PERMENAKER_4_2023)
        .by(PMI_JKM),
        Item::new(
            "Pekerja migran yang meninggal sebelum atau sesudah masa kerja: ahli waris menerima Rp42 juta (Rp20 juta, Rp12 juta dan Rp10 juta).",
            "A migrant worker who dies before or after the working period: the heirs receive Rp42 million (Rp20 million, Rp12 million and Rp10 million).",
        )
        .rule(PERMENAKER_4_2023)
        .by("BPJS Ketenagakerjaan (artikel 18896); radarbangka")
        .unverified(),
        Item::new(
            "Halaman BPJS yang lebih lama menyebut jumlah lain untuk kasus yang sama: Rp16,2 juta, Rp4,8 juta dan Rp3 juta. Itu kemungkinan angka sebelum 2019.",
            "An older BPJS page gives other amounts for the same case: Rp16.2 million, Rp4.8 million and Rp3 million. These are probably the pre-2019 amounts.",
        )
        .rule(PERMENAKER_4_2023)
        .by("BPJS Ketenagakerjaan (artikel 18125)")
        .unverified(),
    ]),
    section(WhoCanJoin, &[
        Item::new(
            "Semua kelompok peserta ikut JKM: penerima upah, pekerja mandiri, pekerja proyek konstruksi dan pekerja migran.",
            "Every group of members has JKM: wage earners, the self-employed, construction project workers and migrant workers.",
        ),
        Item::new(
            "Bagi pekerja migran, JKM wajib sejak tahap calon pekerja, sebelum berangkat.",
            "For migrant workers, JKM is compulsory from the candidate stage, before departure.",
        )
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
            "Pekerja mandiri (BPU) membayar JKM sendiri. Jumlahnya sama untuk semua, berapa pun penghasilan Anda.",
            "Self-employed workers (BPU) pay for JKM themselves. Everyone pays the same amount, whatever their income.",
        )
        .rule(PP_44_2015_BPU_FIXED)
        .by(BPU_JKM_SOURCES)
        .fact(Fact::BpuJkm),
        Item::new(
            "Pada 2026, iuran JKM pekerja mandiri (BPU) juga dipotong 50%, kecuali jika dibayar dari APBN atau APBD. Manfaatnya tetap sama.",
            "In 2026, the JKM contribution of self-employed workers (BPU) is also cut by 50%, unless it is paid from the APBN or APBD. The benefits stay the same.",
        )
        .rule(PP_50_2025)
        .by(BPU_DISCOUNT)
        .fact(Fact::BpuDiscount),
        Item::new(
            "Untuk proyek konstruksi, kontraktor membayar JKM dari nilai kontrak, dengan tarif berlapis seperti JKK.",
            "For construction projects, the contractor pays JKM on the contract value, in bands like JKK.",
        )
        .rule(PP_44_2015_JAKON)
        .by(JAKON_RATES)
        .fact(Fact::JakonContractRates),
        Item::new(
            "Jika upah pekerja proyek diketahui, kontraktor boleh membayar JKM dari upah.",
            "Where the project workers' wages are known, the contractor may pay JKM on wages.",
        )
        .rule(PERDIR_22_2022)
        .by(JAKON_WAGE)
        .fact(Fact::JakonWageRates),
        Item::new(
            "Pekerja migran: iuran JKM sudah termasuk dalam iuran JKK dan JKM yang dibayar sebelum dan selama masa kerja.",
            "Migrant workers: JKM is part of the JKK and JKM contributions paid before and during the working period.",
        )
        .rule(PERMENAKER_4_2023_PASAL_18)
        .by(PMI_CONTRIBUTIONS)
        .fact(Fact::PmiContributions),
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
        Item::new("JKM diatur PP 44/2015.", "JKM is set by PP 44/2015.").rule(PP_44_2015),
        Item::new(
            "PP 82/2019 mengubah aturan itu dan menaikkan santunan. Perubahannya berlaku sejak 2 Desember 2019.",
            "PP 82/2019 amended it and raised the benefits. The changes apply from 2 December 2019.",
        )
        .rule(PP_82_2019),
        Item::new(
            "PP 49/2023 mengubahnya lagi pada 6 Oktober 2023. Iuran JKM ikut diatur ulang untuk JKP, lalu PP 6/2025 menghapus bagian JKM itu.",
            "PP 49/2023 amended it again on 6 October 2023. It also reshaped the JKM contribution for JKP; PP 6/2025 later removed that JKM share.",
        )
        .rule(PP_49_2023)
        .by("hukumonline, 10-2023; pasal.id"),
        Item::new(
            "PP 50/2025 memberi potongan iuran JKK dan JKM bagi pekerja mandiri (BPU) pada 2026.",
            "PP 50/2025 gives self-employed workers (BPU) a cut in JKK and JKM contributions in 2026.",
        )
        .rule(PP_50_2025)
        .by(BPU_DISCOUNT),
        Item::new(
            "Tata cara dan besar beasiswa diatur Permenaker 5/2021, berlaku sejak 1 April 2021.",
            "The procedures and scholarship amounts are in Permenaker 5/2021, in force since 1 April 2021.",
        )
        .rule(PERMENAKER_5_2021),
        Item::new(
            "Manfaat bagi pekerja migran diatur Permenaker 4/2023.",
            "Benefits for migrant workers are set by Permenaker 4/2023.",
        )
        .rule(PERMENAKER_4_2023),
    ]),
];

static JHT_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "JHT adalah tabungan. Anda menerima semua iuran ditambah keuntungan dari uang yang disimpan di BPJS. Jadi jumlahnya tidak tetap.",
            "JHT is savings. You get all contributions plus the returns earned on the money BPJS holds. So there is no fixed amount.",
        )
        .rule(PP_46_2015),
        Item::new(
            "Anda menerima uangnya sekaligus saat umur 56 tahun, berhenti kerja atau kena PHK, pindah ke luar negeri untuk selamanya, atau cacat total tetap. Jika Anda meninggal, ahli waris yang menerimanya.",
            "You get the money at once at age 56, on leaving a job or dismissal (PHK), on moving abroad for good, or on total permanent disability. If you die, your heirs get it.",
        )
        .rule(PERMENAKER_4_2022),
        Item::new(
            "Jika Anda berhenti atau kena PHK, Anda bisa klaim setelah masa tunggu 1 bulan.",
            "If you resign or are dismissed, you can claim after a 1-month waiting period.",
        )
        .rule(PERMENAKER_4_2022)
        .by("spkep-spsi.org, 27-04-2022; arzettilaw.co.id; Kompas, 30-04-2022")
        .before(
            "Permenaker 2/2022 (4 Februari 2022) sempat menunda JHT sampai umur 56, walau sudah kena PHK. Permenaker 4/2022 mencabutnya sebelum aturan itu berlaku.",
            "Permenaker 2/2022 (4 February 2022) would have delayed JHT until age 56, even after dismissal. Permenaker 4/2022 withdrew it before it took effect.",
        ),
        Item::new(
            "Pekerja kontrak (PKWT) yang kontraknya habis juga bisa klaim. Begitu juga pekerja mandiri (BPU) yang berhenti bekerja.",
            "Contract workers (PKWT) whose contract ends can also claim. So can self-employed workers (BPU) who stop working.",
        )
        .rule(PERMENAKER_4_2022)
        .by("spkep-spsi.org, 27-04-2022; Kompas, 30-04-2022"),
        Item::new(
            "Setelah 10 tahun menjadi peserta, Anda boleh mengambil sebagian tabungan, sekali saja. Paling banyak 30% untuk rumah, atau paling banyak 10% untuk keperluan lain.",
            "After 10 years of membership, you may take out part of your savings, once only. At most 30% for housing, or at most 10% for other needs.",
        )
        .rule(PP_46_2015_PASAL_22)
        .by("pasal.id; jpnn, 21-02-2022 (Menaker); e-kliping Kemnaker, 16-11-2021"),
    ]),
    section(WhoCanJoin, &[
        Item::new("Penerima upah (PU): wajib.", "Wage earners (PU): required.").rule(PP_46_2015),
        Item::new(
            "Pekerja mandiri (BPU): boleh ikut, sebagai tambahan JKK dan JKM.",
            "Self-employed workers (BPU): optional, on top of JKK and JKM.",
        )
        .rule(PP_46_2015)
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
            "Pekerja mandiri (BPU) yang ikut JHT membayar 2% dari penghasilan dasar golongannya. Golongannya sama dengan golongan untuk JKK.",
            "Self-employed workers (BPU) who join JHT pay 2% of their band's base income. It is the same band as for JKK.",
        )
        .rule(PP_46_2015)
        .by(BPU_JHT)
        .fact(Fact::BpuJht),
        Item::new(
            "Pekerja migran yang ikut JHT memilih satu dari tujuh jumlah iuran tetap per bulan. Baru satu sumber yang memuat daftarnya.",
            "Migrant workers who join JHT choose one of seven fixed monthly amounts. Only one source lists them.",
        )
        .rule(PERMENAKER_4_2023)
        .by("detikFinance, 17-03-2023")
        .unverified()
        .fact(Fact::PmiJht),
    ]),
    section(HowToClaim, &[
        Item::new(
            "Anda bisa klaim lewat aplikasi JMO jika akun sudah nonaktif dan data Anda sudah diperbarui. Sejak Mei 2025, batasnya Rp15 juta.",
            "You can claim through the JMO app if the account is inactive and your data is up to date. Since May 2025, the limit is Rp15 million.",
        )
        .by("detik Jateng, 2025; Tribun Priangan, 30-06-2025; okezone, 07-01-2026")
        .before("Sebelum Mei 2025, batasnya Rp10 juta.", "Before May 2025, the limit was Rp10 million.")
        .unverified(),
        Item::new(
            "Sumber berbeda soal arti batas JMO itu. Ada yang menyebutnya batas saldo: saldo sampai Rp15 juta bisa dicairkan penuh lewat JMO. Ada juga yang menyebutnya batas klaim sebagian.",
            "Sources differ on what the JMO limit means. Some call it a balance ceiling: a balance of up to Rp15 million can be paid out in full in JMO. Others call it the cap on a partial claim.",
        )
        .by("detik Jateng, 2025; mataberita, 2025; transpantura, 12-2025; okezone, 21-10-2025")
        .unverified(),
        Item::new(
            "Batas JMO adalah kebijakan BPJS. Kami belum menemukan aturan yang menetapkannya.",
            "The JMO limit is a BPJS policy. We have not found a regulation that sets it.",
        )
        .unverified(),
        Item::new(
            "Lewat Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id): isi formulir, unggah dokumen, lalu ikuti wawancara video.",
            "Through Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id): fill in a form, upload documents, then have a video interview.",
        )
        .by("Liputan6, 07-08-2024"),
        Item::new(
            "Lapak Asik melayani Senin sampai Jumat, pukul 06.00–17.00 WIB.",
            "Lapak Asik is open Monday to Friday, 06:00–17:00 WIB.",
        )
        .by("Liputan6, 07-08-2024"),
        Item::new(
            "Anda juga bisa datang ke kantor cabang. Di sana ada Lapak Asik versi tatap muka.",
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
            "NPWP, jika saldo Anda lebih dari Rp50 juta.",
            "Your tax number (NPWP), if your balance is over Rp50 million.",
        )
        .by("Kontan; Tribunnews, 2023; transpantura, 12-2025"),
    ]),
    section(Regulations, &[
        Item::new(
            "JHT diatur PP 46/2015 dan perubahannya, PP 60/2015.",
            "JHT is set by PP 46/2015 and its amendment, PP 60/2015.",
        )
        .rule(PP_60_2015),
        Item::new(
            "Aturan klaim sebagian ada di PP 46/2015 Pasal 22.",
            "The partial-claim rule is in Article 22 of PP 46/2015.",
        )
        .rule(PP_46_2015_PASAL_22),
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
            "Anda mendapat pensiun bulanan jika sudah membayar iuran paling sedikit 15 tahun.",
            "You get a monthly pension if you have paid contributions for at least 15 years.",
        )
        .rule(PP_45_2015)
        .by("star.grid.id, 07-02-2024"),
        Item::new(
            "Jika iuran Anda kurang dari 15 tahun, Anda menerima semua iuran ditambah keuntungannya, sekaligus.",
            "If you paid for less than 15 years, you get all your contributions plus their returns, at once.",
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
            "Pensiun bulanan punya batas paling rendah dan paling tinggi. Batas ini naik setiap tahun, mengikuti inflasi.",
            "The monthly pension has a lowest and a highest amount. These rise every year with inflation.",
        )
        .rule(PP_45_2015_PASAL_18)
        .by("suaraindonesia.co.id, 29-04-2024; i-admin.com, 13-03-2025")
        .fact(Fact::JpMinPension),
        Item::new(
            "Usia pensiun 57 tahun sejak 2019. Usia ini naik 1 tahun setiap 3 tahun, sampai 65 tahun pada 2043.",
            "The pension age was 57 from 2019. It rises by 1 year every 3 years, up to 65 in 2043.",
        )
        .rule(PP_45_2015_PASAL_15)
        .by("edisi.co.id"),
        Item::new(
            "Pada 2025 sampai 2027, usia pensiun 59 tahun.",
            "From 2025 to 2027, the pension age is 59.",
        )
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
            "Sumber kami menyebut ukuran usaha hanya sebagai syarat JKP. Untuk JKP, pekerja di usaha menengah dan besar harus terdaftar di JKK, JKM, JHT dan JP.",
            "Our sources mention firm size only as a condition for JKP. For JKP, workers at medium and large firms must be enrolled in JKK, JKM, JHT and JP.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
        Item::new(
            "Kami belum bisa memastikan apakah JP wajib bagi pekerja di usaha mikro dan kecil.",
            "We could not confirm whether JP is compulsory for workers at micro and small firms.",
        )
        .unverified(),
    ]),
    section(Contributions, &[
        Item::new(
            "Pemberi kerja membayar 2% dan pekerja membayar 1% dari upah sebulan.",
            "The employer pays 2% and the worker pays 1% of the monthly wage.",
        )
        .rule(PP_45_2015)
        .by(STAR_GRID_RATES),
        Item::new(
            "Upah yang dihitung untuk JP ada batasnya. Batas itu naik setiap Maret, mengikuti pertumbuhan ekonomi tahun sebelumnya.",
            "The wage counted for JP is capped. The cap rises every March, in line with the previous year's economic growth.",
        )
        .rule(PP_45_2015_PASAL_29)
        .by("suaraindonesia.co.id, 29-04-2024; i-admin.com, 13-03-2025; mondaq.com, 12-03-2026")
        .fact(Fact::JpWageCap),
        Item::new(
            "Jika gaji Anda lebih tinggi dari batas itu, bagian di atas batas tidak dipotong untuk JP.",
            "If your pay is above the cap, the part above it is not charged for JP.",
        )
        .rule(PP_45_2015_PASAL_29)
        .by("suaraindonesia.co.id, 29-04-2024"),
        Item::new(
            "Sumber berbeda pada angka terakhir batas upah Maret 2025. Batas Maret 2026 baru dilaporkan kantor konsultan, belum oleh BPJS.",
            "Sources differ on the last digits of the March 2025 cap. The March 2026 cap has so far been reported by consulting firms, not by BPJS.",
        )
        .rule(PP_45_2015_PASAL_29)
        .by("glama.ai (refnusa); mondaq.com, 12-03-2026; indonesia.incorp.asia")
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
        Item::new(
            "Pasal 29 mengatur batas upah. Pasal 18 mengatur pensiun paling rendah dan paling tinggi.",
            "Article 29 sets the wage cap. Article 18 sets the lowest and highest pension.",
        )
        .rule(PP_45_2015_PASAL_29),
        Item::new("Tata caranya diatur Permenaker 29/2015.", "The procedures are in Permenaker 29/2015.")
            .rule(PERMENAKER_29_2015),
    ]),
];

static JKP_SECTIONS: [Section; 6] = [
    section(Pays, &[
        Item::new(
            "Anda menerima uang tunai 60% dari upah terakhir yang dilaporkan perusahaan ke BPJS, paling lama 6 bulan.",
            "You receive cash of 60% of the last wage your employer reported to BPJS, for up to 6 months.",
        )
        .rule(PP_6_2025_CASH)
        .by("okezone, 16-02-2025; statusternate, 15-02-2025; liputankukar, 02-2025")
        .before(
            "Sebelum PP 6/2025: 45% upah selama 3 bulan, lalu 25% selama 3 bulan.",
            "Before PP 6/2025: 45% of wage for 3 months, then 25% for 3 months.",
        ),
        Item::new(
            "Upah yang dihitung paling tinggi Rp5 juta. Jadi Anda menerima paling banyak Rp3 juta sebulan, atau Rp18 juta selama 6 bulan.",
            "The wage counted is capped at Rp5 million. So you receive at most Rp3 million a month, or Rp18 million over 6 months.",
        )
        .rule(PP_6_2025_PASAL_21_3)
        .by("okezone, 16-02-2025; liputankukar, 02-2025"),
        Item::new(
            "Anda juga mendapat informasi lowongan kerja dan pelatihan kerja.",
            "You also get job vacancy information and job training.",
        )
        .rule(PP_6_2025)
        .by("wahananews; burcharry"),
        Item::new(
            "Jika perusahaan bangkrut atau tutup dan belum membayar iuran Anda sampai 6 bulan, JKP tetap dibayar. Perusahaan tetap wajib melunasi tunggakan itu.",
            "If the firm went bankrupt or closed owing up to 6 months of your contributions, JKP is still paid. The firm must still pay what it owes.",
        )
        .rule(PP_6_2025_PASAL_39A)
        .by("impor.wush.co.id; karirgram; kaltenglima"),
    ]),
    section(WhoCanJoin, &[
        Item::new(
            "JKP untuk penerima upah (PU) yang didaftarkan pemberi kerjanya.",
            "JKP is for wage earners (PU) registered by their employer.",
        )
        .rule(PP_37_2021_ELIGIBILITY),
        Item::new(
            "Anda harus warga negara Indonesia dan berumur di bawah 54 tahun saat mendaftar. Syarat ini berasal dari PP 37/2021. Kami belum memastikan apakah PP 6/2025 mengubahnya.",
            "You must be an Indonesian citizen and under 54 when you register. This condition comes from PP 37/2021. We have not confirmed whether PP 6/2025 changed it.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang")
        .unverified(),
        Item::new(
            "Di usaha menengah dan besar, Anda harus terdaftar di JKK, JKM, JHT dan JP. Di usaha mikro dan kecil, paling sedikit di JKK, JKM dan JHT.",
            "At a medium or large firm, you must be enrolled in JKK, JKM, JHT and JP. At a micro or small firm, in at least JKK, JKM and JHT.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
        Item::new(
            "Anda juga harus terdaftar di JKN (BPJS Kesehatan). Tidak harus lewat pemberi kerja: peserta JKN PBI (iuran dibayar pemerintah) dan JKN mandiri juga bisa ikut JKP.",
            "You must also be enrolled in JKN (BPJS Kesehatan). It need not be through your employer: JKN members whose premium the government pays (PBI) and self-paying members can also join JKP.",
        )
        .rule(PP_6_2025_PASAL_4)
        .by(JKP_ELIGIBILITY_2025)
        .before(
            "Sebelum PP 6/2025, Anda harus terdaftar di JKN sebagai pekerja penerima upah (PPU), lewat pemberi kerja.",
            "Before PP 6/2025, you had to be in JKN as a wage earner (PPU), through your employer.",
        ),
        Item::new(
            "Anda harus sudah membayar iuran paling sedikit 12 bulan dalam 24 bulan sebelum PHK. Bulan-bulan itu tidak harus berturut-turut.",
            "You must have paid contributions for at least 12 of the 24 months before dismissal. The months do not have to be in a row.",
        )
        .rule(PP_6_2025_PASAL_19)
        .by("Tempo (Antara), 02-2025; ptgasi.co.id, 08-05-2025")
        .before(
            "Sebelum PP 6/2025, 6 dari 12 bulan itu harus berturut-turut.",
            "Before PP 6/2025, 6 of those 12 months had to be in a row.",
        ),
        Item::new(
            "Anda tidak dapat JKP jika berhenti atas kemauan sendiri, pensiun, cacat total tetap, atau kontrak kerja (PKWT) Anda memang habis sesuai jadwal.",
            "You do not get JKP if you resign, retire, become totally and permanently disabled, or your fixed-term contract (PKWT) simply ends as planned.",
        )
        .rule(PP_37_2021_ELIGIBILITY)
        .by("star.grid.id; palpos; iNews Semarang"),
    ]),
    section(Contributions, &[
        Item::new(
            "Anda dan pemberi kerja tidak membayar tambahan untuk JKP.",
            "You and your employer pay nothing extra for JKP.",
        )
        .rule(PP_6_2025_PASAL_11)
        .by("okezone, 16-02-2025"),
        Item::new(
            "Iuran JKP 0,36% dari upah. Pemerintah pusat membayar 0,22%. Sisanya, 0,14%, diambil dari iuran JKK yang dibayar pemberi kerja.",
            "The JKP contribution is 0.36% of wage. The central government pays 0.22%. The other 0.14% comes out of the JKK contribution the employer pays.",
        )
        .rule(PP_6_2025_PASAL_11)
        .by("okezone, 16-02-2025; Bisnis.com, 14-02-2025; ptgasi.co.id, 08-05-2025")
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
            "JKP hangus jika Anda terlambat mengajukan, sudah bekerja lagi, atau meninggal.",
            "You lose JKP if you claim too late, start a new job, or die.",
        )
        .rule(PP_6_2025_PASAL_40)
        .by("baperanews; iNews Sumba"),
        Item::new(
            "Ajukan klaim lewat SIAPkerja, portal milik Kemnaker.",
            "Claim through SIAPkerja, the Ministry of Manpower's portal.",
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
            "Surat komitmen aktif mencari kerja (KAPK) yang sudah Anda tanda tangani.",
            "A commitment to look for work (KAPK), signed by you.",
        )
        .by("bloombergtechnoz"),
    ]),
    section(Regulations, &[
        Item::new("JKP diatur PP 37/2021.", "JKP is set by PP 37/2021.").rule(PP_37_2021),
        Item::new(
            "PP 6/2025 mengubah aturan itu. Perubahannya berlaku sejak 7 Februari 2025.",
            "PP 6/2025 amended it. The changes apply from 7 February 2025.",
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
            "JKK melindungi pekerja yang celaka saat bekerja atau sakit karena pekerjaannya. Biaya berobat ditanggung tanpa batas.",
            "JKK protects workers hurt at work or made ill by their work. Medical care is paid for with no cost limit.",
        ),
        membership: &[
            member(MemberGroup::Pu, Participation::Required, PP_44_2015),
            member(MemberGroup::Bpu, Participation::Required, PP_44_2015_BPU),
            member(MemberGroup::Jakon, Participation::Required, PERMENAKER_44_2015),
            member(MemberGroup::Pmi, Participation::Required, PERMENAKER_4_2023),
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
            member(MemberGroup::Pu, Participation::Required, PP_44_2015),
            member(MemberGroup::Bpu, Participation::Required, PP_44_2015_BPU_FIXED),
            member(MemberGroup::Jakon, Participation::Required, PERMENAKER_44_2015),
            member(MemberGroup::Pmi, Participation::Required, PERMENAKER_4_2023),
        ],
        sections: &JKM_SECTIONS,
    },
    ProgramPage {
        program: Program::Jht,
        name: Tr::new("Jaminan Hari Tua", "Old-age savings"),
        summary: Tr::new(
            "Tabungan untuk hari tua. Anda menerima semua iuran dan keuntungannya sekaligus, misalnya saat berhenti kerja atau umur 56.",
            "Savings for old age. You get all contributions and their returns at once, for example when you stop work or turn 56.",
        ),
        membership: &[
            member(MemberGroup::Pu, Participation::Required, PP_46_2015),
            member(MemberGroup::Bpu, Participation::Optional, PP_46_2015),
            member_note(
                MemberGroup::Jakon,
                Participation::NotIncluded,
                PERMENAKER_44_2015,
                "Skema proyek hanya mencakup JKK dan JKM.",
                "The project scheme covers only JKK and JKM.",
            ),
            member(MemberGroup::Pmi, Participation::Optional, PERMENAKER_4_2023),
        ],
        sections: &JHT_SECTIONS,
    },
    ProgramPage {
        program: Program::Jp,
        name: Tr::new("Jaminan Pensiun", "Pension"),
        summary: Tr::new(
            "Uang bulanan setelah usia pensiun, untuk penerima upah. Anda perlu membayar iuran paling sedikit 15 tahun.",
            "A monthly income after pension age, for wage earners. You need at least 15 years of contributions.",
        ),
        membership: &[
            member_note(
                MemberGroup::Pu,
                Participation::Depends,
                PP_37_2021_ELIGIBILITY,
                "Usaha menengah dan besar: wajib. Usaha mikro dan kecil: kami belum bisa memastikan apakah JP wajib.",
                "Medium and large firms: required. Micro and small firms: we could not confirm whether JP is compulsory.",
            ),
            member(MemberGroup::Bpu, Participation::NotIncluded, PP_45_2015),
            member_note(
                MemberGroup::Jakon,
                Participation::NotIncluded,
                PERMENAKER_44_2015,
                "Skema proyek hanya mencakup JKK dan JKM.",
                "The project scheme covers only JKK and JKM.",
            ),
            member_note(
                MemberGroup::Pmi,
                Participation::NotIncluded,
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
                MemberGroup::Pu,
                Participation::Required,
                PP_6_2025_PASAL_4,
                "Ada syarat: lihat bagian \"Siapa bisa ikut\". Sejak PP 6/2025, peserta JKN PBI dan JKN mandiri juga bisa ikut.",
                "Conditions apply: see \"Who can join\". Since PP 6/2025, JKN members paid for by the government (PBI) or paying themselves can also join.",
            ),
            member(MemberGroup::Bpu, Participation::NotIncluded, PP_37_2021_ELIGIBILITY),
            member_note(
                MemberGroup::Jakon,
                Participation::NotIncluded,
                PERMENAKER_44_2015,
                "Skema proyek hanya mencakup JKK dan JKM.",
                "The project scheme covers only JKK and JKM.",
            ),
            member_note(
                MemberGroup::Pmi,
                Participation::NotIncluded,
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
            "Saat itu cakupannya dilaporkan 54,09%: 49 juta dari 92 juta pekerja yang bisa menjadi peserta. Namun 49 juta dibagi 92 juta hanya sekitar 53,3%.",
            "Coverage then was reported as 54.09%: 49 million of 92 million workers who could be members. But 49 million divided by 92 million is only about 53.3%.",
        )
        .rule(INPRES_2_2021)
        .by("hukumonline (mengutip Setkab)")
        .unverified(),
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
            "Contoh: Kabupaten Penajam Paser Utara membayar iuran BPU terendah untuk tiap pekerja rentan dari APBD. Dasarnya Inpres 4/2022.",
            "Example: Penajam Paser Utara regency pays the lowest BPU contribution for each vulnerable worker from its budget (APBD). It cites Inpres 4/2022.",
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
            "Contoh: pada 31 Maret 2025, Bali punya 935.079 peserta aktif dari 1.873.899 penduduk bekerja. Sumbernya menyebut cakupan 50,88%. Namun hasil bagi kedua angka itu 49,90%.",
            "Example: on 31 March 2025, Bali had 935,079 active members out of 1,873,899 working people. The source gives coverage of 50.88%. But dividing these two numbers gives 49.90%.",
        )
        .by("Antara Bali")
        .unverified(),
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
        "Anggaran tahunan pemerintah provinsi atau kabupaten/kota. Ada pemda yang membayar iuran pekerja rentan dari APBD, misalnya Kabupaten Penajam Paser Utara.",
        "The yearly budget of a province, regency or city. Some regional governments pay vulnerable workers' contributions from it, for example Penajam Paser Utara regency.",
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
        "Pekerja di proyek konstruksi: buruh harian, borongan dan pekerja kontrak. Kontraktor membayar iuran JKK dan JKM dari nilai kontrak, atau dari upah jika upahnya diketahui.",
        "Workers on construction projects: day labourers, piece-rate and contract workers. The contractor pays JKK and JKM on the contract value, or on wages where wages are known.",
        &["spk", "pkwt", "jkk", "jkm"], &["jasa konstruksi"]),
    g("jht", "JHT", Some("Jaminan Hari Tua"),
        "Tabungan hari tua. Anda menerimanya sekaligus, misalnya saat berhenti kerja atau umur 56.",
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
        "Aplikasi ponsel BPJS Ketenagakerjaan. Anda bisa memakainya untuk klaim JHT, dengan syarat tertentu.",
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
        "Tingkat bahaya tempat kerja, dari kelompok 1 (paling rendah) sampai 5 (paling tinggi). Kelompok ini menentukan iuran JKK.",
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
        "Jumlah penduduk yang bekerja. Angka ini menjadi pembagi cakupan (UCJ).",
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
        "Peserta yang iurannya masih dibayar. Jumlahnya menjadi angka atas (pembilang) cakupan.",
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
        "Klinik, puskesmas atau rumah sakit yang bekerja sama dengan BPJS Ketenagakerjaan. Korban kecelakaan kerja bisa berobat di sana tanpa bayar di muka.",
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
        "Pekerja yang menerima upah dari pemberi kerja, misalnya karyawan. Pemberi kerja wajib mendaftarkan mereka. Di usaha menengah dan besar, mereka ikut kelima program. Untuk usaha mikro dan kecil, kami belum bisa memastikan apakah JP wajib.",
        "Workers paid a wage by an employer, such as employees. The employer must enrol them. At medium and large firms, they are in all five programs. For micro and small firms, we could not confirm whether JP is compulsory.",
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
        "Bagian manfaat kematian sebesar Rp12 juta. Dulu dicicil, sekarang dibayar sekali.",
        "The Rp12 million part of the death benefits. It used to come in instalments; now it is paid at once.",
        &["jkm", "jkk"], &[]),
    g("siapkerja", "SIAPkerja", None,
        "Portal Kementerian Ketenagakerjaan untuk klaim JKP.",
        "The Ministry of Manpower's portal for JKP claims.",
        &["jkp", "kapk"], &["siap kerja"]),
    g("spk", "SPK", Some("Surat Perintah Kerja"),
        "Surat perintah mulai kerja proyek. Kontraktor harus mendaftarkan proyek konstruksi paling lambat 14 hari kerja sejak SPK terbit.",
        "The work order for a project. The contractor must register a construction project within 14 working days of it.",
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
