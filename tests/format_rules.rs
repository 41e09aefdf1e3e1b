//! The validation rules of docs/data-format.md, one table row per case.
//!
//! Each case takes the small valid dataset `tests/fixtures/validate/valid_minimal.json`,
//! changes one thing, and checks the outcome the document states for its rule
//! (fatal / excluded / kept with a warning / allowed), the message, and which
//! entries are gone. `rules_and_cases_agree` reads the document: every rule
//! there has a case here and every case names a rule there, with the same
//! outcome words, so the two cannot drift apart.

use std::collections::{BTreeMap, BTreeSet};

use cakupan::core::lang::Lang;
use cakupan::core::validate::{load, Loaded, Problem};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// The table

enum Change {
    /// Applied to the parsed dataset.
    Json(fn(&mut Value)),
    /// Applied to the file's text (for what JSON values cannot express).
    Text(fn(&str) -> String),
}

#[derive(Clone, Copy)]
enum Outcome {
    Fatal,
    Excluded,
    Kept,
    Allowed,
}

impl Outcome {
    fn word(self) -> &'static str {
        match self {
            Outcome::Fatal => "fatal",
            Outcome::Excluded => "excluded",
            Outcome::Kept => "kept",
            Outcome::Allowed => "allowed",
        }
    }
}

struct Case {
    rule: &'static str,
    what: &'static str,
    change: Change,
    outcome: Outcome,
    /// Path of the problem that states the outcome (not for fatal or allowed).
    at: &'static str,
    /// Part of its English message (of the fatal error's, for fatal).
    says: &'static str,
    /// The entries of the base dataset that are no longer there.
    gone: &'static [&'static str],
    /// Further checks on the loaded dataset.
    then: fn(&Loaded),
}

fn case(rule: &'static str, what: &'static str, change: Change, outcome: Outcome) -> Case {
    Case {
        rule,
        what,
        change,
        outcome,
        at: "",
        says: "",
        gone: &[],
        then: |_| {},
    }
}

impl Case {
    fn at(self, at: &'static str, says: &'static str) -> Case {
        Case { at, says, ..self }
    }
    fn says(self, says: &'static str) -> Case {
        Case { says, ..self }
    }
    fn gone(self, gone: &'static [&'static str]) -> Case {
        Case { gone, ..self }
    }
    fn then(self, then: fn(&Loaded)) -> Case {
        Case { then, ..self }
    }
}

use Change::{Json, Text};
use Outcome::{Allowed, Excluded, Fatal, Kept};

/// Sets the value at a JSON pointer, adding the last key to its object if needed.
fn set(v: &mut Value, ptr: &str, x: Value) {
    if let Some(slot) = v.pointer_mut(ptr) {
        *slot = x;
        return;
    }
    let (parent, key) = ptr.rsplit_once('/').unwrap();
    match v.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.insert(key.to_string(), x);
        }
        _ => panic!("no {parent}"),
    }
}

fn remove(v: &mut Value, ptr: &str) {
    let (parent, key) = ptr.rsplit_once('/').unwrap();
    match v.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.remove(key).unwrap_or_else(|| panic!("no {ptr}"));
        }
        _ => panic!("no {parent}"),
    }
}

fn nested(depth: usize) -> Value {
    (0..depth).fold(json!(1), |x, _| Value::Array(vec![x]))
}

fn figure<'a>(l: &'a Loaded, id: &str) -> &'a cakupan::core::dataset::Figure {
    l.dataset.figures.iter().find(|f| f.id == id).unwrap()
}

fn region<'a>(l: &'a Loaded, code: &str) -> &'a cakupan::core::dataset::Region {
    l.dataset.regions.iter().find(|r| r.code == code).unwrap()
}

const MILESTONE: &str = "milestone 72.08 2023-11-15";

