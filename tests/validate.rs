//! The dataset validator against one fixture per class of error
//! (tests/fixtures/validate/*.json), fatal files, and hostile or mutated input.

use std::collections::HashSet;

use cakupan::core::dataset::{RegionKind, Unit};
use cakupan::core::date::PartialDate;
use cakupan::core::lang::Lang;
use cakupan::core::validate::*;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// Helpers

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/validate/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn load_fixture(name: &str) -> Loaded {
    let loaded = load(&fixture(name)).unwrap_or_else(|e| panic!("{name}: fatal: {}", e.message(Lang::En)));
    check_invariants(&loaded);
    check_messages(&loaded.problems);
    loaded
}

fn figure_ids(l: &Loaded) -> Vec<&str> {
    l.dataset.figures.iter().map(|f| f.id.as_str()).collect()
}

fn region_codes(l: &Loaded) -> Vec<&str> {
    l.dataset.regions.iter().map(|r| r.code.as_str()).collect()
}

/// Every problem as (path, excluded), in order: the exact expectation of a fixture.
fn paths(l: &Loaded) -> Vec<(&str, bool)> {
    l.problems.iter().map(|p| (p.path.as_str(), p.excluded)).collect()
}

/// The only problem at `path`.
fn at<'a>(l: &'a Loaded, path: &str) -> &'a Problem {
    let found: Vec<&Problem> = l.problems.iter().filter(|p| p.path == path).collect();
    assert_eq!(found.len(), 1, "expected one problem at {path}, got {:#?}", l.problems);
    found[0]
}

/// Messages name the path, exist in both languages, and are safe to show.
fn check_messages(problems: &[Problem]) {
    for p in problems {
        let id = p.message(Lang::Id);
        let en = p.message(Lang::En);
        assert!(id.starts_with(&p.path), "{id}");
        assert!(en.starts_with(&p.path), "{en}");
        assert_ne!(id, en, "untranslated: {en}");
        for m in [&id, &en] {
            assert!(!m.chars().any(|c| c.is_control()), "control character in {m:?}");
            assert!(m.chars().count() < 1200, "message too long: {m}");
        }
        if let Some(e) = &p.entry_id {
            assert!(id.contains(&format!("({e})")), "{id}");
        }
    }
}

/// What any loaded dataset guarantees, whatever the input.
fn check_invariants(l: &Loaded) {
    let d = &l.dataset;
    let unique = |ids: Vec<&str>, what: &str| {
        let mut seen = HashSet::new();
        for id in ids {
            assert!(seen.insert(id), "duplicate {what} {id}");
        }
    };
    unique(d.regions.iter().map(|r| r.code.as_str()).collect(), "region");
    unique(d.sources.iter().map(|s| s.id.as_str()).collect(), "source");
    unique(d.indicators.iter().map(|i| i.id.as_str()).collect(), "indicator");
    unique(d.figures.iter().map(|f| f.id.as_str()).collect(), "figure");

    let codes: HashSet<&str> = d.regions.iter().map(|r| r.code.as_str()).collect();
    let sources: HashSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    assert!(!d.regions.is_empty());
    for r in &d.regions {
        let shape = code_shape(&r.code).unwrap_or_else(|| panic!("bad code kept: {}", r.code));
        assert!(shape.allows(r.kind), "{}", r.code);
        assert!(!r.name.is_empty() && !r.short_name.is_empty());
        if matches!(r.kind, RegionKind::Kabupaten | RegionKind::Kota) {
            let p = r.province.as_deref().expect("kab/kota without province");
            assert_eq!(p, &r.code[..2]);
            assert!(codes.contains(p));
        }
        for m in &r.members {
            assert!(codes.contains(m.as_str()), "unknown member {m}");
        }
        for t in std::iter::once(&r.name).chain(&r.aliases) {
            assert!(clean(t), "{t:?}");
        }
    }
    for s in &d.sources {
        assert!(!s.publisher.is_empty() && clean(&s.publisher));
        // Unknown is allowed; a date that is given must be real.
        assert!(s.published.as_deref().is_none_or(|p| PartialDate::parse(p).is_some()));
        if let Some(u) = &s.url {
            assert_eq!(url_issue(u), None, "{u}");
            let lower = u.to_ascii_lowercase();
            assert!(lower.starts_with("http://") || lower.starts_with("https://"), "{u}");
        }
    }
    for f in &d.figures {
        assert!(codes.contains(f.region.as_str()), "{}", f.id);
        assert!(sources.contains(f.source.as_str()), "{}", f.id);
        let ind = d
            .indicators
            .iter()
            .find(|i| i.id == f.indicator)
            .expect("unknown indicator kept");
        assert_eq!(ind.unit, f.unit);
        for x in [Some(f.value), f.numerator, f.denominator].into_iter().flatten() {
            assert!(x.is_finite() && x >= 0.0, "{}: {x}", f.id);
        }
        if f.unit == Unit::Percent {
            assert!(f.value <= 100.0, "{}", f.id);
        }
        if let (Some(n), Some(dn)) = (f.numerator, f.denominator) {
            // Above its base only when the base is an estimate (kept with a warning).
            let estimate = f.denominator_basis.is_some_and(|b| b.is_estimate());
            assert!(dn > 0.0 && (n <= dn || estimate), "{}", f.id);
        }
        if f.as_of.date.is_empty() {
            // No period given: unknown, and nothing filled in.
            assert_eq!(f.as_of.kind, cakupan::core::dataset::PeriodKind::Unknown, "{}", f.id);
            assert_eq!(f.as_of.start, None, "{}", f.id);
        } else {
            let end = PartialDate::parse(&f.as_of.date).expect("bad as_of kept");
            if let Some(s) = &f.as_of.start {
                let s = PartialDate::parse(s).expect("bad start kept");
                assert!(s.year <= end.year);
            }
        }
        if let Some(n) = &f.note {
            assert!(clean(&n.id) && clean(&n.en));
        }
    }
    for m in &d.milestones {
        assert!(codes.contains(m.region.as_str()) && sources.contains(m.source.as_str()));
        assert!(PartialDate::parse(&m.date).is_some());
    }
    // Document order: by section, then by entry index.
    let order: Vec<(Part, usize)> = l.problems.iter().map(|p| (p.section(), index(p))).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "problems out of document order");
    // An excluded entry's problems are all marked excluded.
    for p in &l.problems {
        if l.problems
            .iter()
            .any(|q| q.excluded && q.entry_path() == p.entry_path())
        {
            assert!(p.excluded, "{}", p.path);
        }
    }
}

