//! Native tests of the program explainer content (src/core/programs.rs) and
//! the "what do I pay, what can I get" checker (src/core/benefits.rs).
//!
//! The checker tests are worked examples written by hand from the rules
//! (PP 44/2015, PP 46/2015, PP 45/2015, PP 82/2019, PP 6/2025, Permenaker
//! 44/2015, Permenaker 4/2023), with the arithmetic spelled out in comments.

use cakupan::core::benefits::*;
use cakupan::core::date::PartialDate;
use cakupan::core::lang::{Lang, Tr};
use cakupan::core::programs::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn pu(wage: i64, risk: u8, size: CompanySize) -> CheckResult {
    check_pu(wage, RiskClass::new(risk).unwrap(), size).expect("valid PU input")
}

fn split(r: &CheckResult, p: Program) -> Split {
    r.line(p)
        .unwrap_or_else(|| panic!("no {p:?} line"))
        .amount
        .expect("amount")
}

fn all_items() -> Vec<(&'static str, &'static Item)> {
    let mut v = Vec::new();
    for page in PROGRAMS.iter() {
        for s in page.sections {
            for i in s.items {
                v.push((page.code(), i));
            }
        }
    }
    for s in REGIONAL_ROLE.sections {
        for i in s.items {
            v.push((REGIONAL_ROLE.slug, i));
        }
    }
    v
}

fn all_texts() -> Vec<Tr> {
    let mut v = Vec::new();
    for page in PROGRAMS.iter() {
        v.push(page.name);
        v.push(page.summary);
        for m in page.membership {
            v.extend(m.note);
        }
        for s in page.sections {
            v.push(s.heading);
        }
    }
    v.push(REGIONAL_ROLE.title);
    v.push(REGIONAL_ROLE.summary);
    for s in REGIONAL_ROLE.sections {
        v.push(s.heading);
    }
    for (_, i) in all_items() {
        v.push(i.text);
        v.extend(i.before);
        v.extend(i.rule.and_then(|r| r.note));
    }
    for e in GLOSSARY.iter() {
        v.push(e.definition);
    }
    v
}

// ---------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------

#[test]
fn five_program_pages_in_order_with_lookup() {
    let codes: Vec<_> = PROGRAMS.iter().map(|p| p.code()).collect();
    assert_eq!(codes, ["JKK", "JKM", "JHT", "JP", "JKP"]);
    for p in Program::ALL {
        assert_eq!(p.page().program, p);
        assert_eq!(program(p.slug()).unwrap().program, p);
        assert_eq!(program(&p.code().to_lowercase()).unwrap().code(), p.code());
    }
    assert_eq!(program("JKM").unwrap().program, Program::Jkm);
    assert!(program("bpjs").is_none());
    assert!(program("").is_none());
}

#[test]
fn every_program_page_has_the_required_sections_and_membership() {
    let needed = [
        SectionKind::Pays,
        SectionKind::WhoCanJoin,
        SectionKind::Contributions,
        SectionKind::HowToClaim,
        SectionKind::Documents,
        SectionKind::Regulations,
    ];
    for page in PROGRAMS.iter() {
        for k in needed {
            let s = page.section(k).unwrap_or_else(|| panic!("{} lacks {k:?}", page.code()));
            assert!(!s.items.is_empty(), "{} {k:?} is empty", page.code());
        }
        let segs: Vec<_> = page.membership.iter().map(|m| m.segment).collect();
        assert_eq!(segs, Segment::ALL, "{} membership rows", page.code());
        let anchors: Vec<_> = page.sections.iter().map(|s| s.anchor).collect();
        let mut dedup = anchors.clone();
        dedup.dedup();
        assert_eq!(anchors, dedup);
    }
    // Who can join: the shape of the scheme.
    let st = |p: Program, s: Segment| p.page().membership_of(s).unwrap().status;
    assert_eq!(st(Program::Jkk, Segment::Pmi), Status::Required);
    assert_eq!(st(Program::Jht, Segment::Bpu), Status::Optional);
    assert_eq!(st(Program::Jp, Segment::Bpu), Status::NotIncluded);
    assert_eq!(st(Program::Jkp, Segment::Bpu), Status::NotIncluded);
    assert_eq!(st(Program::Jkp, Segment::Pu), Status::Required);
}

#[test]
fn every_rule_has_a_regulation_and_a_valid_date() {
    let mut rules: Vec<Rule> = all_items().iter().filter_map(|(_, i)| i.rule).collect();
    for page in PROGRAMS.iter() {
        rules.extend(page.membership.iter().filter_map(|m| m.rule));
    }
    rules.push(JP_WAGE_CAP.rule);
    rules.push(JP_MIN_PENSION.rule);
    assert!(rules.len() > 60);
    for r in rules {
        assert!(!r.regulation.trim().is_empty());
        assert!(
            PartialDate::parse(r.date).is_some(),
            "bad date {:?} for {}",
            r.date,
            r.regulation
        );
    }
    assert_eq!(PP_82_2019.date, "2019-12-02");
    assert_eq!(PP_6_2025.date, "2025-02-07");
    assert_eq!(PERMENAKER_4_2022.date, "2022-04-26");
    assert_eq!(PERMENAKER_5_2021.date, "2021-04-01");
    assert_eq!(INPRES_2_2021.date, "2021-03-25");
}

