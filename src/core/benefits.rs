//! The "what do I pay, what can I get" checker: pure, browser-free
//! calculations of BPJS Ketenagakerjaan contributions and key benefits for a
//! wage earner (PU), a self-employed or informal worker (BPU), a construction
//! project (Jakon) or a migrant worker (PMI), **for a given month**, plus the
//! checker's answers as a shareable URL query
//! (`jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11`).
//!
//! Every amount and rate comes from the dated rules in [`crate::core::rules`]
//! for the month asked: the line says which regulation sets it, since when
//! and until when, and who reported it. Where no rule is known for the month
//! (a JP wage cap not yet announced) the result says so and uses the last
//! known value with its dates ([`Notice::NoRuleKnown`]); where a change is
//! known ahead (the end of the PP 50/2025 discount) the result names it
//! ([`Notice::Upcoming`]).
//!
//! Money is whole Rupiah in `i64`. Rates are kept in basis points (hundredths
//! of a percent: 0.24% = 24) so every calculation is exact integer arithmetic.
//!
//! **Rounding rule** ([`ROUNDING_RULE`], [`percent_of`]): each programme's
//! contribution, and each benefit, is computed on its own; a fractional
//! Rupiah is rounded to the nearest Rupiah, and exactly half a Rupiah is
//! rounded up. Totals are sums of the rounded lines. BPJS's own system may
//! round differently by a Rupiah or two.

use std::fmt;

use crate::core::lang::{Lang, Tr};
use crate::core::month::Month;
use crate::core::order;
use crate::core::programs::{
    MemberGroup, Program, Rule, PERMENAKER_44_2015, PERMENAKER_4_2023, PP_37_2021_ELIGIBILITY, PP_45_2015,
};
use crate::core::rules::{
    self as rules, bpu_discount, lookup, Confidence, Dated, InForce, Lookup, Source, BPU_BANDS, BPU_JHT_RATE,
    BPU_JKK_RATE, BPU_JKM, EARLIEST_MONTH, JAKON_BANDS, JAKON_WAGE_RATES, JKK_LUMP_SUMS, JKK_WAGE_REPLACEMENT,
    JKM_AMOUNTS, JKP_CASH, JKP_CONTRIBUTION_MONTHS, JKP_FUNDING, JP_MIN_PENSION, JP_WAGE_CAPS, LATEST_MONTH,
    PMI_CONTRIBUTIONS, PMI_FAILED_DEPARTURE, PMI_JHT_OPTIONS, PMI_JKM_DURING_WORK, PMI_JKM_OUTSIDE_WORK, PMI_RAPE,
    PU_JHT_RATES, PU_JKK_RATES, PU_JKM_RATE, PU_JP_RATES, SCHOLARSHIP,
};
pub use crate::core::rules::{BpuSector, PmiContract, Rupiah};

/// Smallest wage, income or contract value we accept: smaller numbers are
/// almost always a typing slip ("5" for Rp5 juta).
pub const MIN_AMOUNT: Rupiah = 10_000;
/// Largest monthly wage or income we accept: Rp1 miliar.
pub const MAX_MONTHLY_AMOUNT: Rupiah = 1_000_000_000;
/// Largest contract value we accept: Rp100 triliun.
pub const MAX_CONTRACT_VALUE: Rupiah = 100_000_000_000_000;

/// At most two children get the scholarship.
pub const SCHOLARSHIP_MAX_CHILDREN: i64 = 2;

/// Scholarship maximum per child: the sum over the levels (Rp87 juta).
pub fn scholarship_max_per_child() -> Rupiah {
    SCHOLARSHIP
        .value
        .iter()
        .map(|(_, per_year, years)| per_year * *years as i64)
        .sum()
}

/// Scholarship maximum for two children: Rp174 juta.
pub fn scholarship_max_total() -> Rupiah {
    scholarship_max_per_child() * SCHOLARSHIP_MAX_CHILDREN
}

/// JKM total for a death not caused by work: Rp42 juta.
pub fn jkm_total() -> Rupiah {
    let (death, periodic, funeral) = JKM_AMOUNTS.value;
    death + periodic + funeral
}

/// The rounding rule, for the UI to show under results.
pub const ROUNDING_RULE: Tr = Tr::new(
    "Tiap iuran dihitung sendiri: upah × tarif. Pecahan rupiah dibulatkan ke rupiah terdekat; tepat setengah dibulatkan ke atas. Total adalah jumlah angka yang sudah dibulatkan. Hitungan BPJS bisa berbeda satu atau dua rupiah.",
    "Each contribution is worked out on its own: wage × rate. Fractions of a Rupiah are rounded to the nearest Rupiah; exactly half rounds up. Totals add up the rounded lines. BPJS's own figures may differ by a Rupiah or two.",
);

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

/// `amount × bp / 10 000`, rounded to the nearest Rupiah, halves up (for
/// negative amounts, halves away from zero). Exact for any `i64` input.
pub fn percent_of(amount: Rupiah, bp: u32) -> Rupiah {
    round_ten_thousandths(amount as i128 * bp as i128)
}

/// `p / 10 000` rounded half away from zero.
fn round_ten_thousandths(p: i128) -> Rupiah {
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
    let (pct, cap, _) = JKP_CASH.value;
    whole_percent_of(wage.clamp(0, cap), pct)
}

/// The JKK death lump sum for a wage: 48 × wage, at least the JKM total.
pub fn jkk_death_lump_sum(wage: Rupiah) -> Rupiah {
    wage.saturating_mul(JKK_LUMP_SUMS.value.0).max(jkm_total())
}

/// One band's share of a construction contract's JKK and JKM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandPiece {
    /// The part of the contract value in this band: above `from`, up to `to`.
    pub from: Rupiah,
    pub to: Rupiah,
    pub jkk_bp: u32,
    pub jkm_bp: u32,
    pub jkk: Rupiah,
    pub jkm: Rupiah,
}

/// JKK and JKM for a construction contract: each band's rate on the part of
/// the value above the band's lower limit (and up to the next band's). Each
/// programme's total is rounded once (the pieces are shown rounded).
pub fn jakon_by_contract(value: Rupiah) -> (Rupiah, Rupiah, Vec<BandPiece>) {
    let bands = &JAKON_BANDS.value;
    let mut pieces = Vec::new();
    let (mut jkk, mut jkm) = (0i128, 0i128);
    for (i, b) in bands.iter().enumerate() {
        if value <= b.over {
            break;
        }
        let top = bands.get(i + 1).map_or(value, |next| value.min(next.over));
        let part = (top - b.over) as i128;
        jkk += part * b.jkk_bp as i128;
        jkm += part * b.jkm_bp as i128;
        pieces.push(BandPiece {
            from: b.over,
            to: top,
            jkk_bp: b.jkk_bp,
            jkm_bp: b.jkm_bp,
            jkk: round_ten_thousandths(part * b.jkk_bp as i128),
            jkm: round_ten_thousandths(part * b.jkm_bp as i128),
        });
    }
    (round_ten_thousandths(jkk), round_ten_thousandths(jkm), pieces)
}

/// The BPU income band an income falls in, if our sources know it.
pub fn bpu_band(income: Rupiah) -> Option<&'static Dated<rules::BpuBand>> {
    BPU_BANDS
        .iter()
        .find(|b| income >= b.value.min && income <= b.value.max)
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

    /// The employer's JKK rate in basis points (the rule in force since 2015).
    pub fn jkk_rate_bp(self) -> u32 {
        PU_JKK_RATES.value[(self.0 - 1) as usize]
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

/// Company size, where it matters (PU): our sources give it as a condition
/// of JKP. Medium and large firms: the worker is enrolled in JKK, JKM, JHT
/// and JP; micro and small firms: at least JKK, JKM and JHT.
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
    /// `sektor`: transportasi or lain (BPU, only in months where the
    /// PP 50/2025 discount differs by sector).
    Sector,
    /// `lama`: a migrant worker's contract length, 6, 12 or 24 months.
    PmiContract,
    /// `bulan`: the month to compute for ("2026-11"). Filled with the
    /// reader's current month; asked only when the URL holds a bad one.
    Month,
}

impl Question {
    pub const ALL: [Question; 8] = [
        Question::Kind,
        Question::Wage,
        Question::RiskClass,
        Question::CompanySize,
        Question::ContractValue,
        Question::Sector,
        Question::PmiContract,
        Question::Month,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Question::Kind => "jenis",
            Question::Wage => "upah",
            Question::RiskClass => "risiko",
            Question::CompanySize => "usaha",
            Question::ContractValue => "kontrak",
            Question::Sector => "sektor",
            Question::PmiContract => "lama",
            Question::Month => "bulan",
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        let k = key.trim().to_ascii_lowercase();
        Question::ALL.into_iter().find(|q| q.key() == k)
    }

    pub const fn label(self) -> Tr {
        match self {
            Question::Kind => Tr::new("Jenis pekerja", "Kind of worker"),
            Question::Wage => Tr::new("Upah atau penghasilan sebulan", "Monthly wage or income"),
            Question::RiskClass => Tr::new("Kelompok risiko tempat kerja", "Workplace risk group"),
            Question::CompanySize => Tr::new("Ukuran usaha pemberi kerja", "Size of the employer's business"),
            Question::ContractValue => Tr::new("Nilai kontrak proyek", "Project contract value"),
            Question::Sector => Tr::new("Bidang kerja", "Line of work"),
            Question::PmiContract => Tr::new("Lama kontrak kerja", "Length of the work contract"),
            Question::Month => Tr::new("Bulan yang dihitung", "Month worked out"),
        }
    }

