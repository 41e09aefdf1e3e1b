//! The translation layer: every fixed string the app shows, in Indonesian and
//! English side by side (`Tr`), plus the current language read from the URL.
//! A string with a missing translation does not compile.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Strings of the compare and ranking views.
pub mod compare;
/// Strings of the map (`/peta`).
pub mod map;
/// Strings of offline use.
pub mod offline;
/// Strings of the programme pages, glossary and checker.
pub mod programs;
/// Strings of sharing, presentation, print and embed tools.
pub mod share;

pub use crate::core::lang::{Lang, Tr};

/// The language of the current page: `?lang=en` means English, anything else Indonesian.
pub fn use_lang() -> Memo<Lang> {
    let query = use_query_map();
    Memo::new(move |_| Lang::from_param(query.read().get_str("lang")))
}

pub const APP_NAME: &str = "Cakupan";
pub const TAGLINE: Tr = Tr::new(
    "Seberapa banyak pekerja di daerah Anda terlindungi BPJS Ketenagakerjaan (Jamsostek)? Angka per wilayah, masing-masing dengan sumbernya.",
    "How many workers in your region are protected by BPJS Ketenagakerjaan (Jamsostek)? Figures per region, each with its source.",
);
pub const SKIP_TO_CONTENT: Tr = Tr::new("Langsung ke isi", "Skip to content");
/// boot.js shows these (`#app-status`) while the app is downloading after the
/// reader reached for a control, and when it cannot start.
pub const APP_STARTING: Tr = Tr::new("Memuat aplikasi…", "Loading the app…");
pub const APP_FAILED: Tr = Tr::new(
    "Aplikasi tidak dapat dimuat. Halaman ini tetap bisa dibaca; tombol dan kolom isian belum berjalan.",
    "The app could not be loaded. This page can still be read; its buttons and input fields do not work yet.",
);
pub const SWITCH_LANG: Tr = Tr::new("English", "Bahasa Indonesia");
pub const SWITCH_LANG_LABEL: Tr = Tr::new("Ganti bahasa ke English", "Switch language to Bahasa Indonesia");
pub const NAV_HOME: Tr = Tr::new("Beranda", "Home");
pub const NAV_LABEL: Tr = Tr::new("Navigasi utama", "Main navigation");
pub const NAV_COMPARE: Tr = Tr::new("Bandingkan", "Compare");
pub const NAV_RANK: Tr = Tr::new("Peringkat", "Ranking");
pub const NAV_PROGRAMS: Tr = Tr::new("Program", "Programmes");
pub const NAV_CHECKER: Tr = Tr::new("Cek iuran", "Checker");

// Search
pub const SEARCH_LABEL: Tr = Tr::new(
    "Cari provinsi atau kabupaten/kota",
    "Search for a province or regency/city",
);
pub const SEARCH_PLACEHOLDER: Tr = Tr::new(
    "mis. Parimo, Kota Palu, Sulawesi Tengah",
    "e.g. Parimo, Kota Palu, Sulawesi Tengah",
);
pub const SEARCH_HINT: Tr = Tr::new(
    "Ketik nama, singkatan, atau sebagian nama. Pilih dengan panah atas/bawah lalu Enter.",
    "Type a name, an abbreviation or part of a name. Choose with the up/down arrows, then Enter.",
);
pub const SEARCH_RESULTS: Tr = Tr::new("Hasil pencarian", "Search results");
pub const SEARCH_WAITING: Tr = Tr::new("Data wilayah sedang dimuat…", "Loading the region list…");

pub fn search_no_match(lang: Lang, q: &str) -> String {
    match lang {
        Lang::Id => {
            format!("Tidak ada wilayah yang cocok dengan “{q}”. Coba nama lain, misalnya “Parimo” atau “Kota Palu”.")
        }
        Lang::En => format!("No region matches “{q}”. Try another name, for example “Parimo” or “Kota Palu”."),
    }
}

pub fn search_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} wilayah ditemukan"),
        Lang::En if n == 1 => "1 region found".to_string(),
        Lang::En => format!("{n} regions found"),
    }
}

