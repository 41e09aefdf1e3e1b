//! Link-preview cards (native only, build time): the 1200×630 PNG a chat app
//! shows beside a shared link. One card per region page, with the region's
//! name, its province and its headline figure (the same one
//! `core::compare::region_headline` picks for the page's description), and
//! one generic card for every other page.
//!
//! A card is an SVG string (every text from the dataset XML-escaped), rendered
//! with `resvg` and the DejaVu fonts shipped in `assets/fonts/` (no system
//! fonts, no network). Rendering is cached by a hash of the SVG text, so a card
//! that has not changed is copied, not drawn again.
//!
//! Paths inside the built site (the pages' `og:image` tags point to them):
//! `kartu/wilayah/<code>.png` and `kartu/cakupan.png`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use resvg::{tiny_skia, usvg};

use crate::core::caveat::Caveat;
use crate::core::compare::{self, Headline};
use crate::core::dataset::{DenominatorBasis, Region, RegionKind};
use crate::core::index::DataIndex;
use crate::core::lang::Lang;

/// Card size in pixels (the Open Graph recommendation).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Where the cards go in the site folder: the same names the pages'
/// `og:image` tags use (one definition, in `app::links`).
pub use crate::app::links::{region_card as region_path, GENERIC_CARD as GENERIC_PATH};

/// What the card says when a region has no published figure (never a zero).
pub const NO_FIGURE: &str = "Belum ada angka cakupan yang dipublikasikan";
/// …and what that means (the region page's words).
pub const NOT_ZERO: &str = "Itu bukan berarti nol: kami belum menemukan sumber publik.";
/// The generic card's taglines.
pub const TAGLINE_ID: &str = "Cakupan BPJS Ketenagakerjaan per wilayah, dengan sumber setiap angka";
pub const TAGLINE_EN: &str = "BPJS Ketenagakerjaan coverage per region, with the source of every figure";

const BRAND: &str = "Cakupan";
const FONT: &str = "DejaVu Sans";
const GREEN: &str = "#0b5d3b";
const INK: &str = "#111111";
const MUTED: &str = "#3d3d3d";
const MARGIN: f64 = 64.0;
const CONTENT: f64 = WIDTH as f64 - 2.0 * MARGIN;
const BAND: f64 = 112.0;

/// Bumped when rendering changes in a way the SVG text does not show (fonts,
/// encoder), so cached PNGs are not reused.
const CACHE_VERSION: &str = "cards-1 resvg-0.49 dejavu-2.37";

// ---------------------------------------------------------------------------
// Text: escaping, estimated width, wrapping

/// Escapes text for SVG character data and attribute values (one rule for
/// every SVG and HTML snippet we write: `core::share::escape_xml`).
pub fn escape(s: &str) -> String {
    crate::core::share::escape_xml(s)
}

/// Advance widths of DejaVu Sans for ASCII 32..=126, in thousandths of an em
/// (read from the shipped font's `hmtx` table).
const REGULAR: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
    636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863,
    748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635,
    615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
    337, 636, 838,
];
/// The same for DejaVu Sans Bold.
const BOLD: [u16; 95] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696,
    696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995,
    837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716,
    678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712,
    365, 712, 838,
];

fn char_width(c: char, bold: bool) -> f64 {
    let table = if bold { &BOLD } else { &REGULAR };
    let thousandths = match c {
        ' '..='~' => table[c as usize - 32],
        '–' => 500,
        '—' | '…' => 1000,
        '·' | '’' => table[0] + 30,
        // Other letters (accented Latin): about as wide as a capital; anything
        // else as a full em, so an estimate errs on the wide side.
        c if c.is_alphabetic() => table[('W' as usize) - 32] - 150,
        _ => 1000,
    };
    f64::from(thousandths) / 1000.0
}

/// The estimated width of `text` in pixels at `size` px.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    text.chars().map(|c| char_width(c, bold)).sum::<f64>() * size
}

