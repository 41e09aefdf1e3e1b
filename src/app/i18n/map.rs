//! Strings of the map (`/peta`). Indonesian first, English second; the
//! legend's numbers are written by the core (`core::map::Scale::label`,
//! `core::format`), the reasons a figure is set apart by `core::compare`.

use super::{Lang, Tr};
use crate::core::map::MapIssue;

pub const TITLE: Tr = Tr::new("Peta cakupan", "Coverage map");
pub const INTRO: Tr = Tr::new(
    "Satu titik untuk setiap kabupaten/kota, diwarnai menurut angkanya. Titik kosong berarti belum ada angka yang dipublikasikan, bukan nol.",
    "One dot for each regency or city, coloured by its figure. A hollow dot means no published figure yet, not zero.",
);
pub const DESC: Tr = Tr::new(
    "Peta cakupan BPJS Ketenagakerjaan per kabupaten/kota: warna menurut angka yang sebanding, wilayah tanpa angka ditandai kosong, setiap angka dengan periode dan sumbernya.",
    "Map of BPJS Ketenagakerjaan coverage by regency and city: colours for comparable figures, regions without a figure drawn hollow, every figure with its period and source.",
);
pub const SEE_MAP: Tr = Tr::new("Lihat peta", "See the map");
pub const SEE_ON_MAP: Tr = Tr::new("Lihat di peta", "See on the map");
pub const SEE_AS_TABLE: Tr = Tr::new("Lihat sebagai tabel", "See as a table");
pub const WHOLE_COUNTRY: Tr = Tr::new("Seluruh Indonesia", "All of Indonesia");
pub const CONTROLS: Tr = Tr::new("Pilihan peta", "Map options");
pub const CONTROLS_NEED_APP: Tr = Tr::new(
    "Pilihan indikator dan provinsi memerlukan aplikasi (JavaScript). Tanpa itu, peta menampilkan tingkat cakupan seluruh Indonesia.",
    "Choosing the indicator and province needs the app (JavaScript). Without it the map shows the coverage rate for all of Indonesia.",
);
pub const SKIP_MAP: Tr = Tr::new("Lewati titik-titik peta", "Skip the map's dots");
pub const LEGEND: Tr = Tr::new("Keterangan peta", "Map key");
pub const BOUNDARY_NOTE: Tr = Tr::new(
    "Angka yang tepat di batas masuk ke kelas yang lebih tinggi.",
    "A figure exactly on a boundary belongs to the higher class.",
);
pub const FIXED_BREAKS: Tr = Tr::new(
    "Batas kelas tetap: 0, 20, 40, 60, 80 dan 100%.",
    "Fixed class boundaries: 0, 20, 40, 60, 80 and 100%.",
);
pub const QUANTILE_BREAKS: Tr = Tr::new(
    "Batas kelas membagi angka yang sebanding menjadi lima kelompok yang kira-kira sama besar (dibulatkan ke 2 angka penting).",
    "The class boundaries split the comparable figures into five groups of about the same size (rounded to 2 significant digits).",
);
pub const APPROX_KEY: Tr = Tr::new(
    "garis putus-putus: angka perkiraan",
    "dashed outline: an approximate figure",
);
pub const PANEL_LABEL: Tr = Tr::new("Wilayah yang dipilih", "Chosen region");
pub const PANEL_HINT: Tr = Tr::new(
    "Arahkan, sentuh atau pilih titik dengan Tab untuk melihat angkanya. Sentuhan kedua membuka halaman wilayah.",
    "Point at, tap or Tab to a dot to see its figure. A second tap opens the region's page.",
);
pub const OPEN_REGION: Tr = Tr::new("Buka halaman wilayah", "Open the region's page");
pub const NO_FIGURE: Tr = Tr::new(
    "Belum ada angka yang dipublikasikan untuk semua pekerja. Ini bukan nol.",
    "No published figure for all workers yet. This is not zero.",
);
/// A region missing from the map that has figures for one group of workers.
pub fn other_groups(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => {
            format!("Ada {n} angka untuk kelompok pekerja tertentu saja (bukan semua pekerja); lihat halaman wilayah.")
        }
        Lang::En if n == 1 => {
            "There is 1 figure for one group of workers only (not all workers); see the region's page.".into()
        }
        Lang::En => {
            format!("There are {n} figures for one group of workers only (not all workers); see the region's page.")
        }
    }
}
pub const NOT_COMPARABLE: Tr = Tr::new("Tidak sebanding dengan yang lain", "Not comparable with the others");
pub const MAP_LOADING: Tr = Tr::new("Memuat titik peta…", "Loading the map's dots…");
pub const MAP_ERROR: Tr = Tr::new(
    "Titik peta tidak dapat dimuat. Tabel peringkat menampilkan angka yang sama.",
    "The map's dots could not be loaded. The ranking table shows the same figures.",
);

