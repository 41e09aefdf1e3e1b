//! Fuzz / property harness for `cakupan::core::validate::load`, the function
//! the app (`app::data::from_text`), the pre-renderer and `cakupan-data check`
//! all read a dataset with.
//!
//! Inputs, from a small deterministic PRNG (xorshift64*) with a fixed seed:
//! (a) arbitrary bytes and arbitrary UTF-8 made of JSON-ish pieces, and
//! (b) mutations of the real `public/data/coverage.json` (a random slice of it
//! that keeps its references, and now and then the whole file): fields
//! dropped, wrong types, huge numbers, `NaN`/`Infinity` literals, nesting up
//! to 10,000 levels, very long strings, duplicated ids, entries reordered,
//! and the text cut, spliced or garbled.
//!
//! Properties: loading never panics (and, run on a 1 MiB stack like the
//! browser's, never overflows it); every input yields a dataset or a fatal
//! error with a message in both languages; a loaded dataset keeps the
//! format's invariants; and reading it again (written back as JSON) finds no
//! new problem, excludes nothing and changes nothing.
//!
//! `CAKUPAN_FUZZ_CASES` sets the number of cases (default 2,000, a few seconds
//! in a debug build); `CAKUPAN_FUZZ_SEED` the seed; `CAKUPAN_FUZZ_CASE` runs a
//! single case again. A long run:
//! `CAKUPAN_FUZZ_CASES=200000 cargo test --release --test fuzz -- --nocapture`.
//! A failing input is written to the test's temporary folder and named.

use std::collections::HashSet;
use std::time::Instant;

use cakupan::core::dataset::{PeriodKind, RegionKind, Unit};
use cakupan::core::date::PartialDate;
use cakupan::core::lang::Lang;
use cakupan::core::validate::{code_shape, load, url_issue, Loaded, Problem, MAX_TEXT_CHARS};
use serde_json::{json, Value};

const DEFAULT_CASES: u64 = 2_000;
const DEFAULT_SEED: u64 = 0x00ca_c0a5_f022;

// ---------------------------------------------------------------------------
// PRNG