fn index(p: &Problem) -> usize {
    let e = p.entry_path();
    match (e.find('['), e.find(']')) {
        (Some(a), Some(b)) => e[a + 1..b].parse().unwrap(),
        _ => 0,
    }
}

fn clean(s: &str) -> bool {
    s.chars().count() <= MAX_TEXT_CHARS
        && !s
            .chars()
            .any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || ('\u{202A}'..='\u{202E}').contains(&c))
}

// ---------------------------------------------------------------------------
// Fixtures

#[test]
fn valid_minimal_has_no_problems() {
    let l = load_fixture("valid_minimal.json");
    assert_eq!(l.problems, vec![]);
    assert_eq!(figure_ids(&l), ["f-parimo-2024", "f-palu-2018", "f-cabang-palu-2024"]);
    assert_eq!(region_codes(&l), ["72", "72.08", "72.71", "cabang.palu"]);
    assert_eq!(l.dataset.regions[3].members, ["72.71", "72.08"]);
    assert_eq!(l.dataset.sources.len(), 2);
    assert_eq!(
        l.dataset.sources[0].url.as_deref(),
        Some("https://example.org/berita/cakupan-sulteng")
    );
    assert_eq!(l.dataset.milestones.len(), 1);
    assert_eq!(l.dataset.meta.published, "2026-11-21");
    assert_eq!(l.excluded_figure_count(), 0);
}

#[test]
fn some_invalid_keeps_the_three_valid_figures() {
    let l = load_fixture("some_invalid.json");
    assert_eq!(figure_ids(&l), ["f-valid-1", "f-valid-2", "f-valid-3"]);
    assert_eq!(paths(&l), [("figures[1].value", true), ("figures[3].region", true)]);
    let p = at(&l, "figures[1].value");
    assert_eq!(p.entry_id.as_deref(), Some("f-bad-percent"));
    assert_eq!(p.kind, ProblemKind::PercentOutOfRange { value: 140.0 });
    assert_eq!(
        p.message(Lang::Id),
        "figures[1].value (f-bad-percent): persentase 140 berada di luar 0–100. Entri ini tidak dipakai."
    );
    assert_eq!(
        p.message(Lang::En),
        "figures[1].value (f-bad-percent): the percentage 140 is outside 0–100. This entry was left out."
    );
    let p = at(&l, "figures[3].region");
    assert_eq!(p.entry_id.as_deref(), Some("f-bad-region"));
    assert_eq!(
        p.kind,
        ProblemKind::UnknownReference {
            target: Part::Regions,
            id: "72.99".into(),
            excluded_at: None
        }
    );
    assert!(p.message(Lang::Id).contains("72.99"));
    assert_eq!(l.excluded_figure_count(), 2);
    assert_eq!(l.excluded_count(Part::Regions), 0);
}

#[test]
fn malformed_entries_are_excluded_one_by_one() {
    let l = load_fixture("malformed_entries.json");
    assert_eq!(figure_ids(&l), ["f-ok"]);
    // A bad alias costs only itself (R8); a missing label is replaced by the id (R14).
    assert_eq!(region_codes(&l), ["72", "72.08", "72.71", "72.06"]);
    assert!(l.dataset.regions[3].aliases.is_empty());
    assert_eq!(l.dataset.indicators.len(), 2);
    assert_eq!(l.dataset.indicators[1].label.id, "participants");
    assert_eq!(l.dataset.sources.len(), 1);
    assert_eq!(l.dataset.milestones.len(), 0);
    assert_eq!(
        paths(&l),
        [
            ("indicators[1].label", false),
            ("regions[3].kind", true),
            ("regions[4].aliases[0]", false),
            ("sources[1].publisher", true),
            ("figures[1].value", true),
            ("figures[2].source", true),
            ("figures[3].unit", true),
            ("figures[4]", true),
            ("figures[5].as_of.date", true),
            ("figures[6].historical", true),
            ("figures[7].region", true),
            ("milestones[0].kind", true),
        ]
    );
    assert_eq!(
        at(&l, "indicators[1].label").kind,
        ProblemKind::TextFallback {
            field: "label".into(),
            from: "id".into()
        }
    );
    assert_eq!(
        at(&l, "regions[4].aliases[0]").message(Lang::En),
        "regions[4].aliases[0] (72.06): it must be text, but it is a number. It is ignored; the rest is kept."
    );
    assert_eq!(
        at(&l, "figures[1].value").kind,
        ProblemKind::WrongType {
            expected: Expected::Number,
            found: JsonType::Text
        }
    );
    assert_eq!(at(&l, "figures[1].value").entry_id.as_deref(), Some("f-value-text"));
    match &at(&l, "figures[3].unit").kind {
        ProblemKind::UnknownChoice { value, allowed } => {
            assert_eq!(value, "persen");
            assert!(allowed.contains(&"percent".to_string()) && allowed.contains(&"people".to_string()));
        }
        k => panic!("{k:?}"),
    }
    let p = at(&l, "figures[4]");
    assert_eq!(
        p.kind,
        ProblemKind::NotAnObject {
            found: JsonType::Number
        }
    );
    assert_eq!(p.entry_id, None);
    assert_eq!(
        at(&l, "figures[6].historical").kind,
        ProblemKind::WrongType {
            expected: Expected::Boolean,
            found: JsonType::Text
        }
    );
    // A figure on a region that was excluded points at that region.
    assert_eq!(
        at(&l, "figures[7].region").kind,
        ProblemKind::UnknownReference {
            target: Part::Regions,
            id: "72.10".into(),
            excluded_at: Some("regions[3]".into())
        }
    );
    assert!(at(&l, "figures[7].region")
        .message(Lang::Id)
        .contains("(lihat regions[3])"));
    assert!(at(&l, "figures[7].region")
        .message(Lang::En)
        .contains("(see regions[3])"));
    assert_eq!(l.excluded_figure_count(), 7);
}

