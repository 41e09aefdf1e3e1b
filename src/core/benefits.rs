//! The "what do I pay, what can I get" checker: pure, browser-free
//! calculations of BPJS Ketenagakerjaan contributions and key benefits for a
//! wage earner (PU), a self-employed or informal worker (BPU), a construction
//! project (Jakon) or a migrant worker (PMI), plus the checker's answers as a
//! shareable URL query (`jenis=pu&upah=5000000&risiko=2&usaha=besar`).
//!
//! Money is whole Rupiah in `i64`. Rates are kept in basis points (hundredths
//! of a percent: 0.24% = 24) so every calculation is exact integer arithmetic.
//!
//! **Rounding rule** ([`ROUNDING_RULE`], [`percent_of`]): each program's
//! contribution, and each benefit, is computed on its own as
//! `amount × rate`; a fractional Rupiah is rounded to the nearest Rupiah, and
//! exactly half a Rupiah is rounded up. Totals are sums of the rounded lines.
//! BPJS's own system may round differently by a Rupiah or two.
//!
//! Every figure carries its regulation ([`Rule`]) and the outlet that
//! reported it. Where our research does not have a rate (construction
//! contracts above Rp100 juta) the result says "not available" rather than
//! guess; where it is unverified (the JP wage cap after March 2024, the BPU
//! JHT rate above its minimum) the line is flagged `uncertain`.

use std::fmt;

use crate::core::lang::{Lang, Tr};
use crate::core::programs::{
    Program, Rule, Segment, PERMENAKER_44_2015, PERMENAKER_4_2023, PERMENAKER_4_2023_PASAL_18, PERMENAKER_5_2021,
    PP_37_2021_ELIGIBILITY, PP_44_2015, PP_44_2015_BPU, PP_44_2015_BPU_FIXED, PP_45_2015, PP_45_2015_INDEX_2024,
    PP_46_2015, PP_6_2025, PP_6_2025_CASH, PP_82_2019,
};

/// Whole Rupiah.
pub type Rupiah = i64;

// ---------------------------------------------------------------------------
// Rates and amounts (with their sources)
// ---------------------------------------------------------------------------

/// PU, JKK, paid by the employer: by risk group 1–5, in basis points
/// (0.24%, 0.54%, 0.89%, 1.27%, 1.74%). PP 44/2015; reported by star.grid.id 17-03-2023.
pub const JKK_PU_RATES_BP: [u32; 5] = [24, 54, 89, 127, 174];
/// PU, JKM, employer: 0.30%. PP 44/2015.
pub const JKM_PU_RATE_BP: u32 = 30;
/// PU, JHT, employer: 3.7%. PP 46/2015.
pub const JHT_EMPLOYER_RATE_BP: u32 = 370;
/// PU, JHT, worker: 2%. PP 46/2015.
pub const JHT_WORKER_RATE_BP: u32 = 200;
/// PU, JP, employer: 2% of the wage up to [`JP_WAGE_CAP`]. PP 45/2015.
pub const JP_EMPLOYER_RATE_BP: u32 = 200;
/// PU, JP, worker: 1% of the wage up to [`JP_WAGE_CAP`]. PP 45/2015.
pub const JP_WORKER_RATE_BP: u32 = 100;

/// An amount that applies from a date and is indexed later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatedAmount {
    pub amount: Rupiah,
    /// ISO (partial) date from which it applies.
    pub from: &'static str,
    pub rule: Rule,
    pub reported_by: &'static str,
    /// What we do not know about it (for instance a later value).
    pub note: Tr,
}

/// The JP wage cap from March 2024. The 2025–26 cap is unverified (a
/// third-party tool gives Rp10,547,400), so any result that depends on the
/// cap (wage above it) is flagged uncertain.
pub const JP_WAGE_CAP: DatedAmount = DatedAmount {
    amount: 10_042_300,
    from: "2024-03",
    rule: PP_45_2015_INDEX_2024,
    reported_by: "suaraindonesia.co.id, 29-04-2024",
    note: Tr::new(
        "Batas upah JP disesuaikan tiap tahun. Batas untuk 2025–2026 belum terverifikasi.",
        "The JP wage cap is indexed every year. The 2025–2026 cap is not verified.",
    ),
};

/// The minimum monthly JP pension from March 2024.
pub const JP_MIN_PENSION: DatedAmount = DatedAmount {
    amount: 393_500,
    from: "2024-03",
    rule: PP_45_2015_INDEX_2024,
    reported_by: "suaraindonesia.co.id, 29-04-2024",
    note: Tr::new(
        "Pensiun minimum disesuaikan tiap tahun. Angka sesudah Maret 2024 belum terverifikasi.",
        "The minimum pension is indexed every year. Later figures are not verified.",
    ),
};

/// Years of JP contributions needed for a monthly pension. PP 45/2015.
pub const JP_MIN_YEARS_FOR_PENSION: u8 = 15;

/// JKP: the wage counted is capped at Rp5 juta. PP 6/2025 (7 Feb 2025).
pub const JKP_WAGE_CAP: Rupiah = 5_000_000;
/// JKP: cash is 60% of the (capped) wage. PP 6/2025.
pub const JKP_CASH_PERCENT: i64 = 60;
/// JKP: for at most 6 months. PP 6/2025.
pub const JKP_MAX_MONTHS: u8 = 6;

/// JKM: death grant (santunan kematian). PP 82/2019.
pub const JKM_DEATH_GRANT: Rupiah = 20_000_000;
/// JKM: periodic support (santunan berkala), paid at once. PP 82/2019.
pub const JKM_PERIODIC: Rupiah = 12_000_000;
/// JKM: funeral costs. PP 82/2019.
pub const JKM_FUNERAL: Rupiah = 10_000_000;
/// JKM total: Rp42 juta. PP 82/2019.
pub const JKM_TOTAL: Rupiah = JKM_DEATH_GRANT + JKM_PERIODIC + JKM_FUNERAL;

/// JKK death from a work accident: 60% × 80 = 48 × monthly wage, at least
/// [`JKM_TOTAL`]. PP 82/2019.
pub const JKK_DEATH_WAGE_MULTIPLE: i64 = 48;
/// JKK total permanent disability: 70% × 80 = 56 × monthly wage. PP 82/2019.
pub const JKK_DISABILITY_WAGE_MULTIPLE: i64 = 56;
/// JKK death: funeral costs on top of the lump sum. PP 82/2019.
pub const JKK_DEATH_FUNERAL: Rupiah = 10_000_000;
/// JKK death: periodic support on top of the lump sum. PP 82/2019.
pub const JKK_DEATH_PERIODIC: Rupiah = 12_000_000;
/// JKK: home care, at most. PP 82/2019.
pub const JKK_HOME_CARE_MAX: Rupiah = 20_000_000;

/// One school level of the JKM/JKK scholarship (per child).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScholarshipLevel {
    pub level: Tr,
    pub per_year: Rupiah,
    pub max_years: u8,
}

impl ScholarshipLevel {
    pub const fn max_total(&self) -> Rupiah {
        self.per_year * self.max_years as i64
    }
}

/// Scholarship rates per child per year. Permenaker 5/2021 (1 Apr 2021);
/// reported by cinews.id 29-03-2024 and detik 2021.
pub static SCHOLARSHIP_LEVELS: [ScholarshipLevel; 5] = [
    ScholarshipLevel {
        level: Tr::new("TK", "Kindergarten"),
        per_year: 1_500_000,
        max_years: 2,
    },
    ScholarshipLevel {
        level: Tr::new("SD", "Primary school"),
        per_year: 1_500_000,
        max_years: 6,
    },
    ScholarshipLevel {
        level: Tr::new("SMP", "Junior high school"),
        per_year: 2_000_000,
        max_years: 3,
    },
    ScholarshipLevel {
        level: Tr::new("SMA", "Senior high school"),
        per_year: 3_000_000,
        max_years: 3,
    },
    ScholarshipLevel {
        level: Tr::new("Kuliah S1 atau pelatihan", "Bachelor's degree or training"),
        per_year: 12_000_000,
        max_years: 5,
    },
];

/// At most two children get the scholarship.
pub const SCHOLARSHIP_MAX_CHILDREN: i64 = 2;

