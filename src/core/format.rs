//! Numbers, percentages, Rupiah, dates and periods written the way each
//! language writes them: "Rp5,5 miliar", "81,01%", "43.237" in Indonesian;
//! "Rp5.5 billion", "81.01%", "43,237" in English.

use crate::core::dataset::{Approx, AsOf, Figure, PeriodKind, Unit};
use crate::core::date::PartialDate;
use crate::core::lang::Lang;

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// A whole number with thousands grouping: 43.237 / 43,237.
pub fn integer(n: f64, lang: Lang) -> String {
    decimal(n, 0, lang)
}

/// A number with at most `max_places` decimals (trailing zeros dropped),
/// thousands grouped: 81,01 / 81.01; 1.516.347 / 1,516,347.
pub fn decimal(x: f64, max_places: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let (group, point) = separators(lang);
    let s = format!("{:.*}", max_places, x.abs());
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (s.as_str(), ""),
    };
    let mut out = String::new();
    if x < 0.0 && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    let len = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push(point);
        out.push_str(frac_part);
    }
    out
}

/// "81,01%" / "81.01%".
pub fn percent(x: f64, lang: Lang) -> String {
    format!("{}%", decimal(x, 2, lang))
}

/// Exact Rupiah with grouping: "Rp16.800" / "Rp16,800".
pub fn rupiah_full(x: f64, lang: Lang) -> String {
    let n = decimal(x.abs(), 0, lang);
    if x < 0.0 {
        format!("-Rp{n}")
    } else {
        format!("Rp{n}")
    }
}

/// Rupiah in words for large amounts: "Rp5,5 miliar" / "Rp5.5 billion";
/// below a million, the exact amount.
pub fn rupiah(x: f64, lang: Lang) -> String {
    let scales: [(f64, &str, &str); 3] = [
        (1e12, "triliun", "trillion"),
        (1e9, "miliar", "billion"),
        (1e6, "juta", "million"),
    ];
    for (size, id, en) in scales {
        if x.abs() >= size {
            return format!("Rp{} {}", decimal(x / size, 2, lang), lang.pick(id, en));
        }
    }
    rupiah_full(x, lang)
}

/// A value in its unit, without the unit's noun: "81,01%", "43.237", "Rp5,5 miliar".
pub fn value(x: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Percent => percent(x, lang),
        Unit::Rupiah => rupiah(x, lang),
        _ => decimal(x, 2, lang),
    }
}

/// The noun that follows a count ("orang", "desa"), empty for % and Rp.
pub fn unit_noun(unit: Unit, lang: Lang) -> &'static str {
    match unit {
        Unit::Percent | Unit::Rupiah => "",
        Unit::People => lang.pick("orang", "people"),
        Unit::Villages => lang.pick("desa", "villages"),
        Unit::Cases => lang.pick("kasus", "cases"),
        Unit::Companies => lang.pick("perusahaan", "companies"),
        Unit::Children => lang.pick("anak", "children"),
    }
}

/// A figure's value as read aloud, with its approximation and unit:
/// "sekitar 50%", "lebih dari 1.000 orang", "Rp5,5 miliar".
pub fn figure_value(f: &Figure, lang: Lang) -> String {
    let v = value(f.value, f.unit, lang);
    let noun = unit_noun(f.unit, lang);
    let core = if noun.is_empty() { v } else { format!("{v} {noun}") };
    match f.approx {
        Approx::Exact => core,
        Approx::About => format!("{} {core}", lang.pick("sekitar", "about")),
        Approx::AtLeast => format!("{} {core}", lang.pick("paling sedikit", "at least")),
        Approx::AtMost => format!("{} {core}", lang.pick("paling banyak", "at most")),
    }
}

/// Month names, January first (shared with `core::month`).
pub(crate) const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ID_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const MONTHS_EN_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(m: u8, short: bool, lang: Lang) -> &'static str {
    let i = (m.clamp(1, 12) - 1) as usize;
    match (lang, short) {
        (Lang::Id, false) => MONTHS_ID[i],
        (Lang::En, false) => MONTHS_EN[i],
        (Lang::Id, true) => MONTHS_ID_SHORT[i],
        (Lang::En, true) => MONTHS_EN_SHORT[i],
    }
}

/// "5 Des 2023", "Agustus 2025", "2024"; an unreadable date is shown as given.
pub fn date(s: &str, lang: Lang) -> String {
    match PartialDate::parse(s) {
        Some(PartialDate {
            year,
            month: Some(m),
            day: Some(d),
        }) => {
            format!("{d} {} {year}", month_name(m, true, lang))
        }
        Some(PartialDate {
            year,
            month: Some(m),
            day: None,
        }) => format!("{} {year}", month_name(m, false, lang)),
        Some(PartialDate { year, .. }) => year.to_string(),
        None => s.to_string(),
    }
}

