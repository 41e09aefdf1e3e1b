//! Partial calendar dates as sources give them: a year, a month or a day.

/// "2024", "2024-06" or "2024-06-30", checked for an existing calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses an ISO partial date; `None` for malformed or impossible dates
    /// (month 13, 31 April, 29 February of a common year, years outside 1900–2100).
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let year_s = parts.next()?;
        if year_s.len() != 4 || !year_s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_s.parse().ok()?;
        if !(1900..=2100).contains(&year) {
            return None;
        }
        let two_digits = |p: &str| -> Option<u8> {
            if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        };
        let month = match parts.next() {
            None => {
                return Some(PartialDate {
                    year,
                    month: None,
                    day: None,
                })
            }
            Some(m) => two_digits(m).filter(|m| (1..=12).contains(m))?,
        };
        let day = match parts.next() {
            None => {
                return Some(PartialDate {
                    year,
                    month: Some(month),
                    day: None,
                })
            }
            Some(d) => two_digits(d).filter(|d| *d >= 1 && *d <= days_in_month(year, month))?,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_year_month_day() {
        assert_eq!(
            PartialDate::parse("2024"),
            Some(PartialDate {
                year: 2024,
                month: None,
                day: None
            })
        );
        assert_eq!(PartialDate::parse("2024-06").unwrap().month, Some(6));
        assert_eq!(PartialDate::parse("2024-02-29").unwrap().day, Some(29));
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2024-13",
            "2024-04-31",
            "24-01",
            "2024-1",
            "",
            "2024-06-30-01",
            "abcd",
            "1800",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }
}
