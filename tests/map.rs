//! Native tests of the map (`core::map`): reading and projecting centroids,
//! the zoom box of a province, the colour scale and its breaks, and the
//! classing of regions with the ranking's rules (missing and not comparable
//! apart, counted; a region without a centroid listed).

use std::collections::BTreeSet;

use cakupan::core::dataset::{Dataset, RegionKind, Segment, Unit};
use cakupan::core::index::DataIndex;
use cakupan::core::lang::Lang;
use cakupan::core::map::{
    full_box, kabkota_only, model, parse_centroids, project, two_significant, zoom_box, Centroid, MapIssue, MapPoints,
    MapState, MarkKind, ReasonKind, Scale, MARGIN, PERCENT_BREAKS, VIEW_H, VIEW_W,
};
use cakupan::core::rank::{rank, KindFilter};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// Fixtures

fn centroid(code: &str, lat: f64, lng: f64) -> Centroid {
    Centroid {
        code: code.into(),
        lat,
        lng,
    }
}

/// The project's centroid file, as the pre-renderer reads it.
fn bundled_centroids() -> Vec<Centroid> {
    let text = std::fs::read_to_string("data/centroids.csv").expect("data/centroids.csv");
    parse_centroids(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn bundled_index() -> DataIndex {
    let text = std::fs::read_to_string("public/data/coverage.json").expect("bundled dataset");
    DataIndex::new(cakupan::core::validate::load(&text).expect("loads").dataset)
}

/// Two provinces; 72 has four kab/kota, 73 has three (one of them, 73.99,
/// without a centroid in `small_points`).
fn small_index(figures: Vec<Value>) -> DataIndex {
    let region = |code: &str, name: &str, kind: &str, prov: Option<&str>| json!({"code": code, "name": name, "short_name": name, "kind": kind, "province": prov});
    let d = json!({
        "schema_version": 1,
        "meta": {"title": "t", "publisher": "p", "published": "2026-01-01"},
        "indicators": [
            {"id": "coverage_rate", "label": {"id": "Cakupan", "en": "Coverage"}, "unit": "percent"},
            {"id": "covered_workers", "label": {"id": "Pekerja", "en": "Workers"}, "unit": "people"}
        ],
        "regions": [
            region("ID", "Indonesia", "nasional", None),
            region("72", "Sulawesi Tengah", "provinsi", None),
            region("72.01", "Kabupaten A", "kabupaten", Some("72")),
            region("72.02", "Kabupaten B", "kabupaten", Some("72")),
            region("72.03", "Kabupaten C", "kabupaten", Some("72")),
            region("72.71", "Kota D", "kota", Some("72")),
            region("73", "Sulawesi Selatan", "provinsi", None),
            region("73.01", "Kabupaten E", "kabupaten", Some("73")),
            region("73.02", "Kabupaten F", "kabupaten", Some("73")),
            region("73.99", "Kabupaten Tanpa Titik", "kabupaten", Some("73"))
        ],
        "sources": [{"id": "s1", "publisher": "ANTARA", "url": "https://www.antaranews.com/x", "published": "2025-01-05"}],
        "figures": figures
    });
    let ds: Dataset = serde_json::from_value(d).expect("fixture deserialises");
    DataIndex::new(ds)
}

fn fig(id: &str, region: &str, indicator: &str, value: f64, date: &str, extra: Value) -> Value {
    let unit = if indicator == "coverage_rate" {
        "percent"
    } else {
        "people"
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

fn small_points() -> MapPoints {
    project(&[
        centroid("72.01", -0.9, 119.9),
        centroid("72.02", -1.4, 120.7),
        centroid("72.03", -0.6, 119.7),
        centroid("72.71", -0.9, 119.87),
        centroid("73.01", -5.1, 119.4),
        centroid("73.02", -3.0, 120.2),
    ])
}

// ---------------------------------------------------------------------------
// Centroids

#[test]
fn the_bundled_centroids_read_and_cover_every_kabupaten_kota_of_the_dataset() {
    let cs = bundled_centroids();
    let ix = bundled_index();
    let codes: BTreeSet<&str> = cs.iter().map(|c| c.code.as_str()).collect();
    let kabkota: Vec<&str> = ix
        .dataset
        .regions
        .iter()
        .filter(|r| matches!(r.kind, RegionKind::Kabupaten | RegionKind::Kota))
        .map(|r| r.code.as_str())
        .collect();
    assert!(!kabkota.is_empty());
    let without: Vec<&&str> = kabkota.iter().filter(|c| !codes.contains(**c)).collect();
    assert!(without.is_empty(), "kab/kota without a centroid: {without:?}");
}

#[test]
fn a_bad_centroid_row_is_an_error_naming_its_line_and_code() {
    let header = "code,lat,lng,source\n";
    let cases: [(&str, usize, Option<&str>, &str); 7] = [
        ("72.08,-0.9,abc,x\n", 2, Some("72.08"), "not a number"),
        ("72.08,-0.9,119.9,x\n72.09,,120,x\n", 3, Some("72.09"), "not a number"),
        // Latitude and longitude swapped.
        ("72.08,119.9,-0.9,x\n", 2, Some("72.08"), "outside Indonesia"),
        ("72.08,-0.9,119.9,x\n72.08,-0.8,119.8,x\n", 3, Some("72.08"), "twice"),
        ("Palu,-0.9,119.9,x\n", 2, Some("Palu"), "not a Kemendagri code"),
        ("72.08\n", 2, Some("72.08"), "no latitude"),
        ("72.08,NaN,119.9,x\n", 2, Some("72.08"), "outside Indonesia"),
    ];
    for (rows, line, code, words) in cases {
        let e = parse_centroids(&format!("{header}{rows}")).expect_err(rows);
        assert_eq!(e.line, line, "{rows}");
        assert_eq!(e.code.as_deref(), code, "{rows}");
        assert!(e.message.contains(words), "{rows}: {}", e.message);
        let shown = e.to_string();
        assert!(shown.contains(&format!("line {line}")), "{shown}");
        if let Some(c) = code {
            assert!(shown.contains(c), "{shown}");
        }
    }
    assert_eq!(parse_centroids("kode,lat,lng\n72,-1,120\n").unwrap_err().line, 1);
    assert!(parse_centroids(header).is_err(), "no rows");
    let ok = parse_centroids(&format!("\u{feff}{header}72.08,-0.9,119.9,a,b\n\n"))
        .expect("BOM, empty lines, commas in source");
    assert_eq!(ok, vec![centroid("72.08", -0.9, 119.9)]);
}

// ---------------------------------------------------------------------------
// Projection

#[test]
fn projection_keeps_every_point_inside_the_view_box() {
    let all = project(&kabkota_only(bundled_centroids()));
    assert_eq!(all.width, VIEW_W);
    assert_eq!(all.height, VIEW_H);
    assert!(all.points.len() > 500);
    for p in &all.points {
        assert!(
            p.x >= MARGIN - 0.05 && p.x <= VIEW_W - MARGIN + 0.05,
            "{} x = {}",
            p.code,
            p.x
        );
        assert!(
            p.y >= MARGIN - 0.05 && p.y <= VIEW_H - MARGIN + 0.05,
            "{} y = {}",
            p.code,
            p.y
        );
        assert_eq!((p.x * 10.0).round() / 10.0, p.x, "rounded to 0.1");
    }
    // The fit uses the box: the extreme points touch the margin on one axis.
    let xs: Vec<f64> = all.points.iter().map(|p| p.x).collect();
    let ys: Vec<f64> = all.points.iter().map(|p| p.y).collect();
    let span_x = xs.iter().cloned().fold(f64::MIN, f64::max) - xs.iter().cloned().fold(f64::MAX, f64::min);
    let span_y = ys.iter().cloned().fold(f64::MIN, f64::max) - ys.iter().cloned().fold(f64::MAX, f64::min);
    assert!(
        (span_x - (VIEW_W - 2.0 * MARGIN)).abs() < 0.2 || (span_y - (VIEW_H - 2.0 * MARGIN)).abs() < 0.2,
        "fitted: {span_x} × {span_y}"
    );
}

#[test]
fn projection_keeps_directions_and_scales_longitude_by_the_middle_latitude() {
    // A tall narrow set far from the equator would be distorted without the cosine.
    let cs = [
        centroid("11.01", 6.0, 95.0),
        centroid("11.02", -10.0, 95.0),
        centroid("11.03", 6.0, 141.0),
    ];
    let m = project(&cs);
    let p = |c: &str| m.get(c).expect("projected").clone();
    let (nw, sw, ne) = (p("11.01"), p("11.02"), p("11.03"));
    assert!(ne.x > nw.x, "east is right");
    assert!(sw.y > nw.y, "south is down");
    assert_eq!(nw.x, sw.x, "same longitude, same x");
    assert_eq!(nw.y, ne.y, "same latitude, same y");
    let k = (-2.0f64).to_radians().cos();
    let expected = (141.0 - 95.0) * k / 16.0;
    let got = (ne.x - nw.x) / (sw.y - nw.y);
    assert!((got - expected).abs() < 0.01, "aspect {got} vs {expected}");
    // A single point sits in the middle.
    let one = project(&[centroid("72.08", -0.9, 119.9)]);
    assert!(full_box(&one).contains(one.points[0].x, one.points[0].y));
}

#[test]
fn the_points_file_reads_back_as_written() {
    let m = small_points();
    let json = m.to_json();
    assert!(json.contains("wilayah_boundaries"), "the file names its source");
    let back = MapPoints::from_json(&json).expect("reads");
    assert_eq!(back, m);
    assert!(MapPoints::from_json("{\"w\":1}").is_err());
}

// ---------------------------------------------------------------------------
// Zoom

#[test]
fn a_province_zoom_box_contains_exactly_that_provinces_points() {
    let ix = bundled_index();
    let points = project(&kabkota_only(bundled_centroids()));
    for p in ix.provinces_by_name() {
        let st = MapState {
            province: Some(p.code.clone()),
            ..MapState::default()
        };
        let m = model(&ix, &points, &st);
        let drawn: BTreeSet<String> = m.marks.iter().map(|mk| mk.region.code.clone()).collect();
        let expected: BTreeSet<String> = ix
            .dataset
            .regions
            .iter()
            .filter(|r| matches!(r.kind, RegionKind::Kabupaten | RegionKind::Kota))
            .filter(|r| r.province.as_deref() == Some(p.code.as_str()))
            .filter(|r| points.get(&r.code).is_some())
            .map(|r| r.code.clone())
            .collect();
        assert_eq!(drawn, expected, "{}: marks are the province's kab/kota", p.code);
        for mk in &m.marks {
            assert!(
                m.view_box.contains(mk.x, mk.y),
                "{}: {} inside the zoom box",
                p.code,
                mk.region.code
            );
            // With room for the mark itself.
            assert!(
                m.view_box.contains(mk.x - m.radius, mk.y - m.radius),
                "{}",
                mk.region.code
            );
            assert!(
                m.view_box.contains(mk.x + m.radius, mk.y + m.radius),
                "{}",
                mk.region.code
            );
        }
        assert!(m.view_box.w >= m.view_box.h, "never taller than wide");
        assert!(m.view_box.w < VIEW_W, "{}: zoomed in", p.code);
    }
    assert_eq!(zoom_box(std::iter::empty()), None);
}

// ---------------------------------------------------------------------------
// Colour scale

#[test]
fn percentages_have_fixed_breaks_and_a_value_on_a_break_goes_up() {
    // The breaks do not depend on the values.
    let a = Scale::new(Unit::Percent, &[1.0, 2.0, 3.0]);
    let b = Scale::new(Unit::Percent, &[]);
    assert_eq!(a.bounds, PERCENT_BREAKS.to_vec());
    assert_eq!(a, b);
    assert_eq!(a.classes(), 5);
    for (v, class) in [
        (0.0, 0),
        (19.99, 0),
        (20.0, 1),
        (39.9, 1),
        (40.0, 2),
        (60.0, 3),
        (79.99, 3),
        (80.0, 4),
        (100.0, 4),
    ] {
        assert_eq!(a.class_of(v), class, "{v}");
    }
    assert_eq!(a.label(1, Lang::Id), "20% – 40%");
    assert_eq!(a.label(1, Lang::En), "20% – 40%");
    // Five classes use the whole palette, light to dark.
    assert_eq!((0..5).map(|c| a.step(c)).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4]);
}

#[test]
fn counts_have_quantile_breaks_rounded_to_two_significant_digits() {
    // Six values: the 20/40/60/80 % quantiles (linear) fall on the 2nd to 5th.
    let s = Scale::new(Unit::People, &[6.0, 1.0, 5.0, 2.0, 4.0, 3.0]);
    assert!(s.quantile);
    assert_eq!(s.bounds, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    assert_eq!(s.class_of(1.0), 0);
    assert_eq!(s.class_of(2.0), 1, "on a break: the class above");
    assert_eq!(s.class_of(5.99), 4);
    assert_eq!(s.class_of(6.0), 4, "the largest value is in the last class");

    // Real counts: breaks with at most two significant digits, ascending,
    // between the smallest and the largest value, each class used.
    let values: Vec<f64> = (1..=200).map(|i| (i * i * 37 % 9_973 + 120) as f64).collect();
    let s = Scale::new(Unit::People, &values);
    let min = values.iter().cloned().fold(f64::MAX, f64::min);
    let max = values.iter().cloned().fold(f64::MIN, f64::max);
    assert_eq!(s.classes(), 5);
    assert_eq!(s.bounds[0], min);
    assert_eq!(s.bounds[5], max);
    for w in s.bounds.windows(2) {
        assert!(w[0] < w[1], "ascending: {:?}", s.bounds);
    }
    for b in &s.bounds[1..5] {
        let digits = format!("{b}")
            .trim_start_matches('0')
            .replace('.', "")
            .trim_end_matches('0')
            .len();
        assert!(digits <= 2, "{b} has two significant digits at most");
    }
    let mut per_class = [0usize; 5];
    for v in &values {
        per_class[s.class_of(*v)] += 1;
    }
    for n in per_class {
        // About a fifth each (rounding the breaks moves a few).
        assert!((25..=55).contains(&n), "{per_class:?}");
    }
    assert_eq!(s.label(0, Lang::Id).split(" – ").count(), 2);
    assert!(s.label(0, Lang::Id).ends_with(" orang"));
    assert!(s.label(4, Lang::En).ends_with(" people"));

    assert_eq!(two_significant(1234.0), 1200.0);
    assert_eq!(two_significant(98_765.0), 99_000.0);
    assert_eq!(two_significant(0.04567), 0.046);
    assert_eq!(two_significant(7.0), 7.0);
}

#[test]
fn equal_breaks_are_merged_and_few_classes_spread_over_the_palette() {
    // Most values equal: the quantiles coincide with the smallest value.
    let s = Scale::new(Unit::People, &[5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 100.0]);
    assert_eq!(s.classes(), 1);
    assert_eq!(s.class_of(5.0), 0);
    assert_eq!(s.class_of(100.0), 0);
    assert_eq!(s.step(0), 2, "one class: the middle colour");
    // No comparable value: no classes at all.
    assert_eq!(Scale::new(Unit::People, &[]).classes(), 0);
    // One value: one class, labelled with it alone.
    let one = Scale::new(Unit::People, &[1500.0]);
    assert_eq!(one.classes(), 1);
    assert_eq!(one.label(0, Lang::Id), "1.500 orang");
    // Three classes: light, middle, dark.
    let three = Scale {
        unit: Unit::People,
        quantile: true,
        bounds: vec![0.0, 1.0, 2.0, 3.0],
    };
    assert_eq!((0..3).map(|c| three.step(c)).collect::<Vec<_>>(), vec![0, 2, 4]);
}

// ---------------------------------------------------------------------------
// Classing regions

#[test]
fn missing_and_not_comparable_regions_are_classed_apart_and_counted() {
    let ix = small_index(vec![
        fig("a", "72.01", "coverage_rate", 15.0, "2024-12", json!({})),
        fig("b", "72.02", "coverage_rate", 40.0, "2024-12", json!({})),
        fig("c", "73.01", "coverage_rate", 85.0, "2024-12", json!({})),
        // A target, not an achievement: not comparable.
        fig(
            "d",
            "72.03",
            "coverage_rate",
            90.0,
            "2024-12",
            json!({"status": "target"}),
        ),
        // Another year.
        fig("e", "73.02", "coverage_rate", 30.0, "2022-12", json!({})),
        // 72.71 (Kota D) has no figure; 73.99 has none and no centroid.
    ]);
    let m = model(&ix, &small_points(), &MapState::default());
    let kind = |c: &str| m.mark(c).map(|mk| mk.kind.clone());
    assert!(matches!(kind("72.01"), Some(MarkKind::Value { class: 0, .. })));
    assert!(
        matches!(kind("72.02"), Some(MarkKind::Value { class: 2, .. })),
        "40 is on a break: class 40–60"
    );
    assert!(matches!(kind("73.01"), Some(MarkKind::Value { class: 4, .. })));
    assert!(
        matches!(kind("72.03"), Some(MarkKind::NotComparable(_))),
        "a target is set apart"
    );
    assert!(
        matches!(kind("73.02"), Some(MarkKind::NotComparable(_))),
        "another year is set apart"
    );
    assert_eq!(kind("72.71"), Some(MarkKind::Missing), "no figure: missing, not zero");
    assert!(m.mark("72.71").unwrap().bar.is_none());

    assert_eq!(m.counts.per_class, vec![1, 0, 1, 0, 1]);
    assert_eq!(m.counts.not_comparable, 2);
    assert_eq!(m.counts.missing, 1, "only regions on the map are counted as missing");
    let reasons: BTreeSet<ReasonKind> = m.counts.reasons.iter().map(|(k, _)| *k).collect();
    assert_eq!(reasons, BTreeSet::from([ReasonKind::Status, ReasonKind::Year]));

    // The region without a centroid is listed, never dropped silently.
    let unplaced: Vec<&str> = m.unplaced.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(unplaced, vec!["73.99"]);
    assert!(m.mark("73.99").is_none());

    // Everything the ranking table shows for the same view is on the map or listed.
    let r = rank(&ix, &MapState::default().ranking());
    assert_eq!(r.rows.len(), 3);
    assert_eq!(
        m.marks.len() + m.unplaced.len(),
        r.rows.len() + r.separated.len() + r.missing.len()
    );
    // Coloured marks are drawn last (on top), highest value last.
    let order: Vec<&str> = m.marks.iter().map(|mk| mk.region.code.as_str()).collect();
    assert_eq!(&order[order.len() - 3..], &["72.01", "72.02", "73.01"]);
}

#[test]
fn counts_on_the_bundled_data_match_the_ranking_of_kabupaten_kota() {
    let ix = bundled_index();
    let points = project(&kabkota_only(bundled_centroids()));
    for indicator in ["coverage_rate", "covered_workers", "gov_funded_workers"] {
        let st = MapState {
            indicator: indicator.into(),
            ..MapState::default()
        };
        let ranking = st.ranking();
        assert_eq!(
            ranking.kind,
            Some(KindFilter::KabKota),
            "the table alternative lists kab/kota"
        );
        let r = rank(&ix, &ranking);
        let m = model(&ix, &points, &st);
        assert_eq!(m.counts.per_class.iter().sum::<usize>(), r.rows.len(), "{indicator}");
        assert_eq!(m.counts.not_comparable, r.separated.len(), "{indicator}");
        assert_eq!(m.counts.missing, r.missing.len(), "{indicator}");
        for mk in &m.marks {
            if let (MarkKind::Value { class, .. }, Some(b)) = (&mk.kind, &mk.bar) {
                assert_eq!(*class, m.scale.class_of(b.value()), "{indicator} {}", mk.region.code);
            }
            if mk.kind == MarkKind::Missing {
                assert!(
                    !ix.figures_for(&mk.region.code)
                        .any(|f| f.indicator == indicator && f.segment == Segment::All),
                    "{indicator}: {} has a figure for all workers but is drawn as missing",
                    mk.region.code
                );
            }
        }
        assert!(m.counts.missing > 0, "{indicator}: the bundled data has gaps");
    }
}

// ---------------------------------------------------------------------------
// URL

#[test]
fn the_url_state_reads_writes_and_reports_bad_values() {
    let ix = small_index(vec![]);
    let st = MapState::from_query("?i=covered_workers&prov=72&w=72.01&lang=en");
    assert_eq!(st.to_query(), "i=covered_workers&prov=72&w=72.01");
    assert_eq!(MapState::from_query(&st.to_query()), st);
    let (ok, issues) = st.clone().checked(&ix);
    assert_eq!(ok, st);
    assert!(issues.is_empty());
    assert_eq!(MapState::from_query("").to_query(), "i=coverage_rate");

    let (s, issues) = MapState::from_query("i=nope&prov=99&w=72.01").checked(&ix);
    assert_eq!(s.indicator, "coverage_rate");
    assert_eq!(s.province, None);
    assert_eq!(s.selected.as_deref(), Some("72.01"));
    assert_eq!(
        issues,
        vec![
            MapIssue::UnknownIndicator("nope".into()),
            MapIssue::UnknownProvince("99".into())
        ]
    );
    // A province is not a kab/kota to select; a kab/kota of another province is left out.
    let (s, issues) = MapState::from_query("prov=72&w=73.01").checked(&ix);
    assert_eq!(s.selected, None);
    assert_eq!(issues, vec![MapIssue::OutsideProvince("73.01".into(), "72".into())]);
    let (_, issues) = MapState::from_query("w=72").checked(&ix);
    assert_eq!(issues, vec![MapIssue::UnknownRegion("72".into())]);
    // "72.01" as a province is not a province.
    let (_, issues) = MapState::from_query("prov=72.01").checked(&ix);
    assert_eq!(issues, vec![MapIssue::UnknownProvince("72.01".into())]);

    // The table alternative: same indicator and province, kab/kota.
    assert_eq!(
        MapState::from_query("i=covered_workers").ranking().to_query(),
        "i=covered_workers&kind=kabkota"
    );
    assert_eq!(
        MapState::from_query("i=covered_workers&prov=72").ranking().to_query(),
        "i=covered_workers&prov=72"
    );
}

// ---------------------------------------------------------------------------
// Pre-rendered page

#[test]
fn the_map_page_is_pre_rendered_with_a_link_per_mark_and_listed_in_the_sitemap() {
    use cakupan::app::{data, pages, prerender};
    let text = std::fs::read_to_string("public/data/coverage.json").expect("bundled dataset");
    let data = data::from_text(&text).unwrap_or_else(|e| panic!("{e:?}"));
    prerender::init();
    let routes = prerender::routes(&data);
    assert!(routes.iter().any(|r| r == "/peta"), "/peta is pre-rendered");
    assert!(prerender::sitemap(&routes).contains("<loc>/peta</loc>"));

    let points = pages::map::bundled_points().expect("centroids");
    let expected: Vec<&str> = data
        .index
        .dataset
        .regions
        .iter()
        .filter(|r| matches!(r.kind, RegionKind::Kabupaten | RegionKind::Kota))
        .filter(|r| points.get(&r.code).is_some())
        .map(|r| r.code.as_str())
        .collect();
    let page = prerender::render("/peta", &data);
    assert_eq!(page.body.matches("class=\"mark mark-").count(), expected.len());
    for code in &expected {
        assert!(
            page.body.contains(&format!("href=\"/wilayah/{code}\"")),
            "{code} links to its page"
        );
    }
    assert!(
        page.body.contains("aria-label=\"Kabupaten Parigi Moutong: "),
        "accessible names"
    );
    assert!(page.body.contains("belum ada angka: "), "missing regions are counted");
    // (The empty `#app-status` line carries boot.js's "Memuat aplikasi…" in an attribute.)
    assert!(
        !page.body.contains("class=\"loading\"") && !page.body.contains("spinner"),
        "no loading state"
    );
    assert!(page.head.contains("<title>Peta cakupan · Cakupan</title>"));
    assert!(page.head.contains("name=\"description\""));
}