    /// The label fitting a kind of worker ("Penghasilan sebulan" for BPU).
    pub const fn label_for(self, kind: MemberGroup) -> Tr {
        match (self, kind) {
            (Question::Wage, MemberGroup::Pu) => Tr::new("Upah sebulan", "Monthly wage"),
            (Question::Wage, MemberGroup::Bpu) => {
                Tr::new("Penghasilan sebulan yang dilaporkan", "Monthly income you declare")
            }
            _ => self.label(),
        }
    }

    /// Whether the answer is one of a few choices (radio buttons or a list).
    pub const fn is_choice(self) -> bool {
        !matches!(self, Question::Wage | Question::ContractValue)
    }

    /// The message when no valid choice was made.
    pub const fn choice_error(self) -> Tr {
        match self {
            Question::Kind => Tr::new("Pilih jenis pekerja Anda.", "Choose what kind of worker you are."),
            Question::RiskClass => Tr::new(
                "Pilih kelompok risiko tempat kerja.",
                "Choose the workplace risk group.",
            ),
            Question::CompanySize => Tr::new(
                "Pilih ukuran usaha pemberi kerja.",
                "Choose the size of your employer's business.",
            ),
            Question::Sector => Tr::new("Pilih bidang kerja Anda.", "Choose your line of work."),
            Question::PmiContract => Tr::new(
                "Pilih lama kontrak kerja Anda.",
                "Choose the length of your work contract.",
            ),
            Question::Month => Tr::new("Pilih bulan yang ingin dihitung.", "Choose the month to work out."),
            Question::Wage | Question::ContractValue => Tr::new("Tulis jumlahnya.", "Enter the amount."),
        }
    }
}

/// The questions that matter for a kind of worker in a month, in asking order.
pub fn questions_for(kind: MemberGroup, month: Month) -> Vec<Question> {
    match kind {
        MemberGroup::Pu => vec![Question::Wage, Question::RiskClass, Question::CompanySize],
        MemberGroup::Bpu if rules::sector_matters(month) => vec![Question::Wage, Question::Sector],
        MemberGroup::Bpu => vec![Question::Wage],
        MemberGroup::Jakon => vec![Question::ContractValue],
        MemberGroup::Pmi => vec![Question::PmiContract],
    }
}

/// The months the checker offers, oldest first.
pub fn selectable_months() -> impl Iterator<Item = Month> {
    EARLIEST_MONTH.through(LATEST_MONTH)
}

/// A checker input problem, translatable with [`CheckError::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckError {
    /// The question has no answer yet.
    Missing(Question),
    /// A value that is not one of the choices.
    NotAChoice(Question),
    /// Text that is not an amount of money.
    NotANumber(Question),
    /// Zero or negative.
    NotPositive(Question),
    /// Below [`MIN_AMOUNT`]: probably a typing slip.
    TooSmall { question: Question, min: Rupiah },
    /// Above the plausible maximum.
    TooLarge { question: Question, max: Rupiah },
    /// A month outside the months the checker knows rules for.
    MonthOutOfRange { earliest: Month, latest: Month },
}

impl CheckError {
    pub fn question(&self) -> Question {
        match *self {
            CheckError::Missing(q)
            | CheckError::NotAChoice(q)
            | CheckError::NotANumber(q)
            | CheckError::NotPositive(q) => q,
            CheckError::TooSmall { question, .. } | CheckError::TooLarge { question, .. } => question,
            CheckError::MonthOutOfRange { .. } => Question::Month,
        }
    }

    /// A short message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let label = self.question().label().get(lang);
        match (*self, lang) {
            (CheckError::Missing(q) | CheckError::NotAChoice(q), _) if q.is_choice() => {
                q.choice_error().get(lang).to_string()
            }
            (CheckError::Missing(_) | CheckError::NotAChoice(_), Lang::Id) => format!("Belum dijawab: {label}."),
            (CheckError::Missing(_) | CheckError::NotAChoice(_), Lang::En) => format!("Not answered yet: {label}."),
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
            (CheckError::MonthOutOfRange { earliest, latest }, Lang::Id) => format!(
                "Kami hanya bisa menghitung untuk {} sampai {}. Sebelum {}, aturan JKP dan beberapa aturan lain berbeda dan belum semuanya ada di data kami.",
                earliest.label(lang),
                latest.label(lang),
                earliest.label(lang)
            ),
            (CheckError::MonthOutOfRange { earliest, latest }, Lang::En) => format!(
                "We can only work out {} to {}. Before {}, the JKP rules and some others were different, and not all of them are in our data.",
                earliest.label(lang),
                latest.label(lang),
                earliest.label(lang)
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

/// Checks that a month is one the checker computes for.
pub fn validate_month(m: Month) -> Result<Month, CheckError> {
    if (EARLIEST_MONTH..=LATEST_MONTH).contains(&m) {
        Ok(m)
    } else {
        Err(CheckError::MonthOutOfRange {
            earliest: EARLIEST_MONTH,
            latest: LATEST_MONTH,
        })
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
    pub kind: Option<MemberGroup>,
    /// Monthly wage (PU) or declared income (BPU).
    pub wage: Option<Rupiah>,
    pub risk: Option<RiskClass>,
    pub size: Option<CompanySize>,
    /// Contract value (Jakon).
    pub contract: Option<Rupiah>,
    pub sector: Option<BpuSector>,
    pub pmi_contract: Option<PmiContract>,
    /// The month to compute for; `None` means the reader's current month.
    pub month: Option<Month>,
}

impl CheckerAnswers {
    /// Whether a question has an answer.
    pub fn has(&self, q: Question) -> bool {
        match q {
            Question::Kind => self.kind.is_some(),
            Question::Wage => self.wage.is_some(),
            Question::RiskClass => self.risk.is_some(),
            Question::CompanySize => self.size.is_some(),
            Question::ContractValue => self.contract.is_some(),
            Question::Sector => self.sector.is_some(),
            Question::PmiContract => self.pmi_contract.is_some(),
            Question::Month => self.month.is_some(),
        }
    }

    /// Sets one answer from what the reader typed or chose, or says what is
    /// wrong with it (the answer is then left as it was).
    pub fn set(&mut self, q: Question, raw: &str) -> Result<(), CheckError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(CheckError::Missing(q));
        }
        let not_a_choice = CheckError::NotAChoice(q);
        match q {
            Question::Kind => self.kind = Some(MemberGroup::from_slug(raw).ok_or(not_a_choice)?),
            Question::RiskClass => {
                self.risk = Some(raw.parse::<u8>().ok().and_then(RiskClass::new).ok_or(not_a_choice)?)
            }
            Question::CompanySize => self.size = Some(CompanySize::from_key(raw).ok_or(not_a_choice)?),
            Question::Sector => self.sector = Some(BpuSector::from_key(raw).ok_or(not_a_choice)?),
            Question::PmiContract => self.pmi_contract = Some(PmiContract::from_key(raw).ok_or(not_a_choice)?),
            Question::Month => self.month = Some(validate_month(Month::parse(raw).ok_or(not_a_choice)?)?),
            Question::Wage => self.wage = Some(validate_amount(q, parse_amount(q, raw)?)?),
            Question::ContractValue => self.contract = Some(validate_amount(q, parse_amount(q, raw)?)?),
        }
        Ok(())
    }

    /// Reads answers from URL query pairs, keeping only good values. Unknown
    /// keys (such as `lang`) are ignored; the first occurrence of a key wins.
    /// Never panics. [`CheckerUrl`] also keeps what was wrong.
    pub fn from_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> CheckerAnswers {
        CheckerUrl::from_query(pairs).answers
    }

    /// Reads a raw query string ("?jenis=pu&upah=5000000"), decoding `+` and
    /// `%XX`. Never panics.
    pub fn from_query_string(query: &str) -> CheckerAnswers {
        CheckerUrl::from_query_string(query).answers
    }

    /// The month computed for: the one in the answers, else `today`.
    pub fn month_or(&self, today: Month) -> Month {
        self.month.unwrap_or(today)
    }

    /// Answers as short query pairs, in a fixed order. Once a kind is chosen
    /// only the answers that matter for it are written (a BPU link carries no
    /// risk group); with no kind, every answer given is written. The month
    /// comes last.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let relevant = |q: Question| match self.kind {
            None => true,
            Some(_) if q == Question::Kind => true,
            // Any month: a sector kept in a month where it does not matter is harmless.
            Some(MemberGroup::Bpu) if q == Question::Sector => true,
            Some(kind) => questions_for(kind, self.month.unwrap_or(EARLIEST_MONTH)).contains(&q),
        };
        let mut out = Vec::new();
        let mut push = |q: Question, v: Option<String>| {
            if let (Some(v), true) = (v, relevant(q)) {
                out.push((q.key(), v));
            }
        };
        push(Question::Kind, self.kind.map(|k| k.slug().to_string()));
        push(Question::Wage, self.wage.map(|w| w.to_string()));
        push(Question::RiskClass, self.risk.map(|r| r.number().to_string()));
        push(Question::CompanySize, self.size.map(|s| s.key().to_string()));
        push(Question::ContractValue, self.contract.map(|c| c.to_string()));
        push(Question::Sector, self.sector.map(|s| s.key().to_string()));
        push(Question::PmiContract, self.pmi_contract.map(|c| c.months().to_string()));
        if let Some(m) = self.month {
            out.push((Question::Month.key(), m.key()));
        }
        out
    }

