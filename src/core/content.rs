//! The content check: what `build.rs` cannot see when it compiles
//! `content/*.toml` (docs/content.md).
//!
//! The build already stops on anything that cannot be compiled: a misspelt
//! field, an unknown regulation, source, list, fact, section kind, group or
//! status, one language without the other, a malformed date or name. This
//! check looks at the compiled content as a whole:
//!
//! - every text is there in both languages, not empty, without stray spaces;
//! - every rule names a regulation and a valid date;
//! - every glossary slug is unique, lower-case and in order; every `see_also`
//!   and every "see X in the glossary" in a text finds an entry, and so does
//!   every programme and membership-group slug the pages link to;
//! - every source an item, an entry or one of the checker's dated rules
//!   (`core::rules`) cites is in the source list, and every source in the
//!   list is cited by one of them; no two sources share a URL; every URL is
//!   http(s); every date is a date.
//!
//! It runs in `cargo test` (tests/content.rs) and in `cakupan-data check`.
//! Messages are plain English for whoever edits the content, and name the
//! file and the place in it (the core owns messages about data and content;
//! `src/app/i18n` owns the interface's).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::core::date::PartialDate;
use crate::core::lang::Tr;
use crate::core::programs::{
    glossary_lookup_in, ContentSource, GlossaryEntry, Item, MemberGroup, Page, Program, ProgramPage, Rule, GLOSSARY,
    PROGRAMS, REGIONAL_ROLE, REGULATIONS, SOURCES,
};
use crate::core::rules::{every_dated_rule, DatedInfo, Source};
use crate::core::validate::{url_issue, UrlIssue};

/// Everything the check looks at. [`Content::compiled`] is the app's
/// content; tests build broken copies to see the check fail.
#[derive(Debug, Clone, Copy)]
pub struct Content<'a> {
    pub programs: &'a [ProgramPage],
    /// Free-standing pages (the regional-role page).
    pub pages: &'a [&'a Page],
    pub glossary: &'a [GlossaryEntry],
    pub sources: &'a [ContentSource],
    /// (name in content/regulations.toml, rule).
    pub regulations: &'a [(&'a str, Rule)],
    /// The checker's dated rules, whose sources must be in `sources` too.
    pub rules: &'a [DatedInfo],
}

static PAGES: [&Page; 1] = [&REGIONAL_ROLE];

fn compiled_rules() -> &'static [DatedInfo] {
    static RULES: OnceLock<Vec<DatedInfo>> = OnceLock::new();
    RULES.get_or_init(every_dated_rule)
}

impl Content<'static> {
    /// The content compiled into the app from content/.
    pub fn compiled() -> Content<'static> {
        Content {
            programs: &PROGRAMS,
            pages: &PAGES,
            glossary: &GLOSSARY,
            sources: &SOURCES,
            regulations: &REGULATIONS,
            rules: compiled_rules(),
        }
    }
}

/// Every problem in the app's content, in plain words; empty when all is well.
pub fn check_content() -> Vec<String> {
    check(&Content::compiled())
}

/// Every problem in `c`, each naming its file and place.
pub fn check(c: &Content) -> Vec<String> {
    let mut k = Checker {
        c,
        problems: Vec::new(),
        cited: HashSet::new(),
    };
    k.regulations();
    k.programs();
    for page in c.pages {
        k.page(page);
    }
    k.glossary();
    k.rules();
    k.sources();
    k.problems
}

/// How complete the sources are: shown as a note by `cakupan-data check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceCounts {
    pub total: usize,
    pub with_url: usize,
    pub with_title: usize,
    pub with_date: usize,
}

pub fn source_counts(sources: &[ContentSource]) -> SourceCounts {
    SourceCounts {
        total: sources.len(),
        with_url: sources.iter().filter(|s| s.source.url.is_some()).count(),
        with_title: sources.iter().filter(|s| s.source.title.is_some()).count(),
        with_date: sources.iter().filter(|s| s.source.published.is_some()).count(),
    }
}

/// Notes that are not problems: how many sources have no URL, title or date
/// (allowed, since a missing one is never guessed).
pub fn content_notes() -> Vec<String> {
    let n = source_counts(&SOURCES);
    vec![format!(
        "{} of {} sources have no URL, {} no title and {} no date (allowed: the research did not give them; never guess one).",
        n.total - n.with_url,
        n.total,
        n.total - n.with_title,
        n.total - n.with_date
    )]
}

const REGULATIONS_FILE: &str = "content/regulations.toml";
const SOURCES_FILE: &str = "content/sources.toml";
const GLOSSARY_FILE: &str = "content/glossary.toml";
const RULES_FILE: &str = "src/core/rules.rs";

