//! The reader's clock: the only place the app reads the current date.

use crate::core::month::Month;
use crate::core::rules::EARLIEST_MONTH;

/// The reader's current month (their device's clock, local time).
pub fn this_month() -> Month {
    let d = js_sys::Date::new_0();
    Month::new(d.get_full_year() as i32, d.get_month() as u8 + 1).unwrap_or(EARLIEST_MONTH)
}