#[test]
fn duplicates_keep_the_first() {
    let l = load_fixture("duplicates.json");
    assert_eq!(figure_ids(&l), ["f-1", "f-2"]);
    assert_eq!(l.dataset.figures[0].value, 20.0);
    assert_eq!(region_codes(&l), ["72", "72.08", "72.71"]);
    assert_eq!(l.dataset.regions[1].name, "Kabupaten Parigi Moutong");
    assert_eq!(l.dataset.sources.len(), 1);
    assert_eq!(l.dataset.sources[0].publisher, "Antara Sulteng");
    assert_eq!(l.dataset.indicators[0].label.id, "Cakupan kepesertaan");
    assert_eq!(
        paths(&l),
        [
            ("indicators[1]", true),
            ("regions[3]", true),
            ("sources[1]", true),
            ("figures[2]", true)
        ]
    );
    assert_eq!(
        at(&l, "figures[2]").kind,
        ProblemKind::DuplicateId {
            id: "f-1".into(),
            first: "figures[0]".into()
        }
    );
    assert_eq!(
        at(&l, "regions[3]").kind,
        ProblemKind::DuplicateId {
            id: "72.08".into(),
            first: "regions[1]".into()
        }
    );
    assert!(at(&l, "sources[1]").message(Lang::Id).contains("sources[0]"));
}

#[test]
fn region_codes_kinds_and_provinces() {
    let l = load_fixture("region_codes.json");
    assert_eq!(region_codes(&l), ["72", "72.08", "72.71", "cabang.palu", "ID"]);
    assert_eq!(
        paths(&l),
        [
            ("regions[2].province", false),
            ("regions[3].code", true),
            ("regions[4].code", true),
            ("regions[5].kind", true),
            ("regions[6].province", true),
            ("regions[7].province", true),
            ("regions[8].code", true),
            ("regions[9].members[2]", false),
            ("regions[9].members[3]", false),
            ("regions[11].province", true),
            ("figures[1].region", true),
        ]
    );
    // Kota Palu had no province: taken from its code, kept.
    assert_eq!(
        at(&l, "regions[2].province").kind,
        ProblemKind::ProvinceFilledIn { province: "72".into() }
    );
    assert_eq!(l.dataset.regions[2].province.as_deref(), Some("72"));
    assert_eq!(
        at(&l, "regions[3].code").kind,
        ProblemKind::BadRegionCode { code: "7".into() }
    );
    assert_eq!(
        at(&l, "regions[8].code").kind,
        ProblemKind::BadRegionCode {
            code: "cabang.Palu".into()
        }
    );
    assert_eq!(
        at(&l, "regions[5].kind").kind,
        ProblemKind::KindMismatch {
            code: "72.09".into(),
            kind: RegionKind::Provinsi,
            shape: CodeShape::KabKota
        }
    );
    assert_eq!(
        at(&l, "regions[6].province").kind,
        ProblemKind::ProvinceMismatch {
            province: "73".into(),
            expected: "72".into()
        }
    );
    assert_eq!(
        at(&l, "regions[7].province").kind,
        ProblemKind::UnknownProvince { province: "74".into() }
    );
    assert_eq!(
        at(&l, "regions[11].province").kind,
        ProblemKind::UnknownProvince { province: "73".into() }
    );
    // The branch keeps its figures; only the unknown members go.
    assert_eq!(l.dataset.regions[3].members, ["72.71", "72.08"]);
    assert_eq!(
        at(&l, "regions[9].members[2]").kind,
        ProblemKind::UnknownMember { member: "99.99".into() }
    );
    assert_eq!(figure_ids(&l), ["f-branch", "f-palu"]);
    assert_eq!(l.excluded_count(Part::Regions), 7);
}

#[test]
fn unknown_references_exclude_figures_and_milestones() {
    let l = load_fixture("references.json");
    assert_eq!(figure_ids(&l), ["f-ok"]);
    assert_eq!(l.dataset.milestones.len(), 1);
    assert_eq!(
        paths(&l),
        [
            ("sources[1].publisher", true),
            ("figures[1].region", true),
            ("figures[2].indicator", true),
            ("figures[3].source", true),
            ("figures[4].source", true),
            ("milestones[1].region", true),
            ("milestones[2].source", true),
        ]
    );
    assert_eq!(
        at(&l, "figures[2].indicator").kind,
        ProblemKind::UnknownReference {
            target: Part::Indicators,
            id: "coverage".into(),
            excluded_at: None
        }
    );
    assert_eq!(
        at(&l, "figures[4].source").kind,
        ProblemKind::UnknownReference {
            target: Part::Sources,
            id: "s-bad".into(),
            excluded_at: Some("sources[1]".into())
        }
    );
    assert_eq!(at(&l, "milestones[1].region").entry_id, None);
    assert!(at(&l, "milestones[2].source").message(Lang::En).contains("\"s-9\""));
}