#[test]
fn key_amounts_are_stated_with_their_regulation() {
    let find = |needle: &str| {
        all_items()
            .into_iter()
            .find(|(_, i)| i.text.id.contains(needle))
            .unwrap_or_else(|| panic!("no item says {needle}"))
            .1
    };
    assert_eq!(find("Rp42 juta").rule.unwrap().regulation, "PP 82/2019");
    assert_eq!(find("Rp174 juta").rule.unwrap().regulation, "Permenaker 5/2021");
    assert_eq!(find("48 kali upah").rule.unwrap().regulation, "PP 82/2019");
    assert_eq!(find("56 kali upah").rule.unwrap().regulation, "PP 82/2019");
    let jkp = find("60% dari upah terakhir");
    assert_eq!(jkp.rule.unwrap().regulation, "PP 6/2025");
    assert!(jkp.before.unwrap().id.contains("45%"), "JKP says what changed");
    assert_eq!(find("Rp5 juta").rule.unwrap().regulation, "PP 6/2025");
    assert_eq!(
        find("masa tunggu 1 bulan").rule.unwrap().regulation,
        "Permenaker 4/2022"
    );
    let deadline = find("Batas waktu klaim");
    assert_eq!(deadline.rule.unwrap().regulation, "PP 82/2019");
    assert!(
        deadline.before.unwrap().id.contains("2 tahun"),
        "claim deadline says what changed"
    );
    assert!(find("Rp10.042.300").rule.unwrap().date.starts_with("2024-03"));
    // Every amount on a program page cites a regulation, or is flagged.
    for (code, i) in all_items() {
        if code != REGIONAL_ROLE.slug && i.text.id.contains("Rp") {
            assert!(
                i.rule.is_some() || i.uncertain || i.reported_by.is_some(),
                "{code}: {:?} has no source",
                i.text.id
            );
        }
    }
}

#[test]
fn disputed_items_are_flagged_uncertain() {
    let flagged: Vec<&str> = all_items()
        .into_iter()
        .filter(|(_, i)| i.uncertain)
        .map(|(_, i)| i.text.id)
        .collect();
    let has = |s: &str| flagged.iter().any(|t| t.contains(s));
    assert!(has("Rp10.547.400"), "later JP cap");
    assert!(has("JMO"), "JMO Rp15 juta limit");
    assert!(has("Permenaker 15/2021"), "JKP procedures not re-checked");
    assert!(has("dana desa"), "dana desa in Inpres");
    assert!(has("52,15%"), "unexplained UCJ target");
    assert!(has("19 menteri"), "addressee count");
    // Items we chose to leave out entirely.
    for t in all_texts() {
        assert!(!t.id.contains("75%"), "Kompasiana 100/75/50 STMB steps left out");
        assert!(!t.id.contains("Rp6 juta"), "disputed old berkala left out");
        assert!(!t.id.to_lowercase().contains("jp bersifat sukarela"));
    }
}

#[test]
fn texts_are_bilingual_trimmed_and_short() {
    for t in all_texts() {
        for (lang, s) in [("id", t.id), ("en", t.en)] {
            assert!(!s.trim().is_empty(), "empty {lang} text in {t:?}");
            assert_eq!(s, s.trim(), "untrimmed {lang}: {s:?}");
            assert!(!s.contains("  "), "double space in {s:?}");
            // Plain language: short sentences. Split on sentence ends.
            for sentence in s.split(". ") {
                let words = sentence.split_whitespace().count();
                assert!(words <= 30, "{lang} sentence of {words} words: {sentence:?}");
            }
        }
    }
}

#[test]
fn glossary_slugs_are_stable_unique_sorted_and_linked() {
    let slugs: Vec<&str> = GLOSSARY.iter().map(|e| e.slug).collect();
    let mut sorted = slugs.clone();
    sorted.sort();
    assert_eq!(slugs, sorted, "glossary sorted by slug");
    sorted.dedup();
    assert_eq!(sorted.len(), slugs.len(), "unique slugs");
    for e in GLOSSARY.iter() {
        assert!(
            e.slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "slug {:?} must be lower-case kebab-case",
            e.slug
        );
        for s in e.see_also {
            assert!(glossary_entry(s).is_some(), "{} links to missing {s}", e.slug);
            assert_ne!(*s, e.slug);
        }
        assert_eq!(glossary_entry(e.slug).unwrap().slug, e.slug);
    }
    // The terms the issue asks for.
    for s in [
        "pu",
        "bpu",
        "jakon",
        "pmi",
        "non-asn",
        "perangkat-desa",
        "bpd",
        "pekerja-rentan",
        "apbd",
        "apbdes",
        "dana-desa",
        "ahli-waris",
        "plkk",
        "pks",
        "mou",
        "ucj",
        "jmo",
        "lapak-asik",
        "kpj",
        "phk",
        "jkk",
        "jkm",
        "jht",
        "jp",
        "jkp",
    ] {
        assert!(glossary_entry(s).is_some(), "glossary lacks {s}");
    }
    // Program entries point to their pages; segment slugs match glossary slugs.
    for p in Program::ALL {
        assert_eq!(glossary_entry(p.slug()).unwrap().program(), Some(p));
    }
    for s in Segment::ALL {
        assert!(glossary_entry(s.slug()).is_some());
    }
    assert!(glossary_entry("apbd").unwrap().program().is_none());
}

