//! Native tests of the journalist's view: comparison (URL, table, chart,
//! sentences), ranking (URL, ties, approximations, groups) and export (CSV,
//! citation). Datasets are built here as JSON so each test shows the data it
//! is about.

use cakupan::core::caveat::Caveat;
use cakupan::core::compare::{
    self, add, chart, is_full, move_to, parse_selection, remove, sentence, table, Cell, CompareState, Note, Reason,
    SelectionIssue,
};
use cakupan::core::dataset::{Approx, Dataset, DenominatorBasis, FigureStatus, Segment, Unit};
use cakupan::core::export::{citation, rows, to_csv, HEADER};
use cakupan::core::index::DataIndex;
use cakupan::core::lang::Lang;
use cakupan::core::rank::{rank, KindFilter, RankIssue, RankLine, RankState, SortBy, SortDir, Tie};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// Fixture

fn base() -> Value {
    let region = |code: &str, name: &str, short: &str, kind: &str, prov: Option<&str>| json!({"code": code, "name": name, "short_name": short, "kind": kind, "province": prov});
    json!({
        "schema_version": 1,
        "meta": {"title": "Cakupan", "publisher": "Cakupan", "published": "2026-11-21"},
        "indicators": [
            {"id": "coverage_rate", "label": {"id": "Cakupan", "en": "Coverage"}, "unit": "percent"},
            {"id": "covered_workers", "label": {"id": "Jumlah pekerja terlindungi", "en": "The number of covered workers"}, "unit": "people"},
            {"id": "benefits_paid", "label": {"id": "Manfaat dibayar", "en": "Benefits paid"}, "unit": "rupiah"}
        ],
        "regions": [
            region("ID", "Indonesia", "Indonesia", "nasional", None),
            region("72", "Sulawesi Tengah", "Sulawesi Tengah", "provinsi", None),
            region("72.71", "Kota Palu", "Palu", "kota", Some("72")),
            region("72.08", "Kabupaten Parigi Moutong", "Parigi Moutong", "kabupaten", Some("72")),
            region("72.01", "Kabupaten Banggai", "Banggai", "kabupaten", Some("72")),
            region("72.03", "Kabupaten Donggala", "Donggala", "kabupaten", Some("72")),
            region("72.10", "Kabupaten Sigi", "Sigi", "kabupaten", Some("72")),
            region("72.02", "Kabupaten Poso", "Poso", "kabupaten", Some("72")),
            {"code": "cabang.palu", "name": "BPJS Cabang Palu", "short_name": "Palu", "kind": "cabang",
             "province": "72", "members": ["72.71", "72.10"]},
            region("73", "Sulawesi Selatan", "Sulawesi Selatan", "provinsi", None),
            region("73.73", "Kota Palopo", "Palopo", "kota", Some("73")),
            region("73.13", "Kabupaten Wajo", "Wajo", "kabupaten", Some("73")),
            region("73.14", "Kabupaten Sidenreng Rappang", "Sidenreng Rappang", "kabupaten", Some("73")),
            region("73.71", "Kota Makassar", "Makassar", "kota", Some("73")),
            region("74", "Sulawesi Tenggara", "Sulawesi Tenggara", "provinsi", None),
            region("75", "Gorontalo", "Gorontalo", "provinsi", None),
            region("71", "Sulawesi Utara", "Sulawesi Utara", "provinsi", None)
        ],
        "sources": [
            {"id": "s1", "publisher": "ANTARA", "url": "https://www.antaranews.com/berita/1", "published": "2023-12-05"},
            {"id": "s2", "publisher": "Kabarpublic.com", "published": "2024-03-25"},
            {"id": "s3", "publisher": "Sebaran.com", "published": "2023-10-02"},
            {"id": "s4", "publisher": "InfoJambi", "published": "2024-08-12"},
            {"id": "s5", "publisher": "Tribun Timur", "published": "2021-12"},
            {"id": "evil", "publisher": "=HYPERLINK(\"http://x\")", "title": "Kab. A, \"kutipan\"\nbaris 2", "url": "https://x.test/a?b=1,2", "published": "2024-01-02"},
            {"id": "minus", "publisher": "-2+3", "title": "@SUM(A1)", "published": "2024"}
        ],
        "figures": []
    })
}

/// A figure; `extra` overrides or adds fields (status, approx, source, ...).
fn fig(id: &str, region: &str, indicator: &str, value: f64, date: &str, extra: Value) -> Value {
    let unit = match indicator {
        "coverage_rate" => "percent",
        "benefits_paid" => "rupiah",
        _ => "people",
    };
    let mut v = json!({"id": id, "region": region, "indicator": indicator, "value": value, "unit": unit,
                       "as_of": {"date": date, "kind": "point"}, "source": "s1"});
    if let Value::Object(m) = extra {
        for (k, x) in m {
            v[k] = x;
        }
    }
    v
}

fn cov(id: &str, region: &str, value: f64, date: &str) -> Value {
    fig(id, region, "coverage_rate", value, date, json!({}))
}

fn index(figures: Vec<Value>) -> DataIndex {
    let mut d = base();
    d["figures"] = Value::Array(figures);
    let ds: Dataset = serde_json::from_value(d).expect("fixture deserialises");
    DataIndex::new(ds)
}