#[test]
fn numbers_ranges_units_and_ratios() {
    let l = load_fixture("numbers.json");
    assert_eq!(
        figure_ids(&l),
        [
            "f-ok-percent",
            "f-mismatch-warn",
            "f-within-tolerance",
            "f-at-least",
            "f-ok-rupiah"
        ]
    );
    assert_eq!(
        paths(&l),
        [
            ("figures[1].value", true),
            ("figures[2].value", true),
            ("figures[3].value", true),
            ("figures[4].unit", true),
            ("figures[5].value", false),
            ("figures[8].numerator", true),
            ("figures[9].denominator", true),
            ("figures[10].value", true),
            ("figures[11].value", true),
        ]
    );
    assert_eq!(at(&l, "figures[2].value").kind, ProblemKind::Negative { value: -5.0 });
    assert_eq!(
        at(&l, "figures[4].unit").kind,
        ProblemKind::UnitMismatch {
            unit: Unit::People,
            indicator_unit: Unit::Percent
        }
    );
    // Disagreeing percentage: kept, with a warning the app can show next to it.
    let p = at(&l, "figures[5].value");
    assert_eq!(
        p.kind,
        ProblemKind::PercentMismatch {
            stated: 16.6,
            computed: 20.0
        }
    );
    assert!(p.is_warning());
    assert_eq!(l.warnings_for(Part::Figures, "f-mismatch-warn").count(), 1);
    assert_eq!(l.warnings_for(Part::Figures, "f-ok-percent").count(), 0);
    assert!(
        p.message(Lang::Id).contains("16,6%") && p.message(Lang::Id).contains("(20%)"),
        "{}",
        p.message(Lang::Id)
    );
    assert!(p.message(Lang::En).contains("16.6%"));
    assert_eq!(
        at(&l, "figures[8].numerator").kind,
        ProblemKind::NumeratorAboveDenominator {
            numerator: 120.0,
            denominator: 100.0
        }
    );
    assert_eq!(
        at(&l, "figures[9].denominator").kind,
        ProblemKind::DenominatorNotPositive { denominator: 0.0 }
    );
    assert!(matches!(at(&l, "figures[10].value").kind, ProblemKind::Implausible { value, .. } if value == 1e308));
    assert!(at(&l, "figures[10].value").message(Lang::En).contains("1e308"));
    assert_eq!(l.excluded_figure_count(), 8);
    assert_eq!(l.warnings().count(), 1);
}

#[test]
fn dates_must_exist_and_periods_run_forward() {
    let l = load_fixture("dates.json");
    // A source whose date is not real is kept, its date shown as unknown (R23).
    assert_eq!(figure_ids(&l), ["f-ok", "f-ok-partial", "f-on-bad-source"]);
    assert_eq!(l.dataset.sources.len(), 2);
    assert_eq!(l.dataset.sources[1].published, None);
    assert_eq!(l.dataset.milestones.len(), 1);
    assert_eq!(l.dataset.milestones[0].date, "2022-03");
    assert_eq!(
        paths(&l),
        [
            ("meta.published", false),
            ("sources[1].published", false),
            ("figures[2].as_of.date", true),
            ("figures[3].as_of.date", true),
            ("figures[4].as_of.start", true),
            ("figures[5].as_of.start", true),
            ("milestones[0].date", true),
        ]
    );
    // A bad meta date is only a warning: the description is kept.
    assert_eq!(
        at(&l, "meta.published").kind,
        ProblemKind::BadDate {
            value: "2026-02-30".into()
        }
    );
    assert_eq!(l.dataset.meta.title, "Cakupan BPJS Ketenagakerjaan (uji)");
    assert_eq!(
        at(&l, "figures[2].as_of.date").kind,
        ProblemKind::BadDate {
            value: "2023-02-29".into()
        }
    );
    assert_eq!(
        at(&l, "figures[5].as_of.start").kind,
        ProblemKind::StartAfterEnd {
            start: "2024-07-01".into(),
            end: "2024-06".into()
        }
    );
}

#[test]
fn unsafe_urls_are_dropped_but_sources_kept() {
    let l = load_fixture("urls.json");
    assert_eq!(
        figure_ids(&l),
        [
            "f-js",
            "f-data",
            "f-relative",
            "f-space",
            "f-nohost",
            "f-ok",
            "f-upper",
            "f-none"
        ]
    );
    let urls: Vec<(&str, Option<&str>)> = l
        .dataset
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.url.as_deref()))
        .collect();
    assert_eq!(
        urls,
        [
            ("s-js", None),
            ("s-data", None),
            ("s-relative", None),
            ("s-space", None),
            ("s-nohost", None),
            ("s-ok", Some("https://example.org/berita/1")),
            ("s-upper", Some("HTTPS://Example.org/x")),
            ("s-none", None),
        ]
    );
    assert!(l
        .dataset
        .sources
        .iter()
        .all(|s| !s.publisher.is_empty() && s.published.as_deref() == Some("2024-07-02") || s.id == "s-none"));
    assert_eq!(
        paths(&l),
        [
            ("sources[0].url", false),
            ("sources[1].url", false),
            ("sources[2].url", false),
            ("sources[3].url", false),
            ("sources[4].url", false),
        ]
    );
    assert_eq!(
        at(&l, "sources[0].url").kind,
        ProblemKind::UnsafeUrl {
            url: "javascript:alert(document.cookie)".into(),
            issue: UrlIssue::NotHttp
        }
    );
    assert!(matches!(
        at(&l, "sources[3].url").kind,
        ProblemKind::UnsafeUrl {
            issue: UrlIssue::Whitespace,
            ..
        }
    ));
    assert!(matches!(
        at(&l, "sources[4].url").kind,
        ProblemKind::UnsafeUrl {
            issue: UrlIssue::NoHost,
            ..
        }
    ));
    assert!(at(&l, "sources[0].url")
        .message(Lang::Id)
        .contains("Penerbit dan tanggal sumber tetap ditampilkan"));
}

