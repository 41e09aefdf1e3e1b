//! Taking a view elsewhere: the QR code of its address (as SVG for the page and
//! for slides, as PNG for tools that want a picture), the WhatsApp link with a
//! one-line summary, and the `<iframe>` snippet of an embeddable view.
//!
//! The QR code is made by `qrcodegen` (Project Nayuki's reference encoder, no
//! dependencies, about 25 KB of wasm) and drawn here. The PNG is written here too:
//! a two-colour image needs only stored (uncompressed) deflate blocks, which is
//! a few dozen lines instead of a compression crate in the browser bundle.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code, as the QR standard asks (ISO/IEC 18004: 4).
pub const QUIET_ZONE: usize = 4;

/// A QR code with its quiet zone: `size × size` modules, `true` = dark.
#[derive(Debug, Clone, PartialEq)]
pub struct Qr {
    pub size: usize,
    dark: Vec<bool>,
}

impl Qr {
    /// Encodes `text` (a URL) at error-correction level M, which survives a
    /// smudged projector screen or a phone camera at an angle. `None` only when
    /// the text is too long for any QR code (about 2,300 bytes at level M).
    pub fn encode(text: &str) -> Option<Qr> {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
        let inner = code.size() as usize;
        let size = inner + 2 * QUIET_ZONE;
        let mut dark = vec![false; size * size];
        for y in 0..inner {
            for x in 0..inner {
                if code.get_module(x as i32, y as i32) {
                    dark[(y + QUIET_ZONE) * size + x + QUIET_ZONE] = true;
                }
            }
        }
        Some(Qr { size, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The dark modules as one SVG path in module units (`viewBox="0 0 size
    /// size"`): each horizontal run of dark modules is one rectangle.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.is_dark(x, y) {
                    x += 1;
                }
                d.push_str(&format!("M{start} {y}h{}v1H{start}z", x - start));
            }
        }
        d
    }

    /// A standalone SVG file (for download and slides): white background,
    /// black modules, `px` pixels wide, with a title for screen readers.
    pub fn svg_document(&self, title: &str, px: usize) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {s} {s}\" width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\" role=\"img\"><title>{}</title><rect width=\"{s}\" height=\"{s}\" fill=\"#fff\"/><path d=\"{}\" fill=\"#000\"/></svg>\n",
            escape_xml(title),
            self.svg_path(),
            s = self.size,
        )
    }

    /// A black-and-white PNG, `scale` pixels per module.
    pub fn png(&self, scale: usize) -> Vec<u8> {
        let scale = scale.max(1);
        let px = self.size * scale;
        let row_bytes = px.div_ceil(8);
        // Each scanline: filter type 0, then one bit per pixel (1 = white).
        let mut raw = Vec::with_capacity((row_bytes + 1) * px);
        for y in 0..px {
            raw.push(0);
            let mut row = vec![0u8; row_bytes];
            for x in 0..px {
                if !self.is_dark(x / scale, y / scale) {
                    row[x / 8] |= 0x80 >> (x % 8);
                }
            }
            raw.extend_from_slice(&row);
        }
        let mut ihdr = Vec::with_capacity(13);
        ihdr.extend_from_slice(&(px as u32).to_be_bytes());
        ihdr.extend_from_slice(&(px as u32).to_be_bytes());
        // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filters, no interlace.
        ihdr.extend_from_slice(&[1, 0, 0, 0, 0]);
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        chunk(&mut out, b"IHDR", &ihdr);
        chunk(&mut out, b"IDAT", &zlib_stored(&raw));
        chunk(&mut out, b"IEND", &[]);
        out
    }
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A zlib stream of stored (uncompressed) deflate blocks.
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let mut blocks = data.chunks(0xffff).peekable();
    if blocks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        out.push(u8::from(blocks.peek().is_none()));
        let len = block.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out.extend_from_slice(&adler32(data).to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in bytes {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// `https://wa.me/?text=…`: WhatsApp's documented link for "send this text",
/// which opens the app (or WhatsApp Web) with the reader choosing the chat.
/// The text is the summary, a line break and the URL.
pub fn whatsapp_url(summary: &str, url: &str) -> String {
    let text = if summary.trim().is_empty() {
        url.to_string()
    } else {
        format!("{}\n{url}", summary.trim())
    };
    format!("https://wa.me/?text={}", percent_encode(&text))
}

/// Percent-encodes everything but RFC 3986's unreserved characters, as
/// JavaScript's `encodeURIComponent` does (minus its few extra safe marks).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Height in CSS pixels a host should give an embedded view: the figures of
/// a region, or a comparison of `regions` regions (the chart grows with them).
pub fn embed_height(kind: EmbedKind) -> u32 {
    match kind {
        EmbedKind::Region => 560,
        EmbedKind::Compare { regions } => 300 + 48 * regions.clamp(1, 8) as u32,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedKind {
    Region,
    Compare { regions: usize },
}

/// The `<iframe>` a host pastes into its page: a fixed height (no script
/// needed on the host's side), lazy loading, a title for screen readers, and
/// no border.
pub fn embed_snippet(src: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>",
        escape_xml(src),
        escape_xml(title)
    )
}

/// Escapes text for an XML/HTML attribute or text node; control characters,
/// which XML 1.0 does not allow, become spaces.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