fn codes(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn bar_codes(bars: &[compare::Bar]) -> Vec<&str> {
    bars.iter().map(|b| b.region.code.as_str()).collect()
}

// ---------------------------------------------------------------------------
// Selection in the URL

#[test]
fn selection_dedupes_and_reports_unknown_codes() {
    let ix = index(vec![]);
    let sel = parse_selection("72.08,72.71,99.99,72.08, 73.73", &ix);
    assert_eq!(sel.codes, codes(&["72.08", "72.71", "73.73"]));
    assert_eq!(sel.issues, vec![SelectionIssue::UnknownCode("99.99".into())]);
    assert_eq!(sel.issues[0].message(Lang::Id), "Kode 99.99 tidak dikenal.");
    assert_eq!(sel.issues[0].message(Lang::En), "Unknown region code 99.99.");
}

#[test]
fn selection_is_capped_at_eight_and_says_so() {
    let ix = index(vec![]);
    let sel = parse_selection("72,72.71,72.08,72.01,72.03,72.10,72.02,73,73.73,73.13", &ix);
    assert_eq!(sel.codes.len(), 8);
    assert_eq!(sel.codes.last().unwrap(), "73");
    assert_eq!(
        sel.issues,
        vec![SelectionIssue::TooMany {
            dropped: codes(&["73.73", "73.13"])
        }]
    );
    assert_eq!(
        sel.issues[0].message(Lang::Id),
        "Paling banyak 8 wilayah bisa dibandingkan; 2 tidak ditampilkan."
    );
    assert_eq!(
        sel.issues[0].message(Lang::En),
        "At most 8 regions can be compared; 2 left out."
    );
}

#[test]
fn compare_state_round_trips_through_the_query() {
    let ix = index(vec![]);
    let (st, issues) = CompareState::from_query("/bandingkan?w=72.08%2C72.71,73.73&i=coverage_rate#top", &ix);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(st.regions, codes(&["72.08", "72.71", "73.73"]));
    assert_eq!(st.indicator.as_deref(), Some("coverage_rate"));
    assert_eq!(st.to_query(), "w=72.08,72.71,73.73&i=coverage_rate");
    let (again, issues) = CompareState::from_query(&st.to_query(), &ix);
    assert!(issues.is_empty());
    assert_eq!(again, st);
    // Case-insensitive codes come back canonical.
    let (st, _) = CompareState::from_query("w=id,CABANG.PALU", &ix);
    assert_eq!(st.regions, codes(&["ID", "cabang.palu"]));
}

#[test]
fn compare_state_tolerates_bad_values() {
    let ix = index(vec![]);
    let long = format!("w={},72.08", "x".repeat(10_000));
    let many = format!("w={}", vec!["72.08"; 5000].join(","));
    for q in [
        "",
        "?",
        "w=",
        "w=,,,",
        "w=%",
        "w=%zz%4",
        "w=%FF%FE,72.71",
        "i=%00",
        "&&&==",
        "w=ümlaut,72.08",
        &long,
        &many,
        "w=72.08&w=72.71",
        "w=72.08;72.71 73.73",
    ] {
        let (st, issues) = CompareState::from_query(q, &ix);
        assert!(st.regions.len() <= 8, "{q}");
        assert!(st.regions.iter().all(|c| ix.region(c).is_some()), "{q}");
        assert!(issues.iter().all(|i| !i.message(Lang::Id).is_empty()));
        assert!(issues.iter().all(|i| match i {
            SelectionIssue::UnknownCode(c) => c.chars().count() <= 24,
            _ => true,
        }));
    }
    assert_eq!(
        CompareState::from_query("w=72.08&w=72.71", &ix).0.regions,
        codes(&["72.08"])
    );
    assert_eq!(CompareState::from_query("w=72.08;72.71 73.73", &ix).0.regions.len(), 3);
    let (st, issues) = CompareState::from_query("w=72.08&i=bogus", &ix);
    assert_eq!(st.indicator, None);
    assert_eq!(issues, vec![SelectionIssue::UnknownIndicator("bogus".into())]);
}

#[test]
fn add_remove_and_reorder_return_the_new_list() {
    let list = codes(&["72.08", "72.71"]);
    assert_eq!(add(&list, "73.73"), codes(&["72.08", "72.71", "73.73"]));
    assert_eq!(add(&list, "72.08"), list, "no duplicates");
    let full = codes(&["1", "2", "3", "4", "5", "6", "7", "8"]);
    assert!(is_full(&full));
    assert_eq!(add(&full, "9"), full, "never more than eight");
    assert_eq!(remove(&list, "72.08"), codes(&["72.71"]));
    assert_eq!(remove(&list, "99"), list);
    let three = codes(&["a", "b", "c"]);
    assert_eq!(move_to(&three, "c", 0), codes(&["c", "a", "b"]));
    assert_eq!(move_to(&three, "a", 99), codes(&["b", "c", "a"]));
    assert_eq!(move_to(&three, "z", 0), three);
}

// ---------------------------------------------------------------------------
// Table

#[test]
fn missing_cells_are_explicit_and_rows_only_for_indicators_present() {
    let ix = index(vec![cov("f1", "72.71", 30.0, "2024")]);
    let t = table(&ix, &codes(&["72.71", "72.02", "99.99"]));
    assert_eq!(
        t.columns.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
        ["72.71", "72.02"]
    );
    assert_eq!(t.rows.len(), 1, "no row for indicators nobody has");
    assert_eq!(t.rows[0].indicator.id, "coverage_rate");
    assert_eq!(t.rows[0].cells[1], Cell::Missing);
    match &t.rows[0].cells[0] {
        Cell::Figures(c) => assert_eq!(c.headline.as_ref().unwrap().figure.value, 30.0),
        Cell::Missing => panic!("Palu has a figure"),
    }
}

#[test]
fn headline_is_latest_reported_current_all_workers_and_conflicts_are_kept() {
    let ix = index(vec![
        fig("t", "72.71", "coverage_rate", 50.0, "2025", json!({"status": "target"})),
        fig("a", "72.71", "coverage_rate", 30.0, "2024-12", json!({"source": "s2"})),
        fig("b", "72.71", "coverage_rate", 27.0, "2024", json!({"source": "s1"})),
        fig("h", "72.71", "coverage_rate", 10.0, "2018", json!({"historical": true})),
        fig("pu", "72.71", "coverage_rate", 40.0, "2025", json!({"segment": "pu"})),
        fig(
            "nosrc",
            "72.71",
            "coverage_rate",
            99.0,
            "2026",
            json!({"source": "nowhere"}),
        ),
    ]);
    let t = table(&ix, &codes(&["72.71"]));
    let Cell::Figures(c) = &t.rows[0].cells[0] else {
        panic!("expected figures")
    };
    assert_eq!(c.headline.as_ref().unwrap().figure.id, "a");
    let ids = |v: &[compare::FigureView]| v.iter().map(|x| x.figure.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&c.conflicting),
        ["b"],
        "a 2024 figure of another value is kept, not averaged"
    );
    assert_eq!(ids(&c.others), ["h", "t", "pu"]);
    assert!(c.headline.as_ref().unwrap().source.is_some());
    assert!(
        !t.figures().iter().any(|f| f.id == "nosrc"),
        "a figure without a source is never shown"
    );
}

#[test]
fn branch_figures_appear_only_as_branch_level() {
    let ix = index(vec![
        fig("w1", "72.71", "covered_workers", 59073.0, "2021-09", json!({})),
        fig("br", "cabang.palu", "covered_workers", 120000.0, "2021-09", json!({})),
    ]);
    let t = table(&ix, &codes(&["72.71", "72.10", "72.03"]));
    let row = &t.rows[0];
    let Cell::Figures(palu) = &row.cells[0] else { panic!() };
    assert_eq!(palu.headline.as_ref().unwrap().figure.id, "w1");
    assert_eq!(palu.branch.len(), 1);
    let Cell::Figures(sigi) = &row.cells[1] else {
        panic!("Sigi has a branch figure")
    };
    assert!(sigi.headline.is_none(), "a branch figure is not the region's own value");
    assert_eq!(sigi.branch[0].branch.code, "cabang.palu");
    assert!(sigi.branch[0]
        .view
        .caveats
        .iter()
        .any(|c| matches!(c, Caveat::Branch { .. })));
    assert_eq!(row.cells[2], Cell::Missing, "Donggala is not served by this branch");

    let ch = chart(&ix, &codes(&["72.71", "72.10", "72.03"]), "covered_workers", None).unwrap();
    assert_eq!(bar_codes(&ch.comparable), ["72.71"]);
    let (bar, reason) = &ch.separated[0];
    assert_eq!(bar.region.code, "72.10");
    assert_eq!(bar.branch.as_ref().unwrap().code, "cabang.palu");
    assert_eq!(
        reason,
        &Reason::BranchLevel {
            branch: "BPJS Cabang Palu".into()
        }
    );
    assert_eq!(
        reason.message(Lang::Id),
        "Angka untuk BPJS Cabang Palu, kantor cabang BPJS yang melayani beberapa daerah, bukan untuk daerah ini saja."
    );
    assert_eq!(
        ch.missing.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
        ["72.03"]
    );
}

// ---------------------------------------------------------------------------
// Chart and comparability