#[test]
fn texts_are_cleaned_cut_or_required() {
    let l = load_fixture("text.json");
    assert_eq!(
        figure_ids(&l),
        ["f-long-note", "f-on-empty-name", "f-on-unlabelled", "f-unicode-ñ-日本"]
    );
    let parimo = &l.dataset.regions[1];
    assert_eq!(parimo.name, "Kabupaten Parigi Moutong");
    assert_eq!(parimo.aliases, ["Parimo", "Parimo"]);
    assert_eq!(at(&l, "regions[1].name").kind, ProblemKind::ControlChars { removed: 2 });
    let note = &l.dataset.figures[0].note.as_ref().unwrap().id;
    // Cut to the limit, then the space left at the end trimmed.
    assert_eq!(note.chars().count(), MAX_TEXT_CHARS - 1);
    assert!(!note.ends_with(' '));
    assert!(matches!(
        at(&l, "figures[0].note.id").kind,
        ProblemKind::TooLong {
            max: MAX_TEXT_CHARS,
            ..
        }
    ));
    assert!(!at(&l, "figures[0].note.id").excluded);
    // An empty name takes the short name, an empty Indonesian label the English one.
    assert_eq!(
        at(&l, "regions[2].name").kind,
        ProblemKind::TextFallback {
            field: "name".into(),
            from: "short_name".into()
        }
    );
    assert_eq!(l.dataset.regions[2].name, "Palu");
    assert_eq!(at(&l, "sources[1].publisher").kind, ProblemKind::EmptyText);
    assert_eq!(
        at(&l, "indicators[1].label.id").kind,
        ProblemKind::TextFallback {
            field: "label.id".into(),
            from: "label.en".into()
        }
    );
    assert_eq!(l.dataset.indicators[1].label.id, "Participants");
    assert_eq!(
        at(&l, "figures[1].id").kind,
        ProblemKind::BadId { id: "f bad id".into() }
    );
    assert_eq!(at(&l, "figures[2].id").entry_id, None);
    assert!(matches!(&at(&l, "figures[3].id").kind, ProblemKind::BadId { id } if id.ends_with('…')));
    assert_eq!(
        at(&l, "figures[5].source").kind,
        ProblemKind::UnknownReference {
            target: Part::Sources,
            id: "s-2".into(),
            excluded_at: Some("sources[1]".into())
        }
    );
    // Markup stays as text; the app never renders data as HTML.
    assert_eq!(
        l.dataset.figures[3].note.as_ref().unwrap().id,
        "Catatan <b>tebal</b> 🚀"
    );
}

#[test]
fn historical_flag_mismatch_is_a_warning() {
    let l = load_fixture("historical.json");
    assert_eq!(
        figure_ids(&l),
        ["f-2018-unmarked", "f-2023-marked", "f-2018-marked", "f-2023"]
    );
    assert_eq!(
        paths(&l),
        [("figures[0].historical", false), ("figures[1].historical", false)]
    );
    assert_eq!(
        at(&l, "figures[0].historical").kind,
        ProblemKind::HistoricalMismatch {
            year: 2018,
            historical: false
        }
    );
    assert_eq!(
        at(&l, "figures[1].historical").kind,
        ProblemKind::HistoricalMismatch {
            year: 2023,
            historical: true
        }
    );
    assert_eq!(l.excluded_figure_count(), 0);
}

#[test]
fn missing_or_misshapen_sections_are_not_fatal() {
    let l = load_fixture("sections.json");
    assert_eq!(region_codes(&l), ["72", "72.08", "72.71"]);
    assert!(l.dataset.figures.is_empty() && l.dataset.indicators.is_empty() && l.dataset.sources.is_empty());
    assert_eq!(l.dataset.meta.title, "");
    assert_eq!(
        paths(&l),
        [
            ("meta", false),
            ("indicators", true),
            ("sources", false),
            ("figures", true)
        ]
    );
    assert_eq!(at(&l, "meta").kind, ProblemKind::MetaMissing);
    assert_eq!(
        at(&l, "indicators").kind,
        ProblemKind::SectionNotList { found: JsonType::Text }
    );
    assert_eq!(at(&l, "sources").kind, ProblemKind::SectionMissing);
    assert_eq!(
        at(&l, "figures").kind,
        ProblemKind::SectionNotList {
            found: JsonType::Object
        }
    );
    assert_eq!(l.excluded_figure_count(), 0, "a section is not an entry");
}