#[test]
fn glossary_lookup_by_written_term() {
    assert_eq!(glossary_lookup("honorer").unwrap().slug, "non-asn");
    assert_eq!(glossary_lookup(" Dana Desa ").unwrap().slug, "dana-desa");
    assert_eq!(glossary_lookup("Bukan Penerima Upah").unwrap().slug, "bpu");
    assert_eq!(glossary_lookup("BPJAMSOSTEK").unwrap().slug, "bpjs-ketenagakerjaan");
    assert_eq!(glossary_lookup("Lapak Asik").unwrap().slug, "lapak-asik");
    assert!(glossary_lookup("").is_none());
    assert!(glossary_lookup("xyz").is_none());
}

#[test]
fn regional_role_page_covers_inpres_and_ucj() {
    assert_eq!(REGIONAL_ROLE.slug, "peran-pemda");
    let anchors: Vec<_> = REGIONAL_ROLE.sections.iter().map(|s| s.anchor).collect();
    for a in ["inpres", "tugas-pemda", "desa", "ucj"] {
        assert!(anchors.contains(&a), "missing section {a}");
    }
    let duties = REGIONAL_ROLE
        .sections
        .iter()
        .find(|s| s.anchor == "tugas-pemda")
        .unwrap();
    assert!(duties
        .items
        .iter()
        .any(|i| i.text.id.contains("APBD") && i.rule.unwrap().regulation == "Inpres 2/2021"));
    let ucj = REGIONAL_ROLE.sections.iter().find(|s| s.anchor == "ucj").unwrap();
    assert!(ucj.items[0].text.id.contains("dibagi"));
}

#[test]
fn content_and_checker_agree_on_numbers() {
    assert_eq!(JKM_TOTAL, 42_000_000);
    assert_eq!(scholarship_max_per_child(), 87_000_000);
    assert_eq!(SCHOLARSHIP_MAX_TOTAL, 174_000_000);
    assert_eq!(PMI_TOTAL, 370_000);
    assert_eq!(BPU_JKK_MIN + BPU_JKM, 16_800);
    assert_eq!(BPU_JKK_MIN + BPU_JKM + BPU_JHT_MIN, 36_800);
    assert_eq!(jkp_monthly_cash(JKP_WAGE_CAP) * JKP_MAX_MONTHS as i64, 18_000_000);
    let text = |p: Program| -> String {
        p.page()
            .sections
            .iter()
            .flat_map(|s| s.items.iter())
            .map(|i| i.text.id)
            .collect::<Vec<_>>()
            .join(" ")
    };
    for rate in JKK_PU_RATES_BP {
        assert!(text(Program::Jkk).contains(&format_percent_bp(rate, Lang::Id)));
    }
    assert!(text(Program::Jp).contains(&format_rupiah(JP_WAGE_CAP.amount, Lang::Id)));
    assert!(text(Program::Jp).contains(&format_rupiah(JP_MIN_PENSION.amount, Lang::Id)));
    assert!(text(Program::Jkm).contains("Rp87 juta"));
}

// ---------------------------------------------------------------------------
// Formatting and arithmetic
// ---------------------------------------------------------------------------

#[test]
fn formatting() {
    assert_eq!(format_rupiah(5_000_000, Lang::Id), "Rp5.000.000");
    assert_eq!(format_rupiah(5_000_000, Lang::En), "Rp5,000,000");
    assert_eq!(format_rupiah(999, Lang::Id), "Rp999");
    assert_eq!(format_rupiah(0, Lang::Id), "Rp0");
    assert_eq!(format_rupiah(-16_800, Lang::Id), "-Rp16.800");
    assert_eq!(format_percent_bp(24, Lang::Id), "0,24%");
    assert_eq!(format_percent_bp(24, Lang::En), "0.24%");
    assert_eq!(format_percent_bp(30, Lang::Id), "0,3%");
    assert_eq!(format_percent_bp(370, Lang::En), "3.7%");
    assert_eq!(format_percent_bp(200, Lang::Id), "2%");
    assert_eq!(format_percent_bp(3, Lang::Id), "0,03%");
}

#[test]
fn rounding_is_half_up_per_line() {
    // 1,500,500 × 0.30% = 4,501.5 → 4,502 (exactly half rounds up).
    assert_eq!(percent_of(1_500_500, 30), 4_502);
    // 1,500,499 × 0.30% = 4,501.497 → 4,501.
    assert_eq!(percent_of(1_500_499, 30), 4_501);
    assert_eq!(percent_of(0, 174), 0);
    assert_eq!(percent_of(i64::MAX, 10_000), i64::MAX);
}

#[test]
fn jp_pension_age_schedule() {
    assert_eq!(jp_pension_age(2018), None);
    assert_eq!(jp_pension_age(2019), Some(57));
    assert_eq!(jp_pension_age(2021), Some(57));
    assert_eq!(jp_pension_age(2022), Some(58));
    assert_eq!(jp_pension_age(2025), Some(59));
    assert_eq!(jp_pension_age(2026), Some(59));
    assert_eq!(jp_pension_age(2042), Some(64));
    assert_eq!(jp_pension_age(2043), Some(65));
    assert_eq!(jp_pension_age(2100), Some(65));
}

// ---------------------------------------------------------------------------
// PU worked examples
// ---------------------------------------------------------------------------