#[test]
fn different_bases_are_separated_and_unknown_basis_is_flagged() {
    let ix = index(vec![
        fig(
            "a",
            "72.71",
            "coverage_rate",
            30.0,
            "2024",
            json!({"denominator_basis": "labour_force"}),
        ),
        fig(
            "b",
            "72.08",
            "coverage_rate",
            20.0,
            "2024",
            json!({"denominator_basis": "labour_force"}),
        ),
        fig(
            "c",
            "72.01",
            "coverage_rate",
            40.0,
            "2024",
            json!({"denominator_basis": "potential_participants"}),
        ),
        cov("d", "72.02", 25.0, "2024"),
    ]);
    let ch = chart(
        &ix,
        &codes(&["72.71", "72.08", "72.01", "72.02"]),
        "coverage_rate",
        None,
    )
    .unwrap();
    assert_eq!(
        ch.reference.as_ref().unwrap().basis,
        Some(DenominatorBasis::LabourForce)
    );
    assert_eq!(bar_codes(&ch.comparable), ["72.71", "72.08", "72.02"]);
    assert_eq!(
        ch.comparable[2].notes,
        vec![Note::BasisUnknown {
            reference: DenominatorBasis::LabourForce
        }]
    );
    assert_eq!(
        ch.comparable[2].notes[0].message(Lang::En),
        "The source does not state this percentage's base; the others are shares of the labour force."
    );
    let (bar, reason) = &ch.separated[0];
    assert_eq!(bar.region.code, "72.01");
    assert_eq!(
        reason,
        &Reason::DifferentBasis {
            basis: DenominatorBasis::PotentialParticipants,
            reference: DenominatorBasis::LabourForce
        }
    );
    assert_eq!(
        reason.message(Lang::Id),
        "Persentase dari potensi peserta, sedangkan yang lain dari angkatan kerja: dasar berbeda, tidak sebanding."
    );
    assert_eq!(
        reason.message(Lang::En),
        "A share of the potential participants; the others are shares of the labour force, a different base."
    );
    let other = Reason::DifferentBasis {
        basis: DenominatorBasis::Other,
        reference: DenominatorBasis::Employed,
    };
    assert_eq!(
        other.message(Lang::En),
        "A share of another base; the others are shares of the employed population, a different base."
    );
    assert_eq!(
        ch.reference.as_ref().unwrap().describe(Lang::Id),
        "2024, persentase dari angkatan kerja"
    );
    assert_eq!(
        ch.reference.as_ref().unwrap().describe(Lang::En),
        "2024, share of the labour force"
    );
}

#[test]
fn mixed_years_history_and_targets_are_kept_apart() {
    let ix = index(vec![
        cov("a", "72.71", 30.0, "2024"),
        cov("b", "72.08", 20.0, "2024-06"),
        cov("c", "72.01", 40.0, "2025"),
        fig("d", "72.02", "coverage_rate", 10.0, "2018", json!({"historical": true})),
        fig("e", "72.10", "coverage_rate", 50.0, "2024", json!({"status": "target"})),
    ]);
    let ch = chart(
        &ix,
        &codes(&["72.71", "72.08", "72.01", "72.02", "72.10"]),
        "coverage_rate",
        None,
    )
    .unwrap();
    let key = ch.reference.clone().unwrap();
    assert_eq!((key.year, key.status), (Some(2024), FigureStatus::Reported));
    assert_eq!(bar_codes(&ch.comparable), ["72.71", "72.08"]);
    let reasons: Vec<(&str, &Reason)> = ch.separated.iter().map(|(b, r)| (b.region.code.as_str(), r)).collect();
    assert_eq!(
        reasons,
        vec![
            (
                "72.01",
                &Reason::DifferentYear {
                    year: Some(2025),
                    reference: Some(2024)
                }
            ),
            ("72.02", &Reason::Historical { year: Some(2018) }),
            (
                "72.10",
                &Reason::DifferentStatus {
                    status: FigureStatus::Target,
                    reference: FigureStatus::Reported
                }
            ),
        ]
    );
    assert_eq!(
        reasons[0].1.message(Lang::Id),
        "Data tahun 2025, sedangkan yang lain tahun 2024."
    );
    assert_eq!(
        reasons[0].1.message(Lang::En),
        "Data for 2025; the others are for 2024."
    );
    assert_eq!(
        reasons[1].1.message(Lang::En),
        "Data from 2018: history, not the current state."
    );
    assert_eq!(
        reasons[2].1.message(Lang::Id),
        "Ini target, bukan angka capaian seperti angka lainnya."
    );
    assert_eq!(
        reasons[2].1.message(Lang::En),
        "This is a target, not a reported figure like the others."
    );
    // No sentence across groups.
    assert_eq!(
        sentence(&ch.comparable[0], &ch.separated[0].0, &ch.indicator, Lang::Id),
        None
    );
    assert_eq!(
        sentence(&ch.comparable[0], &ch.separated[2].0, &ch.indicator, Lang::En),
        None
    );
}

#[test]
fn reference_group_is_the_most_common_and_an_older_comparable_figure_is_used() {
    let ix = index(vec![
        cov("a", "72.71", 30.0, "2024"),
        cov("b", "72.08", 20.0, "2024"),
        cov("c", "72.02", 25.0, "2024"),
        cov("d1", "72.01", 40.0, "2025"),
        cov("d0", "72.01", 35.0, "2024"),
    ]);
    let ch = chart(
        &ix,
        &codes(&["72.71", "72.08", "72.02", "72.01"]),
        "coverage_rate",
        None,
    )
    .unwrap();
    assert_eq!(ch.reference.as_ref().unwrap().year, Some(2024));
    assert_eq!(bar_codes(&ch.comparable), ["72.71", "72.08", "72.02", "72.01"]);
    let banggai = &ch.comparable[3];
    assert_eq!(banggai.view.figure.id, "d0");
    assert_eq!(banggai.newer.as_ref().unwrap().figure.id, "d1");
    assert_eq!(banggai.notes, vec![Note::Newer { date: "2025".into() }]);
    assert_eq!(
        banggai.notes[0].message(Lang::Id),
        "Ada angka yang lebih baru (2025), tetapi tidak sebanding dengan yang lain."
    );
    assert!(ch.separated.is_empty());
}

#[test]
fn reported_current_groups_are_preferred_over_more_common_targets() {
    let ix = index(vec![
        fig(
            "t1",
            "72.71",
            "coverage_rate",
            50.0,
            "2025",
            json!({"status": "target"}),
        ),
        fig(
            "t2",
            "72.08",
            "coverage_rate",
            50.0,
            "2025",
            json!({"status": "target"}),
        ),
        fig(
            "t3",
            "72.01",
            "coverage_rate",
            50.0,
            "2025",
            json!({"status": "target"}),
        ),
        cov("r", "72.02", 20.0, "2024"),
    ]);
    let ch = chart(
        &ix,
        &codes(&["72.71", "72.08", "72.01", "72.02"]),
        "coverage_rate",
        None,
    )
    .unwrap();
    assert_eq!(bar_codes(&ch.comparable), ["72.02"]);
    assert_eq!(ch.separated.len(), 3);
}

#[test]
fn approximate_values_are_drawn_but_flagged_and_conflicts_block_sentences() {
    let ix = index(vec![
        fig("a", "72.71", "coverage_rate", 50.0, "2025", json!({"approx": "about"})),
        fig("b1", "72.08", "coverage_rate", 37.0, "2025-12", json!({"source": "s1"})),
        fig("b2", "72.08", "coverage_rate", 27.0, "2025", json!({"source": "s2"})),
    ]);
    let ch = chart(&ix, &codes(&["72.71", "72.08"]), "coverage_rate", None).unwrap();
    assert_eq!(bar_codes(&ch.comparable), ["72.71", "72.08"]);
    assert!(ch.comparable[0].is_approximate());
    assert!(ch.comparable[0].view.caveats.contains(&Caveat::Approx(Approx::About)));
    let parimo = &ch.comparable[1];
    assert_eq!(
        parimo.view.figure.id, "b2",
        "same period end: the later publication leads"
    );
    assert_eq!(
        parimo
            .conflicting
            .iter()
            .map(|v| v.figure.id.as_str())
            .collect::<Vec<_>>(),
        ["b1"]
    );
    assert_eq!(parimo.notes, vec![Note::Conflicting { count: 1 }]);
    assert_eq!(
        parimo.notes[0].message(Lang::En),
        "1 other figure for the same period differs; both are shown, never averaged."
    );
    assert_eq!(sentence(&ch.comparable[0], parimo, &ch.indicator, Lang::Id), None);
    assert!(ch.sentences(Lang::En).is_empty());
    assert_eq!(ch.figures().len(), 3);
}

