//! The CSV importer: name matching, unplaceable rows, source dedup, and the
//! project's own data files (which must build into the committed JSON).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use cakupan::core::dataset::{Dataset, DenominatorBasis, Figure, PeriodKind, RegionKind, Unit};
use cakupan::core::import::{self, ImportIssue, Inputs, IssueKind, MatchError, Options, RegionIndex};
use cakupan::core::validate;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/import").join(name)
}

fn fixture_inputs(figures: &[&str]) -> Inputs {
    let figs: Vec<PathBuf> = figures.iter().map(|f| fixture(f)).collect();
    let fig_refs: Vec<&Path> = figs.iter().map(PathBuf::as_path).collect();
    import::read_inputs(
        &fixture("regions.csv"),
        Some(&fixture("aliases.csv")),
        &fixture("indicators.csv"),
        &fig_refs,
        &[&fixture("milestones.csv")],
    )
    .expect("fixtures are readable")
}

/// The project's own files, exactly as the documented build command reads them.
fn project_inputs() -> Inputs {
    let d = root().join("data");
    import::read_inputs(
        &d.join("regions.csv"),
        Some(&d.join("aliases.csv")),
        &d.join("indicators.csv"),
        &[&d.join("figures.csv")],
        &[&d.join("milestones.csv")],
    )
    .expect("data/ files are readable")
}

/// The ids of data/figures.csv, read straight from the file.
fn project_figure_ids() -> Vec<String> {
    let mut rdr = csv::Reader::from_path(root().join("data/figures.csv")).expect("data/figures.csv");
    rdr.records()
        .map(|r| r.expect("a readable row").get(0).unwrap_or_default().to_string())
        .collect()
}

fn figure<'a>(d: &'a Dataset, id: &str) -> &'a Figure {
    d.figures
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("figure {id} is missing"))
}