    /// `to_query` joined: "jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11"
    /// (no leading `?`; values never need escaping).
    pub fn to_query_string(&self) -> String {
        self.to_query()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The questions to ask for the month: the kind, then those for the chosen kind.
    pub fn questions(&self, today: Month) -> Vec<Question> {
        let mut qs = vec![Question::Kind];
        if let Some(kind) = self.kind {
            qs.extend(questions_for(kind, self.month_or(today)));
        }
        qs
    }

    /// Questions still without an answer, in asking order.
    pub fn unanswered(&self, today: Month) -> Vec<Question> {
        self.questions(today).into_iter().filter(|q| !self.has(*q)).collect()
    }

    /// Computes the result for the answers' month (or `today`), or the first
    /// problem in asking order.
    pub fn check(&self, today: Month) -> Result<CheckResult, CheckError> {
        let month = validate_month(self.month_or(today))?;
        let kind = self.kind.ok_or(CheckError::Missing(Question::Kind))?;
        if let Some(q) = self.unanswered(today).first() {
            return Err(CheckError::Missing(*q));
        }
        let need = |v: Option<Rupiah>, q| v.ok_or(CheckError::Missing(q));
        match kind {
            MemberGroup::Pu => check_pu(
                month,
                need(self.wage, Question::Wage)?,
                self.risk.ok_or(CheckError::Missing(Question::RiskClass))?,
                self.size.ok_or(CheckError::Missing(Question::CompanySize))?,
            ),
            MemberGroup::Bpu => check_bpu(month, need(self.wage, Question::Wage)?, self.sector),
            MemberGroup::Jakon => check_jakon(month, need(self.contract, Question::ContractValue)?),
            MemberGroup::Pmi => Ok(check_pmi(
                month,
                self.pmi_contract.ok_or(CheckError::Missing(Question::PmiContract))?,
            )),
        }
    }
}

/// The checker's whole URL: the good answers, what was wrong with the bad
/// ones (with the text as typed, to show it again), and `ubah=<key>` (the
/// reader asked to change one answer).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckerUrl {
    pub answers: CheckerAnswers,
    /// Values in the URL that could not be used, with their error.
    pub bad: Vec<(Question, String, CheckError)>,
    /// `ubah=<key>`: ask this question again.
    pub change: Option<Question>,
}

/// The URL key that asks one question again.
pub const CHANGE_KEY: &str = "ubah";

/// What the checker shows next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Ask this question, with the error of its current value if it has one.
    Ask {
        question: Question,
        error: Option<CheckError>,
    },
    /// Every needed answer is good: the result.
    Done(Box<CheckResult>),
}

impl CheckerUrl {
    pub fn from_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> CheckerUrl {
        let mut url = CheckerUrl::default();
        let mut seen: Vec<Question> = Vec::new();
        for (k, v) in pairs {
            let key = k.as_ref();
            if key.trim().eq_ignore_ascii_case(CHANGE_KEY) {
                url.change = url.change.or(Question::from_key(v.as_ref()));
                continue;
            }
            let Some(q) = Question::from_key(key) else {
                continue;
            };
            if seen.contains(&q) {
                continue;
            }
            seen.push(q);
            if let Err(e) = url.answers.set(q, v.as_ref()) {
                url.bad.push((q, v.as_ref().to_string(), e));
            }
        }
        url
    }

    pub fn from_query_string(query: &str) -> CheckerUrl {
        let q = query.trim().trim_start_matches('?');
        let pairs: Vec<(String, String)> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        CheckerUrl::from_query(&pairs)
    }

    /// The text as typed for a question whose URL value was bad.
    pub fn raw(&self, q: Question) -> Option<&str> {
        self.bad.iter().find(|(k, _, _)| *k == q).map(|(_, v, _)| v.as_str())
    }

    fn error(&self, q: Question) -> Option<CheckError> {
        self.bad.iter().find(|(k, _, _)| *k == q).map(|(_, _, e)| *e)
    }

    /// Which question to ask, or the result when every needed answer is
    /// good. A bad month is asked first (every rule depends on it); then the
    /// question named by `ubah`; then the first question without a good answer.
    pub fn step(&self, today: Month) -> Step {
        if let Some(error) = self.error(Question::Month) {
            return Step::Ask {
                question: Question::Month,
                error: Some(error),
            };
        }
        let questions = self.answers.questions(today);
        if let Some(q) = self.change.filter(|q| questions.contains(q) || *q == Question::Month) {
            return Step::Ask {
                question: q,
                error: self.error(q),
            };
        }
        for q in questions {
            let error = self.error(q);
            if error.is_some() || !self.answers.has(q) {
                return Step::Ask { question: q, error };
            }
        }
        match self.answers.check(today) {
            Ok(r) => Step::Done(Box::new(r)),
            Err(e) => Step::Ask {
                question: e.question(),
                error: Some(e),
            },
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
    /// A share of the base income of the reader's band (BPU).
    PercentOfBase { bp: u32, base: Rupiah },
    /// Rates by band, each on the part of the value inside the band (Jakon).
    Marginal,
    /// A fixed amount.
    Fixed(Rupiah),
    /// One of a few fixed amounts, chosen by the member.
    Choice(&'static [Rupiah]),
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
            (Rate::PercentCapped { bp, cap }, Lang::Id) => format!("{} (upah paling tinggi {})", pct(bp), rp(cap)),
            (Rate::PercentCapped { bp, cap }, Lang::En) => format!("{} (wage counted up to {})", pct(bp), rp(cap)),
            (Rate::PercentOfBase { bp, base }, Lang::Id) => {
                format!("{} dari {} (dasar golongan penghasilan Anda)", pct(bp), rp(base))
            }
            (Rate::PercentOfBase { bp, base }, Lang::En) => {
                format!("{} of {} (the base of your income band)", pct(bp), rp(base))
            }
            (Rate::Marginal, Lang::Id) => "tarif bertingkat menurut nilai kontrak (lihat rincian)".to_string(),
            (Rate::Marginal, Lang::En) => "rates by band of contract value (see the breakdown)".to_string(),
            (Rate::Fixed(a), _) => rp(a),
            (Rate::Choice(options), _) => options.iter().map(|a| rp(*a)).collect::<Vec<_>>().join(", "),
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
    /// Once per placement, for a contract of this many months (PMI).
    Placement(u8),
}

impl Period {
    pub fn label(self, lang: Lang) -> String {
        match (self, lang) {
            (Period::Month, Lang::Id) => "per bulan".into(),
            (Period::Month, Lang::En) => "per month".into(),
            (Period::Contract, Lang::Id) => "per kontrak proyek".into(),
            (Period::Contract, Lang::En) => "per project contract".into(),
            (Period::Placement(n), Lang::Id) => format!("per kontrak kerja {n} bulan"),
            (Period::Placement(n), Lang::En) => format!("per {n}-month work contract"),
        }
    }
}

/// A temporary discount on a line: what is paid is `percent_paid`% of `full`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Discount {
    pub percent_paid: u32,
    /// The amount without the discount.
    pub full: Rupiah,
    pub rule: Rule,
    pub in_force: InForce,
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
    /// The regulation, the months it is in force, and who reported it.
    pub rule: Rule,
    pub in_force: InForce,
    pub sources: &'static [Source],
    pub note: Option<Tr>,
    /// What the sources leave in doubt about the rule (from [`Dated::note`]),
    /// and how sure they let us be.
    pub caveat: Option<Tr>,
    pub confidence: Confidence,
    pub discount: Option<Discount>,
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
    /// A monthly payment of at least this much.
    AtLeastMonthly(Rupiah),
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
            (BenefitAmount::AtLeastMonthly(a), Lang::Id) => format!("paling sedikit {} sebulan", rp(a)),
            (BenefitAmount::AtLeastMonthly(a), Lang::En) => format!("at least {} a month", rp(a)),
            (BenefitAmount::SavingsPerMonth(a), Lang::Id) => {
                format!("tabungan bertambah {} sebulan, ditambah keuntungannya", rp(a))
            }
            (BenefitAmount::SavingsPerMonth(a), Lang::En) => format!("savings grow by {} a month, plus returns", rp(a)),
            (BenefitAmount::NoFixedAmount, Lang::Id) => "tidak ada jumlah tetap".to_string(),
            (BenefitAmount::NoFixedAmount, Lang::En) => "no fixed amount".to_string(),
        }
    }
}

/// A key benefit with its amount, rule and sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Benefit {
    pub program: Program,
    pub what: Tr,
    pub amount: BenefitAmount,
    pub rule: Rule,
    pub in_force: InForce,
    pub sources: &'static [Source],
    pub note: Option<Tr>,
    /// What the sources leave in doubt (from [`Dated::note`]), and how sure they let us be.
    pub caveat: Option<Tr>,
    pub confidence: Confidence,
    pub uncertain: bool,
}

/// A program this worker cannot join, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exclusion {
    pub program: Program,
    pub reason: Tr,
    pub rule: Rule,
}

/// Something the reader must know about the month's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// No rule is known for the month; the last known value is used.
    NoRuleKnown {
        what: Tr,
        month: Month,
        last_value: Rupiah,
        last: InForce,
    },
    /// A known change ahead: from a month, an amount changes (or is due to
    /// change to a value not yet announced).
    Upcoming {
        from: Month,
        what: Tr,
        now: Rupiah,
        then: Option<Rupiah>,
        sector: Option<BpuSector>,
        rule: Rule,
    },
    /// Construction: the rates where each worker's wage is known.
    JakonWageRates { jkk_bp: u32, jkm_bp: u32, rule: Rule },
    /// Migrant workers: each month beyond the contract costs this much.
    PmiExtraMonth { per_month: Rupiah, rule: Rule },
    /// The month asked is after the reader's own month.
    FutureMonth { month: Month },
}

impl Notice {
    /// Whether the notice is about a change (shown under "what changes soon").
    pub fn is_upcoming(&self) -> bool {
        matches!(self, Notice::Upcoming { .. })
    }

