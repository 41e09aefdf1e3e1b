//! Strings of the compare (`/bandingkan`) and ranking (`/peringkat`) views and
//! of their "take it away" tools (CSV download, copy citation). Indonesian
//! first, English second; messages about the data itself (reasons, notes,
//! sentences, caveats) come from the core in both languages.

use super::{Lang, Tr};

// ---------------------------------------------------------------------------
// Compare

pub const COMPARE_TITLE: Tr = Tr::new("Bandingkan wilayah", "Compare regions");
pub fn compare_intro(lang: Lang) -> String {
    let max = crate::core::compare::MAX_REGIONS;
    match lang {
        Lang::Id => format!("Pilih 2 sampai {max} wilayah untuk dilihat berdampingan. Setiap angka menyebut tanggal dan sumbernya; angka yang tidak sebanding dipisahkan, dengan alasannya."),
        Lang::En => format!("Choose 2 to {max} regions to see side by side. Every figure names its date and source; figures that are not comparable are kept apart, with the reason."),
    }
}
pub fn selected_heading(lang: Lang, n: usize) -> String {
    let max = crate::core::compare::MAX_REGIONS;
    match lang {
        Lang::Id => format!("Wilayah yang dibandingkan ({n} dari {max})"),
        Lang::En => format!("Regions compared ({n} of {max})"),
    }
}
pub const SELECTION_EMPTY: Tr = Tr::new(
    "Belum ada wilayah yang dipilih. Cari wilayah di bawah ini, atau buka contoh:",
    "No region chosen yet. Search for regions below, or open an example:",
);
pub const EXAMPLE_LINK: Tr = Tr::new(
    "Parigi Moutong, Kota Palu dan Kota Palopo",
    "Parigi Moutong, Kota Palu and Kota Palopo",
);
pub const NEED_ANOTHER: Tr = Tr::new(
    "Tambahkan paling sedikit satu wilayah lagi untuk membandingkan.",
    "Add at least one more region to compare.",
);
pub fn selection_full(lang: Lang) -> String {
    let max = crate::core::compare::MAX_REGIONS;
    match lang {
        Lang::Id => format!("Sudah {max} wilayah, jumlah terbanyak. Hapus satu wilayah untuk menambah yang lain."),
        Lang::En => format!("{max} regions chosen, the most a comparison shows. Remove one to add another."),
    }
}
pub const ADD_HEADING: Tr = Tr::new("Tambah wilayah", "Add a region");
pub const REMOVE: Tr = Tr::new("Hapus", "Remove");
pub fn remove_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("Hapus {name} dari perbandingan"),
        Lang::En => format!("Remove {name} from the comparison"),
    }
}
pub fn move_up_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("Pindahkan {name} ke atas (kolom ke kiri)"),
        Lang::En => format!("Move {name} up (column to the left)"),
    }
}
pub fn move_down_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("Pindahkan {name} ke bawah (kolom ke kanan)"),
        Lang::En => format!("Move {name} down (column to the right)"),
    }
}
pub fn announce_added(lang: Lang, name: &str, n: usize) -> String {
    match lang {
        Lang::Id => format!("{name} ditambahkan. {n} wilayah dibandingkan."),
        Lang::En => format!("{name} added. {n} regions compared."),
    }
}
pub fn announce_removed(lang: Lang, name: &str, n: usize) -> String {
    match lang {
        Lang::Id => format!("{name} dihapus. {n} wilayah dibandingkan."),
        Lang::En => format!("{name} removed. {n} regions compared."),
    }
}
pub fn announce_moved(lang: Lang, name: &str, pos: usize) -> String {
    match lang {
        Lang::Id => format!("{name} sekarang di urutan {pos}."),
        Lang::En => format!("{name} is now number {pos}."),
    }
}
pub fn announce_already(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("{name} sudah ada dalam perbandingan."),
        Lang::En => format!("{name} is already in the comparison."),
    }
}