/// Scholarship maximum per child: the sum over [`SCHOLARSHIP_LEVELS`] (Rp87 juta).
pub const fn scholarship_max_per_child() -> Rupiah {
    let mut total = 0;
    let mut i = 0;
    while i < SCHOLARSHIP_LEVELS.len() {
        total += SCHOLARSHIP_LEVELS[i].max_total();
        i += 1;
    }
    total
}

/// Scholarship maximum for two children: Rp174 juta.
pub const SCHOLARSHIP_MAX_TOTAL: Rupiah = scholarship_max_per_child() * SCHOLARSHIP_MAX_CHILDREN;

/// BPU JKK: 1% of declared income. The official income-band table is not in
/// our research; we use 1% with the Rp10,000 minimum and say so.
pub const BPU_JKK_RATE_BP: u32 = 100;
/// BPU JKK minimum per month.
pub const BPU_JKK_MIN: Rupiah = 10_000;
/// BPU JKM per month (fixed).
pub const BPU_JKM: Rupiah = 6_800;
/// BPU JHT minimum per month (IDN Times Jateng; Kompas 02-12-2022).
pub const BPU_JHT_MIN: Rupiah = 20_000;
/// BPU JHT as 2% of declared income: NOT in our research (only the Rp20,000
/// minimum is). Used above the minimum, with the line flagged uncertain.
pub const BPU_JHT_RATE_BP: u32 = 200;

/// Jakon JKK for contracts up to [`JAKON_RATE_MAX_CONTRACT`]: 0.21% of contract value.
pub const JAKON_JKK_RATE_BP: u32 = 21;
/// Jakon JKM for contracts up to [`JAKON_RATE_MAX_CONTRACT`]: 0.03%.
pub const JAKON_JKM_RATE_BP: u32 = 3;
/// Largest contract value (inclusive) whose rates we know: Rp100 juta.
pub const JAKON_RATE_MAX_CONTRACT: Rupiah = 100_000_000;

/// PMI JKK + JKM before departure. Permenaker 4/2023 Pasal 18.
pub const PMI_BEFORE_DEPARTURE: Rupiah = 37_500;
/// PMI JKK + JKM for the placement (24-month contract).
pub const PMI_DURING_PLACEMENT: Rupiah = 332_500;
/// PMI total for a 24-month contract: Rp370,000.
pub const PMI_TOTAL: Rupiah = PMI_BEFORE_DEPARTURE + PMI_DURING_PLACEMENT;
pub const PMI_CONTRACT_MONTHS: u8 = 24;
/// PMI optional JHT, chosen between these amounts (Permenaker 4/2023).
pub const PMI_JHT_MIN: Rupiah = 50_000;
pub const PMI_JHT_MAX: Rupiah = 600_000;

/// Smallest wage, income or contract value we accept: smaller numbers are
/// almost always a typing slip ("5" for Rp5 juta).
pub const MIN_AMOUNT: Rupiah = 10_000;
/// Largest monthly wage or income we accept: Rp1 miliar.
pub const MAX_MONTHLY_AMOUNT: Rupiah = 1_000_000_000;
/// Largest contract value we accept: Rp100 triliun.
pub const MAX_CONTRACT_VALUE: Rupiah = 100_000_000_000_000;

/// The rounding rule, for the UI to show under results.
pub const ROUNDING_RULE: Tr = Tr::new(
    "Tiap iuran dihitung sendiri: upah × tarif. Pecahan rupiah dibulatkan ke rupiah terdekat; tepat setengah dibulatkan ke atas. Total adalah jumlah angka yang sudah dibulatkan. Hitungan BPJS bisa berbeda satu atau dua rupiah.",
    "Each contribution is worked out on its own: wage × rate. Fractions of a Rupiah are rounded to the nearest Rupiah; exactly half rounds up. Totals add up the rounded lines. BPJS's own figures may differ by a Rupiah or two.",
);

const STAR_GRID_RATES: &str = "star.grid.id, 17-03-2023; parapuan.co";
const BPU_RATES: &str = "radarmukomuko; fame.grid.id";
const BPU_JHT_SOURCES: &str = "IDN Times Jateng; Kompas, 02-12-2022";
const BENEFIT_SOURCES: &str = "star.gridtechno, 30-11-2022; detik, 08-10-2021";

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

/// `amount × bp / 10 000`, rounded to the nearest Rupiah, halves up (for
/// negative amounts, halves away from zero). Exact for any `i64` input.
pub fn percent_of(amount: Rupiah, bp: u32) -> Rupiah {
    let p = amount as i128 * bp as i128;
    let q = if p >= 0 {
        (p + 5_000) / 10_000
    } else {
        (p - 5_000) / 10_000
    };
    q as Rupiah
}

/// `amount × pct / 100`, rounded like [`percent_of`].
fn whole_percent_of(amount: Rupiah, pct: i64) -> Rupiah {
    percent_of(amount, (pct * 100) as u32)
}

/// JP pension age in a calendar year: 57 from 2019, +1 every 3 years, 65 from
/// 2043 (PP 45/2015 Pasal 15). `None` before 2019 (outside our research).
pub fn jp_pension_age(year: i32) -> Option<u8> {
    if year < 2019 {
        return None;
    }
    Some((57 + (year - 2019) / 3).min(65) as u8)
}

/// The cash JKP pays per month for a wage: 60% × min(wage, Rp5 juta).
pub fn jkp_monthly_cash(wage: Rupiah) -> Rupiah {
    whole_percent_of(wage.clamp(0, JKP_WAGE_CAP), JKP_CASH_PERCENT)
}

/// The JKK death lump sum for a wage: 48 × wage, at least [`JKM_TOTAL`].
pub fn jkk_death_lump_sum(wage: Rupiah) -> Rupiah {
    wage.saturating_mul(JKK_DEATH_WAGE_MULTIPLE).max(JKM_TOTAL)
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

/// "Rp5.000.000" (Indonesian) or "Rp5,000,000" (English).
pub fn format_rupiah(amount: Rupiah, lang: Lang) -> String {
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    if amount < 0 {
        out.push('-');
    }
    out.push_str("Rp");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Basis points as a percentage: 24 → "0,24%" / "0.24%", 370 → "3,7%", 200 → "2%".
pub fn format_percent_bp(bp: u32, lang: Lang) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        return format!("{whole}%");
    }
    let sep = match lang {
        Lang::Id => ',',
        Lang::En => '.',
    };
    let frac_s = format!("{frac:02}");
    format!("{whole}{sep}{}%", frac_s.trim_end_matches('0'))
}

// ---------------------------------------------------------------------------
// Answers and questions
// ---------------------------------------------------------------------------

/// A workplace risk group, 1 (lowest) to 5 (highest), which sets the PU JKK rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RiskClass(u8);

impl RiskClass {
    pub const ALL: [RiskClass; 5] = [RiskClass(1), RiskClass(2), RiskClass(3), RiskClass(4), RiskClass(5)];

    /// `Some` for 1–5 only.
    pub const fn new(n: u8) -> Option<RiskClass> {
        if n >= 1 && n <= 5 {
            Some(RiskClass(n))
        } else {
            None
        }
    }

    pub const fn number(self) -> u8 {
        self.0
    }

    /// The employer's JKK rate in basis points.
    pub const fn jkk_rate_bp(self) -> u32 {
        JKK_PU_RATES_BP[(self.0 - 1) as usize]
    }

    pub const fn label(self) -> Tr {
        match self.0 {
            1 => Tr::new("Kelompok 1 (risiko paling rendah)", "Group 1 (lowest risk)"),
            2 => Tr::new("Kelompok 2", "Group 2"),
            3 => Tr::new("Kelompok 3", "Group 3"),
            4 => Tr::new("Kelompok 4", "Group 4"),
            _ => Tr::new("Kelompok 5 (risiko paling tinggi)", "Group 5 (highest risk)"),
        }
    }
}

/// Company size, where it matters (PU): micro and small firms must enrol
/// workers in at least JKK, JKM and JHT; medium and large firms in all four,
/// JP included (the JKP eligibility rules, PP 37/2021).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CompanySize {
    MicroSmall,
    MediumLarge,
}

