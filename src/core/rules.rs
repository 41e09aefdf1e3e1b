//! Contribution and benefit rules with the months they are in force.
//!
//! Every amount or rate the checker uses, and every dated amount the
//! programme pages show ([`crate::core::programs::Fact`]), is stated once
//! here: its value, the months it applies ([`InForce`]), the regulation that
//! sets it ([`Rule`]), the public sources that report it ([`Source`]) and how
//! sure we are ([`Confidence`]). Lookups for a month answer with the rule in
//! force, or say that no rule is known for that month and hand back the last
//! known one with its dates ([`Lookup`]): never a silent extrapolation.
//!
//! Facts come from the project's research (gathered in 2026 from archived
//! public pages); see `docs/rules.md` for how to add a new year's values.
//!
//! Sources are not written here: each is an entry of content/sources.toml
//! (docs/content.md), the one list of sources the pages cite too, and a rule
//! cites it by its name in capitals through the constants `build.rs`
//! generates (`[bpjs-18913]` is `src::BPJS_18913`). The content check
//! (`core::content`) reads [`every_dated_rule`] to count those sources as
//! cited and to make sure each one is in the list.

use crate::core::lang::{Lang, Tr};
use crate::core::month::Month;
use crate::core::programs::sources as src;
use crate::core::programs::{
    Rule, PERDIR_22_2022, PERMENAKER_4_2023, PERMENAKER_4_2023_PASAL_18, PERMENAKER_4_2023_PASAL_34, PERMENAKER_5_2021,
    PP_44_2015, PP_44_2015_LAMPIRAN_II, PP_45_2015, PP_45_2015_PASAL_18, PP_45_2015_PASAL_29, PP_46_2015, PP_49_2020,
    PP_50_2025, PP_6_2025, PP_6_2025_CASH, PP_82_2019,
};

/// Whole Rupiah.
pub type Rupiah = i64;

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/// A public source that reported something (we read reports and excerpts,
/// not the official gazette): one entry of content/sources.toml, the one
/// type for a source. The pages cite it by name, through
/// [`crate::core::programs::ContentSource`] (its name and this); the rules
/// here through the constant `build.rs` generates for it
/// (`src::BPJS_18913`). Never written by hand: a value that is not one of
/// those constants fails the content check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub publisher: &'static str,
    pub title: Option<&'static str>,
    /// Only http(s) URLs; the UI links them.
    pub url: Option<&'static str>,
    /// ISO partial date of publication, where the page shows one.
    pub published: Option<&'static str>,
}

/// How sure the sources let us be about a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Two or more independent sources agree (or the regulation text itself).
    Agreed,
    /// Only one source gives it.
    SingleSource,
    /// Only secondary sources (consultants, law firms) give it; no official text seen.
    SecondaryOnly,
    /// Sources disagree; both values are named in the rule's note.
    Disputed,
}

impl Confidence {
    /// Everything but [`Confidence::Agreed`] is shown as "belum terverifikasi".
    pub const fn verified(self) -> bool {
        matches!(self, Confidence::Agreed)
    }

    /// Why it is not verified, in plain words; `None` when it is.
    pub const fn reason(self) -> Option<Tr> {
        match self {
            Confidence::Agreed => None,
            Confidence::SingleSource => Some(Tr::new(
                "Hanya satu sumber menyebut angka ini.",
                "Only one source gives this figure.",
            )),
            Confidence::SecondaryOnly => Some(Tr::new(
                "Hanya dilaporkan sumber sekunder (konsultan, kantor hukum). Kami belum melihat teks resmi BPJS.",
                "Reported only by secondary sources (consultants, law firms). We have not seen an official BPJS text.",
            )),
            Confidence::Disputed => Some(Tr::new("Sumber tidak sepakat.", "Sources disagree.")),
        }
    }
}

/// The months a rule applies, both ends inclusive. `until: None` means no
/// end is known (the rule is in force until changed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InForce {
    pub from: Month,
    pub until: Option<Month>,
}

impl InForce {
    pub const fn since(from: Month) -> InForce {
        InForce { from, until: None }
    }

    pub const fn between(from: Month, until: Month) -> InForce {
        InForce {
            from,
            until: Some(until),
        }
    }

    pub fn contains(&self, m: Month) -> bool {
        m >= self.from && self.until.is_none_or(|u| m <= u)
    }

    /// "sejak Juli 2015" / "Januari 2026 sampai Maret 2027", after a "Berlaku:" label.
    pub fn range_label(&self, lang: Lang) -> String {
        match (self.until, lang) {
            (None, Lang::Id) => format!("sejak {}", self.from.label(lang)),
            (None, Lang::En) => format!("since {}", self.from.label(lang)),
            (Some(u), Lang::Id) => format!("{} sampai {}", self.from.label(lang), u.label(lang)),
            (Some(u), Lang::En) => format!("{} to {}", self.from.label(lang), u.label(lang)),
        }
    }