// Chart
pub const CHART_HEADING: Tr = Tr::new("Grafik per indikator", "Chart by indicator");
pub const INDICATOR_LABEL: Tr = Tr::new("Indikator", "Indicator");
pub fn compared_on(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Id => format!("Dibandingkan: {what}."),
        Lang::En => format!("Compared: {what}."),
    }
}
pub fn chart_table_caption(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Id => format!("Data grafik: {label}"),
        Lang::En => format!("Chart data: {label}"),
    }
}
pub const CHART_APPROX_KEY: Tr = Tr::new(
    "Batang pucat bergaris putus-putus: angka perkiraan.",
    "Pale bar with a dashed outline: an approximate figure.",
);
pub const CHART_NOTES: Tr = Tr::new("Catatan grafik", "Chart notes");
pub const NOTHING_TO_DRAW: Tr = Tr::new(
    "Tidak ada angka yang bisa digambar berdampingan untuk indikator ini.",
    "No figures for this indicator can be drawn side by side.",
);
pub const NOT_COMPARABLE_HEADING: Tr = Tr::new("Tidak digambar berdampingan", "Not drawn side by side");
pub const NOT_COMPARABLE_INTRO: Tr = Tr::new(
    "Angka ini ada, tetapi berbeda tahun, dasar perhitungan, jenis angka atau wilayah, sehingga tidak sebanding:",
    "These figures exist, but differ in year, base, kind of figure or area, so they are not comparable:",
);
pub const NO_DATA: Tr = Tr::new("tidak ada data", "no data");
pub fn no_data_for(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Id => format!("Tidak ada data untuk {names}. Itu bukan nol: belum ada angka yang dipublikasikan."),
        Lang::En => format!("No data for {names}. That is not zero: no figure has been published."),
    }
}
pub const SENTENCES_HEADING: Tr = Tr::new("Dalam kalimat", "In words");

// Table
pub const TABLE_HEADING: Tr = Tr::new("Semua indikator", "All indicators");
pub const TABLE_HINT: Tr = Tr::new(
    "Satu kolom per wilayah. Di layar kecil, geser tabel ke samping.",
    "One column per region. On a small screen, scroll the table sideways.",
);
pub const TABLE_CAPTION: Tr = Tr::new(
    "Angka per wilayah dan indikator, dengan tanggal dan sumbernya",
    "Figures by region and indicator, with their dates and sources",
);
pub const TABLE_EMPTY: Tr = Tr::new(
    "Belum ada angka yang dipublikasikan untuk wilayah-wilayah ini.",
    "No figures have been published for these regions yet.",
);
pub const COL_INDICATOR: Tr = Tr::new("Indikator", "Indicator");
pub const COL_REGION: Tr = Tr::new("Wilayah", "Region");
pub const COL_VALUE: Tr = Tr::new("Nilai", "Value");
pub const COL_AS_OF: Tr = Tr::new("Per", "As of");
pub const COL_SOURCE: Tr = Tr::new("Sumber", "Source");
pub const COL_NOTES: Tr = Tr::new("Catatan", "Notes");
pub const COL_RANK: Tr = Tr::new("Peringkat", "Rank");
pub const COL_REASON: Tr = Tr::new("Alasan", "Reason");
pub const SAME_PERIOD_OTHER: Tr = Tr::new("Angka lain, periode sama:", "Another figure, same period:");
pub fn more_figures(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Id, n) => format!("{n} angka lain"),
        (Lang::En, 1) => "1 more figure".into(),
        (Lang::En, n) => format!("{n} more figures"),
    }
}
pub const MARKS_HEADING: Tr = Tr::new("Arti tanda", "What the marks mean");
pub const BRANCH_MARK_EXPLAIN: Tr = Tr::new(
    "Angka untuk wilayah kantor cabang BPJS, yang melayani beberapa kabupaten/kota; bukan angka daerah itu saja.",
    "A figure for a BPJS branch office area, which serves several regencies/cities; not the region's own figure.",
);
pub const INCONSISTENT_MARK_EXPLAIN: Tr = Tr::new(
    "Persentase yang disebut sumber tidak cocok dengan pembilang/penyebutnya sendiri; keduanya ditampilkan apa adanya.",
    "The stated percentage disagrees with its own numerator/denominator; both are shown as published.",
);

// ---------------------------------------------------------------------------
// Ranking