// Loading and errors
pub const LOADING: Tr = Tr::new("Memuat data cakupan…", "Loading coverage data…");
pub const RETRY: Tr = Tr::new("Coba lagi", "Try again");
pub const ERR_TITLE: Tr = Tr::new("Data tidak dapat dimuat", "The data could not be loaded");
pub const ERR_NETWORK: Tr = Tr::new(
    "Tidak ada sambungan ke server data. Periksa koneksi internet Anda, lalu coba lagi.",
    "Could not reach the data server. Check your internet connection, then try again.",
);
pub const ERR_BODY: Tr = Tr::new(
    "Server data menjawab, tetapi isi berkasnya tidak bisa dibaca (terpotong di jalan atau dikirim dengan kompresi yang salah). Koneksi Anda berjalan; coba lagi, dan bila tetap gagal, kabari pengelola situs.",
    "The data server answered, but the file's contents could not be read (cut off on the way, or sent with the wrong compression). Your connection works; try again, and if it keeps failing, tell the site's maintainers.",
);
pub const RETRYING: Tr = Tr::new("Mencoba lagi…", "Trying again…");
pub fn still_failing(lang: Lang, attempt: u32) -> String {
    match lang {
        Lang::Id => format!("Percobaan ke-{attempt} juga gagal."),
        Lang::En => format!("Attempt {attempt} failed too."),
    }
}
pub const ERR_UNREADABLE: Tr = Tr::new(
    "Berkas data rusak atau formatnya tidak dikenal, sehingga tidak bisa dibaca sama sekali.",
    "The data file is damaged or in an unknown format, so it cannot be read at all.",
);
pub fn err_http(lang: Lang, status: u16) -> String {
    match lang {
        Lang::Id => format!("Server data menjawab dengan galat HTTP {status}. Coba lagi sebentar lagi."),
        Lang::En => format!("The data server answered with HTTP error {status}. Try again in a moment."),
    }
}
pub const ERR_DETAIL: Tr = Tr::new("Rincian teknis", "Technical detail");

// Home
pub const BROWSE_PROVINCES: Tr = Tr::new("Semua provinsi", "All provinces");
pub fn data_summary(lang: Lang, figures: usize, regions: usize, sources: usize, date: &str) -> String {
    match lang {
        Lang::Id => format!("Data per {date}: {figures} angka untuk {regions} wilayah, dari {sources} sumber publik."),
        Lang::En => format!("Data as of {date}: {figures} figures for {regions} areas, from {sources} public sources."),
    }
}
pub fn problems_summary(lang: Lang, excluded: usize, warnings: usize) -> String {
    match (lang, excluded) {
        (Lang::Id, 0) => format!("{warnings} angka ditampilkan dengan peringatan data (misalnya persentase yang tidak cocok dengan hitungannya)."),
        (Lang::En, 0) => format!("{warnings} figures are shown with a data warning (for example a percentage that disagrees with its own counts)."),
        (Lang::Id, n) => format!("{n} entri data dikeluarkan karena bermasalah, {warnings} lainnya ditampilkan dengan peringatan."),
        (Lang::En, n) => format!("{n} data entries were left out because of problems; {warnings} more are shown with a warning."),
    }
}
pub const SEE_PROBLEMS: Tr = Tr::new("Lihat daftar masalah data", "See the list of data problems");
pub const HONESTY_NOTE: Tr = Tr::new(
    "Sebagian besar angka berasal dari pejabat yang dikutip media lokal. Dasar perhitungan, periode dan wilayah (kabupaten atau kantor cabang BPJS) bisa berbeda; kami menandainya di setiap angka.",
    "Most figures come from officials quoted in local news. The base, period and area (regency or BPJS branch office) can differ; we mark this on every figure.",
);