impl CompanySize {
    pub const ALL: [CompanySize; 2] = [CompanySize::MicroSmall, CompanySize::MediumLarge];

    /// URL value: "kecil" or "besar".
    pub const fn key(self) -> &'static str {
        match self {
            CompanySize::MicroSmall => "kecil",
            CompanySize::MediumLarge => "besar",
        }
    }

    /// Also accepts "mikro", "menengah" and English "small", "large".
    pub fn from_key(s: &str) -> Option<CompanySize> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kecil" | "mikro" | "small" | "micro" => Some(CompanySize::MicroSmall),
            "besar" | "menengah" | "large" | "medium" => Some(CompanySize::MediumLarge),
            _ => None,
        }
    }

    pub const fn label(self) -> Tr {
        match self {
            CompanySize::MicroSmall => Tr::new("Usaha mikro atau kecil", "Micro or small business"),
            CompanySize::MediumLarge => Tr::new("Usaha menengah atau besar", "Medium or large business"),
        }
    }
}

/// A checker question. `key()` is its URL parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    /// `jenis`: pu, bpu, jakon, pmi.
    Kind,
    /// `upah`: monthly wage (PU) or declared income (BPU), in Rupiah.
    Wage,
    /// `risiko`: 1–5 (PU).
    RiskClass,
    /// `usaha`: kecil or besar (PU).
    CompanySize,
    /// `kontrak`: construction contract value, in Rupiah (Jakon).
    ContractValue,
}

impl Question {
    pub const ALL: [Question; 5] = [
        Question::Kind,
        Question::Wage,
        Question::RiskClass,
        Question::CompanySize,
        Question::ContractValue,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Question::Kind => "jenis",
            Question::Wage => "upah",
            Question::RiskClass => "risiko",
            Question::CompanySize => "usaha",
            Question::ContractValue => "kontrak",
        }
    }

    pub const fn label(self) -> Tr {
        match self {
            Question::Kind => Tr::new("Jenis pekerja", "Kind of worker"),
            Question::Wage => Tr::new("Upah atau penghasilan sebulan", "Monthly wage or income"),
            Question::RiskClass => Tr::new("Kelompok risiko tempat kerja", "Workplace risk group"),
            Question::CompanySize => Tr::new("Ukuran usaha pemberi kerja", "Size of the employer's business"),
            Question::ContractValue => Tr::new("Nilai kontrak proyek", "Project contract value"),
        }
    }

    /// The label fitting a kind of worker ("Penghasilan sebulan" for BPU).
    pub const fn label_for(self, kind: Segment) -> Tr {
        match (self, kind) {
            (Question::Wage, Segment::Pu) => Tr::new("Upah sebulan", "Monthly wage"),
            (Question::Wage, Segment::Bpu) => {
                Tr::new("Penghasilan sebulan yang dilaporkan", "Monthly income you declare")
            }
            _ => self.label(),
        }
    }
}

/// The questions that matter for a kind of worker, in asking order.
pub const fn questions_for(kind: Segment) -> &'static [Question] {
    match kind {
        Segment::Pu => &[Question::Wage, Question::RiskClass, Question::CompanySize],
        Segment::Bpu => &[Question::Wage],
        Segment::Jakon => &[Question::ContractValue],
        Segment::Pmi => &[],
    }
}

/// A checker input problem, translatable with [`CheckError::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckError {
    /// The question has no (valid) answer yet.
    Missing(Question),
    /// Text that is not an amount of money.
    NotANumber(Question),
    /// Zero or negative.
    NotPositive(Question),
    /// Below [`MIN_AMOUNT`]: probably a typing slip.
    TooSmall { question: Question, min: Rupiah },
    /// Above the plausible maximum.
    TooLarge { question: Question, max: Rupiah },
}

impl CheckError {
    pub fn question(&self) -> Question {
        match *self {
            CheckError::Missing(q) | CheckError::NotANumber(q) | CheckError::NotPositive(q) => q,
            CheckError::TooSmall { question, .. } | CheckError::TooLarge { question, .. } => question,
        }
    }

    /// A short message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let label = self.question().label().get(lang);
        match (*self, lang) {
            (CheckError::Missing(_), Lang::Id) => format!("Belum dijawab: {label}."),
            (CheckError::Missing(_), Lang::En) => format!("Not answered yet: {label}."),
            (CheckError::NotANumber(_), Lang::Id) => {
                format!("{label}: tulis jumlah dalam rupiah, misalnya 5000000 atau 5 juta.")
            }
            (CheckError::NotANumber(_), Lang::En) => {
                format!("{label}: enter an amount in rupiah, for example 5000000 or 5 juta.")
            }
            (CheckError::NotPositive(_), Lang::Id) => format!("{label} harus lebih dari nol."),
            (CheckError::NotPositive(_), Lang::En) => format!("{label} must be more than zero."),
            (CheckError::TooSmall { min, .. }, Lang::Id) => format!(
                "{label} terlalu kecil (kurang dari {}). Tulis angka lengkap, misalnya 5000000 untuk Rp5 juta.",
                format_rupiah(min, lang)
            ),
            (CheckError::TooSmall { min, .. }, Lang::En) => format!(
                "{label} is too small (under {}). Write the full number, for example 5000000 for Rp5 million.",
                format_rupiah(min, lang)
            ),
            (CheckError::TooLarge { max, .. }, Lang::Id) => format!(
                "{label} terlalu besar (lebih dari {}). Periksa lagi jumlah angka nolnya.",
                format_rupiah(max, lang)
            ),
            (CheckError::TooLarge { max, .. }, Lang::En) => format!(
                "{label} is too large (over {}). Check the number of zeros.",
                format_rupiah(max, lang)
            ),
        }
    }
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Id))
    }
}

impl std::error::Error for CheckError {}

/// The largest amount accepted for an amount question.
pub const fn max_amount(question: Question) -> Rupiah {
    match question {
        Question::ContractValue => MAX_CONTRACT_VALUE,
        _ => MAX_MONTHLY_AMOUNT,
    }
}

/// Checks that an amount is positive and plausible for the question.
pub fn validate_amount(question: Question, amount: Rupiah) -> Result<Rupiah, CheckError> {
    if amount <= 0 {
        Err(CheckError::NotPositive(question))
    } else if amount < MIN_AMOUNT {
        Err(CheckError::TooSmall {
            question,
            min: MIN_AMOUNT,
        })
    } else if amount > max_amount(question) {
        Err(CheckError::TooLarge {
            question,
            max: max_amount(question),
        })
    } else {
        Ok(amount)
    }
}

