//! Finding a region by any name a person knows: official name, short name,
//! alias (Parimo, Sidrap), with or without "Kab."/"Kota"/"Provinsi", with
//! hyphen/space variants (Toli-Toli = Tolitoli) and a typo or two.
//!
//! Every name is reduced to a compact key (lowercase letters and digits only),
//! so spacing and punctuation never matter. Ranking: exact > prefix > word
//! prefix > substring > typo, then by kind (province first when the query
//! named no kind), then by name length.

use crate::core::dataset::{Region, RegionKind};

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

/// Splits off a leading kind word ("Kab.", "Kabupaten", "Kota", "Provinsi",
/// "Prov.", "Cabang") and returns the kind it names with the rest.
pub fn strip_kind_prefix(s: &str) -> (Option<RegionKind>, &str) {
    let t = s.trim_start();
    let lower = t.to_lowercase();
    const PREFIXES: [(&str, RegionKind); 9] = [
        ("kabupaten", RegionKind::Kabupaten),
        ("kab.", RegionKind::Kabupaten),
        ("kab", RegionKind::Kabupaten),
        ("kota", RegionKind::Kota),
        ("provinsi", RegionKind::Provinsi),
        ("prov.", RegionKind::Provinsi),
        ("prov", RegionKind::Provinsi),
        ("bpjs cabang", RegionKind::Cabang),
        ("cabang", RegionKind::Cabang),
    ];
    for (p, kind) in PREFIXES {
        if lower.starts_with(p) {
            let rest = &t[p.len()..];
            // A prefix must end at a word boundary: "kota" in "Kotawaringin" is part of the name.
            if p.ends_with('.') || rest.starts_with(|c: char| c.is_whitespace() || c == '.') {
                return (Some(kind), rest.trim_start_matches(['.', ' ']));
            }
        }
    }
    (None, t)
}

impl SearchIndex {
    pub fn new<'a>(regions: impl IntoIterator<Item = &'a Region>) -> SearchIndex {
        let mut entries = Vec::new();
        for r in regions {
            let mut push = |name: &str, alias: Option<String>| {
                let (_, bare) = strip_kind_prefix(name);
                let key = compact(bare);
                if key.is_empty() {
                    return;
                }
                let words = bare.split([' ', '-']).map(compact).filter(|w| !w.is_empty()).collect();
                entries.push(Entry {
                    code: r.code.clone(),
                    kind: r.kind,
                    key,
                    words,
                    alias,
                    name_len: name.len(),
                });
            };
            push(&r.short_name, None);
            if compact(strip_kind_prefix(&r.name).1) != compact(&r.short_name) {
                push(&r.name, None);
            }
            for a in &r.aliases {
                push(a, Some(a.clone()));
            }
        }
        SearchIndex { entries }
    }

    /// Regions matching `query`, best first, at most `limit`, one hit per region.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
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
        let mut best: Vec<(u32, usize, usize)> = Vec::new(); // (score, name_len, entry)
        for (i, e) in self.entries.iter().enumerate() {
            let Some(mut score) = match_score(&q, e, max_typos) else {
                continue;
            };
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
        best.sort();
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

/// 0 exact, 1 prefix, 2 word prefix, 3 substring, 4+typos fuzzy; None = no match.
fn match_score(q: &str, e: &Entry, max_typos: usize) -> Option<u32> {
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

    #[test]
    fn nonsense_finds_nothing() {
        assert!(codes("xyzzyq").is_empty());
        assert!(codes("   ").is_empty());
        assert!(codes("--").is_empty());
    }
}
