//! The reader's clock: the only place the app reads the current date. When
//! pre-rendering, the build's month stands in (the app shows the reader's own
//! month as soon as it starts).

use crate::core::month::Month;
#[cfg(target_arch = "wasm32")]
use crate::core::rules::EARLIEST_MONTH;

/// The reader's current month (their device's clock, local time).
#[cfg(target_arch = "wasm32")]
pub fn this_month() -> Month {
    let d = js_sys::Date::new_0();
    Month::new(d.get_full_year() as i32, d.get_month() as u8 + 1).unwrap_or(EARLIEST_MONTH)
}

/// The build's month (UTC), for pre-rendered pages.
#[cfg(not(target_arch = "wasm32"))]
pub fn this_month() -> Month {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    month_of_unix_day(secs.div_euclid(86_400))
}

/// The calendar month of a day counted from 1970-01-01 (proleptic Gregorian;
/// Howard Hinnant's `civil_from_days`).
#[cfg(not(target_arch = "wasm32"))]
fn month_of_unix_day(days: i64) -> Month {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Month::ym(year as i32, month as u8)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn unix_days_to_months() {
        assert_eq!(month_of_unix_day(0), Month::ym(1970, 1));
        // 2026-11-29 is day 20_786; 2024-02-29 is day 19_782; 2027-01-01 is day 20_819.
        assert_eq!(month_of_unix_day(20_786), Month::ym(2026, 11));
        assert_eq!(month_of_unix_day(19_782), Month::ym(2024, 2));
        assert_eq!(month_of_unix_day(20_819), Month::ym(2027, 1));
        assert_eq!(month_of_unix_day(20_818), Month::ym(2026, 12));
    }
}