fn cases() -> Vec<Case> {
    vec![
        // --- the file
        case("R1", "empty file", Text(|_| " \n ".into()), Fatal).says("The data file is empty."),
        case("R2", "a missing colon", Text(|t| t.replacen("\"kind\": \"provinsi\"", "\"kind\" \"provinsi\"", 1)), Fatal)
            .says("not valid JSON: error at line 32, column 14"),
        case("R2", "cut short", Text(|t| t[..t.len() / 2].to_string()), Fatal).says("cut short"),
        case("R2", "NaN as a key is still not JSON", Text(|t| t.replacen("\"license\"", "NaN", 1)), Fatal)
            .says("not valid JSON: error at line 7, column 5"),
        case("R3", "a list", Text(|_| "[1, 2]".into()), Fatal).says("must be a JSON object, but it is a list"),
        case(
            "R3",
            "10,000 nested lists",
            Text(|_| format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))),
            Fatal,
        )
        .says("must be a JSON object, but it is a list"),
        case("R4", "version 2", Json(|v| set(v, "/schema_version", json!(2))), Fatal)
            .says("uses format version 2, but this app only reads version 1"),
        case("R4", "no version", Json(|v| remove(v, "/schema_version")), Fatal).says("does not state its format version"),
        case("R4", "version NaN", Text(|t| t.replacen("\"schema_version\": 1", "\"schema_version\": NaN", 1)), Fatal)
            .says("uses format version NaN"),
        case("R5", "no regions", Json(|v| remove(v, "/regions")), Fatal).says("has no list of regions"),
        case("R5", "regions not a list", Json(|v| set(v, "/regions", json!({}))), Fatal)
            .says("regions section must be a list, but it is an object"),
        case("R6", "no usable region", Json(|v| set(v, "/regions", json!([5]))), Fatal).says("Not a single region could be used (1 problems)"),
        // --- sections
        case("R7", "no meta", Json(|v| remove(v, "/meta")), Kept)
            .at("meta", "the file description (meta) is missing; an empty one is used."),
        case("R7", "meta not an object", Json(|v| set(v, "/meta", json!("x"))), Excluded)
            .at("meta", "must be an object, but it is text. An empty description is used."),
        case("R8", "meta without title", Json(|v| remove(v, "/meta/title")), Kept)
            .at("meta.title", "the required field `title` is missing. It is left empty; the rest is kept.")
            .then(|l| assert_eq!((l.dataset.meta.title.as_str(), l.dataset.meta.publisher.as_str()), ("", "Cakupan"))),
        case("R8", "meta license a number", Json(|v| set(v, "/meta/license", json!(5))), Kept)
            .at("meta.license", "it must be text, but it is a number. It is ignored; the rest is kept.")
            .then(|l| assert_eq!(l.dataset.meta.license, None)),
        case("R8", "meta date not real", Json(|v| set(v, "/meta/published", json!("2026-02-30"))), Kept)
            .at("meta.published", "the date \"2026-02-30\" is not valid")
            .then(|l| assert_eq!(l.dataset.meta.published, "2026-02-30")),
        case("R9", "no figures section", Json(|v| remove(v, "/figures")), Kept)
            .at("figures", "this section is missing.")
            .gone(&["f-parimo-2024", "f-palu-2018", "f-cabang-palu-2024"]),
        case("R9", "no milestones section", Json(|v| remove(v, "/milestones")), Allowed).gone(&[MILESTONE]),
        case("R10", "figures not a list", Json(|v| set(v, "/figures", json!({"a": 1}))), Excluded)
            .at("figures", "this section must be a list, but it is an object. This section was left out.")
            .gone(&["f-parimo-2024", "f-palu-2018", "f-cabang-palu-2024"]),
        // --- every entry
        case("R11", "a figure that is a number", Json(|v| set(v, "/figures/1", json!(42))), Excluded)
            .at("figures[1]", "the entry must be an object, but it is a number. This entry was left out.")
            .gone(&["f-palu-2018"]),
        case("R12", "value as text", Json(|v| set(v, "/figures/0/value", json!("24,22"))), Excluded)
            .at("figures[0].value", "it must be a number, but it is text.")
            .gone(&["f-parimo-2024"]),
        case("R12", "unknown unit", Json(|v| set(v, "/figures/0/unit", json!("persen"))), Excluded)
            .at("figures[0].unit", "the value \"persen\" is not known; allowed: percent, people, rupiah")
            .gone(&["f-parimo-2024"]),
        case("R12", "status null", Json(|v| set(v, "/figures/0/status", Value::Null)), Excluded)
            .at("figures[0].status", "it must be text, but it is null.")
            .gone(&["f-parimo-2024"]),
        case("R12", "historical as text", Json(|v| set(v, "/figures/1/historical", json!("yes"))), Excluded)
            .at("figures[1].historical", "it must be true or false, but it is text.")
            .gone(&["f-palu-2018"]),
        case("R12", "no source", Json(|v| remove(v, "/figures/0/source")), Excluded)
            .at("figures[0].source", "the required field `source` is missing.")
            .gone(&["f-parimo-2024"]),
        case("R12", "unknown region kind", Json(|v| set(v, "/regions/2/kind", json!("kecamatan"))), Excluded)
            .at("regions[2].kind", "the value \"kecamatan\" is not known")
            .gone(&["72.71", "f-palu-2018"]),
        case("R12", "milestone without date", Json(|v| remove(v, "/milestones/0/date")), Excluded)
            .at("milestones[0].date", "the required field `date` is missing.")
            .gone(&[MILESTONE]),
        case("R13", "an alias that is a number", Json(|v| set(v, "/regions/1/aliases", json!(["Parimo", 7]))), Kept)
            .at("regions[1].aliases[1]", "it must be text, but it is a number. It is ignored; the rest is kept.")
            .then(|l| assert_eq!(region(l, "72.08").aliases, ["Parimo"])),
        case("R13", "members not a list", Json(|v| set(v, "/regions/3/members", json!("72.71"))), Kept)
            .at("regions[3].members", "it must be a list of texts, but it is text. It is ignored")
            .then(|l| assert!(region(l, "cabang.palu").members.is_empty())),
        case("R13", "bps_code an object", Json(|v| set(v, "/regions/1/bps_code", json!({}))), Kept)
            .at("regions[1].bps_code", "it must be text, but it is an object. It is ignored")
            .then(|l| assert_eq!(region(l, "72.08").bps_code, None)),
        case("R13", "province a number", Json(|v| set(v, "/regions/2/province", json!(72))), Kept)
            .at("regions[2].province", "it must be text, but it is a number. It is ignored")
            .then(|l| assert_eq!(region(l, "72.71").province.as_deref(), Some("72"))),
        case("R13", "url a number", Json(|v| set(v, "/sources/0/url", json!(5))), Kept)
            .at("sources[0].url", "it must be text, but it is a number. It is ignored")
            .then(|l| assert_eq!(l.dataset.sources[0].url, None)),
        case("R13", "published a number", Json(|v| set(v, "/sources/0/published", json!(2024))), Kept)
            .at("sources[0].published", "it must be text, but it is a number. It is ignored")
            .then(|l| assert_eq!(l.dataset.sources[0].published, None)),
        case("R13", "description text", Json(|v| set(v, "/indicators/0/description", json!("x"))), Kept)
            .at("indicators[0].description", "it must be an object, but it is text. It is ignored"),
        case("R13", "title null", Json(|v| set(v, "/sources/0/title", Value::Null)), Allowed)
            .then(|l| assert_eq!(l.dataset.sources[0].title, None)),
        case("R14", "an unknown field", Json(|v| set(v, "/figures/0/extra", json!({"x": [1, 2]}))), Allowed),
        case("R15", "an id with a space", Json(|v| set(v, "/figures/0/id", json!("f parimo"))), Excluded)
            .at("figures[0].id", "the id \"f parimo\" is not valid")
            .gone(&["f-parimo-2024"]),
        case("R15", "an empty indicator id", Json(|v| set(v, "/indicators/1/id", json!(""))), Excluded)
            .at("indicators[1].id", "the id \"\" is not valid")
            .gone(&["participants", "f-cabang-palu-2024"]),
        case(
            "R16",
            "a second figure with the same id",
            Json(|v| {
                let mut copy = v["figures"][0].clone();
                copy["value"] = json!(30.0);
                v["figures"].as_array_mut().unwrap().push(copy);
            }),
            Excluded,
        )
        .at("figures[3]", "the id \"f-parimo-2024\" is already used by figures[0]; only the first one is used.")
        .then(|l| assert_eq!(figure(l, "f-parimo-2024").value, 24.22)),
        case(
            "R16",
            "a bad entry does not take the id from a good one",
            Json(|v| {
                let mut copy = v["figures"][0].clone();
                copy["value"] = json!(140.0);
                v["figures"].as_array_mut().unwrap().insert(0, copy);
            }),
            Excluded,
        )
        .at("figures[0].value", "outside 0–100")
        .then(|l| assert_eq!(figure(l, "f-parimo-2024").value, 24.22)),
        case(
            "R16",
            "a duplicate region",
            Json(|v| {
                let copy = v["regions"][2].clone();
                v["regions"].as_array_mut().unwrap().push(copy);
            }),
            Excluded,
        )
        .at("regions[4]", "the id \"72.71\" is already used by regions[2]"),
        case("R17", "control characters", Json(|v| set(v, "/regions/1/name", json!("Kabupaten\u{0} Parigi Moutong\u{202E}"))), Kept)
            .at("regions[1].name", "2 control character(s) were removed from this text.")
            .then(|l| assert_eq!(region(l, "72.08").name, "Kabupaten Parigi Moutong")),
        case("R17", "a long note", Json(|v| set(v, "/figures/1/note/id", json!("x".repeat(2500)))), Kept)
            .at("figures[1].note.id", "the text of 2500 characters was cut to 2000 characters.")
            .then(|l| assert_eq!(figure(l, "f-palu-2018").note.as_ref().unwrap().id.chars().count(), 2000)),
        case("R17", "spaces around a name", Json(|v| set(v, "/regions/1/name", json!("  Kabupaten Parigi Moutong \n"))), Allowed)
            .then(|l| assert_eq!(region(l, "72.08").name, "Kabupaten Parigi Moutong")),
        case("R17", "markup", Json(|v| set(v, "/figures/1/note/id", json!("<script>alert(1)</script>"))), Allowed)
            .then(|l| assert_eq!(figure(l, "f-palu-2018").note.as_ref().unwrap().id, "<script>alert(1)</script>")),
        case("R18", "no English note", Json(|v| remove(v, "/figures/1/note/en")), Allowed)
            .then(|l| assert_eq!(figure(l, "f-palu-2018").note.as_ref().unwrap().en, "")),
        case("R18", "no Indonesian note", Json(|v| set(v, "/figures/1/note/id", json!(""))), Kept)
            .at("figures[1].note.id", "`note.id` is empty or missing; `note.en` is used instead.")
            .then(|l| assert_eq!(figure(l, "f-palu-2018").note.as_ref().unwrap().id, "An old figure.")),
        case("R18", "an empty note", Json(|v| set(v, "/figures/1/note", json!({"id": " ", "en": ""}))), Allowed)
            .then(|l| assert_eq!(figure(l, "f-palu-2018").note, None)),
        // --- indicators
        case("R19", "an empty label", Json(|v| set(v, "/indicators/1/label", json!({"id": "", "en": ""}))), Kept)
            .at("indicators[1].label", "`label` is empty or missing; `id` is used instead.")
            .then(|l| assert_eq!(l.dataset.indicators[1].label.id, "participants")),
        case("R19", "no label", Json(|v| remove(v, "/indicators/1/label")), Kept)
            .at("indicators[1].label", "`label` is empty or missing; `id` is used instead."),
        // --- regions
        case("R20", "no short_name", Json(|v| remove(v, "/regions/1/short_name")), Kept)
            .at("regions[1].short_name", "`short_name` is empty or missing; `name` is used instead.")
            .then(|l| assert_eq!(region(l, "72.08").short_name, "Kabupaten Parigi Moutong")),
        case("R20", "an empty name", Json(|v| set(v, "/regions/1/name", json!(""))), Kept)
            .at("regions[1].name", "`name` is empty or missing; `short_name` is used instead.")
            .then(|l| assert_eq!(region(l, "72.08").name, "Parigi Moutong")),
        case(
            "R20",
            "no name at all",
            Json(|v| {
                set(v, "/regions/1/name", json!(" "));
                remove(v, "/regions/1/short_name");
            }),
            Excluded,
        )
        .at("regions[1].name", "this required text is empty or missing.")
        .gone(&["72.08", "f-parimo-2024", MILESTONE]),
        case("R21", "a bad code", Json(|v| set(v, "/regions/2/code", json!("72.7"))), Excluded)
            .at("regions[2].code", "the region code \"72.7\" is not valid")
            .gone(&["72.71", "f-palu-2018"]),
        case("R22", "a kind that does not fit", Json(|v| set(v, "/regions/2/kind", json!("provinsi"))), Excluded)
            .at("regions[2].kind", "\"72.71\" is a regency/city code, but the kind is province.")
            .gone(&["72.71", "f-palu-2018"]),
        case("R23", "no province", Json(|v| remove(v, "/regions/2/province")), Kept)
            .at("regions[2].province", "no province given; \"72\" is taken from the code.")
            .then(|l| assert_eq!(region(l, "72.71").province.as_deref(), Some("72"))),
        case("R24", "a province that disagrees", Json(|v| set(v, "/regions/2/province", json!("73"))), Excluded)
            .at("regions[2].province", "the province \"73\" does not match the region code (it should be \"72\").")
            .gone(&["72.71", "f-palu-2018"]),
        case("R24", "a province not in the data", Json(|v| set(v, "/regions/0/code", json!("73"))), Excluded)
            .at("regions[1].province", "the province \"72\" is not in the data.")
            .gone(&["72", "72.08", "72.71", "f-parimo-2024", "f-palu-2018", MILESTONE]),
        case("R25", "a branch in an unknown province", Json(|v| set(v, "/regions/3/province", json!("73"))), Kept)
            .at("regions[3].province", "the province \"73\" is not in the data. It is ignored; the rest is kept.")
            .then(|l| assert_eq!(region(l, "cabang.palu").province, None)),
        case("R26", "an unknown member", Json(|v| set(v, "/regions/3/members", json!(["72.71", "99.99"]))), Kept)
            .at("regions[3].members[1]", "the member \"99.99\" is not a known region code; it is ignored.")
            .then(|l| assert_eq!(region(l, "cabang.palu").members, ["72.71"])),
        case("R26", "a branch that is its own member", Json(|v| set(v, "/regions/3/members", json!(["cabang.palu"]))), Kept)
            .at("regions[3].members[0]", "the member \"cabang.palu\" is not a known region code"),
        case("R27", "a province with a province", Json(|v| set(v, "/regions/0/province", json!("72"))), Kept)
            .at("regions[0].province", "the field `province` does not apply to a province; it is ignored.")
            .then(|l| assert_eq!(region(l, "72").province, None)),
        case("R27", "a kabupaten with members", Json(|v| set(v, "/regions/1/members", json!(["72.71"]))), Kept)
            .at("regions[1].members", "the field `members` does not apply to a regency; it is ignored.")
            .then(|l| assert!(region(l, "72.08").members.is_empty())),
        // --- sources
        case("R28", "an empty publisher", Json(|v| set(v, "/sources/1/publisher", json!(" "))), Excluded)
            .at("sources[1].publisher", "this required text is empty or missing.")
            .gone(&["s-2", "f-palu-2018", MILESTONE]),
        case("R29", "a javascript: url", Json(|v| set(v, "/sources/0/url", json!("javascript:alert(1)"))), Kept)
            .at("sources[0].url", "only http:// or https:// addresses are accepted. The source's publisher and date are still shown.")
            .then(|l| assert_eq!(l.dataset.sources[0].url, None)),
        case("R30", "a date that is not real", Json(|v| set(v, "/sources/1/published", json!("2023-02-30"))), Kept)
            .at("sources[1].published", "the date \"2023-02-30\" is not valid (use a real YYYY, YYYY-MM or YYYY-MM-DD); the publication date is shown as unknown. The source is kept.")
            .then(|l| assert_eq!(l.dataset.sources[1].published, None)),
        case("R30", "no date", Json(|v| remove(v, "/sources/1/published")), Allowed)
            .then(|l| assert_eq!(l.dataset.sources[1].published, None)),
        // --- references
        case("R31", "an unknown region", Json(|v| set(v, "/figures/0/region", json!("72.99"))), Excluded)
            .at("figures[0].region", "it refers to the region \"72.99\", which is not in the data.")
            .gone(&["f-parimo-2024"]),
        case("R31", "an excluded region", Json(|v| set(v, "/regions/2/kind", json!("provinsi"))), Excluded)
            .at("figures[1].region", "it refers to the region \"72.71\", which was left out (see regions[2]).")
            .gone(&["72.71", "f-palu-2018"]),
        case("R31", "a milestone with an unknown source", Json(|v| set(v, "/milestones/0/source", json!("s-9"))), Excluded)
            .at("milestones[0].source", "it refers to the source \"s-9\", which is not in the data.")
            .gone(&[MILESTONE]),
        // --- figures: numbers
        case("R32", "a unit unlike the indicator's", Json(|v| set(v, "/figures/2/unit", json!("rupiah"))), Excluded)
            .at("figures[2].unit", "its unit is rupiah, but its indicator uses people.")
            .gone(&["f-cabang-palu-2024"]),
        case("R33", "a negative value", Json(|v| set(v, "/figures/2/value", json!(-5))), Excluded)
            .at("figures[2].value", "the number -5 is negative")
            .gone(&["f-cabang-palu-2024"]),
        case("R34", "a percentage above 100", Json(|v| set(v, "/figures/0/value", json!(140))), Excluded)
            .at("figures[0].value", "the percentage 140 is outside 0–100.")
            .gone(&["f-parimo-2024"]),
        case("R35", "an implausible count", Json(|v| set(v, "/figures/2/value", json!(2e9))), Excluded)
            .at("figures[2].value", "the number 2,000,000,000 is too large for this unit (at most 1,000,000,000).")
            .gone(&["f-cabang-palu-2024"]),
        case("R36", "a denominator of 0", Json(|v| set(v, "/figures/0/denominator", json!(0))), Excluded)
            .at("figures[0].denominator", "the denominator 0 must be above zero.")
            .gone(&["f-parimo-2024"]),
        case("R37", "more covered than the labour force", Json(|v| set(v, "/figures/0/numerator", json!(200000))), Excluded)
            .at("figures[0].numerator", "the numerator 200,000 is larger than the denominator 100,000.")
            .gone(&["f-parimo-2024"]),
        case(
            "R38",
            "more covered than an estimate",
            Json(|v| {
                set(v, "/figures/0/numerator", json!(200000));
                set(v, "/figures/0/denominator_basis", json!("potential_participants"));
            }),
            Kept,
        )
        .at("figures[0].numerator", "which is only an estimate (potential participants). The figure is kept and flagged."),
        case("R39", "a stated percentage off its counts", Json(|v| set(v, "/figures/0/value", json!(30))), Kept)
            .at("figures[0].value", "the stated 30% disagrees with its numerator/denominator (24.22%); both are shown."),
        case(
            "R39",
            "\"at least\" below its counts",
            Json(|v| {
                set(v, "/figures/0/value", json!(20));
                set(v, "/figures/0/approx", json!("at_least"));
            }),
            Allowed,
        ),
        // --- figures: periods
        case("R40", "29 February 2023", Json(|v| set(v, "/figures/0/as_of/date", json!("2023-02-29"))), Excluded)
            .at("figures[0].as_of.date", "the date \"2023-02-29\" is not valid")
            .gone(&["f-parimo-2024"]),
        case("R40", "a start that is not a date", Json(|v| set(v, "/figures/2/as_of/start", json!("2024-00"))), Excluded)
            .at("figures[2].as_of.start", "the date \"2024-00\" is not valid")
            .gone(&["f-cabang-palu-2024"]),
        case("R41", "a start after the end", Json(|v| set(v, "/figures/2/as_of/start", json!("2024-07"))), Excluded)
            .at("figures[2].as_of.start", "the period starts (2024-07) after it ends (2024-06).")
            .gone(&["f-cabang-palu-2024"]),
        case(
            "R42",
            "no period at all",
            Json(|v| set(v, "/figures/0/as_of", json!({"kind": "unknown"}))),
            Allowed,
        )
        .then(|l| assert_eq!(figure(l, "f-parimo-2024").as_of.date, "")),
        case("R42", "a kind and start without a date", Json(|v| remove(v, "/figures/2/as_of/date")), Kept)
            .at("figures[2].as_of", "a period without a date is shown as unknown. Its period kind \"cumulative\" and start are not used.")
            .then(|l| {
                let f = figure(l, "f-cabang-palu-2024");
                assert_eq!((f.as_of.start.as_deref(), f.as_of.kind), (None, cakupan::core::dataset::PeriodKind::Unknown));
            }),
        case("R43", "a 2018 figure not marked historical", Json(|v| set(v, "/figures/1/historical", json!(false))), Kept)
            .at("figures[1].historical", "the 2018 figure is not marked historical; figures before 2020 are history. It is kept."),
        // --- milestones
        case("R44", "an empty note", Json(|v| set(v, "/milestones/0/note", json!({"id": "", "en": " "}))), Excluded)
            .at("milestones[0].note.id", "this required text is empty or missing.")
            .gone(&[MILESTONE]),
        case("R44", "a date that is not real", Json(|v| set(v, "/milestones/0/date", json!("2023-11-31"))), Excluded)
            .at("milestones[0].date", "the date \"2023-11-31\" is not valid")
            .gone(&[MILESTONE]),
        // --- literals JSON cannot hold
        case("R45", "NaN as a value", Text(|t| t.replacen("\"value\": 150000", "\"value\": NaN", 1)), Excluded)
            .at(
                "figures[2].value",
                "NaN (line 121, column 16) is not a JSON number. Write null where the number is not known (never 0), or write the file with allow_nan=False in Python (json.dump) to catch this when writing. This entry was left out.",
            )
            .gone(&["f-cabang-palu-2024"]),
        case("R45", "Infinity as a numerator", Text(|t| t.replacen("\"numerator\": 24220", "\"numerator\": Infinity", 1)), Excluded)
            .at("figures[0].numerator", "Infinity (line 95, column 20) is not a JSON number.")
            .gone(&["f-parimo-2024"]),
        case("R45", "-Infinity in an attribute", Text(|t| t.replacen("\"bps_code\": \"7208\"", "\"bps_code\": -Infinity", 1)), Kept)
            .at("regions[1].bps_code", "-Infinity (line 43, column 19) is not a JSON number.")
            .then(|l| assert_eq!(region(l, "72.08").bps_code, None)),
        case("R45", "NaN in a field the format does not know", Text(|t| t.replacen("\"value\": 150000", "\"value\": 150000, \"extra\": [NaN]", 1)), Kept)
            .at("figures[2].extra[0]", "NaN (line 121, column 34) is not a JSON number. Write null"),
        case("R46", "1e400", Text(|t| t.replacen("\"value\": 150000", "\"value\": 1e400", 1)), Excluded)
            .at("figures[2].value", "the number 1e400 (line 121, column 16) is too large to read. This entry was left out.")
            .gone(&["f-cabang-palu-2024"]),
        case("R46", "-1e999 in an alias", Text(|t| t.replacen("\"Parimo\"", "-1e999", 1)), Kept)
            .at("regions[1].aliases[0]", "the number -1e999 (line 45, column 9) is too large to read. It is ignored; the rest is kept."),
        case("R47", "a note nested 150 deep", Json(|v| set(v, "/figures/1/note", nested(150))), Excluded)
            .at("figures[1].note[0][0][0][0][0][0][0][0][0][0][0][0]", "it is nested too deeply (more than 100 levels).")
            .gone(&["f-palu-2018"]),
        case(
            "R47",
            "an unknown field nested 10,000 deep",
            Text(|t| t.replacen("\"value\": 150000", &format!("\"value\": 150000, \"extra\": {}{}", "[".repeat(10_000), "]".repeat(10_000)), 1)),
            Kept,
        )
        .at("figures[2].extra[0][0][0][0][0][0][0][0][0][0][0][0]", "nested too deeply (more than 100 levels). It is ignored; the rest is kept."),
    ]
}