/// Reads an amount as people type it: "5000000", "5.000.000", "5,000,000",
/// "5 000 000", "Rp 5.000.000,-", "5.000.000,50", "5 juta", "1,5 jt",
/// "750 ribu", "750rb", "2 miliar".
///
/// Separators: a `.` or `,` followed by exactly three digits (each time it
/// appears) groups thousands; a single separator followed by another number
/// of digits is the decimal point; if both `.` and `,` appear, the last one is
/// the decimal point. Fractions of a Rupiah are rounded half up. A leading
/// `-` gives a negative number (which [`validate_amount`] then rejects). Only
/// parses: use [`validate_amount`] for the range.
pub fn parse_amount(question: Question, input: &str) -> Result<Rupiah, CheckError> {
    let not_a_number = CheckError::NotANumber(question);
    let too_large = CheckError::TooLarge {
        question,
        max: max_amount(question),
    };
    let mut s = input.trim().to_lowercase();
    if s.is_empty() {
        return Err(CheckError::Missing(question));
    }
    if let Some(rest) = s.strip_prefix("rp") {
        s = rest.trim_start_matches('.').trim().to_string();
    }
    for tail in [",-", ".-"] {
        if let Some(rest) = s.strip_suffix(tail) {
            s = rest.trim().to_string();
        }
    }
    let negative = s.starts_with('-');
    if negative {
        s = s[1..].trim().to_string();
    }
    let multipliers: [(&str, i128); 7] = [
        ("juta", 1_000_000),
        ("jt", 1_000_000),
        ("ribu", 1_000),
        ("rb", 1_000),
        ("miliar", 1_000_000_000),
        ("milyar", 1_000_000_000),
        ("triliun", 1_000_000_000_000),
    ];
    let mut multiplier: i128 = 1;
    for (word, m) in multipliers {
        let stripped = s.strip_suffix('.').unwrap_or(&s);
        if let Some(rest) = stripped.strip_suffix(word) {
            s = rest.trim().to_string();
            multiplier = m;
            break;
        }
    }
    let s: String = s
        .chars()
        .filter(|c| !(*c == ' ' || *c == '_' || *c == '\u{a0}'))
        .collect();
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(not_a_number);
    }
    let is_sep = |c: char| c == '.' || c == ',';
    let seps: Vec<(usize, char)> = s.char_indices().filter(|(_, c)| is_sep(*c)).collect();
    let decimal_at: Option<usize> = match seps.last() {
        None => None,
        Some(&(last, last_c)) => {
            let mixed = seps.iter().any(|(_, c)| *c != last_c);
            if mixed {
                if seps.iter().filter(|(_, c)| *c == last_c).count() > 1 {
                    return Err(not_a_number);
                }
                Some(last)
            } else {
                let groups: Vec<&str> = s.split(is_sep).collect();
                let thousands =
                    groups[0].len() <= 3 && !groups[0].is_empty() && groups[1..].iter().all(|g| g.len() == 3);
                if thousands {
                    None
                } else if seps.len() == 1 {
                    Some(last)
                } else {
                    return Err(not_a_number);
                }
            }
        }
    };
    let (int_part, frac_part) = match decimal_at {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (&s[..], ""),
    };
    let int_digits: String = int_part.chars().filter(|c| c.is_ascii_digit()).collect();
    if int_digits.is_empty() && frac_part.is_empty() {
        return Err(not_a_number);
    }
    if int_digits.len() > 30 || frac_part.len() > 12 {
        return Err(too_large);
    }
    let int_value: i128 = if int_digits.is_empty() {
        0
    } else {
        int_digits.parse().map_err(|_| not_a_number)?
    };
    let frac_value: i128 = if frac_part.is_empty() {
        0
    } else {
        frac_part.parse().map_err(|_| not_a_number)?
    };
    let scale: i128 = 10i128.pow(frac_part.len() as u32);
    // value = (int + frac / scale) × multiplier, rounded half up.
    let numerator = int_value
        .checked_mul(scale)
        .and_then(|v| v.checked_add(frac_value))
        .and_then(|v| v.checked_mul(multiplier))
        .ok_or(too_large)?;
    let value = (numerator * 2 + scale) / (scale * 2);
    let value = if negative { -value } else { value };
    i64::try_from(value).map_err(|_| too_large)
}

/// The checker's answers. Any of them may be missing; [`CheckerAnswers::check`]
/// says which one is needed next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CheckerAnswers {
    pub kind: Option<Segment>,
    /// Monthly wage (PU) or declared income (BPU). Stored as given, even if
    /// out of range, so the UI can show the error; `check` validates it.
    pub wage: Option<Rupiah>,
    pub risk: Option<RiskClass>,
    pub size: Option<CompanySize>,
    /// Contract value (Jakon).
    pub contract: Option<Rupiah>,
}

impl CheckerAnswers {
    /// Reads answers from URL query pairs. Unknown keys (such as `lang`) are
    /// ignored; a bad value leaves its question unanswered; the first
    /// occurrence of a key wins. Never panics.
    pub fn from_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> CheckerAnswers {
        let mut a = CheckerAnswers::default();
        let mut seen = [false; 5];
        for (k, v) in pairs {
            let key = k.as_ref().trim().to_ascii_lowercase();
            let Some(i) = Question::ALL.iter().position(|q| q.key() == key) else {
                continue;
            };
            if seen[i] {
                continue;
            }
            seen[i] = true;
            let v = v.as_ref();
            match Question::ALL[i] {
                Question::Kind => a.kind = Segment::from_slug(v),
                Question::Wage => a.wage = parse_amount(Question::Wage, v).ok(),
                Question::RiskClass => a.risk = v.trim().parse::<u8>().ok().and_then(RiskClass::new),
                Question::CompanySize => a.size = CompanySize::from_key(v),
                Question::ContractValue => a.contract = parse_amount(Question::ContractValue, v).ok(),
            }
        }
        a
    }

    /// Reads a raw query string ("?jenis=pu&upah=5000000"), decoding `+` and
    /// `%XX`. Never panics.
    pub fn from_query_string(query: &str) -> CheckerAnswers {
        let q = query.trim().trim_start_matches('?');
        let pairs: Vec<(String, String)> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        CheckerAnswers::from_query(&pairs)
    }

    /// Answers as short query pairs, in a fixed order. Once a kind is chosen
    /// only the answers that matter for it are written (a BPU link carries no
    /// risk group); with no kind, every answer given is written.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let relevant = |q: Question| match self.kind {
            None => true,
            Some(kind) => questions_for(kind).contains(&q),
        };
        let mut out = Vec::new();
        if let Some(kind) = self.kind {
            out.push((Question::Kind.key(), kind.slug().to_string()));
        }
        if let (Some(w), true) = (self.wage, relevant(Question::Wage)) {
            out.push((Question::Wage.key(), w.to_string()));
        }
        if let (Some(r), true) = (self.risk, relevant(Question::RiskClass)) {
            out.push((Question::RiskClass.key(), r.number().to_string()));
        }
        if let (Some(s), true) = (self.size, relevant(Question::CompanySize)) {
            out.push((Question::CompanySize.key(), s.key().to_string()));
        }
        if let (Some(c), true) = (self.contract, relevant(Question::ContractValue)) {
            out.push((Question::ContractValue.key(), c.to_string()));
        }
        out
    }

    /// `to_query` joined: "jenis=pu&upah=5000000&risiko=2&usaha=besar"
    /// (no leading `?`; values never need escaping).
    pub fn to_query_string(&self) -> String {
        self.to_query()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The questions to show: the kind, then those for the chosen kind.
    pub fn questions(&self) -> Vec<Question> {
        let mut qs = vec![Question::Kind];
        if let Some(kind) = self.kind {
            qs.extend_from_slice(questions_for(kind));
        }
        qs
    }

    /// Questions still without an answer, in asking order.
    pub fn unanswered(&self) -> Vec<Question> {
        self.questions()
            .into_iter()
            .filter(|q| match q {
                Question::Kind => self.kind.is_none(),
                Question::Wage => self.wage.is_none(),
                Question::RiskClass => self.risk.is_none(),
                Question::CompanySize => self.size.is_none(),
                Question::ContractValue => self.contract.is_none(),
            })
            .collect()
    }

    /// Computes the result, or the first problem in asking order.
    pub fn check(&self) -> Result<CheckResult, CheckError> {
        let kind = self.kind.ok_or(CheckError::Missing(Question::Kind))?;
        match kind {
            Segment::Pu => {
                let wage = self.wage.ok_or(CheckError::Missing(Question::Wage))?;
                validate_amount(Question::Wage, wage)?;
                let risk = self.risk.ok_or(CheckError::Missing(Question::RiskClass))?;
                let size = self.size.ok_or(CheckError::Missing(Question::CompanySize))?;
                check_pu(wage, risk, size)
            }
            Segment::Bpu => check_bpu(self.wage.ok_or(CheckError::Missing(Question::Wage))?),
            Segment::Jakon => check_jakon(self.contract.ok_or(CheckError::Missing(Question::ContractValue))?),
            Segment::Pmi => Ok(check_pmi()),
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

/// How a contribution is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    /// A share of the wage, income or contract value, in basis points.
    Percent(u32),
    /// A share of the wage counted up to a cap.
    PercentCapped { bp: u32, cap: Rupiah },
    /// A share with a minimum amount.
    PercentWithMin { bp: u32, min: Rupiah },
    /// A fixed amount.
    Fixed(Rupiah),
    /// An amount chosen within a range.
    Range { min: Rupiah, max: Rupiah },
    /// Nothing extra to pay (JKP).
    NothingExtra,
    /// Our research does not have the rate.
    NotAvailable,
}

impl Rate {
    pub fn label(&self, lang: Lang) -> String {
        let rp = |a| format_rupiah(a, lang);
        let pct = |b| format_percent_bp(b, lang);
        match (*self, lang) {
            (Rate::Percent(bp), _) => pct(bp),
            (Rate::PercentCapped { bp, cap }, Lang::Id) => {
                format!("{} (upah paling tinggi {})", pct(bp), rp(cap))
            }
            (Rate::PercentCapped { bp, cap }, Lang::En) => {
                format!("{} (wage counted up to {})", pct(bp), rp(cap))
            }
            (Rate::PercentWithMin { bp, min }, Lang::Id) => {
                format!("{}, paling sedikit {}", pct(bp), rp(min))
            }
            (Rate::PercentWithMin { bp, min }, Lang::En) => {
                format!("{}, at least {}", pct(bp), rp(min))
            }
            (Rate::Fixed(a), _) => rp(a),
            (Rate::Range { min, max }, Lang::Id) => format!("{} sampai {}", rp(min), rp(max)),
            (Rate::Range { min, max }, Lang::En) => format!("{} to {}", rp(min), rp(max)),
            (Rate::NothingExtra, Lang::Id) => "tidak ada tambahan".to_string(),
            (Rate::NothingExtra, Lang::En) => "nothing extra".to_string(),
            (Rate::NotAvailable, Lang::Id) => "tarif belum tersedia".to_string(),
            (Rate::NotAvailable, Lang::En) => "rate not available".to_string(),
        }
    }
}

/// Who pays a contribution line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payer {
    Employer,
    Worker,
    /// Employer and worker each pay a share.
    Shared,
    /// The construction contractor.
    Contractor,
    /// Funded elsewhere (JKP: central government and part of JKK).
    NoOneExtra,
    /// Our sources do not say who pays.
    NotStated,
}

impl Payer {
    pub const fn label(self) -> Tr {
        match self {
            Payer::Employer => Tr::new("Pemberi kerja", "Employer"),
            Payer::Worker => Tr::new("Pekerja", "Worker"),
            Payer::Shared => Tr::new("Pemberi kerja dan pekerja", "Employer and worker"),
            Payer::Contractor => Tr::new("Kontraktor", "Contractor"),
            Payer::NoOneExtra => Tr::new("Pemerintah dan iuran JKK", "Government and the JKK contribution"),
            Payer::NotStated => Tr::new("Tidak disebut di sumber kami", "Not stated in our sources"),
        }
    }
}

/// An amount split by who pays. `unassigned` is money our sources do not
/// attribute to either side (migrant workers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Split {
    /// Employer or contractor.
    pub employer: Rupiah,
    pub worker: Rupiah,
    pub unassigned: Rupiah,
}

