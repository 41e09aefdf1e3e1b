//! Sharing a view: the QR code, its PNG, the WhatsApp link and the embed snippet.

use cakupan::core::share::{self, EmbedKind, Qr, QUIET_ZONE};

const URL: &str = "https://cakupan.example.org/bandingkan?w=72.08,73.73&lang=en";

#[test]
fn qr_code_has_a_quiet_zone_and_finder_patterns() {
    let qr = Qr::encode(URL).expect("a URL fits");
    // The smallest code that holds this URL at level M is version 4 (33 modules).
    assert!(qr.size >= 33 + 2 * QUIET_ZONE, "size {}", qr.size);
    for i in 0..qr.size {
        for edge in 0..QUIET_ZONE {
            assert!(
                !qr.is_dark(i, edge) && !qr.is_dark(edge, i),
                "quiet zone dark at {i},{edge}"
            );
            let far = qr.size - 1 - edge;
            assert!(
                !qr.is_dark(i, far) && !qr.is_dark(far, i),
                "quiet zone dark at {i},{far}"
            );
        }
    }
    // The top-left finder pattern: a dark 7×7 ring with a light ring inside and a 3×3 centre.
    let q = QUIET_ZONE;
    for k in 0..7 {
        assert!(qr.is_dark(q + k, q) && qr.is_dark(q, q + k) && qr.is_dark(q + 6, q + k) && qr.is_dark(q + k, q + 6));
    }
    assert!(!qr.is_dark(q + 1, q + 1) && qr.is_dark(q + 3, q + 3));
}

#[test]
fn a_longer_url_needs_a_larger_code_and_an_impossible_one_says_so() {
    let short = Qr::encode("https://a.id/").unwrap();
    let long = Qr::encode(&format!("{URL}&x={}", "9".repeat(300))).unwrap();
    assert!(long.size > short.size);
    assert!(Qr::encode(&"x".repeat(5000)).is_none());
}

#[test]
fn svg_path_draws_exactly_the_dark_modules() {
    let qr = Qr::encode(URL).unwrap();
    let dark = (0..qr.size)
        .flat_map(|y| (0..qr.size).map(move |x| (x, y)))
        .filter(|&(x, y)| qr.is_dark(x, y))
        .count();
    // Every run "M{x} {y}h{w}v1H{x}z" covers w modules; their sum is the dark count.
    let path = qr.svg_path();
    let covered: usize = path
        .split('M')
        .filter(|s| !s.is_empty())
        .map(|run| {
            run.split('h')
                .nth(1)
                .unwrap()
                .split('v')
                .next()
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(covered, dark);
    let doc = qr.svg_document("Kode QR <Sigi> & “Palu”", 600);
    assert!(doc.contains("width=\"600\"") && doc.contains(&format!("viewBox=\"0 0 {s} {s}\"", s = qr.size)));
    assert!(doc.contains("<title>Kode QR &lt;Sigi&gt; &amp; “Palu”</title>"));
}

/// Reads back a PNG written by `Qr::png`: its size, and each pixel after inflating the stored blocks.
fn read_png(png: &[u8]) -> (usize, usize, Vec<u8>) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let mut at = 8;
    let (mut w, mut h, mut idat) = (0, 0, Vec::new());
    while at < png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let kind = &png[at + 4..at + 8];
        let data = &png[at + 8..at + 8 + len];
        if kind == b"IHDR" {
            w = u32::from_be_bytes(data[0..4].try_into().unwrap()) as usize;
            h = u32::from_be_bytes(data[4..8].try_into().unwrap()) as usize;
            assert_eq!(&data[8..], &[1, 0, 0, 0, 0], "1-bit greyscale");
        }
        if kind == b"IDAT" {
            idat.extend_from_slice(data);
        }
        at += 12 + len;
    }
    // zlib header, then stored blocks: [final] [len LE] [!len LE] data.
    let mut raw = Vec::new();
    let mut p = 2;
    loop {
        let last = idat[p] & 1 == 1;
        let len = u16::from_le_bytes([idat[p + 1], idat[p + 2]]) as usize;
        let nlen = u16::from_le_bytes([idat[p + 3], idat[p + 4]]);
        assert_eq!(nlen, !(len as u16));
        raw.extend_from_slice(&idat[p + 5..p + 5 + len]);
        p += 5 + len;
        if last {
            break;
        }
    }
    (w, h, raw)
}

#[test]
fn png_is_the_qr_code_pixel_for_pixel() {
    let qr = Qr::encode(URL).unwrap();
    let scale = 10;
    let (w, h, raw) = read_png(&qr.png(scale));
    assert_eq!((w, h), (qr.size * scale, qr.size * scale));
    let row = w.div_ceil(8) + 1;
    assert_eq!(raw.len(), row * h);
    for y in (0..h).step_by(7) {
        for x in (0..w).step_by(3) {
            let white = raw[y * row + 1 + x / 8] & (0x80 >> (x % 8)) != 0;
            assert_eq!(white, !qr.is_dark(x / scale, y / scale), "pixel {x},{y}");
        }
    }
}

#[test]
fn whatsapp_link_carries_summary_and_url() {
    let link = share::whatsapp_url("Kabupaten Sigi: 31,5% (Des 2024)", URL);
    assert!(link.starts_with("https://wa.me/?text="));
    assert_eq!(
        link,
        "https://wa.me/?text=Kabupaten%20Sigi%3A%2031%2C5%25%20%28Des%202024%29%0Ahttps%3A%2F%2Fcakupan.example.org%2Fbandingkan%3Fw%3D72.08%2C73.73%26lang%3Den"
    );
    assert_eq!(
        share::whatsapp_url("  ", "https://a.id/"),
        "https://wa.me/?text=https%3A%2F%2Fa.id%2F"
    );
}

#[test]
fn embed_snippet_is_escaped_sized_and_lazy() {
    let s = share::embed_snippet(
        "https://x.id/sematkan/bandingkan?w=72.08&lang=en",
        "Cakupan: \"Sigi\" <vs> Palu",
        396,
    );
    assert!(s.starts_with("<iframe src=\"https://x.id/sematkan/bandingkan?w=72.08&amp;lang=en\""));
    assert!(s.contains("title=\"Cakupan: &quot;Sigi&quot; &lt;vs&gt; Palu\""));
    assert!(s.contains("height=\"396\"") && s.contains("loading=\"lazy\""));
    assert!(
        share::embed_height(EmbedKind::Compare { regions: 8 }) > share::embed_height(EmbedKind::Compare { regions: 2 })
    );
    assert_eq!(
        share::embed_height(EmbedKind::Compare { regions: 50 }),
        share::embed_height(EmbedKind::Compare { regions: 8 })
    );
}