/// xorshift64* (Vigna): tiny, fast, and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    /// The generator of one case: the same case number always gives the same input.
    fn for_case(seed: u64, case: u64) -> Rng {
        // splitmix64 of (seed, case), so neighbouring cases are unrelated.
        let mut z = seed ^ case.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True with probability 1 in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    fn pick_str(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------
// Inputs

/// Strings a mutation may write as a value, replaced in the text by what JSON
/// values cannot hold.
const NAN: &str = "\"__fuzz_nan__\"";
const INF: &str = "\"__fuzz_inf__\"";
const NEG_INF: &str = "\"__fuzz_neg_inf__\"";
const HUGE: &str = "\"__fuzz_huge__\"";
const DEEP: &str = "\"__fuzz_deep__\"";

fn placeholder(p: &str) -> Value {
    Value::String(p.trim_matches('"').to_string())
}

fn odd_values(rng: &mut Rng, ids: &[String]) -> Value {
    let long = |rng: &mut Rng| {
        let units = ["x", "ñ", "日本", " ", "\u{0}", "\u{202E}", "🚀", "\n"];
        let pattern: String = (0..1 + rng.below(4)).map(|_| *rng.pick(&units)).collect();
        pattern.repeat(1 + rng.below(8_000))
    };
    match rng.below(12) {
        0 => placeholder(rng.pick_str(&[NAN, INF, NEG_INF, HUGE, DEEP])),
        1 => Value::String(long(rng)),
        2 if !ids.is_empty() => Value::String(rng.pick(ids).clone()),
        _ => rng
            .pick(&[
                json!(null),
                json!(true),
                json!(false),
                json!(0),
                json!(-0.0),
                json!(-1),
                json!(0.5),
                json!(100),
                json!(100.000_000_1),
                json!(1e9),
                json!(1_000_000_001),
                json!(1e16),
                json!(1.000_000_000_000_001e16),
                json!(1e308),
                json!(-1e308),
                json!(f64::MIN_POSITIVE),
                json!(5e-324),
                json!(u64::MAX),
                json!(i64::MIN),
                json!(""),
                json!(" "),
                json!("\u{0}\u{7}"),
                json!("\u{202E}evil"),
                json!("\u{E000}cakupan:nan:1:1:NaN"),
                json!("\u{E000}cakupan:too-deep:1:1:["),
                json!("ID"),
                json!("72"),
                json!("72.08"),
                json!("99.99"),
                json!("cabang.x"),
                json!("cabang."),
                json!("2024"),
                json!("2024-02-29"),
                json!("2023-02-29"),
                json!("1899"),
                json!("2101-01"),
                json!("２０２４"),
                json!("javascript:alert(1)"),
                json!("https://"),
                json!("http://a b"),
                json!("x".repeat(101)),
                json!([]),
                json!({}),
                json!(["72.08", 1]),
                json!({"id": "", "en": ""}),
                json!({"id": "x"}),
                json!({"en": "y"}),
                json!({"date": "2024", "start": "2025"}),
                json!({"date": ""}),
                json!({"kind": "point", "start": "2020"}),
                json!([[[[[]]]]]),
                json!("percent"),
                json!("people"),
                json!("kota"),
                json!("cabang"),
                json!("provinsi"),
                json!("labour_force"),
                json!("potential_participants"),
                json!("at_least"),
                json!("at_most"),
                json!("unknown"),
                json!("cumulative"),
                json!("<script>alert(1)</script>"),
            ])
            .clone(),
    }
}

/// The real dataset, with each section's entries indexed by id.
struct Corpus {
    real: Value,
    index: Vec<(&'static str, std::collections::HashMap<String, usize>)>,
}

impl Corpus {
    fn new(real: Value) -> Corpus {
        let index = [("indicators", "id"), ("regions", "code"), ("sources", "id")]
            .into_iter()
            .map(|(sec, key)| {
                let ids = real[sec].as_array().into_iter().flatten().enumerate();
                let map = ids
                    .filter_map(|(i, e)| Some((e[key].as_str()?.to_string(), i)))
                    .collect();
                (sec, map)
            })
            .collect();
        Corpus { real, index }
    }

    fn section(&self, sec: &str) -> &[Value] {
        self.real[sec].as_array().map_or(&[], Vec::as_slice)
    }

    /// A random slice of the real dataset that keeps what its entries refer to
    /// (the figures' regions and their provinces, indicators and sources), plus
    /// a few entries picked at random, in the file's order.
    fn slice(&self, rng: &mut Rng) -> Value {
        let all = self.section("figures");
        let (n, step, start) = (1 + rng.below(8), 1 + rng.below(40), rng.below(all.len()));
        let figures: Vec<Value> = (0..n).map(|k| all[(start + k * step) % all.len()].clone()).collect();
        let milestones: Vec<Value> = self
            .section("milestones")
            .iter()
            .filter(|_| rng.one_in(4))
            .cloned()
            .collect();
        let mut out = json!({
            "schema_version": 1,
            "meta": self.real["meta"].clone(),
            "figures": figures,
            "milestones": milestones,
        });
        for (sec, ids) in &self.index {
            let mut picked: Vec<usize> = Vec::new();
            for e in out["figures"]
                .as_array()
                .unwrap()
                .iter()
                .chain(out["milestones"].as_array().unwrap())
            {
                let refs: Vec<&str> = match *sec {
                    "regions" => e["region"]
                        .as_str()
                        .map(|r| vec![r, r.get(..2).unwrap_or(r)])
                        .unwrap_or_default(),
                    "sources" => e["source"].as_str().into_iter().collect(),
                    _ => e["indicator"].as_str().into_iter().collect(),
                };
                picked.extend(refs.into_iter().filter_map(|id| ids.get(id).copied()));
            }
            let entries = self.section(sec);
            picked.extend((0..rng.below(4)).map(|_| rng.below(entries.len())));
            picked.sort_unstable();
            picked.dedup();
            out[*sec] = Value::Array(picked.into_iter().map(|i| entries[i].clone()).collect());
        }
        out
    }
}

/// Every JSON pointer in `v`, and the ids and codes it uses (for realistic references).
fn pointers(v: &Value, at: String, out: &mut Vec<String>, ids: &mut Vec<String>) {
    match v {
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out, ids)),
        Value::Object(m) => {
            for (k, x) in m {
                if let (true, Some(id)) = (matches!(k.as_str(), "id" | "code" | "region" | "source"), x.as_str()) {
                    ids.push(id.to_string());
                }
                pointers(x, format!("{at}/{k}"), out, ids);
            }
        }
        _ => {}
    }
    out.push(at);
}

const SECTIONS: [&str; 5] = ["/indicators", "/regions", "/sources", "/figures", "/milestones"];

/// One to three structured mutations.
fn mutate(v: &mut Value, rng: &mut Rng) {
    let (mut all, mut ids) = (Vec::new(), Vec::new());
    pointers(v, String::new(), &mut all, &mut ids);
    let n = 1 + rng.below(3).saturating_sub(rng.below(2));
    for _ in 0..n {
        let ptr = rng.pick(&all).clone();
        match rng.below(8) {
            // Drop a field or an element.
            0 | 1 if !ptr.is_empty() => {
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
            // Duplicate an entry (duplicated ids), or give one another's id.
            2 => {
                let sec = *rng.pick(&SECTIONS);
                if let Some(Value::Array(a)) = v.pointer_mut(sec) {
                    if !a.is_empty() {
                        let i = rng.below(a.len());
                        let mut e = a[i].clone();
                        if rng.one_in(2) {
                            if let (Some(x), Some(obj)) = (a.get(rng.below(a.len())).cloned(), e.as_object_mut()) {
                                for key in ["id", "code"] {
                                    if let Some(id) = x.get(key) {
                                        obj.insert(key.into(), id.clone());
                                    }
                                }
                            }
                        }
                        let at = rng.below(a.len() + 1);
                        a.insert(at, e);
                    }
                }
            }
            // Reorder a section (provinces after their kabupaten, ...).
            3 => {
                let sec = *rng.pick(&SECTIONS);
                if let Some(Value::Array(a)) = v.pointer_mut(sec) {
                    a.reverse();
                }
            }
            // A value from elsewhere in the file: realistic wrong values.
            4 => {
                let from = rng.pick(&all).clone();
                let other = v.pointer(&from).cloned();
                if let (Some(x), Some(slot)) = (other, v.pointer_mut(&ptr)) {
                    *slot = x;
                }
            }
            // An odd value: wrong type, huge number, NaN, deep, long, hostile text.
            _ => {
                let x = odd_values(rng, &ids);
                if let Some(slot) = v.pointer_mut(&ptr) {
                    *slot = x;
                }
            }
        }
    }
}

/// Writes the placeholders as the literals they stand for.
fn literals(text: String, rng: &mut Rng) -> String {
    if !text.contains("__fuzz_") {
        return text;
    }
    let depth = *rng.pick(&[50, 99, 100, 101, 127, 128, 129, 1_000, 10_000]);
    let deep = if rng.one_in(2) {
        format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
    } else {
        format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth))
    };
    let nines = "9".repeat(400);
    let huge = rng.pick(&["1e400", "-1e999", "1E+309", nines.as_str()]).to_string();
    text.replace(NAN, "NaN")
        .replace(INF, "Infinity")
        .replace(NEG_INF, "-Infinity")
        .replace(HUGE, &huge)
        .replace(DEEP, &deep)
}