    /// "berlaku sejak Maret 2026" / "berlaku Januari 2026 sampai Maret 2027", inside a sentence.
    pub fn label(&self, lang: Lang) -> String {
        match (self.until, lang) {
            (None, Lang::Id) => format!("berlaku sejak {}", self.from.label(lang)),
            (None, Lang::En) => format!("in force since {}", self.from.label(lang)),
            (Some(u), Lang::Id) => format!("berlaku {} sampai {}", self.from.label(lang), u.label(lang)),
            (Some(u), Lang::En) => format!("in force {} to {}", self.from.label(lang), u.label(lang)),
        }
    }
}

/// A value with its months, regulation, sources and confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated<T: 'static> {
    pub value: T,
    pub in_force: InForce,
    pub rule: Rule,
    pub sources: &'static [Source],
    pub confidence: Confidence,
    /// What else to know: a disputed value, an inferred month.
    pub note: Option<Tr>,
}

/// What every dated rule has, whatever the type of its value: for the
/// checks that look at all of them ([`every_dated_rule`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatedInfo {
    /// The table it is in: "JP_WAGE_CAPS".
    pub table: &'static str,
    pub in_force: InForce,
    pub rule: Rule,
    pub sources: &'static [Source],
    pub confidence: Confidence,
    pub note: Option<Tr>,
}

impl<T> Dated<T> {
    /// Everything but the value, with the name of the table it is in.
    pub const fn info(&self, table: &'static str) -> DatedInfo {
        DatedInfo {
            table,
            in_force: self.in_force,
            rule: self.rule,
            sources: self.sources,
            confidence: self.confidence,
            note: self.note,
        }
    }
}