// ---------------------------------------------------------------------------
// Sentences

fn two(a: Value, b: Value) -> compare::ChartModel {
    let ind = a["indicator"].as_str().unwrap().to_string();
    let ra = a["region"].as_str().unwrap().to_string();
    let rb = b["region"].as_str().unwrap().to_string();
    let ix = index(vec![a, b]);
    let ch = chart(&ix, &[ra, rb], &ind, None).unwrap();
    assert_eq!(ch.comparable.len(), 2, "{:?}", ch.separated);
    ch
}

fn say(ch: &compare::ChartModel, first: usize, lang: Lang) -> Option<String> {
    sentence(&ch.comparable[first], &ch.comparable[1 - first], &ch.indicator, lang)
}

#[test]
fn percentage_sentences_give_points_and_a_ratio() {
    let ch = two(cov("a", "72.71", 32.1, "2024"), cov("b", "72.08", 19.8, "2024"));
    assert_eq!(
        say(&ch, 0, Lang::Id).unwrap(),
        "Cakupan di Kota Palu 12,3 poin persentase lebih tinggi daripada Kabupaten Parigi Moutong, sekitar 1,6 kali lipat (2024)."
    );
    assert_eq!(
        say(&ch, 0, Lang::En).unwrap(),
        "Coverage in Kota Palu is 12.3 percentage points higher than in Kabupaten Parigi Moutong, about 1.6 times as high (2024)."
    );
    assert_eq!(
        say(&ch, 1, Lang::Id).unwrap(),
        "Cakupan di Kabupaten Parigi Moutong 12,3 poin persentase lebih rendah daripada Kota Palu (2024)."
    );
    assert_eq!(
        say(&ch, 1, Lang::En).unwrap(),
        "Coverage in Kabupaten Parigi Moutong is 12.3 percentage points lower than in Kota Palu (2024)."
    );
    assert_eq!(ch.sentences(Lang::Id), vec![say(&ch, 0, Lang::Id).unwrap()]);
}

#[test]
fn approximate_percentages_say_about_double_and_half() {
    let ch = two(
        fig("a", "72.71", "coverage_rate", 50.0, "2024", json!({"approx": "about"})),
        cov("b", "72.01", 24.5, "2024"),
    );
    assert_eq!(
        say(&ch, 0, Lang::Id).unwrap(),
        "Cakupan di Kota Palu sekitar 26 poin persentase lebih tinggi daripada Kabupaten Banggai, sekitar dua kali lipat (2024)."
    );
    assert_eq!(
        say(&ch, 0, Lang::En).unwrap(),
        "Coverage in Kota Palu is about 26 percentage points higher than in Kabupaten Banggai, about double (2024)."
    );
    assert_eq!(
        say(&ch, 1, Lang::Id).unwrap(),
        "Cakupan di Kabupaten Banggai sekitar 26 poin persentase lebih rendah daripada Kota Palu, sekitar separuhnya (2024)."
    );
    assert_eq!(
        say(&ch, 1, Lang::En).unwrap(),
        "Coverage in Kabupaten Banggai is about 26 percentage points lower than in Kota Palu, about half as high (2024)."
    );
}

#[test]
fn close_percentages_are_about_the_same() {
    let ch = two(
        fig("a", "72.71", "coverage_rate", 50.0, "2024", json!({"approx": "about"})),
        cov("b", "72.08", 49.8, "2024"),
    );
    assert_eq!(
        say(&ch, 0, Lang::Id).unwrap(),
        "Cakupan di Kota Palu hampir sama dengan Kabupaten Parigi Moutong (2024)."
    );
    assert_eq!(
        say(&ch, 0, Lang::En).unwrap(),
        "Coverage in Kota Palu is about the same as in Kabupaten Parigi Moutong (2024)."
    );
    let ch = two(cov("a", "72.71", 8.0, "2025"), cov("b", "72.08", 25.0, "2025"));
    assert_eq!(
        say(&ch, 0, Lang::En).unwrap(),
        "Coverage in Kota Palu is 17 percentage points lower than in Kabupaten Parigi Moutong, less than half as high (2025)."
    );
}

#[test]
fn count_sentences_use_ratios() {
    let w = |id: &str, r: &str, v: f64| fig(id, r, "covered_workers", v, "2024", json!({}));
    let ch = two(w("a", "72.71", 59073.0), w("b", "72.08", 36500.0));
    assert_eq!(
        say(&ch, 0, Lang::Id).unwrap(),
        "Jumlah pekerja terlindungi di Kota Palu sekitar 1,6 kali Kabupaten Parigi Moutong (2024)."
    );
    assert_eq!(
        say(&ch, 0, Lang::En).unwrap(),
        "The number of covered workers in Kota Palu is about 1.6 times that of Kabupaten Parigi Moutong (2024)."
    );
    assert_eq!(
        say(&ch, 1, Lang::Id).unwrap(),
        "Jumlah pekerja terlindungi di Kabupaten Parigi Moutong sekitar 60 persen dari Kota Palu (2024)."
    );
    assert_eq!(
        say(&ch, 1, Lang::En).unwrap(),
        "The number of covered workers in Kabupaten Parigi Moutong is about 60 percent of that of Kota Palu (2024)."
    );
    let ch = two(w("a", "72.71", 20000.0), w("b", "72.08", 10100.0));
    assert_eq!(
        say(&ch, 0, Lang::Id).unwrap(),
        "Jumlah pekerja terlindungi di Kota Palu sekitar dua kali lipat Kabupaten Parigi Moutong (2024)."
    );
    assert_eq!(
        say(&ch, 1, Lang::En).unwrap(),
        "The number of covered workers in Kabupaten Parigi Moutong is about half that of Kota Palu (2024)."
    );
    let ch = two(w("a", "72.71", 10000.0), w("b", "72.08", 10200.0));
    assert_eq!(
        say(&ch, 0, Lang::Id).unwrap(),
        "Jumlah pekerja terlindungi di Kota Palu hampir sama dengan Kabupaten Parigi Moutong (2024)."
    );
    let ch = two(w("a", "72.71", 250000.0), w("b", "72.08", 10000.0));
    assert_eq!(
        say(&ch, 0, Lang::En).unwrap(),
        "The number of covered workers in Kota Palu is about 25 times that of Kabupaten Parigi Moutong (2024)."
    );
    let ch = two(w("a", "72.71", 5.0), w("b", "72.08", 0.0));
    assert_eq!(
        say(&ch, 0, Lang::Id).unwrap(),
        "Jumlah pekerja terlindungi di Kota Palu lebih tinggi daripada Kabupaten Parigi Moutong (2024)."
    );
}