impl Split {
    pub const fn total(&self) -> Rupiah {
        self.employer + self.worker + self.unassigned
    }
}

/// What the amounts are per.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Every month (PU, BPU).
    Month,
    /// Once per construction contract (Jakon).
    Contract,
    /// Once per 24-month placement (PMI).
    Placement,
}

impl Period {
    pub const fn label(self) -> Tr {
        match self {
            Period::Month => Tr::new("per bulan", "per month"),
            Period::Contract => Tr::new("per kontrak proyek", "per project contract"),
            Period::Placement => Tr::new("per kontrak kerja 24 bulan", "per 24-month work contract"),
        }
    }
}

/// One contribution line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContributionLine {
    pub label: Tr,
    /// The programs this money pays for.
    pub programs: &'static [Program],
    pub rate: Rate,
    /// `None`: we cannot compute it (rate not available, or an amount the
    /// member chooses).
    pub amount: Option<Split>,
    pub payer: Payer,
    /// Required for this worker, or optional.
    pub required: bool,
    pub rule: Rule,
    pub reported_by: Option<&'static str>,
    pub note: Option<Tr>,
    /// Shown as "belum terverifikasi / not verified".
    pub uncertain: bool,
}

/// Sums for a package of programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub employer: Rupiah,
    pub worker: Rupiah,
    pub unassigned: Rupiah,
    pub total: Rupiah,
    /// False when a line in the package could not be computed.
    pub complete: bool,
    /// True when a line in the package is flagged uncertain.
    pub uncertain: bool,
}

/// A set of programs someone can sign up for, with its totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub name: Tr,
    pub programs: &'static [Program],
    pub totals: Totals,
}

/// A benefit amount, computed for the given wage where it depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BenefitAmount {
    /// Medical care as medically needed, no cost limit.
    AsNeeded,
    /// Paid once.
    Once(Rupiah),
    /// Paid once, at most this much.
    UpTo(Rupiah),
    /// Paid every month for at most `months` months.
    Monthly { per_month: Rupiah, months: u8 },
    /// Savings that grow by this much a month, plus returns.
    SavingsPerMonth(Rupiah),
    /// No fixed amount.
    NoFixedAmount,
}

impl BenefitAmount {
    /// The largest total this can reach, where there is one.
    pub fn max_total(&self) -> Option<Rupiah> {
        match *self {
            BenefitAmount::Once(a) | BenefitAmount::UpTo(a) => Some(a),
            BenefitAmount::Monthly { per_month, months } => Some(per_month * months as i64),
            _ => None,
        }
    }

    pub fn label(&self, lang: Lang) -> String {
        let rp = |a| format_rupiah(a, lang);
        match (*self, lang) {
            (BenefitAmount::AsNeeded, Lang::Id) => "sesuai kebutuhan medis".to_string(),
            (BenefitAmount::AsNeeded, Lang::En) => "as medically needed".to_string(),
            (BenefitAmount::Once(a), _) => rp(a),
            (BenefitAmount::UpTo(a), Lang::Id) => format!("sampai {}", rp(a)),
            (BenefitAmount::UpTo(a), Lang::En) => format!("up to {}", rp(a)),
            (BenefitAmount::Monthly { per_month, months }, Lang::Id) => {
                format!("{} sebulan, paling lama {months} bulan", rp(per_month))
            }
            (BenefitAmount::Monthly { per_month, months }, Lang::En) => {
                format!("{} a month, for up to {months} months", rp(per_month))
            }
            (BenefitAmount::SavingsPerMonth(a), Lang::Id) => {
                format!("tabungan bertambah {} sebulan, ditambah hasil pengembangan", rp(a))
            }
            (BenefitAmount::SavingsPerMonth(a), Lang::En) => {
                format!("savings grow by {} a month, plus returns", rp(a))
            }
            (BenefitAmount::NoFixedAmount, Lang::Id) => "tidak ada jumlah tetap".to_string(),
            (BenefitAmount::NoFixedAmount, Lang::En) => "no fixed amount".to_string(),
        }
    }
}

/// A key benefit with its amount and rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Benefit {
    pub program: Program,
    pub what: Tr,
    pub amount: BenefitAmount,
    pub rule: Rule,
    pub reported_by: Option<&'static str>,
    pub note: Option<Tr>,
    pub uncertain: bool,
}

/// A program this worker cannot join, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exclusion {
    pub program: Program,
    pub reason: Tr,
    pub rule: Rule,
    pub reported_by: Option<&'static str>,
}

/// The checker's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckResult {
    pub kind: Segment,
    /// The wage, income or contract value used; `None` for PMI.
    pub basis: Option<Rupiah>,
    pub period: Period,
    pub lines: Vec<ContributionLine>,
    pub packages: Vec<Package>,
    pub benefits: Vec<Benefit>,
    /// Why benefits are not listed, or what else to know about them.
    pub benefits_note: Option<Tr>,
    pub excluded: Vec<Exclusion>,
    /// Other things to know for this kind of worker.
    pub notes: Vec<Tr>,
}

impl CheckResult {
    /// The contribution line for a single program, if there is one.
    pub fn line(&self, program: Program) -> Option<&ContributionLine> {
        self.lines.iter().find(|l| l.programs == [program])
    }

    pub fn benefit(&self, program: Program, nth: usize) -> Option<&Benefit> {
        self.benefits.iter().filter(|b| b.program == program).nth(nth)
    }
}

