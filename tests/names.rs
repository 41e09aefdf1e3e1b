//! Finding regions by the names the press uses, over the project's own data
//! (data/regions.csv and data/aliases.csv): the app's search and the
//! publisher CLI's name matching follow the same rules.

use std::path::Path;

use cakupan::core::dataset::{Region, RegionKind};
use cakupan::core::import::{self, CsvFile, Inputs, Options, RegionIndex};
use cakupan::core::search::{ambiguous, SearchIndex};

fn regions() -> Vec<Region> {
    let data = Path::new("data");
    let inputs = Inputs {
        regions: CsvFile::read(&data.join("regions.csv")).unwrap(),
        aliases: Some(CsvFile::read(&data.join("aliases.csv")).unwrap()),
        indicators: CsvFile::read(&data.join("indicators.csv")).unwrap(),
        figures: Vec::new(),
        milestones: Vec::new(),
    };
    let (dataset, issues) = import::import(&inputs, &Options::default());
    let bad: Vec<_> = issues
        .iter()
        .filter(|i| i.file.contains("aliases") || i.file.contains("regions"))
        .collect();
    assert!(bad.is_empty(), "every alias row is placed: {bad:?}");
    dataset.regions
}

fn first(ix: &SearchIndex, q: &str) -> String {
    ix.search(q, 8).first().map(|h| h.code.clone()).unwrap_or_default()
}

#[test]
fn the_press_names_open_the_right_region() {
    let rs = regions();
    let ix = SearchIndex::new(&rs);
    for (query, code) in [
        ("Pemkab Sigi", "72.10"),
        ("Pemko Medan", "12.71"),
        ("Pemkot Kupang", "53.71"),
        ("Pemkab Kupang", "53.01"),
        ("Pemerintah Kabupaten Donggala", "72.03"),
        ("Pemda Morowali", "72.06"),
        ("Pemprov Sulteng", "72"),
        ("Sulteng", "72"),
        ("Kabupaten OKI", "16.02"),
        ("Kukar", "64.02"),
        ("Sergai", "12.18"),
        ("Kaltim", "64"),
        ("Kabupaten Parigi Moutong (Parimo)", "72.08"),
        ("Kab Sigi", "72.10"),
        ("Tojo Unauna", "72.09"),
        ("Limapuluh Kota", "13.07"),
    ] {
        assert_eq!(first(&ix, query), code, "{query}");
    }
}

#[test]
fn ambiguous_aliases_list_every_candidate() {
    let rs = regions();
    let ix = SearchIndex::new(&rs);
    for (query, codes) in [
        ("Mura", vec!["16.05", "62.12"]),
        ("Tasik", vec!["32.78", "32.06"]),
        ("Jogja", vec!["34.71", "34"]),
        ("Bima", vec!["52.06", "52.72"]),
    ] {
        let hits = ix.search(query, 8);
        let found: Vec<&str> = hits.iter().map(|h| h.code.as_str()).collect();
        for c in &codes {
            assert!(found.contains(c), "{query}: {c} missing from {found:?}");
        }
        assert!(ambiguous(&hits), "{query}: the reader must choose");
    }
    assert!(!ambiguous(&ix.search("Parimo", 8)));
}

#[test]
fn old_names_and_nicknames_rank_below_official_names() {
    let rs = regions();
    let bogor = rs.iter().find(|r| r.code == "32.71").unwrap();
    assert!(
        bogor.old_names.iter().any(|a| a == "Buitenzorg"),
        "{:?}",
        bogor.old_names
    );
    assert!(!bogor.aliases.iter().any(|a| a == "Buitenzorg"));
    let ix = SearchIndex::new(&rs);
    let buitenzorg: Vec<String> = ix.search("Buitenzorg", 8).into_iter().map(|h| h.code).collect();
    assert!(buitenzorg.contains(&"32.71".to_string()), "{buitenzorg:?}");
    // "Kepulauan Riau" is an old name of Kabupaten Bintan, and the province's official name.
    let kepri = ix.search("Kepulauan Riau", 8);
    assert_eq!(kepri[0].code, "21");
    assert!(
        kepri.iter().any(|h| h.code == "21.01"),
        "the old name still finds Bintan"
    );
    assert!(!ambiguous(&kepri), "an official name outranks an old one");
}

#[test]
fn the_publisher_cli_places_rows_by_the_same_rules() {
    let rs = regions();
    let ix = RegionIndex::new(&rs);
    assert_eq!(ix.resolve("Pemkab Sigi", None), Ok("72.10".into()));
    assert_eq!(ix.resolve("Pemko Medan", None), Ok("12.71".into()));
    assert_eq!(ix.resolve("Pemkot Kupang", None), Ok("53.71".into()));
    assert_eq!(
        ix.resolve("Kabupaten Parigi Moutong (Parimo)", None),
        Ok("72.08".into())
    );
    assert_eq!(ix.resolve("Pemda Donggala", None), Ok("72.03".into()));
    assert_eq!(ix.resolve("Donggala", Some(RegionKind::Kabupaten)), Ok("72.03".into()));
    assert!(
        ix.resolve("Kupang", None).is_err(),
        "Kupang is a kabupaten and a kota: never guessed"
    );
}

/// Keystroke latency: every name and alias, and a generated index the size of
/// Indonesia's villages (80,000 names). Prints figures; asserts nothing about
/// time. Slow in a debug build: `scripts/bench.sh` runs it with `--release --ignored`.
#[test]
#[ignore = "benchmark: run by scripts/bench.sh"]
fn search_latency_report() {
    let rs = regions();
    let ix = SearchIndex::new(&rs);
    let queries = [
        "p",
        "pa",
        "par",
        "pari",
        "parim",
        "parimo",
        "kab sigi",
        "pemko medan",
        "sulteng",
        "jogja",
        "xyzq",
    ];
    let time = |ix: &SearchIndex| {
        let start = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            for q in queries {
                n += ix.search(q, 8).len();
            }
        }
        (
            start.elapsed().as_secs_f64() * 1000.0 / (20.0 * queries.len() as f64),
            n,
        )
    };
    let (ms, _) = time(&ix);
    let names: usize = rs.iter().map(|r| 2 + r.aliases.len() + r.old_names.len()).sum();
    let mut big = rs.clone();
    for i in 0..80_000 {
        big.push(Region {
            code: format!("99.{i:05}"),
            name: format!("Desa Contoh Nomor {i}"),
            short_name: format!("Contoh{i}"),
            kind: RegionKind::Kabupaten,
            province: None,
            bps_code: None,
            aliases: Vec::new(),
            old_names: Vec::new(),
            members: Vec::new(),
        });
    }
    let big_ix = SearchIndex::new(&big);
    let start = std::time::Instant::now();
    for q in queries {
        big_ix.search(q, 8);
    }
    let big_ms = start.elapsed().as_secs_f64() * 1000.0 / queries.len() as f64;
    println!(
        "Search latency per keystroke: {names} names and aliases {ms:.2} ms; with 80,000 more names {big_ms:.1} ms"
    );
    assert!(first(&big_ix, "parimo") == "72.08");
}