pub const RANK_TITLE: Tr = Tr::new("Peringkat wilayah", "Regional ranking");
pub const RANK_INTRO: Tr = Tr::new(
    "Hanya angka yang sebanding (tahun, jenis angka dan dasar perhitungan yang sama) yang diberi peringkat. Wilayah tanpa angka dicantumkan di akhir, tidak dihitung nol.",
    "Only comparable figures (same year, kind of figure and base) are ranked. Regions without a figure are listed at the end, never counted as zero.",
);
pub const RANK_CONTROLS: Tr = Tr::new("Pilihan peringkat", "Ranking options");
pub const SEGMENT_LABEL: Tr = Tr::new("Kelompok pekerja", "Group of workers");
pub const PROVINCE_LABEL: Tr = Tr::new("Provinsi", "Province");
pub const ALL_PROVINCES: Tr = Tr::new("Seluruh Indonesia", "All of Indonesia");
pub const KIND_LABEL: Tr = Tr::new("Jenis wilayah", "Kind of region");
pub const KIND_PROVINCES: Tr = Tr::new("Provinsi", "Provinces");
pub const KIND_KABKOTA: Tr = Tr::new("Kabupaten dan kota", "Regencies and cities");
pub const KIND_KABUPATEN: Tr = Tr::new("Kabupaten saja", "Regencies only");
pub const KIND_KOTA: Tr = Tr::new("Kota saja", "Cities only");
pub const SORT_LABEL: Tr = Tr::new("Urutkan", "Sort");
pub const SORT_VALUE_DESC: Tr = Tr::new("Nilai tertinggi dulu", "Highest value first");
pub const SORT_VALUE_ASC: Tr = Tr::new("Nilai terendah dulu", "Lowest value first");
pub const SORT_NAME_ASC: Tr = Tr::new("Nama A–Z", "Name A–Z");
pub const SORT_NAME_DESC: Tr = Tr::new("Nama Z–A", "Name Z–A");
pub fn rank_summary(lang: Lang, ranked: usize, separated: usize, missing: usize) -> String {
    match lang {
        Lang::Id => format!(
            "{ranked} wilayah diberi peringkat, {separated} angka tidak sebanding, {missing} wilayah tanpa angka."
        ),
        Lang::En => format!("{ranked} ranked, {separated} not comparable, {missing} without a figure."),
    }
}
pub fn rank_caption(lang: Lang, label: &str, scope: &str) -> String {
    match lang {
        Lang::Id => format!("Peringkat {label}: {scope}"),
        Lang::En => format!("Ranking of {label}: {scope}"),
    }
}
pub const NO_RANKED: Tr = Tr::new(
    "Tidak ada wilayah yang bisa diberi peringkat dengan pilihan ini.",
    "No region can be ranked with these options.",
);
pub const REFERENCE: Tr = Tr::new("acuan", "reference");
pub const REFERENCE_KEY: Tr = Tr::new(
    "Baris “acuan” dan garis tegak pada batang: angka provinsi atau nasional yang sebanding, bukan peringkat.",
    "“Reference” rows and the upright lines on the bars: comparable provincial or national figures, not ranked.",
);
pub const TIE_EQUAL_SR: Tr = Tr::new("(sama)", "(tied)");
pub const TIE_UNCERTAIN_SR: Tr = Tr::new("(urutan tidak pasti)", "(order uncertain)");
pub fn separated_heading(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("Tidak diberi peringkat ({n})"),
        Lang::En => format!("Not ranked ({n})"),
    }
}
pub const SEPARATED_INTRO: Tr = Tr::new(
    "Wilayah ini punya angka, tetapi tidak sebanding dengan yang diberi peringkat:",
    "These regions have a figure, but it is not comparable with the ranked ones:",
);
pub fn missing_heading(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("Tanpa angka ({n} wilayah)"),
        Lang::En => format!("No figure ({n} regions)"),
    }
}
pub const MISSING_NOTE: Tr = Tr::new(
    "Belum ada angka yang dipublikasikan untuk wilayah berikut. Mereka tidak dihitung sebagai nol.",
    "No figure has been published for these regions. They are not counted as zero.",
);
pub fn show_missing(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("Tampilkan {n} wilayah"),
        Lang::En => format!("Show {n} regions"),
    }
}
pub fn compare_top(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("Bandingkan {n} teratas berdampingan"),
        Lang::En => format!("Compare the top {n} side by side"),
    }
}