/// The answer of a dated table for one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<T: 'static> {
    /// The rule in force that month.
    Known(&'static Dated<T>),
    /// The month is after the last known rule ended: no rule is known. The
    /// last known rule is given so the reader sees it, with its dates.
    NotKnown { last: &'static Dated<T> },
    /// The month is before the first rule in the table.
    Before { first: &'static Dated<T> },
}

impl<T> Lookup<T> {
    /// The rule to show: the one in force, or the last (first) known one.
    pub fn rule(&self) -> &'static Dated<T> {
        match *self {
            Lookup::Known(r) | Lookup::NotKnown { last: r } | Lookup::Before { first: r } => r,
        }
    }

    pub fn is_known(&self) -> bool {
        matches!(self, Lookup::Known(_))
    }
}

/// Looks up a table sorted by `in_force.from` for a month.
pub fn lookup<T>(table: &'static [Dated<T>], m: Month) -> Lookup<T> {
    if let Some(r) = table.iter().find(|r| r.in_force.contains(m)) {
        return Lookup::Known(r);
    }
    match (table.first(), table.last()) {
        (Some(first), _) if m < first.in_force.from => Lookup::Before { first },
        (_, Some(last)) => Lookup::NotKnown { last },
        _ => unreachable!("rule tables are never empty"),
    }
}

/// The rules that apply in `m`, from a table where several may (the BPU
/// discount has one rule per sector).
pub fn in_force_at<T>(table: &'static [Dated<T>], m: Month) -> impl Iterator<Item = &'static Dated<T>> {
    table.iter().filter(move |r| r.in_force.contains(m))
}

/// The first month after `m` in which a rule of the table starts or ends
/// (a change a reader should hear about), within `horizon` months.
pub fn next_change<T>(table: &'static [Dated<T>], m: Month, horizon: i32) -> Option<Month> {
    table
        .iter()
        .flat_map(|r| [Some(r.in_force.from), r.in_force.until.map(Month::next)])
        .flatten()
        .filter(|c| *c > m && m.months_until(*c) <= horizon)
        .min()
}

// ---------------------------------------------------------------------------
// The checker's window
// ---------------------------------------------------------------------------

/// The first month the checker computes for: February 2025, when PP 6/2025
/// (today's JKP rules) took effect. Earlier months had other JKP rules and
/// migrant-worker amounts that are not all in our research.
pub const EARLIEST_MONTH: Month = Month::ym(2025, 2);
/// The last month the checker accepts. Later months would only repeat the
/// last known rules.
pub const LATEST_MONTH: Month = Month::ym(2030, 12);

// ---------------------------------------------------------------------------
// Wage earners (PU): rates in basis points (0.24% = 24)
// ---------------------------------------------------------------------------

/// Employer JKK by risk group 1–5.
pub static PU_JKK_RATES: Dated<[u32; 5]> = Dated {
    value: [24, 54, 89, 127, 174],
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_44_2015,
    sources: &[src::STAR_GRID_2023_03_17, src::PARAPUAN, src::BPJS_18913],
    confidence: Confidence::Agreed,
    note: None,
};
/// Employer JKM.
pub static PU_JKM_RATE: Dated<u32> = Dated {
    value: 30,
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_44_2015,
    sources: &[src::STAR_GRID_2023_03_17, src::PARAPUAN, src::BPJS_18913],
    confidence: Confidence::Agreed,
    note: None,
};
/// JHT: (employer, worker).
pub static PU_JHT_RATES: Dated<(u32, u32)> = Dated {
    value: (370, 200),
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_46_2015,
    sources: &[src::STAR_GRID_2023_03_17, src::PARAPUAN, src::BPJS_18913],
    confidence: Confidence::Agreed,
    note: None,
};
/// JP: (employer, worker), on the wage up to the cap in force.
pub static PU_JP_RATES: Dated<(u32, u32)> = Dated {
    value: (200, 100),
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_45_2015,
    sources: &[src::STAR_GRID_2023_03_17, src::PARAPUAN, src::BPJS_18913],
    confidence: Confidence::Agreed,
    note: None,
};

/// A JP wage cap and the GDP growth it was indexed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpCap {
    pub amount: Rupiah,
    /// The previous year's GDP growth used for the indexation, in hundredths
    /// of a percent (5.11% = 511), where a source states it.
    pub gdp_growth_bp: Option<i32>,
}

const fn cap(amount: Rupiah, gdp_growth_bp: Option<i32>) -> JpCap {
    JpCap { amount, gdp_growth_bp }
}

const MONTH_NOT_STATED: Tr = Tr::new(
    "Sumber tidak menyebut bulan mulai berlakunya. Kami memakai Maret, sesuai aturan penyesuaian tahunan.",
    "The source does not give the month it took effect. We use March, as the yearly indexation rule does.",
);

/// The JP wage cap: Rp7 juta from July 2015 (Pasal 29 ayat 2), then each
/// March the previous cap × (1 + last year's GDP growth), rounded down to
/// the nearest Rp100 ([`next_jp_cap`]).
pub static JP_WAGE_CAPS: [Dated<JpCap>; 12] = [
    Dated {
        value: cap(7_000_000, None),
        in_force: InForce::between(Month::ym(2015, 7), Month::ym(2016, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::KRISHAND_2020_03],
        confidence: Confidence::Agreed,
        note: None,
    },
    Dated {
        value: cap(7_335_300, None),
        in_force: InForce::between(Month::ym(2016, 3), Month::ym(2017, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::KRISHAND_2020_03],
        confidence: Confidence::SingleSource,
        note: Some(MONTH_NOT_STATED),
    },
    Dated {
        value: cap(7_703_500, None),
        in_force: InForce::between(Month::ym(2017, 3), Month::ym(2018, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::KRISHAND_2020_03],
        confidence: Confidence::SingleSource,
        note: Some(MONTH_NOT_STATED),
    },
    Dated {
        value: cap(8_094_000, None),
        in_force: InForce::between(Month::ym(2018, 3), Month::ym(2019, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::KRISHAND_2020_03],
        confidence: Confidence::SingleSource,
        note: Some(MONTH_NOT_STATED),
    },
    Dated {
        value: cap(8_512_400, None),
        in_force: InForce::between(Month::ym(2019, 3), Month::ym(2020, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::KRISHAND_2020_03],
        confidence: Confidence::SingleSource,
        note: Some(MONTH_NOT_STATED),
    },
    Dated {
        value: cap(8_939_700, Some(502)),
        in_force: InForce::between(Month::ym(2020, 3), Month::ym(2021, 1)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::KRISHAND_2020_03, src::OECD_PENSIONS_AT_A_GLANCE],
        confidence: Confidence::Agreed,
        note: None,
    },
    Dated {
        value: cap(8_754_600, None),
        in_force: InForce::between(Month::ym(2021, 2), Month::ym(2022, 2)),
        rule: PP_45_2015_PASAL_29.with_note(
            "Surat Edaran BPJS Ketenagakerjaan B/0246/022021.",
            "BPJS Ketenagakerjaan circular B/0246/022021.",
        ),
        sources: &[src::RBTV_2024, src::GADJIAN_2022],
        confidence: Confidence::Disputed,
        note: Some(Tr::new(
            "Batas ini turun karena ekonomi 2020 menyusut. Satu sumber menyebut berlaku sejak Februari 2021; tahun lain selalu Maret.",
            "The cap fell because the economy shrank in 2020. One source says it applied from February 2021; every other year starts in March.",
        )),
    },
    Dated {
        value: cap(9_077_600, Some(369)),
        in_force: InForce::between(Month::ym(2022, 3), Month::ym(2023, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::GADJIAN_2022, src::GADJIAN_HELP_2023],
        confidence: Confidence::Agreed,
        note: None,
    },
    Dated {
        value: cap(9_559_600, Some(531)),
        in_force: InForce::between(Month::ym(2023, 3), Month::ym(2024, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::GADJIAN_HELP_2023, src::SUARAINDONESIA_2024_04_29, src::PIKIRAN_RAKYAT_2024_03_27],
        confidence: Confidence::Agreed,
        note: None,
    },
    Dated {
        value: cap(10_042_300, Some(505)),
        in_force: InForce::between(Month::ym(2024, 3), Month::ym(2025, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::SUARAINDONESIA_2024_04_29, src::PIKIRAN_RAKYAT_2024_03_27, src::RBTV_2024],
        confidence: Confidence::Agreed,
        note: None,
    },
    Dated {
        value: cap(10_547_400, Some(503)),
        in_force: InForce::between(Month::ym(2025, 3), Month::ym(2026, 2)),
        rule: PP_45_2015_PASAL_29.with_note(
            "Surat BPJS Ketenagakerjaan B/91/022025 (27 Februari 2025).",
            "BPJS Ketenagakerjaan letter B/91/022025 (27 February 2025).",
        ),
        sources: &[src::EOS_2025, src::I_ADMIN_2025_03_13],
        confidence: Confidence::Agreed,
        note: Some(Tr::new(
            "Satu alat pihak ketiga mengutip halaman BPJS dengan angka Rp10.547.000. Kami belum bisa membaca halaman itu.",
            "A third-party tool quotes a BPJS page as Rp10,547,000. We could not read that page.",
        )),
    },
    Dated {
        value: cap(11_086_300, Some(511)),
        // By Pasal 29 the next cap is due in March 2027.
        in_force: InForce::between(Month::ym(2026, 3), Month::ym(2027, 2)),
        rule: PP_45_2015_PASAL_29,
        sources: &[src::MONDAQ_2026_03_12, src::INCORP_2026],
        confidence: Confidence::SecondaryOnly,
        note: Some(Tr::new(
            "Dilaporkan konsultan dan kantor hukum. Pada 12 Maret 2026, keputusan direksi BPJS masih disiapkan.",
            "Reported by consultants and a law firm. On 12 March 2026 the BPJS board decision was still being finalised.",
        )),
    },
];

/// Pasal 29 ayat 3: the new cap is the old cap × (1 + GDP growth), rounded
/// down to the nearest Rp100. Growth in hundredths of a percent (5.11% = 511).
pub fn next_jp_cap(previous: Rupiah, gdp_growth_bp: i32) -> Rupiah {
    let raw = previous as i128 * (10_000 + gdp_growth_bp as i128) / 10_000;
    (raw / 100 * 100) as Rupiah
}

/// The lowest monthly JP pension (indexed yearly by inflation).
pub static JP_MIN_PENSION: [Dated<Rupiah>; 2] = [
    Dated {
        value: 393_500,
        in_force: InForce::between(Month::ym(2024, 3), Month::ym(2025, 2)),
        rule: PP_45_2015_PASAL_18,
        sources: &[src::SUARAINDONESIA_2024_04_29],
        confidence: Confidence::SingleSource,
        note: None,
    },
    Dated {
        value: 399_700,
        in_force: InForce::between(Month::ym(2025, 3), Month::ym(2026, 2)),
        rule: PP_45_2015_PASAL_18,
        sources: &[src::I_ADMIN_2025_03_13],
        confidence: Confidence::SingleSource,
        note: None,
    },
];

/// JP: years of contributions needed for a monthly pension.
pub const JP_MIN_YEARS_FOR_PENSION: u8 = 15;

// ---------------------------------------------------------------------------
// Self-employed and informal workers (BPU)
// ---------------------------------------------------------------------------

/// One income band of Lampiran II PP 44/2015: incomes from `min` up to
/// `max` (inclusive) pay on `base`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BpuBand {
    pub min: Rupiah,
    pub max: Rupiah,
    pub base: Rupiah,
}

/// The two bands our sources confirm. The rest of the table is not in our
/// research: incomes above the last `max` get no computed JKK or JHT.
pub static BPU_BANDS: [Dated<BpuBand>; 2] = [
    Dated {
        value: BpuBand {
            min: 0,
            max: 1_099_999,
            base: 1_000_000,
        },
        in_force: InForce::since(Month::ym(2015, 7)),
        rule: PP_44_2015_LAMPIRAN_II,
        sources: &[src::KABAR24_2025_09_17, src::AYOSEMARANG],
        confidence: Confidence::Agreed,
        note: Some(Tr::new(
            "Sumber menulis batasnya \"sampai Rp1.099.000\"; kami membacanya sebagai penghasilan di bawah Rp1.100.000.",
            "Sources write the limit as \"up to Rp1,099,000\"; we read it as incomes below Rp1,100,000.",
        )),
    },
    Dated {
        value: BpuBand {
            min: 1_100_000,
            max: 1_299_999,
            base: 1_200_000,
        },
        in_force: InForce::since(Month::ym(2015, 7)),
        rule: PP_44_2015_LAMPIRAN_II,
        sources: &[src::BPJS_18931],
        confidence: Confidence::SingleSource,
        note: None,
    },
];

/// BPU JKK: 1% of the band's base income.
pub static BPU_JKK_RATE: Dated<u32> = Dated {
    value: 100,
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_44_2015_LAMPIRAN_II,
    sources: &[src::BPJS_18931, src::STAR_GRID_BPU_2023, src::TRIBUN_JAMBI_2020_01_14],
    confidence: Confidence::Agreed,
    note: None,
};
/// BPU JKM: a flat amount a month.
pub static BPU_JKM: Dated<Rupiah> = Dated {
    value: 6_800,
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_44_2015,
    sources: &[
        src::KILASRIAU_2026,
        src::STAR_GRID_BPU_2023,
        src::TRIBUN_JAMBI_2020_01_14,
        src::KABAR24_2025_09_17,
    ],
    confidence: Confidence::Agreed,
    note: None,
};
/// BPU JHT (optional): 2% of the band's base income.
pub static BPU_JHT_RATE: Dated<u32> = Dated {
    value: 200,
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_46_2015,
    sources: &[
        src::STAR_GRID_BPU_2023,
        src::TRIBUN_JAMBI_2020_01_14,
        src::TRIBUN_MANADO_2022_08_26,
    ],
    confidence: Confidence::Agreed,
    note: None,
};

/// Who a BPU discount period covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BpuSector {
    /// Online and base motorcycle taxis, drivers, couriers.
    Transport,
    /// Every other BPU worker.
    Other,
}

impl BpuSector {
    pub const ALL: [BpuSector; 2] = [BpuSector::Transport, BpuSector::Other];

    /// URL value: "transportasi" or "lain".
    pub const fn key(self) -> &'static str {
        match self {
            BpuSector::Transport => "transportasi",
            BpuSector::Other => "lain",
        }
    }

    pub fn from_key(s: &str) -> Option<BpuSector> {
        match s.trim().to_ascii_lowercase().as_str() {
            "transportasi" | "transport" => Some(BpuSector::Transport),
            "lain" | "other" => Some(BpuSector::Other),
            _ => None,
        }
    }

    pub const fn label(self) -> Tr {
        match self {
            BpuSector::Transport => Tr::new(
                "Transportasi: ojek online atau pangkalan, sopir, kurir",
                "Transport: online or base motorcycle taxi, driver, courier",
            ),
            BpuSector::Other => Tr::new("Pekerjaan lain", "Any other work"),
        }
    }
}

/// The PP 50/2025 discount: JKK and JKM at `percent_paid`% for one sector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BpuDiscount {
    pub sector: BpuSector,
    /// The share still paid: 50 means half.
    pub percent_paid: u32,
}

const DISCOUNT_SOURCES: &[Source] = &[
    src::BPJS_18931,
    src::CNBC_2026_02_04,
    src::ANTARA_JATENG_2026,
    src::SILAMPARITV_2026,
    src::OKEZONE_2026_02_03,
];

/// PP 50/2025: half the BPU JKK and JKM contribution, by sector and month.
/// Not for BPU whose JKK and JKM are paid from APBN or APBD; benefits are
/// not reduced.
pub static BPU_DISCOUNTS: [Dated<BpuDiscount>; 2] = [
    Dated {
        value: BpuDiscount {
            sector: BpuSector::Transport,
            percent_paid: 50,
        },
        in_force: InForce::between(Month::ym(2026, 1), Month::ym(2027, 3)),
        rule: PP_50_2025,
        sources: DISCOUNT_SOURCES,
        confidence: Confidence::Agreed,
        note: None,
    },
    Dated {
        value: BpuDiscount {
            sector: BpuSector::Other,
            percent_paid: 50,
        },
        in_force: InForce::between(Month::ym(2026, 4), Month::ym(2026, 12)),
        rule: PP_50_2025,
        sources: DISCOUNT_SOURCES,
        confidence: Confidence::Agreed,
        note: None,
    },
];

/// The discount for a sector in a month, if any.
pub fn bpu_discount(sector: BpuSector, m: Month) -> Option<&'static Dated<BpuDiscount>> {
    in_force_at(&BPU_DISCOUNTS, m).find(|d| d.value.sector == sector)
}

/// Whether the sector changes the amounts in this month (one sector has a
/// discount and the other does not): only then does the checker ask it.
pub fn sector_matters(m: Month) -> bool {
    bpu_discount(BpuSector::Transport, m).is_some() != bpu_discount(BpuSector::Other, m).is_some()
}

// ---------------------------------------------------------------------------
// Construction projects (Jakon)
// ---------------------------------------------------------------------------

/// One marginal band: the rates apply to the part of the contract value
/// above `over` (and up to the next band's `over`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JakonBand {
    pub over: Rupiah,
    /// In hundredths of a percent (0.21% = 21).
    pub jkk_bp: u32,
    pub jkm_bp: u32,
}

const fn band(over: Rupiah, jkk_bp: u32, jkm_bp: u32) -> JakonBand {
    JakonBand { over, jkk_bp, jkm_bp }
}

/// JKK and JKM by contract value, marginal (PP 44/2015; restated in PP
/// 49/2020 Pasal 11–12 and Perdir 22/2022).
pub static JAKON_BANDS: Dated<[JakonBand; 5]> = Dated {
    value: [
        band(0, 21, 3),
        band(100_000_000, 17, 2),
        band(500_000_000, 13, 2),
        band(1_000_000_000, 11, 1),
        band(5_000_000_000, 9, 1),
    ],
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PP_44_2015,
    sources: &[
        src::STAR_GRID_JAKON_2023_01_27,
        src::KEMNAKER_EKLIPING_2020_09_10,
        src::BPJS_PERDIR_22_2022,
        src::PASAL_PP_49_2020,
        src::STAR_GRID_JAKON_JKM,
    ],
    confidence: Confidence::Agreed,
    note: Some(Tr::new(
        "Tarif JKM untuk dua golongan teratas (di atas Rp1 miliar) hanya disebut satu sumber.",
        "The JKM rates for the two top bands (above Rp1 billion) come from one source only.",
    )),
};

/// The JKM rates of bands 4–5 come from one source only.
pub const JAKON_JKM_SINGLE_SOURCE_FROM: Rupiah = 1_000_000_000;

/// Where each worker's wage is known: JKK and JKM as a share of wages.
pub static JAKON_WAGE_RATES: Dated<(u32, u32)> = Dated {
    value: (174, 30),
    in_force: InForce::since(Month::ym(2015, 7)),
    rule: PERDIR_22_2022,
    sources: &[src::BPJS_PERDIR_22_2022, src::STAR_GRID_2023_03_17],
    confidence: Confidence::Agreed,
    note: None,
};

/// The rule cited with the construction bands: PP 49/2020 restates them.
pub const JAKON_RESTATED_IN: Rule = PP_49_2020;

// ---------------------------------------------------------------------------
// Migrant workers (PMI)
// ---------------------------------------------------------------------------

/// A migrant worker's contract length, which sets the contribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PmiContract {
    Months6,
    Months12,
    Months24,
}

impl PmiContract {
    pub const ALL: [PmiContract; 3] = [PmiContract::Months6, PmiContract::Months12, PmiContract::Months24];

    pub const fn months(self) -> u8 {
        match self {
            PmiContract::Months6 => 6,
            PmiContract::Months12 => 12,
            PmiContract::Months24 => 24,
        }
    }

    /// URL value: "6", "12" or "24".
    pub fn from_key(s: &str) -> Option<PmiContract> {
        let n: u8 = s
            .trim()
            .trim_end_matches(|c: char| c.is_alphabetic() || c == ' ')
            .parse()
            .ok()?;
        PmiContract::ALL.into_iter().find(|c| c.months() == n)
    }
}

/// Permenaker 4/2023 Pasal 18: JKK and JKM for a migrant worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PmiContributions {
    /// Before departure.
    pub before: Rupiah,
    /// During and after placement, by contract length (6, 12, 24 months).
    pub during: [(PmiContract, Rupiah); 3],
    /// Each month beyond the contract, paid at once.
    pub per_extra_month: Rupiah,
}

impl PmiContributions {
    pub fn during_for(&self, c: PmiContract) -> Rupiah {
        self.during.iter().find(|(k, _)| *k == c).map(|(_, a)| *a).unwrap_or(0)
    }
}

pub static PMI_CONTRIBUTIONS: Dated<PmiContributions> = Dated {
    value: PmiContributions {
        before: 37_500,
        during: [
            (PmiContract::Months6, 108_000),
            (PmiContract::Months12, 189_000),
            (PmiContract::Months24, 332_500),
        ],
        per_extra_month: 13_500,
    },
    in_force: InForce::since(Month::ym(2023, 2)),
    rule: PERMENAKER_4_2023_PASAL_18,
    sources: &[
        src::PASAL_PERMENAKER_4_2023_PASAL_18,
        src::DETIK_FINANCE_2023_03_17,
        src::COBISNIS_2023_03_03,
    ],
    confidence: Confidence::Agreed,
    note: None,
};

/// The optional JHT amounts a migrant worker can choose from, per month.
pub static PMI_JHT_OPTIONS: Dated<[Rupiah; 7]> = Dated {
    value: [50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000],
    in_force: InForce::since(Month::ym(2023, 2)),
    rule: PERMENAKER_4_2023,
    sources: &[src::DETIK_FINANCE_2023_03_17],
    confidence: Confidence::SingleSource,
    note: None,
};

/// PMI JKM when death (not from work) occurs during work: lump sum.
pub static PMI_JKM_DURING_WORK: Dated<Rupiah> = Dated {
    value: 85_000_000,
    in_force: InForce::since(Month::ym(2023, 2)),
    rule: PERMENAKER_4_2023,
    sources: &[src::BPJS_18896, src::BPJS_29464, src::JPNN_2025_PMI],
    confidence: Confidence::Agreed,
    note: None,
};

/// PMI JKM when death occurs before or after work.
pub static PMI_JKM_OUTSIDE_WORK: Dated<Rupiah> = Dated {
    value: 42_000_000,
    in_force: InForce::since(Month::ym(2023, 2)),
    rule: PERMENAKER_4_2023,
    sources: &[src::BPJS_18896, src::BPJS_18125],
    confidence: Confidence::Disputed,
    note: Some(Tr::new(
        "Halaman BPJS yang lebih lama menyebut Rp16,2 juta + Rp4,8 juta + Rp3 juta (Rp24 juta), angka sebelum 2019.",
        "An older BPJS page lists Rp16.2 million + Rp4.8 million + Rp3 million (Rp24 million), the pre-2019 amounts.",
    )),
};

/// PMI JKK: failed departure not the worker's fault.
pub static PMI_FAILED_DEPARTURE: Dated<Rupiah> = Dated {
    value: 10_000_000,
    in_force: InForce::since(Month::ym(2023, 2)),
    rule: PERMENAKER_4_2023_PASAL_34,
    sources: &[src::JPNN_2023_PMI, src::HF_QA],
    confidence: Confidence::Disputed,
    note: Some(Tr::new(
        "Satu sumber pihak ketiga menyebut Rp7,5 juta, mungkin angka aturan lama.",
        "A third-party source gives Rp7.5 million, probably the old rule's amount.",
    )),
};

/// PMI JKK: payment for rape.
pub static PMI_RAPE: Dated<Rupiah> = Dated {
    value: 50_000_000,
    in_force: InForce::since(Month::ym(2023, 2)),
    rule: PERMENAKER_4_2023_PASAL_34,
    sources: &[src::JPNN_2023_PMI],
    confidence: Confidence::SingleSource,
    note: None,
};

// ---------------------------------------------------------------------------
// Benefits
// ---------------------------------------------------------------------------

/// JKM for a death not caused by work: (death grant, periodic support paid
/// at once, funeral). Rp42 juta in all.
pub static JKM_AMOUNTS: Dated<(Rupiah, Rupiah, Rupiah)> = Dated {
    value: (20_000_000, 12_000_000, 10_000_000),
    in_force: InForce::since(Month::ym(2019, 12)),
    rule: PP_82_2019,
    sources: &[src::BPJS_18913, src::REPUBLIKA_2020_01_21],
    confidence: Confidence::Agreed,
    note: None,
};

/// JKK lump sums as multiples of the monthly wage: death 48× (60% × 80),
/// total permanent disability 56× (70% × 80); plus, on death, funeral and
/// periodic support.
pub static JKK_LUMP_SUMS: Dated<(i64, i64)> = Dated {
    value: (48, 56),
    in_force: InForce::since(Month::ym(2019, 12)),
    rule: PP_82_2019,
    sources: &[src::STAR_GRIDTECHNO_2022_11_30, src::DETIK_2021_10_08],
    confidence: Confidence::Agreed,
    note: None,
};

/// JKK wage replacement: 100% for the first 12 months, then 50% until recovery.
pub static JKK_WAGE_REPLACEMENT: Dated<(u8, u8, u8)> = Dated {
    value: (100, 12, 50),
    in_force: InForce::since(Month::ym(2019, 12)),
    rule: PP_82_2019,
    sources: &[src::BPJS_18913, src::KOMPAS_2022_12_02],
    confidence: Confidence::Agreed,
    note: None,
};

/// Scholarship: per child per year and for how many years, two children at most.
pub static SCHOLARSHIP: Dated<[(Tr, Rupiah, u8); 5]> = Dated {
    value: [
        (Tr::new("TK", "Kindergarten"), 1_500_000, 2),
        (Tr::new("SD", "Primary school"), 1_500_000, 6),
        (Tr::new("SMP", "Junior high school"), 2_000_000, 3),
        (Tr::new("SMA", "Senior high school"), 3_000_000, 3),
        (
            Tr::new("Kuliah S1 atau pelatihan", "Bachelor's degree or training"),
            12_000_000,
            5,
        ),
    ],
    in_force: InForce::since(Month::ym(2021, 4)),
    rule: PERMENAKER_5_2021,
    sources: &[src::CINEWS_2024_03_29, src::DETIK_NEWS_2020_01_14],
    confidence: Confidence::Agreed,
    note: None,
};

/// JKP cash: (percent of wage, wage cap, months).
pub static JKP_CASH: Dated<(i64, Rupiah, u8)> = Dated {
    value: (60, 5_000_000, 6),
    in_force: InForce::since(Month::ym(2025, 2)),
    rule: PP_6_2025_CASH,
    sources: &[src::OKEZONE_2025_02_16, src::BISNIS_2025_02_14],
    confidence: Confidence::Agreed,
    note: None,
};

/// JKP funding: 0.36% of wage (0.22% central government + 0.14% from JKK).
pub static JKP_FUNDING: Dated<(u32, u32)> = Dated {
    value: (22, 14),
    in_force: InForce::since(Month::ym(2025, 2)),
    rule: PP_6_2025,
    sources: &[src::BISNIS_2025_02_14, src::OKEZONE_2025_02_16],
    confidence: Confidence::Agreed,
    note: None,
};

/// JKP: contribution months needed (12 within the last 24; 6 in a row no
/// longer needed since PP 6/2025).
pub static JKP_CONTRIBUTION_MONTHS: Dated<(u8, u8)> = Dated {
    value: (12, 24),
    in_force: InForce::since(Month::ym(2025, 2)),
    rule: crate::core::programs::PP_6_2025_PASAL_19,
    sources: &[src::BISNIS_2025_02_14],
    confidence: Confidence::Agreed,
    note: None,
};

// ---------------------------------------------------------------------------
// Every rule at once
// ---------------------------------------------------------------------------

/// Every dated rule in this file, one per entry of a table that has several
/// (the JP caps, the BPU bands): what the content check reads to make sure
/// each source a rule cites is in content/sources.toml (and counts as cited
/// there), and what the tests check months and confidence on. A new table
/// goes here too; a test fails while one is missing.
pub fn every_dated_rule() -> Vec<DatedInfo> {
    let mut v = vec![
        PU_JKK_RATES.info("PU_JKK_RATES"),
        PU_JKM_RATE.info("PU_JKM_RATE"),
        PU_JHT_RATES.info("PU_JHT_RATES"),
        PU_JP_RATES.info("PU_JP_RATES"),
        BPU_JKK_RATE.info("BPU_JKK_RATE"),
        BPU_JKM.info("BPU_JKM"),
        BPU_JHT_RATE.info("BPU_JHT_RATE"),
        JAKON_BANDS.info("JAKON_BANDS"),
        JAKON_WAGE_RATES.info("JAKON_WAGE_RATES"),
        PMI_CONTRIBUTIONS.info("PMI_CONTRIBUTIONS"),
        PMI_JHT_OPTIONS.info("PMI_JHT_OPTIONS"),
        PMI_JKM_DURING_WORK.info("PMI_JKM_DURING_WORK"),
        PMI_JKM_OUTSIDE_WORK.info("PMI_JKM_OUTSIDE_WORK"),
        PMI_FAILED_DEPARTURE.info("PMI_FAILED_DEPARTURE"),
        PMI_RAPE.info("PMI_RAPE"),
        JKM_AMOUNTS.info("JKM_AMOUNTS"),
        JKK_LUMP_SUMS.info("JKK_LUMP_SUMS"),
        JKK_WAGE_REPLACEMENT.info("JKK_WAGE_REPLACEMENT"),
        SCHOLARSHIP.info("SCHOLARSHIP"),
        JKP_CASH.info("JKP_CASH"),
        JKP_FUNDING.info("JKP_FUNDING"),
        JKP_CONTRIBUTION_MONTHS.info("JKP_CONTRIBUTION_MONTHS"),
    ];
    v.extend(JP_WAGE_CAPS.iter().map(|d| d.info("JP_WAGE_CAPS")));
    v.extend(JP_MIN_PENSION.iter().map(|d| d.info("JP_MIN_PENSION")));
    v.extend(BPU_BANDS.iter().map(|d| d.info("BPU_BANDS")));
    v.extend(BPU_DISCOUNTS.iter().map(|d| d.info("BPU_DISCOUNTS")));
    v
}