fn issue_for<'a>(issues: &'a [ImportIssue], id: &str) -> &'a ImportIssue {
    issues
        .iter()
        .find(|i| i.row_id.as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no issue for {id}: {issues:#?}"))
}

#[test]
fn names_are_matched_by_official_name_prefix_alias_and_spelling() {
    let (d, issues) = import::import(&fixture_inputs(&["figures.csv"]), &Options::default());
    // The milestones fixture holds one ambiguous row on purpose (see below).
    let errors: Vec<_> = issues
        .iter()
        .filter(|i| i.is_error() && !i.file.ends_with("milestones.csv"))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let expect = [
        ("n01", "72.08"), // official short name
        ("n02", "72.08"), // official full name
        ("n03", "72.08"), // "Kab." prefix
        ("n04", "72.08"), // alias Parimo
        ("n05", "73.14"), // alias Sidrap
        ("n06", "52.72"), // Kota Bima ...
        ("n07", "52.06"), // ... is not Kabupaten Bima
        ("n08", "72.04"), // Tolitoli = Toli-Toli
        ("n09", "72.04"), // TOLI TOLI
        ("n10", "72.09"), // Tojo Una-Una = Tojo Una Una
        ("n11", "72.09"),
        ("n12", "73.14"), // "kab" without a dot, lower case
        ("n13", "52.72"), // "Bima" with region_kind kota
        ("n14", "72.08"), // code given, name agrees
        ("n15", "72.09"), // alias Touna
        ("n16", "72"),    // "Provinsi" prefix
        ("n17", "cabang.banggai"),
        ("n18", "cabang.palopo"),
        ("n19", "cabang.banggai"), // branch named by its code
        ("n20", "ID"),
    ];
    for (id, code) in expect {
        assert_eq!(figure(&d, id).region, code, "{id}");
    }
}

#[test]
fn branches_and_the_nation_become_regions() {
    let (d, _) = import::import(&fixture_inputs(&["figures.csv"]), &Options::default());
    let region = |c: &str| d.regions.iter().find(|r| r.code == c).unwrap_or_else(|| panic!("{c}"));
    assert_eq!(region("ID").kind, RegionKind::Nasional);
    assert_eq!(region("ID").name, "Indonesia");
    let banggai = region("cabang.banggai");
    assert_eq!(banggai.kind, RegionKind::Cabang);
    assert_eq!(banggai.members, ["72.01", "72.07", "72.11"]);
    assert_eq!(banggai.province.as_deref(), Some("72"));
    // No members in the CSV: none are invented.
    let palopo = region("cabang.palopo");
    assert!(palopo.members.is_empty());
    assert_eq!(palopo.province, None);
    assert_eq!(d.regions.iter().filter(|r| r.code == "cabang.banggai").count(), 1);
    // Aliases are attached, and "Toli-Toli / Tolitoli" is split.
    assert_eq!(region("72.08").aliases, ["Parimo"]);
    assert_eq!(region("72.04").aliases, ["Tolitoli"]);
    assert_eq!(region("72.04").province.as_deref(), Some("72"));
    assert_eq!(region("72").province, None);
}

#[test]
fn region_index_never_guesses() {
    let (d, _) = import::import(&fixture_inputs(&["figures.csv"]), &Options::default());
    let ix = RegionIndex::new(&d.regions);
    assert_eq!(
        ix.resolve("Bima", None),
        Err(MatchError::Ambiguous(vec!["52.06".into(), "52.72".into()]))
    );
    assert_eq!(ix.resolve("Bima", Some(RegionKind::Kabupaten)), Ok("52.06".into()));
    assert_eq!(ix.resolve("Kota Bima", None), Ok("52.72".into()));
    assert_eq!(ix.resolve("Kab. Bima", None), Ok("52.06".into()));
    assert_eq!(ix.resolve("Kabupaten Palu", None), Err(MatchError::Unknown));
    assert_eq!(ix.resolve("Atlantis", None), Err(MatchError::Unknown));
    assert_eq!(ix.resolve("  parigi-moutong ", None), Ok("72.08".into()));
    assert_eq!(ix.resolve("Kab. Parimo", None), Ok("72.08".into()));
    // Hyphens, spaces and case do not matter.
    assert_eq!(import::normalize("Tojo Una-Una"), import::normalize("tojo una una"));
}

#[test]
fn unplaceable_and_invalid_rows_are_reported_not_guessed() {
    let (d, issues) = import::import(&fixture_inputs(&["figures_bad.csv"]), &Options::default());
    let ids: HashSet<&str> = d.figures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, HashSet::from(["ok1"]), "only the good row is kept");

    let u01 = issue_for(&issues, "u01");
    assert_eq!(u01.kind, IssueKind::Unplaceable);
    assert!(
        u01.reason.contains("52.06") && u01.reason.contains("52.72"),
        "{}",
        u01.reason
    );
    assert!(u01.file.ends_with("figures_bad.csv"));
    assert_eq!(u01.line, 2);
    for id in ["u02", "u03", "u04", "u05"] {
        assert_eq!(issue_for(&issues, id).kind, IssueKind::Unplaceable, "{id}");
    }
    assert!(issue_for(&issues, "u02").reason.contains("Atlantis"));
    assert!(issue_for(&issues, "u03").reason.contains("Kabupaten Parigi Moutong"));
    for id in ["i01", "i02", "i03", "i04", "i05", "i06"] {
        assert_eq!(issue_for(&issues, id).kind, IssueKind::Invalid, "{id}");
    }
    assert!(issue_for(&issues, "i01").reason.contains("unit"));

    // The milestone named "Bima" is unplaceable too; the other two are kept.
    let m3 = issues
        .iter()
        .find(|i| i.row_id.as_deref() == Some("m3"))
        .expect("m3 reported");
    assert_eq!(m3.kind, IssueKind::Unplaceable);
    assert!(m3.file.ends_with("milestones.csv"));
    assert_eq!(d.milestones.len(), 2);
    assert_eq!(d.milestones[1].region, "73.14");
    // Every issue names its file and line, and reads as one line.
    assert!(issues.iter().all(|i| i.line > 1 && !i.to_string().contains('\n')));
}