/// Splits `text` into lines no wider than `max_width` at `size` px, breaking
/// at spaces. A single word wider than the line is cut with a hyphen-less
/// break between letters, so no line is ever wider than `max_width`.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size, bold) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone: cut it if even that does not fit.
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if text_width(&piece, size, bold) > max_width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        line = piece;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Evens out wrapped lines: the narrowest width that still gives the same
/// number of lines, so a name does not leave one word alone on its last line.
/// Texts with a word cut between letters are left as they are.
fn balance(text: &str, size: f64, bold: bool, max_width: f64, lines: Vec<String>) -> Vec<String> {
    let widest_word = text
        .split_whitespace()
        .map(|w| text_width(w, size, bold))
        .fold(0.0, f64::max);
    if lines.len() < 2 || widest_word > max_width {
        return lines;
    }
    let (mut lo, mut hi) = (widest_word.max(max_width / lines.len() as f64), max_width);
    let mut best = lines;
    for _ in 0..16 {
        let mid = (lo + hi) / 2.0;
        let candidate = wrap(text, size, bold, mid);
        if candidate.len() == best.len() {
            best = candidate;
            hi = mid;
        } else {
            lo = mid;
        }
    }
    best
}

/// The largest size from `sizes` (largest first) at which `text` fits in
/// `max_lines` lines of `max_width`, with its lines. When none does, the
/// smallest size, cut to `max_lines` with "…" on the last line.
pub fn fit(text: &str, bold: bool, max_width: f64, sizes: &[f64], max_lines: usize) -> (f64, Vec<String>) {
    for &size in sizes {
        let lines = wrap(text, size, bold, max_width);
        if lines.len() <= max_lines {
            return (size, balance(text, size, bold, max_width, lines));
        }
    }
    let size = sizes.last().copied().unwrap_or(32.0);
    let mut lines = wrap(text, size, bold, max_width);
    lines.truncate(max_lines.max(1));
    if let Some(last) = lines.last_mut() {
        while !last.is_empty() && text_width(&format!("{last}…"), size, bold) > max_width {
            last.pop();
        }
        let trimmed = last.trim_end().to_string();
        *last = format!("{trimmed}…");
    }
    (size, lines)
}

// ---------------------------------------------------------------------------
// SVG

/// One text element at a baseline.
fn text(x: f64, y: f64, size: f64, bold: bool, fill: &str, content: &str) -> String {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    format!(
        "<text x=\"{x:.0}\" y=\"{y:.0}\" font-size=\"{size:.0}\"{weight} fill=\"{fill}\">{}</text>\n",
        escape(content)
    )
}

fn open(svg: &mut String) {
    svg.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT}\">\n\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\n\
         <rect width=\"{WIDTH}\" height=\"{BAND}\" fill=\"{GREEN}\"/>\n"
    ));
    svg.push_str(&text(MARGIN, 78.0, 60.0, true, "#ffffff", BRAND));
    svg.push_str(&format!(
        "<text x=\"{:.0}\" y=\"72\" font-size=\"28\" fill=\"#ffffff\" text-anchor=\"end\">BPJS Ketenagakerjaan</text>\n",
        WIDTH as f64 - MARGIN
    ));
}

/// The line under a region's name: its province ("Provinsi Sulawesi Tengah"),
/// or what kind of region it is ("Provinsi" for a province); empty for a
/// branch office area in no single province.
fn place_line(ix: &DataIndex, region: &Region) -> String {
    let kind = crate::app::i18n::kind_name(Lang::Id, region.kind);
    let province = match region.kind {
        RegionKind::Provinsi | RegionKind::Nasional => None,
        _ => ix.province_of(region).map(|p| p.name.clone()),
    };
    match (region.kind, province) {
        (RegionKind::Kabupaten | RegionKind::Kota | RegionKind::Cabang, Some(p)) => format!("Provinsi {p}"),
        // A branch's name already says it is a branch office.
        (RegionKind::Cabang, None) => String::new(),
        (_, Some(p)) => format!("{kind}, Provinsi {p}"),
        (_, None) => kind.to_string(),
    }
}