const PIECES: [&str; 40] = [
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    " ",
    "\n",
    "\"schema_version\"",
    "1",
    "\"regions\"",
    "\"figures\"",
    "\"code\"",
    "\"72\"",
    "\"kind\"",
    "\"provinsi\"",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-",
    "0.5e",
    "null",
    "true",
    "\\",
    "\\u",
    "\\ud800",
    "\u{0}",
    "ñ",
    "日本",
    "🚀",
    "\u{202E}",
    "\u{FEFF}",
    "\u{E000}cakupan:nan:1:1:NaN",
    "[[[[[[[[[[[[[[[[",
    "]]]]]]]]",
    "{\"a\":{\"a\":{\"a\":",
    "\"x\":",
    "9999999999999999999999",
];

/// Arbitrary UTF-8 built from JSON-ish pieces, sometimes after a valid start.
fn pieces(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.one_in(2) {
        s.push_str(rng.pick_str(&[
            "{\"schema_version\": 1, \"regions\": [",
            "{\"schema_version\": 1, \"regions\": [{\"code\": \"72\", \"name\": \"Sulawesi Tengah\", \"short_name\": \"x\", \"kind\": \"provinsi\"}], \"figures\": [",
            "{\"schema_version\": ",
            "{",
        ]));
    }
    for _ in 0..rng.below(80) {
        s.push_str(rng.pick_str(&PIECES));
    }
    if rng.one_in(3) {
        s.push_str("]}");
    }
    s
}