#[test]
fn sources_are_deduplicated_by_url_publisher_and_date() {
    let (d, issues) = import::import(&fixture_inputs(&["figures.csv"]), &Options::default());
    assert_eq!(d.sources.len(), 7, "{:#?}", d.sources);
    let src = |id: &str| figure(&d, id).source.clone();
    assert_eq!(src("n01"), src("n02"));
    assert_eq!(src("n01"), src("n20"));
    assert_ne!(src("n01"), src("n04"), "same URL, another date: another source");
    assert_ne!(src("n01"), src("n05"));
    assert_eq!(src("n08"), src("n17"), "no URL: publisher and date identify it");
    assert_eq!(d.milestones[0].source, src("n01"));

    let ids: HashSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), d.sources.len());
    assert!(d.sources.iter().all(|s| s.id.starts_with("src-") && s.title.is_none()));
    let by_id: HashMap<&str, _> = d.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let c = by_id[src("n08").as_str()];
    assert_eq!(
        (c.publisher.as_str(), c.url.as_deref(), c.published.as_deref()),
        ("Koran C", None, Some("2024-05-01"))
    );

    // A blank publication date stays unknown (never guessed), with a warning.
    let n19 = by_id[src("n19").as_str()];
    assert_eq!(n19.published, None);
    assert_eq!(issue_for(&issues, "n19").kind, IssueKind::Warning);

    // Ids do not depend on order: the same source keeps its id in another build.
    let (again, _) = import::import(
        &fixture_inputs(&["figures_bad.csv", "figures.csv"]),
        &Options::default(),
    );
    let n01_again = again.figures.iter().find(|f| f.id == "n01").unwrap();
    assert_eq!(n01_again.source, src("n01"));
}

#[test]
fn figure_fields_and_meta() {
    let (d, _) = import::import(&fixture_inputs(&["figures.csv"]), &Options::default());
    let n14 = figure(&d, "n14");
    assert_eq!((n14.numerator, n14.denominator), (Some(40.0), Some(100.0)));
    assert_eq!(n14.denominator_basis, Some(DenominatorBasis::PotentialParticipants));
    assert_eq!(n14.note.as_ref().unwrap().id, "Kode dan nama cocok.");
    // Blank `historical` follows the period: before 2020 is history.
    assert!(figure(&d, "n15").historical);
    assert!(!figure(&d, "n01").historical);
    assert_eq!(d.meta.publisher, "Cakupan");
    assert_eq!(d.meta.published, "2024-06-01", "the latest source date, not the clock");

    let fixed = Options {
        published: Some("2030-01-02".into()),
        ..Options::default()
    };
    let (d2, _) = import::import(&fixture_inputs(&["figures.csv"]), &fixed);
    assert_eq!(d2.meta.published, "2030-01-02");
}