#[test]
fn pu_five_million_risk_two_large_firm() {
    // Wage Rp5,000,000, risk group 2, medium/large firm.
    let r = pu(5_000_000, 2, CompanySize::MediumLarge);
    assert_eq!(r.kind, Segment::Pu);
    assert_eq!(r.period, Period::Month);
    // JKK 0.54% = 27,000 (employer); JKM 0.30% = 15,000 (employer).
    assert_eq!(
        split(&r, Program::Jkk),
        Split {
            employer: 27_000,
            worker: 0,
            unassigned: 0
        }
    );
    assert_eq!(
        split(&r, Program::Jkm),
        Split {
            employer: 15_000,
            worker: 0,
            unassigned: 0
        }
    );
    // JHT 3.7% = 185,000 employer, 2% = 100,000 worker.
    assert_eq!(
        split(&r, Program::Jht),
        Split {
            employer: 185_000,
            worker: 100_000,
            unassigned: 0
        }
    );
    // JP 2% = 100,000 employer, 1% = 50,000 worker (below the cap).
    assert_eq!(
        split(&r, Program::Jp),
        Split {
            employer: 100_000,
            worker: 50_000,
            unassigned: 0
        }
    );
    assert!(!r.line(Program::Jp).unwrap().uncertain);
    assert!(r.line(Program::Jp).unwrap().required);
    // JKP: nothing extra.
    assert_eq!(split(&r, Program::Jkp).total(), 0);
    assert_eq!(r.line(Program::Jkp).unwrap().rate, Rate::NothingExtra);
    // Totals: employer 27,000 + 15,000 + 185,000 + 100,000 = 327,000; worker 150,000.
    assert_eq!(r.packages.len(), 1);
    let t = r.packages[0].totals;
    assert_eq!((t.employer, t.worker, t.total), (327_000, 150_000, 477_000));
    assert!(t.complete && !t.uncertain);

    // Benefits for that wage.
    let amount = |p, n| r.benefit(p, n).unwrap().amount;
    assert_eq!(amount(Program::Jkk, 0), BenefitAmount::AsNeeded);
    assert_eq!(
        amount(Program::Jkk, 1),
        BenefitAmount::Monthly {
            per_month: 5_000_000,
            months: 12
        }
    );
    assert_eq!(amount(Program::Jkk, 2), BenefitAmount::Once(240_000_000)); // 48 × 5,000,000
    assert_eq!(amount(Program::Jkk, 3), BenefitAmount::Once(280_000_000)); // 56 × 5,000,000
    assert_eq!(amount(Program::Jkm, 0), BenefitAmount::Once(42_000_000));
    assert_eq!(amount(Program::Jkm, 1), BenefitAmount::UpTo(174_000_000));
    assert_eq!(amount(Program::Jht, 0), BenefitAmount::SavingsPerMonth(285_000));
    assert_eq!(amount(Program::Jp, 0), BenefitAmount::NoFixedAmount);
    // JKP: 60% × 5,000,000 = 3,000,000 a month × 6 = 18,000,000.
    assert_eq!(
        amount(Program::Jkp, 0),
        BenefitAmount::Monthly {
            per_month: 3_000_000,
            months: 6
        }
    );
    assert_eq!(amount(Program::Jkp, 0).max_total(), Some(18_000_000));
    assert_eq!(r.benefit(Program::Jkp, 0).unwrap().rule.regulation, "PP 6/2025");
    assert_eq!(r.benefit(Program::Jkk, 2).unwrap().rule.regulation, "PP 82/2019");
    assert!(r.excluded.is_empty());
    assert_eq!(amount(Program::Jkk, 2).label(Lang::Id), "Rp240.000.000");
    assert_eq!(
        amount(Program::Jkp, 0).label(Lang::En),
        "Rp3,000,000 a month, for up to 6 months"
    );
}

#[test]
fn pu_each_risk_class() {
    // Wage Rp4,000,000: 0.24% = 9,600; 0.54% = 21,600; 0.89% = 35,600; 1.27% = 50,800; 1.74% = 69,600.
    let expected = [9_600, 21_600, 35_600, 50_800, 69_600];
    for (class, want) in (1..=5).zip(expected) {
        let r = pu(4_000_000, class, CompanySize::MediumLarge);
        assert_eq!(split(&r, Program::Jkk).employer, want, "risk class {class}");
        assert_eq!(split(&r, Program::Jkk).worker, 0);
        // Only JKK changes with the class: employer total = JKK + 12,000 + 148,000 + 80,000.
        assert_eq!(r.packages[0].totals.employer, want + 12_000 + 148_000 + 80_000);
        assert_eq!(r.packages[0].totals.worker, 80_000 + 40_000);
    }
    assert!(RiskClass::new(0).is_none());
    assert!(RiskClass::new(6).is_none());
    assert_eq!(RiskClass::new(5).unwrap().jkk_rate_bp(), 174);
}