fn program_file(p: &ProgramPage) -> String {
    format!("content/programs/{}.toml", p.slug())
}

fn page_file(p: &Page) -> String {
    if p.slug == REGIONAL_ROLE.slug {
        "content/regional-role.toml".into()
    } else {
        format!("content/{}.toml", p.slug)
    }
}

/// The start of a text, to recognise an item by: "“BPJS membayar biaya…”".
fn quote(s: &str) -> String {
    let short: String = s.chars().take(40).collect();
    if short.len() < s.len() {
        format!("“{short}…”")
    } else {
        format!("“{short}”")
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The terms a text sends the reader to: `"ahli waris"` in "Lihat "ahli
/// waris" di daftar istilah" or "See "ahli waris" in the glossary".
pub fn glossary_mentions(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for marker in [" di daftar istilah", " in the glossary"] {
        for (i, _) in text.match_indices(marker) {
            let before = &text[..i];
            for (open, close) in [('"', '"'), ('“', '”')] {
                if let Some(inner) = before.strip_suffix(close) {
                    if let Some(start) = inner.rfind(open) {
                        out.push(&inner[start + open.len_utf8()..]);
                    }
                }
            }
        }
    }
    out
}

struct Checker<'c, 'a> {
    c: &'c Content<'a>,
    problems: Vec<String>,
    /// Source names cited by some item, entry or dated rule.
    cited: HashSet<&'static str>,
}

impl<'a> Checker<'_, 'a> {
    fn problem(&mut self, at: &str, what: impl std::fmt::Display) {
        self.problems.push(format!("{at}: {what}"));
    }

    /// One text in both languages: present, not empty, no stray spaces, and
    /// every glossary reference in it found.
    fn text(&mut self, at: &str, what: &str, t: Tr) {
        for (lang, s) in [("Indonesian", t.id), ("English", t.en)] {
            if s.trim().is_empty() {
                self.problem(at, format_args!("the {lang} {what} is empty."));
            } else if s != s.trim() {
                self.problem(at, format_args!("the {lang} {what} starts or ends with a space."));
            } else if s.contains("  ") {
                self.problem(at, format_args!("the {lang} {what} has two spaces in a row."));
            }
            for term in glossary_mentions(s) {
                if glossary_lookup_in(self.c.glossary, term).is_none() {
                    self.problem(
                        at,
                        format_args!(
                            "the {lang} {what} points to \"{term}\" in the glossary, which has no such entry."
                        ),
                    );
                }
            }
        }
    }

    fn rule(&mut self, at: &str, r: &Rule) {
        if r.regulation.trim().is_empty() {
            self.problem(at, "the rule names no regulation.");
        }
        if PartialDate::parse(r.date).is_none() {
            self.problem(
                at,
                format_args!(
                    "the rule {} has the date \"{}\"; write YYYY, YYYY-MM or YYYY-MM-DD.",
                    r.regulation, r.date
                ),
            );
        }
        if let Some(note) = r.note {
            self.text(at, "rule note", note);
        }
    }

    /// Every cited source must be in the list; each is counted as cited.
    fn cites(&mut self, at: &str, sources: &[&'a ContentSource]) {
        let mut seen = HashSet::new();
        for s in sources {
            if !seen.insert(s.id) {
                self.problem(at, format_args!("cites the source \"{}\" twice.", s.id));
            }
            if self.c.sources.iter().any(|known| known == *s) {
                self.cited.insert(s.id);
            } else {
                self.problem(
                    at,
                    format_args!("cites the source \"{}\", which is not in {SOURCES_FILE}.", s.id),
                );
            }
        }
    }

    fn item(&mut self, at: &str, item: &'a Item) {
        let at = format!("{at} {}", quote(item.text.id));
        self.text(&at, "text", item.text);
        if let Some(b) = item.before {
            self.text(&at, "\"before\" text", b);
        }
        if let Some(r) = &item.rule {
            self.rule(&at, r);
        }
        self.cites(&at, item.sources);
    }

    fn regulations(&mut self) {
        let mut names = HashSet::new();
        for (name, r) in self.c.regulations {
            let at = format!("{REGULATIONS_FILE}, [{name}]");
            if !names.insert(*name) {
                self.problem(&at, "this name is used twice.");
            }
            self.rule(&at, r);
        }
    }

    fn programs(&mut self) {
        let c = self.c;
        let order: Vec<Program> = c.programs.iter().map(|p| p.program).collect();
        if !c.programs.is_empty() && order != Program::ALL {
            self.problem(
                "content/programs",
                format_args!(
                    "the programme pages must be JKK, JKM, JHT, JP and JKP, in that order; they are {order:?}."
                ),
            );
        }
        for p in c.programs {
            let file = program_file(p);
            self.text(&file, "name", p.name);
            self.text(&file, "summary", p.summary);
            let groups: Vec<MemberGroup> = p.membership.iter().map(|m| m.segment).collect();
            if groups != MemberGroup::ALL {
                self.problem(
                    &file,
                    format_args!(
                        "the [[membership]] rows must be pu, bpu, jakon and pmi, once each and in that order; they are {}.",
                        groups.iter().map(|g| g.slug()).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
            for m in p.membership {
                let at = format!("{file}, membership row \"{}\"", m.segment.slug());
                if let Some(n) = m.note {
                    self.text(&at, "note", n);
                }
                if let Some(r) = &m.rule {
                    self.rule(&at, r);
                }
            }
            let mut anchors = HashSet::new();
            for s in p.sections {
                if !anchors.insert(s.anchor) {
                    self.problem(&file, format_args!("the section \"{:?}\" appears twice.", s.kind));
                }
                if s.items.is_empty() {
                    self.problem(&file, format_args!("the section \"{:?}\" has no items.", s.kind));
                }
                for (n, item) in s.items.iter().enumerate() {
                    self.item(&format!("{file}, section \"{}\", item {}", s.anchor, n + 1), item);
                }
            }
        }
    }

    fn page(&mut self, page: &'a Page) {
        let file = page_file(page);
        self.text(&file, "title", page.title);
        self.text(&file, "summary", page.summary);
        let mut anchors = HashSet::new();
        for s in page.sections {
            if !is_slug(s.anchor) {
                self.problem(
                    &file,
                    format_args!(
                        "the section anchor \"{}\" must be lower-case letters, digits and hyphens.",
                        s.anchor
                    ),
                );
            }
            if !anchors.insert(s.anchor) {
                self.problem(
                    &file,
                    format_args!("the section anchor \"{}\" is used twice.", s.anchor),
                );
            }
            let at = format!("{file}, section \"{}\"", s.anchor);
            self.text(&at, "heading", s.heading);
            if s.items.is_empty() {
                self.problem(&at, "the section has no items.");
            }
            for (n, item) in s.items.iter().enumerate() {
                self.item(&format!("{at}, item {}", n + 1), item);
            }
        }
    }

    fn glossary(&mut self) {
        let g = self.c.glossary;
        let mut slugs = HashSet::new();
        // Each written form (lower case) and the first entry that has it.
        let mut forms: HashMap<String, &str> = HashMap::new();
        for (i, e) in g.iter().enumerate() {
            let at = format!("{GLOSSARY_FILE}, entry \"{}\"", e.slug);
            if !is_slug(e.slug) {
                self.problem(
                    &at,
                    "a slug must be lower-case letters, digits and hyphens, like \"pekerja-rentan\".",
                );
            }
            if !slugs.insert(e.slug) {
                self.problem(&at, "this slug is used twice.");
            }
            if let Some(prev) = i.checked_sub(1).map(|p| g[p].slug) {
                if prev > e.slug {
                    self.problem(
                        &at,
                        format_args!("entries must be sorted by slug; this one comes after \"{prev}\"."),
                    );
                }
            }
            if e.term.trim().is_empty() {
                self.problem(&at, "the term is empty.");
            }
            if e.long_name.is_some_and(|l| l.trim().is_empty()) {
                self.problem(&at, "long_name is empty: leave it out instead.");
            }
            if e.aliases.iter().any(|a| a.trim().is_empty()) {
                self.problem(&at, "an alias is empty.");
            }
            self.text(&at, "definition", e.definition);
            let mut seen = HashSet::new();
            for s in e.see_also {
                if *s == e.slug {
                    self.problem(&at, "see_also names the entry itself.");
                } else if !g.iter().any(|x| x.slug == *s) {
                    self.problem(
                        &at,
                        format_args!("see_also names \"{s}\", which is not a glossary slug."),
                    );
                }
                if !seen.insert(*s) {
                    self.problem(&at, format_args!("see_also names \"{s}\" twice."));
                }
            }
            for f in e.written_forms() {
                let key = f.trim().to_lowercase();
                match forms.get(&key) {
                    Some(other) if *other != e.slug => self.problem(
                        &at,
                        format_args!("\"{f}\" is also how the entry \"{other}\" is written: a reader's search would find only one."),
                    ),
                    _ => {
                        forms.insert(key, e.slug);
                    }
                }
            }
            self.cites(&at, e.sources);
        }
        // The pages link programmes and membership groups by slug.
        let linked = Program::ALL
            .iter()
            .map(|p| p.slug())
            .chain(MemberGroup::ALL.iter().map(|m| m.slug()));
        let missing: Vec<&str> = linked.filter(|s| !g.iter().any(|e| e.slug == *s)).collect();
        for s in missing {
            self.problem(
                GLOSSARY_FILE,
                format_args!("the pages link to the entry \"{s}\", which is missing."),
            );
        }
    }

    /// The sources of the checker's dated rules: each must be one of the
    /// list's (the rules cite the constants generated from it), and counts as
    /// cited. A rule's source is recognised by its fields: where two entries
    /// have the same ones (two articles known only by their publisher), both
    /// count as cited, as the page could not tell them apart either.
    fn rules(&mut self) {
        let c = self.c;
        for r in c.rules {
            let at = format!("{RULES_FILE}, {} (from {})", r.table, r.in_force.from);
            let mut seen = HashSet::new();
            for s in r.sources {
                let mut found = c.sources.iter().filter(|known| known.source == *s).peekable();
                if found.peek().is_none() {
                    self.problem(
                        &at,
                        format_args!(
                            "cites a source that is not in {SOURCES_FILE} ({}): add it there and cite it by its name in capitals, src::NAME.",
                            describe(s)
                        ),
                    );
                }
                for known in found {
                    if !seen.insert(known.id) {
                        self.problem(&at, format_args!("cites the source \"{}\" twice.", known.id));
                    }
                    self.cited.insert(known.id);
                }
            }
        }
    }

    fn sources(&mut self) {
        let mut ids = HashSet::new();
        // Each address, and the first source that has it.
        let mut urls: HashMap<String, &str> = HashMap::new();
        for s in self.c.sources {
            let at = format!("{SOURCES_FILE}, [{}]", s.id);
            if !is_slug(s.id) {
                self.problem(&at, "a source's name must be lower-case letters, digits and hyphens.");
            }
            if !ids.insert(s.id) {
                self.problem(&at, "this name is used twice.");
            }
            let src = &s.source;
            if let Some(url) = src.url {
                match urls.get(&same_address(url)) {
                    Some(other) if *other != s.id => self.problem(
                        &at,
                        format_args!(
                            "has the same url as [{other}]: one article is one source; merge them and cite one name."
                        ),
                    ),
                    _ => {
                        urls.insert(same_address(url), s.id);
                    }
                }
            }
            if src.publisher.trim().is_empty() {
                self.problem(&at, "the publisher is empty.");
            }
            if src.title.is_some_and(|t| t.trim().is_empty()) {
                self.problem(&at, "the title is empty: leave it out instead.");
            }
            if let Some(url) = src.url {
                if let Some(issue) = url_issue(url) {
                    let why = match issue {
                        UrlIssue::NotHttp => "only http:// and https:// addresses are allowed",
                        UrlIssue::Whitespace => "it contains spaces or control characters",
                        UrlIssue::NoHost => "it has no site name",
                        UrlIssue::TooLong => "it is too long",
                    };
                    self.problem(&at, format_args!("the url \"{url}\" cannot be used: {why}."));
                }
            }
            if let Some(d) = src.published {
                if PartialDate::parse(d).is_none() {
                    self.problem(
                        &at,
                        format_args!("the date \"{d}\" is not YYYY, YYYY-MM or YYYY-MM-DD."),
                    );
                }
            }
            if !self.cited.contains(s.id) {
                self.problem(
                    &at,
                    "no item, glossary entry or rule (src/core/rules.rs) cites this source: cite it, or remove it.",
                );
            }
        }
    }
}

/// A source in a message: "Nobody, “Title”, https://…, 2025".
fn describe(s: &Source) -> String {
    [Some(s.publisher), s.title, s.url, s.published]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

/// An address as compared for sameness: without the scheme, a leading
/// "www." or a trailing "/", the host in lower case.
fn same_address(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    format!("{host}/{}", path.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_glossary_mentions_in_both_languages() {
        assert_eq!(
            glossary_mentions("Lihat \"ahli waris\" di daftar istilah."),
            ["ahli waris"]
        );
        assert_eq!(glossary_mentions("See “ahli waris” in the glossary."), ["ahli waris"]);
        assert!(glossary_mentions("Lihat daftar istilah.").is_empty());
    }

    #[test]
    fn addresses_are_the_same_without_scheme_www_or_final_slash() {
        assert_eq!(
            same_address("https://www.Example.com/a/"),
            same_address("http://example.com/a")
        );
        assert_ne!(
            same_address("https://example.com/a?page=2"),
            same_address("https://example.com/a")
        );
        assert_eq!(same_address("https://example.com"), "example.com/");
    }

    #[test]
    fn quotes_the_start_of_long_texts() {
        assert_eq!(quote("Pendek."), "“Pendek.”");
        assert!(quote(&"a".repeat(60)).ends_with("…”"));
    }
}