/// Totals of the lines whose programs all belong to `programs`.
fn totals_for(lines: &[ContributionLine], programs: &[Program]) -> Totals {
    let mut t = Totals {
        complete: true,
        ..Totals::default()
    };
    for line in lines.iter().filter(|l| l.programs.iter().all(|p| programs.contains(p))) {
        match line.amount {
            Some(s) => {
                t.employer += s.employer;
                t.worker += s.worker;
                t.unassigned += s.unassigned;
            }
            None => t.complete = false,
        }
        t.uncertain |= line.uncertain;
    }
    t.total = t.employer + t.worker + t.unassigned;
    t
}

fn package(name: Tr, programs: &'static [Program], lines: &[ContributionLine]) -> Package {
    Package {
        name,
        programs,
        totals: totals_for(lines, programs),
    }
}

const JKK_LABEL: Tr = Tr::new("Kecelakaan kerja (JKK)", "Work accidents (JKK)");
const JKM_LABEL: Tr = Tr::new("Kematian (JKM)", "Death (JKM)");
const JHT_LABEL: Tr = Tr::new("Hari tua (JHT)", "Old-age savings (JHT)");
const JP_LABEL: Tr = Tr::new("Pensiun (JP)", "Pension (JP)");
const JKP_LABEL: Tr = Tr::new("Kehilangan pekerjaan (JKP)", "Job loss (JKP)");

const ONLY_JKK: &[Program] = &[Program::Jkk];
const ONLY_JKM: &[Program] = &[Program::Jkm];
const ONLY_JHT: &[Program] = &[Program::Jht];
const ONLY_JP: &[Program] = &[Program::Jp];
const ONLY_JKP: &[Program] = &[Program::Jkp];
const JKK_JKM: &[Program] = &[Program::Jkk, Program::Jkm];
const JKK_JKM_JHT: &[Program] = &[Program::Jkk, Program::Jkm, Program::Jht];
const ALL_FIVE: &[Program] = &[Program::Jkk, Program::Jkm, Program::Jht, Program::Jp, Program::Jkp];
const JKK_JKM_JHT_JKP: &[Program] = &[Program::Jkk, Program::Jkm, Program::Jht, Program::Jkp];

const fn line(
    label: Tr,
    programs: &'static [Program],
    rate: Rate,
    amount: Option<Split>,
    payer: Payer,
    rule: Rule,
) -> ContributionLine {
    ContributionLine {
        label,
        programs,
        rate,
        amount,
        payer,
        required: true,
        rule,
        reported_by: None,
        note: None,
        uncertain: false,
    }
}

impl ContributionLine {
    const fn by(mut self, s: &'static str) -> Self {
        self.reported_by = Some(s);
        self
    }
    const fn note(mut self, id: &'static str, en: &'static str) -> Self {
        self.note = Some(Tr::new(id, en));
        self
    }
    const fn optional(mut self) -> Self {
        self.required = false;
        self
    }
    const fn uncertain_if(mut self, flag: bool) -> Self {
        self.uncertain = flag;
        self
    }
}

const fn employer(a: Rupiah) -> Option<Split> {
    Some(Split {
        employer: a,
        worker: 0,
        unassigned: 0,
    })
}
const fn worker(a: Rupiah) -> Option<Split> {
    Some(Split {
        employer: 0,
        worker: a,
        unassigned: 0,
    })
}

fn benefit(program: Program, id: &'static str, en: &'static str, amount: BenefitAmount, rule: Rule) -> Benefit {
    Benefit {
        program,
        what: Tr::new(id, en),
        amount,
        rule,
        reported_by: None,
        note: None,
        uncertain: false,
    }
}

impl Benefit {
    fn by(mut self, s: &'static str) -> Self {
        self.reported_by = Some(s);
        self
    }
    fn note(mut self, id: &'static str, en: &'static str) -> Self {
        self.note = Some(Tr::new(id, en));
        self
    }
}

/// JKK and JKM benefits that depend on the monthly wage (PU) or declared income (BPU).
fn jkk_jkm_benefits(wage: Rupiah) -> Vec<Benefit> {
    vec![
        benefit(Program::Jkk, "Biaya berobat karena kecelakaan kerja", "Medical care after a work accident", BenefitAmount::AsNeeded, PP_82_2019)
            .by("Kompas, 02-12-2022")
            .note("Tanpa batas biaya. Berobat di PLKK tanpa bayar dulu.", "No cost limit. Treatment at a PLKK needs no upfront payment."),
        benefit(
            Program::Jkk,
            "Upah pengganti selama belum bisa bekerja (12 bulan pertama)",
            "Wage replacement while you cannot work (first 12 months)",
            BenefitAmount::Monthly { per_month: wage, months: 12 },
            PP_82_2019,
        )
        .by("Kompas, 2022; Tribun Batam, 2022")
        .note("Sesudah 12 bulan: separuh upah sampai sembuh.", "After 12 months: half the wage until you recover."),
        benefit(
            Program::Jkk,
            "Santunan jika meninggal karena kecelakaan kerja",
            "Lump sum if you die in a work accident",
            BenefitAmount::Once(jkk_death_lump_sum(wage)),
            PP_82_2019,
        )
        .by(BENEFIT_SOURCES)
        .note(
            "48 kali upah sebulan, paling sedikit Rp42 juta. Ditambah biaya pemakaman Rp10 juta dan santunan berkala Rp12 juta.",
            "48 times the monthly wage, at least Rp42 million. Plus Rp10 million for the funeral and Rp12 million periodic support.",
        ),
        benefit(
            Program::Jkk,
            "Santunan jika cacat total tetap karena kecelakaan kerja",
            "Lump sum for total permanent disability from a work accident",
            BenefitAmount::Once(wage.saturating_mul(JKK_DISABILITY_WAGE_MULTIPLE)),
            PP_82_2019,
        )
        .by(BENEFIT_SOURCES)
        .note("56 kali upah sebulan.", "56 times the monthly wage."),
        benefit(
            Program::Jkm,
            "Untuk keluarga jika meninggal bukan karena kecelakaan kerja",
            "For the family if you die of something other than a work accident",
            BenefitAmount::Once(JKM_TOTAL),
            PP_82_2019,
        )
        .by("BPJS Ketenagakerjaan (artikel 18126); Harian Jogja")
        .note(
            "Santunan kematian Rp20 juta, santunan berkala Rp12 juta dan biaya pemakaman Rp10 juta.",
            "Rp20 million death benefit, Rp12 million periodic support and Rp10 million for the funeral.",
        ),
        benefit(
            Program::Jkm,
            "Beasiswa untuk paling banyak dua anak",
            "Scholarships for up to two children",
            BenefitAmount::UpTo(SCHOLARSHIP_MAX_TOTAL),
            PERMENAKER_5_2021,
        )
        .by("cinews.id, 29-03-2024; detik, 2021")
        .note(
            "Rp87 juta per anak, dari TK sampai kuliah. Untuk kematian bukan karena kerja, perlu iuran paling sedikit 3 tahun.",
            "Rp87 million per child, from kindergarten to university. For a death not caused by work, at least 3 years of contributions are needed.",
        ),
    ]
}