#[test]
fn bounds_get_no_sentence() {
    let ch = two(
        fig(
            "a",
            "72.71",
            "coverage_rate",
            50.0,
            "2025",
            json!({"approx": "at_least"}),
        ),
        cov("b", "72.08", 30.0, "2025"),
    );
    assert!(ch.comparable[0].is_approximate(), "drawn, flagged");
    assert_eq!(say(&ch, 0, Lang::Id), None);
    assert_eq!(say(&ch, 1, Lang::En), None);
}

// ---------------------------------------------------------------------------
// Ranking

#[test]
fn rank_state_parses_serialises_and_round_trips() {
    let s = RankState::from_query("/peringkat?i=coverage_rate&prov=73&kind=kabupaten&sort=value&dir=desc");
    assert_eq!(s.indicator, "coverage_rate");
    assert_eq!(s.province.as_deref(), Some("73"));
    assert_eq!(s.kind, Some(KindFilter::Kabupaten));
    assert_eq!((s.sort, s.dir), (SortBy::Value, Some(SortDir::Desc)));
    assert_eq!(s.to_query(), "i=coverage_rate&prov=73&kind=kabupaten&dir=desc");
    assert_eq!(RankState::from_query(&s.to_query()), s);

    let states = [
        RankState::default(),
        RankState {
            segment: Segment::Bpu,
            sort: SortBy::Name,
            ..Default::default()
        },
        RankState {
            kind: Some(KindFilter::KabKota),
            dir: Some(SortDir::Asc),
            ..Default::default()
        },
        RankState {
            indicator: "covered_workers".into(),
            province: Some("72".into()),
            kind: Some(KindFilter::Kota),
            ..Default::default()
        },
    ];
    for st in states {
        assert_eq!(RankState::from_query(&st.to_query()), st, "{}", st.to_query());
    }
    assert_eq!(
        RankState {
            segment: Segment::NonAsn,
            ..Default::default()
        }
        .to_query(),
        "i=coverage_rate&seg=non_asn"
    );
}

#[test]
fn rank_state_tolerates_bad_values() {
    let s = RankState::from_query("i=DROP%20TABLE&prov=7x&kind=desa&sort=random&dir=up&seg=alien&zzz");
    assert_eq!(s, RankState::default());
    assert_eq!(RankState::from_query("%%%&&=&i="), RankState::default());
    let s = RankState::from_query("sort=NAME&kind=Kab_Kota&seg=BPU");
    assert_eq!(
        (s.sort, s.kind, s.segment),
        (SortBy::Name, Some(KindFilter::KabKota), Segment::Bpu)
    );
    assert_eq!(s.dir_or_default(), SortDir::Asc);
    let ix = index(vec![cov("a", "72.71", 1.0, "2024")]);
    let (s, issues) = RankState::from_query("i=nope&prov=99").checked(&ix);
    assert_eq!((s.indicator.as_str(), s.province.clone()), ("coverage_rate", None));
    assert_eq!(
        issues,
        vec![
            RankIssue::UnknownProvince("99".into()),
            RankIssue::UnknownIndicator("nope".into())
        ]
    );
    let (s, issues) = RankState::from_query("prov=72").checked(&ix);
    assert_eq!(s.province.as_deref(), Some("72"));
    assert!(issues.is_empty());
    assert_eq!(s.kind_or_default(), KindFilter::KabKota);
    assert_eq!(RankState::default().kind_or_default(), KindFilter::Provinsi);
}

#[test]
fn rank_state_says_which_url_values_it_could_not_use() {
    let (s, issues) = RankState::parse("i=DROP%20TABLE&prov=7x&kind=desa&sort=random&dir=up&seg=alien&zzz=1");
    assert_eq!(s, RankState::default());
    assert_eq!(
        issues,
        vec![
            RankIssue::BadValue("i", "DROP TABLE".into()),
            RankIssue::BadValue("seg", "alien".into()),
            RankIssue::BadValue("prov", "7x".into()),
            RankIssue::BadValue("kind", "desa".into()),
            RankIssue::BadValue("sort", "random".into()),
            RankIssue::BadValue("dir", "up".into()),
        ]
    );
    // Good values, in the spellings people type, say nothing.
    let (_, issues) = RankState::parse("i=coverage_rate&seg=BPU&prov=72&kind=kab&sort=nilai&dir=ASC");
    assert!(issues.is_empty(), "{issues:?}");
    // A long value is clipped in the message.
    let (_, issues) = RankState::parse(&format!("seg={}", "x".repeat(500)));
    assert_eq!(issues, vec![RankIssue::BadValue("seg", "x".repeat(40))]);
    // A group the data has no figure for is named, and the ranking covers all workers:
    // its choice list only offers groups in use, so it could not show it as chosen.
    let ix = index(vec![cov("a", "72.71", 1.0, "2024")]);
    let (s, issues) = RankState::from_query("seg=pmi").checked(&ix);
    assert_eq!(s.segment, Segment::All);
    assert_eq!(issues, vec![RankIssue::SegmentNotInData(Segment::Pmi)]);
}

fn ranked(r: &cakupan::core::rank::Ranking) -> Vec<(u32, &str, Tie)> {
    r.rows
        .iter()
        .map(|x| (x.rank, x.bar.region.short_name.as_str(), x.tie))
        .collect()
}

#[test]
fn ties_share_a_rank_and_missing_comes_last() {
    let ix = index(vec![
        cov("a", "72.71", 60.0, "2024"),
        cov("b", "72.08", 50.0, "2024"),
        cov("c", "72.01", 50.0, "2024"),
        cov("d", "72.02", 40.0, "2024"),
        cov("x", "73.73", 90.0, "2024"),
    ]);
    let r = rank(&ix, &RankState::from_query("i=coverage_rate&prov=72"));
    assert_eq!(
        ranked(&r),
        vec![
            (1, "Palu", Tie::None),
            (2, "Banggai", Tie::Equal),
            (2, "Parigi Moutong", Tie::Equal),
            (4, "Poso", Tie::None)
        ]
    );
    assert_eq!(
        r.missing.iter().map(|m| m.short_name.as_str()).collect::<Vec<_>>(),
        ["Donggala", "Sigi"]
    );
    assert!(r.separated.is_empty());
    assert_eq!(Tie::Equal.message(Lang::En), Some("Shared rank: the same value."));

    let asc = rank(&ix, &RankState::from_query("prov=72&dir=asc"));
    assert_eq!(
        asc.rows.iter().map(|x| x.rank).collect::<Vec<_>>(),
        [4, 2, 2, 1],
        "rank 1 stays the highest"
    );
    let by_name = rank(&ix, &RankState::from_query("prov=72&sort=name"));
    assert_eq!(
        by_name
            .rows
            .iter()
            .map(|x| x.bar.region.short_name.as_str())
            .collect::<Vec<_>>(),
        ["Banggai", "Palu", "Parigi Moutong", "Poso"]
    );
    let by_name_desc = rank(&ix, &RankState::from_query("prov=72&sort=name&dir=desc"));
    assert_eq!(by_name_desc.rows[0].bar.region.short_name, "Poso");
    let kota = rank(&ix, &RankState::from_query("prov=72&kind=kota"));
    assert_eq!(ranked(&kota), vec![(1, "Palu", Tie::None)]);
    assert!(kota.missing.is_empty());
}