/// The badges a headline carries: its caveats in the app's own labels. A
/// stated base is said in the indicator line instead ("dari angkatan kerja").
fn badges(h: &Headline) -> Vec<String> {
    h.caveats
        .iter()
        .filter(|c| !matches!(c, Caveat::Basis(b) if *b != DenominatorBasis::Other))
        .map(|c| c.label(Lang::Id))
        .collect()
}

fn indicator_line(h: &Headline) -> String {
    let basis = h.caveats.iter().find_map(|c| match c {
        Caveat::Basis(b) if *b != DenominatorBasis::Other => Some(*b),
        _ => None,
    });
    match basis {
        Some(b) => format!(
            "{} (dari {})",
            h.indicator,
            crate::core::caveat::basis_label(b, Lang::Id)
        ),
        None => h.indicator.clone(),
    }
}

const NAME_SIZES: [f64; 6] = [84.0, 76.0, 68.0, 60.0, 54.0, 48.0];
const VALUE_SIZES: [f64; 5] = [112.0, 96.0, 80.0, 64.0, 52.0];
/// Space below the last baseline of a card.
const BOTTOM: f64 = 44.0;
/// Clear space between the name block and the figure block's rule.
const GAP: f64 = 28.0;

/// The card of a region page, as SVG; `None` for an unknown code.
///
/// The name and its place line sit under the brand band; the figure (or the
/// statement that there is none) sits at the bottom. When they would meet,
/// the name and the value shrink in turn until they fit.
pub fn region_svg(ix: &DataIndex, code: &str) -> Option<String> {
    let region = ix.region(code)?;
    let headline = compare::region_headline(ix, code, Lang::Id);
    let place = place_line(ix, region);
    let layout = |step: usize| {
        let name_from = step.div_ceil(2).min(NAME_SIZES.len() - 1);
        let value_from = (step / 2).min(VALUE_SIZES.len() - 1);
        let top = name_block(&region.name, &place, &NAME_SIZES[name_from..]);
        let bottom = match &headline {
            Some(h) => figure_block(h, &VALUE_SIZES[value_from..]),
            None => no_figure_block(),
        };
        (top, bottom)
    };
    let steps = 2 * NAME_SIZES.len().max(VALUE_SIZES.len());
    let (top, bottom) = (0..steps)
        .map(layout)
        .find(|(top, bottom)| fits(top, bottom))
        .unwrap_or_else(|| layout(steps));

    let mut svg = String::with_capacity(4096);
    open(&mut svg);
    top.draw(&mut svg, BAND);
    let bottom_top = f64::from(HEIGHT) - BOTTOM - bottom.height;
    svg.push_str(&format!(
        "<rect x=\"{MARGIN:.0}\" y=\"{:.0}\" width=\"96\" height=\"6\" fill=\"{GREEN}\"/>\n",
        bottom_top - 10.0
    ));
    bottom.draw(&mut svg, bottom_top);
    svg.push_str("</svg>\n");
    Some(svg)
}

fn fits(top: &Block, bottom: &Block) -> bool {
    BAND + top.height + GAP + 10.0 <= f64::from(HEIGHT) - BOTTOM - bottom.height
}

/// The region's name (up to two lines) and its place line, from the band down.
fn name_block(name: &str, place: &str, sizes: &[f64]) -> Block {
    let mut parts = Vec::new();
    let (size, lines) = fit(name, true, CONTENT, sizes, 2);
    let mut y = 40.0;
    for (i, line) in lines.iter().enumerate() {
        y += if i == 0 { size } else { size * 1.12 };
        parts.push(Part::Text {
            x: MARGIN,
            dy: y,
            size,
            bold: true,
            fill: INK,
            content: line.clone(),
        });
    }
    if place.is_empty() {
        return Block {
            height: y + 0.25 * size,
            parts,
        };
    }
    let (place_size, place_lines) = fit(place, false, CONTENT, &[36.0, 32.0, 28.0], 1);
    y += 14.0 + place_size;
    parts.push(Part::Text {
        x: MARGIN,
        dy: y,
        size: place_size,
        bold: false,
        fill: MUTED,
        content: place_lines.join(" "),
    });
    // Descenders of the place line.
    Block {
        height: y + 0.25 * place_size,
        parts,
    }
}

