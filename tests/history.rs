//! The history of a region's figures: which figures are joined over time.

use cakupan::core::history::{histories, joinable};
use cakupan::core::index::DataIndex;
use cakupan::core::validate;

/// A dataset with one region and the given figures (JSON objects without
/// region, indicator, unit and source, which are filled in).
fn dataset(figures: &[&str]) -> DataIndex {
    let figs: Vec<String> = figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            format!(r#"{{"id": "f{i}", "region": "72.08", "indicator": "coverage_rate", "unit": "percent", "source": "s", {f}}}"#)
        })
        .collect();
    let json = format!(
        r#"{{"schema_version": 1,
        "meta": {{"title": "t", "publisher": "p", "published": "2026-11-01", "license": "CC BY 4.0"}},
        "indicators": [{{"id": "coverage_rate", "label": {{"id": "Cakupan", "en": "Coverage"}}, "unit": "percent"}}],
        "regions": [{{"code": "72.08", "name": "Kabupaten Parigi Moutong", "short_name": "Parigi Moutong", "kind": "kabupaten", "province": "72"}},
                    {{"code": "72", "name": "Sulawesi Tengah", "short_name": "Sulawesi Tengah", "kind": "provinsi"}}],
        "sources": [{{"id": "s", "publisher": "ANTARA", "url": "https://example.org/a", "published": "2025-01-01"}}],
        "figures": [{}]}}"#,
        figs.join(",")
    );
    let loaded = validate::load(&json).expect("test dataset loads");
    assert!(loaded.problems.iter().all(|p| !p.excluded), "{:?}", loaded.problems);
    DataIndex::new(loaded.dataset)
}

const BASE: &str = r#""segment": "all", "status": "reported", "denominator_basis": "labour_force""#;

#[test]
fn same_basis_is_joined_in_date_order() {
    let ix = dataset(&[
        &format!(r#""value": 30, "as_of": {{"date": "2024", "kind": "point"}}, {BASE}"#),
        &format!(r#""value": 20, "as_of": {{"date": "2021-06", "kind": "point"}}, {BASE}"#),
        &format!(r#""value": 25, "as_of": {{"date": "2022-12-31", "kind": "point"}}, {BASE}"#),
    ]);
    let h = &histories(&ix, "72.08")[0];
    let values: Vec<f64> = h.points.iter().map(|p| p.figure.value).collect();
    assert_eq!(values, [20.0, 25.0, 30.0], "earliest first");
    assert_eq!(h.series, vec![vec![0, 1, 2]]);
    assert!(h.has_line());
    assert!(h.not_comparable(cakupan::core::lang::Lang::Id).is_none());
}

#[test]
fn a_different_basis_a_target_a_segment_or_an_old_figure_is_not_joined() {
    let ix = dataset(&[
        &format!(r#""value": 20, "as_of": {{"date": "2021", "kind": "point"}}, {BASE}"#),
        &format!(r#""value": 22, "as_of": {{"date": "2022", "kind": "point"}}, {BASE}"#),
        r#""value": 40, "as_of": {"date": "2023", "kind": "point"}, "segment": "all", "status": "reported", "denominator_basis": "potential_participants""#,
        r#""value": 50, "as_of": {"date": "2025", "kind": "point"}, "segment": "all", "status": "target", "denominator_basis": "labour_force""#,
        r#""value": 10, "as_of": {"date": "2024", "kind": "point"}, "segment": "bpu", "status": "reported", "denominator_basis": "labour_force""#,
        r#""value": 12, "as_of": {"date": "2018", "kind": "point"}, "segment": "all", "status": "reported", "denominator_basis": "labour_force", "historical": true"#,
    ]);
    let h = &histories(&ix, "72.08")[0];
    assert_eq!(h.points.len(), 6);
    let joined: Vec<&Vec<usize>> = h.series.iter().filter(|s| s.len() > 1).collect();
    assert_eq!(
        joined.len(),
        1,
        "only the two labour-force figures are one line: {:?}",
        h.series
    );
    let line: Vec<f64> = joined[0].iter().map(|&i| h.points[i].figure.value).collect();
    assert_eq!(line, [20.0, 22.0]);
    let target = h.points.iter().find(|p| p.figure.value == 50.0).unwrap();
    assert!(target.hollow(), "a target is drawn hollow");
    let pairs = [(0, 1), (0, 2), (0, 3)];
    for (a, b) in pairs {
        let (fa, fb) = (&h.points[a].figure, &h.points[b].figure);
        assert_eq!(joinable(fa, fb), h.points[a].series == h.points[b].series);
    }
}

#[test]
fn nothing_comparable_says_why_and_undated_or_single_figures_make_no_history() {
    let ix = dataset(&[
        &format!(r#""value": 20, "as_of": {{"date": "2021", "kind": "point"}}, {BASE}"#),
        r#""value": 50, "as_of": {"date": "2025", "kind": "point"}, "segment": "all", "status": "target", "denominator_basis": "labour_force""#,
    ]);
    let h = &histories(&ix, "72.08")[0];
    assert!(!h.has_line());
    assert!(h
        .not_comparable(cakupan::core::lang::Lang::En)
        .unwrap()
        .contains("cannot be compared over time"));

    let one = dataset(&[&format!(
        r#""value": 20, "as_of": {{"date": "2021", "kind": "point"}}, {BASE}"#
    )]);
    assert!(histories(&one, "72.08").is_empty(), "one figure is not a history");
}

#[test]
fn conflicting_figures_for_the_same_period_are_both_kept() {
    let ix = dataset(&[
        &format!(r#""value": 20, "as_of": {{"date": "2024", "kind": "point"}}, {BASE}"#),
        &format!(r#""value": 24, "as_of": {{"date": "2024", "kind": "point"}}, {BASE}"#),
        &format!(r#""value": 26, "approx": "about", "as_of": {{"date": "2025", "kind": "point"}}, {BASE}"#),
    ]);
    let h = &histories(&ix, "72.08")[0];
    assert_eq!(h.points.len(), 3);
    assert!(h.points.iter().filter(|p| p.figure.as_of.date == "2024").count() == 2);
    assert!(h.points.last().unwrap().approximate());
}

#[test]
fn the_bundled_dataset_has_histories() {
    let text = std::fs::read_to_string("public/data/coverage.json").unwrap();
    let ix = DataIndex::new(validate::load(&text).unwrap().dataset);
    let with_history = ix
        .dataset
        .regions
        .iter()
        .filter(|r| !histories(&ix, &r.code).is_empty())
        .count();
    assert!(with_history > 10, "{with_history} regions have a history");
}