/// Cuts, splices or garbles the text (at character boundaries).
fn mangle(text: &str, rng: &mut Rng) -> String {
    let cut = |rng: &mut Rng| {
        let mut i = rng.below(text.len() + 1);
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let a = cut(rng);
    match rng.below(4) {
        0 => text[..a].to_string(),
        1 => format!("{}{}{}", &text[..a], rng.pick_str(&PIECES), &text[a..]),
        2 => {
            let b = cut(rng).max(a);
            format!("{}{}", &text[..a], &text[b..])
        }
        _ => {
            let b = cut(rng).max(a);
            let c = cut(rng);
            format!("{}{}{}", &text[..c], &text[a..b], &text[c..])
        }
    }
}

/// The input of case `i`, and which generator made it.
fn input(corpus: &Corpus, seed: u64, i: u64) -> (String, &'static str) {
    let mut rng = Rng::for_case(seed, i);
    match rng.below(20) {
        0..=2 => {
            let bytes: Vec<u8> = (0..rng.below(400)).map(|_| rng.next() as u8).collect();
            (String::from_utf8_lossy(&bytes).into_owned(), "bytes")
        }
        3..=5 => (pieces(&mut rng), "utf-8"),
        6..=8 => {
            let v = corpus.slice(&mut rng);
            let text = serde_json::to_string(&v).unwrap();
            (mangle(&text, &mut rng), "text")
        }
        _ => {
            // Now and then the whole file, otherwise a slice of it.
            let (mut v, what) = if i.is_multiple_of(400) {
                (corpus.real.clone(), "whole file")
            } else {
                (corpus.slice(&mut rng), "mutated")
            };
            mutate(&mut v, &mut rng);
            let text = if rng.one_in(2) {
                serde_json::to_string(&v).unwrap()
            } else {
                serde_json::to_string_pretty(&v).unwrap()
            };
            (literals(text, &mut rng), what)
        }
    }
}

// ---------------------------------------------------------------------------
// Properties

fn clean(s: &str) -> bool {
    s.chars().count() <= MAX_TEXT_CHARS
        && !s.chars().any(|c| {
            (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        && s.trim() == s
}

fn date_ok(s: &str) -> bool {
    PartialDate::parse(s).is_some()
}

/// What every loaded dataset guarantees, whatever the input.
fn invariants(l: &Loaded) -> Result<(), String> {
    let d = &l.dataset;
    let check = |ok: bool, what: String| if ok { Ok(()) } else { Err(what) };
    let unique = |ids: Vec<&str>, what: &str| {
        let mut seen = HashSet::new();
        ids.into_iter()
            .try_for_each(|id| check(seen.insert(id), format!("duplicate {what} {id:?}")))
    };
    unique(d.regions.iter().map(|r| r.code.as_str()).collect(), "region")?;
    unique(d.sources.iter().map(|s| s.id.as_str()).collect(), "source")?;
    unique(d.indicators.iter().map(|i| i.id.as_str()).collect(), "indicator")?;
    unique(d.figures.iter().map(|f| f.id.as_str()).collect(), "figure")?;
    let codes: HashSet<&str> = d.regions.iter().map(|r| r.code.as_str()).collect();
    let sources: HashSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    check(!d.regions.is_empty(), "no region".into())?;
    for r in &d.regions {
        let c = &r.code;
        let shape = code_shape(c).ok_or(format!("bad code kept: {c:?}"))?;
        check(shape.allows(r.kind), format!("{c}: kind"))?;
        check(
            !r.name.is_empty() && !r.short_name.is_empty(),
            format!("{c}: empty name"),
        )?;
        match r.kind {
            RegionKind::Kabupaten | RegionKind::Kota => {
                let p = r.province.as_deref().ok_or(format!("{c}: no province"))?;
                check(p == &c[..2] && codes.contains(p), format!("{c}: province {p}"))?;
            }
            RegionKind::Cabang => {
                if let Some(p) = &r.province {
                    check(codes.contains(p.as_str()), format!("{c}: province {p}"))?;
                }
            }
            RegionKind::Nasional | RegionKind::Provinsi => check(r.province.is_none(), format!("{c}: province"))?,
        }
        check(
            r.kind == RegionKind::Cabang || r.members.is_empty(),
            format!("{c}: members"),
        )?;
        for m in &r.members {
            check(codes.contains(m.as_str()) && m != c, format!("{c}: member {m}"))?;
        }
        for t in [&r.name, &r.short_name]
            .into_iter()
            .chain(&r.aliases)
            .chain(&r.old_names)
        {
            check(clean(t) && !t.is_empty(), format!("{c}: text {t:?}"))?;
        }
    }
    for s in &d.sources {
        check(
            !s.publisher.is_empty() && clean(&s.publisher),
            format!("{}: publisher", s.id),
        )?;
        check(
            s.published.as_deref().is_none_or(date_ok),
            format!("{}: published", s.id),
        )?;
        if let Some(u) = &s.url {
            check(url_issue(u).is_none(), format!("{}: url {u:?}", s.id))?;
        }
    }
    for i in &d.indicators {
        check(!i.label.id.is_empty() && clean(&i.label.id), format!("{}: label", i.id))?;
    }
    for f in &d.figures {
        let id = &f.id;
        check(
            codes.contains(f.region.as_str()) && sources.contains(f.source.as_str()),
            format!("{id}: reference"),
        )?;
        let ind = d
            .indicators
            .iter()
            .find(|i| i.id == f.indicator)
            .ok_or(format!("{id}: indicator"))?;
        check(ind.unit == f.unit, format!("{id}: unit"))?;
        for x in [Some(f.value), f.numerator, f.denominator].into_iter().flatten() {
            check(x.is_finite() && x >= 0.0, format!("{id}: number {x}"))?;
        }
        check(f.unit != Unit::Percent || f.value <= 100.0, format!("{id}: percent"))?;
        if let (Some(n), Some(dn)) = (f.numerator, f.denominator) {
            let estimate = f.denominator_basis.is_some_and(|b| b.is_estimate());
            check(dn > 0.0 && (n <= dn || estimate), format!("{id}: ratio"))?;
        }
        if f.as_of.date.is_empty() {
            check(
                f.as_of.kind == PeriodKind::Unknown && f.as_of.start.is_none(),
                format!("{id}: undated"),
            )?;
        } else {
            check(date_ok(&f.as_of.date), format!("{id}: date"))?;
            check(f.as_of.start.as_deref().is_none_or(date_ok), format!("{id}: start"))?;
        }
        if let Some(n) = &f.note {
            check(clean(&n.id) && clean(&n.en) && !n.id.is_empty(), format!("{id}: note"))?;
        }
    }
    for m in &d.milestones {
        check(
            codes.contains(m.region.as_str()) && sources.contains(m.source.as_str()),
            "milestone reference".into(),
        )?;
        check(
            date_ok(&m.date) && !m.note.id.is_empty() && clean(&m.note.id),
            "milestone".into(),
        )?;
    }
    // Document order, and every problem of an excluded entry marked excluded.
    let order: Vec<_> = l.problems.iter().map(|p| (p.section(), index(p))).collect();
    check(
        order.windows(2).all(|w| w[0] <= w[1]),
        "problems out of document order".into(),
    )?;
    let excluded: HashSet<&str> = l
        .problems
        .iter()
        .filter(|p| p.excluded)
        .map(Problem::entry_path)
        .collect();
    for p in &l.problems {
        check(
            !excluded.contains(p.entry_path()) || p.excluded,
            format!("{}: half excluded", p.path),
        )?;
        messages(p)?;
    }
    Ok(())
}

fn index(p: &Problem) -> usize {
    let e = p.entry_path();
    match (e.find('['), e.find(']')) {
        (Some(a), Some(b)) => e[a + 1..b].parse().unwrap_or(0),
        _ => 0,
    }
}

/// A message names its path, exists in both languages and is safe to show.
fn messages(p: &Problem) -> Result<(), String> {
    let (id, en) = (p.message(Lang::Id), p.message(Lang::En));
    let ok = id.starts_with(&p.path)
        && en.starts_with(&p.path)
        && id != en
        && [&id, &en]
            .iter()
            .all(|m| !m.chars().any(char::is_control) && m.chars().count() < 1500);
    if ok {
        Ok(())
    } else {
        Err(format!("bad message: {en:?}"))
    }
}

/// Identifies a problem across two readings whose entry indexes differ.
fn key(p: &Problem) -> String {
    let suffix = &p.path[p.entry_path().len()..];
    format!("{:?} {:?} {suffix} {:?}", p.section(), p.entry_id, p.kind)
}

/// Reading the loaded dataset again finds no new problem and drops nothing.
fn round_trip(l: &Loaded) -> Result<(), String> {
    let json = serde_json::to_string(&l.dataset).map_err(|e| format!("cannot write: {e}"))?;
    let again = load(&json).map_err(|f| format!("written back, fatal: {}", f.message(Lang::En)))?;
    let before: HashSet<String> = l.problems.iter().map(key).collect();
    for p in &again.problems {
        if p.excluded || !before.contains(&key(p)) {
            return Err(format!("new problem when read again: {}", p.message(Lang::En)));
        }
    }
    if again.dataset != l.dataset {
        return Err("reading it again changed the dataset".into());
    }
    Ok(())
}

/// All properties for one input; `Ok(true)` when it loaded, `Ok(false)` when fatal.
fn properties(text: &str) -> Result<bool, String> {
    match load(text) {
        Err(f) => {
            let (id, en) = (f.message(Lang::Id), f.message(Lang::En));
            if id.is_empty() || en.is_empty() || id == en || en.chars().any(char::is_control) {
                return Err(format!("bad fatal message: {en:?}"));
            }
            Ok(false)
        }
        Ok(l) => {
            invariants(&l)?;
            round_trip(&l)?;
            Ok(true)
        }
    }
}

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim().replace('_', "");
    match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

fn real_dataset() -> Value {
    let path = format!("{}/public/data/coverage.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn run_cases() {
    let corpus = Corpus::new(real_dataset());
    let seed = env_u64("CAKUPAN_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let (first, count) = match env_u64("CAKUPAN_FUZZ_CASE") {
        Some(i) => (i, 1),
        None => (0, env_u64("CAKUPAN_FUZZ_CASES").unwrap_or(DEFAULT_CASES)),
    };
    let started = Instant::now();
    let (mut loaded, mut fatal) = (0u64, 0u64);
    // Per generator: cases and time spent.
    let mut kinds: Vec<(&str, u64, std::time::Duration)> = Vec::new();
    let mut failures = Vec::new();
    for i in first..first + count {
        let case_started = Instant::now();
        let (text, what) = input(&corpus, seed, i);
        let result = std::panic::catch_unwind(|| properties(&text));
        match kinds.iter_mut().find(|(k, ..)| *k == what) {
            Some((_, n, t)) => {
                *n += 1;
                *t += case_started.elapsed();
            }
            None => kinds.push((what, 1, case_started.elapsed())),
        }
        let failure = match result {
            Ok(Ok(true)) => {
                loaded += 1;
                continue;
            }
            Ok(Ok(false)) => {
                fatal += 1;
                continue;
            }
            Ok(Err(e)) => e,
            Err(_) => "panicked".to_string(),
        };
        let file = format!("{}/fuzz-case-{i}.json", env!("CARGO_TARGET_TMPDIR"));
        let _ = std::fs::write(&file, &text);
        let failure: String = failure.chars().take(400).collect();
        failures.push(format!("case {i} ({what}, input in {file}): {failure}"));
        if failures.len() >= 10 {
            break;
        }
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n, t)| format!("{n} {k} ({t:.1?})")).collect();
    println!(
        "fuzz: {count} cases (seed {seed:#x}) in {:.2?}: {loaded} loaded, {fatal} fatal; inputs: {}",
        started.elapsed(),
        kinds.join(", ")
    );
    assert!(
        failures.is_empty(),
        "{} failing case(s); rerun one with CAKUPAN_FUZZ_SEED={seed:#x} CAKUPAN_FUZZ_CASE=<n>:\n{}",
        failures.len(),
        failures.join("\n")
    );
    if count >= 1_000 {
        assert!(
            loaded > count / 4 && fatal > count / 20,
            "the inputs should reach both outcomes"
        );
    }
}

/// The random cases, on a 1 MiB stack (the browser's wasm stack is about that size).
#[test]
fn load_never_panics_and_reads_its_own_output_back() {
    std::thread::Builder::new()
        .name("fuzz".into())
        .stack_size(1 << 20)
        .spawn(run_cases)
        .unwrap()
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

/// Deep nesting, in every place, never overflows the stack: serde_json's
/// recursion limit and the validator's own depth limit turn it into an error
/// or an excluded entry.
#[test]
fn deep_nesting_never_overflows_the_stack() {
    let run = || {
        let real = serde_json::to_string(&real_dataset()).unwrap();
        let open = |n: usize, s: &str| s.repeat(n);
        let inputs = [
            open(10_000, "["),
            format!("{}{}", open(10_000, "["), open(10_000, "]")),
            format!("{}1{}", open(10_000, "{\"a\":"), open(10_000, "}")),
            format!("{{\"schema_version\": 1, \"regions\": {}", open(10_000, "[")),
            format!(
                "{{\"schema_version\": 1, \"regions\": {}{}}}",
                open(10_000, "["),
                open(10_000, "]")
            ),
            real.replacen(
                "\"value\":",
                &format!("\"value\":{}1{},\"x\":", open(10_000, "["), open(10_000, "]")),
                1,
            ),
            real.replacen(
                "\"aliases\":",
                &format!("\"aliases\":{}{},\"x\":", open(100_000, "["), open(100_000, "]")),
                1,
            ),
            real.replacen("\"figures\":[", &format!("\"figures\":[{}", open(10_000, "{\"a\":")), 1),
        ];
        for (i, text) in inputs.iter().enumerate() {
            if let Err(e) = properties(text) {
                panic!("input {i}: {e}");
            }
        }
    };
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}
