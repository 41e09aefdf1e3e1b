//! The honesty marks a figure carries: target, approximate, branch-level,
//! denominator basis, historical, numbers that disagree. Derived from the
//! figure so every view (region page, comparison, ranking, CSV) shows the same
//! marks in the same words.

use crate::core::dataset::{Approx, DenominatorBasis, Figure, FigureStatus, PeriodKind, RegionKind};
use crate::core::index::DataIndex;
use crate::core::lang::Lang;

/// One reason to read a figure with care.
#[derive(Debug, Clone, PartialEq)]
pub enum Caveat {
    /// A goal, not people actually covered.
    Target,
    /// A quota or commitment, not yet enrolled.
    Plan,
    /// Money allocated, not yet spent or enrolled.
    Budget,
    Approx(Approx),
    /// The figure is for a BPJS branch area, covering these regions (names).
    Branch {
        branch: String,
        members: Vec<String>,
    },
    /// A share of this base; differing bases are not comparable.
    Basis(DenominatorBasis),
    /// Before 2020: history, not today's state.
    Historical,
    /// Accumulated since a start date rather than a state at one time.
    Cumulative,
    /// The source gives no period.
    UnknownPeriod,
    /// The stated percentage disagrees with its own numerator/denominator.
    Inconsistent {
        computed: f64,
    },
    /// The count (numerator) is larger than the estimated base it is measured
    /// against (potential participants, a target or another base): the
    /// estimate is too low, or the two count different people.
    AboveEstimatedBase {
        numerator: f64,
        denominator: f64,
    },
}

impl Caveat {
    /// Short label for a badge.
    pub fn label(&self, lang: Lang) -> String {
        let s = match self {
            Caveat::Target => lang.pick("target", "target"),
            Caveat::Plan => lang.pick("rencana / kuota", "plan / quota"),
            Caveat::Budget => lang.pick("anggaran", "budget"),
            Caveat::Approx(Approx::About) => lang.pick("perkiraan", "approximate"),
            Caveat::Approx(Approx::AtLeast) => lang.pick("paling sedikit", "at least"),
            Caveat::Approx(Approx::AtMost) => lang.pick("paling banyak", "at most"),
            Caveat::Approx(Approx::Exact) => lang.pick("tepat", "exact"),
            Caveat::Branch { .. } => lang.pick("tingkat kantor cabang", "branch-level"),
            Caveat::Basis(b) => return basis_label(*b, lang).to_string(),
            Caveat::Historical => lang.pick("data lama", "historical"),
            Caveat::Cumulative => lang.pick("kumulatif", "cumulative"),
            Caveat::UnknownPeriod => lang.pick("periode tidak jelas", "period unclear"),
            Caveat::Inconsistent { .. } => lang.pick("angka tidak cocok", "numbers disagree"),
            Caveat::AboveEstimatedBase { .. } => {
                lang.pick("melebihi perkiraan dasarnya", "count above its estimated base")
            }
        };
        s.to_string()
    }

    /// A sentence a member of the public understands.
    pub fn explain(&self, lang: Lang) -> String {
        match self {
            Caveat::Target => lang.pick(
                "Ini target, bukan jumlah pekerja yang sudah terdaftar.",
                "This is a target, not workers already enrolled.",
            ).into(),
            Caveat::Plan => lang.pick(
                "Ini rencana atau kuota, belum tentu sudah terdaftar.",
                "This is a plan or quota, not necessarily enrolled yet.",
            ).into(),
            Caveat::Budget => lang.pick(
                "Ini dana yang dianggarkan, bukan yang sudah dibayarkan.",
                "This is money budgeted, not money already paid.",
            ).into(),
            Caveat::Approx(a) => match a {
                Approx::About => lang.pick("Angka perkiraan (\"sekitar\").", "An approximate figure (\"about\")."),
                Approx::AtLeast => lang.pick("Sumber hanya menyebut batas bawah (\"lebih dari\").", "The source gives only a lower bound (\"more than\")."),
                Approx::AtMost => lang.pick("Sumber hanya menyebut batas atas (\"kurang dari\").", "The source gives only an upper bound (\"less than\")."),
                Approx::Exact => lang.pick("Angka tepat.", "An exact figure."),
            }.into(),
            Caveat::Branch { branch, members } if members.is_empty() => match lang {
                Lang::Id => format!("Angka untuk wilayah {branch}; daftar kabupaten/kota yang dilayaninya tidak disebut sumber."),
                Lang::En => format!("Figure for the {branch} area; the source does not list which regencies it covers."),
            },
            Caveat::Branch { branch, members } => match lang {
                Lang::Id => format!("Angka untuk {branch}, yang melayani {}.", members.join(", ")),
                Lang::En => format!("Figure for {branch}, which covers {}.", members.join(", ")),
            },
            Caveat::Basis(DenominatorBasis::Other) => lang.pick(
                "Persentase dihitung dari dasar lain yang disebut sumber; jangan dibandingkan langsung.",
                "A percentage of another base named by the source; do not compare it directly.",
            ).into(),
            Caveat::Basis(b) => match lang {
                Lang::Id => format!("Persentase dari {}.", basis_label(*b, lang)),
                Lang::En => format!("A share of the {}.", basis_label(*b, lang)),
            },
            Caveat::Historical => lang.pick(
                "Data sebelum 2020: sejarah, bukan keadaan sekarang.",
                "Data from before 2020: history, not the current state.",
            ).into(),
            Caveat::Cumulative => lang.pick(
                "Jumlah kumulatif sejak awal periode, bukan keadaan pada satu waktu.",
                "A running total since the start of the period, not a state at one time.",
            ).into(),
            Caveat::UnknownPeriod => lang.pick(
                "Sumber tidak menyebut periode angka ini.",
                "The source does not say which period this covers.",
            ).into(),
            Caveat::Inconsistent { computed } => match lang {
                Lang::Id => format!(
                    "Persentase yang disebut sumber tidak cocok dengan pembilang/penyebutnya sendiri (hitungannya {}%). Keduanya ditampilkan apa adanya.",
                    crate::core::format::decimal(*computed, 2, lang)
                ),
                Lang::En => format!(
                    "The stated percentage disagrees with its own numerator/denominator (they give {}%). Both are shown as published.",
                    crate::core::format::decimal(*computed, 2, lang)
                ),
            },
            Caveat::AboveEstimatedBase { numerator, denominator } => match lang {
                Lang::Id => format!(
                    "Jumlahnya ({}) lebih besar dari perkiraan dasarnya ({}), jadi perkiraan itu kemungkinan terlalu kecil. Keduanya ditampilkan apa adanya.",
                    crate::core::format::integer(*numerator, lang),
                    crate::core::format::integer(*denominator, lang)
                ),
                Lang::En => format!(
                    "The count ({}) is larger than the estimated base it is measured against ({}), so that estimate is probably too low. Both are shown as published.",
                    crate::core::format::integer(*numerator, lang),
                    crate::core::format::integer(*denominator, lang)
                ),
            },
        }
    }
}

