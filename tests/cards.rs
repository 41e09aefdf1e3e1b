//! Link-preview cards (native): what a card says, that its text is escaped
//! and fits, and that it renders to a 1200×630 PNG.

use std::path::PathBuf;

use cakupan::app::data;
use cakupan::card::{self, Card};
use cakupan::core::compare;
use cakupan::core::index::DataIndex;
use cakupan::core::lang::Lang;

fn bundled() -> data::Data {
    let text = std::fs::read_to_string("public/data/coverage.json").expect("bundled dataset");
    data::from_text(&text).unwrap_or_else(|e| panic!("bundled dataset: {e:?}"))
}

/// The contents of every `<text>` element, unescaped, joined by spaces (so
/// a wrapped name reads as it was written).
fn svg_text(svg: &str) -> String {
    let mut out = Vec::new();
    for chunk in svg.split("<text").skip(1) {
        let body = chunk.split_once('>').map(|(_, b)| b).unwrap_or("");
        let content = body.split("</text>").next().unwrap_or("");
        out.push(unescape(content));
    }
    out.join(" ")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// (x, y, font size, bold, text) of every `<text>` element.
fn text_elements(svg: &str) -> Vec<(f64, f64, f64, bool, String)> {
    let attr = |tag: &str, name: &str| -> Option<f64> {
        let v = tag.split(&format!(" {name}=\"")).nth(1)?.split('"').next()?;
        v.parse().ok()
    };
    svg.split("<text")
        .skip(1)
        .map(|chunk| {
            let (tag, body) = chunk.split_once('>').unwrap();
            let content = unescape(body.split("</text>").next().unwrap());
            (
                attr(tag, "x").unwrap(),
                attr(tag, "y").unwrap(),
                attr(tag, "font-size").unwrap(),
                tag.contains("font-weight=\"bold\""),
                content,
            )
        })
        .collect()
}

#[test]
fn a_region_card_shows_its_headline_figure_with_period_and_source() {
    let d = bundled();
    let ix = &d.index;
    let code = "72.08";
    let region = ix.region(code).expect("Parigi Moutong in the dataset");
    let h = compare::region_headline(ix, code, Lang::Id).expect("a headline figure");
    let svg = card::region_svg(ix, code).unwrap();
    let text = svg_text(&svg);
    assert!(text.contains(&region.name), "{text}");
    assert!(text.contains("Provinsi Sulawesi Tengah"), "{text}");
    assert!(text.contains("Cakupan"), "{text}");
    assert!(text.contains(&h.indicator), "{text}");
    assert!(text.contains(&h.value), "{text}");
    assert!(text.contains(&format!("Per {}", h.as_of)), "{text}");
    assert!(text.contains(&format!("Sumber: {}", h.source)), "{text}");
    assert!(h.value.chars().any(|c| c.is_ascii_digit()));
    assert!(!h.source.is_empty() && !h.as_of.is_empty());

    // The page description picks the same figure.
    let summary = compare::region_summary(ix, code, Lang::Id);
    assert!(summary.contains(&h.value) && summary.contains(&h.source), "{summary}");

    // A province says so instead of naming one.
    let svg = card::region_svg(ix, "72").unwrap();
    let text = svg_text(&svg);
    assert!(text.contains("Sulawesi Tengah") && text.contains("Provinsi"), "{text}");
}

#[test]
fn honest_marks_are_on_the_card_in_the_apps_words() {
    let d = bundled();
    let ix = &d.index;
    let mut seen_target = false;
    let mut seen_approx = false;
    for r in &ix.dataset.regions {
        let Some(h) = compare::region_headline(ix, &r.code, Lang::Id) else {
            continue;
        };
        let text = svg_text(&card::region_svg(ix, &r.code).unwrap());
        for c in &h.caveats {
            if matches!(c, cakupan::core::caveat::Caveat::Basis(_)) {
                continue;
            }
            assert!(
                text.contains(&c.label(Lang::Id)),
                "{}: {:?} missing in {text}",
                r.code,
                c
            );
        }
        seen_target |= h.caveats.contains(&cakupan::core::caveat::Caveat::Target);
        seen_approx |= h
            .caveats
            .iter()
            .any(|c| matches!(c, cakupan::core::caveat::Caveat::Approx(_)));
    }
    assert!(
        seen_target && seen_approx,
        "the dataset has target and approximate headlines"
    );
}

#[test]
fn a_region_without_a_figure_says_so_and_shows_no_number() {
    let d = bundled();
    let ix = &d.index;
    let region = ix
        .dataset
        .regions
        .iter()
        .find(|r| compare::region_headline(ix, &r.code, Lang::Id).is_none())
        .expect("some region has no published figure");
    let svg = card::region_svg(ix, &region.code).unwrap();
    let text = svg_text(&svg);
    assert!(text.contains(&region.name), "{text}");
    assert!(text.contains(card::NO_FIGURE), "{text}");
    assert!(
        !text.chars().any(|c| c.is_ascii_digit()),
        "no number on the card: {text}"
    );
    assert!(!text.contains("Sumber:"), "{text}");
}

#[test]
fn text_from_the_dataset_is_escaped() {
    assert_eq!(
        card::escape(r#"<a href="x">Tom & Jerry's</a>"#),
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;"
    );
    let d = bundled();
    let mut dataset = d.index.dataset.clone();
    let code = "72.08";
    let h = compare::region_headline(&d.index, code, Lang::Id).unwrap();
    for r in dataset.regions.iter_mut().filter(|r| r.code == code) {
        r.name = "Kabupaten <script>alert(1)</script> & \"Co\"".into();
    }
    for s in dataset.sources.iter_mut().filter(|s| s.publisher == h.source) {
        s.publisher = "Tempo & <Co>".into();
    }
    let ix = DataIndex::new(dataset);
    let svg = card::region_svg(&ix, code).unwrap();
    assert!(
        !svg.contains("<script") && !svg.contains("<Co>") && !svg.contains(" & "),
        "{svg}"
    );
    assert!(
        svg.contains("&lt;script&gt;") && svg.contains("Tempo &amp; &lt;Co&gt;"),
        "{svg}"
    );
    let text = svg_text(&svg);
    assert!(text.contains("Kabupaten <script>alert(1)</script> & \"Co\""), "{text}");
    // Still a valid SVG.
    let png = card::Renderer::new().unwrap().png(&svg).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn wrapping_keeps_every_line_within_the_width() {
    let d = bundled();
    let names: Vec<&str> = d.index.dataset.regions.iter().map(|r| r.name.as_str()).collect();
    for &width in &[300.0, 600.0, 1072.0] {
        for &size in &[36.0, 60.0, 84.0] {
            for bold in [false, true] {
                for name in names.iter().copied().chain([
                    "Kabupaten Administrasi Kepulauan Seribu dan Sekitarnya yang Sangat Panjang",
                    "Sangatpanjangsekalitanpaspasiataupunjedaapapunyangbisadipotong",
                ]) {
                    let lines = card::wrap(name, size, bold, width);
                    for line in &lines {
                        assert!(
                            card::text_width(line, size, bold) <= width,
                            "{line:?} at {size}px is wider than {width}"
                        );
                    }
                    assert_eq!(lines.concat().replace(' ', ""), name.replace(' ', ""), "no text lost");
                }
            }
        }
    }
    // Words stay whole when they fit.
    assert_eq!(
        card::wrap("Kabupaten Parigi Moutong", 60.0, true, 600.0),
        vec!["Kabupaten Parigi", "Moutong"]
    );
    // `fit` shrinks before it wraps, evens out lines, and cuts with "…" only
    // when even the smallest size needs more lines.
    let (size, lines) = card::fit("Kota Palu", true, 1072.0, &[84.0, 60.0], 2);
    assert_eq!((size, lines), (84.0, vec!["Kota Palu".to_string()]));
    let (size, lines) = card::fit(
        "BPJS Ketenagakerjaan Kantor Cabang Jakarta Kebon Sirih",
        true,
        1072.0,
        &[84.0, 60.0],
        2,
    );
    assert_eq!(size, 60.0);
    assert_eq!(lines.len(), 2);
    let (_, lines) = card::fit(&"kata ".repeat(80), false, 500.0, &[40.0], 2);
    assert_eq!(lines.len(), 2);
    assert!(lines[1].ends_with('…'));
    assert!(lines.iter().all(|l| card::text_width(l, 40.0, false) <= 500.0));
}

#[test]
fn every_card_of_the_site_fits_on_the_card() {
    let d = bundled();
    let cards = card::all(&d.index);
    assert_eq!(cards.len(), d.index.dataset.regions.len() + 1);
    assert_eq!(cards[0].path, "kartu/cakupan.png");
    assert!(cards.iter().any(|c| c.path == "kartu/wilayah/72.08.png"));
    assert!(cards.iter().any(|c| c.path == "kartu/wilayah/72.png"));
    for c in &cards {
        for (x, y, size, bold, content) in text_elements(&c.svg) {
            assert!(
                y - size * 0.8 >= 0.0 && y + size * 0.25 <= 630.0,
                "{}: {content:?} at y={y}",
                c.path
            );
            if c.svg.contains("text-anchor=\"end\">") && content == "BPJS Ketenagakerjaan" {
                continue;
            }
            let right = x + card::text_width(&content, size, bold);
            assert!(
                right <= 1136.5,
                "{}: {content:?} at {size}px ends at {right:.0}",
                c.path
            );
        }
    }
    // On region cards the name block ends above the figure block's rule.
    for c in &cards[1..] {
        let (above, _) = c.svg.split_once("width=\"96\"").expect("the rule");
        let rule_y: f64 = above
            .rsplit("y=\"")
            .next()
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        for (_, y, size, _, content) in text_elements(above).into_iter().skip(2) {
            assert!(
                y + size * 0.25 + 12.0 <= rule_y,
                "{}: {content:?} runs into the figure",
                c.path
            );
        }
    }
    let generic = svg_text(&cards[0].svg);
    assert!(
        generic.contains(card::TAGLINE_ID) && generic.contains(card::TAGLINE_EN),
        "{generic}"
    );
}

/// Width and height from a PNG's IHDR chunk.
fn ihdr(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&png[12..16], b"IHDR", "IHDR comes first");
    let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
    (w, h)
}

#[test]
fn a_card_renders_to_a_1200_by_630_png() {
    let d = bundled();
    let renderer = card::Renderer::new().expect("the shipped fonts load");
    let png = renderer.png(&card::region_svg(&d.index, "72.08").unwrap()).unwrap();
    assert_eq!(ihdr(&png), (1200, 630));
    assert!(png.len() < 150_000, "a small PNG: {} bytes", png.len());
    let png = renderer.png(&card::generic_svg()).unwrap();
    assert_eq!(ihdr(&png), (1200, 630));
    assert!(renderer.png("<svg").is_err(), "bad SVG is an error, not a blank card");
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cakupan-cards-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn unchanged_cards_are_copied_from_the_cache() {
    let d = bundled();
    let cards = vec![
        Card {
            path: card::GENERIC_PATH.to_string(),
            svg: card::generic_svg(),
        },
        Card {
            path: card::region_path("72.08"),
            svg: card::region_svg(&d.index, "72.08").unwrap(),
        },
    ];
    let (site, cache) = (temp_dir("site"), temp_dir("cache"));
    let first = card::write_all(&site, &cards, &cache, 2).unwrap();
    assert_eq!((first.cards, first.rendered), (2, 2));
    let written = std::fs::read(site.join("kartu/wilayah/72.08.png")).unwrap();
    assert_eq!(ihdr(&written), (1200, 630));
    let again = card::write_all(&temp_dir("site2"), &cards, &cache, 2).unwrap();
    assert_eq!((again.cards, again.rendered, again.bytes), (2, 0, first.bytes));

    // A card that cannot be drawn fails the whole step, naming the card.
    let bad = vec![Card {
        path: card::region_path("99.99"),
        svg: "<svg".into(),
    }];
    let err = card::write_all(&site, &bad, &cache, 2).unwrap_err();
    assert!(err.contains("kartu/wilayah/99.99.png"), "{err}");
    for dir in [site, cache, temp_dir("site2")] {
        let _ = std::fs::remove_dir_all(dir);
    }
}