    /// Whether the notice is a warning about the month asked (no rule known,
    /// a month still to come), shown before the result. The notices that are
    /// neither this nor upcoming are notes, shown after it.
    pub fn is_warning(&self) -> bool {
        matches!(self, Notice::NoRuleKnown { .. } | Notice::FutureMonth { .. })
    }

    pub fn rule(&self) -> Option<Rule> {
        match *self {
            Notice::Upcoming { rule, .. }
            | Notice::JakonWageRates { rule, .. }
            | Notice::PmiExtraMonth { rule, .. } => Some(rule),
            _ => None,
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        let rp = |a| format_rupiah(a, lang);
        match (*self, lang) {
            (Notice::NoRuleKnown { what, month, last_value, last }, Lang::Id) => format!(
                "Untuk {} belum ada {} yang kami ketahui. Kami memakai angka terakhir yang kami ketahui: {} ({}). Angka sebenarnya bisa berbeda.",
                month.label(lang),
                what.get(lang),
                rp(last_value),
                last.label(lang)
            ),
            (Notice::NoRuleKnown { what, month, last_value, last }, Lang::En) => format!(
                "We know no {} for {}. We use the last one we know: {} ({}). The real figure may differ.",
                what.get(lang),
                month.label(lang),
                rp(last_value),
                last.label(lang)
            ),
            (Notice::Upcoming { from, what, now, then, sector, .. }, _) => {
                let who = sector.map(|s| match lang {
                    Lang::Id => format!(" (bidang: {})", s.label().get(lang)),
                    Lang::En => format!(" (line of work: {})", s.label().get(lang)),
                });
                let amounts = match (then, lang) {
                    (Some(t), Lang::Id) => format!(" menjadi {} (sekarang {})", rp(t), rp(now)),
                    (Some(t), Lang::En) => format!(" becomes {} (now {})", rp(t), rp(now)),
                    (None, Lang::Id) => format!(". Angka barunya belum diumumkan (sekarang {})", rp(now)),
                    (None, Lang::En) => format!(". The new figure is not announced yet (now {})", rp(now)),
                };
                let start = match lang {
                    Lang::Id => "Mulai",
                    Lang::En => "From",
                };
                format!("{start} {}{}: {}{amounts}.", from.label(lang), who.unwrap_or_default(), what.get(lang))
            }
            (Notice::JakonWageRates { jkk_bp, jkm_bp, .. }, Lang::Id) => format!(
                "Jika upah tiap pekerja proyek diketahui, iurannya dihitung dari upah: JKK {} dan JKM {} dari upah sebulan.",
                format_percent_bp(jkk_bp, lang),
                format_percent_bp(jkm_bp, lang)
            ),
            (Notice::JakonWageRates { jkk_bp, jkm_bp, .. }, Lang::En) => format!(
                "Where each project worker's wage is known, contributions are worked out from wages: JKK {} and JKM {} of the monthly wage.",
                format_percent_bp(jkk_bp, lang),
                format_percent_bp(jkm_bp, lang)
            ),
            (Notice::PmiExtraMonth { per_month, .. }, Lang::Id) => format!(
                "Jika kontrak diperpanjang, tiap bulan tambahan dikenai {} untuk JKK dan JKM, dibayar sekaligus.",
                rp(per_month)
            ),
            (Notice::PmiExtraMonth { per_month, .. }, Lang::En) => format!(
                "If the contract is extended, each extra month costs {} for JKK and JKM, paid at once.",
                rp(per_month)
            ),
            (Notice::FutureMonth { month }, Lang::Id) => format!(
                "{} belum tiba. Kami memakai aturan yang sudah diketahui sekarang; aturan bisa berubah sebelum bulan itu.",
                month.label(lang)
            ),
            (Notice::FutureMonth { month }, Lang::En) => format!(
                "{} has not come yet. We use the rules known today; they may change before then.",
                month.label(lang)
            ),
        }
    }
}

/// The checker's answer for one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckResult {
    pub kind: MemberGroup,
    /// The month whose rules were applied.
    pub month: Month,
    /// The wage, income or contract value used; `None` for PMI.
    pub basis: Option<Rupiah>,
    pub period: Period,
    pub lines: Vec<ContributionLine>,
    pub packages: Vec<Package>,
    /// Construction only: each band's share of the contract.
    pub breakdown: Vec<BandPiece>,
    pub benefits: Vec<Benefit>,
    /// Why benefits are not listed, or what else to know about them.
    pub benefits_note: Option<Tr>,
    pub excluded: Vec<Exclusion>,
    /// Rules not known for the month, changes ahead, alternatives.
    pub notices: Vec<Notice>,
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

    /// The programmes the result is about, in programme order: those of the
    /// contribution lines, then those excluded for this kind of worker.
    pub fn programs(&self) -> Vec<Program> {
        let paid = Program::ALL
            .into_iter()
            .filter(|p| self.lines.iter().any(|l| l.programs.contains(p)));
        paid.chain(self.excluded.iter().map(|e| e.program)).collect()
    }

    /// Whether anything shown is not verified.
    pub fn any_uncertain(&self) -> bool {
        self.lines.iter().any(|l| l.uncertain) || self.benefits.iter().any(|b| b.uncertain)
    }

