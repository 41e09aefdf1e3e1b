//! Finding a region by any name a person knows: official name, short name,
//! alias (Parimo, Sidrap), with or without "Kab."/"Kota"/"Provinsi", with
//! hyphen/space variants (Toli-Toli = Tolitoli) and a typo or two.
//!
//! Every name is reduced to a compact key (lowercase letters and digits only),
//! so spacing and punctuation never matter. Ranking: exact > prefix > word
//! prefix > substring > typo, then by kind (province first when the query
//! named no kind), then by name length.

use crate::core::dataset::{Region, RegionKind};
use crate::core::order;

/// One region found, with how well it matched (lower is better).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub code: String,
    pub score: u32,
    /// The alias that matched, when the match came through an alias.
    pub via_alias: Option<String>,
}

/// A prepared list of searchable names.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    code: String,
    kind: RegionKind,
    /// Compact key of the name.
    key: String,
    /// Compact keys of each word of the name, for word-prefix matches ("moutong").
    words: Vec<String>,
    alias: Option<String>,
    /// An old name or nickname: ranked below official names and common aliases.
    old: bool,
    /// Which letters and digits the key contains (one bit each): a quick
    /// test that rules out typo matches before any edit distance is computed.
    mask: u64,
    name_len: usize,
}

/// Lowercase letters and digits only; accents are rare in region names but
/// common ASCII folding keeps "é" from breaking a match.
pub fn compact(s: &str) -> String {
    s.chars()
        .flat_map(|c| c.to_lowercase())
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

/// Splits off the words in front of a region's name as the press writes them
/// and returns the kind they name with the rest: a kind word ("Kab.",
/// "Kabupaten", "Kab", "Kota", "Provinsi", "Prov.", "Cabang"), a government
/// prefix ("Pemkab" → kabupaten, "Pemkot"/"Pemko" → kota, "Pemprov" →
/// provinsi, "Pemda" → any kind), or both ("Pemerintah Kabupaten Donggala").
pub fn strip_kind_prefix(s: &str) -> (Option<RegionKind>, &str) {
    // Longest first, so "pemerintah kabupaten" wins over "pemerintah".
    const PREFIXES: [(&str, Option<RegionKind>); 20] = [
        ("pemerintah kabupaten", Some(RegionKind::Kabupaten)),
        ("pemerintah provinsi", Some(RegionKind::Provinsi)),
        ("pemerintah daerah", None),
        ("pemerintah kota", Some(RegionKind::Kota)),
        ("bpjs cabang", Some(RegionKind::Cabang)),
        ("kabupaten", Some(RegionKind::Kabupaten)),
        ("pemerintah", None),
        ("kotamadya", Some(RegionKind::Kota)),
        ("provinsi", Some(RegionKind::Provinsi)),
        ("pemprov", Some(RegionKind::Provinsi)),
        ("cabang", Some(RegionKind::Cabang)),
        ("pemkab", Some(RegionKind::Kabupaten)),
        ("pemkot", Some(RegionKind::Kota)),
        ("pemko", Some(RegionKind::Kota)),
        ("prov.", Some(RegionKind::Provinsi)),
        ("pemda", None),
        ("kab.", Some(RegionKind::Kabupaten)),
        ("kota", Some(RegionKind::Kota)),
        ("prov", Some(RegionKind::Provinsi)),
        ("kab", Some(RegionKind::Kabupaten)),
    ];
    let mut t = s.trim_start();
    let mut kind = None;
    // At most two words: a government prefix, then a kind word ("Pemda Kab. Sigi").
    for _ in 0..2 {
        let lower = t.to_lowercase();
        let Some((p, k)) = PREFIXES.iter().find(|(p, _)| {
            lower.starts_with(p) && {
                let rest = &t[p.len()..];
                // A prefix must end at a word boundary: "kota" in "Kotawaringin" is part of the name.
                p.ends_with('.') || rest.starts_with(|c: char| c.is_whitespace() || c == '.')
            }
        }) else {
            break;
        };
        t = t[p.len()..].trim_start_matches(['.', ' ']);
        kind = k.or(kind);
    }
    (kind, t)
}

/// A query as articles write it: "Kabupaten Parigi Moutong (Parimo)" is the
/// name, with an alias in brackets. Returns the part to search for and, if
/// any, the bracketed alias to fall back on.
pub fn split_brackets(q: &str) -> (&str, Option<&str>) {
    match q.split_once('(') {
        Some((name, rest)) => {
            let inner = rest.split(')').next().unwrap_or("").trim();
            (name.trim(), (!inner.is_empty()).then_some(inner))
        }
        None => (q, None),
    }
}

impl SearchIndex {
    pub fn new<'a>(regions: impl IntoIterator<Item = &'a Region>) -> SearchIndex {
        let mut entries = Vec::new();
        for r in regions {
            let mut push = |name: &str, alias: Option<String>, old: bool| {
                let (_, bare) = strip_kind_prefix(name);
                let key = compact(bare);
                if key.is_empty() {
                    return;
                }
                let words = bare.split([' ', '-']).map(compact).filter(|w| !w.is_empty()).collect();
                let mask = char_mask(&key);
                entries.push(Entry {
                    code: r.code.clone(),
                    kind: r.kind,
                    key,
                    words,
                    alias,
                    old,
                    mask,
                    name_len: name.len(),
                });
            };
            push(&r.short_name, None, false);
            if compact(strip_kind_prefix(&r.name).1) != compact(&r.short_name) {
                push(&r.name, None, false);
            }
            for a in &r.aliases {
                push(a, Some(a.clone()), false);
            }
            for a in &r.old_names {
                push(a, Some(a.clone()), true);
            }
        }
        SearchIndex { entries }
    }

    /// Regions matching `query`, best first, at most `limit`, one hit per region.
    /// "Kabupaten Parigi Moutong (Parimo)" searches the name, and the bracketed
    /// alias when the name finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let (name, bracketed) = split_brackets(query);
        let hits = self.search_name(name, limit);
        match bracketed {
            Some(alias) if hits.is_empty() => self.search_name(alias, limit),
            _ => hits,
        }
    }

    fn search_name(&self, query: &str, limit: usize) -> Vec<Hit> {
        let (wanted_kind, bare) = strip_kind_prefix(query);
        let q = compact(bare);
        if q.is_empty() {
            return Vec::new();
        }
        // Short queries get fewer typos, or "aceh" would match half the country.
        let max_typos = match q.chars().count() {
            0..=3 => 0,
            4..=6 => 1,
            _ => 2,
        };
        let q_mask = char_mask(&q);
        let mut best: Vec<(u32, usize, usize)> = Vec::new(); // (score, name_len, entry)
        for (i, e) in self.entries.iter().enumerate() {
            let Some(mut score) = match_score(&q, q_mask, e, max_typos) else {
                continue;
            };
            if e.old {
                score += 2;
            }
            // Prefer the kind the query named; otherwise provinces, then regencies.
            score = score * 10
                + match (wanted_kind, e.kind) {
                    (Some(k), ek) if k == ek => 0,
                    (Some(_), _) => 5,
                    (None, RegionKind::Provinsi) => 0,
                    (None, RegionKind::Kabupaten | RegionKind::Kota) => 1,
                    (None, _) => 2,
                };
            best.push((score, e.name_len, i));
        }
        order::sort(&mut best);
        let mut hits: Vec<Hit> = Vec::new();
        for (score, _, i) in best {
            let e = &self.entries[i];
            if hits.iter().any(|h| h.code == e.code) {
                continue;
            }
            hits.push(Hit {
                code: e.code.clone(),
                score,
                via_alias: e.alias.clone(),
            });
            if hits.len() == limit {
                break;
            }
        }
        hits
    }
}