#[test]
fn approximate_values_tie_with_neighbours_within_their_range() {
    let ix = index(vec![
        cov("a", "72.71", 51.0, "2024"),
        fig("b", "72.08", "coverage_rate", 50.0, "2024", json!({"approx": "about"})),
        cov("c", "72.01", 49.8, "2024"),
        cov("d", "72.02", 40.0, "2024"),
        fig(
            "e",
            "72.10",
            "coverage_rate",
            50.0,
            "2024",
            json!({"approx": "at_least"}),
        ),
    ]);
    let r = rank(&ix, &RankState::from_query("prov=72"));
    assert_eq!(
        ranked(&r),
        vec![
            (1, "Palu", Tie::Uncertain),
            (1, "Parigi Moutong", Tie::Uncertain),
            (1, "Banggai", Tie::Uncertain),
            (4, "Poso", Tie::None),
        ],
        "about 50% is not ranked above 49.8% as if precise"
    );
    let (bar, reason) = &r.separated[0];
    assert_eq!(bar.region.short_name, "Sigi");
    assert_eq!(reason, &Reason::OnlyBound(Approx::AtLeast));
    assert_eq!(
        reason.message(Lang::Id),
        "Sumber hanya menyebut batas bawah, jadi tidak diberi peringkat."
    );
    assert_eq!(
        r.missing.iter().map(|m| m.short_name.as_str()).collect::<Vec<_>>(),
        ["Donggala"]
    );

    // Outside the ±5% range, the order is certain.
    let ix = index(vec![
        fig("b", "72.08", "coverage_rate", 50.0, "2024", json!({"approx": "about"})),
        cov("c", "72.01", 47.0, "2024"),
    ]);
    let r = rank(&ix, &RankState::from_query("prov=72"));
    assert_eq!(
        ranked(&r),
        vec![(1, "Parigi Moutong", Tie::None), (2, "Banggai", Tie::None)]
    );
}

#[test]
fn other_bases_and_statuses_are_listed_apart_with_a_reason() {
    let lf = json!({"denominator_basis": "labour_force"});
    let ix = index(vec![
        fig("a", "72.71", "coverage_rate", 30.0, "2024", lf.clone()),
        fig("b", "72.08", "coverage_rate", 20.0, "2024", lf.clone()),
        fig("c", "72.01", "coverage_rate", 25.0, "2024", json!({})),
        fig(
            "d",
            "72.10",
            "coverage_rate",
            45.0,
            "2024",
            json!({"denominator_basis": "potential_participants"}),
        ),
        fig("e", "72.03", "coverage_rate", 80.0, "2024", json!({"status": "target"})),
    ]);
    let r = rank(&ix, &RankState::from_query("prov=72"));
    assert_eq!(
        ranked(&r),
        vec![
            (1, "Palu", Tie::None),
            (2, "Banggai", Tie::None),
            (3, "Parigi Moutong", Tie::None)
        ]
    );
    assert!(r.rows[1].bar.notes.contains(&Note::BasisUnknown {
        reference: DenominatorBasis::LabourForce
    }));
    let apart: Vec<(&str, &Reason)> = r
        .separated
        .iter()
        .map(|(b, x)| (b.region.short_name.as_str(), x))
        .collect();
    assert_eq!(
        apart,
        vec![
            (
                "Donggala",
                &Reason::DifferentStatus {
                    status: FigureStatus::Target,
                    reference: FigureStatus::Reported
                }
            ),
            (
                "Sigi",
                &Reason::DifferentBasis {
                    basis: DenominatorBasis::PotentialParticipants,
                    reference: DenominatorBasis::LabourForce
                }
            ),
        ]
    );
    assert_eq!(
        r.missing.iter().map(|m| m.short_name.as_str()).collect::<Vec<_>>(),
        ["Poso"]
    );
    assert_eq!(r.reference.as_ref().unwrap().unit, Unit::Percent);
}

#[test]
fn province_and_national_figures_are_reference_lines_when_comparable() {
    let ix = index(vec![
        cov("a", "72.71", 30.0, "2024"),
        cov("b", "72.08", 20.0, "2024"),
        cov("p", "72", 25.0, "2024"),
        cov("n", "ID", 40.0, "2023"),
    ]);
    let r = rank(&ix, &RankState::from_query("prov=72"));
    assert_eq!(
        r.reference_lines
            .iter()
            .map(|b| b.region.code.as_str())
            .collect::<Vec<_>>(),
        ["72"],
        "2023 national is not comparable"
    );
    assert_eq!(r.province.as_ref().unwrap().code, "72");

    let ix = index(vec![
        cov("p", "72", 25.0, "2024"),
        cov("q", "73", 35.0, "2024"),
        cov("n", "ID", 40.0, "2024"),
    ]);
    let r = rank(&ix, &RankState::default());
    assert_eq!(
        ranked(&r),
        vec![(1, "Sulawesi Selatan", Tie::None), (2, "Sulawesi Tengah", Tie::None)]
    );
    assert_eq!(
        r.reference_lines
            .iter()
            .map(|b| b.region.code.as_str())
            .collect::<Vec<_>>(),
        ["ID"]
    );
    assert_eq!(r.missing.len(), 3, "provinces without a figure");
    assert_eq!(r.figures().len(), 3);
}

