//! `cakupan-data`: the publisher's tool. Builds the dataset JSON from CSV
//! files, checks a dataset file and the public text in content/, and writes
//! the JSON Schema. See docs/data-format.md and docs/content.md.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cakupan::core::content;
use cakupan::core::dataset::Dataset;
use cakupan::core::import::{self, IssueKind, Options};
use cakupan::core::lang::Lang;
use cakupan::core::validate;

const USAGE: &str = "\
usage:
  cakupan-data check [FILE.json]
  cakupan-data build --regions data/regions.csv [--aliases data/aliases.csv]
                     --indicators data/indicators.csv --figures data/figures.csv [--figures more.csv ...]
                     [--milestones data/milestones.csv ...] [-o public/data/coverage.json]
                     [--date YYYY-MM-DD] [--title TEXT] [--license TEXT] [--allow-unplaced]
  cakupan-data schema [-o public/data/coverage.schema.json]

check   checks the programme pages, glossary, regulations and sources in
        content/ (as compiled into this tool; docs/content.md), then, given a
        FILE, reads that dataset file. Prints every problem and a summary;
        exits 1 on a content problem, on a file that cannot be read or on any
        excluded entry (warnings are fine). A problem at a known place in the
        file (not JSON; NaN or Infinity, which Python's json.dump writes
        unless allow_nan=False) starts with FILE:LINE:COLUMN.
build   makes the dataset from CSV files and writes every row that is valid;
        one bad row never stops the others. It prints every row it left out,
        with its file, line, id and reason, then a summary. --date fixes
        meta.published (default: the latest source date, so the same CSVs
        always give the same file).
schema  writes the JSON Schema of the format.

