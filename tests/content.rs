//! The content in content/*.toml, as compiled by build.rs, passes the content
//! check (src/core/content.rs); and the check does fail on broken content.
//!
//! The broken cases copy the compiled content and break one thing each: a
//! missing English text, an unknown "see also", a glossary reference in a
//! text that finds no entry, a duplicate slug, a rule without a date, a
//! source that is cited but not listed (by an item or by one of the
//! checker's dated rules), a listed source nobody cites, two sources for one
//! URL, a `javascript:` URL.

use cakupan::app::components::glossary_link::{funding_slug, milestone_slug, segment_slug};
use cakupan::core::content::{check, check_content, source_counts, Content};
use cakupan::core::dataset::{Funding, MilestoneKind, Segment};
use cakupan::core::lang::Tr;
use cakupan::core::programs::{
    glossary_entry, program, regulation, source, ContentSource, GlossaryEntry, Item, Page, Rule, Section, SectionKind,
    GLOSSARY, PROGRAMS, REGIONAL_ROLE, REGULATIONS, SOURCES,
};
use cakupan::core::rules::{every_dated_rule, DatedInfo, Source, JP_WAGE_CAPS};

/// The compiled content passes.
#[test]
fn the_content_passes_the_check() {
    let problems = check_content();
    assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
}

#[test]
fn sources_and_regulations_are_found_by_name() {
    let s = source("bpjs-18913").expect("BPJS article 18913");
    assert_eq!(s.source.publisher, "BPJS Ketenagakerjaan");
    assert!(s.source.url.unwrap().starts_with("https://"));
    assert!(source("no-such-source").is_none());
    assert_eq!(regulation("PP_82_2019").unwrap().date, "2019-12-02");
    assert!(regulation("PP_82_2091").is_none());
    // Sorted by name, so `source` can search them.
    assert!(SOURCES.windows(2).all(|w| w[0].id < w[1].id));
    let n = source_counts(&SOURCES);
    assert!(n.total > 100 && n.with_url > 50, "{n:?}");
}

#[test]
fn items_cite_structured_sources_and_lists_expand() {
    // "Kontan; Tribunnews, 2023" was written 14 times; it is now the list
    // CLAIM_DOCUMENTS, expanded into each item.
    let jkk = program("jkk").unwrap();
    let docs = jkk.section(SectionKind::Documents).unwrap();
    let ids: Vec<&str> = docs.items[0].sources.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["kontan", "tribunnews-2023"]);
    let first = &jkk.section(SectionKind::Pays).unwrap().items[0];
    assert_eq!(first.sources[0].source.published, Some("2022-12-02"));
    // A per-item rule note overrides the regulation's own note.
    let death = jkk.section(SectionKind::Pays).unwrap().items[3];
    assert_eq!(death.rule.unwrap().regulation, "PP 82/2019");
    assert_eq!(death.rule.unwrap().note.unwrap().id, "60% × 80 × upah sebulan.");
    assert_ne!(death.rule, regulation("PP_82_2019"));
}

/// The links the app makes to glossary entries from code all resolve.
#[test]
fn the_apps_glossary_links_resolve() {
    use Segment::*;
    for s in [Pu, Bpu, Jakon, Pmi, NonAsn, VillageApparatus, Rentan, All, Other] {
        if let Some(slug) = segment_slug(s) {
            assert!(glossary_entry(slug).is_some(), "segment {s:?} links to missing {slug}");
        }
    }
    for f in [Funding::ApbdKab, Funding::ApbdProv, Funding::Apbdes] {
        let slug = funding_slug(f).unwrap();
        assert!(glossary_entry(slug).is_some(), "funding {f:?} links to missing {slug}");
    }
    for m in [MilestoneKind::Mou, MilestoneKind::Pks] {
        let slug = milestone_slug(m).unwrap();
        assert!(
            glossary_entry(slug).is_some(),
            "milestone {m:?} links to missing {slug}"
        );
    }
}

// ---------------------------------------------------------------------------
// Broken content: each case must make the check fail, and say where
// ---------------------------------------------------------------------------

/// Leaks a value: the content types hold `&'static` slices, and a test
/// process may keep a few small copies.
fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn glossary_with(change: impl FnOnce(&mut Vec<GlossaryEntry>)) -> &'static [GlossaryEntry] {
    let mut g = GLOSSARY.to_vec();
    change(&mut g);
    leak(g).as_slice()
}