/// A block of the card laid out from its top: elements with offsets.
struct Block {
    height: f64,
    parts: Vec<Part>,
}

enum Part {
    Text {
        x: f64,
        dy: f64,
        size: f64,
        bold: bool,
        fill: &'static str,
        content: String,
    },
    Badge {
        x: f64,
        dy: f64,
        width: f64,
        content: String,
    },
}

const BADGE_SIZE: f64 = 28.0;
const BADGE_PAD: f64 = 14.0;
const BADGE_GAP: f64 = 12.0;

impl Block {
    fn draw(&self, svg: &mut String, top: f64) {
        for p in &self.parts {
            match p {
                Part::Text {
                    x,
                    dy,
                    size,
                    bold,
                    fill,
                    content,
                } => svg.push_str(&text(*x, top + dy, *size, *bold, fill, content)),
                Part::Badge { x, dy, width, content } => {
                    let y = top + dy;
                    svg.push_str(&format!(
                        "<rect x=\"{x:.0}\" y=\"{:.0}\" width=\"{width:.0}\" height=\"{:.0}\" rx=\"8\" fill=\"#fff1c2\" stroke=\"#8a6500\" stroke-width=\"2\"/>\n",
                        y - BADGE_SIZE - 8.0,
                        BADGE_SIZE + 20.0
                    ));
                    svg.push_str(&text(x + BADGE_PAD, y, BADGE_SIZE, true, "#5a4200", content));
                }
            }
        }
    }
}

fn figure_block(h: &Headline, value_sizes: &[f64]) -> Block {
    let mut parts = Vec::new();
    let mut y = 24.0;

    let (ind_size, ind_lines) = fit(&indicator_line(h), false, CONTENT, &[38.0, 34.0, 30.0], 1);
    y += ind_size;
    parts.push(Part::Text {
        x: MARGIN,
        dy: y,
        size: ind_size,
        bold: false,
        fill: MUTED,
        content: ind_lines.join(" "),
    });

    let (value_size, value_lines) = fit(&h.value, true, CONTENT, value_sizes, 2);
    y += 14.0;
    let mut last_width = 0.0;
    for line in &value_lines {
        y += value_size * 0.95;
        last_width = text_width(line, value_size, true);
        parts.push(Part::Text {
            x: MARGIN,
            dy: y,
            size: value_size,
            bold: true,
            fill: GREEN,
            content: line.clone(),
        });
        y += value_size * 0.1;
    }

    // Badges beside the value when they all fit there, else in rows below
    // it; never dropped.
    let labels = badges(h);
    if !labels.is_empty() {
        let widths: Vec<f64> = labels
            .iter()
            .map(|l| text_width(l, BADGE_SIZE, true) + 2.0 * BADGE_PAD)
            .collect();
        let total: f64 = widths.iter().sum::<f64>() + BADGE_GAP * (widths.len() as f64 - 1.0);
        let value_baseline = y - value_size * 0.1;
        let right = f64::from(WIDTH) - MARGIN;
        let (mut x, mut dy) = if MARGIN + last_width + 28.0 + total <= right {
            // Centred on the digits' height.
            (
                MARGIN + last_width + 28.0,
                value_baseline - (value_size * 0.73 - BADGE_SIZE * 0.73) / 2.0,
            )
        } else {
            let row = value_baseline + value_size * 0.24 + 12.0 + BADGE_SIZE + 8.0;
            y = row + 12.0;
            (MARGIN, row)
        };
        for (label, w) in labels.into_iter().zip(widths) {
            if x + w > right && x > MARGIN {
                x = MARGIN;
                dy += BADGE_SIZE + 28.0;
                y = dy + 12.0;
            }
            parts.push(Part::Badge {
                x,
                dy,
                width: w,
                content: label,
            });
            x += w + BADGE_GAP;
        }
    }

    let meta = format!("Per {} · Sumber: {}", h.as_of, h.source);
    let (meta_size, meta_lines) = fit(&meta, false, CONTENT, &[34.0, 30.0, 28.0], 2);
    y += 18.0;
    for line in &meta_lines {
        y += meta_size * 1.25;
        parts.push(Part::Text {
            x: MARGIN,
            dy: y,
            size: meta_size,
            bold: false,
            fill: INK,
            content: line.clone(),
        });
    }
    Block { height: y, parts }
}

