//! Native tests of the program explainer content (src/core/programs.rs), the
//! dated rules (src/core/rules.rs) and the "what do I pay, what can I get"
//! checker (src/core/benefits.rs).
//!
//! The checker tests are worked examples written by hand from the rules
//! (PP 44/2015, PP 46/2015, PP 45/2015 Pasal 29, PP 82/2019, PP 6/2025,
//! PP 50/2025, Permenaker 44/2015, Permenaker 4/2023), for a given month,
//! with the arithmetic spelled out in comments. Expected values are never
//! computed with the function under test.

use cakupan::core::benefits::*;
use cakupan::core::date::PartialDate;
use cakupan::core::lang::{Lang, Tr};
use cakupan::core::month::Month;
use cakupan::core::programs::*;
use cakupan::core::rules::{
    every_dated_rule, lookup, next_jp_cap, sector_matters, Confidence, Dated, InForce, Lookup, Source, BPU_BANDS,
    BPU_DISCOUNTS, EARLIEST_MONTH, JAKON_BANDS, JAKON_WAGE_RATES, JKP_CASH, JKP_CONTRIBUTION_MONTHS, JP_MIN_PENSION,
    JP_WAGE_CAPS, LATEST_MONTH, PMI_CONTRIBUTIONS, PMI_JKM_DURING_WORK, PU_JKK_RATES,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn m(year: i32, month: u8) -> Month {
    Month::ym(year, month)
}

/// November 2026: the month most examples use (the JP cap of March 2026 in
/// force, the PP 50/2025 discount for every BPU sector).
fn nov26() -> Month {
    m(2026, 11)
}

fn pu_in(month: Month, wage: i64, risk: u8, size: CompanySize) -> CheckResult {
    check_pu(month, wage, RiskClass::new(risk).unwrap(), size).expect("valid PU input")
}

fn pu(wage: i64, risk: u8, size: CompanySize) -> CheckResult {
    pu_in(nov26(), wage, risk, size)
}

fn bpu(month: Month, income: i64, sector: Option<BpuSector>) -> CheckResult {
    check_bpu(month, income, sector).expect("valid BPU input")
}

fn jakon(value: i64) -> CheckResult {
    check_jakon(nov26(), value).expect("valid contract value")
}

fn split(r: &CheckResult, p: Program) -> Split {
    r.line(p)
        .unwrap_or_else(|| panic!("no {p:?} line"))
        .amount
        .expect("amount")
}

fn employer_worker(e: i64, w: i64) -> Split {
    Split {
        employer: e,
        worker: w,
        unassigned: 0,
    }
}

/// The BPU JKK + JKM package total.
fn bpu_jkk_jkm_total(r: &CheckResult) -> i64 {
    r.packages[0].totals.total
}

fn upcoming(r: &CheckResult) -> Vec<Notice> {
    r.notices.iter().copied().filter(Notice::is_upcoming).collect()
}

fn no_rule_known(r: &CheckResult) -> Vec<Notice> {
    r.notices
        .iter()
        .copied()
        .filter(|n| matches!(n, Notice::NoRuleKnown { .. }))
        .collect()
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
        for mm in page.membership {
            v.extend(mm.note);
            v.extend(mm.rule.and_then(|r| r.note));
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

/// The metadata of a dated rule, whatever its value type.
type Meta = (&'static str, Rule, InForce, &'static [Source], Confidence, Option<Tr>);

/// Every dated rule, from the list the content check reads too.
fn all_dated_rules() -> Vec<Meta> {
    every_dated_rule()
        .into_iter()
        .map(|d| (d.table, d.rule, d.in_force, d.sources, d.confidence, d.note))
        .collect()
}

const ALL_FACTS: [Fact; 11] = [
    Fact::JpWageCap,
    Fact::JpMinPension,
    Fact::BpuJkk,
    Fact::BpuJkm,
    Fact::BpuJht,
    Fact::BpuMinimum,
    Fact::BpuDiscount,
    Fact::JakonContractRates,
    Fact::JakonWageRates,
    Fact::PmiContributions,
    Fact::PmiJht,
];

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
        let segs: Vec<_> = page.membership.iter().map(|mm| mm.segment).collect();
        assert_eq!(segs, MemberGroup::ALL, "{} membership rows", page.code());
        let anchors: Vec<_> = page.sections.iter().map(|s| s.anchor).collect();
        let mut dedup = anchors.clone();
        dedup.dedup();
        assert_eq!(anchors, dedup);
    }
    // Who can join: the shape of the scheme.
    let st = |p: Program, s: MemberGroup| p.page().membership_of(s).unwrap().status;
    assert_eq!(st(Program::Jkk, MemberGroup::Pmi), Participation::Required);
    assert_eq!(st(Program::Jht, MemberGroup::Bpu), Participation::Optional);
    assert_eq!(st(Program::Jp, MemberGroup::Bpu), Participation::NotIncluded);
    assert_eq!(st(Program::Jkp, MemberGroup::Bpu), Participation::NotIncluded);
    assert_eq!(st(Program::Jkp, MemberGroup::Pu), Participation::Required);
}

#[test]
fn every_rule_has_a_regulation_and_a_valid_date() {
    let mut rules: Vec<Rule> = all_items().iter().filter_map(|(_, i)| i.rule).collect();
    for page in PROGRAMS.iter() {
        rules.extend(page.membership.iter().filter_map(|mm| mm.rule));
    }
    rules.extend(all_dated_rules().iter().map(|(_, r, ..)| *r));
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
    assert_eq!(PP_50_2025.date, "2025-12-22");
    assert_eq!(PERMENAKER_4_2022.date, "2022-04-26");
    assert_eq!(PERMENAKER_5_2021.date, "2021-04-01");
    assert_eq!(INPRES_2_2021.date, "2021-03-25");
}

#[test]
fn every_dated_rule_has_sources_and_sane_months() {
    for (name, rule, in_force, sources, confidence, note) in all_dated_rules() {
        assert!(!sources.is_empty(), "{name} ({}) has no source", rule.regulation);
        for s in sources {
            assert!(!s.publisher.trim().is_empty(), "{name}: source without a publisher");
            if let Some(url) = s.url {
                assert!(
                    url.starts_with("http://") || url.starts_with("https://"),
                    "{name}: bad url {url}"
                );
            }
            if let Some(p) = s.published {
                assert!(PartialDate::parse(p).is_some(), "{name}: bad published date {p:?}");
            }
        }
        if let Some(until) = in_force.until {
            assert!(until >= in_force.from, "{name}: ends before it starts");
        }
        if confidence == Confidence::Disputed {
            assert!(
                note.is_some(),
                "{name}: a disputed value must name the other value in its note"
            );
        }
        assert_eq!(confidence.verified(), confidence.reason().is_none(), "{name}");
    }
}

/// `every_dated_rule` (which the content check reads) lists every dated
/// table of src/core/rules.rs: a new table that is missing from it fails here.
#[test]
fn every_dated_table_is_in_the_list_the_content_check_reads() {
    let code = include_str!("../src/core/rules.rs");
    let tables: Vec<&str> = code
        .lines()
        .filter_map(|l| l.strip_prefix("pub static "))
        .filter(|l| l.contains("Dated<"))
        .filter_map(|l| l.split(':').next())
        .collect();
    assert!(tables.len() >= 26, "{tables:?}");
    let listed: Vec<&str> = every_dated_rule().iter().map(|d| d.table).collect();
    for t in &tables {
        assert!(listed.contains(t), "{t} is not in rules::every_dated_rule()");
    }
    for t in &listed {
        assert!(tables.contains(t), "every_dated_rule() names {t}, which is no table");
    }
    // Tables of several rules give one entry each.
    assert_eq!(
        listed.iter().filter(|t| **t == "JP_WAGE_CAPS").count(),
        JP_WAGE_CAPS.len()
    );
}

/// Every source a rule cites is an entry of content/sources.toml (the rules
/// cite the constants generated from it), and no two entries share a URL.
#[test]
fn every_rules_source_is_a_listed_source_and_urls_are_unique() {
    let mut cited = std::collections::BTreeSet::new();
    for (name, rule, in_force, sources, ..) in all_dated_rules() {
        for s in sources {
            let listed: Vec<&str> = SOURCES.iter().filter(|c| c.source == *s).map(|c| c.id).collect();
            assert_eq!(
                listed.len(),
                1,
                "{name} ({}, from {}) cites {s:?}, found as {listed:?} in content/sources.toml",
                rule.regulation,
                in_force.from
            );
            assert_eq!(source(listed[0]).map(|c| c.source), Some(*s));
            cited.insert(listed[0]);
        }
    }
    // The rules wrote 47 sources themselves before they moved to the list.
    assert!(cited.len() > 40, "{cited:?}");
    assert!(cited.contains("bpjs-18913") && cited.contains("oecd-pensions-at-a-glance"));
    // The generated constants are the list's entries.
    assert_eq!(sources::BPJS_18913, source("bpjs-18913").unwrap().source);
    assert_eq!(
        sources::STAR_GRID_2023_03_17.publisher,
        "GridStar (star.grid.id), mengutip situs BPJS Ketenagakerjaan"
    );

    let mut urls = std::collections::HashMap::new();
    for c in SOURCES.iter() {
        if let Some(url) = c.source.url {
            if let Some(other) = urls.insert(url, c.id) {
                panic!("[{other}] and [{}] share the url {url}", c.id);
            }
        }
    }
    assert!(urls.len() > 60, "{}", urls.len());
}

#[test]
fn dated_amounts_are_facts_not_page_text() {
    // Each item that states a dated amount carries its Fact, on the right page.
    let with_fact = |f: Fact| -> Vec<(&'static str, &'static Item)> {
        all_items().into_iter().filter(|(_, i)| i.fact == Some(f)).collect()
    };
    let pages_of = |f: Fact| -> Vec<&'static str> { with_fact(f).iter().map(|(c, _)| *c).collect() };
    for f in ALL_FACTS {
        assert!(!with_fact(f).is_empty(), "no item shows {f:?}");
        for (code, i) in with_fact(f) {
            assert!(i.rule.is_some(), "{code}: item with {f:?} has no rule");
        }
    }
    assert_eq!(pages_of(Fact::JpWageCap), ["JP"]);
    assert_eq!(pages_of(Fact::JpMinPension), ["JP"]);
    assert!(pages_of(Fact::BpuJkk).contains(&"JKK"));
    assert!(pages_of(Fact::BpuMinimum).contains(&"JKK"));
    assert!(pages_of(Fact::BpuJkm).contains(&"JKM"));
    assert!(pages_of(Fact::BpuJht).contains(&"JHT"));
    assert!(pages_of(Fact::PmiJht).contains(&"JHT"));
    assert!(pages_of(Fact::PmiContributions).contains(&"JKK"));
    let cap = with_fact(Fact::JpWageCap)[0].1;
    assert_eq!(cap.rule.unwrap().regulation, "PP 45/2015");
    assert!(cap.rule.unwrap().note.unwrap().id.contains("Pasal 29"));
    assert!(
        cap.text.id.contains("Maret"),
        "the JP cap item says it changes every March"
    );
    let min = with_fact(Fact::JpMinPension)[0].1;
    assert!(min.rule.unwrap().note.unwrap().id.contains("Pasal 18"));
    for f in [Fact::BpuDiscount, Fact::BpuMinimum] {
        assert!(
            with_fact(f)
                .iter()
                .all(|(_, i)| i.rule.unwrap().regulation == "PP 50/2025"),
            "{f:?}"
        );
    }

    // No page text repeats a dated amount: page and checker cannot disagree.
    let dated = [
        10_042_300, 10_547_400, 11_086_300, 393_500, 399_700, 16_800, 8_400, 370_000, 332_500, 189_000, 108_000,
    ];
    for t in all_texts() {
        for a in dated {
            for (lang, s) in [(Lang::Id, t.id), (Lang::En, t.en)] {
                // "Rp10.547.400" / "Rp10,547,400", with or without "Rp".
                let id_form = format_rupiah(a, Lang::Id).trim_start_matches("Rp").to_string();
                let en_form = format_rupiah(a, Lang::En).trim_start_matches("Rp").to_string();
                assert!(
                    !s.contains(&id_form) && !s.contains(&en_form),
                    "{lang:?} page text states the dated amount {a}: {s:?}"
                );
            }
        }
    }
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
    assert_eq!(find("paling tinggi Rp5 juta").rule.unwrap().regulation, "PP 6/2025");
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
    assert_eq!(find("Rp85 juta").rule.unwrap().regulation, "Permenaker 4/2023");
    // Every amount on a program page cites a regulation, or is flagged.
    for (code, i) in all_items() {
        if code != REGIONAL_ROLE.slug && i.text.id.contains("Rp") {
            assert!(
                i.rule.is_some() || i.uncertain || !i.sources.is_empty(),
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
    assert!(
        has("Batas Maret 2026"),
        "the March 2026 JP cap is reported by consultants only"
    );
    assert!(has("JMO"), "JMO Rp15 juta limit");
    assert!(has("Permenaker 15/2021"), "JKP procedures not re-checked");
    assert!(has("dana desa"), "dana desa in Inpres");
    assert!(has("52,15%"), "unexplained UCJ target");
    assert!(has("19 menteri"), "addressee count");
    assert!(has("Rp7,5 juta"), "failed departure amount disputed");
    assert!(has("Rp16,2 juta"), "older PMI JKM amounts");
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
    for s in MemberGroup::ALL {
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
    // Amounts that do not change by month may stay in the page text; they
    // must match the rules the checker uses.
    // JKM: 20,000,000 + 12,000,000 + 10,000,000 = 42,000,000.
    assert_eq!(jkm_total(), 42_000_000);
    // Scholarship per child: TK 1.5 jt × 2 + SD 1.5 jt × 6 + SMP 2 jt × 3 + SMA 3 jt × 3 + S1 12 jt × 5
    // = 3 + 9 + 6 + 9 + 60 = 87 jt; two children 174 jt.
    assert_eq!(scholarship_max_per_child(), 87_000_000);
    assert_eq!(scholarship_max_total(), 174_000_000);
    // JKP: 60% × 5,000,000 = 3,000,000 a month; × 6 = 18,000,000.
    assert_eq!(jkp_monthly_cash(5_000_000), 3_000_000);
    assert_eq!(JKP_CASH.value, (60, 5_000_000, 6));
    let text = |p: Program| -> String {
        p.page()
            .sections
            .iter()
            .flat_map(|s| s.items.iter())
            .map(|i| i.text.id)
            .collect::<Vec<_>>()
            .join(" ")
    };
    for rate in PU_JKK_RATES.value {
        assert!(
            text(Program::Jkk).contains(&format_percent_bp(rate, Lang::Id)),
            "JKK page lacks {rate} bp"
        );
    }
    assert!(text(Program::Jkm).contains("Rp87 juta"));
    assert!(text(Program::Jkm).contains("Rp174 juta"));
    assert!(text(Program::Jkm).contains("Rp42 juta"));
    assert!(text(Program::Jkm).contains("Rp85 juta"));
    assert_eq!(PMI_JKM_DURING_WORK.value, 85_000_000);
    assert!(text(Program::Jkp).contains("Rp18 juta"));
    assert!(text(Program::Jkp).contains("Rp3 juta"));
    assert!(text(Program::Jkp).contains("12 bulan dalam 24 bulan"));
    assert_eq!(JKP_CONTRIBUTION_MONTHS.value, (12, 24));
}

// ---------------------------------------------------------------------------
// Months
// ---------------------------------------------------------------------------

#[test]
fn months_parse_label_and_step() {
    assert_eq!(Month::parse("2026-11"), Some(m(2026, 11)));
    assert_eq!(Month::parse("2026-13"), None);
    assert_eq!(m(2026, 11).label(Lang::Id), "November 2026");
    assert_eq!(m(2027, 3).label(Lang::Id), "Maret 2027");
    assert_eq!(m(2027, 3).label(Lang::En), "March 2027");
    assert_eq!(m(2026, 12).next(), m(2027, 1));
    assert_eq!(m(2026, 3).plus(12), m(2027, 3));
    assert_eq!(EARLIEST_MONTH, m(2025, 2));
    assert_eq!(LATEST_MONTH, m(2030, 12));
    let months: Vec<Month> = selectable_months().collect();
    assert_eq!(months.first(), Some(&m(2025, 2)));
    assert_eq!(months.last(), Some(&m(2030, 12)));
    // February 2025 to December 2030: 11 + 5 × 12 = 71 months.
    assert_eq!(months.len(), 71);
}

#[test]
fn in_force_labels() {
    let between = InForce::between(m(2026, 1), m(2027, 3));
    assert_eq!(between.label(Lang::Id), "berlaku Januari 2026 sampai Maret 2027");
    assert_eq!(between.label(Lang::En), "in force January 2026 to March 2027");
    assert!(between.contains(m(2026, 1)) && between.contains(m(2027, 3)));
    assert!(!between.contains(m(2025, 12)) && !between.contains(m(2027, 4)));
    let since = InForce::since(m(2025, 2));
    assert_eq!(since.label(Lang::Id), "berlaku sejak Februari 2025");
    assert!(since.contains(m(2030, 12)));
}

// ---------------------------------------------------------------------------
// Rule tables
// ---------------------------------------------------------------------------

#[test]
fn next_jp_cap_worked_examples() {
    // 10,547,400 × 1.0511 = 10,547,400 + 538,972.14 = 11,086,372.14 → down to Rp100: 11,086,300.
    assert_eq!(next_jp_cap(10_547_400, 511), 11_086_300);
    // 10,042,300 × 1.0503 = 10,042,300 + 505,127.69 = 10,547,427.69 → 10,547,400.
    assert_eq!(next_jp_cap(10_042_300, 503), 10_547_400);
    // 8,512,400 × 1.0502 = 8,512,400 + 427,322.48 = 8,939,722.48 → 8,939,700.
    assert_eq!(next_jp_cap(8_512_400, 502), 8_939_700);
    // Rounds down, never up: 1,000,099 × 1 = 1,000,099 → 1,000,000.
    assert_eq!(next_jp_cap(1_000_099, 0), 1_000_000);
    // 7,000,000 × 1.0001 = 7,000,700.
    assert_eq!(next_jp_cap(7_000_000, 1), 7_000_700);
    // A negative growth lowers the cap, still rounded down: 10,000,000 × 0.9800 = 9,800,000;
    // 10,000,050 × 0.9899 = 9,899,049.49 → 9,899,000.
    assert_eq!(next_jp_cap(10_000_000, -200), 9_800_000);
    assert_eq!(next_jp_cap(10_000_050, -101), 9_899_000);
}

#[test]
fn jp_cap_chain_matches_the_indexation_rule() {
    // Every cap whose source states the GDP growth follows from the one
    // before it: a typo in the table breaks the chain.
    let mut checked = 0;
    for pair in JP_WAGE_CAPS.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        if let Some(gdp) = next.value.gdp_growth_bp {
            assert_eq!(
                next_jp_cap(prev.value.amount, gdp),
                next.value.amount,
                "cap from {} ({} × (1 + {gdp} bp))",
                next.in_force.from,
                prev.value.amount
            );
            checked += 1;
        }
    }
    // 2020, 2022, 2023, 2024, 2025, 2026.
    assert_eq!(checked, 6);
    assert_eq!(JP_WAGE_CAPS[0].value.amount, 7_000_000, "Pasal 29 ayat 2: Rp7 juta");
    assert_eq!(JP_WAGE_CAPS[0].in_force.from, m(2015, 7));
}

#[test]
fn dated_tables_have_no_gaps_or_overlaps() {
    // JP caps: each ends the month before the next begins.
    for pair in JP_WAGE_CAPS.windows(2) {
        let until = pair[0].in_force.until.expect("only the last cap may be open-ended");
        assert_eq!(
            until.next(),
            pair[1].in_force.from,
            "gap or overlap before {}",
            pair[1].in_force.from
        );
    }
    // Indexation is every March; the first cap started in July 2015, and the
    // 2021 cap is reported from February (its note says so).
    for d in &JP_WAGE_CAPS[1..] {
        if d.in_force.from.month() != 3 {
            assert_eq!(d.in_force.from, m(2021, 2));
            let note = d.note.expect("an off-March start is explained");
            assert!(note.id.contains("Februari 2021") && note.en.contains("February 2021"));
        }
    }
    // The last known cap ends in February 2027: the next is due in March 2027.
    assert_eq!(JP_WAGE_CAPS.last().unwrap().in_force.until, Some(m(2027, 2)));
    // Sorted: lookup relies on it.
    for pair in JP_WAGE_CAPS.windows(2) {
        assert!(pair[0].in_force.from < pair[1].in_force.from);
    }
    for pair in JP_MIN_PENSION.windows(2) {
        assert_eq!(pair[0].in_force.until.unwrap().next(), pair[1].in_force.from);
    }
    // BPU bands: contiguous incomes, each base inside its band.
    assert_eq!(BPU_BANDS[0].value.min, 0);
    for pair in BPU_BANDS.windows(2) {
        assert_eq!(pair[0].value.max + 1, pair[1].value.min);
    }
    for b in BPU_BANDS.iter() {
        assert!(b.value.min <= b.value.base && b.value.base <= b.value.max);
    }
    // Construction bands: rising lower limits, falling rates.
    let bands = &JAKON_BANDS.value;
    assert_eq!(bands[0].over, 0);
    for pair in bands.windows(2) {
        assert!(pair[0].over < pair[1].over);
        assert!(pair[0].jkk_bp >= pair[1].jkk_bp && pair[0].jkm_bp >= pair[1].jkm_bp);
    }
    // One discount period per sector.
    for s in BpuSector::ALL {
        assert_eq!(BPU_DISCOUNTS.iter().filter(|d| d.value.sector == s).count(), 1, "{s:?}");
    }
}

#[test]
fn lookup_answers_known_not_known_and_before() {
    let cap = |mo: Month| lookup(&JP_WAGE_CAPS, mo);
    let amount = |l: Lookup<_>| -> i64 {
        let d: &Dated<cakupan::core::rules::JpCap> = l.rule();
        d.value.amount
    };
    assert!(matches!(cap(m(2015, 6)), Lookup::Before { .. }));
    assert_eq!(amount(cap(m(2015, 6))), 7_000_000);
    assert!(cap(m(2015, 7)).is_known());
    assert_eq!(amount(cap(m(2025, 2))), 10_042_300);
    assert_eq!(amount(cap(m(2025, 3))), 10_547_400);
    assert_eq!(amount(cap(m(2026, 2))), 10_547_400);
    assert_eq!(amount(cap(m(2026, 3))), 11_086_300);
    assert!(cap(m(2027, 2)).is_known());
    assert_eq!(amount(cap(m(2027, 2))), 11_086_300);
    assert!(matches!(cap(m(2027, 3)), Lookup::NotKnown { .. }));
    assert_eq!(amount(cap(m(2027, 3))), 11_086_300);
    assert!(!cap(m(2030, 12)).is_known());
    // The minimum pension: known only to February 2026.
    assert_eq!(lookup(&JP_MIN_PENSION, m(2025, 2)).rule().value, 393_500);
    assert_eq!(lookup(&JP_MIN_PENSION, m(2026, 2)).rule().value, 399_700);
    let later = lookup(&JP_MIN_PENSION, m(2026, 11));
    assert!(!later.is_known());
    assert_eq!(later.rule().value, 399_700);
}

#[test]
fn sector_matters_only_when_one_sector_has_the_discount() {
    // Transport: January 2026 to March 2027. Other: April to December 2026.
    for (mo, want) in [
        (m(2025, 12), false),
        (m(2026, 1), true),
        (m(2026, 2), true),
        (m(2026, 3), true),
        (m(2026, 4), false),
        (m(2026, 11), false),
        (m(2026, 12), false),
        (m(2027, 1), true),
        (m(2027, 3), true),
        (m(2027, 4), false),
    ] {
        assert_eq!(sector_matters(mo), want, "{mo}");
    }
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
    // Wage Rp5,000,000, risk group 2, medium/large firm, November 2026.
    let r = pu(5_000_000, 2, CompanySize::MediumLarge);
    assert_eq!(r.kind, MemberGroup::Pu);
    assert_eq!(r.month, m(2026, 11));
    assert_eq!(r.basis, Some(5_000_000));
    assert_eq!(r.period, Period::Month);
    // JKK 0.54% = 27,000 (employer); JKM 0.30% = 15,000 (employer).
    assert_eq!(split(&r, Program::Jkk), employer_worker(27_000, 0));
    assert_eq!(split(&r, Program::Jkm), employer_worker(15_000, 0));
    // JHT 3.7% = 185,000 employer, 2% = 100,000 worker.
    assert_eq!(split(&r, Program::Jht), employer_worker(185_000, 100_000));
    // JP 2% = 100,000 employer, 1% = 50,000 worker (below the cap of 11,086,300).
    assert_eq!(split(&r, Program::Jp), employer_worker(100_000, 50_000));
    let jp = r.line(Program::Jp).unwrap();
    assert!(!jp.uncertain, "below the cap the result does not depend on it");
    assert!(jp.required);
    assert_eq!(
        jp.rate,
        Rate::PercentCapped {
            bp: 300,
            cap: 11_086_300
        }
    );
    // JKP: nothing extra.
    assert_eq!(split(&r, Program::Jkp).total(), 0);
    assert_eq!(r.line(Program::Jkp).unwrap().rate, Rate::NothingExtra);
    // Totals: employer 27,000 + 15,000 + 185,000 + 100,000 = 327,000; worker 100,000 + 50,000 = 150,000.
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
    // JHT savings: 185,000 + 100,000 = 285,000 a month.
    assert_eq!(amount(Program::Jht, 0), BenefitAmount::SavingsPerMonth(285_000));
    // JP minimum pension: no value known after February 2026, the last one is used.
    assert_eq!(amount(Program::Jp, 0), BenefitAmount::AtLeastMonthly(399_700));
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
    // Below the cap: no JP cap notice at all.
    assert!(upcoming(&r).is_empty());
}

#[test]
fn pu_each_risk_class() {
    // Wage Rp4,000,000: 0.24% = 9,600; 0.54% = 21,600; 0.89% = 35,600; 1.27% = 50,800; 1.74% = 69,600.
    let expected = [9_600, 21_600, 35_600, 50_800, 69_600];
    for (class, want) in (1..=5).zip(expected) {
        let r = pu(4_000_000, class, CompanySize::MediumLarge);
        assert_eq!(split(&r, Program::Jkk).employer, want, "risk class {class}");
        assert_eq!(split(&r, Program::Jkk).worker, 0);
        // Only JKK changes with the class: employer total = JKK + JKM 12,000 + JHT 148,000 + JP 80,000.
        assert_eq!(r.packages[0].totals.employer, want + 12_000 + 148_000 + 80_000);
        // Worker: JHT 80,000 + JP 40,000.
        assert_eq!(r.packages[0].totals.worker, 80_000 + 40_000);
    }
    assert!(RiskClass::new(0).is_none());
    assert!(RiskClass::new(6).is_none());
    assert_eq!(RiskClass::new(5).unwrap().jkk_rate_bp(), 174);
}

#[test]
fn pu_jp_cap_changes_in_march_2026() {
    // Wage Rp11,000,000, risk 1, large firm.
    // February 2026: cap 10,547,400 < wage. JP employer 2% × 10,547,400 = 210,948; worker 1% = 105,474.
    let feb = pu_in(m(2026, 2), 11_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(split(&feb, Program::Jp), employer_worker(210_948, 105_474));
    let jp = feb.line(Program::Jp).unwrap();
    assert_eq!(
        jp.rate,
        Rate::PercentCapped {
            bp: 300,
            cap: 10_547_400
        }
    );
    assert!(!jp.uncertain, "the 2025 cap is agreed by two sources");
    assert_eq!(jp.in_force, InForce::between(m(2025, 3), m(2026, 2)));
    assert_eq!(jp.rule.regulation, "PP 45/2015");
    assert!(jp.rule.note.unwrap().id.contains("B/91/022025"));
    // JHT is not capped: 3.7% × 11,000,000 = 407,000; 2% = 220,000.
    assert_eq!(split(&feb, Program::Jht), employer_worker(407_000, 220_000));
    // Above the cap: the March 2026 cap is announced ahead.
    assert_eq!(
        upcoming(&feb),
        [Notice::Upcoming {
            from: m(2026, 3),
            what: Tr::new("batas upah JP disesuaikan", "the JP wage cap is adjusted"),
            now: 10_547_400,
            then: Some(11_086_300),
            sector: None,
            rule: jp.rule,
        }]
    );
    assert!(
        no_rule_known(&feb).is_empty(),
        "both the cap and the minimum pension are known in February 2026"
    );

    // March 2026: cap 11,086,300 ≥ wage. JP worker 1% × 11,000,000 = 110,000; employer 2% = 220,000.
    let mar = pu_in(m(2026, 3), 11_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(split(&mar, Program::Jp), employer_worker(220_000, 110_000));
    let jp = mar.line(Program::Jp).unwrap();
    assert_eq!(
        jp.rate,
        Rate::PercentCapped {
            bp: 300,
            cap: 11_086_300
        }
    );
    assert!(!jp.uncertain, "below the cap the secondary-only cap does not matter");
    assert_eq!(jp.in_force, InForce::between(m(2026, 3), m(2027, 2)));
    assert!(jp.sources.iter().any(|s| s.publisher == "Mondaq"));
    assert!(upcoming(&mar).is_empty());
}

#[test]
fn pu_march_2026_jp_is_uncertain_only_above_the_cap() {
    // Wage Rp12,000,000 in March 2026: JP on 11,086,300: employer 2% = 221,726; worker 1% = 110,863.
    let high = pu_in(m(2026, 3), 12_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(split(&high, Program::Jp), employer_worker(221_726, 110_863));
    assert!(high.line(Program::Jp).unwrap().uncertain, "secondary sources only");
    assert!(high.packages[0].totals.uncertain);
    assert!(high.any_uncertain());
    // JHT is not capped: 3.7% × 12,000,000 = 444,000; 2% = 240,000.
    assert_eq!(split(&high, Program::Jht), employer_worker(444_000, 240_000));
    // Exactly at the cap: 221,726 / 110,863, not flagged.
    let at = pu_in(m(2026, 3), 11_086_300, 1, CompanySize::MediumLarge);
    assert_eq!(split(&at, Program::Jp), employer_worker(221_726, 110_863));
    assert!(!at.line(Program::Jp).unwrap().uncertain);
    // One Rupiah above: same JP, now flagged.
    let above = pu_in(m(2026, 3), 11_086_301, 1, CompanySize::MediumLarge);
    assert_eq!(split(&above, Program::Jp), employer_worker(221_726, 110_863));
    assert!(above.line(Program::Jp).unwrap().uncertain);
    // Rp5,000,000: 100,000 / 50,000, not flagged.
    let low = pu_in(m(2026, 3), 5_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(split(&low, Program::Jp), employer_worker(100_000, 50_000));
    assert!(!low.line(Program::Jp).unwrap().uncertain);
    assert!(!low.packages[0].totals.uncertain);
}

#[test]
fn pu_no_jp_cap_known_for_march_2027() {
    // Wage Rp12,000,000 in March 2027: no cap is known; the last one (11,086,300,
    // March 2026 to February 2027) is used: 221,726 / 110,863, flagged.
    let r = pu_in(m(2027, 3), 12_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(split(&r, Program::Jp), employer_worker(221_726, 110_863));
    let jp = r.line(Program::Jp).unwrap();
    assert!(jp.uncertain);
    assert_eq!(
        jp.rate,
        Rate::PercentCapped {
            bp: 300,
            cap: 11_086_300
        }
    );
    assert_eq!(jp.in_force, InForce::between(m(2026, 3), m(2027, 2)));
    let unknown = no_rule_known(&r);
    assert!(
        unknown.contains(&Notice::NoRuleKnown {
            what: Tr::new("batas upah JP", "JP wage cap"),
            month: m(2027, 3),
            last_value: 11_086_300,
            last: InForce::between(m(2026, 3), m(2027, 2)),
        }),
        "{unknown:?}"
    );
    let cap_notice = unknown
        .iter()
        .find(|n| {
            matches!(
                n,
                Notice::NoRuleKnown {
                    last_value: 11_086_300,
                    ..
                }
            )
        })
        .unwrap();
    let id = cap_notice.text(Lang::Id);
    assert!(
        id.contains("Maret 2027") && id.contains("Rp11.086.300") && id.contains("Februari 2027"),
        "{id}"
    );
    let en = cap_notice.text(Lang::En);
    assert!(en.contains("March 2027") && en.contains("Rp11,086,300"), "{en}");
    // No change is announced ahead when the cap itself is unknown.
    assert!(upcoming(&r).is_empty());
}

#[test]
fn pu_no_minimum_pension_known_after_february_2026() {
    let r = pu(5_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(
        no_rule_known(&r),
        [Notice::NoRuleKnown {
            what: Tr::new("angka pensiun JP paling sedikit", "JP minimum pension"),
            month: m(2026, 11),
            last_value: 399_700,
            last: InForce::between(m(2025, 3), m(2026, 2)),
        }]
    );
    let b = r.benefit(Program::Jp, 0).unwrap();
    assert_eq!(b.amount, BenefitAmount::AtLeastMonthly(399_700));
    assert!(b.uncertain);
    assert_eq!(b.in_force, InForce::between(m(2025, 3), m(2026, 2)));
    // February 2025: the 2024 minimum (393,500) is in force; no notice.
    let early = pu_in(m(2025, 2), 5_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(
        early.benefit(Program::Jp, 0).unwrap().amount,
        BenefitAmount::AtLeastMonthly(393_500)
    );
    assert!(no_rule_known(&early).is_empty());
    // And the cap then was 10,042,300.
    assert_eq!(
        early.line(Program::Jp).unwrap().rate,
        Rate::PercentCapped {
            bp: 300,
            cap: 10_042_300
        }
    );
}

#[test]
fn pu_above_the_cap_in_november_2026_hears_of_march_2027() {
    // Wage Rp15,000,000 in November 2026: JP on 11,086,300 (221,726 / 110,863);
    // the next cap is due in March 2027 and not announced.
    let r = pu(15_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(split(&r, Program::Jp), employer_worker(221_726, 110_863));
    // JHT is not capped: 555,000 + 300,000.
    assert_eq!(split(&r, Program::Jht), employer_worker(555_000, 300_000));
    let up = upcoming(&r);
    assert_eq!(up.len(), 1);
    match up[0] {
        Notice::Upcoming {
            from,
            now,
            then,
            sector,
            ..
        } => {
            assert_eq!(from, m(2027, 3));
            assert_eq!(now, 11_086_300);
            assert_eq!(then, None);
            assert_eq!(sector, None);
        }
        _ => unreachable!(),
    }
    let id = up[0].text(Lang::Id);
    assert!(
        id.starts_with("Mulai Maret 2027") && id.contains("belum diumumkan"),
        "{id}"
    );
    assert!(up[0].text(Lang::En).contains("not announced"));
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
    // A high wage: 60% × 5,000,000 = 3,000,000, not 60% × 20,000,000.
    let high = pu(20_000_000, 1, CompanySize::MediumLarge);
    assert_eq!(
        high.benefit(Program::Jkp, 0).unwrap().amount,
        BenefitAmount::Monthly {
            per_month: 3_000_000,
            months: 6
        }
    );
}

#[test]
fn jkp_follows_pp_6_2025() {
    for size in CompanySize::ALL {
        let r = pu(5_000_000, 1, size);
        let b = r.benefit(Program::Jkp, 0).unwrap();
        assert!(!b.uncertain);
        let note = b.note.unwrap();
        assert!(note.id.contains("12 bulan dalam 24 bulan"), "{}", note.id);
        assert!(note.en.contains("12 of the 24 months"), "{}", note.en);
        // "berturut-turut" only as "not necessarily in a row".
        assert_eq!(
            note.id.matches("berturut-turut").count(),
            note.id.matches("tidak harus berturut-turut").count(),
            "{}",
            note.id
        );
        assert!(note.id.contains("tidak harus berturut-turut"));
        assert!(!note.en.contains("in a row") || note.en.contains("not necessarily in a row"));
        assert!(note.id.contains("Rp5 juta") && note.id.contains("60%"));
    }
    // Cash: 60% × min(wage, 5,000,000) for 6 months.
    // 2,000,000 × 60% = 1,200,000; × 6 = 7,200,000.
    let r = pu(2_000_000, 1, CompanySize::MediumLarge);
    let cash = r.benefit(Program::Jkp, 0).unwrap().amount;
    assert_eq!(
        cash,
        BenefitAmount::Monthly {
            per_month: 1_200_000,
            months: 6
        }
    );
    assert_eq!(cash.max_total(), Some(7_200_000));
    assert_eq!(r.benefit(Program::Jkp, 0).unwrap().in_force.from, m(2025, 2));
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
    assert_eq!(split(&r, Program::Jht), employer_worker(123_333, 66_667));
    assert_eq!(split(&r, Program::Jp), employer_worker(66_667, 33_333));
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
    assert_eq!(jp.amount.unwrap(), employer_worker(100_000, 50_000));
    assert!(
        jp.uncertain,
        "whether micro and small firms must join JP is not confirmed"
    );
    assert_eq!(r.packages.len(), 2);
    // Minimum: JKK 12,000 + JKM 15,000 + JHT 185,000 = 212,000 employer; worker 100,000.
    let min = r.packages[0].totals;
    assert_eq!((min.employer, min.worker), (212_000, 100_000));
    assert!(!r.packages[0].programs.contains(&Program::Jp));
    assert!(!min.uncertain);
    // With JP: 312,000 and 150,000.
    let with = r.packages[1].totals;
    assert_eq!((with.employer, with.worker), (312_000, 150_000));
    assert!(with.uncertain);
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
fn bpu_discount_by_sector_and_month() {
    // Income Rp1,000,000: band base 1,000,000. JKK 1% = 10,000; JKM 6,800; full 16,800.
    // Half: JKK 5,000 + JKM 3,400 = 8,400.
    let other = Some(BpuSector::Other);
    let transport = Some(BpuSector::Transport);
    for (mo, sector, want) in [
        (m(2025, 2), None, 16_800),
        (m(2025, 12), None, 16_800),
        (m(2026, 1), other, 16_800),
        (m(2026, 1), transport, 8_400),
        (m(2026, 3), other, 16_800),
        (m(2026, 3), transport, 8_400),
        (m(2026, 4), other, 8_400),
        (m(2026, 4), transport, 8_400),
        (m(2026, 11), None, 8_400),
        (m(2026, 12), other, 8_400),
        (m(2027, 1), other, 16_800),
        (m(2027, 1), transport, 8_400),
        (m(2027, 3), transport, 8_400),
        (m(2027, 4), transport, 16_800),
        (m(2027, 4), other, 16_800),
    ] {
        let r = bpu(mo, 1_000_000, sector);
        assert_eq!(bpu_jkk_jkm_total(&r), want, "{mo} {sector:?}");
        // JHT (optional) has no discount: 2% × 1,000,000 = 20,000.
        assert_eq!(split(&r, Program::Jht).worker, 20_000);
        assert_eq!(r.packages[1].totals.total, want + 20_000, "{mo} {sector:?}");
        assert!(r.line(Program::Jht).unwrap().discount.is_none());
    }
}

#[test]
fn bpu_discount_lines_name_pp_50_2025() {
    // April 2026, other sectors: JKK 10,000 → 5,000; JKM 6,800 → 3,400.
    let r = bpu(m(2026, 4), 1_000_000, Some(BpuSector::Other));
    assert_eq!(split(&r, Program::Jkk), employer_worker(0, 5_000));
    assert_eq!(split(&r, Program::Jkm), employer_worker(0, 3_400));
    for (p, full) in [(Program::Jkk, 10_000), (Program::Jkm, 6_800)] {
        let d = r
            .line(p)
            .unwrap()
            .discount
            .unwrap_or_else(|| panic!("{p:?} has no discount"));
        assert_eq!(d.percent_paid, 50);
        assert_eq!(d.full, full);
        assert_eq!(d.rule.regulation, "PP 50/2025");
        assert_eq!(d.in_force, InForce::between(m(2026, 4), m(2026, 12)));
    }
    assert!(
        r.notes.iter().any(|n| n.id.contains("APBN")),
        "the APBN/APBD exception is noted"
    );
    // Transport: the discount runs January 2026 to March 2027.
    let t = bpu(m(2026, 4), 1_000_000, Some(BpuSector::Transport));
    assert_eq!(
        t.line(Program::Jkk).unwrap().discount.unwrap().in_force,
        InForce::between(m(2026, 1), m(2027, 3))
    );
    // March 2026, other: no discount on the lines.
    let none = bpu(m(2026, 3), 1_000_000, Some(BpuSector::Other));
    assert!(none.line(Program::Jkk).unwrap().discount.is_none());
    assert!(none.line(Program::Jkm).unwrap().discount.is_none());
    assert_eq!(split(&none, Program::Jkk).worker, 10_000);
    assert_eq!(split(&none, Program::Jkm).worker, 6_800);
}

#[test]
fn bpu_sector_is_asked_only_when_it_matters() {
    for mo in [m(2026, 1), m(2026, 2), m(2026, 3), m(2027, 1), m(2027, 2), m(2027, 3)] {
        assert_eq!(
            check_bpu(mo, 1_000_000, None).unwrap_err(),
            CheckError::Missing(Question::Sector),
            "{mo}"
        );
        let a = CheckerAnswers {
            kind: Some(MemberGroup::Bpu),
            wage: Some(1_000_000),
            month: Some(mo),
            ..Default::default()
        };
        assert_eq!(
            a.questions(nov26()),
            [Question::Kind, Question::Wage, Question::Sector],
            "{mo}"
        );
        assert_eq!(a.unanswered(nov26()), [Question::Sector]);
        assert_eq!(a.check(nov26()).unwrap_err(), CheckError::Missing(Question::Sector));
        let url = CheckerUrl::from_query_string(&format!("jenis=bpu&upah=1000000&bulan={}", mo.key()));
        assert_eq!(url.answers, a);
        assert_eq!(
            url.step(nov26()),
            Step::Ask {
                question: Question::Sector,
                error: None
            },
            "{mo}"
        );
    }
    for mo in [m(2025, 12), m(2026, 4), m(2026, 11), m(2026, 12), m(2027, 4)] {
        assert!(check_bpu(mo, 1_000_000, None).is_ok(), "{mo}");
        let a = CheckerAnswers {
            kind: Some(MemberGroup::Bpu),
            wage: Some(1_000_000),
            month: Some(mo),
            ..Default::default()
        };
        assert_eq!(a.questions(nov26()), [Question::Kind, Question::Wage], "{mo}");
    }
    // With no month in the answers, today's month decides.
    let a = CheckerAnswers {
        kind: Some(MemberGroup::Bpu),
        wage: Some(1_000_000),
        ..Default::default()
    };
    assert_eq!(a.unanswered(m(2027, 2)), [Question::Sector]);
    assert!(a.unanswered(nov26()).is_empty());
    // November 2026: 5,000 + 3,400 = 8,400.
    assert_eq!(a.check(nov26()).unwrap().packages[0].totals.total, 8_400);
}

#[test]
fn bpu_upcoming_end_of_discount_in_november_2026() {
    // November 2026, no sector asked: both sectors hear when their discount ends.
    // Other: from January 2027, 8,400 → 16,800. Transport: from April 2027, 8,400 → 16,800.
    let r = bpu(nov26(), 1_000_000, None);
    let up = upcoming(&r);
    let find = |s: BpuSector| {
        up.iter()
            .find_map(|n| match *n {
                Notice::Upcoming {
                    from,
                    now,
                    then,
                    sector: Some(x),
                    rule,
                    ..
                } if x == s => Some((from, now, then, rule.regulation)),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no upcoming notice for {s:?}: {up:?}"))
    };
    assert_eq!(find(BpuSector::Other), (m(2027, 1), 8_400, Some(16_800), "PP 50/2025"));
    assert_eq!(
        find(BpuSector::Transport),
        (m(2027, 4), 8_400, Some(16_800), "PP 50/2025")
    );
    assert_eq!(up.len(), 2);
    let other_text = up
        .iter()
        .find(|n| {
            matches!(
                n,
                Notice::Upcoming {
                    sector: Some(BpuSector::Other),
                    ..
                }
            )
        })
        .unwrap()
        .text(Lang::Id);
    assert!(
        other_text.contains("Januari 2027") && other_text.contains("Rp16.800") && other_text.contains("Rp8.400"),
        "{other_text}"
    );
    // With the sector given, only that sector's change is named.
    let o = bpu(nov26(), 1_000_000, Some(BpuSector::Other));
    let up = upcoming(&o);
    assert_eq!(up.len(), 1);
    assert!(matches!(
        up[0],
        Notice::Upcoming { from, then: Some(16_800), sector: Some(BpuSector::Other), .. } if from == m(2027, 1)
    ));
    // March 2026, other sector: the discount starts in April, 16,800 → 8,400.
    let mar = bpu(m(2026, 3), 1_000_000, Some(BpuSector::Other));
    assert!(matches!(
        upcoming(&mar)[..],
        [Notice::Upcoming { from, now: 16_800, then: Some(8_400), .. }] if from == m(2026, 4)
    ));
}

#[test]
fn bpu_second_band() {
    // Income Rp1,150,000: band 1,100,000–1,299,999, base 1,200,000.
    // Without discount (February 2025): JKK 1% = 12,000; JKM 6,800; JHT 2% = 24,000.
    let r = bpu(m(2025, 2), 1_150_000, None);
    assert_eq!(split(&r, Program::Jkk).worker, 12_000);
    assert_eq!(split(&r, Program::Jkm).worker, 6_800);
    assert_eq!(split(&r, Program::Jht).worker, 24_000);
    // 12,000 + 6,800 = 18,800; + 24,000 = 42,800.
    assert_eq!(r.packages[0].totals.total, 18_800);
    assert_eq!(r.packages[1].totals.total, 42_800);
    let jkk = r.line(Program::Jkk).unwrap();
    assert_eq!(
        jkk.rate,
        Rate::PercentOfBase {
            bp: 100,
            base: 1_200_000
        }
    );
    assert!(jkk.uncertain, "the second band comes from one source");
    assert!(r.line(Program::Jht).unwrap().uncertain);
    assert!(!r.line(Program::Jkm).unwrap().uncertain);
    assert!(r.packages[0].totals.uncertain);
    // November 2026 (discount): JKK 12,000 → 6,000; JKM 3,400; JHT stays 24,000.
    let d = bpu(nov26(), 1_150_000, None);
    assert_eq!(split(&d, Program::Jkk).worker, 6_000);
    assert_eq!(d.line(Program::Jkk).unwrap().discount.unwrap().full, 12_000);
    assert_eq!(split(&d, Program::Jkm).worker, 3_400);
    assert_eq!(split(&d, Program::Jht).worker, 24_000);
    // 6,000 + 3,400 = 9,400; + 24,000 = 33,400.
    assert_eq!(d.packages[0].totals.total, 9_400);
    assert_eq!(d.packages[1].totals.total, 33_400);
    // Band edges.
    let base = |income: i64| match bpu(m(2025, 2), income, None).line(Program::Jkk).unwrap().rate {
        Rate::PercentOfBase { base, .. } => Some(base),
        _ => None,
    };
    assert_eq!(base(10_000), Some(1_000_000));
    assert_eq!(base(1_099_999), Some(1_000_000));
    assert_eq!(base(1_100_000), Some(1_200_000));
    assert_eq!(base(1_299_999), Some(1_200_000));
    assert_eq!(base(1_300_000), None);
    // The first band is agreed.
    let low = bpu(m(2025, 2), 500_000, None);
    assert!(!low.line(Program::Jkk).unwrap().uncertain);
    assert!(!low.line(Program::Jht).unwrap().uncertain);
    assert!(!low.packages[1].totals.uncertain);
}

#[test]
fn bpu_income_above_the_known_bands() {
    // Income Rp2,000,000: no band in our sources. JKK and JHT cannot be computed; JKM can.
    let r = bpu(m(2025, 2), 2_000_000, None);
    let jkk = r.line(Program::Jkk).unwrap();
    assert_eq!(jkk.amount, None);
    assert_eq!(jkk.rate, Rate::NotAvailable);
    assert!(jkk.note.unwrap().en.contains("Lampiran II"));
    assert_eq!(r.line(Program::Jht).unwrap().amount, None);
    assert_eq!(split(&r, Program::Jkm).worker, 6_800);
    for p in &r.packages {
        assert!(!p.totals.complete, "{:?}", p.name);
    }
    assert_eq!(r.packages[0].totals.total, 6_800);
    // Discounted JKM in November 2026: 3,400.
    let d = bpu(nov26(), 2_000_000, None);
    assert_eq!(split(&d, Program::Jkm).worker, 3_400);
    assert_eq!(d.line(Program::Jkk).unwrap().amount, None);
    // Benefits use the declared income, flagged: death 48 × 2,000,000 = 96,000,000.
    assert_eq!(
        r.benefit(Program::Jkk, 2).unwrap().amount,
        BenefitAmount::Once(96_000_000)
    );
    assert!(r.benefit(Program::Jkk, 2).unwrap().uncertain);
    assert!(r.benefit(Program::Jht, 0).is_none());
    assert_eq!(Rate::NotAvailable.label(Lang::En), "rate not available");
}

#[test]
fn bpu_benefits_use_the_band_base() {
    // Income Rp500,000: base 1,000,000. Wage replacement 100% × 1,000,000 for 12 months;
    // death 48 × 1,000,000 = 48,000,000; disability 56 × 1,000,000 = 56,000,000.
    let r = bpu(m(2025, 2), 500_000, None);
    assert_eq!(
        r.benefit(Program::Jkk, 1).unwrap().amount,
        BenefitAmount::Monthly {
            per_month: 1_000_000,
            months: 12
        }
    );
    assert_eq!(
        r.benefit(Program::Jkk, 2).unwrap().amount,
        BenefitAmount::Once(48_000_000)
    );
    assert_eq!(
        r.benefit(Program::Jkk, 3).unwrap().amount,
        BenefitAmount::Once(56_000_000)
    );
    assert_eq!(
        r.benefit(Program::Jkm, 0).unwrap().amount,
        BenefitAmount::Once(42_000_000)
    );
    // JHT savings: 2% × 1,000,000 = 20,000 a month.
    assert_eq!(
        r.benefit(Program::Jht, 0).unwrap().amount,
        BenefitAmount::SavingsPerMonth(20_000)
    );
    assert!(r.benefit(Program::Jkp, 0).is_none());
    // The discount does not reduce benefits.
    let d = bpu(nov26(), 500_000, None);
    assert_eq!(d.benefits, r.benefits);
}

#[test]
fn bpu_cannot_join_jp_or_jkp() {
    let r = bpu(nov26(), 2_000_000, None);
    let ex: Vec<Program> = r.excluded.iter().map(|e| e.program).collect();
    assert_eq!(ex, [Program::Jp, Program::Jkp]);
    assert_eq!(r.excluded[0].rule.regulation, "PP 45/2015");
    assert!(r.line(Program::Jp).is_none() && r.line(Program::Jkp).is_none());
    assert!(!r.line(Program::Jht).unwrap().required);
    assert!(r.line(Program::Jkk).unwrap().required);
}

// ---------------------------------------------------------------------------
// Construction (Jakon)
// ---------------------------------------------------------------------------

#[test]
fn jakon_marginal_bands_worked_example() {
    // Rp850,000,000:
    //   up to 100 jt:       100 jt × 0.21% = 210,000; JKM × 0.03% = 30,000
    //   100 jt to 500 jt:   400 jt × 0.17% = 680,000; JKM × 0.02% = 80,000
    //   500 jt to 850 jt:   350 jt × 0.13% = 455,000; JKM × 0.02% = 70,000
    //   JKK 1,345,000; JKM 180,000.
    let r = jakon(850_000_000);
    assert_eq!(r.period, Period::Contract);
    assert_eq!(r.basis, Some(850_000_000));
    assert_eq!(split(&r, Program::Jkk), employer_worker(1_345_000, 0));
    assert_eq!(split(&r, Program::Jkm), employer_worker(180_000, 0));
    assert_eq!(r.line(Program::Jkk).unwrap().payer, Payer::Contractor);
    assert_eq!(r.line(Program::Jkk).unwrap().rate, Rate::Marginal);
    let t = r.packages[0].totals;
    assert_eq!((t.total, t.worker), (1_525_000, 0));
    assert!(t.complete && !t.uncertain);
    let pieces: Vec<(i64, i64, i64, i64)> = r.breakdown.iter().map(|p| (p.from, p.to, p.jkk, p.jkm)).collect();
    assert_eq!(
        pieces,
        [
            (0, 100_000_000, 210_000, 30_000),
            (100_000_000, 500_000_000, 680_000, 80_000),
            (500_000_000, 850_000_000, 455_000, 70_000),
        ]
    );
    assert_eq!(
        (r.breakdown[1].jkk_bp, r.breakdown[1].jkm_bp, r.breakdown[2].jkk_bp),
        (17, 2, 13)
    );
    let ex: Vec<Program> = r.excluded.iter().map(|e| e.program).collect();
    assert_eq!(ex, [Program::Jht, Program::Jp, Program::Jkp]);
    assert!(r.benefits.is_empty() && r.benefits_note.is_some());
    assert_eq!(
        r.notices,
        [Notice::JakonWageRates {
            jkk_bp: 174,
            jkm_bp: 30,
            rule: JAKON_WAGE_RATES.rule
        }]
    );
}

#[test]
fn jakon_at_each_band_edge() {
    // (value, JKK, JKM), by hand:
    // 100 jt:  210,000 / 30,000.
    // 500 jt:  210,000 + 400 jt × 0.17% (680,000) = 890,000; 30,000 + 400 jt × 0.02% (80,000) = 110,000.
    // 1 M:     890,000 + 500 jt × 0.13% (650,000) = 1,540,000; 110,000 + 500 jt × 0.02% (100,000) = 210,000.
    // 5 M:     1,540,000 + 4 M × 0.11% (4,400,000) = 5,940,000; 210,000 + 4 M × 0.01% (400,000) = 610,000.
    // 6 M:     5,940,000 + 1 M × 0.09% (900,000) = 6,840,000; 610,000 + 1 M × 0.01% (100,000) = 710,000.
    for (value, jkk, jkm, n_pieces) in [
        (100_000_000, 210_000, 30_000, 1),
        (500_000_000, 890_000, 110_000, 2),
        (850_000_000, 1_345_000, 180_000, 3),
        (1_000_000_000, 1_540_000, 210_000, 3),
        (5_000_000_000, 5_940_000, 610_000, 4),
        (6_000_000_000, 6_840_000, 710_000, 5),
    ] {
        let (k, d, pieces) = jakon_by_contract(value);
        assert_eq!((k, d), (jkk, jkm), "contract {value}");
        assert_eq!(pieces.len(), n_pieces, "contract {value}");
        // On band edges every piece is whole Rupiah: the pieces add up to the totals.
        assert_eq!(pieces.iter().map(|p| p.jkk).sum::<i64>(), jkk, "contract {value}");
        assert_eq!(pieces.iter().map(|p| p.jkm).sum::<i64>(), jkm, "contract {value}");
        // The pieces cover the value without gaps.
        assert_eq!(pieces[0].from, 0);
        assert_eq!(pieces.last().unwrap().to, value);
        for pair in pieces.windows(2) {
            assert_eq!(pair[0].to, pair[1].from);
        }
        let r = jakon(value);
        assert_eq!(split(&r, Program::Jkk).employer, jkk);
        assert_eq!(split(&r, Program::Jkm).employer, jkm);
    }
}

#[test]
fn jakon_fractions_round_once_per_programme() {
    // 100,000,001: JKK 100,000,000 × 0.21% + 1 × 0.17% = 210,000 + 0.0017 → 210,000;
    // JKM 30,000 + 0.0002 → 30,000. A second (tiny) piece appears.
    let (k, d, pieces) = jakon_by_contract(100_000_001);
    assert_eq!((k, d), (210_000, 30_000));
    assert_eq!(pieces.len(), 2);
    assert_eq!(
        (pieces[1].from, pieces[1].to, pieces[1].jkk, pieces[1].jkm),
        (100_000_000, 100_000_001, 0, 0)
    );
    // 100,002,500: JKK 210,000 + 2,500 × 0.17% (4.25) = 210,004.25 → 210,004;
    // JKM 30,000 + 2,500 × 0.02% (0.5) = 30,000.5 → 30,001 (half rounds up).
    let (k, d, _) = jakon_by_contract(100_002_500);
    assert_eq!((k, d), (210_004, 30_001));
    // 12,345,678 (first band only): 0.21% = 25,925.92 → 25,926; 0.03% = 3,703.70 → 3,704.
    let r = jakon(12_345_678);
    assert_eq!(split(&r, Program::Jkk).employer, 25_926);
    assert_eq!(split(&r, Program::Jkm).employer, 3_704);
    // 50,000,000: 105,000 + 15,000.
    assert_eq!(jakon(50_000_000).packages[0].totals.total, 120_000);
    // Per-piece rounding vs. one rounding: 300,000,005 gives pieces 210,000 + 340,000.0085
    // → JKK 550,000.0085 → 550,000.
    let (k, _, _) = jakon_by_contract(300_000_005);
    assert_eq!(k, 550_000);
}

#[test]
fn jakon_jkm_is_flagged_above_one_billion_only() {
    for (value, flagged) in [
        (100_000_000, false),
        (850_000_000, false),
        (1_000_000_000, false),
        (1_000_000_001, true),
        (5_000_000_000, true),
        (6_000_000_000, true),
    ] {
        let r = jakon(value);
        let jkm = r.line(Program::Jkm).unwrap();
        assert_eq!(jkm.uncertain, flagged, "contract {value}");
        assert_eq!(
            jkm.caveat.is_some(),
            flagged,
            "contract {value}: the caveat explains the flag"
        );
        assert!(!r.line(Program::Jkk).unwrap().uncertain, "contract {value}");
        assert_eq!(r.packages[0].totals.uncertain, flagged);
    }
}

// ---------------------------------------------------------------------------
// Migrant workers (PMI)
// ---------------------------------------------------------------------------

#[test]
fn pmi_pays_by_contract_length() {
    // Before departure 37,500; during and after: 6 months 108,000, 12 months 189,000, 24 months 332,500.
    // 37,500 + 108,000 = 145,500; 37,500 + 189,000 = 226,500; 37,500 + 332,500 = 370,000.
    for (c, months, during, total) in [
        (PmiContract::Months6, 6, 108_000, 145_500),
        (PmiContract::Months12, 12, 189_000, 226_500),
        (PmiContract::Months24, 24, 332_500, 370_000),
    ] {
        let r = check_pmi(nov26(), c);
        assert_eq!(r.kind, MemberGroup::Pmi);
        assert_eq!(r.period, Period::Placement(months));
        assert_eq!(r.basis, None);
        let fixed: Vec<_> = r
            .lines
            .iter()
            .filter(|l| l.required)
            .map(|l| l.amount.unwrap().total())
            .collect();
        assert_eq!(fixed, [37_500, during], "{c:?}");
        let t = r.packages[0].totals;
        assert_eq!(
            (t.total, t.unassigned, t.employer, t.worker),
            (total, total, 0, 0),
            "{c:?}"
        );
        assert!(t.complete);
        assert_eq!(r.lines[0].payer, Payer::NotStated);
        assert_eq!(r.lines[0].rule.regulation, "Permenaker 4/2023");
        assert_eq!(
            r.notices,
            [Notice::PmiExtraMonth {
                per_month: 13_500,
                rule: PMI_CONTRIBUTIONS.rule
            }]
        );
    }
    assert_eq!(Period::Placement(12).label(Lang::Id), "per kontrak kerja 12 bulan");
}

#[test]
fn pmi_jht_is_a_choice_and_disputed_benefits_are_flagged() {
    let r = check_pmi(nov26(), PmiContract::Months24);
    let jht = r.line(Program::Jht).unwrap();
    assert!(!jht.required);
    assert_eq!(jht.amount, None, "the member chooses the amount");
    match jht.rate {
        Rate::Choice(options) => {
            assert_eq!(options, [50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000]);
        }
        other => panic!("JHT rate {other:?}"),
    }
    assert_eq!(jht.rule.regulation, "Permenaker 4/2023");
    assert!(jht.rate.label(Lang::Id).contains("Rp50.000") && jht.rate.label(Lang::Id).contains("Rp600.000"));
    let benefit_of = |amount: i64| {
        r.benefits
            .iter()
            .find(|b| b.amount == BenefitAmount::Once(amount))
            .unwrap_or_else(|| panic!("no benefit of {amount}"))
    };
    // Rp85 juta during work: agreed.
    let during = benefit_of(85_000_000);
    assert_eq!(during.program, Program::Jkm);
    assert!(!during.uncertain);
    // Rp42 juta outside work: disputed (an older page gives Rp24 juta).
    let outside = benefit_of(42_000_000);
    assert_eq!(outside.program, Program::Jkm);
    assert!(outside.uncertain);
    assert!(outside.caveat.unwrap().id.contains("Rp24 juta"));
    // Failed departure Rp10 juta: disputed (Rp7,5 juta elsewhere).
    let failed = benefit_of(10_000_000);
    assert_eq!(failed.program, Program::Jkk);
    assert!(failed.uncertain);
    assert!(failed.caveat.unwrap().id.contains("Rp7,5 juta"));
    // Rape Rp50 juta: a single source.
    assert!(benefit_of(50_000_000).uncertain);
    let ex: Vec<Program> = r.excluded.iter().map(|e| e.program).collect();
    assert_eq!(ex, [Program::Jp, Program::Jkp]);
}

// ---------------------------------------------------------------------------
// Programme-page facts
// ---------------------------------------------------------------------------

#[test]
fn fact_jp_wage_cap_by_month() {
    let f = fact_line_for(Fact::JpWageCap, m(2026, 11), Lang::Id);
    assert!(f.text.contains("Rp11.086.300"), "{}", f.text);
    assert!(f.text.contains("November 2026"), "{}", f.text);
    assert!(!f.verified, "secondary sources only");
    assert_eq!(f.in_force, InForce::between(m(2026, 3), m(2027, 2)));
    assert_eq!(f.rule.regulation, "PP 45/2015");
    let en = fact_line_for(Fact::JpWageCap, m(2026, 11), Lang::En);
    assert!(en.text.contains("Rp11,086,300"), "{}", en.text);
    // March 2027: no cap known, the last one is shown with its months.
    let f = fact_line_for(Fact::JpWageCap, m(2027, 3), Lang::Id);
    assert!(f.text.contains("belum kami ketahui"), "{}", f.text);
    assert!(
        f.text.contains("Rp11.086.300") && f.text.contains("Februari 2027"),
        "{}",
        f.text
    );
    assert!(!f.verified);
    let en = fact_line_for(Fact::JpWageCap, m(2027, 3), Lang::En);
    assert!(
        en.text.contains("do not know") && en.text.contains("Rp11,086,300"),
        "{}",
        en.text
    );
    // June 2025: the agreed 2025 cap.
    let f = fact_line_for(Fact::JpWageCap, m(2025, 6), Lang::Id);
    assert!(f.text.contains("Rp10.547.400"), "{}", f.text);
    assert!(f.verified);
    // February 2025: the 2024 cap.
    assert!(fact_line_for(Fact::JpWageCap, m(2025, 2), Lang::Id)
        .text
        .contains("Rp10.042.300"));
}

#[test]
fn fact_jp_min_pension_by_month() {
    let f = fact_line_for(Fact::JpMinPension, m(2025, 6), Lang::Id);
    assert!(f.text.contains("Rp399.700"), "{}", f.text);
    assert!(!f.verified, "one source only");
    let f = fact_line_for(Fact::JpMinPension, m(2025, 2), Lang::Id);
    assert!(f.text.contains("Rp393.500"), "{}", f.text);
    let f = fact_line_for(Fact::JpMinPension, m(2026, 11), Lang::Id);
    assert!(
        f.text.contains("belum kami ketahui") && f.text.contains("Rp399.700"),
        "{}",
        f.text
    );
    let en = fact_line_for(Fact::JpMinPension, m(2026, 11), Lang::En);
    assert!(en.text.contains("Rp399,700"), "{}", en.text);
}

#[test]
fn fact_unknown_min_pension_keeps_the_acronym_in_english() {
    let en = fact_line_for(Fact::JpMinPension, m(2026, 11), Lang::En);
    assert!(en.text.contains("JP"), "{}", en.text);
}

#[test]
fn fact_bpu_minimum_by_month() {
    // November 2026: every sector pays half: 5,000 + 3,400 = 8,400 (full 16,800).
    let f = fact_line_for(Fact::BpuMinimum, m(2026, 11), Lang::Id);
    assert!(f.text.contains("Rp8.400"), "{}", f.text);
    assert!(!f.text.contains("transportasi"), "{}", f.text);
    assert_eq!(f.rule.regulation, "PP 50/2025");
    // January 2027: transport 8,400, other work 16,800.
    let f = fact_line_for(Fact::BpuMinimum, m(2027, 1), Lang::Id);
    assert!(f.text.contains("Rp8.400 untuk pekerja transportasi"), "{}", f.text);
    assert!(f.text.contains("Rp16.800 untuk pekerjaan lain"), "{}", f.text);
    let en = fact_line_for(Fact::BpuMinimum, m(2027, 1), Lang::En);
    assert!(
        en.text.contains("Rp8,400 for transport") && en.text.contains("Rp16,800 for other"),
        "{}",
        en.text
    );
    // May 2027: no discount: 16,800 for all.
    let f = fact_line_for(Fact::BpuMinimum, m(2027, 5), Lang::Id);
    assert!(f.text.contains("Rp16.800") && !f.text.contains("8.400"), "{}", f.text);
}

#[test]
fn fact_lines_state_the_rule_values() {
    let id = |f: Fact, mo: Month| fact_line_for(f, mo, Lang::Id).text;
    // BPU JKK: 1% × 1,000,000 = 10,000; 1% × 1,200,000 = 12,000.
    let jkk = id(Fact::BpuJkk, nov26());
    assert!(jkk.contains("Rp10.000") && jkk.contains("Rp12.000"), "{jkk}");
    assert!(jkk.contains("semua pekerja BPU membayar separuhnya"), "{jkk}");
    assert!(id(Fact::BpuJkk, m(2026, 2)).contains("hanya pekerja transportasi"));
    assert!(
        id(Fact::BpuJkk, m(2026, 5)).contains("selain transportasi") || id(Fact::BpuJkk, m(2026, 5)).contains("semua")
    );
    assert!(id(Fact::BpuJkk, m(2027, 6)).contains("tidak ada potongan"));
    assert!(id(Fact::BpuJkm, nov26()).contains("Rp6.800"));
    // BPU JHT: 2% × 1,000,000 = 20,000; 2% × 1,200,000 = 24,000.
    let jht = id(Fact::BpuJht, nov26());
    assert!(jht.contains("Rp20.000") && jht.contains("Rp24.000"), "{jht}");
    let disc = id(Fact::BpuDiscount, nov26());
    assert!(
        disc.contains("Januari 2026 sampai Maret 2027") && disc.contains("April 2026 sampai Desember 2026"),
        "{disc}"
    );
    let jakon_rates = id(Fact::JakonContractRates, nov26());
    for s in [
        "0,21%",
        "0,17%",
        "0,13%",
        "0,11%",
        "0,09%",
        "0,03%",
        "0,01%",
        "Rp5.000.000.000",
    ] {
        assert!(jakon_rates.contains(s), "{s} in {jakon_rates}");
    }
    let wage_rates = id(Fact::JakonWageRates, nov26());
    assert!(
        wage_rates.contains("1,74%") && wage_rates.contains("0,3%"),
        "{wage_rates}"
    );
    let pmi = id(Fact::PmiContributions, nov26());
    for s in ["Rp37.500", "Rp108.000", "Rp189.000", "Rp332.500", "Rp13.500"] {
        assert!(pmi.contains(s), "{s} in {pmi}");
    }
    let pmi_jht = id(Fact::PmiJht, nov26());
    assert!(
        pmi_jht.contains("Rp50.000") && pmi_jht.contains("Rp600.000"),
        "{pmi_jht}"
    );
}

#[test]
fn fact_lines_are_bilingual_in_every_month() {
    for mo in selectable_months() {
        for f in ALL_FACTS {
            let id = fact_line_for(f, mo, Lang::Id);
            let en = fact_line_for(f, mo, Lang::En);
            for s in [&id.text, &en.text] {
                assert!(!s.trim().is_empty(), "{f:?} {mo}");
                assert_eq!(s.as_str(), s.trim(), "{f:?} {mo}");
                assert!(!s.contains("  "), "{f:?} {mo}: {s:?}");
            }
            assert_ne!(id.text, en.text, "{f:?} {mo}");
            assert_eq!(
                (id.rule, id.in_force, id.verified),
                (en.rule, en.in_force, en.verified),
                "{f:?} {mo}"
            );
            assert!(!id.rule.regulation.is_empty());
            assert!(!id.sources.is_empty(), "{f:?} {mo}");
        }
    }
}

// ---------------------------------------------------------------------------
// Validation and errors
// ---------------------------------------------------------------------------

#[test]
fn bad_amounts_are_typed_errors_not_panics() {
    let r1 = RiskClass::new(1).unwrap();
    let big = CompanySize::MediumLarge;
    assert_eq!(
        check_pu(nov26(), 0, r1, big).unwrap_err(),
        CheckError::NotPositive(Question::Wage)
    );
    assert_eq!(
        check_pu(nov26(), -5_000_000, r1, big).unwrap_err(),
        CheckError::NotPositive(Question::Wage)
    );
    assert_eq!(
        check_pu(nov26(), 5, r1, big).unwrap_err(),
        CheckError::TooSmall {
            question: Question::Wage,
            min: 10_000
        }
    );
    assert_eq!(
        check_bpu(nov26(), 2_000_000_000, None).unwrap_err(),
        CheckError::TooLarge {
            question: Question::Wage,
            max: 1_000_000_000
        }
    );
    assert!(check_pu(nov26(), i64::MAX, r1, CompanySize::MicroSmall).is_err());
    assert!(check_pu(nov26(), i64::MIN, r1, CompanySize::MicroSmall).is_err());
    assert_eq!(
        check_jakon(nov26(), 0).unwrap_err(),
        CheckError::NotPositive(Question::ContractValue)
    );
    assert!(check_jakon(nov26(), i64::MAX).is_err());
    // Boundaries of the accepted range.
    assert!(check_bpu(nov26(), 10_000, None).is_ok());
    assert!(check_bpu(nov26(), 9_999, None).is_err());
    assert!(check_bpu(nov26(), 1_000_000_000, None).is_ok());
    assert!(check_jakon(nov26(), MAX_CONTRACT_VALUE).is_ok());
}

#[test]
fn months_outside_the_window_are_refused() {
    let out = CheckError::MonthOutOfRange {
        earliest: m(2025, 2),
        latest: m(2030, 12),
    };
    let r1 = RiskClass::new(1).unwrap();
    assert_eq!(
        check_pu(m(2025, 1), 5_000_000, r1, CompanySize::MediumLarge).unwrap_err(),
        out
    );
    assert_eq!(
        check_pu(m(2031, 1), 5_000_000, r1, CompanySize::MediumLarge).unwrap_err(),
        out
    );
    assert_eq!(check_bpu(m(2019, 1), 1_000_000, None).unwrap_err(), out);
    assert_eq!(check_jakon(m(2031, 1), 100_000_000).unwrap_err(), out);
    assert!(check_pu(m(2025, 2), 5_000_000, r1, CompanySize::MediumLarge).is_ok());
    assert!(check_pu(m(2030, 12), 5_000_000, r1, CompanySize::MediumLarge).is_ok());
    assert_eq!(validate_month(m(2030, 12)), Ok(m(2030, 12)));
    assert_eq!(validate_month(m(2025, 1)), Err(out));
    let a = CheckerAnswers {
        kind: Some(MemberGroup::Pmi),
        pmi_contract: Some(PmiContract::Months6),
        ..Default::default()
    };
    assert_eq!(
        a.check(m(2024, 12)).unwrap_err(),
        out,
        "today's month outside the window"
    );
}

#[test]
fn future_month_notice() {
    let r = pu_in(m(2027, 1), 5_000_000, 1, CompanySize::MediumLarge);
    let later = r.clone().with_today(m(2026, 11));
    assert!(later.notices.contains(&Notice::FutureMonth { month: m(2027, 1) }));
    let text = Notice::FutureMonth { month: m(2027, 1) }.text(Lang::Id);
    assert!(text.contains("Januari 2027"), "{text}");
    let same = r.clone().with_today(m(2027, 1));
    assert!(!same.notices.iter().any(|n| matches!(n, Notice::FutureMonth { .. })));
    let past = r.clone().with_today(m(2027, 6));
    assert_eq!(past, r);
}

#[test]
fn errors_translate_into_both_languages() {
    let errors = [
        CheckError::Missing(Question::RiskClass),
        CheckError::Missing(Question::Wage),
        CheckError::Missing(Question::Sector),
        CheckError::Missing(Question::PmiContract),
        CheckError::NotAChoice(Question::Kind),
        CheckError::NotAChoice(Question::Month),
        CheckError::NotANumber(Question::Wage),
        CheckError::NotPositive(Question::Wage),
        CheckError::NotPositive(Question::ContractValue),
        CheckError::TooSmall {
            question: Question::Wage,
            min: MIN_AMOUNT,
        },
        CheckError::TooLarge {
            question: Question::ContractValue,
            max: MAX_CONTRACT_VALUE,
        },
        CheckError::MonthOutOfRange {
            earliest: EARLIEST_MONTH,
            latest: LATEST_MONTH,
        },
    ];
    for e in errors {
        let id = e.message(Lang::Id);
        let en = e.message(Lang::En);
        assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{e:?}");
        assert_ne!(id, en, "{e:?}");
        assert_eq!(e.to_string(), id);
    }
    // Amount messages name the question.
    for e in [
        CheckError::NotANumber(Question::Wage),
        CheckError::NotPositive(Question::ContractValue),
        CheckError::TooSmall {
            question: Question::Wage,
            min: MIN_AMOUNT,
        },
    ] {
        assert!(e.message(Lang::Id).contains(e.question().label().id));
        assert!(e.message(Lang::En).contains(e.question().label().en));
    }
    assert_eq!(
        CheckError::TooSmall { question: Question::Wage, min: 10_000 }.message(Lang::Id),
        "Upah atau penghasilan sebulan terlalu kecil (kurang dari Rp10.000). Tulis angka lengkap, misalnya 5000000 untuk Rp5 juta."
    );
    let month = CheckError::MonthOutOfRange {
        earliest: EARLIEST_MONTH,
        latest: LATEST_MONTH,
    };
    assert_eq!(month.question(), Question::Month);
    assert!(month.message(Lang::Id).contains("Februari 2025") && month.message(Lang::Id).contains("Desember 2030"));
    assert!(month.message(Lang::En).contains("February 2025") && month.message(Lang::En).contains("December 2030"));
    assert_eq!(
        CheckError::Missing(Question::Sector).message(Lang::Id),
        "Pilih bidang kerja Anda."
    );
    // Every question has a key, a label and a choice message in both languages.
    for q in Question::ALL {
        assert_eq!(Question::from_key(q.key()), Some(q));
        assert_ne!(q.label().id, q.label().en);
        assert_ne!(q.choice_error().id, q.choice_error().en);
    }
}

#[test]
fn answers_check_asks_in_order() {
    let today = nov26();
    let mut a = CheckerAnswers::default();
    assert_eq!(a.check(today).unwrap_err(), CheckError::Missing(Question::Kind));
    assert_eq!(a.unanswered(today), [Question::Kind]);
    a.kind = Some(MemberGroup::Pu);
    assert_eq!(a.check(today).unwrap_err(), CheckError::Missing(Question::Wage));
    assert_eq!(
        a.unanswered(today),
        [Question::Wage, Question::RiskClass, Question::CompanySize]
    );
    a.wage = Some(0);
    assert_eq!(a.check(today).unwrap_err(), CheckError::Missing(Question::RiskClass));
    a.risk = RiskClass::new(2);
    a.size = Some(CompanySize::MediumLarge);
    assert_eq!(a.check(today).unwrap_err(), CheckError::NotPositive(Question::Wage));
    a.wage = Some(5_000_000);
    let r = a.check(today).unwrap();
    assert_eq!(r.month, today);
    assert_eq!(r.packages[0].totals.total, 477_000);
    assert!(a.unanswered(today).is_empty());
    let jakon = CheckerAnswers {
        kind: Some(MemberGroup::Jakon),
        ..Default::default()
    };
    assert_eq!(
        jakon.check(today).unwrap_err(),
        CheckError::Missing(Question::ContractValue)
    );
    let pmi = CheckerAnswers {
        kind: Some(MemberGroup::Pmi),
        ..Default::default()
    };
    assert_eq!(pmi.unanswered(today), [Question::PmiContract]);
    assert_eq!(
        pmi.check(today).unwrap_err(),
        CheckError::Missing(Question::PmiContract)
    );
    let pmi = CheckerAnswers {
        pmi_contract: Some(PmiContract::Months12),
        ..pmi
    };
    assert_eq!(pmi.check(today).unwrap(), check_pmi(today, PmiContract::Months12));
}

#[test]
fn answers_set_validates_each_value() {
    let mut a = CheckerAnswers::default();
    assert_eq!(
        a.set(Question::Kind, "tukang"),
        Err(CheckError::NotAChoice(Question::Kind))
    );
    assert_eq!(a.set(Question::Kind, " BPU "), Ok(()));
    assert_eq!(a.kind, Some(MemberGroup::Bpu));
    assert_eq!(a.set(Question::Wage, "1,5 juta"), Ok(()));
    assert_eq!(a.wage, Some(1_500_000));
    assert_eq!(
        a.set(Question::Wage, "abc"),
        Err(CheckError::NotANumber(Question::Wage))
    );
    assert_eq!(a.wage, Some(1_500_000), "a bad value leaves the answer as it was");
    assert_eq!(a.set(Question::Wage, "0"), Err(CheckError::NotPositive(Question::Wage)));
    assert_eq!(a.set(Question::Wage, ""), Err(CheckError::Missing(Question::Wage)));
    assert_eq!(
        a.set(Question::Sector, "ojol"),
        Err(CheckError::NotAChoice(Question::Sector))
    );
    assert_eq!(a.set(Question::Sector, "transport"), Ok(()));
    assert_eq!(a.sector, Some(BpuSector::Transport));
    assert_eq!(
        a.set(Question::PmiContract, "7"),
        Err(CheckError::NotAChoice(Question::PmiContract))
    );
    assert_eq!(a.set(Question::PmiContract, "12 bulan"), Ok(()));
    assert_eq!(a.pmi_contract, Some(PmiContract::Months12));
    assert_eq!(
        a.set(Question::Month, "2026-13"),
        Err(CheckError::NotAChoice(Question::Month))
    );
    assert_eq!(
        a.set(Question::Month, "2019-01"),
        Err(CheckError::MonthOutOfRange {
            earliest: EARLIEST_MONTH,
            latest: LATEST_MONTH
        })
    );
    assert_eq!(a.set(Question::Month, "2026-11"), Ok(()));
    assert_eq!(a.month, Some(m(2026, 11)));
    assert_eq!(
        a.set(Question::RiskClass, "9"),
        Err(CheckError::NotAChoice(Question::RiskClass))
    );
    assert_eq!(
        a.set(Question::CompanySize, "raksasa"),
        Err(CheckError::NotAChoice(Question::CompanySize))
    );
    assert_eq!(a.set(Question::ContractValue, "2 miliar"), Ok(()));
    assert_eq!(a.contract, Some(2_000_000_000));
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
        ("bulan", "2026-11"),
    ]);
    assert_eq!(a.kind, Some(MemberGroup::Pu));
    assert_eq!(a.wage, Some(5_000_000));
    assert_eq!(a.risk, RiskClass::new(2));
    assert_eq!(a.size, Some(CompanySize::MediumLarge));
    assert_eq!(a.month, Some(m(2026, 11)));
    assert_eq!(
        a.to_query_string(),
        "jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11"
    );
    assert_eq!(CheckerAnswers::from_query(&a.to_query()), a);
    assert_eq!(CheckerAnswers::from_query_string(&a.to_query_string()), a);
    assert_eq!(
        CheckerAnswers::from_query_string("?jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11&lang=en"),
        a
    );

    let b = CheckerAnswers {
        kind: Some(MemberGroup::Bpu),
        wage: Some(1_000_000),
        sector: Some(BpuSector::Transport),
        month: Some(m(2026, 2)),
        ..Default::default()
    };
    assert_eq!(
        b.to_query_string(),
        "jenis=bpu&upah=1000000&sektor=transportasi&bulan=2026-02"
    );
    assert_eq!(CheckerAnswers::from_query_string(&b.to_query_string()), b);
    // A sector kept in a month where it does not matter is harmless and kept.
    let b11 = CheckerAnswers {
        month: Some(nov26()),
        ..b
    };
    assert_eq!(
        b11.to_query_string(),
        "jenis=bpu&upah=1000000&sektor=transportasi&bulan=2026-11"
    );
    assert_eq!(CheckerAnswers::from_query_string(&b11.to_query_string()), b11);

    let pmi = CheckerAnswers {
        kind: Some(MemberGroup::Pmi),
        pmi_contract: Some(PmiContract::Months12),
        month: Some(nov26()),
        ..Default::default()
    };
    assert_eq!(pmi.to_query_string(), "jenis=pmi&lama=12&bulan=2026-11");
    assert_eq!(CheckerAnswers::from_query_string(&pmi.to_query_string()), pmi);

    let j = CheckerAnswers {
        kind: Some(MemberGroup::Jakon),
        contract: Some(75_000_000),
        ..Default::default()
    };
    assert_eq!(j.to_query_string(), "jenis=jakon&kontrak=75000000");
    assert_eq!(CheckerAnswers::from_query_string(&j.to_query_string()), j);
    assert_eq!(CheckerAnswers::default().to_query_string(), "");
}

#[test]
fn query_keeps_only_relevant_answers_for_the_kind() {
    let a = CheckerAnswers {
        kind: Some(MemberGroup::Bpu),
        wage: Some(1_500_000),
        risk: RiskClass::new(3),
        size: Some(CompanySize::MicroSmall),
        contract: Some(100_000),
        sector: None,
        pmi_contract: Some(PmiContract::Months6),
        month: None,
    };
    assert_eq!(a.to_query_string(), "jenis=bpu&upah=1500000");
    // With no kind yet, nothing is dropped.
    let b = CheckerAnswers { kind: None, ..a };
    assert_eq!(
        b.to_query_string(),
        "upah=1500000&risiko=3&usaha=kecil&kontrak=100000&lama=6"
    );
    assert_eq!(CheckerAnswers::from_query_string(&b.to_query_string()), b);
    // A PU link carries no sector.
    let c = CheckerAnswers {
        kind: Some(MemberGroup::Pu),
        sector: Some(BpuSector::Other),
        ..a
    };
    assert_eq!(c.to_query_string(), "jenis=pu&upah=1500000&risiko=3&usaha=kecil");
}

#[test]
fn query_reads_every_answer() {
    let a = CheckerAnswers::from_query_string("?jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11&lang=en");
    assert_eq!(
        a,
        CheckerAnswers {
            kind: Some(MemberGroup::Pu),
            wage: Some(5_000_000),
            risk: RiskClass::new(2),
            size: Some(CompanySize::MediumLarge),
            month: Some(m(2026, 11)),
            ..Default::default()
        }
    );
    let b = CheckerAnswers::from_query_string("jenis=bpu&upah=1000000&sektor=transportasi&bulan=2026-02");
    assert_eq!(
        (b.kind, b.wage, b.sector, b.month),
        (
            Some(MemberGroup::Bpu),
            Some(1_000_000),
            Some(BpuSector::Transport),
            Some(m(2026, 2))
        )
    );
    let p = CheckerAnswers::from_query_string("jenis=pmi&lama=12&bulan=2026-11");
    assert_eq!(
        (p.kind, p.pmi_contract, p.month),
        (Some(MemberGroup::Pmi), Some(PmiContract::Months12), Some(nov26()))
    );
    // Without a kind every answer given is written, and read back.
    let c = CheckerAnswers {
        wage: Some(1_500_000),
        risk: RiskClass::new(3),
        size: Some(CompanySize::MicroSmall),
        contract: Some(100_000),
        sector: Some(BpuSector::Other),
        pmi_contract: Some(PmiContract::Months24),
        month: Some(m(2027, 3)),
        ..Default::default()
    };
    assert_eq!(
        c.to_query_string(),
        "upah=1500000&risiko=3&usaha=kecil&kontrak=100000&sektor=lain&lama=24&bulan=2027-03"
    );
    assert_eq!(CheckerAnswers::from_query_string(&c.to_query_string()), c);
    assert_eq!(CheckerAnswers::default().to_query_string(), "");
}

#[test]
fn url_step_asks_a_bad_month_first() {
    let today = nov26();
    let out = CheckerUrl::from_query_string("jenis=bpu&upah=1000000&bulan=2019-01");
    assert_eq!(
        out.step(today),
        Step::Ask {
            question: Question::Month,
            error: Some(CheckError::MonthOutOfRange {
                earliest: EARLIEST_MONTH,
                latest: LATEST_MONTH
            }),
        }
    );
    assert_eq!(out.raw(Question::Month), Some("2019-01"));
    assert_eq!(out.answers.month, None);
    let bad = CheckerUrl::from_query_string("jenis=bpu&upah=1000000&bulan=2026-13");
    assert_eq!(
        bad.step(today),
        Step::Ask {
            question: Question::Month,
            error: Some(CheckError::NotAChoice(Question::Month))
        }
    );
    // A bad month is asked even before a bad wage.
    let both = CheckerUrl::from_query_string("jenis=bpu&upah=abc&bulan=2026-13");
    assert!(matches!(
        both.step(today),
        Step::Ask {
            question: Question::Month,
            ..
        }
    ));
}

#[test]
fn url_step_computes_for_today_without_a_month() {
    let url = CheckerUrl::from_query_string("jenis=bpu&upah=1000000");
    match url.step(nov26()) {
        Step::Done(r) => {
            assert_eq!(r.month, m(2026, 11));
            // November 2026: 5,000 + 3,400 = 8,400.
            assert_eq!(r.packages[0].totals.total, 8_400);
        }
        other => panic!("{other:?}"),
    }
    // The same link in May 2027: no discount, 16,800.
    match url.step(m(2027, 5)) {
        Step::Done(r) => assert_eq!(r.packages[0].totals.total, 16_800),
        other => panic!("{other:?}"),
    }
    // And in February 2026 the sector is asked.
    assert_eq!(
        url.step(m(2026, 2)),
        Step::Ask {
            question: Question::Sector,
            error: None
        }
    );
    // A month in the link wins over today.
    let url = CheckerUrl::from_query_string("jenis=bpu&upah=1000000&sektor=lain&bulan=2026-02");
    match url.step(nov26()) {
        Step::Done(r) => {
            assert_eq!(r.month, m(2026, 2));
            assert_eq!(r.packages[0].totals.total, 16_800);
        }
        other => panic!("{other:?}"),
    }
    // PMI with a 12-month contract: 226,500.
    match CheckerUrl::from_query_string("jenis=pmi&lama=12").step(nov26()) {
        Step::Done(r) => assert_eq!(r.packages[0].totals.total, 226_500),
        other => panic!("{other:?}"),
    }
}

#[test]
fn url_step_asks_again_for_bad_values_and_ubah() {
    let today = nov26();
    let ask = |q: &str| CheckerUrl::from_query_string(q).step(today);
    assert_eq!(
        ask("jenis=pu&upah=5000000&risiko=2&usaha=besar&ubah=upah"),
        Step::Ask {
            question: Question::Wage,
            error: None
        }
    );
    assert_eq!(
        ask("jenis=pu&upah=5000000&risiko=2&usaha=besar&ubah=bulan"),
        Step::Ask {
            question: Question::Month,
            error: None
        }
    );
    // ubah for a question that does not apply is ignored.
    assert!(matches!(
        ask("jenis=pu&upah=5000000&risiko=2&usaha=besar&ubah=lama"),
        Step::Done(_)
    ));
    assert_eq!(
        ask("jenis=pu&upah=abc&risiko=2&usaha=besar"),
        Step::Ask {
            question: Question::Wage,
            error: Some(CheckError::NotANumber(Question::Wage))
        }
    );
    assert_eq!(
        ask("jenis=pu&upah=5000000&risiko=9&usaha=besar"),
        Step::Ask {
            question: Question::RiskClass,
            error: Some(CheckError::NotAChoice(Question::RiskClass))
        }
    );
    assert_eq!(
        ask("jenis=tukang&upah=5000000"),
        Step::Ask {
            question: Question::Kind,
            error: Some(CheckError::NotAChoice(Question::Kind))
        }
    );
    assert_eq!(
        ask("jenis=pmi&lama=7"),
        Step::Ask {
            question: Question::PmiContract,
            error: Some(CheckError::NotAChoice(Question::PmiContract))
        }
    );
    assert_eq!(
        ask("jenis=bpu&upah=0"),
        Step::Ask {
            question: Question::Wage,
            error: Some(CheckError::NotPositive(Question::Wage))
        }
    );
    assert_eq!(
        ask("jenis=bpu&upah=1000000&sektor=ojol&bulan=2026-02"),
        Step::Ask {
            question: Question::Sector,
            error: Some(CheckError::NotAChoice(Question::Sector))
        }
    );
    let url = CheckerUrl::from_query_string("jenis=pu&upah=abc");
    assert_eq!(url.raw(Question::Wage), Some("abc"));
    assert_eq!(url.raw(Question::Kind), None);
    // All good: the result.
    match ask("jenis=pu&upah=5000000&risiko=2&usaha=besar") {
        Step::Done(r) => assert_eq!(r.packages[0].totals.total, 477_000),
        other => panic!("{other:?}"),
    }
}

#[test]
fn query_tolerates_bad_values() {
    let a = CheckerAnswers::from_query(&[
        ("jenis", "pekerja"),
        ("upah", "banyak"),
        ("risiko", "9"),
        ("usaha", "raksasa"),
        ("kontrak", ""),
        ("sektor", "ojol"),
        ("lama", "7"),
        ("bulan", "kemarin"),
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
        "bulan=9999-99",
        "bulan=-2026-01",
        "ubah=ubah",
        "lama=%00",
    ] {
        let url = CheckerUrl::from_query_string(q);
        let _ = url.step(nov26());
        let _ = url.answers.check(nov26());
    }
    // First occurrence wins; case and spaces in values are forgiven.
    let b = CheckerAnswers::from_query_string("jenis=PU&jenis=bpu&upah=5.000.000&usaha=+Kecil+");
    assert_eq!(b.kind, Some(MemberGroup::Pu));
    assert_eq!(b.wage, Some(5_000_000));
    assert_eq!(b.size, Some(CompanySize::MicroSmall));
    // A zero wage is refused when read, and the reason is kept.
    let c = CheckerUrl::from_query_string("jenis=bpu&upah=0");
    assert_eq!(c.answers.wage, None);
    assert_eq!(
        c.bad,
        [(Question::Wage, "0".to_string(), CheckError::NotPositive(Question::Wage))]
    );
    // Percent-encoding is decoded: "5%20juta".
    assert_eq!(CheckerAnswers::from_query_string("upah=5%20juta").wage, Some(5_000_000));
}

#[test]
fn each_member_group_is_the_dataset_segment_with_the_same_key() {
    for g in MemberGroup::ALL {
        let s = cakupan::core::dataset::Segment::from(g);
        assert_eq!(s.key(), g.slug(), "{g:?}");
    }
}

#[test]
fn a_result_names_its_programmes_and_places_its_notices() {
    let r = bpu(nov26(), 2_000_000, None);
    assert_eq!(
        r.programs(),
        [Program::Jkk, Program::Jkm, Program::Jht, Program::Jp, Program::Jkp],
        "paid programmes in programme order, then the excluded ones"
    );
    let j = jakon(850_000_000);
    assert_eq!(
        j.programs(),
        [Program::Jkk, Program::Jkm, Program::Jht, Program::Jp, Program::Jkp]
    );
    // Warnings come before the result, changes ahead under their heading, the rest as notes.
    let later = pu_in(m(2027, 1), 5_000_000, 1, CompanySize::MediumLarge).with_today(nov26());
    let future = later
        .notices
        .iter()
        .find(|n| matches!(n, Notice::FutureMonth { .. }))
        .unwrap();
    assert!(future.is_warning() && !future.is_upcoming());
    let wage_rates = &j.notices[0];
    assert!(!wage_rates.is_warning() && !wage_rates.is_upcoming(), "a note");
    for n in later.notices.iter().chain(&j.notices) {
        assert!(!(n.is_warning() && n.is_upcoming()), "one place each: {n:?}");
    }
}