/// The period a figure describes, in words: "Agustus 2025", "tahun 2024",
/// "Januari 2024 – Juni 2024", "kumulatif Oktober 2021 – Desember 2022".
///
/// A period the source does not give (no date) is "tanggal tidak diketahui" /
/// "unknown date", never a guess.
pub fn as_of(a: &AsOf, lang: Lang) -> String {
    if !a.is_known() {
        return lang.pick("tanggal tidak diketahui", "unknown date").to_string();
    }
    let end = date(&a.date, lang);
    match (a.kind, a.start.as_deref()) {
        (PeriodKind::Year, _) => format!("{} {end}", lang.pick("tahun", "year")),
        (PeriodKind::Range, Some(s)) => format!("{} – {end}", date(s, lang)),
        (PeriodKind::Cumulative, Some(s)) => {
            format!("{} {} – {end}", lang.pick("kumulatif", "cumulative"), date(s, lang))
        }
        (PeriodKind::Cumulative, None) => format!(
            "{} {} {end}",
            lang.pick("kumulatif", "cumulative"),
            lang.pick("s.d.", "to")
        ),
        (PeriodKind::Unknown, _) => format!("{end} ({})", lang.pick("periode tidak jelas", "period unclear")),
        _ => end,
    }
}

/// A short name for a link: "deadlinews.com" from "https://www.deadlinews.com/a/b?x".
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_both_languages() {
        assert_eq!(integer(43237.0, Lang::Id), "43.237");
        assert_eq!(integer(43237.0, Lang::En), "43,237");
        assert_eq!(integer(1516347.0, Lang::Id), "1.516.347");
        assert_eq!(integer(999.0, Lang::Id), "999");
        assert_eq!(integer(0.0, Lang::En), "0");
        assert_eq!(decimal(-1234.5, 1, Lang::En), "-1,234.5");
        assert_eq!(decimal(f64::NAN, 1, Lang::En), "–");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(81.01, Lang::Id), "81,01%");
        assert_eq!(percent(81.01, Lang::En), "81.01%");
        assert_eq!(percent(100.0, Lang::Id), "100%");
        assert_eq!(percent(49.90, Lang::Id), "49,9%");
        assert_eq!(percent(61.538, Lang::En), "61.54%");
    }

    #[test]
    fn rupiah_in_words() {
        assert_eq!(rupiah(5_500_000_000.0, Lang::Id), "Rp5,5 miliar");
        assert_eq!(rupiah(5_500_000_000.0, Lang::En), "Rp5.5 billion");
        assert_eq!(rupiah(42_000_000.0, Lang::Id), "Rp42 juta");
        assert_eq!(rupiah(341_000_000.0, Lang::En), "Rp341 million");
        assert_eq!(rupiah(1_250_000_000_000.0, Lang::Id), "Rp1,25 triliun");
        assert_eq!(rupiah(16_800.0, Lang::Id), "Rp16.800");
        assert_eq!(rupiah_full(10_042_300.0, Lang::En), "Rp10,042,300");
    }

    #[test]
    fn dates_and_periods() {
        assert_eq!(date("2023-12-05", Lang::Id), "5 Des 2023");
        assert_eq!(date("2023-12-05", Lang::En), "5 Dec 2023");
        assert_eq!(date("2025-08", Lang::Id), "Agustus 2025");
        assert_eq!(date("2024", Lang::En), "2024");
        assert_eq!(date("garbage", Lang::En), "garbage");
        let range = AsOf {
            date: "2024-06".into(),
            kind: PeriodKind::Range,
            start: Some("2024-01".into()),
        };
        assert_eq!(as_of(&range, Lang::Id), "Januari 2024 – Juni 2024");
        let year = AsOf {
            date: "2024".into(),
            kind: PeriodKind::Year,
            start: None,
        };
        assert_eq!(as_of(&year, Lang::En), "year 2024");
        let unknown = AsOf {
            date: String::new(),
            kind: PeriodKind::Unknown,
            start: None,
        };
        assert_eq!(as_of(&unknown, Lang::En), "unknown date");
        assert_eq!(as_of(&unknown, Lang::Id), "tanggal tidak diketahui");
    }

    #[test]
    fn link_hosts() {
        assert_eq!(url_host("https://www.deadlinews.com/a/b?x=1"), "deadlinews.com");
        assert_eq!(url_host("http://sulteng.antaranews.com"), "sulteng.antaranews.com");
        assert_eq!(url_host("https://example.org?q#f"), "example.org");
    }
}