#[test]
fn reference_figures_sit_where_their_value_falls() {
    let ix = index(vec![
        cov("a", "72.71", 30.0, "2024"),
        cov("b", "72.08", 20.0, "2024"),
        cov("c", "72.01", 25.0, "2024"),
        cov("p", "72", 25.0, "2024"),
        cov("n", "ID", 22.0, "2024"),
    ]);
    let order = |query: &str| {
        let st = RankState::from_query(query);
        let r = rank(&ix, &st);
        r.lines(&st)
            .iter()
            .map(|l| match l {
                RankLine::Ranked(row) => row.bar.region.short_name.clone(),
                RankLine::Reference(b) => format!("({})", b.region.short_name),
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        order("prov=72"),
        ["Palu", "Banggai", "(Sulawesi Tengah)", "(Indonesia)", "Parigi Moutong"],
        "highest first: a reference comes after the rows of its own value"
    );
    assert_eq!(
        order("prov=72&dir=asc"),
        ["Parigi Moutong", "(Indonesia)", "Banggai", "(Sulawesi Tengah)", "Palu"]
    );
    assert_eq!(
        order("prov=72&sort=name"),
        ["(Sulawesi Tengah)", "(Indonesia)", "Banggai", "Palu", "Parigi Moutong"],
        "by name, the references come first"
    );
}

#[test]
fn the_top_of_a_ranking_opens_as_a_comparison() {
    let ix = index(vec![
        cov("a", "72.71", 30.0, "2024"),
        cov("b", "72.08", 20.0, "2024"),
        cov("c", "72.01", 25.0, "2024"),
    ]);
    // By rank, whatever the display order.
    let top = rank(&ix, &RankState::from_query("prov=72&sort=name&dir=desc")).top_as_comparison();
    assert_eq!(
        top,
        Some(CompareState {
            regions: codes(&["72.71", "72.01", "72.08"]),
            indicator: Some("coverage_rate".into()),
        })
    );
    let one = rank(&ix, &RankState::from_query("prov=72&kind=kota"));
    assert_eq!(one.rows.len(), 1);
    assert_eq!(one.top_as_comparison(), None, "one region is nothing to compare");
}

#[test]
fn segment_filter_ranks_only_that_segment() {
    let ix = index(vec![
        fig("a", "72.71", "coverage_rate", 30.0, "2024", json!({"segment": "bpu"})),
        fig("b", "72.08", "coverage_rate", 20.0, "2024", json!({"segment": "bpu"})),
        cov("c", "72.01", 90.0, "2024"),
    ]);
    let r = rank(&ix, &RankState::from_query("prov=72&seg=bpu"));
    assert_eq!(
        ranked(&r),
        vec![(1, "Palu", Tie::None), (2, "Parigi Moutong", Tie::None)]
    );
    assert!(r.missing.iter().any(|m| m.short_name == "Banggai"));
    assert_eq!(
        r.reference.as_ref().unwrap().describe(Lang::Id),
        "2024, pekerja bukan penerima upah (BPU)"
    );
    assert_eq!(
        ix.segments_in_use(),
        [Segment::All, Segment::Bpu],
        "the choices offered"
    );
}

#[test]
fn choosing_a_province_ranks_its_regions_not_itself() {
    let mut st = RankState::from_query("kind=provinsi");
    st.set_province(Some("72".into()));
    assert_eq!((st.province.as_deref(), st.kind), (Some("72"), None));
    assert_eq!(st.kind_or_default(), KindFilter::KabKota);
    let mut st = RankState::from_query("kind=kota");
    st.set_province(Some("72".into()));
    assert_eq!(st.kind, Some(KindFilter::Kota), "another kind is kept");
    st.set_province(None);
    assert_eq!((st.province, st.kind), (None, Some(KindFilter::Kota)));
}

// ---------------------------------------------------------------------------
// Export

#[test]
fn csv_quotes_and_guards_against_formulas() {
    let ix = index(vec![
        fig(
            "f1",
            "72.71",
            "coverage_rate",
            47.04,
            "2025-08",
            json!({"source": "evil", "numerator": 334786.0, "denominator": 711705.0}),
        ),
        fig(
            "f2",
            "72.08",
            "benefits_paid",
            -1234567.5,
            "2024",
            json!({"source": "minus"}),
        ),
        fig(
            "f3",
            "72.08",
            "covered_workers",
            13245.0,
            "2024",
            json!({"source": "nowhere"}),
        ),
    ]);
    let csv = to_csv(&rows(&ix.dataset.figures, &ix, Lang::En));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], HEADER.join(","));
    assert_eq!(
        lines[0],
        "figure_id,region_code,region_name,indicator_id,indicator_label,value,unit,numerator,denominator,denominator_basis,as_of,period_kind,period_start,status,approx,caveats,segment,source_publisher,source_title,source_url,source_date"
    );
    assert!(csv.contains(
        "f1,72.71,Kota Palu,coverage_rate,Coverage,47.04,percent,334786,711705,,2025-08,point,,reported,exact,,all,\"'=HYPERLINK(\"\"http://x\"\")\",\"Kab. A, \"\"kutipan\"\"\nbaris 2\",\"https://x.test/a?b=1,2\",2024-01-02\r\n"
    ), "{csv}");
    assert!(csv.contains(
        "f2,72.08,Kabupaten Parigi Moutong,benefits_paid,Benefits paid,-1234567.5,rupiah,,,,2024,point,,reported,exact,,all,'-2+3,'@SUM(A1),,2024\r\n"
    ), "a negative number is not prefixed; text is: {csv}");
    assert!(!csv.contains("f3"), "no source, not exported");
    assert!(csv.ends_with("\r\n"));

    // A standard reader gets the same fields back.
    let mut rdr = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(&recs[0][18], "Kab. A, \"kutipan\"\nbaris 2");
    assert_eq!(&recs[0][17], "'=HYPERLINK(\"http://x\")");
    assert_eq!(recs[0].len(), HEADER.len());
}

#[test]
fn csv_caveats_follow_the_language() {
    let ix = index(vec![fig(
        "f1",
        "cabang.palu",
        "coverage_rate",
        50.0,
        "2024",
        json!({"status": "target", "approx": "about", "denominator_basis": "labour_force"}),
    )]);
    let id = to_csv(&rows(&ix.dataset.figures, &ix, Lang::Id));
    let en = to_csv(&rows(&ix.dataset.figures, &ix, Lang::En));
    assert!(id.contains(",Cakupan,50,percent,,,labour_force,2024,point,,target,about,target; perkiraan; tingkat kantor cabang; angkatan kerja,all,"), "{id}");
    assert!(en.contains(",Coverage,50,percent,,,labour_force,2024,point,,target,about,target; approximate; branch-level; labour force,all,"), "{en}");
    assert!(id.starts_with("figure_id,"), "header is the same in both languages");
    assert!(
        en.contains(",cabang.palu,BPJS Cabang Palu,"),
        "a branch figure is exported under the branch"
    );
}

#[test]
fn citation_names_the_dataset_page_and_original_sources() {
    let ix = index(vec![
        fig("a", "72.71", "coverage_rate", 1.0, "2024", json!({"source": "s1"})),
        fig("b", "72.08", "coverage_rate", 1.0, "2024", json!({"source": "s1"})),
    ]);
    let url = "https://cakupan.example/bandingkan?w=72.08,72.71";
    assert_eq!(
        citation(&ix.dataset.figures, &ix, url, Lang::Id),
        "Sumber: Cakupan (data per 21 Nov 2026), https://cakupan.example/bandingkan?w=72.08,72.71; angka asli: ANTARA, 5 Des 2023"
    );
    let ix = index(vec![
        fig("a", "72.71", "coverage_rate", 1.0, "2024", json!({"source": "s1"})),
        fig("b", "72.08", "coverage_rate", 1.0, "2024", json!({"source": "s2"})),
        fig("c", "72.01", "coverage_rate", 1.0, "2024", json!({"source": "s3"})),
        fig("d", "72.02", "coverage_rate", 1.0, "2024", json!({"source": "s1"})),
        fig("e", "72.10", "coverage_rate", 1.0, "2024", json!({"source": "s4"})),
        fig("f", "72.03", "coverage_rate", 1.0, "2024", json!({"source": "s5"})),
        fig("g", "73", "coverage_rate", 1.0, "2024", json!({"source": "gone"})),
    ]);
    assert_eq!(
        citation(&ix.dataset.figures, &ix, url, Lang::En),
        "Source: Cakupan (data as of 21 Nov 2026), https://cakupan.example/bandingkan?w=72.08,72.71; original figures: ANTARA, 5 Dec 2023; Kabarpublic.com, 25 Mar 2024; Sebaran.com, 2 Oct 2023; and 2 more"
    );
    assert_eq!(
        citation(&ix.dataset.figures, &ix, url, Lang::Id),
        "Sumber: Cakupan (data per 21 Nov 2026), https://cakupan.example/bandingkan?w=72.08,72.71; angka asli: ANTARA, 5 Des 2023; Kabarpublic.com, 25 Mar 2024; Sebaran.com, 2 Okt 2023; dan 2 lainnya"
    );
    assert_eq!(
        citation(&[], &ix, "", Lang::En),
        "Source: Cakupan (data as of 21 Nov 2026)"
    );
}

// ---------------------------------------------------------------------------
// No panics