fn no_figure_block() -> Block {
    let mut parts = Vec::new();
    let mut y = 24.0;
    let (size, lines) = fit(NO_FIGURE, true, CONTENT, &[50.0, 44.0], 2);
    for line in &lines {
        y += size * 1.15;
        parts.push(Part::Text {
            x: MARGIN,
            dy: y,
            size,
            bold: true,
            fill: INK,
            content: line.clone(),
        });
    }
    y += 20.0 + 34.0 * 1.3;
    parts.push(Part::Text {
        x: MARGIN,
        dy: y,
        size: 34.0,
        bold: false,
        fill: MUTED,
        content: NOT_ZERO.to_string(),
    });
    Block { height: y, parts }
}

/// The card for every page that is not a region page: the name, the
/// Indonesian tagline and, smaller, the English one, centred vertically.
pub fn generic_svg() -> String {
    const BRAND_SIZE: f64 = 150.0;
    let (id_size, id_lines) = fit(TAGLINE_ID, true, CONTENT, &[52.0, 48.0, 44.0], 2);
    let (en_size, en_lines) = fit(TAGLINE_EN, false, CONTENT, &[34.0, 30.0], 2);
    // Baseline steps: brand, rule, Indonesian lines, English lines.
    let height =
        BRAND_SIZE * 0.73 + 60.0 + id_lines.len() as f64 * id_size * 1.2 + 24.0 + en_lines.len() as f64 * en_size * 1.3;
    let mut y = ((f64::from(HEIGHT) - height) / 2.0).round() + BRAND_SIZE * 0.73;

    let mut svg = String::with_capacity(2048);
    svg.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT}\">\n\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{GREEN}\"/>\n"
    ));
    svg.push_str(&text(MARGIN, y, BRAND_SIZE, true, "#ffffff", BRAND));
    svg.push_str(&format!(
        "<rect x=\"{MARGIN:.0}\" y=\"{:.0}\" width=\"120\" height=\"8\" fill=\"#ffffff\"/>\n",
        y + 40.0
    ));
    y += 60.0;
    for line in &id_lines {
        y += id_size * 1.2;
        svg.push_str(&text(MARGIN, y, id_size, true, "#ffffff", line));
    }
    y += 24.0;
    for line in &en_lines {
        y += en_size * 1.3;
        svg.push_str(&text(MARGIN, y, en_size, false, "#d5ebe0", line));
    }
    svg.push_str("</svg>\n");
    svg
}

/// A card to write: its path in the site and its SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub path: String,
    pub svg: String,
}