/// Contributions and benefits for a wage earner (PU).
pub fn check_pu(wage: Rupiah, risk: RiskClass, size: CompanySize) -> Result<CheckResult, CheckError> {
    validate_amount(Question::Wage, wage)?;
    let jp_base = wage.min(JP_WAGE_CAP.amount);
    let above_jp_cap = wage > JP_WAGE_CAP.amount;
    let jht_e = percent_of(wage, JHT_EMPLOYER_RATE_BP);
    let jht_w = percent_of(wage, JHT_WORKER_RATE_BP);
    let shared = |e, w| {
        Some(Split {
            employer: e,
            worker: w,
            unassigned: 0,
        })
    };

    let mut jp = line(
        JP_LABEL,
        ONLY_JP,
        Rate::PercentCapped { bp: JP_EMPLOYER_RATE_BP + JP_WORKER_RATE_BP, cap: JP_WAGE_CAP.amount },
        shared(percent_of(jp_base, JP_EMPLOYER_RATE_BP), percent_of(jp_base, JP_WORKER_RATE_BP)),
        Payer::Shared,
        PP_45_2015_INDEX_2024,
    )
    .by("suaraindonesia.co.id, 29-04-2024; star.grid.id, 17-03-2023")
    .note(
        "Pemberi kerja 2%, pekerja 1%. Batas upah Rp10.042.300 berlaku sejak Maret 2024; batas sesudahnya belum terverifikasi.",
        "Employer 2%, worker 1%. The Rp10,042,300 wage cap applies from March 2024; later caps are not verified.",
    )
    .uncertain_if(above_jp_cap);
    if size == CompanySize::MicroSmall {
        jp = jp
            .optional()
            .note(
                "Usaha mikro dan kecil wajib paling sedikit JKK, JKM dan JHT; JP tidak termasuk minimum itu. Batas upah JP Rp10.042.300 sejak Maret 2024.",
                "Micro and small firms must enrol in at least JKK, JKM and JHT; JP is not part of that minimum. JP wage cap Rp10,042,300 from March 2024.",
            );
        jp.rule = PP_37_2021_ELIGIBILITY;
    }

    let lines = vec![
        line(JKK_LABEL, ONLY_JKK, Rate::Percent(risk.jkk_rate_bp()), employer(percent_of(wage, risk.jkk_rate_bp())), Payer::Employer, PP_44_2015)
            .by(STAR_GRID_RATES)
            .note("Sebagian iuran ini (0,14% dari upah) dipakai untuk JKP.", "Part of this (0.14% of the wage) funds JKP."),
        line(JKM_LABEL, ONLY_JKM, Rate::Percent(JKM_PU_RATE_BP), employer(percent_of(wage, JKM_PU_RATE_BP)), Payer::Employer, PP_44_2015)
            .by(STAR_GRID_RATES),
        line(JHT_LABEL, ONLY_JHT, Rate::Percent(JHT_EMPLOYER_RATE_BP + JHT_WORKER_RATE_BP), shared(jht_e, jht_w), Payer::Shared, PP_46_2015)
            .by(STAR_GRID_RATES)
            .note("Pemberi kerja 3,7%, pekerja 2%. Semuanya masuk tabungan pekerja.", "Employer 3.7%, worker 2%. All of it goes into the worker's savings."),
        jp,
        line(JKP_LABEL, ONLY_JKP, Rate::NothingExtra, Some(Split::default()), Payer::NoOneExtra, PP_6_2025)
            .by("okezone, 16-02-2025")
            .note(
                "JKP dibiayai 0,22% dari pemerintah pusat dan 0,14% dari iuran JKK. Pekerja dan pemberi kerja tidak membayar tambahan.",
                "JKP is funded by 0.22% from the central government and 0.14% from the JKK contribution. Workers and employers pay nothing extra.",
            ),
    ];

    let packages = match size {
        CompanySize::MediumLarge => vec![package(
            Tr::new(
                "Lima program (wajib untuk usaha menengah dan besar)",
                "All five programs (required for medium and large firms)",
            ),
            ALL_FIVE,
            &lines,
        )],
        CompanySize::MicroSmall => vec![
            package(
                Tr::new("Paling sedikit: JKK, JKM dan JHT", "The minimum: JKK, JKM and JHT"),
                JKK_JKM_JHT_JKP,
                &lines,
            ),
            package(Tr::new("Dengan JP", "With JP"), ALL_FIVE, &lines),
        ],
    };

    let mut benefits = jkk_jkm_benefits(wage);
    benefits.push(
        benefit(
            Program::Jht,
            "Tabungan hari tua",
            "Old-age savings",
            BenefitAmount::SavingsPerMonth(jht_e + jht_w),
            PP_46_2015,
        )
        .note(
            "Tidak ada jumlah tetap: semua iuran ditambah hasil pengembangan, dibayar sekaligus.",
            "No fixed amount: all contributions plus returns, paid at once.",
        ),
    );
    benefits.push(
        benefit(Program::Jp, "Pensiun bulanan", "Monthly pension", BenefitAmount::NoFixedAmount, PP_45_2015)
            .by("star.grid.id, 07-02-2024; suaraindonesia.co.id, 29-04-2024")
            .note(
                "Perlu iuran paling sedikit 15 tahun; jika kurang, iuran dan hasilnya dibayar sekaligus. Pensiun paling sedikit Rp393.500 sebulan (sejak Maret 2024).",
                "Needs at least 15 years of contributions; with fewer, contributions and returns are paid at once. The pension is at least Rp393,500 a month (from March 2024).",
            ),
    );
    let mut jkp = benefit(
        Program::Jkp,
        "Uang tunai jika kena PHK",
        "Cash if you are dismissed",
        BenefitAmount::Monthly {
            per_month: jkp_monthly_cash(wage),
            months: JKP_MAX_MONTHS,
        },
        PP_6_2025_CASH,
    )
    .by("okezone, 17-02-2025; wahananews");
    jkp.note = Some(match size {
        CompanySize::MediumLarge => Tr::new(
            "60% dari upah, dengan upah paling tinggi Rp5 juta. Syarat: terdaftar di JKK, JKM, JHT, JP dan JKN, dan iuran 12 bulan dalam 24 bulan terakhir.",
            "60% of wage, with the wage capped at Rp5 million. You must be enrolled in JKK, JKM, JHT, JP and JKN, with 12 months of contributions in the last 24.",
        ),
        CompanySize::MicroSmall => Tr::new(
            "60% dari upah, dengan upah paling tinggi Rp5 juta. Syarat: terdaftar paling sedikit di JKK, JKM, JHT dan JKN, dan iuran 12 bulan dalam 24 bulan terakhir.",
            "60% of wage, with the wage capped at Rp5 million. You must be enrolled in at least JKK, JKM, JHT and JKN, with 12 months of contributions in the last 24.",
        ),
    });
    benefits.push(jkp);

    Ok(CheckResult {
        kind: Segment::Pu,
        basis: Some(wage),
        period: Period::Month,
        lines,
        packages,
        benefits,
        benefits_note: Some(Tr::new(
            "Angka dihitung dari upah yang Anda isi. Syarat JKP dilaporkan untuk PP 37/2021; kami belum memeriksa apakah PP 6/2025 mengubahnya.",
            "Amounts use the wage you entered. The JKP conditions were reported under PP 37/2021; we have not checked whether PP 6/2025 changed them.",
        )),
        excluded: Vec::new(),
        notes: vec![ROUNDING_RULE],
    })
}

/// Contributions and benefits for a self-employed or informal worker (BPU).
pub fn check_bpu(income: Rupiah) -> Result<CheckResult, CheckError> {
    validate_amount(Question::Wage, income)?;
    let jkk = percent_of(income, BPU_JKK_RATE_BP).max(BPU_JKK_MIN);
    let jht_by_rate = percent_of(income, BPU_JHT_RATE_BP);
    let jht = jht_by_rate.max(BPU_JHT_MIN);

    let lines = vec![
        line(JKK_LABEL, ONLY_JKK, Rate::PercentWithMin { bp: BPU_JKK_RATE_BP, min: BPU_JKK_MIN }, worker(jkk), Payer::Worker, PP_44_2015_BPU)
            .by(BPU_RATES)
            .note(
                "Aturan resmi memakai tabel golongan penghasilan yang belum ada di riset kami. Kami menghitung 1% dari penghasilan, paling sedikit Rp10.000.",
                "The official rule uses an income-band table that is not in our research. We compute 1% of income, at least Rp10,000.",
            ),
        line(JKM_LABEL, ONLY_JKM, Rate::Fixed(BPU_JKM), worker(BPU_JKM), Payer::Worker, PP_44_2015_BPU_FIXED).by(BPU_RATES),
        line(JHT_LABEL, ONLY_JHT, Rate::PercentWithMin { bp: BPU_JHT_RATE_BP, min: BPU_JHT_MIN }, worker(jht), Payer::Worker, PP_46_2015)
            .by(BPU_JHT_SOURCES)
            .optional()
            .note(
                "Boleh dipilih. Paling sedikit Rp20.000 sebulan. Tarif 2% untuk penghasilan di atas Rp1 juta belum terverifikasi di riset kami.",
                "Optional. At least Rp20,000 a month. The 2% rate for incomes above Rp1 million is not verified in our research.",
            )
            .uncertain_if(jht_by_rate > BPU_JHT_MIN),
    ];
    let packages = vec![
        package(Tr::new("JKK dan JKM", "JKK and JKM"), JKK_JKM, &lines),
        package(Tr::new("JKK, JKM dan JHT", "JKK, JKM and JHT"), JKK_JKM_JHT, &lines),
    ];
    let mut benefits = jkk_jkm_benefits(income);
    benefits.push(
        benefit(
            Program::Jht,
            "Tabungan hari tua (jika memilih JHT)",
            "Old-age savings (if you choose JHT)",
            BenefitAmount::SavingsPerMonth(jht),
            PP_46_2015,
        )
        .note(
            "Semua iuran ditambah hasil pengembangan, dibayar sekaligus.",
            "All contributions plus returns, paid at once.",
        ),
    );
    Ok(CheckResult {
        kind: Segment::Bpu,
        basis: Some(income),
        period: Period::Month,
        lines,
        packages,
        benefits,
        benefits_note: Some(Tr::new(
            "Manfaat dihitung dari penghasilan yang Anda laporkan.",
            "Benefits are based on the income you declare.",
        )),
        excluded: vec![
            Exclusion {
                program: Program::Jp,
                reason: Tr::new("JP hanya untuk penerima upah. BPU tidak bisa ikut.", "JP is for wage earners only. BPU workers cannot join."),
                rule: PP_45_2015,
                reported_by: Some("xcloud.id"),
            },
            Exclusion {
                program: Program::Jkp,
                reason: Tr::new(
                    "JKP untuk penerima upah yang kena PHK dan didaftarkan pemberi kerja. BPU tidak punya pemberi kerja.",
                    "JKP is for dismissed wage earners registered by an employer. BPU workers have no employer.",
                ),
                rule: PP_37_2021_ELIGIBILITY,
                reported_by: None,
            },
        ],
        notes: vec![
            Tr::new(
                "Ada pemda yang membayar iuran JKK dan JKM pekerja rentan dari APBD. Tanyakan ke pemda atau kantor BPJS setempat.",
                "Some regional governments pay JKK and JKM for vulnerable workers from their budget. Ask your local government or BPJS office.",
            ),
            ROUNDING_RULE,
        ],
    })
}