/// Name of a denominator basis ("share of the labour force").
pub fn basis_label(b: DenominatorBasis, lang: Lang) -> &'static str {
    match b {
        DenominatorBasis::LabourForce => lang.pick("angkatan kerja", "labour force"),
        DenominatorBasis::Employed => lang.pick("penduduk bekerja", "employed population"),
        DenominatorBasis::PotentialParticipants => lang.pick("potensi peserta", "potential participants"),
        DenominatorBasis::Target => lang.pick("target", "target"),
        DenominatorBasis::Other => lang.pick("dasar lain", "another base"),
    }
}

/// Every caveat that applies to a figure, most important first.
pub fn caveats(f: &Figure, ix: &DataIndex) -> Vec<Caveat> {
    let mut out = Vec::new();
    match f.status {
        FigureStatus::Target => out.push(Caveat::Target),
        FigureStatus::Plan => out.push(Caveat::Plan),
        FigureStatus::Budget => out.push(Caveat::Budget),
        FigureStatus::Reported => {}
    }
    if f.approx != Approx::Exact {
        out.push(Caveat::Approx(f.approx));
    }
    if let Some(r) = ix.region(&f.region) {
        if r.kind == RegionKind::Cabang {
            let members = r
                .members
                .iter()
                .map(|m| ix.region(m).map(|x| x.name.clone()).unwrap_or_else(|| m.clone()))
                .collect();
            out.push(Caveat::Branch {
                branch: r.name.clone(),
                members,
            });
        }
    }
    if let Some(b) = f.denominator_basis {
        out.push(Caveat::Basis(b));
    }
    if f.historical {
        out.push(Caveat::Historical);
    }
    match f.as_of.kind {
        PeriodKind::Cumulative => out.push(Caveat::Cumulative),
        PeriodKind::Unknown => out.push(Caveat::UnknownPeriod),
        _ => {}
    }
    if let Some((numerator, denominator)) = count_above_estimated_base(f) {
        // A share above 100% cannot match any stated percentage: this caveat
        // already says why, so "numbers disagree" is not added as well.
        out.push(Caveat::AboveEstimatedBase { numerator, denominator });
    } else if let Some(computed) = stated_vs_computed(f) {
        out.push(Caveat::Inconsistent { computed });
    }
    out
}

/// (numerator, denominator) when the numerator is larger than a denominator
/// that is an estimate (see [`DenominatorBasis::is_estimate`]). The validator
/// keeps such a figure with a warning; above a labour-force or employed base
/// it is excluded instead, so it never reaches the app.
pub fn count_above_estimated_base(f: &Figure) -> Option<(f64, f64)> {
    let (n, d) = (f.numerator?, f.denominator?);
    (d > 0.0 && n > d && f.denominator_basis.is_some_and(DenominatorBasis::is_estimate)).then_some((n, d))
}

/// The percentage implied by numerator/denominator, when it differs from the
/// stated value by more than half a point.
pub fn stated_vs_computed(f: &Figure) -> Option<f64> {
    if f.unit != crate::core::dataset::Unit::Percent {
        return None;
    }
    let (n, d) = (f.numerator?, f.denominator?);
    if d <= 0.0 {
        return None;
    }
    let computed = n / d * 100.0;
    ((computed - f.value).abs() > 0.5).then_some(computed)
}
