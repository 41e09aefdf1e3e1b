//! Strings of offline use: the offline page (both languages at once, since it
//! stands in for a page of either) and the notices about where the data came from.

use super::{Lang, Tr};

pub const TITLE: Tr = Tr::new("Halaman ini perlu sambungan internet", "This page needs a connection");
pub const BODY: Tr = Tr::new(
    "Anda sedang luring, dan halaman ini belum pernah dibuka di perangkat ini, jadi belum tersimpan. Sambungkan ke internet, lalu coba lagi.",
    "You are offline, and this page has not been opened on this device before, so it is not saved. Connect to the internet, then try again.",
);
pub const RETRY: &str = "Coba lagi / Try again";
pub const HOME: &str = "Beranda / Home";
pub const SAVED: Tr = Tr::new(
    "Halaman yang sudah pernah Anda buka tetap bisa dibuka tanpa sinyal, dengan data terakhir yang tersimpan.",
    "Pages you have opened before still open without a signal, with the last data saved.",
);

pub fn offline_notice(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Id => format!("Luring: data per {date}, yang tersimpan di perangkat ini."),
        Lang::En => format!("Offline: data as of {date}, saved on this device."),
    }
}

pub fn replaced_notice(lang: Lang, date: &str, before: &str) -> String {
    match lang {
        Lang::Id => format!("Data baru dimuat: sekarang per {date} (sebelumnya per {before})."),
        Lang::En => format!("Newer data loaded: now as of {date} (before: as of {before})."),
    }
}