/// Contributions for a construction project (Jakon), by contract value.
/// Above Rp100 juta the rates are lower but not in our research: the lines
/// then have no amount and the rate is [`Rate::NotAvailable`].
pub fn check_jakon(contract_value: Rupiah) -> Result<CheckResult, CheckError> {
    validate_amount(Question::ContractValue, contract_value)?;
    let known = contract_value <= JAKON_RATE_MAX_CONTRACT;
    let (jkk_rate, jkm_rate, jkk, jkm) = if known {
        (
            Rate::Percent(JAKON_JKK_RATE_BP),
            Rate::Percent(JAKON_JKM_RATE_BP),
            employer(percent_of(contract_value, JAKON_JKK_RATE_BP)),
            employer(percent_of(contract_value, JAKON_JKM_RATE_BP)),
        )
    } else {
        (Rate::NotAvailable, Rate::NotAvailable, None, None)
    };
    let mut lines = vec![
        line(
            JKK_LABEL,
            ONLY_JKK,
            jkk_rate,
            jkk,
            Payer::Contractor,
            PERMENAKER_44_2015,
        )
        .by("star.grid.id"),
        line(
            JKM_LABEL,
            ONLY_JKM,
            jkm_rate,
            jkm,
            Payer::Contractor,
            PERMENAKER_44_2015,
        )
        .by("star.grid.id"),
    ];
    if !known {
        for l in &mut lines {
            l.note = Some(Tr::new(
                "Kontrak di atas Rp100 juta memakai tarif lebih rendah. Tarif itu belum ada di riset kami.",
                "Contracts above Rp100 million use lower rates. Those rates are not in our research.",
            ));
        }
    }
    let packages = vec![package(
        Tr::new("JKK dan JKM untuk proyek", "JKK and JKM for the project"),
        JKK_JKM,
        &lines,
    )];
    let project_scheme = Tr::new(
        "Skema proyek konstruksi hanya mencakup JKK dan JKM.",
        "The construction project scheme covers only JKK and JKM.",
    );
    Ok(CheckResult {
        kind: Segment::Jakon,
        basis: Some(contract_value),
        period: Period::Contract,
        lines,
        packages,
        benefits: Vec::new(),
        benefits_note: Some(Tr::new(
            "Pekerja proyek mendapat manfaat JKK dan JKM. Besarnya tergantung upah tiap pekerja: lihat halaman JKK dan JKM.",
            "Project workers get JKK and JKM benefits. The amounts depend on each worker's wage: see the JKK and JKM pages.",
        )),
        excluded: [Program::Jht, Program::Jp, Program::Jkp]
            .into_iter()
            .map(|program| Exclusion { program, reason: project_scheme, rule: PERMENAKER_44_2015, reported_by: None })
            .collect(),
        notes: vec![
            Tr::new(
                "Iuran dibayar kontraktor, bukan pekerja. Pekerja harian, borongan dan kontrak di proyek ikut terlindungi.",
                "The contractor pays, not the workers. Day labourers, piece-rate and contract workers on the project are covered.",
            ),
            Tr::new(
                "Proyek harus didaftarkan paling lambat 14 hari kerja sejak SPK.",
                "The project must be registered within 14 working days of the work order (SPK).",
            ),
            ROUNDING_RULE,
        ],
    })
}

/// Contributions for a migrant worker (PMI): Rp370,000 for a 24-month
/// contract, JHT optional. Our sources do not say who pays, so the amounts
/// are `unassigned`.
pub fn check_pmi() -> CheckResult {
    let unassigned = |a| {
        Some(Split {
            employer: 0,
            worker: 0,
            unassigned: a,
        })
    };
    let lines = vec![
        line(
            Tr::new("JKK dan JKM, sebelum berangkat", "JKK and JKM, before departure"),
            JKK_JKM,
            Rate::Fixed(PMI_BEFORE_DEPARTURE),
            unassigned(PMI_BEFORE_DEPARTURE),
            Payer::NotStated,
            PERMENAKER_4_2023_PASAL_18,
        )
        .by("pasal.id"),
        line(
            Tr::new(
                "JKK dan JKM, selama kontrak 24 bulan",
                "JKK and JKM, during the 24-month contract",
            ),
            JKK_JKM,
            Rate::Fixed(PMI_DURING_PLACEMENT),
            unassigned(PMI_DURING_PLACEMENT),
            Payer::NotStated,
            PERMENAKER_4_2023_PASAL_18,
        )
        .by("pasal.id"),
        line(
            JHT_LABEL,
            ONLY_JHT,
            Rate::Range {
                min: PMI_JHT_MIN,
                max: PMI_JHT_MAX,
            },
            None,
            Payer::NotStated,
            PERMENAKER_4_2023,
        )
        .by("inforegulasi; apakabaronline")
        .optional()
        .note(
            "Boleh dipilih. Besarnya dipilih antara Rp50.000 dan Rp600.000.",
            "Optional. The amount is chosen between Rp50,000 and Rp600,000.",
        ),
    ];
    let packages = vec![package(
        Tr::new("JKK dan JKM (wajib)", "JKK and JKM (required)"),
        JKK_JKM,
        &lines,
    )];
    let migrant_scheme = Tr::new(
        "Skema pekerja migran mencakup JKK, JKM dan JHT pilihan.",
        "The migrant worker scheme covers JKK, JKM and optional JHT.",
    );
    CheckResult {
        kind: Segment::Pmi,
        basis: None,
        period: Period::Placement,
        lines,
        packages,
        benefits: Vec::new(),
        benefits_note: Some(Tr::new(
            "Besar manfaat untuk pekerja migran diatur Permenaker 4/2023. Angkanya belum ada di riset kami.",
            "Benefit amounts for migrant workers are set by Permenaker 4/2023. They are not in our research.",
        )),
        excluded: [Program::Jp, Program::Jkp]
            .into_iter()
            .map(|program| Exclusion {
                program,
                reason: migrant_scheme,
                rule: PERMENAKER_4_2023,
                reported_by: None,
            })
            .collect(),
        notes: vec![Tr::new(
            "Sumber kami tidak menyebut siapa yang membayar iuran ini.",
            "Our sources do not say who pays these contributions.",
        )],
    }
}