// ---------------------------------------------------------------------------
// Take it away

pub const TAKE_AWAY_HEADING: Tr = Tr::new("Unduh dan kutip", "Download and cite");
pub const DOWNLOAD_CSV: Tr = Tr::new("Unduh CSV", "Download CSV");
pub fn csv_hint(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} angka, satu baris per angka, dengan kode wilayah, tanggal, catatan dan sumbernya."),
        Lang::En => format!("{n} figures, one row per figure, with region code, date, caveats and source."),
    }
}
pub fn download_started(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Id => format!("Unduhan dimulai: {file}"),
        Lang::En => format!("Download started: {file}"),
    }
}
pub const DOWNLOAD_FAILED: Tr = Tr::new(
    "Browser ini tidak bisa membuat unduhan.",
    "This browser could not create the download.",
);
pub const CITATION_LABEL: Tr = Tr::new("Kutipan", "Citation");
pub const COPY_CITATION: Tr = Tr::new("Salin kutipan", "Copy citation");
pub const COPIED: Tr = Tr::new("Tersalin.", "Copied.");
pub const COPY_FALLBACK: Tr = Tr::new(
    "Tidak bisa menyalin otomatis. Teks kutipan sudah dipilih: tekan Ctrl+C, atau tahan lalu pilih Salin.",
    "Could not copy automatically. The citation is selected: press Ctrl+C, or long-press and choose Copy.",
);
pub const TOOLS_NEED_APP: Tr = Tr::new(
    "Unduh CSV dan tombol salin berjalan setelah aplikasi dimuat (perlu JavaScript). Kutipan di atas bisa Anda salin sendiri.",
    "The CSV download and the copy button work once the app has loaded (they need JavaScript). You can copy the citation above yourself.",
);
pub const FILTERS_NEED_APP: Tr = Tr::new(
    "Pilihan di atas berjalan setelah aplikasi dimuat (perlu JavaScript). Tanpa itu, halaman ini menunjukkan peringkat bawaan di bawah.",
    "The choices above work once the app has loaded (they need JavaScript). Without it, this page shows the default ranking below.",
);

/// What the ranking says about a URL value it could not use (`core::rank::RankIssue`).
pub fn rank_issue(lang: Lang, issue: &crate::core::rank::RankIssue) -> String {
    use crate::core::rank::RankIssue;
    match (issue, lang) {
        (RankIssue::BadValue(key, value), Lang::Id) => {
            format!("Nilai “{value}” untuk “{key}” di alamat ini tidak dikenal; peringkat memakai pilihan bawaan.")
        }
        (RankIssue::BadValue(key, value), Lang::En) => {
            format!("The value “{value}” for “{key}” in this address is not known; the ranking uses the default.")
        }
        (RankIssue::UnknownIndicator(i), Lang::Id) => {
            format!("Indikator “{i}” tidak dikenal; peringkat menampilkan indikator bawaan.")
        }
        (RankIssue::UnknownIndicator(i), Lang::En) => {
            format!("Indicator “{i}” is not known; the ranking shows the default indicator.")
        }
        (RankIssue::UnknownProvince(p), Lang::Id) => {
            format!("Provinsi dengan kode “{p}” tidak ada dalam data kami; peringkat mencakup seluruh Indonesia.")
        }
        (RankIssue::UnknownProvince(p), Lang::En) => {
            format!("No province has the code “{p}” in our data; the ranking covers all of Indonesia.")
        }
        (RankIssue::SegmentNotInData(s), Lang::Id) => format!(
            "Belum ada angka untuk kelompok “{}”; peringkat menampilkan semua pekerja.",
            super::segment_name(lang, *s)
        ),
        (RankIssue::SegmentNotInData(s), Lang::En) => format!(
            "There are no figures yet for the group “{}”; the ranking shows all workers.",
            super::segment_name(lang, *s)
        ),
    }
}