// Region page
pub fn kind_name(lang: Lang, kind: crate::core::dataset::RegionKind) -> &'static str {
    use crate::core::dataset::RegionKind::*;
    match kind {
        Nasional => lang.pick("Nasional", "National"),
        Provinsi => lang.pick("Provinsi", "Province"),
        Kabupaten => lang.pick("Kabupaten", "Regency"),
        Kota => lang.pick("Kota", "City"),
        Cabang => lang.pick("Wilayah kantor cabang BPJS", "BPJS branch office area"),
    }
}
pub const COMPARE_WITH: Tr = Tr::new("Bandingkan dengan wilayah lain…", "Compare with other regions…");
pub const IN_PROVINCE: Tr = Tr::new("di provinsi", "in the province of");
pub const CODE_LABEL: Tr = Tr::new("Kode Kemendagri", "Kemendagri code");
pub const BPS_CODE_LABEL: Tr = Tr::new("kode BPS", "BPS code");
pub const ALSO_KNOWN_AS: Tr = Tr::new("Dikenal juga sebagai", "Also known as");
pub const FIGURES_HEADING: Tr = Tr::new("Angka yang dipublikasikan", "Published figures");
pub const NO_FIGURES: Tr = Tr::new(
    "Belum ada angka yang dipublikasikan untuk wilayah ini. Itu bukan berarti nol: kami belum menemukan sumber publik.",
    "No published figure yet for this area. That does not mean zero: we have not found a public source.",
);
pub const BRANCH_FIGURES_HEADING: Tr = Tr::new(
    "Angka kantor cabang BPJS yang melayani wilayah ini",
    "Figures of the BPJS branch office serving this area",
);
pub const BRANCH_FIGURES_NOTE: Tr = Tr::new(
    "Angka ini untuk seluruh wilayah kantor cabang, bukan hanya wilayah ini.",
    "These figures are for the whole branch office area, not only this region.",
);
pub const MEMBERS_HEADING: Tr = Tr::new("Wilayah yang dilayani", "Areas served");
pub const CHILDREN_HEADING: Tr = Tr::new("Kabupaten dan kota", "Regencies and cities");
pub fn figure_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Id, 0) => "belum ada angka".into(),
        (Lang::Id, n) => format!("{n} angka"),
        (Lang::En, 0) => "no figures yet".into(),
        (Lang::En, 1) => "1 figure".into(),
        (Lang::En, n) => format!("{n} figures"),
    }
}
pub const AS_OF: Tr = Tr::new("Per", "As of");
pub const SOURCE: Tr = Tr::new("Sumber", "Source");
pub const PUBLISHED: Tr = Tr::new("terbit", "published");
pub const DATE_UNKNOWN: Tr = Tr::new("tanggal terbit tidak diketahui", "publication date unknown");

/// "terbit 3 Sep 2024", or says the date is unknown: never a guessed date.
pub fn published_on(lang: Lang, date: Option<&str>) -> String {
    match date {
        Some(d) => format!("{} {}", PUBLISHED.get(lang), crate::core::format::date(d, lang)),
        None => DATE_UNKNOWN.get(lang).to_string(),
    }
}
pub const LINK_TO_SOURCE: Tr = Tr::new("buka sumber", "open the source");
pub const NO_LINK: Tr = Tr::new("tautan tidak tersedia", "no link available");
pub const NUMBERS_BEHIND: Tr = Tr::new("Dihitung dari", "Computed from");
pub const OF: Tr = Tr::new("dari", "of");
pub const MILESTONES_HEADING: Tr = Tr::new("Langkah kebijakan", "Policy milestones");
pub fn milestone_kind(lang: Lang, k: crate::core::dataset::MilestoneKind) -> &'static str {
    use crate::core::dataset::MilestoneKind::*;
    match k {
        Mou => lang.pick("Nota kesepahaman (MoU)", "Memorandum of understanding (MoU)"),
        Pks => lang.pick("Perjanjian kerja sama (PKS)", "Cooperation agreement (PKS)"),
        Regulation => lang.pick("Peraturan", "Regulation"),
        Program => lang.pick("Program", "Programme"),
        Meeting => lang.pick("Rapat / evaluasi", "Meeting / evaluation"),
        Other => lang.pick("Lainnya", "Other"),
    }
}
pub const HISTORICAL_HEADING: Tr = Tr::new("Data lama (sebelum 2020)", "Older data (before 2020)");
pub const SEGMENT: Tr = Tr::new("Kelompok", "Group");
pub fn segment_name(lang: Lang, s: crate::core::dataset::Segment) -> &'static str {
    use crate::core::dataset::Segment::*;
    match s {
        All => lang.pick("semua pekerja", "all workers"),
        Pu => lang.pick("pekerja penerima upah (PU)", "wage earners (PU)"),
        Bpu => lang.pick("pekerja bukan penerima upah (BPU)", "non-wage workers (BPU)"),
        Jakon => lang.pick("pekerja jasa konstruksi", "construction workers"),
        Pmi => lang.pick("pekerja migran Indonesia", "Indonesian migrant workers"),
        NonAsn => lang.pick("pegawai non-ASN", "non-civil-servant staff"),
        VillageApparatus => lang.pick("perangkat desa", "village officials"),
        Rentan => lang.pick("pekerja rentan", "vulnerable workers"),
        Other => lang.pick("kelompok lain", "other group"),
    }
}
pub const FUNDED_BY: Tr = Tr::new("Iuran dibayar dari", "Contributions paid from");
pub fn funding_name(lang: Lang, f: crate::core::dataset::Funding) -> &'static str {
    use crate::core::dataset::Funding::*;
    match f {
        ApbdKab => lang.pick("APBD kabupaten/kota", "regency/city budget (APBD)"),
        ApbdProv => lang.pick("APBD provinsi", "provincial budget (APBD)"),
        Apbdes => lang.pick("APBDes (dana desa)", "village budget (APBDes)"),
        Dbhcht => lang.pick("DBHCHT (bagi hasil cukai tembakau)", "DBHCHT (tobacco excise share)"),
        DbhSawit => lang.pick("DBH sawit", "palm oil revenue share (DBH sawit)"),
        Otsus => lang.pick("dana otonomi khusus", "special autonomy fund"),
        Csr => lang.pick("CSR perusahaan", "corporate CSR"),
        Other => lang.pick("sumber lain", "other source"),
    }
}
pub fn program_name(lang: Lang, p: crate::core::dataset::ProgramScope) -> &'static str {
    use crate::core::dataset::ProgramScope::*;
    match p {
        Jkk => lang.pick("JKK (kecelakaan kerja)", "JKK (work accident)"),
        Jkm => lang.pick("JKM (kematian)", "JKM (death)"),
        Jht => lang.pick("JHT (hari tua)", "JHT (old-age savings)"),
        Jp => lang.pick("JP (pensiun)", "JP (pension)"),
        Jkp => lang.pick("JKP (kehilangan pekerjaan)", "JKP (job loss)"),
        Beasiswa => lang.pick("beasiswa", "scholarships"),
        All => lang.pick("semua program", "all programmes"),
    }
}
pub const PROGRAM: Tr = Tr::new("Program", "Programme");
pub const CAVEATS_LABEL: Tr = Tr::new("Perhatikan", "Note");