/// "Peta: Tingkat cakupan" as the SVG's name.
pub fn map_name(lang: Lang, indicator: &str, place: &str) -> String {
    match lang {
        Lang::Id => format!("Peta {indicator}, {place}: satu tautan per kabupaten/kota"),
        Lang::En => format!("Map of {indicator}, {place}: one link per regency or city"),
    }
}

/// "Sulawesi Tengah: 13 kabupaten/kota".
pub fn zoom_heading(lang: Lang, province: &str) -> String {
    match lang {
        Lang::Id => format!("Provinsi {province}"),
        Lang::En => format!("{province} province"),
    }
}

pub fn class_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} wilayah"),
        Lang::En if n == 1 => "1 region".into(),
        Lang::En => format!("{n} regions"),
    }
}

/// "tidak sebanding: 12 wilayah".
pub fn not_comparable_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("tidak sebanding: {n} wilayah"),
        Lang::En if n == 1 => "not comparable: 1 region".into(),
        Lang::En => format!("not comparable: {n} regions"),
    }
}

/// "belum ada angka: 278 wilayah".
pub fn missing_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("belum ada angka: {n} wilayah"),
        Lang::En if n == 1 => "no figure yet: 1 region".into(),
        Lang::En => format!("no figure yet: {n} regions"),
    }
}

/// "tidak ada di peta: 2 wilayah".
pub fn unplaced_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("tidak ada di peta: {n} wilayah (posisinya tidak kami ketahui)"),
        Lang::En if n == 1 => "not on the map: 1 region (we do not know where it is)".into(),
        Lang::En => format!("not on the map: {n} regions (we do not know where they are)"),
    }
}

/// The one-line summary under the map (also what is shared).
pub fn summary(lang: Lang, marks: usize, coloured: usize, apart: usize, missing: usize) -> String {
    match lang {
        Lang::Id => format!(
            "{marks} kabupaten/kota di peta: {coloured} dengan angka yang sebanding, {apart} tidak sebanding, {missing} belum ada angka."
        ),
        Lang::En => format!(
            "{marks} regencies and cities on the map: {coloured} with comparable figures, {apart} not comparable, {missing} with no figure yet."
        ),
    }
}

/// "Peringkat 3 dari 40".
pub fn rank_of(lang: Lang, rank: u32, of: usize) -> String {
    match lang {
        Lang::Id => format!("Peringkat {rank} dari {of} yang sebanding"),
        Lang::En => format!("Rank {rank} of {of} comparable"),
    }
}

/// "Kelas warna: 40% – 60%".
pub fn class_of(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Id => format!("Kelas warna: {label}"),
        Lang::En => format!("Colour class: {label}"),
    }
}

/// The accessible name of a mark without a figure.
pub fn no_figure_name(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("{name}: belum ada angka"),
        Lang::En => format!("{name}: no figure yet"),
    }
}

/// The accessible name of a mark: "Kabupaten Sigi: 45,2% (per Desember 2024)".
pub fn mark_name(lang: Lang, name: &str, value: &str, period: &str, apart: bool) -> String {
    let apart = if apart {
        match lang {
            Lang::Id => ", tidak sebanding",
            Lang::En => ", not comparable",
        }
    } else {
        ""
    };
    format!("{name}: {value} ({period}){apart}")
}

pub fn issue(lang: Lang, issue: &MapIssue) -> String {
    match (issue, lang) {
        (MapIssue::UnknownIndicator(i), Lang::Id) => {
            format!("Indikator “{i}” tidak dikenal; peta menampilkan indikator bawaan.")
        }
        (MapIssue::UnknownIndicator(i), Lang::En) => {
            format!("Indicator “{i}” is not known; the map shows the default indicator.")
        }
        (MapIssue::UnknownProvince(p), Lang::Id) => {
            format!("Provinsi dengan kode “{p}” tidak ada dalam data kami; peta menampilkan seluruh Indonesia.")
        }
        (MapIssue::UnknownProvince(p), Lang::En) => {
            format!("No province has the code “{p}” in our data; the map shows all of Indonesia.")
        }
        (MapIssue::UnknownRegion(w), Lang::Id) => {
            format!("Tidak ada kabupaten/kota dengan kode “{w}” dalam data kami; tidak ada wilayah yang dipilih.")
        }
        (MapIssue::UnknownRegion(w), Lang::En) => {
            format!("No regency or city has the code “{w}” in our data; no region is chosen.")
        }
        (MapIssue::OutsideProvince(w, p), Lang::Id) => {
            format!("Wilayah {w} tidak berada di provinsi {p} yang ditampilkan; tidak ada wilayah yang dipilih.")
        }
        (MapIssue::OutsideProvince(w, p), Lang::En) => {
            format!("Region {w} is not in province {p}, which the map shows; no region is chosen.")
        }
    }
}