/// Whether the query names several regions exactly ("Bima": the kabupaten
/// and the kota; "Mura": Musi Rawas and Murung Raya; "Jogja": the city and the
/// province), with no kind word to tell them apart ("Kota Bima" is not
/// ambiguous): the reader must choose, the app must never silently pick one.
pub fn ambiguous(hits: &[Hit]) -> bool {
    // An exact match of an official name or common alias scores 0–2; a kind
    // word that does not fit adds 5; old names and looser matches score 10+.
    hits.iter().filter(|h| h.score < 5).count() >= 2
}

/// One bit per letter or digit present.
fn char_mask(key: &str) -> u64 {
    key.bytes().fold(0, |m, b| match b {
        b'a'..=b'z' => m | 1 << (b - b'a'),
        b'0'..=b'9' => m | 1 << (26 + b - b'0'),
        _ => m,
    })
}

/// 0 exact, 1 prefix, 2 word prefix, 3 substring, 4+typos fuzzy; None = no match.
fn match_score(q: &str, q_mask: u64, e: &Entry, max_typos: usize) -> Option<u32> {
    if e.key == q {
        return Some(0);
    }
    if e.key.starts_with(q) {
        return Some(1);
    }
    if e.words.iter().any(|w| w.starts_with(q)) {
        return Some(2);
    }
    if q.len() >= 3 && e.key.contains(q) {
        return Some(3);
    }
    if max_typos == 0 {
        return None;
    }
    // Each letter of the query that the name lacks costs at least one edit, in
    // the whole name, its start and each of its words alike: skip hopeless names.
    if (q_mask & !e.mask).count_ones() as usize > max_typos {
        return None;
    }
    // Typos against the whole name, or against the start of it as long as the query.
    let whole = strsim::damerau_levenshtein(q, &e.key);
    let head: String = e.key.chars().take(q.chars().count()).collect();
    let partial = strsim::damerau_levenshtein(q, &head) + 1;
    let word = e
        .words
        .iter()
        .map(|w| strsim::damerau_levenshtein(q, w) + 1)
        .min()
        .unwrap_or(usize::MAX);
    let d = whole.min(partial).min(word);
    (d <= max_typos).then_some(4 + d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(code: &str, name: &str, short: &str, kind: RegionKind, aliases: &[&str]) -> Region {
        Region {
            code: code.into(),
            name: name.into(),
            short_name: short.into(),
            kind,
            province: None,
            bps_code: None,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            old_names: vec![],
            members: vec![],
        }
    }

    fn index() -> SearchIndex {
        let rs = vec![
            region("72", "Sulawesi Tengah", "Sulawesi Tengah", RegionKind::Provinsi, &[]),
            region(
                "72.08",
                "Kabupaten Parigi Moutong",
                "Parigi Moutong",
                RegionKind::Kabupaten,
                &["Parimo", "Parmout"],
            ),
            region(
                "72.09",
                "Kabupaten Tojo Una-Una",
                "Tojo Una-Una",
                RegionKind::Kabupaten,
                &["Touna"],
            ),
            region("72.04", "Kabupaten Toli-Toli", "Toli-Toli", RegionKind::Kabupaten, &[]),
            region(
                "73.14",
                "Kabupaten Sidenreng Rappang",
                "Sidenreng Rappang",
                RegionKind::Kabupaten,
                &["Sidrap"],
            ),
            region("52.06", "Kabupaten Bima", "Bima", RegionKind::Kabupaten, &[]),
            region("52.72", "Kota Bima", "Bima", RegionKind::Kota, &[]),
            region(
                "62.01",
                "Kabupaten Kotawaringin Barat",
                "Kotawaringin Barat",
                RegionKind::Kabupaten,
                &[],
            ),
            region("72.71", "Kota Palu", "Palu", RegionKind::Kota, &[]),
            region("73.73", "Kota Palopo", "Palopo", RegionKind::Kota, &[]),
            region("72.10", "Kabupaten Sigi", "Sigi", RegionKind::Kabupaten, &[]),
            region("12.71", "Kota Medan", "Medan", RegionKind::Kota, &[]),
            region(
                "12",
                "Sumatera Utara",
                "Sumatera Utara",
                RegionKind::Provinsi,
                &["Sumut"],
            ),
            region("53.01", "Kabupaten Kupang", "Kupang", RegionKind::Kabupaten, &[]),
            region("53.71", "Kota Kupang", "Kupang", RegionKind::Kota, &[]),
            region("72.03", "Kabupaten Donggala", "Donggala", RegionKind::Kabupaten, &[]),
            region(
                "13.07",
                "Kabupaten Lima Puluh Kota",
                "Lima Puluh Kota",
                RegionKind::Kabupaten,
                &["Limapuluh Kota"],
            ),
            region(
                "16.05",
                "Kabupaten Musi Rawas",
                "Musi Rawas",
                RegionKind::Kabupaten,
                &["Mura"],
            ),
            region(
                "62.12",
                "Kabupaten Murung Raya",
                "Murung Raya",
                RegionKind::Kabupaten,
                &["Mura"],
            ),
            {
                let mut bogor = region("32.71", "Kota Bogor", "Bogor", RegionKind::Kota, &[]);
                bogor.old_names = vec!["Buitenzorg".into()];
                bogor
            },
            region("32.01", "Kabupaten Bogor", "Bogor", RegionKind::Kabupaten, &[]),
            region(
                "64.02",
                "Kabupaten Kutai Kartanegara",
                "Kutai Kartanegara",
                RegionKind::Kabupaten,
                &["Kukar"],
            ),
            {
                // An old name that also starts an official one: the official name wins.
                let mut x = region("99.01", "Kabupaten Kukarindo", "Kukarindo", RegionKind::Kabupaten, &[]);
                x.old_names = vec!["Kukar".into()];
                x
            },
        ];
        SearchIndex::new(&rs)
    }

    fn codes(q: &str) -> Vec<String> {
        index().search(q, 5).into_iter().map(|h| h.code).collect()
    }

    #[test]
    fn aliases_find_their_region() {
        assert_eq!(codes("parimo")[0], "72.08");
        assert_eq!(codes("Sidrap")[0], "73.14");
        assert_eq!(index().search("parimo", 1)[0].via_alias.as_deref(), Some("Parimo"));
    }

    #[test]
    fn prefixes_and_case_are_ignored() {
        assert_eq!(codes("kab parigi")[0], "72.08");
        assert_eq!(codes("Kab. Parigi Moutong")[0], "72.08");
        assert_eq!(codes("KABUPATEN PARIGI")[0], "72.08");
        assert_eq!(codes("provinsi sulawesi tengah")[0], "72");
    }

    #[test]
    fn hyphen_and_space_variants_are_equal() {
        assert_eq!(codes("Tolitoli")[0], "72.04");
        assert_eq!(codes("toli toli")[0], "72.04");
        assert_eq!(codes("Tojo Una Una")[0], "72.09");
    }

    #[test]
    fn typos_are_tolerated() {
        assert_eq!(codes("parigi mutong")[0], "72.08"); // one missing letter
        assert_eq!(codes("prigi moutnog")[0], "72.08"); // deletion + transposition
        assert_eq!(codes("sidenrang")[0], "73.14");
    }

    #[test]
    fn exact_and_prefix_rank_before_fuzzy() {
        // "palu" is exact for Palu and a typo away from Palopo? No: prefix "pal" of both.
        assert_eq!(codes("palu")[0], "72.71");
        assert_eq!(codes("palo")[0], "73.73");
        let pal = codes("pal");
        assert!(pal.contains(&"72.71".to_string()) && pal.contains(&"73.73".to_string()));
    }

    #[test]
    fn kind_prefix_chooses_between_same_names() {
        assert_eq!(codes("kota bima")[0], "52.72");
        assert_eq!(codes("kab bima")[0], "52.06");
        assert_eq!(codes("bima").len(), 2);
    }

    #[test]
    fn kota_inside_a_name_is_not_a_prefix() {
        assert_eq!(codes("kotawaringin")[0], "62.01");
    }

    /// Names as the press writes them, and the region each must open first.
    #[test]
    fn names_as_articles_write_them() {
        for (query, code) in [
            ("Pemkab Sigi", "72.10"),
            ("Pemko Medan", "12.71"),
            ("Pemkot Kupang", "53.71"),
            ("Pemkab Kupang", "53.01"),
            ("Pemerintah Kabupaten Donggala", "72.03"),
            ("Pemerintah Kota Palu", "72.71"),
            ("Pemda Donggala", "72.03"),
            ("Pemprov Sumut", "12"),
            ("Pemerintah Provinsi Sulawesi Tengah", "72"),
            ("Kab Sigi", "72.10"),
            ("Kabupaten Parigi Moutong (Parimo)", "72.08"),
            ("Parimo (Parigi Moutong)", "72.08"),
            ("Kabupaten Parimoutong (Parimo)", "72.08"),
            ("(Parimo)", "72.08"),
            ("Tojo Unauna", "72.09"),
            ("Limapuluh Kota", "13.07"),
            ("Lima Puluh Kota", "13.07"),
            ("Kabupaten Kukar", "64.02"),
        ] {
            assert_eq!(codes(query).first().map(String::as_str), Some(code), "{query}");
        }
    }

    #[test]
    fn an_ambiguous_name_offers_every_candidate() {
        let ix = index();
        let mura = ix.search("Mura", 5);
        let found: Vec<&str> = mura.iter().map(|h| h.code.as_str()).collect();
        assert!(found.contains(&"16.05") && found.contains(&"62.12"), "{found:?}");
        assert!(ambiguous(&mura));
        assert!(ambiguous(&ix.search("Bogor", 5)));
        assert!(ambiguous(&ix.search("Kupang", 5)));
        assert!(!ambiguous(&ix.search("Kota Kupang", 5)));
        assert!(!ambiguous(&ix.search("Parimo", 5)));
        assert!(!ambiguous(&ix.search("Sigi", 5)));
    }

    #[test]
    fn old_names_rank_below_official_names() {
        assert_eq!(codes("Buitenzorg")[0], "32.71");
        // "Kukar" is Kutai Kartanegara's common alias and another region's old name.
        assert_eq!(codes("Kukar")[0], "64.02");
        assert!(!ambiguous(&index().search("Kukar", 5)));
    }

    #[test]
    fn a_government_word_inside_a_name_is_not_a_prefix() {
        assert_eq!(strip_kind_prefix("Pemkab Sigi"), (Some(RegionKind::Kabupaten), "Sigi"));
        assert_eq!(
            strip_kind_prefix("Pemda Kab. Sigi"),
            (Some(RegionKind::Kabupaten), "Sigi")
        );
        assert_eq!(strip_kind_prefix("Pemerintah Daerah Donggala"), (None, "Donggala"));
        assert_eq!(strip_kind_prefix("Pemkotanya"), (None, "Pemkotanya"));
        assert_eq!(strip_kind_prefix("Kotamobagu"), (None, "Kotamobagu"));
    }

    #[test]
    fn nonsense_finds_nothing() {
        assert!(codes("xyzzyq").is_empty());
        assert!(codes("   ").is_empty());
        assert!(codes("--").is_empty());
    }
}