#[test]
fn pu_jp_wage_cap_boundary() {
    // Exactly at the cap Rp10,042,300: 2% = 200,846; 1% = 100,423.
    let at = pu(10_042_300, 1, CompanySize::MediumLarge);
    assert_eq!(
        split(&at, Program::Jp),
        Split {
            employer: 200_846,
            worker: 100_423,
            unassigned: 0
        }
    );
    assert!(
        !at.line(Program::Jp).unwrap().uncertain,
        "at the cap the result does not depend on a later cap"
    );
    // One Rupiah above: same JP, but it now depends on the (unverified) current cap.
    let above = pu(10_042_301, 1, CompanySize::MediumLarge);
    assert_eq!(
        split(&above, Program::Jp),
        Split {
            employer: 200_846,
            worker: 100_423,
            unassigned: 0
        }
    );
    assert!(above.line(Program::Jp).unwrap().uncertain);
    assert!(above.packages[0].totals.uncertain);
    // Rp15,000,000: JP stays capped, JHT is not capped: 555,000 + 300,000.
    let high = pu(15_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(
        split(&high, Program::Jp),
        Split {
            employer: 200_846,
            worker: 100_423,
            unassigned: 0
        }
    );
    assert_eq!(
        split(&high, Program::Jht),
        Split {
            employer: 555_000,
            worker: 300_000,
            unassigned: 0
        }
    );
    assert_eq!(
        high.line(Program::Jp).unwrap().rate,
        Rate::PercentCapped {
            bp: 300,
            cap: 10_042_300
        }
    );
    assert_eq!(JP_WAGE_CAP.from, "2024-03");
}

#[test]
fn pu_jkp_wage_cap_boundary() {
    // The JKP wage is capped at Rp5,000,000 (PP 6/2025).
    assert_eq!(jkp_monthly_cash(5_000_000), 3_000_000);
    assert_eq!(jkp_monthly_cash(5_000_001), 3_000_000);
    assert_eq!(jkp_monthly_cash(20_000_000), 3_000_000);
    // 4,999,999 × 60% = 2,999,999.4 → 2,999,999.
    assert_eq!(jkp_monthly_cash(4_999_999), 2_999_999);
    // 3,333,333 × 60% = 1,999,999.8 → 2,000,000; over 6 months 12,000,000.
    let r = pu(3_333_333, 1, CompanySize::MediumLarge);
    let jkp = r.benefit(Program::Jkp, 0).unwrap().amount;
    assert_eq!(
        jkp,
        BenefitAmount::Monthly {
            per_month: 2_000_000,
            months: 6
        }
    );
    assert_eq!(jkp.max_total(), Some(12_000_000));
}

#[test]
fn pu_rounding_of_fractional_rupiah() {
    // Wage Rp3,333,333, risk group 1:
    // JKK 0.24% = 7,999.9992 → 8,000; JKM 0.30% = 9,999.999 → 10,000;
    // JHT 3.7% = 123,333.321 → 123,333 and 2% = 66,666.66 → 66,667;
    // JP 2% = 66,667 and 1% = 33,333.33 → 33,333.
    let r = pu(3_333_333, 1, CompanySize::MediumLarge);
    assert_eq!(split(&r, Program::Jkk).employer, 8_000);
    assert_eq!(split(&r, Program::Jkm).employer, 10_000);
    assert_eq!(
        split(&r, Program::Jht),
        Split {
            employer: 123_333,
            worker: 66_667,
            unassigned: 0
        }
    );
    assert_eq!(
        split(&r, Program::Jp),
        Split {
            employer: 66_667,
            worker: 33_333,
            unassigned: 0
        }
    );
    // Totals add the rounded lines.
    let t = r.packages[0].totals;
    assert_eq!(t.employer, 8_000 + 10_000 + 123_333 + 66_667);
    assert_eq!(t.worker, 66_667 + 33_333);
    // Exactly half a Rupiah rounds up: 1,500,500 × 0.30% = 4,501.5 → 4,502.
    let half = pu(1_500_500, 1, CompanySize::MediumLarge);
    assert_eq!(split(&half, Program::Jkm).employer, 4_502);
    assert!(r.notes.contains(&ROUNDING_RULE));
}

#[test]
fn pu_jkk_death_is_at_least_the_jkm_amount() {
    // 48 × 800,000 = 38,400,000 < 42,000,000 → 42,000,000.
    assert_eq!(jkk_death_lump_sum(800_000), 42_000_000);
    // 48 × 875,000 = 42,000,000 exactly.
    assert_eq!(jkk_death_lump_sum(875_000), 42_000_000);
    // 48 × 1,000,000 = 48,000,000.
    assert_eq!(jkk_death_lump_sum(1_000_000), 48_000_000);
    let r = pu(800_000, 3, CompanySize::MediumLarge);
    assert_eq!(
        r.benefit(Program::Jkk, 2).unwrap().amount,
        BenefitAmount::Once(42_000_000)
    );
    // Disability has no minimum in our research: 56 × 800,000 = 44,800,000.
    assert_eq!(
        r.benefit(Program::Jkk, 3).unwrap().amount,
        BenefitAmount::Once(44_800_000)
    );
}

#[test]
fn pu_small_firm_jp_is_outside_the_minimum() {
    // Wage 5,000,000, risk 1, micro/small firm.
    let r = pu(5_000_000, 1, CompanySize::MicroSmall);
    let jp = r.line(Program::Jp).unwrap();
    assert!(!jp.required);
    assert_eq!(
        jp.amount.unwrap(),
        Split {
            employer: 100_000,
            worker: 50_000,
            unassigned: 0
        }
    );
    assert_eq!(r.packages.len(), 2);
    // Minimum: JKK 12,000 + JKM 15,000 + JHT 185,000 = 212,000 employer; worker 100,000.
    let min = r.packages[0].totals;
    assert_eq!((min.employer, min.worker), (212_000, 100_000));
    assert!(!r.packages[0].programs.contains(&Program::Jp));
    // With JP: 312,000 and 150,000.
    let with = r.packages[1].totals;
    assert_eq!((with.employer, with.worker), (312_000, 150_000));
    // JKP is still possible, with the small-firm condition in the note.
    assert!(r
        .benefit(Program::Jkp, 0)
        .unwrap()
        .note
        .unwrap()
        .id
        .contains("paling sedikit"));
}

// ---------------------------------------------------------------------------
// BPU worked examples
// ---------------------------------------------------------------------------

#[test]
fn bpu_below_one_million_pays_the_minimums() {
    // Income Rp500,000: JKK 1% = 5,000 → minimum 10,000; JKM 6,800; JHT 2% = 10,000 → minimum 20,000.
    let r = check_bpu(500_000).unwrap();
    assert_eq!(
        split(&r, Program::Jkk),
        Split {
            employer: 0,
            worker: 10_000,
            unassigned: 0
        }
    );
    assert_eq!(split(&r, Program::Jkm).worker, 6_800);
    assert_eq!(split(&r, Program::Jht).worker, 20_000);
    assert_eq!(r.packages[0].totals.total, 16_800);
    assert_eq!(r.packages[1].totals.total, 36_800);
    assert!(!r.line(Program::Jht).unwrap().required);
    assert!(
        !r.line(Program::Jht).unwrap().uncertain,
        "the Rp20,000 minimum is sourced"
    );
    assert!(!r.packages[1].totals.uncertain);
}

#[test]
fn bpu_at_one_million() {
    // Income Rp1,000,000: 1% = 10,000 = the minimum; 2% = 20,000 = the minimum.
    let r = check_bpu(1_000_000).unwrap();
    assert_eq!(r.packages[0].totals.total, 16_800);
    assert_eq!(r.packages[1].totals.total, 36_800);
    assert!(!r.line(Program::Jht).unwrap().uncertain);
}

#[test]
fn bpu_above_one_million() {
    // Income Rp1,500,000: JKK 15,000; JKM 6,800 → 21,800. JHT 2% = 30,000 (unverified rate) → 51,800.
    let r = check_bpu(1_500_000).unwrap();
    assert_eq!(split(&r, Program::Jkk).worker, 15_000);
    assert_eq!(r.packages[0].totals.total, 21_800);
    assert!(!r.packages[0].totals.uncertain);
    assert_eq!(split(&r, Program::Jht).worker, 30_000);
    assert!(r.line(Program::Jht).unwrap().uncertain);
    assert_eq!(r.packages[1].totals.total, 51_800);
    assert!(r.packages[1].totals.uncertain);
    // Rounding: 1,234,567 × 1% = 12,345.67 → 12,346; × 2% = 24,691.34 → 24,691.
    let odd = check_bpu(1_234_567).unwrap();
    assert_eq!(split(&odd, Program::Jkk).worker, 12_346);
    assert_eq!(split(&odd, Program::Jht).worker, 24_691);
    // Benefits use the declared income: death 48 × 1,500,000 = 72,000,000.
    assert_eq!(
        r.benefit(Program::Jkk, 2).unwrap().amount,
        BenefitAmount::Once(72_000_000)
    );
    assert_eq!(
        r.benefit(Program::Jkm, 0).unwrap().amount,
        BenefitAmount::Once(42_000_000)
    );
    assert!(r.benefit(Program::Jkp, 0).is_none());
}

#[test]
fn bpu_cannot_join_jp_or_jkp() {
    let r = check_bpu(2_000_000).unwrap();
    let ex: Vec<Program> = r.excluded.iter().map(|e| e.program).collect();
    assert_eq!(ex, [Program::Jp, Program::Jkp]);
    assert_eq!(r.excluded[0].rule.regulation, "PP 45/2015");
    assert!(r.line(Program::Jp).is_none() && r.line(Program::Jkp).is_none());
    assert!(r
        .line(Program::Jkk)
        .unwrap()
        .note
        .unwrap()
        .en
        .contains("income-band table"));
}

// ---------------------------------------------------------------------------
// Jakon and PMI
// ---------------------------------------------------------------------------

#[test]
fn jakon_up_to_one_hundred_million() {
    // Rp100,000,000: JKK 0.21% = 210,000; JKM 0.03% = 30,000; total 240,000.
    let r = check_jakon(100_000_000).unwrap();
    assert_eq!(r.period, Period::Contract);
    assert_eq!(split(&r, Program::Jkk).employer, 210_000);
    assert_eq!(split(&r, Program::Jkm).employer, 30_000);
    assert_eq!(r.line(Program::Jkk).unwrap().payer, Payer::Contractor);
    let t = r.packages[0].totals;
    assert_eq!((t.total, t.worker), (240_000, 0));
    assert!(t.complete);
    // Rp50,000,000: 105,000 + 15,000.
    let half = check_jakon(50_000_000).unwrap();
    assert_eq!(half.packages[0].totals.total, 120_000);
    // Rp12,345,678: 25,925.92 → 25,926; 3,703.70 → 3,704.
    let odd = check_jakon(12_345_678).unwrap();
    assert_eq!(split(&odd, Program::Jkk).employer, 25_926);
    assert_eq!(split(&odd, Program::Jkm).employer, 3_704);
    let ex: Vec<Program> = r.excluded.iter().map(|e| e.program).collect();
    assert_eq!(ex, [Program::Jht, Program::Jp, Program::Jkp]);
}

#[test]
fn jakon_above_one_hundred_million_says_rate_not_available() {
    let r = check_jakon(100_000_001).unwrap();
    for p in [Program::Jkk, Program::Jkm] {
        let l = r.line(p).unwrap();
        assert_eq!(l.rate, Rate::NotAvailable);
        assert!(l.amount.is_none());
        assert!(l.note.is_some());
    }
    assert!(!r.packages[0].totals.complete);
    assert_eq!(r.packages[0].totals.total, 0);
    assert_eq!(Rate::NotAvailable.label(Lang::En), "rate not available");
}

#[test]
fn pmi_pays_370_thousand_per_contract() {
    let r = check_pmi();
    assert_eq!(r.period, Period::Placement);
    assert_eq!(r.basis, None);
    let fixed: Vec<_> = r
        .lines
        .iter()
        .filter(|l| l.required)
        .map(|l| l.amount.unwrap().total())
        .collect();
    assert_eq!(fixed, [37_500, 332_500]);
    let t = r.packages[0].totals;
    assert_eq!((t.total, t.unassigned, t.employer, t.worker), (370_000, 370_000, 0, 0));
    assert!(t.complete);
    let jht = r.line(Program::Jht).unwrap();
    assert!(!jht.required);
    assert_eq!(
        jht.rate,
        Rate::Range {
            min: 50_000,
            max: 600_000
        }
    );
    assert_eq!(jht.rule.regulation, "Permenaker 4/2023");
    assert!(r.benefits.is_empty() && r.benefits_note.is_some());
    // Via the answers too.
    let a = CheckerAnswers {
        kind: Some(Segment::Pmi),
        ..Default::default()
    };
    assert_eq!(a.check().unwrap(), r);
}

// ---------------------------------------------------------------------------
// Validation and errors
// ---------------------------------------------------------------------------

#[test]
fn bad_amounts_are_typed_errors_not_panics() {
    let r1 = RiskClass::new(1).unwrap();
    assert_eq!(
        check_pu(0, r1, CompanySize::MediumLarge).unwrap_err(),
        CheckError::NotPositive(Question::Wage)
    );
    assert_eq!(
        check_pu(-5_000_000, r1, CompanySize::MediumLarge).unwrap_err(),
        CheckError::NotPositive(Question::Wage)
    );
    assert_eq!(
        check_pu(5, r1, CompanySize::MediumLarge).unwrap_err(),
        CheckError::TooSmall {
            question: Question::Wage,
            min: 10_000
        }
    );
    assert_eq!(
        check_bpu(2_000_000_000).unwrap_err(),
        CheckError::TooLarge {
            question: Question::Wage,
            max: 1_000_000_000
        }
    );
    assert!(check_pu(i64::MAX, r1, CompanySize::MicroSmall).is_err());
    assert!(check_pu(i64::MIN, r1, CompanySize::MicroSmall).is_err());
    assert_eq!(
        check_jakon(0).unwrap_err(),
        CheckError::NotPositive(Question::ContractValue)
    );
    assert!(check_jakon(i64::MAX).is_err());
    // Boundaries of the accepted range.
    assert!(check_bpu(10_000).is_ok());
    assert!(check_bpu(9_999).is_err());
    assert!(check_bpu(1_000_000_000).is_ok());
    assert!(check_jakon(MAX_CONTRACT_VALUE).is_ok());
}

#[test]
fn errors_translate_into_both_languages() {
    let errors = [
        CheckError::Missing(Question::RiskClass),
        CheckError::NotANumber(Question::Wage),
        CheckError::NotPositive(Question::Wage),
        CheckError::TooSmall {
            question: Question::Wage,
            min: MIN_AMOUNT,
        },
        CheckError::TooLarge {
            question: Question::ContractValue,
            max: MAX_CONTRACT_VALUE,
        },
    ];
    for e in errors {
        let id = e.message(Lang::Id);
        let en = e.message(Lang::En);
        assert!(!id.is_empty() && !en.is_empty());
        assert_ne!(id, en);
        assert!(id.contains(e.question().label().id));
        assert!(en.contains(e.question().label().en));
        assert_eq!(e.to_string(), id);
    }
    assert_eq!(
        CheckError::TooSmall { question: Question::Wage, min: 10_000 }.message(Lang::Id),
        "Upah atau penghasilan sebulan terlalu kecil (kurang dari Rp10.000). Tulis angka lengkap, misalnya 5000000 untuk Rp5 juta."
    );
}

#[test]
fn answers_check_asks_in_order() {
    let mut a = CheckerAnswers::default();
    assert_eq!(a.check().unwrap_err(), CheckError::Missing(Question::Kind));
    assert_eq!(a.unanswered(), [Question::Kind]);
    a.kind = Some(Segment::Pu);
    assert_eq!(a.check().unwrap_err(), CheckError::Missing(Question::Wage));
    assert_eq!(
        a.unanswered(),
        [Question::Wage, Question::RiskClass, Question::CompanySize]
    );
    a.wage = Some(0);
    assert_eq!(a.check().unwrap_err(), CheckError::NotPositive(Question::Wage));
    a.wage = Some(5_000_000);
    assert_eq!(a.check().unwrap_err(), CheckError::Missing(Question::RiskClass));
    a.risk = RiskClass::new(2);
    assert_eq!(a.check().unwrap_err(), CheckError::Missing(Question::CompanySize));
    a.size = Some(CompanySize::MediumLarge);
    assert_eq!(a.check().unwrap().packages[0].totals.total, 477_000);
    assert!(a.unanswered().is_empty());
    let jakon = CheckerAnswers {
        kind: Some(Segment::Jakon),
        ..Default::default()
    };
    assert_eq!(jakon.check().unwrap_err(), CheckError::Missing(Question::ContractValue));
}

#[test]
fn parse_amount_reads_what_people_type() {
    let p = |s: &str| parse_amount(Question::Wage, s);
    for s in [
        "5000000",
        "5.000.000",
        "5,000,000",
        "Rp 5.000.000",
        "Rp5.000.000,-",
        "rp. 5.000.000",
        "5 000 000",
        "5 juta",
        "5jt",
        "5000 ribu",
        "5.000.000,00",
        "5,000,000.00",
    ] {
        assert_eq!(p(s), Ok(5_000_000), "{s:?}");
    }
    assert_eq!(p("1,5 juta"), Ok(1_500_000));
    assert_eq!(p("2.25 jt"), Ok(2_250_000));
    assert_eq!(p("750 ribu"), Ok(750_000));
    assert_eq!(p("750rb"), Ok(750_000));
    assert_eq!(p("1.500 ribu"), Ok(1_500_000));
    assert_eq!(p("2 miliar"), Ok(2_000_000_000));
    assert_eq!(p("5.000.000,50"), Ok(5_000_001));
    assert_eq!(p("5000000,4"), Ok(5_000_000));
    assert_eq!(p("-100"), Ok(-100));
    assert_eq!(p(""), Err(CheckError::Missing(Question::Wage)));
    for bad in ["abc", "5 dollars", "5..000", "1.2.3", "juta", "5,00,000", "--5", "Rp"] {
        assert_eq!(p(bad), Err(CheckError::NotANumber(Question::Wage)), "{bad:?}");
    }
    assert!(matches!(
        p("999999999999999999999999"),
        Err(CheckError::TooLarge { .. })
    ));
    assert!(matches!(
        p("9999999999999999999999999999999999999999"),
        Err(CheckError::TooLarge { .. })
    ));
    assert_eq!(validate_amount(Question::Wage, 5_000_000), Ok(5_000_000));
}

// ---------------------------------------------------------------------------
// Shareable URL
// ---------------------------------------------------------------------------

#[test]
fn query_round_trip() {
    let a = CheckerAnswers::from_query(&[
        ("jenis", "pu"),
        ("upah", "5000000"),
        ("risiko", "2"),
        ("usaha", "besar"),
    ]);
    assert_eq!(a.kind, Some(Segment::Pu));
    assert_eq!(a.wage, Some(5_000_000));
    assert_eq!(a.risk, RiskClass::new(2));
    assert_eq!(a.size, Some(CompanySize::MediumLarge));
    assert_eq!(a.to_query_string(), "jenis=pu&upah=5000000&risiko=2&usaha=besar");
    assert_eq!(CheckerAnswers::from_query(&a.to_query()), a);
    assert_eq!(CheckerAnswers::from_query_string(&a.to_query_string()), a);
    assert_eq!(
        CheckerAnswers::from_query_string("?jenis=pu&upah=5000000&risiko=2&usaha=besar&lang=en"),
        a
    );

    let j = CheckerAnswers {
        kind: Some(Segment::Jakon),
        contract: Some(75_000_000),
        ..Default::default()
    };
    assert_eq!(j.to_query_string(), "jenis=jakon&kontrak=75000000");
    assert_eq!(CheckerAnswers::from_query_string(&j.to_query_string()), j);
    let pmi = CheckerAnswers {
        kind: Some(Segment::Pmi),
        ..Default::default()
    };
    assert_eq!(pmi.to_query_string(), "jenis=pmi");
    assert_eq!(CheckerAnswers::default().to_query_string(), "");
}

#[test]
fn query_keeps_only_relevant_answers_for_the_kind() {
    let a = CheckerAnswers {
        kind: Some(Segment::Bpu),
        wage: Some(1_500_000),
        risk: RiskClass::new(3),
        size: Some(CompanySize::MicroSmall),
        contract: Some(1),
    };
    assert_eq!(a.to_query_string(), "jenis=bpu&upah=1500000");
    // With no kind yet, nothing is dropped.
    let b = CheckerAnswers { kind: None, ..a };
    assert_eq!(b.to_query_string(), "upah=1500000&risiko=3&usaha=kecil&kontrak=1");
    assert_eq!(CheckerAnswers::from_query_string(&b.to_query_string()), b);
}

#[test]
fn query_tolerates_bad_values() {
    let a = CheckerAnswers::from_query(&[
        ("jenis", "pekerja"),
        ("upah", "banyak"),
        ("risiko", "9"),
        ("usaha", "raksasa"),
        ("kontrak", ""),
    ]);
    assert_eq!(a, CheckerAnswers::default());
    // Odd but harmless input never panics.
    for q in [
        "",
        "?",
        "&&&",
        "=",
        "jenis",
        "jenis=",
        "=pu",
        "%",
        "upah=%zz",
        "upah=%E2%82",
        "risiko=-1",
        "risiko=99999999999",
        "upah=1e9",
        "jenis=PU&jenis=bpu",
    ] {
        let _ = CheckerAnswers::from_query_string(q).check();
    }
    // First occurrence wins; case and spaces in values are forgiven.
    let b = CheckerAnswers::from_query_string("jenis=PU&jenis=bpu&upah=5.000.000&usaha=+Kecil+");
    assert_eq!(b.kind, Some(Segment::Pu));
    assert_eq!(b.wage, Some(5_000_000));
    assert_eq!(b.size, Some(CompanySize::MicroSmall));
    // A negative or zero wage is a number: kept, and `check` explains it.
    let c = CheckerAnswers::from_query_string("jenis=bpu&upah=0");
    assert_eq!(c.wage, Some(0));
    assert_eq!(c.check().unwrap_err(), CheckError::NotPositive(Question::Wage));
    // Percent-encoding is decoded: "5%20juta".
    assert_eq!(CheckerAnswers::from_query_string("upah=5%20juta").wage, Some(5_000_000));
}
