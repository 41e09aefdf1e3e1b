//! A calendar month ("2026-11"): the unit in which contribution rules change
//! and in which the checker computes.

use std::fmt;

use crate::core::format::{MONTHS_EN, MONTHS_ID};
use crate::core::lang::Lang;

/// A calendar month. Ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    /// 1–12.
    month: u8,
}

impl Month {
    /// `None` unless `month` is 1–12 and the year is 1900–2100.
    pub const fn new(year: i32, month: u8) -> Option<Month> {
        if month >= 1 && month <= 12 && year >= 1900 && year <= 2100 {
            Some(Month { year, month })
        } else {
            None
        }
    }

    /// For the rule tables: a month known to be valid. Panics at compile
    /// time (the tables are consts) if it is not.
    pub const fn ym(year: i32, month: u8) -> Month {
        match Month::new(year, month) {
            Some(m) => m,
            None => panic!("invalid month"),
        }
    }

    pub const fn year(self) -> i32 {
        self.year
    }

    /// 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// Reads "2026-11" (the URL form). Surrounding spaces are ignored;
    /// anything else (a day, "2026-1", "11-2026") is `None`.
    pub fn parse(s: &str) -> Option<Month> {
        let s = s.trim();
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        Month::new(y.parse().ok()?, m.parse().ok()?)
    }

    /// "2026-11".
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// Months since year 0: a plain number for arithmetic.
    const fn index(self) -> i32 {
        self.year * 12 + self.month as i32 - 1
    }

    const fn from_index(i: i32) -> Month {
        Month {
            year: i.div_euclid(12),
            month: (i.rem_euclid(12) + 1) as u8,
        }
    }

    /// This month moved by `n` months (negative goes back).
    pub const fn plus(self, n: i32) -> Month {
        Month::from_index(self.index() + n)
    }

    pub const fn next(self) -> Month {
        self.plus(1)
    }

    pub const fn prev(self) -> Month {
        self.plus(-1)
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier).
    pub const fn months_until(self, later: Month) -> i32 {
        later.index() - self.index()
    }

    /// Every month from `self` to `last`, inclusive.
    pub fn through(self, last: Month) -> impl Iterator<Item = Month> {
        (self.index()..=last.index()).map(Month::from_index)
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let i = (self.month - 1) as usize;
        match lang {
            Lang::Id => MONTHS_ID[i],
            Lang::En => MONTHS_EN[i],
        }
    }

    /// "November 2026" (the same in both languages for most months; "Mei 2026" / "May 2026").
    pub fn label(self, lang: Lang) -> String {
        format!("{} {}", self.name(lang), self.year)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_url_form() {
        let m = Month::parse(" 2026-11 ").unwrap();
        assert_eq!((m.year(), m.month()), (2026, 11));
        assert_eq!(m.key(), "2026-11");
        for bad in [
            "2026-13",
            "2026-00",
            "2026-1",
            "11-2026",
            "2026-11-01",
            "",
            "abcd-ef",
            "1800-01",
        ] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn arithmetic_crosses_years() {
        let dec = Month::ym(2026, 12);
        assert_eq!(dec.next(), Month::ym(2027, 1));
        assert_eq!(Month::ym(2027, 1).prev(), dec);
        assert_eq!(Month::ym(2025, 3).plus(-15), Month::ym(2023, 12));
        assert_eq!(Month::ym(2026, 3).months_until(Month::ym(2027, 2)), 11);
        assert_eq!(Month::ym(2026, 11).through(Month::ym(2027, 2)).count(), 4);
        assert!(Month::ym(2026, 12) < Month::ym(2027, 1));
    }

    #[test]
    fn names_in_both_languages() {
        assert_eq!(Month::ym(2026, 5).label(Lang::Id), "Mei 2026");
        assert_eq!(Month::ym(2026, 5).label(Lang::En), "May 2026");
        assert_eq!(Month::ym(2027, 3).label(Lang::Id), "Maret 2027");
    }
}