#[test]
fn hostile_file_keeps_valid_entries() {
    let l = load_fixture("hostile.json");
    // f-deep's too-deep value is in a field the format does not know: ignored (R5).
    assert_eq!(figure_ids(&l), ["f-ok", "f-deep", "f-ok-2", "f-ok-3"]);
    assert_eq!(region_codes(&l), ["72", "72.08", "72.71"]);
    assert_eq!(l.dataset.regions[0].name, "<script>alert('x')</script>Sulawesi Tengah");
    assert_eq!(l.dataset.regions[0].aliases, ["bell", "🚀", "evil"]);
    assert_eq!(
        l.dataset.figures[0].note.as_ref().unwrap().id,
        "<script>alert(1)</script>"
    );
    let s1 = &l.dataset.sources[0];
    assert_eq!((s1.id.as_str(), s1.url.as_deref()), ("s-1", None));
    assert_eq!(s1.publisher, "<img src=x onerror=alert(1)>");
    assert_eq!(l.dataset.sources[1].url, None);
    assert_eq!(l.dataset.sources.len(), 2);

    assert_eq!(
        at(&l, "figures[1].value").kind,
        ProblemKind::PercentOutOfRange { value: 1e308 }
    );
    assert_eq!(
        at(&l, "figures[2].value").kind,
        ProblemKind::NotFinite {
            literal: "1e400".into(),
            line: 147,
            column: 16
        }
    );
    assert_eq!(
        at(&l, "figures[3].numerator").kind,
        ProblemKind::NotFinite {
            literal: "-1e400".into(),
            line: 166,
            column: 20
        }
    );
    let deep: Vec<&Problem> = l.problems.iter().filter(|p| p.kind == ProblemKind::TooDeep).collect();
    assert_eq!(deep.len(), 2);
    assert!(deep[0].path.starts_with("regions[4].extra[0]") && deep[1].path.starts_with("figures[4].extra[0]"));
    assert!(deep[0].excluded, "regions[4] is also a duplicate");
    assert!(!deep[1].excluded);
    assert!(deep.iter().all(|p| p.path.len() < 80));
    assert!(matches!(
        at(&l, "figures[5].value").kind,
        ProblemKind::Implausible { .. }
    ));
    assert_eq!(
        at(&l, "figures[6].id").kind,
        ProblemKind::WrongType {
            expected: Expected::Text,
            found: JsonType::Number
        }
    );
    assert_eq!(
        at(&l, "figures[6].unit").kind,
        ProblemKind::WrongType {
            expected: Expected::Text,
            found: JsonType::Null
        }
    );
    assert_eq!(
        at(&l, "figures[8].note.id").kind,
        ProblemKind::WrongType {
            expected: Expected::Text,
            found: JsonType::Object
        }
    );
    assert_eq!(
        at(&l, "figures[9]").kind,
        ProblemKind::NotAnObject { found: JsonType::List }
    );
    assert_eq!(
        at(&l, "figures[12].as_of.date").kind,
        ProblemKind::BadDate {
            value: "２０２４".into()
        }
    );
    assert_eq!(
        at(&l, "figures[13]").kind,
        ProblemKind::DuplicateId {
            id: "f-ok".into(),
            first: "figures[0]".into()
        }
    );
    assert_eq!(
        at(&l, "regions[6]").kind,
        ProblemKind::NotAnObject { found: JsonType::Null }
    );

    // Grouping by entry: the all-wrong-types figure is one group of seven problems.
    let groups = l.by_entry();
    let (_, six) = groups.iter().find(|(e, _)| *e == "figures[6]").unwrap();
    assert_eq!(six.len(), 7);
    assert_eq!(l.excluded_figure_count(), 10);
}

// ---------------------------------------------------------------------------
// Fatal files

fn fatal(json: &str) -> Fatal {
    match load(json) {
        Ok(l) => panic!("expected fatal, loaded {} problems", l.problems.len()),
        Err(f) => {
            assert_ne!(f.message(Lang::Id), f.message(Lang::En));
            f
        }
    }
}

#[test]
fn not_json_names_line_and_column() {
    let f = fatal("{\n  \"schema_version\": 1,\n  oops\n}");
    assert!(
        matches!(
            f,
            Fatal::NotJson {
                line: 3,
                column: 3,
                truncated: false,
                ..
            }
        ),
        "{f:?}"
    );
    assert!(
        f.message(Lang::Id).contains("baris 3, kolom 3"),
        "{}",
        f.message(Lang::Id)
    );
    assert!(f.message(Lang::En).contains("line 3, column 3"));
    let f = fatal("{\"schema_version\": 1, \"regions\": [");
    assert!(matches!(f, Fatal::NotJson { truncated: true, .. }), "{f:?}");
    assert!(f.message(Lang::Id).contains("terpotong"));
    assert_eq!(fatal(""), Fatal::Empty);
    assert_eq!(fatal("  \n "), Fatal::Empty);
}