// Not found
pub const NOT_FOUND_TITLE: Tr = Tr::new("Halaman tidak ditemukan", "Page not found");
pub const NOT_FOUND_TEXT: Tr = Tr::new(
    "Alamat ini tidak cocok dengan halaman mana pun. Cari wilayah yang Anda maksud:",
    "This address does not match any page. Search for the region you meant:",
);
pub fn unknown_region(lang: Lang, code: &str) -> String {
    match lang {
        Lang::Id => format!("Tidak ada wilayah dengan kode “{code}” dalam data kami. Mungkin kodenya salah ketik, atau wilayahnya sudah berganti kode. Cari dengan nama:"),
        Lang::En => format!("There is no region with code “{code}” in our data. The code may be mistyped, or the region may have a new code. Search by name:"),
    }
}
pub const BACK_HOME: Tr = Tr::new("Kembali ke beranda", "Back to the home page");

// Data problems
pub const PROBLEMS_TITLE: Tr = Tr::new("Masalah data", "Data problems");
pub const PROBLEMS_INTRO: Tr = Tr::new(
    "Entri berikut tidak lolos pemeriksaan. Yang ditandai “dikeluarkan” tidak ditampilkan di halaman wilayah; sisanya ditampilkan dengan catatan.",
    "These entries failed a check. Those marked “left out” are not shown on region pages; the rest are shown with a note.",
);
pub const PROBLEMS_NONE: Tr = Tr::new(
    "Tidak ada masalah: semua entri lolos pemeriksaan.",
    "No problems: every entry passed the checks.",
);
pub const EXCLUDED: Tr = Tr::new("dikeluarkan", "left out");
pub const SHOWN_ON: Tr = Tr::new("Ditampilkan di halaman", "Shown on the page of");
pub const WARNING: Tr = Tr::new("peringatan", "warning");

// Footer
pub const FOOTER_TEXT: Tr = Tr::new(
    "Cakupan bukan situs resmi BPJS Ketenagakerjaan. Angka dikumpulkan dari sumber publik; setiap angka menyebut sumber dan tanggalnya.",
    "Cakupan is not an official BPJS Ketenagakerjaan site. Figures are collected from public sources; every figure names its source and date.",
);
pub const DOWNLOAD_DATA: Tr = Tr::new("Unduh data (JSON)", "Download the data (JSON)");

// ---------------------------------------------------------------------------
// Page descriptions (meta description and link previews)