// ---------------------------------------------------------------------------
// Running the table

fn base_text() -> String {
    let path = format!(
        "{}/tests/fixtures/validate/valid_minimal.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every identifiable entry of a loaded dataset.
fn entries(l: &Loaded) -> BTreeSet<String> {
    let d = &l.dataset;
    d.indicators
        .iter()
        .map(|i| i.id.clone())
        .chain(d.regions.iter().map(|r| r.code.clone()))
        .chain(d.sources.iter().map(|s| s.id.clone()))
        .chain(d.figures.iter().map(|f| f.id.clone()))
        .chain(
            d.milestones
                .iter()
                .map(|m| format!("milestone {} {}", m.region, m.date)),
        )
        .collect()
}

fn check_message(p: &Problem) {
    let (id, en) = (p.message(Lang::Id), p.message(Lang::En));
    assert!(id.starts_with(&p.path) && en.starts_with(&p.path), "{en}");
    assert_ne!(id, en, "untranslated: {en}");
    if let Some(e) = &p.entry_id {
        assert!(en.contains(&format!("({e})")), "{en}");
    }
}

/// Reading what was loaded, written back as JSON, finds nothing new and drops nothing.
fn check_round_trip(l: &Loaded, label: &str) {
    let again = load(&serde_json::to_string(&l.dataset).unwrap()).unwrap_or_else(|f| panic!("{label}: {f:?}"));
    assert!(
        again.problems.iter().all(|p| !p.excluded),
        "{label}: {:#?}",
        again.problems
    );
    assert!(
        again.problems.len() <= l.problems.len(),
        "{label}: {:#?}",
        again.problems
    );
    assert_eq!(again.dataset, l.dataset, "{label}");
}

fn run(c: &Case, base: &str, base_entries: &BTreeSet<String>) -> Result<(), String> {
    let text = match &c.change {
        Json(f) => {
            let mut v: Value = serde_json::from_str(base).unwrap();
            f(&mut v);
            serde_json::to_string_pretty(&v).unwrap()
        }
        Text(f) => {
            let t = f(base);
            assert_ne!(t, base, "the change did nothing");
            t
        }
    };
    let loaded = load(&text);
    let l = match (c.outcome, loaded) {
        (Fatal, Err(f)) => {
            let (id, en) = (f.message(Lang::Id), f.message(Lang::En));
            assert_ne!(id, en);
            return if en.contains(c.says) {
                Ok(())
            } else {
                Err(format!("fatal message {en:?} does not say {:?}", c.says))
            };
        }
        (Fatal, Ok(l)) => return Err(format!("loaded, with problems {:#?}", l.problems)),
        (_, Err(f)) => return Err(format!("fatal: {}", f.message(Lang::En))),
        (_, Ok(l)) => l,
    };
    l.problems.iter().for_each(check_message);
    let gone: BTreeSet<String> = base_entries.difference(&entries(&l)).cloned().collect();
    let expected: BTreeSet<String> = c.gone.iter().map(|s| s.to_string()).collect();
    if gone != expected {
        return Err(format!(
            "gone {gone:?}, expected {expected:?}; problems {:#?}",
            l.problems
        ));
    }
    match c.outcome {
        Allowed if !l.problems.is_empty() => return Err(format!("expected no problem, got {:#?}", l.problems)),
        Allowed => {}
        Kept | Excluded => {
            let excluded = matches!(c.outcome, Excluded);
            let Some(p) = l.problems.iter().find(|p| p.path == c.at) else {
                return Err(format!("no problem at {}: {:#?}", c.at, l.problems));
            };
            if p.excluded != excluded {
                return Err(format!(
                    "{} is {}",
                    c.at,
                    if p.excluded { "excluded" } else { "a warning" }
                ));
            }
            if !p.message(Lang::En).contains(c.says) {
                return Err(format!("message {:?} does not say {:?}", p.message(Lang::En), c.says));
            }
            if !excluded {
                if let Some(p) = l.problems.iter().find(|p| p.excluded) {
                    return Err(format!("kept, yet {} was excluded", p.path));
                }
            }
        }
        Fatal => unreachable!(),
    }
    (c.then)(&l);
    check_round_trip(&l, c.what);
    Ok(())
}

#[test]
fn every_rule_does_what_the_format_says() {
    let base = base_text();
    let base_loaded = load(&base).unwrap();
    assert!(base_loaded.problems.is_empty(), "{:#?}", base_loaded.problems);
    let base_entries = entries(&base_loaded);
    let mut failures = Vec::new();
    let all = cases();
    for c in &all {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(c, &base, &base_entries)));
        match result {
            Ok(Ok(())) => {}
            Ok(Err(e)) => failures.push(format!("{} ({}): {e}", c.rule, c.what)),
            Err(e) => {
                let why = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{} ({}): panicked: {why}", c.rule, c.what));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n\n")
    );
}

/// The rules as docs/data-format.md numbers them: number -> outcome words.
fn documented_rules() -> BTreeMap<u32, String> {
    let path = format!("{}/docs/data-format.md", env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(&path).unwrap();
    let mut rules = BTreeMap::new();
    for line in doc.lines() {
        let Some(rest) = line.strip_prefix("- **R") else {
            continue;
        };
        let (num, rest) = rest
            .split_once("** (")
            .unwrap_or_else(|| panic!("malformed rule line: {line}"));
        let (outcome, _) = rest.split_once(')').unwrap();
        let n: u32 = num.parse().unwrap_or_else(|_| panic!("malformed rule number: {line}"));
        assert!(rules.insert(n, outcome.to_string()).is_none(), "R{n} twice");
    }
    rules
}

#[test]
fn rules_and_cases_agree() {
    let rules = documented_rules();
    assert!(rules.len() >= 40, "found only {} rules", rules.len());
    let numbers: Vec<u32> = rules.keys().copied().collect();
    assert_eq!(
        numbers,
        (1..=rules.len() as u32).collect::<Vec<_>>(),
        "rules are numbered R1..Rn"
    );
    let mut covered = BTreeSet::new();
    for c in cases() {
        let n: u32 = c.rule.trim_start_matches('R').parse().unwrap();
        let words = rules.get(&n).unwrap_or_else(|| {
            panic!(
                "case {:?} names {}, which docs/data-format.md does not have",
                c.what, c.rule
            )
        });
        assert!(
            words.split([',', ' ']).any(|w| w == c.outcome.word()),
            "{} is documented as ({words}), but the case {:?} expects {}",
            c.rule,
            c.what,
            c.outcome.word()
        );
        covered.insert(n);
    }
    let missing: Vec<String> = rules
        .keys()
        .filter(|n| !covered.contains(n))
        .map(|n| format!("R{n}"))
        .collect();
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
}

/// `cakupan-data check` names the place of a NaN (R45) and of a JSON error (R2).
#[test]
fn the_cli_check_says_where_a_nan_is_and_what_to_do() {
    let dir = std::env::temp_dir().join(format!("cakupan-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let check = |name: &str, text: String| {
        let file = dir.join(name);
        std::fs::write(&file, text).unwrap();
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_cakupan-data"))
            .arg("check")
            .arg(&file)
            .output()
            .expect("cakupan-data runs");
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            file.display().to_string(),
        )
    };
    let base = base_text();
    let (code, out, file) = check("nan.json", base.replacen("\"value\": 150000", "\"value\": NaN", 1));
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(&format!(
            "error (excluded): {file}:121:16: figures[2].value (f-cabang-palu-2024): NaN (line 121, column 16) is not a JSON number. Write null"
        )),
        "{out}"
    );
    assert!(out.contains("allow_nan=False"), "{out}");
    let (code, out, file) = check("broken.json", base.replacen("\"license\"", "NaN", 1));
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(&format!("fatal: {file}:7:5: The data file is not valid JSON")),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The CSV side of R45: a `NaN` or `inf` cell (what pandas or a spreadsheet
/// writes for a gap) leaves its row out, named, with what to write instead.
#[test]
fn a_nan_cell_in_a_csv_is_named_with_what_to_write() {
    use cakupan::core::import::{self, CsvFile, Options};
    let dir = format!("{}/tests/fixtures/import", env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| CsvFile::read(std::path::Path::new(&format!("{dir}/{name}"))).unwrap();
    let header = read("figures.csv").text.lines().next().unwrap().to_string();
    let row = |id: &str, value: &str, numerator: &str| {
        format!("{id},72.08,,,,covered_workers,all,,,reported,exact,{value},people,{numerator},,,2024,year,,https://example.org/a,Koran A,2024-05-01,,Catatan.,Note.")
    };
    let figures = CsvFile::new(
        "figures.csv",
        format!(
            "{header}\n{}\n{}\n{}\n",
            row("x01", "NaN", ""),
            row("x02", "5", "inf"),
            row("x03", "7", "")
        ),
    );
    let inputs = import::Inputs {
        regions: read("regions.csv"),
        aliases: None,
        indicators: read("indicators.csv"),
        figures: vec![figures],
        milestones: vec![],
    };
    let (dataset, issues) = import::import(&inputs, &Options::default());
    let ids: Vec<&str> = dataset.figures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["x03"], "{issues:#?}");
    let text: Vec<String> = issues.iter().filter(|i| i.is_error()).map(|i| i.to_string()).collect();
    assert_eq!(text.len(), 2, "{text:#?}");
    assert!(
        text[0].contains("figures.csv:2 (x01)")
            && text[0]
                .contains("value \"NaN\" is not a number (leave the cell empty when the number is not known, never 0)"),
        "{}",
        text[0]
    );
    assert!(
        text[1].contains("figures.csv:3 (x02)")
            && text[1].contains("numerator \"inf\" is not a number (leave the cell empty"),
        "{}",
        text[1]
    );
}