/// Every card of the site: the generic card, then one per region in the
/// dataset's order.
pub fn all(ix: &DataIndex) -> Vec<Card> {
    let mut out = vec![Card {
        path: GENERIC_PATH.to_string(),
        svg: generic_svg(),
    }];
    for r in &ix.dataset.regions {
        if let Some(svg) = region_svg(ix, &r.code) {
            out.push(Card {
                path: region_path(&r.code),
                svg,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Rendering

/// The folder of the shipped fonts.
pub fn fonts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets").join("fonts")
}

/// Draws SVG cards to PNG with the shipped fonts only.
pub struct Renderer {
    options: usvg::Options<'static>,
}

impl Renderer {
    /// Loads DejaVu Sans and DejaVu Sans Bold from `assets/fonts/`.
    pub fn new() -> Result<Renderer, String> {
        let mut options = usvg::Options {
            font_family: FONT.to_string(),
            ..usvg::Options::default()
        };
        let dir = fonts_dir();
        for name in ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"] {
            let path = dir.join(name);
            let bytes = fs::read(&path).map_err(|e| format!("font {}: {e}", path.display()))?;
            options.fontdb_mut().load_font_data(bytes);
        }
        let db = options.fontdb_mut();
        db.set_sans_serif_family(FONT);
        if db.len() < 2 {
            return Err(format!("the fonts in {} could not be read", dir.display()));
        }
        Ok(Renderer { options })
    }

    /// Renders one card to PNG bytes.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        self.png_sized(svg, WIDTH, HEIGHT)
    }

    /// Renders an SVG whose size is `width` × `height` to PNG bytes.
    pub fn png_sized(&self, svg: &str, width: u32, height: u32) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("SVG: {e}"))?;
        let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("cannot allocate the image")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        match encode_palette(&pixmap, DEFLATE_LEVEL) {
            Some(png) => png,
            // More than 256 colours or any transparency: resvg's own RGBA PNG.
            None => pixmap.encode_png().map_err(|e| format!("PNG: {e}")),
        }
    }
}

/// zlib level for the cards (flate2's scale, 1–9): 4 is 3% larger than 6
/// and a quarter faster to compress.
const DEFLATE_LEVEL: u8 = 4;

/// Encodes an opaque image of at most 256 colours as a palette PNG (a card's
/// flat colours and their anti-aliased edges come to about a hundred): a
/// quarter of the pixel data of RGBA, and lossless. `None` when the image
/// does not qualify.
pub fn encode_palette(pixmap: &tiny_skia::Pixmap, level: u8) -> Option<Result<Vec<u8>, String>> {
    let (width, height) = (pixmap.width() as usize, pixmap.height() as usize);
    let data = pixmap.data();
    let mut palette: Vec<[u8; 4]> = Vec::new();
    let mut indices = vec![0u8; width * height];
    let row_bytes = width * 4;
    for y in 0..height {
        let row = &data[y * row_bytes..(y + 1) * row_bytes];
        // Most rows of a card repeat the row above (margins, flat areas).
        if y > 0 && row == &data[(y - 1) * row_bytes..y * row_bytes] {
            indices.copy_within((y - 1) * width..y * width, y * width);
            continue;
        }
        let mut last: Option<([u8; 4], u8)> = None;
        for (x, px) in row.chunks_exact(4).enumerate() {
            let key = [px[0], px[1], px[2], px[3]];
            let i = match last {
                Some((k, i)) if k == key => i,
                _ => {
                    if key[3] != 255 {
                        return None;
                    }
                    let i = match palette.iter().position(|p| *p == key) {
                        Some(i) => i,
                        None if palette.len() < 256 => {
                            palette.push(key);
                            palette.len() - 1
                        }
                        None => return None,
                    } as u8;
                    last = Some((key, i));
                    i
                }
            };
            indices[y * width + x] = i;
        }
    }
    let rgb: Vec<u8> = palette.iter().flat_map(|p| [p[0], p[1], p[2]]).collect();
    let mut out = Vec::new();
    let result = (|| {
        let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_palette(rgb);
        // Palette indices do not predict well; unfiltered rows compress best.
        encoder.set_filter(png::Filter::NoFilter);
        encoder.set_deflate_compression(png::DeflateCompression::Level(level));
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&indices)?;
        writer.finish()
    })();
    Some(result.map(|_| out).map_err(|e| format!("PNG: {e}")))
}

/// FNV-1a, 64 bits: stable across Rust versions, so the cache survives a
/// toolchain update.
pub fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The cache file of a card's SVG text.
pub fn cache_file(cache: &Path, svg: &str) -> PathBuf {
    cache.join(format!("{:016x}.png", fnv1a(&[CACHE_VERSION, svg])))
}

/// The default cache folder: `$CARGO_TARGET_DIR/cakupan-cards`, else
/// `<crate>/target/cakupan-cards`.
pub fn default_cache_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("cakupan-cards")
}