    /// Adds [`Notice::FutureMonth`] when the month is after `today`.
    pub fn with_today(mut self, today: Month) -> CheckResult {
        if self.month > today {
            self.notices.push(Notice::FutureMonth { month: self.month });
        }
        self
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

/// A line from a dated rule: its regulation, months, sources and confidence.
fn line<T>(
    label: Tr,
    programs: &'static [Program],
    rate: Rate,
    amount: Option<Split>,
    payer: Payer,
    r: &Dated<T>,
) -> ContributionLine {
    ContributionLine {
        label,
        programs,
        rate,
        amount,
        payer,
        required: true,
        rule: r.rule,
        in_force: r.in_force,
        sources: r.sources,
        note: None,
        caveat: r.note,
        confidence: r.confidence,
        discount: None,
        uncertain: !r.confidence.verified(),
    }
}

impl ContributionLine {
    fn note(mut self, id: &'static str, en: &'static str) -> Self {
        self.note = Some(Tr::new(id, en));
        self
    }
    fn optional(mut self) -> Self {
        self.required = false;
        self
    }
    fn uncertain_if(mut self, flag: bool) -> Self {
        self.uncertain |= flag;
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
const fn shared(e: Rupiah, w: Rupiah) -> Option<Split> {
    Some(Split {
        employer: e,
        worker: w,
        unassigned: 0,
    })
}
const fn unassigned(a: Rupiah) -> Option<Split> {
    Some(Split {
        employer: 0,
        worker: 0,
        unassigned: a,
    })
}

fn benefit<T>(program: Program, what: Tr, amount: BenefitAmount, r: &Dated<T>) -> Benefit {
    Benefit {
        program,
        what,
        amount,
        rule: r.rule,
        in_force: r.in_force,
        sources: r.sources,
        note: None,
        caveat: r.note,
        confidence: r.confidence,
        uncertain: !r.confidence.verified(),
    }
}

impl Benefit {
    fn note(mut self, id: &'static str, en: &'static str) -> Self {
        self.note = Some(Tr::new(id, en));
        self
    }
    fn uncertain_if(mut self, flag: bool) -> Self {
        self.uncertain |= flag;
        self
    }
}

/// A [`Notice::NoRuleKnown`] when a lookup found no rule for the month.
fn unknown_notice<T>(what: Tr, month: Month, l: &Lookup<T>, value: impl Fn(&T) -> Rupiah) -> Option<Notice> {
    match l {
        Lookup::Known(_) => None,
        Lookup::NotKnown { last: r } | Lookup::Before { first: r } => Some(Notice::NoRuleKnown {
            what,
            month,
            last_value: value(&r.value),
            last: r.in_force,
        }),
    }
}

/// JKK and JKM benefits that depend on the monthly wage (PU) or the income
/// base (BPU).
fn jkk_jkm_benefits(wage: Rupiah) -> Vec<Benefit> {
    let (full_pct, full_months, then_pct) = JKK_WAGE_REPLACEMENT.value;
    let disability_multiple = JKK_LUMP_SUMS.value.1;
    vec![
        benefit(Program::Jkk, Tr::new("Biaya berobat karena kecelakaan kerja", "Medical care after a work accident"), BenefitAmount::AsNeeded, &JKK_WAGE_REPLACEMENT)
            .note("Tanpa batas biaya. Di PLKK Anda tidak perlu membayar dulu.", "No cost limit. At a PLKK you do not pay first."),
        benefit(
            Program::Jkk,
            Tr::new("Upah pengganti selama belum bisa bekerja (12 bulan pertama)", "Wage replacement while you cannot work (first 12 months)"),
            BenefitAmount::Monthly { per_month: whole_percent_of(wage, full_pct as i64), months: full_months },
            &JKK_WAGE_REPLACEMENT,
        )
        .note(
            match then_pct {
                50 => "Sesudah 12 bulan: separuh upah sampai sembuh.",
                _ => "Sesudah 12 bulan: sebagian upah sampai sembuh.",
            },
            match then_pct {
                50 => "After 12 months: half the wage until you recover.",
                _ => "After 12 months: part of the wage until you recover.",
            },
        ),
        benefit(
            Program::Jkk,
            Tr::new("Santunan jika meninggal karena kecelakaan kerja", "Lump sum if you die in a work accident"),
            BenefitAmount::Once(jkk_death_lump_sum(wage)),
            &JKK_LUMP_SUMS,
        )
        .note(
            "48 kali upah sebulan, paling sedikit Rp42 juta. Keluarga juga mendapat biaya pemakaman Rp10 juta dan santunan berkala Rp12 juta.",
            "48 times the monthly wage, at least Rp42 million. The family also gets Rp10 million for the funeral and Rp12 million periodic support.",
        ),
        benefit(
            Program::Jkk,
            Tr::new("Santunan jika cacat total tetap karena kecelakaan kerja", "Lump sum for total permanent disability from a work accident"),
            BenefitAmount::Once(wage.saturating_mul(disability_multiple)),
            &JKK_LUMP_SUMS,
        )
        .note("56 kali upah sebulan.", "56 times the monthly wage."),
        benefit(
            Program::Jkm,
            Tr::new("Untuk keluarga jika Anda meninggal bukan karena kecelakaan kerja", "For your family if you die of something other than a work accident"),
            BenefitAmount::Once(jkm_total()),
            &JKM_AMOUNTS,
        )
        .note(
            "Santunan kematian Rp20 juta, santunan berkala Rp12 juta (dibayar sekaligus) dan biaya pemakaman Rp10 juta.",
            "Rp20 million death benefit, Rp12 million periodic support (paid at once) and Rp10 million for the funeral.",
        ),
        benefit(
            Program::Jkm,
            Tr::new("Beasiswa untuk paling banyak dua anak", "Scholarships for up to two children"),
            BenefitAmount::UpTo(scholarship_max_total()),
            &SCHOLARSHIP,
        )
        .note(
            "Rp87 juta per anak, dari TK sampai kuliah. Jika Anda meninggal bukan karena kerja, anak baru dapat beasiswa bila Anda sudah ikut paling sedikit 3 tahun.",
            "Rp87 million per child, from kindergarten to university. If you die of something other than work, the children get it only if you had been a member for at least 3 years.",
        ),
    ]
}

/// Contributions and benefits for a wage earner (PU) in a month.
pub fn check_pu(month: Month, wage: Rupiah, risk: RiskClass, size: CompanySize) -> Result<CheckResult, CheckError> {
    validate_amount(Question::Wage, wage)?;
    let month = validate_month(month)?;
    let mut notices = Vec::new();

    let caps = lookup(&JP_WAGE_CAPS, month);
    let cap_rule = caps.rule();
    let cap = cap_rule.value.amount;
    notices.extend(unknown_notice(
        Tr::new("batas upah JP", "JP wage cap"),
        month,
        &caps,
        |c| c.amount,
    ));
    let above_cap = wage > cap;
    if let (Lookup::Known(r), true) = (caps, above_cap) {
        if let Some(until) = r.in_force.until {
            let from = until.next();
            let then = match lookup(&JP_WAGE_CAPS, from) {
                Lookup::Known(n) => Some(n.value.amount),
                _ => None,
            };
            notices.push(Notice::Upcoming {
                from,
                what: Tr::new("batas upah JP disesuaikan", "the JP wage cap is adjusted"),
                now: cap,
                then,
                sector: None,
                rule: r.rule,
            });
        }
    }

    let (jht_e_bp, jht_w_bp) = PU_JHT_RATES.value;
    let (jp_e_bp, jp_w_bp) = PU_JP_RATES.value;
    let jkk_bp = risk.jkk_rate_bp();
    let jht_e = percent_of(wage, jht_e_bp);
    let jht_w = percent_of(wage, jht_w_bp);
    let jp_base = wage.min(cap);
    let (jkp_gov_bp, jkp_jkk_bp) = JKP_FUNDING.value;

    let mut jp = line(
        JP_LABEL,
        ONLY_JP,
        Rate::PercentCapped {
            bp: jp_e_bp + jp_w_bp,
            cap,
        },
        shared(percent_of(jp_base, jp_e_bp), percent_of(jp_base, jp_w_bp)),
        Payer::Shared,
        &PU_JP_RATES,
    );
    jp.note = Some(Tr::new(
        "Pemberi kerja 2%, pekerja 1%, dari upah sampai batas upah JP. Bagian upah di atas batas itu tidak dipotong untuk JP.",
        "Employer 2%, worker 1%, of the wage up to the JP wage cap. Pay above the cap is not charged for JP.",
    ));
    // The cap is its own dated rule: show its months and sources on the line.
    jp.rule = cap_rule.rule;
    jp.in_force = cap_rule.in_force;
    jp.sources = cap_rule.sources;
    jp.caveat = cap_rule.note;
    jp.confidence = cap_rule.confidence;
    jp.uncertain = above_cap && (!caps.is_known() || !cap_rule.confidence.verified());
    if size == CompanySize::MicroSmall {
        jp = jp
            .note(
                "Sumber kami menyebut ukuran usaha hanya sebagai syarat JKP. Apakah usaha mikro dan kecil wajib ikut JP belum kami pastikan.",
                "Our sources give business size only as a condition of JKP. Whether micro and small businesses must join JP is not confirmed.",
            )
            .uncertain_if(true);
    }

    let lines = vec![
        line(JKK_LABEL, ONLY_JKK, Rate::Percent(jkk_bp), employer(percent_of(wage, jkk_bp)), Payer::Employer, &PU_JKK_RATES)
            .note("Sebagian iuran ini (0,14% dari upah) dipakai untuk JKP.", "Part of this (0.14% of the wage) funds JKP."),
        line(JKM_LABEL, ONLY_JKM, Rate::Percent(PU_JKM_RATE.value), employer(percent_of(wage, PU_JKM_RATE.value)), Payer::Employer, &PU_JKM_RATE),
        line(JHT_LABEL, ONLY_JHT, Rate::Percent(jht_e_bp + jht_w_bp), shared(jht_e, jht_w), Payer::Shared, &PU_JHT_RATES)
            .note("Pemberi kerja 3,7%, pekerja 2%. Semuanya masuk tabungan pekerja.", "Employer 3.7%, worker 2%. All of it goes into the worker's savings."),
        jp,
        line(JKP_LABEL, ONLY_JKP, Rate::NothingExtra, Some(Split::default()), Payer::NoOneExtra, &JKP_FUNDING)
            .note(
                "JKP dibiayai 0,22% dari pemerintah pusat dan 0,14% dari iuran JKK. Pekerja dan pemberi kerja tidak membayar tambahan.",
                "JKP is funded by 0.22% from the central government and 0.14% from the JKK contribution. Workers and employers pay nothing extra.",
            ),
    ];
    debug_assert_eq!(
        (jkp_gov_bp, jkp_jkk_bp),
        (22, 14),
        "the JKP note above states 0.22% + 0.14%"
    );

    let packages = match size {
        CompanySize::MediumLarge => vec![package(
            Tr::new(
                "Lima program (usaha menengah dan besar)",
                "All five programmes (medium and large firms)",
            ),
            ALL_FIVE,
            &lines,
        )],
        CompanySize::MicroSmall => vec![
            package(
                Tr::new(
                    "JKK, JKM dan JHT (cukup untuk syarat JKP di usaha mikro dan kecil)",
                    "JKK, JKM and JHT (enough for the JKP condition in micro and small firms)",
                ),
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
            Tr::new("Tabungan hari tua", "Old-age savings"),
            BenefitAmount::SavingsPerMonth(jht_e + jht_w),
            &PU_JHT_RATES,
        )
        .note(
            "Tidak ada jumlah tetap: semua iuran ditambah keuntungannya, dibayar sekaligus.",
            "No fixed amount: all contributions plus returns, paid at once.",
        ),
    );
    let min_pension = lookup(&JP_MIN_PENSION, month);
    notices.extend(unknown_notice(
        Tr::new("angka pensiun JP paling sedikit", "JP minimum pension"),
        month,
        &min_pension,
        |a| *a,
    ));
    benefits.push(
        benefit(Program::Jp, Tr::new("Pensiun bulanan", "Monthly pension"), BenefitAmount::AtLeastMonthly(min_pension.rule().value), min_pension.rule())
            .note(
                "Perlu iuran paling sedikit 15 tahun. Jika kurang, iuran dan keuntungannya dibayar sekaligus. Angka paling sedikit ini disesuaikan tiap tahun.",
                "Needs at least 15 years of contributions. With fewer, contributions and returns are paid at once. This minimum is adjusted every year.",
            )
            .uncertain_if(!min_pension.is_known()),
    );
    let (jkp_pct, jkp_cap, jkp_months) = JKP_CASH.value;
    let (need, within) = JKP_CONTRIBUTION_MONTHS.value;
    let mut jkp = benefit(
        Program::Jkp,
        Tr::new("Uang tunai jika Anda kena PHK", "Cash if you are dismissed"),
        BenefitAmount::Monthly {
            per_month: jkp_monthly_cash(wage),
            months: jkp_months,
        },
        &JKP_CASH,
    );
    debug_assert_eq!(
        (jkp_pct, jkp_cap, need, within),
        (60, 5_000_000, 12, 24),
        "the JKP notes below state these"
    );
    jkp.note = Some(match size {
        CompanySize::MediumLarge => Tr::new(
            "60% dari upah, dengan upah paling tinggi Rp5 juta. Syarat: Anda terdaftar di JKK, JKM, JHT dan JP, dan iuran sudah dibayar 12 bulan dalam 24 bulan sebelum PHK (tidak harus berturut-turut). Ajukan paling lambat 6 bulan setelah PHK.",
            "60% of the wage, with the wage capped at Rp5 million. You must be enrolled in JKK, JKM, JHT and JP, with contributions paid for 12 of the 24 months before dismissal (not necessarily in a row). Claim within 6 months of dismissal.",
        ),
        CompanySize::MicroSmall => Tr::new(
            "60% dari upah, dengan upah paling tinggi Rp5 juta. Syarat: Anda terdaftar paling sedikit di JKK, JKM dan JHT, dan iuran sudah dibayar 12 bulan dalam 24 bulan sebelum PHK (tidak harus berturut-turut). Ajukan paling lambat 6 bulan setelah PHK.",
            "60% of the wage, with the wage capped at Rp5 million. You must be enrolled in at least JKK, JKM and JHT, with contributions paid for 12 of the 24 months before dismissal (not necessarily in a row). Claim within 6 months of dismissal.",
        ),
    });
    benefits.push(jkp);

    Ok(CheckResult {
        kind: MemberGroup::Pu,
        month,
        basis: Some(wage),
        period: Period::Month,
        lines,
        packages,
        breakdown: Vec::new(),
        benefits,
        benefits_note: Some(Tr::new(
            "Angka dihitung dari upah yang Anda isi.",
            "Amounts use the wage you entered.",
        )),
        excluded: Vec::new(),
        notices,
        notes: vec![ROUNDING_RULE],
    })
}

/// BPU JKK and JKM for a month: (JKK, JKM) paid, with the discount if any.
/// JKK is `None` when the income's band is not in our sources.
fn bpu_jkk_jkm(
    income: Rupiah,
    sector: BpuSector,
    m: Month,
) -> (Option<Rupiah>, Rupiah, Option<&'static Dated<rules::BpuDiscount>>) {
    let d = bpu_discount(sector, m);
    let pay = |full: Rupiah| match d {
        Some(d) => whole_percent_of(full, d.value.percent_paid as i64),
        None => full,
    };
    let jkk = bpu_band(income).map(|b| pay(percent_of(b.value.base, BPU_JKK_RATE.value)));
    (jkk, pay(BPU_JKM.value), d)
}

/// The first month after `m` (within a year) in which a sector's BPU JKK +
/// JKM changes, as a notice.
fn bpu_upcoming(income: Rupiah, sector: BpuSector, m: Month, named: bool) -> Option<Notice> {
    let (jkk, jkm, _) = bpu_jkk_jkm(income, sector, m);
    let now = jkk.unwrap_or(0) + jkm;
    let from = m
        .next()
        .through(m.plus(12))
        .find(|n| bpu_discount(sector, *n).is_some() != bpu_discount(sector, m).is_some())?;
    let (jkk2, jkm2, d2) = bpu_jkk_jkm(income, sector, from);
    let what = match (d2, jkk.is_some()) {
        (None, true) => Tr::new(
            "potongan PP 50/2025 berakhir; iuran JKK dan JKM",
            "the PP 50/2025 discount ends; JKK and JKM",
        ),
        (None, false) => Tr::new(
            "potongan PP 50/2025 berakhir; iuran JKM",
            "the PP 50/2025 discount ends; JKM",
        ),
        (Some(_), true) => Tr::new(
            "potongan PP 50/2025 dimulai; iuran JKK dan JKM",
            "the PP 50/2025 discount starts; JKK and JKM",
        ),
        (Some(_), false) => Tr::new(
            "potongan PP 50/2025 dimulai; iuran JKM",
            "the PP 50/2025 discount starts; JKM",
        ),
    };
    Some(Notice::Upcoming {
        from,
        what,
        now,
        then: Some(jkk2.unwrap_or(0) + jkm2),
        sector: named.then_some(sector),
        rule: PP_50_2025_RULE,
    })
}

const PP_50_2025_RULE: Rule = crate::core::programs::PP_50_2025;

/// Contributions and benefits for a self-employed or informal worker (BPU)
/// in a month. `sector` is needed only in months where the discount differs
/// by sector ([`rules::sector_matters`]); otherwise it may be `None`.
pub fn check_bpu(month: Month, income: Rupiah, sector: Option<BpuSector>) -> Result<CheckResult, CheckError> {
    validate_amount(Question::Wage, income)?;
    let month = validate_month(month)?;
    if sector.is_none() && rules::sector_matters(month) {
        return Err(CheckError::Missing(Question::Sector));
    }
    let effective = sector.unwrap_or(BpuSector::Other);
    let band = bpu_band(income);
    let (jkk, jkm, discount) = bpu_jkk_jkm(income, effective, month);
    let with_discount = |l: ContributionLine, full: Rupiah| -> ContributionLine {
        let mut l = l;
        if let Some(d) = discount {
            l.discount = Some(Discount {
                percent_paid: d.value.percent_paid,
                full,
                rule: d.rule,
                in_force: d.in_force,
            });
        }
        l
    };

    let jkk_line = match band {
        Some(b) => {
            let full = percent_of(b.value.base, BPU_JKK_RATE.value);
            let mut l = line(JKK_LABEL, ONLY_JKK, Rate::PercentOfBase { bp: BPU_JKK_RATE.value, base: b.value.base }, worker(jkk.unwrap_or(full)), Payer::Worker, b);
            l.uncertain |= !BPU_JKK_RATE.confidence.verified();
            with_discount(l, full)
        }
        None => line(JKK_LABEL, ONLY_JKK, Rate::NotAvailable, None, Payer::Worker, &BPU_JKK_RATE).note(
            "Untuk penghasilan Rp1.300.000 atau lebih, tabel golongan resmi (Lampiran II PP 44/2015) belum ada di sumber kami. Tanyakan besarnya ke BPJS Ketenagakerjaan. Tarifnya 1% dari dasar golongan penghasilan Anda.",
            "For incomes of Rp1,300,000 or more, the official band table (Lampiran II PP 44/2015) is not in our sources. Ask BPJS Ketenagakerjaan for the amount. The rate is 1% of your band's base income.",
        ),
    };
    let jkm_line = with_discount(
        line(
            JKM_LABEL,
            ONLY_JKM,
            Rate::Fixed(BPU_JKM.value),
            worker(jkm),
            Payer::Worker,
            &BPU_JKM,
        ),
        BPU_JKM.value,
    );
    let jht_line = match band {
        Some(b) => line(
            JHT_LABEL,
            ONLY_JHT,
            Rate::PercentOfBase { bp: BPU_JHT_RATE.value, base: b.value.base },
            worker(percent_of(b.value.base, BPU_JHT_RATE.value)),
            Payer::Worker,
            &BPU_JHT_RATE,
        )
        .uncertain_if(!b.confidence.verified()),
        None => line(JHT_LABEL, ONLY_JHT, Rate::NotAvailable, None, Payer::Worker, &BPU_JHT_RATE).note(
            "Tarifnya 2% dari dasar golongan penghasilan Anda. Untuk penghasilan Rp1.300.000 atau lebih, dasar itu belum ada di sumber kami.",
            "The rate is 2% of your band's base income. For incomes of Rp1,300,000 or more, that base is not in our sources.",
        ),
    }
    .optional()
    .note("Boleh dipilih. Tidak ada potongan untuk JHT.", "Optional. There is no discount on JHT.");

    let lines = vec![jkk_line, jkm_line, jht_line];
    let packages = vec![
        package(Tr::new("JKK dan JKM", "JKK and JKM"), JKK_JKM, &lines),
        package(Tr::new("JKK, JKM dan JHT", "JKK, JKM and JHT"), JKK_JKM_JHT, &lines),
    ];

    let mut notices = Vec::new();
    match sector {
        Some(s) => notices.extend(bpu_upcoming(income, s, month, sector_matters_soon(month))),
        None if sector_matters_soon(month) => notices.extend(
            BpuSector::ALL
                .iter()
                .filter_map(|s| bpu_upcoming(income, *s, month, true)),
        ),
        None => notices.extend(bpu_upcoming(income, BpuSector::Other, month, false)),
    }
    order::sort_by_key(&mut notices, |n| match n {
        Notice::Upcoming { from, .. } => Some(*from),
        _ => None,
    });

    // Benefits use the band's base income where we know it (BPJS sets benefits on it).
    let benefit_basis = band.map_or(income, |b| b.value.base);
    let mut benefits: Vec<Benefit> = jkk_jkm_benefits(benefit_basis)
        .into_iter()
        .map(|b| b.uncertain_if(band.is_none()))
        .collect();
    if let Some(b) = band {
        benefits.push(
            benefit(
                Program::Jht,
                Tr::new(
                    "Tabungan hari tua (jika memilih JHT)",
                    "Old-age savings (if you choose JHT)",
                ),
                BenefitAmount::SavingsPerMonth(percent_of(b.value.base, BPU_JHT_RATE.value)),
                &BPU_JHT_RATE,
            )
            .note(
                "Semua iuran ditambah keuntungannya, dibayar sekaligus.",
                "All contributions plus returns, paid at once.",
            ),
        );
    }
    let mut notes = vec![Tr::new(
        "Ada pemda yang membayar iuran JKK dan JKM pekerja rentan dari APBD. Tanyakan ke pemda atau kantor BPJS setempat.",
        "Some regional governments pay JKK and JKM for vulnerable workers from their budget. Ask your local government or BPJS office.",
    )];
    if discount.is_some() || notices.iter().any(Notice::is_upcoming) {
        notes.push(Tr::new(
            "Potongan PP 50/2025 tidak berlaku jika iuran JKK dan JKM Anda dibayar pemerintah (APBN atau APBD). Manfaat tidak berkurang karena potongan.",
            "The PP 50/2025 discount does not apply if the government pays your JKK and JKM (from APBN or APBD). Benefits are not reduced by the discount.",
        ));
    }
    notes.push(ROUNDING_RULE);

    Ok(CheckResult {
        kind: MemberGroup::Bpu,
        month,
        basis: Some(income),
        period: Period::Month,
        lines,
        packages,
        breakdown: Vec::new(),
        benefits,
        benefits_note: Some(match band {
            Some(_) => Tr::new(
                "Manfaat yang bergantung pada penghasilan dihitung dari dasar golongan penghasilan Anda.",
                "Benefits that depend on income are worked out from your income band's base.",
            ),
            None => Tr::new(
                "Manfaat dihitung dari penghasilan yang Anda isi. BPJS memakai dasar golongan penghasilan, yang bisa sedikit berbeda.",
                "Benefits use the income you entered. BPJS uses your income band's base, which may differ a little.",
            ),
        }),
        excluded: vec![
            Exclusion {
                program: Program::Jp,
                reason: Tr::new("JP hanya untuk penerima upah. BPU tidak bisa ikut.", "JP is for wage earners only. BPU workers cannot join."),
                rule: PP_45_2015,
            },
            Exclusion {
                program: Program::Jkp,
                reason: Tr::new(
                    "JKP untuk penerima upah yang kena PHK dan didaftarkan pemberi kerja. BPU tidak punya pemberi kerja.",
                    "JKP is for dismissed wage earners registered by an employer. BPU workers have no employer.",
                ),
                rule: PP_37_2021_ELIGIBILITY,
            },
        ],
        notices,
        notes,
    })
}

/// Whether the sector matters this month or within the next 12.
fn sector_matters_soon(m: Month) -> bool {
    m.through(m.plus(12)).any(rules::sector_matters)
}

/// Contributions for a construction project (Jakon) in a month, by contract
/// value, on the marginal bands.
pub fn check_jakon(month: Month, contract_value: Rupiah) -> Result<CheckResult, CheckError> {
    validate_amount(Question::ContractValue, contract_value)?;
    let month = validate_month(month)?;
    let (jkk, jkm, breakdown) = jakon_by_contract(contract_value);
    let mut jkk_line = line(
        JKK_LABEL,
        ONLY_JKK,
        Rate::Marginal,
        employer(jkk),
        Payer::Contractor,
        &JAKON_BANDS,
    );
    jkk_line.caveat = None;
    let jkm_line = line(
        JKM_LABEL,
        ONLY_JKM,
        Rate::Marginal,
        employer(jkm),
        Payer::Contractor,
        &JAKON_BANDS,
    )
    .uncertain_if(contract_value > rules::JAKON_JKM_SINGLE_SOURCE_FROM);
    let mut jkm_line = jkm_line;
    if contract_value <= rules::JAKON_JKM_SINGLE_SOURCE_FROM {
        jkm_line.caveat = None;
    }
    let lines = vec![jkk_line, jkm_line];
    let packages = vec![package(
        Tr::new("JKK dan JKM untuk proyek", "JKK and JKM for the project"),
        JKK_JKM,
        &lines,
    )];
    let project_scheme = Tr::new(
        "Skema proyek konstruksi hanya mencakup JKK dan JKM.",
        "The construction project scheme covers only JKK and JKM.",
    );
    let (w_jkk, w_jkm) = JAKON_WAGE_RATES.value;
    Ok(CheckResult {
        kind: MemberGroup::Jakon,
        month,
        basis: Some(contract_value),
        period: Period::Contract,
        lines,
        packages,
        breakdown,
        benefits: Vec::new(),
        benefits_note: Some(Tr::new(
            "Pekerja proyek mendapat manfaat JKK dan JKM. Besarnya tergantung upah tiap pekerja: lihat halaman JKK dan JKM.",
            "Project workers get JKK and JKM benefits. The amounts depend on each worker's wage: see the JKK and JKM pages.",
        )),
        excluded: [Program::Jht, Program::Jp, Program::Jkp]
            .into_iter()
            .map(|program| Exclusion { program, reason: project_scheme, rule: PERMENAKER_44_2015 })
            .collect(),
        notices: vec![Notice::JakonWageRates { jkk_bp: w_jkk, jkm_bp: w_jkm, rule: JAKON_WAGE_RATES.rule }],
        notes: vec![
            Tr::new(
                "Kontraktor yang membayar, bukan pekerja. Pekerja harian, borongan dan kontrak di proyek ikut terlindungi.",
                "The contractor pays, not the workers. Day labourers, piece-rate and contract workers on the project are covered.",
            ),
            Tr::new(
                "Daftarkan proyek paling lambat 14 hari kerja sejak SPK (surat perintah kerja) terbit.",
                "Register the project within 14 working days of the work order (SPK).",
            ),
            ROUNDING_RULE,
        ],
    })
}

/// Contributions and key benefits for a migrant worker (PMI) in a month.
/// Our sources do not say who pays, so the amounts are `unassigned`.
pub fn check_pmi(month: Month, contract: PmiContract) -> CheckResult {
    let c = &PMI_CONTRIBUTIONS;
    let during = c.value.during_for(contract);
    let lines = vec![
        line(
            Tr::new("JKK dan JKM, sebelum berangkat", "JKK and JKM, before departure"),
            JKK_JKM,
            Rate::Fixed(c.value.before),
            unassigned(c.value.before),
            Payer::NotStated,
            c,
        ),
        line(
            Tr::new(
                "JKK dan JKM, selama dan sesudah bekerja",
                "JKK and JKM, during and after work",
            ),
            JKK_JKM,
            Rate::Fixed(during),
            unassigned(during),
            Payer::NotStated,
            c,
        ),
        line(
            JHT_LABEL,
            ONLY_JHT,
            Rate::Choice(&PMI_JHT_OPTIONS.value),
            None,
            Payer::NotStated,
            &PMI_JHT_OPTIONS,
        )
        .optional()
        .note(
            "Boleh dipilih. Pilih salah satu jumlah tetap ini per bulan.",
            "Optional. Choose one of these fixed amounts a month.",
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
    let benefits = vec![
        benefit(
            Program::Jkm,
            Tr::new(
                "Untuk keluarga jika Anda meninggal selama bekerja di luar negeri (bukan karena kecelakaan kerja)",
                "For your family if you die while working abroad (not from a work accident)",
            ),
            BenefitAmount::Once(PMI_JKM_DURING_WORK.value),
            &PMI_JKM_DURING_WORK,
        )
        .note(
            "Ditambah beasiswa untuk paling banyak dua anak.",
            "Plus scholarships for up to two children.",
        ),
        benefit(
            Program::Jkm,
            Tr::new(
                "Untuk keluarga jika Anda meninggal sebelum berangkat atau sesudah pulang",
                "For your family if you die before leaving or after coming home",
            ),
            BenefitAmount::Once(PMI_JKM_OUTSIDE_WORK.value),
            &PMI_JKM_OUTSIDE_WORK,
        ),
        benefit(
            Program::Jkk,
            Tr::new(
                "Jika gagal berangkat bukan karena kesalahan Anda",
                "If you cannot leave through no fault of your own",
            ),
            BenefitAmount::Once(PMI_FAILED_DEPARTURE.value),
            &PMI_FAILED_DEPARTURE,
        ),
        benefit(
            Program::Jkk,
            Tr::new("Santunan bagi korban perkosaan", "Payment for a victim of rape"),
            BenefitAmount::Once(PMI_RAPE.value),
            &PMI_RAPE,
        ),
    ];
    CheckResult {
        kind: MemberGroup::Pmi,
        month,
        basis: None,
        period: Period::Placement(contract.months()),
        lines,
        packages,
        breakdown: Vec::new(),
        benefits,
        benefits_note: Some(Tr::new(
            "Permenaker 4/2023 memuat 21 manfaat. Di sini hanya yang jumlahnya ada di sumber kami. Klaim JKK bisa diajukan sampai 5 tahun. Lama masa perlindungan sebelum dan sesudah bekerja belum kami pastikan.",
            "Permenaker 4/2023 lists 21 benefits. Only those whose amounts are in our sources are shown here. JKK claims can be made for up to 5 years. How long cover lasts before and after work is not confirmed.",
        )),
        excluded: [Program::Jp, Program::Jkp]
            .into_iter()
            .map(|program| Exclusion { program, reason: migrant_scheme, rule: PERMENAKER_4_2023 })
            .collect(),
        notices: vec![Notice::PmiExtraMonth { per_month: c.value.per_extra_month, rule: c.rule }],
        notes: vec![Tr::new("Sumber kami tidak menyebut siapa yang membayar iuran ini.", "Our sources do not say who pays these contributions.")],
    }
}

// ---------------------------------------------------------------------------
// Dated amounts on the programme pages
// ---------------------------------------------------------------------------

/// "lowest JP pension" → "Lowest JP pension": only the first letter, so acronyms stay.
fn uppercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A dated amount for a month: its value and months, or, when no rule is
/// known for the month, the last known one with its months. `what_id` is the
/// Indonesian name and the noun for "the last one"; `what_en` is written as
/// inside a sentence ("lowest JP pension").
fn dated_fact_line<T>(
    l: Lookup<T>,
    amount: impl Fn(&T) -> Rupiah,
    (what_id, last_id): (&str, &str),
    what_en: &str,
    month: Month,
    lang: Lang,
) -> FactLine {
    let r = l.rule();
    let value = format_rupiah(amount(&r.value), lang);
    let months = r.in_force.label(lang);
    let when = month.label(lang);
    let text = match (l.is_known(), lang) {
        (true, Lang::Id) => format!("{what_id} pada {when}: {value} ({months})."),
        (true, Lang::En) => format!("{} in {when}: {value} ({months}).", uppercase_first(what_en)),
        (false, Lang::Id) => format!(
            "{what_id} untuk {when} belum kami ketahui. {last_id} terakhir yang kami ketahui: {value} ({months})."
        ),
        (false, Lang::En) => {
            format!("We do not know the {what_en} for {when} yet. The last one we know: {value} ({months}).")
        }
    };
    fact_line(text, r, l.is_known())
}

/// A dated amount as the programme pages show it for a month: one sentence,
/// with the rule, months, sources and confidence it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactLine {
    pub text: String,
    pub rule: Rule,
    pub in_force: InForce,
    pub sources: &'static [Source],
    /// False when a source disagrees, only one reports it, or no rule is known for the month.
    pub verified: bool,
}

fn fact_line<T>(text: String, r: &Dated<T>, known: bool) -> FactLine {
    FactLine {
        text,
        rule: r.rule,
        in_force: r.in_force,
        sources: r.sources,
        verified: known && r.confidence.verified(),
    }
}

/// The sentence for a dated amount in a month (the reader's month on the
/// programme pages), from the same rules the checker uses.
pub fn fact_line_for(fact: crate::core::programs::Fact, month: Month, lang: Lang) -> FactLine {
    use crate::core::programs::Fact;
    let rp = |a: Rupiah| format_rupiah(a, lang);
    let pct = |b: u32| format_percent_bp(b, lang);
    let when = month.label(lang);
    let id = lang == Lang::Id;
    let discount_now = |sector: BpuSector| bpu_discount(sector, month);
    let discount_clause = || -> String {
        let t = discount_now(BpuSector::Transport).is_some();
        let o = discount_now(BpuSector::Other).is_some();
        match (t, o, id) {
            (true, true, true) => format!(" Pada {when} semua pekerja BPU membayar separuhnya."),
            (true, true, false) => format!(" In {when} every BPU worker pays half."),
            (true, false, true) => {
                format!(" Pada {when} hanya pekerja transportasi (ojek, sopir, kurir) yang membayar separuhnya.")
            }
            (true, false, false) => format!(" In {when} only transport workers (ojek, drivers, couriers) pay half."),
            (false, true, true) => format!(" Pada {when} pekerja selain transportasi membayar separuhnya."),
            (false, true, false) => format!(" In {when} workers outside transport pay half."),
            (false, false, true) => format!(" Pada {when} tidak ada potongan."),
            (false, false, false) => format!(" In {when} there is no discount."),
        }
    };
    match fact {
        Fact::JpWageCap => dated_fact_line(
            lookup(&JP_WAGE_CAPS, month),
            |c| c.amount,
            ("Batas upah JP", "Batas"),
            "JP wage cap",
            month,
            lang,
        ),
        Fact::JpMinPension => dated_fact_line(
            lookup(&JP_MIN_PENSION, month),
            |a| *a,
            ("Pensiun JP paling sedikit", "Angka"),
            "lowest JP pension",
            month,
            lang,
        ),
        Fact::BpuJkk => {
            let bands: Vec<String> = BPU_BANDS
                .iter()
                .map(|b| {
                    let amount = rp(percent_of(b.value.base, BPU_JKK_RATE.value));
                    match id {
                        true => format!("penghasilan {} sampai {}: {amount}", rp(b.value.min), rp(b.value.max)),
                        false => format!("income {} to {}: {amount}", rp(b.value.min), rp(b.value.max)),
                    }
                })
                .collect();
            let text = match id {
                true => format!(
                    "Iuran JKK sebulan tanpa potongan: {}. Untuk penghasilan lebih tinggi, tabelnya belum ada di sumber kami.{}",
                    bands.join("; "),
                    discount_clause()
                ),
                false => format!(
                    "JKK a month without discount: {}. For higher incomes the table is not in our sources.{}",
                    bands.join("; "),
                    discount_clause()
                ),
            };
            fact_line(text, &BPU_BANDS[1], true)
        }
        Fact::BpuJkm => {
            let text = match id {
                true => format!(
                    "Iuran JKM {} sebulan tanpa potongan.{}",
                    rp(BPU_JKM.value),
                    discount_clause()
                ),
                false => format!(
                    "JKM {} a month without discount.{}",
                    rp(BPU_JKM.value),
                    discount_clause()
                ),
            };
            fact_line(text, &BPU_JKM, true)
        }
        Fact::BpuJht => {
            let bands: Vec<String> = BPU_BANDS
                .iter()
                .map(|b| {
                    let amount = rp(percent_of(b.value.base, BPU_JHT_RATE.value));
                    match id {
                        true => format!("{amount} untuk penghasilan sampai {}", rp(b.value.max)),
                        false => format!("{amount} for incomes up to {}", rp(b.value.max)),
                    }
                })
                .collect();
            let text = match id {
                true => format!("Iuran JHT sebulan: {}. Tidak ada potongan untuk JHT.", bands.join("; ")),
                false => format!("JHT a month: {}. There is no discount on JHT.", bands.join("; ")),
            };
            fact_line(text, &BPU_JHT_RATE, true)
        }
        Fact::BpuMinimum => {
            let lowest = BPU_BANDS[0].value.base;
            let full = percent_of(lowest, BPU_JKK_RATE.value) + BPU_JKM.value;
            let (jt, mt, _) = bpu_jkk_jkm(lowest, BpuSector::Transport, month);
            let (jo, mo, _) = bpu_jkk_jkm(lowest, BpuSector::Other, month);
            let (t, o) = (jt.unwrap_or(0) + mt, jo.unwrap_or(0) + mo);
            let text = match (t == full && o == full, t == o, id) {
                (true, _, true) => format!("Iuran JKK dan JKM paling sedikit pada {when}: {} sebulan.", rp(full)),
                (true, _, false) => format!("Lowest JKK and JKM in {when}: {} a month.", rp(full)),
                (false, true, true) => format!("Iuran JKK dan JKM paling sedikit pada {when}: {} sebulan (tanpa potongan {}).", rp(t), rp(full)),
                (false, true, false) => format!("Lowest JKK and JKM in {when}: {} a month ({} without the discount).", rp(t), rp(full)),
                (false, false, true) => format!(
                    "Iuran JKK dan JKM paling sedikit pada {when}: {} untuk pekerja transportasi, {} untuk pekerjaan lain.",
                    rp(t),
                    rp(o)
                ),
                (false, false, false) => format!("Lowest JKK and JKM in {when}: {} for transport workers, {} for other work.", rp(t), rp(o)),
            };
            let r = discount_now(BpuSector::Transport).or(discount_now(BpuSector::Other));
            match r {
                Some(d) => fact_line(text, d, true),
                None => fact_line(text, &BPU_JKM, true),
            }
        }
        Fact::BpuDiscount => {
            let periods: Vec<String> = rules::BPU_DISCOUNTS
                .iter()
                .map(|d| format!("{}: {}", d.value.sector.label().get(lang), d.in_force.label(lang)))
                .collect();
            let text = match id {
                true => format!(
                    "Potongan 50% untuk JKK dan JKM. {}.{}",
                    periods.join("; "),
                    discount_clause()
                ),
                false => format!("50% off JKK and JKM. {}.{}", periods.join("; "), discount_clause()),
            };
            fact_line(text, &rules::BPU_DISCOUNTS[0], true)
        }
        Fact::JakonContractRates => {
            let bands = &JAKON_BANDS.value;
            let parts: Vec<String> = bands
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    let range = match (bands.get(i + 1), id) {
                        (Some(n), true) if b.over == 0 => format!("sampai {}", rp(n.over)),
                        (Some(n), false) if b.over == 0 => format!("up to {}", rp(n.over)),
                        (Some(n), true) => format!("bagian di atas {} sampai {}", rp(b.over), rp(n.over)),
                        (Some(n), false) => format!("the part above {} up to {}", rp(b.over), rp(n.over)),
                        (None, true) => format!("bagian di atas {}", rp(b.over)),
                        (None, false) => format!("the part above {}", rp(b.over)),
                    };
                    format!("{range}: JKK {}, JKM {}", pct(b.jkk_bp), pct(b.jkm_bp))
                })
                .collect();
            fact_line(format!("{}.", parts.join("; ")), &JAKON_BANDS, true)
        }
        Fact::JakonWageRates => {
            let (jkk, jkm) = JAKON_WAGE_RATES.value;
            let text = match id {
                true => format!("JKK {} dan JKM {} dari upah sebulan.", pct(jkk), pct(jkm)),
                false => format!("JKK {} and JKM {} of the monthly wage.", pct(jkk), pct(jkm)),
            };
            fact_line(text, &JAKON_WAGE_RATES, true)
        }
        Fact::PmiContributions => {
            let c = &PMI_CONTRIBUTIONS.value;
            let during: Vec<String> = c
                .during
                .iter()
                .map(|(k, a)| match id {
                    true => format!("{} (kontrak {} bulan)", rp(*a), k.months()),
                    false => format!("{} ({}-month contract)", rp(*a), k.months()),
                })
                .collect();
            let text = match id {
                true => format!(
                    "Sebelum berangkat {}. Selama dan sesudah bekerja: {}. Tiap bulan tambahan di luar kontrak: {}.",
                    rp(c.before),
                    during.join(", "),
                    rp(c.per_extra_month)
                ),
                false => format!(
                    "Before departure {}. During and after work: {}. Each extra month beyond the contract: {}.",
                    rp(c.before),
                    during.join(", "),
                    rp(c.per_extra_month)
                ),
            };
            fact_line(text, &PMI_CONTRIBUTIONS, true)
        }
        Fact::PmiJht => {
            let options = PMI_JHT_OPTIONS
                .value
                .iter()
                .map(|a| rp(*a))
                .collect::<Vec<_>>()
                .join(", ");
            let text = match id {
                true => format!("Pilih satu jumlah per bulan: {options}."),
                false => format!("Choose one amount a month: {options}."),
            };
            fact_line(text, &PMI_JHT_OPTIONS, true)
        }
    }
}