pub const DESC_HOME: Tr = Tr::new(
    "Seberapa banyak pekerja di daerah Anda terlindungi BPJS Ketenagakerjaan (Jamsostek)? Angka per provinsi dan kabupaten/kota, masing-masing dengan sumber dan tanggalnya.",
    "How many workers in your region are protected by BPJS Ketenagakerjaan (Jamsostek)? Figures by province and regency or city, each with its source and date.",
);
pub const DESC_REGIONS: Tr = Tr::new(
    "Semua provinsi dengan kabupaten dan kotanya, A–Z. Buka halaman wilayah untuk melihat angka cakupan BPJS Ketenagakerjaan dan sumbernya.",
    "Every province with its regencies and cities, A–Z. Open a region's page to see its BPJS Ketenagakerjaan coverage figures and their sources.",
);
pub fn desc_compare(lang: Lang) -> String {
    let max = crate::core::compare::MAX_REGIONS;
    match lang {
        Lang::Id => format!("Bandingkan cakupan BPJS Ketenagakerjaan 2 sampai {max} wilayah berdampingan, dengan sumber dan tanggal setiap angka."),
        Lang::En => format!("Compare BPJS Ketenagakerjaan coverage for 2 to {max} regions side by side, with every figure's source and date."),
    }
}
pub const DESC_RANK: Tr = Tr::new(
    "Peringkat wilayah menurut cakupan BPJS Ketenagakerjaan: hanya angka yang sebanding, wilayah tanpa angka di akhir.",
    "Regions ranked by BPJS Ketenagakerjaan coverage: only comparable figures, regions without a figure last.",
);
pub const DESC_PROBLEMS: Tr = Tr::new(
    "Angka yang tidak dipakai atau diberi catatan saat data diperiksa, dan alasannya.",
    "Figures left out or flagged when the data was checked, and why.",
);
pub const DESC_NOT_FOUND: Tr = Tr::new(
    "Halaman ini tidak ada. Cari wilayah atau buka daftar semua wilayah.",
    "This page does not exist. Search for a region or open the list of all regions.",
);

// ---------------------------------------------------------------------------
// All regions (/wilayah)

pub const REGIONS_TITLE: Tr = Tr::new("Semua wilayah", "All regions");
pub const REGIONS_INTRO: Tr = Tr::new(
    "Setiap provinsi dengan kabupaten dan kotanya, A–Z. Pilih wilayah untuk melihat angka cakupannya, masing-masing dengan sumber dan tanggal.",
    "Every province with its regencies and cities, A–Z. Choose a region to see its coverage figures, each with its source and date.",
);
pub const REGIONS_JUMP: Tr = Tr::new("Lompat ke provinsi", "Jump to a province");
pub const REGIONS_OTHER: Tr = Tr::new("Nasional dan kantor cabang BPJS", "National and BPJS branch offices");
pub fn regions_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} kabupaten/kota"),
        Lang::En => format!("{n} regencies/cities"),
    }
}
pub const ALL_REGIONS_LINK: Tr = Tr::new("Daftar semua wilayah", "List of all regions");
pub const SEARCH_NEEDS_APP: Tr = Tr::new(
    "Pencarian berjalan setelah aplikasi dimuat (perlu JavaScript).",
    "Search works once the app has loaded (it needs JavaScript).",
);
pub const SEARCH_ALTERNATIVE: Tr = Tr::new("Buka daftar semua wilayah.", "Open the list of all regions.");
pub const ERR_PAGE_KEPT: Tr = Tr::new(
    "Halaman di bawah tetap bisa dibaca: isinya dari data yang ada saat situs ini dibuat. Pencarian dan alat lain berjalan setelah data termuat.",
    "The page below stays readable: it shows the data as it was when this site was built. Search and the other tools work once the data has loaded.",
);
pub fn search_ambiguous(lang: Lang, q: &str, n: usize) -> String {
    match lang {
        Lang::Id => format!("“{q}” bisa berarti beberapa wilayah. Pilih salah satu dari {n} wilayah di bawah."),
        Lang::En => format!("“{q}” can mean several regions. Choose one of the {n} regions below."),
    }
}

// ---------------------------------------------------------------------------
// History on region pages

pub const HISTORY_HEADING: Tr = Tr::new("Angka dari waktu ke waktu", "Figures over time");
pub const HISTORY_LEGEND: Tr = Tr::new(
    "Titik berisi: angka yang dilaporkan. Titik kosong: target atau rencana. Lingkaran putus-putus: angka perkiraan. Garis hanya menyambung angka yang sebanding (kelompok pekerja, status, dasar dan jenis periode sama).",
    "Filled dot: a reported figure. Hollow dot: a target or plan. Dashed ring: an approximate figure. A line joins only comparable figures (same group of workers, status, base and kind of period).",
);
pub const HISTORY_COL_DATE: Tr = Tr::new("Per", "As of");
pub const HISTORY_COL_VALUE: Tr = Tr::new("Angka", "Figure");
pub const HISTORY_COL_STATUS: Tr = Tr::new("Jenis", "Kind");
pub const HISTORY_COL_SOURCE: Tr = Tr::new("Sumber", "Source");