#[test]
fn top_level_must_be_an_object_with_the_right_version() {
    assert_eq!(fatal("[1, 2]"), Fatal::NotAnObject { found: JsonType::List });
    assert_eq!(fatal("\"x\""), Fatal::NotAnObject { found: JsonType::Text });
    assert_eq!(fatal(r#"{"regions": []}"#), Fatal::MissingSchemaVersion);
    let f = fatal(r#"{"schema_version": 2, "regions": []}"#);
    assert_eq!(
        f,
        Fatal::UnsupportedSchemaVersion {
            found: "2".into(),
            supported: 1
        }
    );
    assert!(
        f.message(Lang::Id).contains("versi 2") && f.message(Lang::Id).contains("versi 1"),
        "{}",
        f.message(Lang::Id)
    );
    assert!(f.message(Lang::En).contains("version 2") && f.message(Lang::En).contains("version 1"));
    assert_eq!(
        fatal(r#"{"schema_version": "1", "regions": []}"#),
        Fatal::UnsupportedSchemaVersion {
            found: "\"1\"".into(),
            supported: 1
        }
    );
}

#[test]
fn regions_are_required() {
    assert_eq!(fatal(r#"{"schema_version": 1}"#), Fatal::MissingRegions);
    assert_eq!(
        fatal(r#"{"schema_version": 1, "regions": {}}"#),
        Fatal::RegionsNotList {
            found: JsonType::Object
        }
    );
    match fatal(
        r#"{"schema_version": 1, "regions": [{"code": "7", "name": "x", "short_name": "x", "kind": "provinsi"}, 5]}"#,
    ) {
        Fatal::NoValidRegions { problems } => {
            let p: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
            assert_eq!(p, ["meta", "indicators", "regions[0].code", "regions[1]"]);
        }
        f => panic!("{f:?}"),
    }
    assert!(matches!(
        fatal(r#"{"schema_version": 1, "regions": []}"#),
        Fatal::NoValidRegions { .. }
    ));
}

#[test]
fn byte_order_mark_is_accepted() {
    let l = load(&format!("\u{FEFF}{}", fixture("valid_minimal.json"))).unwrap();
    assert!(l.problems.is_empty());
}

#[test]
fn deep_top_level_nesting_is_fatal_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(fatal(&deep), Fatal::NotAnObject { found: JsonType::List });
    let unclosed = format!("{{\"schema_version\": 1, \"regions\": {}", "[".repeat(100_000));
    assert!(matches!(fatal(&unclosed), Fatal::NotJson { .. }));
    let deep_obj = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    // Still an object after the deep part is replaced: it fails on the missing version.
    assert_eq!(fatal(&deep_obj), Fatal::MissingSchemaVersion);
}

#[test]
fn problems_of_an_excluded_entry_are_all_excluded() {
    let mut v: Value = serde_json::from_str(&fixture("valid_minimal.json")).unwrap();
    // Disagreeing percentage (a warning) on a figure that is also on an unknown region.
    v["figures"][0]["value"] = json!(30.0);
    v["figures"][0]["region"] = json!("72.99");
    let l = load(&v.to_string()).unwrap();
    assert_eq!(paths(&l), [("figures[0].region", true), ("figures[0].value", true)]);
    assert_eq!(l.excluded_figure_count(), 1);
    assert_eq!(l.warnings().count(), 0);
}

// ---------------------------------------------------------------------------
// Mutation fuzzing: never panic, and whatever loads keeps the invariants.

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        Value::Object(m) => m.iter().for_each(|(k, x)| pointers(x, format!("{at}/{k}"), out)),
        _ => {}
    }
    out.push(at);
}

fn odd_values() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(-0.0),
        json!(0.3),
        json!(100.0001),
        json!(1e308),
        json!(-1e308),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(""),
        json!(" "),
        json!("72"),
        json!("72.08"),
        json!("72.71"),
        json!("cabang.palu"),
        json!("ID"),
        json!("s-1"),
        json!("s-2"),
        json!("coverage_rate"),
        json!("participants"),
        json!("percent"),
        json!("people"),
        json!("kota"),
        json!("cabang"),
        json!("2024-02-30"),
        json!("2019"),
        json!("2024-06"),
        json!("javascript:alert(1)"),
        json!("\u{0}\u{202E}"),
        json!("x".repeat(5000)),
        json!([]),
        json!({}),
        json!(["72.08", 1]),
        json!({"id": "x", "en": "y"}),
        json!({"date": "2024", "start": "2025"}),
        json!([[[[[]]]]]),
        json!("f-parimo-2024"),
        json!("<script>alert(1)</script>"),
    ]
}

#[test]
fn mutated_datasets_never_panic() {
    let base: Value = serde_json::from_str(&fixture("valid_minimal.json")).unwrap();
    let mut all = Vec::new();
    pointers(&base, String::new(), &mut all);
    let odd = odd_values();
    let mut rng = Lcg(0x5eed);
    let mut loaded = 0;
    for _ in 0..1500 {
        let mut v = base.clone();
        for _ in 0..1 + rng.below(3) {
            let ptr = &all[rng.below(all.len())];
            match rng.below(4) {
                // Remove a field or element.
                0 if !ptr.is_empty() => {
                    let (parent, key) = ptr.rsplit_once('/').unwrap();
                    match v.pointer_mut(parent) {
                        Some(Value::Object(m)) => {
                            m.remove(key);
                        }
                        Some(Value::Array(a)) => {
                            if let Ok(i) = key.parse::<usize>() {
                                if i < a.len() {
                                    a.remove(i);
                                }
                            }
                        }
                        _ => {}
                    }
                }
                // Duplicate an entry.
                1 => {
                    let sec = ["/figures", "/regions", "/sources", "/indicators", "/milestones"][rng.below(5)];
                    if let Some(Value::Array(a)) = v.pointer_mut(sec) {
                        if !a.is_empty() {
                            let e = a[rng.below(a.len())].clone();
                            a.push(e);
                        }
                    }
                }
                _ => {
                    if let Some(slot) = v.pointer_mut(ptr) {
                        *slot = odd[rng.below(odd.len())].clone();
                    }
                }
            }
        }
        if let Ok(l) = load(&v.to_string()) {
            check_invariants(&l);
            check_messages(&l.problems);
            loaded += 1;
        }
    }
    assert!(loaded > 500, "most mutations should still load ({loaded})");
}

#[test]
fn mangled_text_never_panics() {
    let text = fixture("hostile.json");
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let bits = [
        "{",
        "[",
        "]",
        "\"",
        ",",
        ":",
        "1e999",
        "-",
        "\\",
        "\\u",
        "\u{0}",
        "ñ",
        "null",
        "[[[[[[[[[[",
        "9".repeat(400).leak(),
    ];
    let mut rng = Lcg(42);
    for _ in 0..200 {
        let at = cuts[rng.below(cuts.len())];
        let mangled = match rng.below(3) {
            0 => text[..at].to_string(),
            1 => format!("{}{}{}", &text[..at], bits[rng.below(bits.len())], &text[at..]),
            _ => {
                let end = cuts[rng.below(cuts.len())].max(at);
                format!("{}{}", &text[..at], &text[end..])
            }
        };
        if let Ok(l) = load(&mangled) {
            check_invariants(&l);
        }
    }
}

#[test]
fn a_count_above_an_estimated_base_is_kept_and_flagged() {
    use cakupan::core::caveat::{caveats, Caveat};
    use cakupan::core::dataset::DenominatorBasis;
    use cakupan::core::index::DataIndex;

    let l = load_fixture("estimated_base.json");
    // Estimated bases (potential participants, a target, another base): kept.
    // Population counts (labour force, employed) or no stated base: excluded.
    assert_eq!(
        figure_ids(&l),
        [
            "f-above-potential",
            "f-above-target",
            "f-above-other",
            "f-equal-potential"
        ]
    );
    assert_eq!(
        paths(&l),
        [
            ("figures[0].numerator", false),
            ("figures[1].numerator", false),
            ("figures[2].numerator", false),
            ("figures[3].numerator", true),
            ("figures[4].numerator", true),
            ("figures[5].numerator", true),
        ]
    );
    assert_eq!(
        at(&l, "figures[0].numerator").kind,
        ProblemKind::CountAboveEstimatedBase {
            numerator: 120.0,
            denominator: 100.0,
            basis: DenominatorBasis::PotentialParticipants
        }
    );
    assert_eq!(
        at(&l, "figures[2].numerator").kind,
        ProblemKind::CountAboveEstimatedBase {
            numerator: 77074.0,
            denominator: 51086.0,
            basis: DenominatorBasis::Other
        }
    );
    assert!(at(&l, "figures[2].numerator")
        .message(Lang::En)
        .contains("kept and flagged"));
    for p in ["figures[3].numerator", "figures[4].numerator", "figures[5].numerator"] {
        assert_eq!(
            at(&l, p).kind,
            ProblemKind::NumeratorAboveDenominator {
                numerator: 120.0,
                denominator: 100.0
            },
            "{p}"
        );
    }
    // A percentage above its estimated base gets this warning only, not a
    // second "disagrees with its counts" one.
    assert_eq!(l.warnings_for(Part::Figures, "f-above-target").count(), 1);
    assert_eq!(l.warnings().count(), 3);
    assert_eq!(l.excluded_figure_count(), 3);

    // The app shows it as a caveat with a badge and a sentence in both languages.
    let ix = DataIndex::new(l.dataset.clone());
    let f = |id: &str| l.dataset.figures.iter().find(|f| f.id == id).unwrap();
    let above = Caveat::AboveEstimatedBase {
        numerator: 77074.0,
        denominator: 51086.0,
    };
    let c = caveats(f("f-above-other"), &ix);
    assert!(c.contains(&above), "{c:?}");
    assert_eq!(above.label(Lang::En), "count above its estimated base");
    assert_eq!(above.label(Lang::Id), "melebihi perkiraan dasarnya");
    assert!(above.explain(Lang::En).contains("77,074") && above.explain(Lang::En).contains("51,086"));
    assert!(above.explain(Lang::Id).contains("77.074") && above.explain(Lang::Id).contains("51.086"));
    let c = caveats(f("f-above-target"), &ix);
    assert!(
        c.iter().any(|c| matches!(c, Caveat::AboveEstimatedBase { .. })),
        "{c:?}"
    );
    assert!(!c.iter().any(|c| matches!(c, Caveat::Inconsistent { .. })), "{c:?}");
    let c = caveats(f("f-equal-potential"), &ix);
    assert!(
        !c.iter().any(|c| matches!(c, Caveat::AboveEstimatedBase { .. })),
        "{c:?}"
    );
}

#[test]
fn a_figure_without_a_period_date_is_kept_with_an_unknown_period() {
    use cakupan::core::caveat::{caveats, Caveat};
    use cakupan::core::dataset::PeriodKind;
    use cakupan::core::index::DataIndex;

    let l = load_fixture("undated.json");
    assert_eq!(
        figure_ids(&l),
        ["f-undated", "f-undated-empty", "f-undated-point", "f-dated"]
    );
    assert_eq!(
        paths(&l),
        [("figures[2].as_of", false), ("figures[4].as_of.date", true)]
    );
    assert_eq!(
        at(&l, "figures[2].as_of").kind,
        ProblemKind::UndatedPeriod {
            kind: Some(PeriodKind::Point),
            had_start: true
        }
    );
    let ix = DataIndex::new(l.dataset.clone());
    for f in &l.dataset.figures[..3] {
        // Never filled in: no date, no start, kind unknown.
        assert_eq!(f.as_of.date, "", "{}", f.id);
        assert_eq!(f.as_of.start, None, "{}", f.id);
        assert_eq!(f.as_of.kind, PeriodKind::Unknown, "{}", f.id);
        assert_eq!(f.as_of.year(), None, "{}", f.id);
        assert!(!f.historical, "{}", f.id);
        assert!(caveats(f, &ix).contains(&Caveat::UnknownPeriod), "{}", f.id);
        assert_eq!(cakupan::core::format::as_of(&f.as_of, Lang::En), "unknown date");
    }
    // Written back without a date field, and read again the same way.
    let json = serde_json::to_string(&l.dataset).unwrap();
    let again = load(&json).expect("loads");
    assert!(again.problems.is_empty(), "{:#?}", again.problems);
    assert_eq!(again.dataset.figures, l.dataset.figures);
}