#[test]
fn the_project_data_builds_validates_and_is_complete() {
    let (d, issues) = import::import(&project_inputs(), &Options::default());
    let errors: Vec<String> = issues.iter().filter(|i| i.is_error()).map(|i| i.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let loaded = validate::load(&import::to_json(&d)).expect("the built file loads");
    let excluded: Vec<_> = loaded.problems.iter().filter(|p| p.excluded).collect();
    assert!(excluded.is_empty(), "{excluded:#?}");
    assert_eq!(loaded.dataset.figures.len(), d.figures.len());

    // Every figure of data/figures.csv, f001-f313 and s001-s020.
    let ids: HashSet<&str> = d.figures.iter().map(|f| f.id.as_str()).collect();
    for n in 1..=313 {
        assert!(ids.contains(format!("f{n:03}").as_str()), "f{n:03}");
    }
    for n in 1..=20 {
        assert!(ids.contains(format!("s{n:03}").as_str()), "s{n:03}");
    }
    // Every row of data/figures.csv (version 2: f001-f313, s001-s020, and the
    // h- and n-rows added later) is in the bundle, by id: none is left out.
    let csv_ids = project_figure_ids();
    assert_eq!(csv_ids.len(), 714);
    let missing: Vec<&String> = csv_ids.iter().filter(|id| !ids.contains(id.as_str())).collect();
    assert!(missing.is_empty(), "not in the bundle: {missing:?}");
    let in_bundle: HashSet<&str> = loaded.dataset.figures.iter().map(|f| f.id.as_str()).collect();
    assert!(csv_ids.iter().all(|id| in_bundle.contains(id.as_str())));
    assert_eq!(d.figures.len(), 714);
    assert_eq!(d.milestones.len(), 8);
    assert!(d
        .milestones
        .iter()
        .any(|m| m.region == "73.14" && m.date == "2023-10-02"));

    // 38 provinces, 514 kabupaten/kota, the nation and eight branches.
    let count = |k: RegionKind| d.regions.iter().filter(|r| r.kind == k).count();
    assert_eq!(count(RegionKind::Provinsi), 38);
    assert_eq!(count(RegionKind::Kabupaten) + count(RegionKind::Kota), 514);
    assert_eq!(count(RegionKind::Nasional), 1);
    assert_eq!(count(RegionKind::Cabang), 8);
    // "Cabang Papua (Jayapura)" and "Cabang Papua Jayapura" are one branch.
    assert_eq!(figure(&d, "h030").region, "cabang.papua-jayapura");
    assert_eq!(figure(&d, "h137").region, "cabang.papua-jayapura");

    // Rows with no known period stay unknown (never filled in).
    for id in ["n023", "n024", "n025", "n095", "n101", "n167", "n287"] {
        let f = figure(&d, id);
        assert_eq!((f.as_of.date.as_str(), f.as_of.kind), ("", PeriodKind::Unknown), "{id}");
    }
    // A count above its estimated base is kept (with a caveat), not dropped.
    let h106 = figure(&d, "h106");
    assert_eq!((h106.numerator, h106.denominator), (Some(77_074.0), Some(51_086.0)));
    // The three mended rows.
    assert_eq!(figure(&d, "f261").program, None);
    assert!(figure(&d, "f101").note.as_ref().unwrap().en.contains("Doubtful"));
    assert!(!figure(&d, "f031")
        .note
        .as_ref()
        .unwrap()
        .en
        .contains("work-injury and pension"));

    // Every figure has a note in both languages, and its unit is its indicator's.
    let unit: HashMap<&str, Unit> = d.indicators.iter().map(|i| (i.id.as_str(), i.unit)).collect();
    for f in &d.figures {
        let n = f.note.as_ref().unwrap_or_else(|| panic!("{} has no note", f.id));
        assert!(!n.id.is_empty() && !n.en.is_empty(), "{}", f.id);
        assert_eq!(unit[f.indicator.as_str()], f.unit, "{}", f.id);
    }

    // The seed figures, with their values.
    let seed = |id: &str, region: &str, value: f64, unit: Unit| {
        let f = figure(&d, id);
        assert_eq!((f.region.as_str(), f.value, f.unit), (region, value, unit), "{id}");
        f
    };
    seed("s001", "72.08", 5_500_000_000.0, Unit::Rupiah);
    seed("s008", "72", 43_237.0, Unit::People);
    assert_eq!(seed("s009", "72", 81.01, Unit::Percent).numerator, Some(43_237.0));
    seed("s010", "72", 18_666.0, Unit::People);
    assert_eq!(seed("s011", "72", 49.14, Unit::Percent).numerator, Some(18_666.0));
    seed("s012", "72.71", 100.0, Unit::Percent);
    seed("s017", "73.73", 59_392.0, Unit::People);
    seed("s018", "73.73", 36_553.0, Unit::People);
    let s019 = seed("s019", "73.73", 61.54, Unit::Percent);
    assert_eq!((s019.numerator, s019.denominator), (Some(36_553.0), Some(59_392.0)));
    assert_eq!(s019.denominator_basis, Some(DenominatorBasis::Target));
    seed("s020", "73.14", 68.0, Unit::Villages);
    // Seed sources have no URL: publisher and date are cited.
    let s001_src = d.sources.iter().find(|s| s.id == figure(&d, "s001").source).unwrap();
    assert_eq!(
        (
            s001_src.publisher.as_str(),
            s001_src.url.as_deref(),
            s001_src.published.as_deref()
        ),
        ("ANTARA", None, Some("2024-09-03"))
    );

    // Branches: Banggai with its three members, Palopo with none (the CSV gives none).
    assert_eq!(figure(&d, "f231").region, "cabang.banggai");
    assert_eq!(figure(&d, "f213").region, "cabang.palopo");
    let palopo = d.regions.iter().find(|r| r.code == "cabang.palopo").unwrap();
    assert!(palopo.members.is_empty());
}

#[test]
fn the_committed_json_matches_the_csvs() {
    let (d, _) = import::import(&project_inputs(), &Options::default());
    let built = import::to_json(&d);
    let committed =
        std::fs::read_to_string(root().join("public/data/coverage.json")).expect("public/data/coverage.json");
    assert!(
        built == committed,
        "public/data/coverage.json is out of date: rebuild it with the command in docs/data-format.md"
    );
    assert!(!committed.contains("\n  "), "the published file is compact");
}

#[test]
fn the_committed_schema_matches_the_types() {
    let schema = schemars::schema_for!(Dataset);
    let built = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let committed = std::fs::read_to_string(root().join("public/data/coverage.schema.json")).expect("schema file");
    assert!(
        built == committed,
        "public/data/coverage.schema.json is out of date: run `cakupan-data schema`"
    );
}

#[test]
fn rows_without_a_period_are_kept_with_the_period_unknown() {
    let (d, issues) = import::import(&fixture_inputs(&["figures_undated.csv"]), &Options::default());
    let errors: Vec<_> = issues
        .iter()
        .filter(|i| i.is_error() && !i.file.ends_with("milestones.csv"))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let d01 = figure(&d, "d01");
    assert_eq!(d01.as_of.date, "");
    assert_eq!(d01.as_of.kind, PeriodKind::Unknown);
    assert!(!d01.historical);
    // No publication date either: unknown, not the period's year or anything else.
    let src = d.sources.iter().find(|s| s.id == d01.source).unwrap();
    assert_eq!(src.published, None);
    // A period kind or start without a date is dropped, with a warning.
    let d02 = figure(&d, "d02");
    assert_eq!(
        (d02.as_of.date.as_str(), d02.as_of.kind, d02.as_of.start.as_deref()),
        ("", PeriodKind::Unknown, None)
    );
    let w: Vec<_> = issues.iter().filter(|i| i.row_id.as_deref() == Some("d02")).collect();
    assert!(
        w.iter().all(|i| i.kind == IssueKind::Warning) && w.iter().any(|i| i.reason.contains("period_kind point")),
        "{w:#?}"
    );
    // The JSON leaves the date out, and the validator keeps the figure.
    let json = import::to_json(&d);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let d01_json = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "d01")
        .unwrap();
    assert_eq!(d01_json["as_of"].get("date"), None, "{d01_json}");
    assert_eq!(d01_json["as_of"]["kind"], "unknown");
    let loaded = validate::load(&json).expect("loads");
    let kept: HashSet<&str> = loaded.dataset.figures.iter().map(|f| f.id.as_str()).collect();
    assert!(kept.contains("d01") && kept.contains("d02") && kept.contains("d03"));
    // Above an estimated base: kept with a warning; above the labour force: excluded.
    assert!(!kept.contains("d04"));
    assert!(loaded
        .problems
        .iter()
        .any(|p| !p.excluded && p.entry_id.as_deref() == Some("d03")));
}