/// The compiled content with the regional-role page's first item replaced.
fn with_regional_item(item: Item) -> Content<'static> {
    let mut sections: Vec<Section> = REGIONAL_ROLE.sections.to_vec();
    let mut items = sections[0].items.to_vec();
    items[0] = item;
    sections[0].items = leak(items).as_slice();
    let page: &'static Page = leak(Page {
        sections: leak(sections).as_slice(),
        ..REGIONAL_ROLE
    });
    Content {
        pages: leak([page]).as_slice(),
        ..Content::compiled()
    }
}

fn fails_with(c: &Content, needle: &str) {
    let problems = check(c);
    assert!(
        problems.iter().any(|p| p.contains(needle)),
        "expected a problem containing {needle:?}, got:\n{}",
        problems.join("\n")
    );
}

#[test]
fn an_empty_translation_fails() {
    let first = REGIONAL_ROLE.sections[0].items[0];
    let broken = Item {
        text: Tr::new(first.text.id, ""),
        ..first
    };
    fails_with(&with_regional_item(broken), "the English text is empty");
    fails_with(
        &with_regional_item(Item {
            text: Tr::new(" Spasi.", "Space."),
            ..first
        }),
        "starts or ends with a space",
    );
}

#[test]
fn a_glossary_reference_in_text_must_resolve() {
    let first = REGIONAL_ROLE.sections[0].items[0];
    let broken = Item {
        text: Tr::new(
            "Lihat \"ahli wariss\" di daftar istilah.",
            "See \"ahli wariss\" in the glossary.",
        ),
        ..first
    };
    let c = with_regional_item(broken);
    fails_with(&c, "content/regional-role.toml, section \"inpres\", item 1");
    fails_with(&c, "points to \"ahli wariss\" in the glossary");
    // The real one resolves.
    let ok = Item {
        text: Tr::new(
            "Lihat \"ahli waris\" di daftar istilah.",
            "See \"ahli waris\" in the glossary.",
        ),
        ..first
    };
    assert!(check(&with_regional_item(ok)).is_empty());
}

#[test]
fn glossary_see_also_slugs_and_order_are_checked() {
    let unknown = glossary_with(|g| g[0].see_also = &["dana-desa", "no-such-term"]);
    fails_with(
        &Content {
            glossary: unknown,
            ..Content::compiled()
        },
        "see_also names \"no-such-term\", which is not a glossary slug",
    );
    let twice = glossary_with(|g| {
        let copy = g[0];
        g.insert(1, copy);
    });
    fails_with(
        &Content {
            glossary: twice,
            ..Content::compiled()
        },
        "this slug is used twice",
    );
    let unsorted = glossary_with(|g| g.swap(0, 1));
    fails_with(
        &Content {
            glossary: unsorted,
            ..Content::compiled()
        },
        "must be sorted by slug",
    );
    let bad_slug = glossary_with(|g| g[0].slug = "Add");
    fails_with(
        &Content {
            glossary: bad_slug,
            ..Content::compiled()
        },
        "lower-case letters",
    );
    // A programme's entry removed: the programme page links to it.
    let no_jkk = glossary_with(|g| g.retain(|e| e.slug != "jkk"));
    fails_with(
        &Content {
            glossary: no_jkk,
            ..Content::compiled()
        },
        "the pages link to the entry \"jkk\"",
    );
}

#[test]
fn every_rule_needs_a_regulation_and_a_date() {
    let first = REGIONAL_ROLE.sections[0].items[0];
    let undated = Item {
        rule: Some(Rule::new("Inpres 2/2021", "")),
        ..first
    };
    fails_with(&with_regional_item(undated), "the rule Inpres 2/2021 has the date \"\"");
    let unnamed = Item {
        rule: Some(Rule::new(" ", "2021")),
        ..first
    };
    fails_with(&with_regional_item(unnamed), "names no regulation");
    let regs: Vec<(&'static str, Rule)> = REGULATIONS
        .iter()
        .map(|(n, r)| {
            if *n == "PP_82_2019" {
                (*n, Rule::new(r.regulation, "2019-13"))
            } else {
                (*n, *r)
            }
        })
        .collect();
    fails_with(
        &Content {
            regulations: leak(regs).as_slice(),
            ..Content::compiled()
        },
        "content/regulations.toml, [PP_82_2019]",
    );
}

#[test]
fn sources_must_exist_be_cited_and_link_safely() {
    let first = REGIONAL_ROLE.sections[0].items[0];
    let stray: &'static ContentSource = leak(ContentSource {
        id: "not-listed",
        source: Source {
            publisher: "Nobody",
            title: None,
            url: None,
            published: None,
        },
    });
    let cites_unknown = Item {
        sources: leak([stray]).as_slice(),
        ..first
    };
    fails_with(
        &with_regional_item(cites_unknown),
        "cites the source \"not-listed\", which is not in content/sources.toml",
    );

    let mut extra = SOURCES.to_vec();
    extra.push(ContentSource {
        id: "zz-unused",
        source: Source {
            publisher: "Nobody",
            title: None,
            url: Some("javascript:alert(1)"),
            published: Some("2025-02-30x"),
        },
    });
    let c = Content {
        sources: leak(extra).as_slice(),
        ..Content::compiled()
    };
    fails_with(
        &c,
        "[zz-unused]: no item, glossary entry or rule (src/core/rules.rs) cites this source",
    );
    fails_with(&c, "only http:// and https:// addresses are allowed");
    fails_with(&c, "is not YYYY, YYYY-MM or YYYY-MM-DD");
}