#[test]
fn odd_data_never_panics() {
    let ix = index(vec![
        fig("z", "72.71", "coverage_rate", 0.0, "2024", json!({})),
        fig("zz", "72.08", "coverage_rate", 0.0, "2024", json!({})),
        fig("huge", "72.01", "covered_workers", 1e300, "garbage-date", json!({})),
        fig("orphan", "99.99", "coverage_rate", 5.0, "2024", json!({})),
        fig("noind", "72.71", "nope", 5.0, "2024", json!({})),
        fig(
            "cum",
            "72.02",
            "benefits_paid",
            5e9,
            "2024",
            json!({"as_of": {"date": "2024", "kind": "cumulative", "start": "2022"}}),
        ),
        fig("br", "cabang.palu", "benefits_paid", 7e9, "2024", json!({})),
    ]);
    let all: Vec<String> = ix.dataset.regions.iter().map(|r| r.code.clone()).collect();
    let t = table(&ix, &all);
    assert_eq!(t.columns.len(), 8);
    for ind in ["coverage_rate", "covered_workers", "benefits_paid"] {
        let ch = chart(&ix, &all, ind, None).unwrap();
        for lang in [Lang::Id, Lang::En] {
            let _ = ch.sentences(lang);
            for (_, r) in &ch.separated {
                assert!(!r.message(lang).is_empty());
            }
        }
        for q in ["", "kind=kabkota", "kind=provinsi&prov=72", "sort=name&dir=desc"] {
            let mut st = RankState::from_query(q);
            st.indicator = ind.into();
            let r = rank(&ix, &st);
            let _ = to_csv(&rows(&r.figures(), &ix, Lang::Id));
            let _ = citation(&r.figures(), &ix, "x", Lang::En);
        }
    }
    assert!(chart(&ix, &all, "nope", None).is_none());
    assert_eq!(
        rank(
            &ix,
            &RankState {
                indicator: "nope".into(),
                ..Default::default()
            }
        )
        .rows
        .len(),
        0
    );
    let zero = chart(&ix, &codes(&["72.71", "72.08"]), "coverage_rate", None).unwrap();
    assert_eq!(
        zero.sentences(Lang::Id),
        vec!["Cakupan di Kota Palu hampir sama dengan Kabupaten Parigi Moutong (2024).".to_string()]
    );
    let empty = DataIndex::new(Dataset::default());
    assert!(table(&empty, &codes(&["72"])).rows.is_empty());
    assert!(rank(&empty, &RankState::default()).rows.is_empty());
    assert_eq!(to_csv(&[]), format!("{}\r\n", HEADER.join(",")));
}

#[test]
fn ranking_url_keys_are_defined_once_and_read_back() {
    use cakupan::core::rank::{KindFilter, RankState, SORT_CHOICES};
    for s in Segment::ALL {
        assert_eq!(Segment::from_key(&s.key()), Some(s));
        assert_eq!(Segment::from_key(&s.key().to_uppercase()), Some(s));
        let st = RankState {
            segment: s,
            ..RankState::default()
        };
        assert_eq!(RankState::from_query(&st.to_query()), st);
    }
    for k in KindFilter::ALL {
        assert_eq!(KindFilter::parse(k.param()), Some(k));
    }
    for (key, _, _) in SORT_CHOICES {
        let mut st = RankState::default();
        st.set_sort_key(key);
        assert_eq!(st.sort_key(), key);
        assert_eq!(
            RankState::from_query(&st.to_query()).sort_key(),
            key,
            "{key} survives the URL"
        );
    }
    let mut st = RankState::default();
    st.set_sort_key("nonsense");
    assert_eq!(st, RankState::default());
}

#[test]
fn the_charted_indicator_is_the_urls_or_the_tables_first() {
    use cakupan::core::compare::{table, CompareState};
    let text = std::fs::read_to_string("public/data/coverage.json").unwrap();
    let ix = DataIndex::new(cakupan::core::validate::load(&text).unwrap().dataset);
    let codes = vec!["72.08".to_string(), "73.73".to_string()];
    let t = table(&ix, &codes);
    let first = t.rows.first().map(|r| r.indicator.id.clone());
    assert!(first.is_some());
    let st = CompareState {
        regions: codes.clone(),
        indicator: None,
    };
    assert_eq!(st.charted_indicator(&t), first);
    let named = CompareState {
        regions: codes,
        indicator: Some("benefits_paid".into()),
    };
    assert_eq!(named.charted_indicator(&t).as_deref(), Some("benefits_paid"));
}

#[test]
fn the_chart_offers_the_tables_indicators_and_the_urls() {
    let ix = index(vec![
        cov("a", "72.71", 30.0, "2024"),
        fig("w", "72.08", "covered_workers", 1000.0, "2024", json!({})),
    ]);
    let regions = codes(&["72.71", "72.08"]);
    let t = table(&ix, &regions);
    let ids = |st: &CompareState| {
        st.chart_choices(&ix, &t)
            .iter()
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()
    };
    let plain = CompareState {
        regions: regions.clone(),
        indicator: None,
    };
    assert_eq!(ids(&plain), ["coverage_rate", "covered_workers"]);
    let named = CompareState {
        regions,
        indicator: Some("benefits_paid".into()),
    };
    assert_eq!(
        ids(&named),
        ["coverage_rate", "covered_workers", "benefits_paid"],
        "the URL's indicator is offered even when no region has it"
    );
}

#[test]
fn take_away_figures_put_the_charted_ones_first() {
    let ix = index(vec![
        cov("a", "72.71", 30.0, "2024"),
        fig("w", "72.08", "covered_workers", 1000.0, "2024", json!({})),
        fig("v", "72.71", "covered_workers", 2000.0, "2024", json!({})),
    ]);
    let regions = codes(&["72.71", "72.08"]);
    let t = table(&ix, &regions);
    let ids = |f: Vec<cakupan::core::dataset::Figure>| f.into_iter().map(|f| f.id).collect::<Vec<_>>();
    assert_eq!(ids(t.figures()), ["a", "v", "w"], "table order");
    let ch = chart(&ix, &regions, "covered_workers", None);
    assert_eq!(ids(compare::take_away_figures(ch.as_ref(), &t)), ["v", "w", "a"]);
    assert_eq!(ids(compare::take_away_figures(None, &t)), ["a", "v", "w"]);
}

#[test]
fn a_region_page_groups_figures_by_indicator_current_first_newest_first() {
    let ix = index(vec![
        cov("old", "72.10", 30.0, "2021-12"),
        cov("new", "72.10", 40.0, "2024-06"),
        cov("mid", "72.10", 35.0, "2023-01"),
        fig("paid", "72.10", "benefits_paid", 5e9, "2024-01", json!({})),
        fig(
            "hist",
            "72.10",
            "coverage_rate",
            20.0,
            "2025-01",
            json!({"historical": true}),
        ),
    ]);
    let figures: Vec<_> = ix.figures_for("72.10").cloned().collect();
    let groups = ix.grouped_by_indicator(&figures);
    let ids: Vec<(&str, Vec<&str>)> = groups
        .iter()
        .map(|(ind, fs)| (ind.as_str(), fs.iter().map(|f| f.id.as_str()).collect()))
        .collect();
    // Indicators in the dataset's order; a historical figure after every current one, however new.
    let cov_first = ix.dataset.indicators.iter().position(|i| i.id == "coverage_rate")
        < ix.dataset.indicators.iter().position(|i| i.id == "benefits_paid");
    let expected_cov = ("coverage_rate", vec!["new", "mid", "old", "hist"]);
    let expected_paid = ("benefits_paid", vec!["paid"]);
    let expected = if cov_first {
        vec![expected_cov, expected_paid]
    } else {
        vec![expected_paid, expected_cov]
    };
    assert_eq!(ids, expected);
    // The home page's count: areas with at least one figure, each once.
    let two = index(vec![
        cov("a", "72.10", 1.0, "2024"),
        cov("b", "72.10", 2.0, "2023"),
        cov("c", "72.71", 3.0, "2024"),
    ]);
    assert_eq!(two.areas_with_figures(), 2);
}