/// The publisher CLI writes what is valid, lists what it left out, and exits 1.
#[test]
fn the_cli_build_writes_the_valid_rows_and_exits_1_when_a_row_is_left_out() {
    let dir = std::env::temp_dir().join(format!("cakupan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("coverage.json");
    let run = |figures: &[&str], extra: &[&str]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_cakupan-data"));
        cmd.arg("build")
            .arg("--regions")
            .arg(fixture("regions.csv"))
            .arg("--aliases")
            .arg(fixture("aliases.csv"))
            .arg("--indicators")
            .arg(fixture("indicators.csv"))
            .arg("-o")
            .arg(&out)
            .args(extra);
        for f in figures {
            cmd.arg("--figures").arg(fixture(f));
        }
        let _ = std::fs::remove_file(&out);
        cmd.output().expect("cakupan-data runs")
    };

    // d04 is excluded by the validator (a count above the labour force).
    let o = run(&["figures_undated.csv"], &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("left out (1)") && err.contains("(d04)"), "{err}");
    let written = std::fs::read_to_string(&out).expect("the file is written anyway");
    let loaded = validate::load(&written).expect("loads");
    assert!(
        loaded.problems.iter().all(|p| !p.excluded),
        "the written file passes check"
    );
    let ids: Vec<&str> = loaded.dataset.figures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["d01", "d02", "d03"]);

    // Invalid and unplaceable rows: listed, the good row written, status 1.
    let o = run(&["figures_bad.csv"], &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for id in ["u01", "u05", "i01", "i06"] {
        assert!(err.contains(&format!("({id})")), "{id}: {err}");
    }
    let loaded = validate::load(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(loaded.dataset.figures.len(), 1);

    // Every row good: status 0.
    let o = run(&["figures.csv"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));

    // A usage error writes nothing and exits 2.
    let o = run(&["figures.csv"], &["--date", "soon"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
    let _ = std::fs::remove_dir_all(&dir);
}