/// The checker's dated rules cite the sources of content/sources.toml: a
/// source only a rule cites is used, and a rule citing anything else fails.
#[test]
fn the_rules_cite_the_listed_sources() {
    let oecd = source("oecd-pensions-at-a-glance").expect("a source only the JP cap cites");
    assert!(
        JP_WAGE_CAPS.iter().any(|d| d.sources.contains(&oecd.source)),
        "the 2020 JP cap cites the OECD"
    );
    // Without the rules, the sources only they cite are unused.
    let c = Content {
        rules: &[],
        ..Content::compiled()
    };
    fails_with(&c, "[oecd-pensions-at-a-glance]: no item, glossary entry or rule");

    // A rule citing a source written by hand, not one of the list's.
    let mut rules = every_dated_rule();
    let stray: &'static [Source] = leak([Source {
        publisher: "Nobody",
        title: Some("Not listed"),
        url: None,
        published: Some("2026"),
    }]);
    rules[0] = DatedInfo {
        sources: stray,
        ..rules[0]
    };
    fails_with(
        &Content {
            rules: leak(rules).as_slice(),
            ..Content::compiled()
        },
        "src/core/rules.rs, PU_JKK_RATES (from 2015-07): cites a source that is not in content/sources.toml (Nobody, Not listed, 2026)",
    );
    // A rule citing one source twice.
    let mut rules = every_dated_rule();
    let twice: &'static [Source] = leak([oecd.source, oecd.source]);
    rules[1] = DatedInfo {
        sources: twice,
        ..rules[1]
    };
    fails_with(
        &Content {
            rules: leak(rules).as_slice(),
            ..Content::compiled()
        },
        "cites the source \"oecd-pensions-at-a-glance\" twice",
    );
}

/// One article is one source: a second entry for the same address fails
/// (written with http or https, with or without "www.").
#[test]
fn one_article_is_one_source() {
    let bpjs = source("bpjs-18913").unwrap();
    let url = bpjs.source.url.unwrap().replace("https://www.", "http://");
    let mut v = SOURCES.to_vec();
    v.push(ContentSource {
        id: "zz-bpjs-again",
        source: Source {
            url: Some(leak(url).as_str()),
            ..bpjs.source
        },
    });
    fails_with(
        &Content {
            sources: leak(v).as_slice(),
            ..Content::compiled()
        },
        "[zz-bpjs-again]: has the same url as [bpjs-18913]",
    );
}

#[test]
fn programme_pages_keep_their_order_and_membership_rows() {
    let mut pages = PROGRAMS.to_vec();
    pages.swap(0, 1);
    fails_with(
        &Content {
            programs: leak(pages).as_slice(),
            ..Content::compiled()
        },
        "must be JKK, JKM, JHT, JP and JKP",
    );
    let mut pages = PROGRAMS.to_vec();
    pages[0].membership = &pages[0].membership[..3];
    fails_with(
        &Content {
            programs: leak(pages).as_slice(),
            ..Content::compiled()
        },
        "content/programs/jkk.toml: the [[membership]] rows must be pu, bpu, jakon and pmi",
    );
}

/// `cakupan-data check` runs the content check, with the note on sources
/// without URL, and exits 0 when there is no problem.
#[test]
fn the_cli_check_reports_the_content() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_cakupan-data"))
        .arg("check")
        .output()
        .expect("cakupan-data runs");
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("content: 0 problem(s); 5 programme pages"), "{out}");
    assert!(
        out.contains("content note: ") && out.contains("sources have no URL"),
        "{out}"
    );
}