exit status
  0  done; for build: the file was written with every row
  1  check: a content problem, or the file cannot be used or an entry is
     excluded;
     build: the file was written, but at least one row was left out (invalid,
     excluded by the validator, or unplaceable; with --allow-unplaced,
     unplaceable rows alone do not make it 1)
  2  wrong arguments, or a file could not be read or written (nothing written)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("build") => build(&args[1..]),
        Some("schema") => schema(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(format!("unknown or missing command\n\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("cakupan-data: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Parsed `--flag value` pairs and bare flags, in order.
struct Args {
    pairs: Vec<(String, String)>,
    flags: Vec<String>,
    positional: Vec<String>,
}

impl Args {
    fn parse(args: &[String], valued: &[&str], bare: &[&str]) -> Result<Args, String> {
        let mut out = Args {
            pairs: Vec::new(),
            flags: Vec::new(),
            positional: Vec::new(),
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if valued.contains(&a.as_str()) {
                let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
                out.pairs.push((a.clone(), v.clone()));
            } else if bare.contains(&a.as_str()) {
                out.flags.push(a.clone());
            } else if a.starts_with('-') && a.len() > 1 {
                return Err(format!("unknown option {a}\n\n{USAGE}"));
            } else {
                out.positional.push(a.clone());
            }
        }
        Ok(out)
    }
    fn all(&self, key: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }
    fn one(&self, key: &str) -> Result<Option<&str>, String> {
        match self.all(key).as_slice() {
            [] => Ok(None),
            [v] => Ok(Some(v)),
            _ => Err(format!("{key} given more than once")),
        }
    }
    fn flag(&self, key: &str) -> bool {
        self.flags.iter().any(|f| f == key)
    }
}

fn write_out(path: Option<&str>, text: &str) -> Result<(), String> {
    match path {
        None | Some("-") => {
            print!("{text}");
            Ok(())
        }
        Some(p) => {
            if let Some(dir) = Path::new(p).parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(p, text).map_err(|e| format!("cannot write {p}: {e}"))
        }
    }
}

/// `FILE:LINE:COLUMN: ` (as editors and terminals link it) when the place in
/// the file is known, else nothing.
fn place(file: Option<&str>, position: Option<(usize, usize)>) -> String {
    match (file, position) {
        (Some(f), Some((line, column))) => format!("{f}:{line}:{column}: "),
        _ => String::new(),
    }
}

/// Prints the validator's findings; returns (excluded, warnings). `file` is
/// the file checked, to name the line and column of a problem that has them.
/// `to_stderr` keeps stdout clean when `build` writes the JSON there.
fn report(loaded: &validate::Loaded, file: Option<&str>, to_stderr: bool) -> (usize, usize) {
    let mut excluded = 0;
    for p in &loaded.problems {
        let label = if p.excluded { "error (excluded)" } else { "warning" };
        excluded += usize::from(p.excluded);
        let line = format!("{label}: {}{}", place(file, p.text_position()), p.message(Lang::En));
        if to_stderr {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }
    (excluded, loaded.problems.len() - excluded)
}

fn counts(d: &Dataset) -> String {
    format!(
        "{} indicators, {} regions, {} sources, {} figures, {} milestones",
        d.indicators.len(),
        d.regions.len(),
        d.sources.len(),
        d.figures.len(),
        d.milestones.len()
    )
}

fn check(args: &[String]) -> Result<ExitCode, String> {
    let a = Args::parse(args, &[], &[])?;
    let file = match a.positional.as_slice() {
        [] => None,
        [file] => Some(file),
        _ => return Err(format!("check takes at most one FILE.json\n\n{USAGE}")),
    };
    let content_ok = check_content();
    let Some(file) = file else {
        return Ok(if content_ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    };
    let json = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let loaded = match validate::load(&json) {
        Ok(l) => l,
        Err(fatal) => {
            let at = place(Some(file), fatal.text_position());
            let at = if at.is_empty() { format!("{file}: ") } else { at };
            println!("fatal: {at}{}", fatal.message(Lang::En));
            println!("summary: the file cannot be used");
            return Ok(ExitCode::FAILURE);
        }
    };
    let (excluded, warnings) = report(&loaded, Some(file), false);
    println!(
        "summary: {} problem(s): {excluded} excluded, {warnings} warning(s); usable: {}",
        loaded.problems.len(),
        counts(&loaded.dataset)
    );
    Ok(if excluded > 0 || !content_ok {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints the content check (docs/content.md): every problem, the notes and
/// a summary line. True when there is no problem.
fn check_content() -> bool {
    let problems = content::check_content();
    for p in &problems {
        println!("content error: {p}");
    }
    for n in content::content_notes() {
        println!("content note: {n}");
    }
    let n = content::source_counts(&cakupan::core::programs::SOURCES);
    println!(
        "content: {} problem(s); {} programme pages, {} glossary entries, {} regulations, {} sources ({} with URL, {} with title, {} with date)",
        problems.len(),
        cakupan::core::programs::PROGRAMS.len(),
        cakupan::core::programs::GLOSSARY.len(),
        cakupan::core::programs::REGULATIONS.len(),
        n.total,
        n.with_url,
        n.with_title,
        n.with_date
    );
    problems.is_empty()
}

fn build(args: &[String]) -> Result<ExitCode, String> {
    let a = Args::parse(
        args,
        &[
            "--regions",
            "--aliases",
            "--indicators",
            "--figures",
            "--milestones",
            "-o",
            "--output",
            "--date",
            "--title",
            "--license",
        ],
        &["--allow-unplaced"],
    )?;
    if let Some(p) = a.positional.first() {
        return Err(format!("unexpected argument {p}\n\n{USAGE}"));
    }
    let regions = a.one("--regions")?.ok_or("build needs --regions")?;
    let indicators = a.one("--indicators")?.ok_or("build needs --indicators")?;
    let figures: Vec<PathBuf> = a.all("--figures").into_iter().map(PathBuf::from).collect();
    if figures.is_empty() {
        return Err("build needs at least one --figures".into());
    }
    let milestones: Vec<PathBuf> = a.all("--milestones").into_iter().map(PathBuf::from).collect();
    let aliases = a.one("--aliases")?.map(PathBuf::from);
    let output = match (a.one("-o")?, a.one("--output")?) {
        (Some(_), Some(_)) => return Err("give -o or --output, not both".into()),
        (o, p) => o.or(p),
    };

    let mut options = Options::default();
    if let Some(d) = a.one("--date")? {
        if cakupan::core::date::PartialDate::parse(d).is_none() {
            return Err(format!("--date {d} is not a date (YYYY-MM-DD)"));
        }
        options.published = Some(d.to_string());
    }
    if let Some(t) = a.one("--title")? {
        options.title = t.to_string();
    }
    if let Some(l) = a.one("--license")? {
        options.license = Some(l.to_string()).filter(|l| !l.is_empty());
    }

    let fig_refs: Vec<&Path> = figures.iter().map(PathBuf::as_path).collect();
    let mil_refs: Vec<&Path> = milestones.iter().map(PathBuf::as_path).collect();
    let inputs = import::read_inputs(
        Path::new(regions),
        aliases.as_deref(),
        Path::new(indicators),
        &fig_refs,
        &mil_refs,
    )
    .map_err(|e| format!("cannot read the input files: {e}"))?;
    let (dataset, issues) = import::import(&inputs, &options);

    let count = |k: IssueKind| issues.iter().filter(|i| i.kind == k).count();
    let (unplaced, invalid, warned) = (
        count(IssueKind::Unplaceable),
        count(IssueKind::Invalid),
        count(IssueKind::Warning),
    );
    // Warnings first; the rows left out are listed together after the summary.
    for i in issues.iter().filter(|i| !i.is_error()) {
        eprintln!("{i}");
    }
    let json = import::to_json(&dataset);
    let loaded = validate::load(&json).map_err(|f| format!("the built file does not load: {}", f.message(Lang::En)))?;
    let (excluded, warnings) = report(&loaded, None, true);
    // Only what passed every check is written: rows the importer left out are
    // already missing, and entries the validator excluded are dropped here, so
    // the written file always passes `check`.
    let json = if excluded > 0 {
        import::to_json(&loaded.dataset)
    } else {
        json
    };

    // Every row left out, one line each, so nothing disappears silently.
    let mut left_out: Vec<String> = issues.iter().filter(|i| i.is_error()).map(|i| i.to_string()).collect();
    left_out.extend(
        loaded
            .problems
            .iter()
            .filter(|p| p.excluded)
            .map(|p| format!("excluded by the validator: {}", p.message(Lang::En))),
    );
    eprintln!(
        "import: {unplaced} unplaceable row(s), {invalid} invalid row(s), {warned} import warning(s)\n\
         validation: {excluded} excluded, {warnings} warning(s)\n\
         written: {} ({} bytes)",
        counts(&loaded.dataset),
        json.len()
    );
    if !left_out.is_empty() {
        eprintln!("left out ({}):", left_out.len());
        for l in &left_out {
            eprintln!("  {l}");
        }
    }
    write_out(output, &json)?;
    let failed = invalid > 0 || excluded > 0 || (unplaced > 0 && !a.flag("--allow-unplaced"));
    if failed {
        eprintln!(
            "exit status 1: the file was written without the rows listed above{}",
            if unplaced > 0 && invalid == 0 && excluded == 0 {
                " (pass --allow-unplaced to accept unplaceable rows)"
            } else {
                ""
            }
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn schema(args: &[String]) -> Result<ExitCode, String> {
    let a = Args::parse(args, &["-o", "--output"], &[])?;
    if let Some(p) = a.positional.first() {
        return Err(format!("unexpected argument {p}\n\n{USAGE}"));
    }
    let output = a.one("-o")?.or(a.one("--output")?);
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?;
    text.push('\n');
    write_out(output, &text)?;
    Ok(ExitCode::SUCCESS)
}