/// What writing the cards did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub cards: usize,
    pub rendered: usize,
    pub bytes: u64,
}

/// Writes every card into `site`, drawing only those not in `cache`, on
/// `threads` threads. The first failure stops the work and is returned with
/// the card's path.
pub fn write_all(site: &Path, cards: &[Card], cache: &Path, threads: usize) -> Result<Report, String> {
    fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    for dir in ["kartu", "kartu/wilayah"] {
        let d = site.join(dir);
        fs::create_dir_all(&d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    let renderer = Renderer::new()?;
    let next = AtomicUsize::new(0);
    let failed: Mutex<Option<String>> = Mutex::new(None);
    let totals = Mutex::new(Report::default());
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(card) = cards.get(i) else { break };
                if failed.lock().map(|f| f.is_some()).unwrap_or(true) {
                    break;
                }
                match write_one(site, card, cache, &renderer) {
                    Ok((bytes, rendered)) => {
                        if let Ok(mut t) = totals.lock() {
                            t.cards += 1;
                            t.bytes += bytes;
                            t.rendered += usize::from(rendered);
                        }
                    }
                    Err(e) => {
                        if let Ok(mut f) = failed.lock() {
                            f.get_or_insert(format!("card {}: {e}", card.path));
                        }
                        break;
                    }
                }
            });
        }
    });
    if let Some(e) = failed.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    let report = totals.into_inner().unwrap_or_else(|p| p.into_inner());
    if report.cards != cards.len() {
        return Err(format!("only {} of {} cards were written", report.cards, cards.len()));
    }
    Ok(report)
}

/// Writes one card, from the cache when it holds this SVG; returns its size
/// and whether it had to be drawn.
fn write_one(site: &Path, card: &Card, cache: &Path, renderer: &Renderer) -> Result<(u64, bool), String> {
    let out = site.join(&card.path);
    let cached = cache_file(cache, &card.svg);
    if let Ok(bytes) = fs::read(&cached) {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
            return Ok((bytes.len() as u64, false));
        }
    }
    let png = renderer.png(&card.svg)?;
    fs::write(&out, &png).map_err(|e| format!("{}: {e}", out.display()))?;
    // Written under a temporary name first, so a build running at the same
    // time never copies half a file.
    let tmp = cached.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, &png)
        .and_then(|_| fs::rename(&tmp, &cached))
        .map_err(|e| format!("{}: {e}", cached.display()))?;
    Ok((png.len() as u64, true))
}

/// The app icon at `size` pixels, the favicon's mark on the theme green. A
/// maskable icon keeps the mark inside the central 80 % that every launcher's
/// mask leaves visible, and fills the square edge to edge.
pub fn icon_svg(size: u32, maskable: bool) -> String {
    // The favicon's mark is drawn in a 32-unit box; scale it to a share of the icon.
    let share = if maskable { 0.6 } else { 0.75 };
    let scale = f64::from(size) * share / 32.0;
    let offset = f64::from(size) * (1.0 - share) / 2.0;
    let radius = if maskable { 0.0 } else { f64::from(size) * 0.1875 };
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\">\
<rect width=\"{size}\" height=\"{size}\" rx=\"{radius}\" fill=\"#0b5d3b\"/>\
<path transform=\"translate({offset} {offset}) scale({scale})\" d=\"M8 22V10h4v8h8v4z\" fill=\"#fff\"/></svg>"
    )
}

/// The icons the web app manifest names (public/manifest.webmanifest).
pub fn write_icons(site: &Path) -> Result<usize, String> {
    let renderer = Renderer::new()?;
    let icons = [
        ("icon-192.png", 192, false),
        ("icon-512.png", 512, false),
        ("icon-maskable-512.png", 512, true),
    ];
    for (name, size, maskable) in icons {
        let png = renderer.png_sized(&icon_svg(size, maskable), size, size)?;
        fs::write(site.join(name), png).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(icons.len())
}
