//! Strings of the tools that take a view elsewhere: share (link, WhatsApp,
//! QR code), presentation mode, print, and embedding.

use super::{Lang, Tr};

pub const TOOLS_LABEL: Tr = Tr::new("Bagikan dan tampilkan halaman ini", "Share and show this page");
pub const SHARE: Tr = Tr::new("Bagikan", "Share");
pub const PRESENT: Tr = Tr::new("Presentasi", "Present");
pub const PRINT: Tr = Tr::new("Cetak", "Print");
pub const EMBED: Tr = Tr::new("Sematkan", "Embed");
pub const TOOLS_NEED_APP: Tr = Tr::new(
    "Tombol-tombol ini memerlukan aplikasi, yang belum berjalan. Untuk membagikan halaman ini, salin alamat dari bilah alamat browser.",
    "These buttons need the app, which is not running. To share this page, copy the address from the browser's address bar.",
);

pub const LINK_LABEL: Tr = Tr::new("Tautan ke halaman ini", "Link to this page");
pub const COPY_LINK: Tr = Tr::new("Salin tautan", "Copy link");
pub const LINK_COPIED: Tr = Tr::new("Tautan disalin.", "Link copied.");
pub const COPY_REFUSED: Tr = Tr::new(
    "Browser tidak mengizinkan menyalin otomatis. Tautan sudah dipilih: tekan Ctrl+C (atau tahan lalu pilih Salin).",
    "The browser did not allow copying. The link is selected: press Ctrl+C (or long-press and choose Copy).",
);
pub const SHARE_DEVICE: Tr = Tr::new("Bagikan lewat aplikasi lain…", "Share with another app…");
pub const SHARE_FAILED: Tr = Tr::new(
    "Tidak bisa membuka menu berbagi. Salin tautan di atas.",
    "Could not open the share menu. Copy the link above.",
);
pub const WHATSAPP: Tr = Tr::new("Kirim lewat WhatsApp", "Send with WhatsApp");
pub const QR_HEADING: Tr = Tr::new("Kode QR", "QR code");
pub const QR_CAPTION: Tr = Tr::new(
    "Pindai dengan kamera ponsel untuk membuka halaman ini.",
    "Scan with a phone camera to open this page.",
);
pub const QR_TOO_LONG: Tr = Tr::new(
    "Tautan ini terlalu panjang untuk kode QR. Bagikan tautannya.",
    "This link is too long for a QR code. Share the link instead.",
);
pub const DOWNLOAD_SVG: Tr = Tr::new("Unduh QR (SVG, untuk slide)", "Download QR (SVG, for slides)");
pub const DOWNLOAD_PNG: Tr = Tr::new("Unduh QR (PNG)", "Download QR (PNG)");
pub const DOWNLOAD_STARTED: Tr = Tr::new("Unduhan dimulai.", "Download started.");
pub const DOWNLOAD_FAILED: Tr = Tr::new(
    "Browser ini tidak mengizinkan unduhan. Klik kanan kode QR untuk menyimpannya.",
    "This browser did not allow the download. Right-click the QR code to save it.",
);

pub fn qr_title(lang: Lang, url: &str) -> String {
    match lang {
        Lang::Id => format!("Kode QR menuju {url}"),
        Lang::En => format!("QR code for {url}"),
    }
}

// Print and presentation
pub const PAGE_ADDRESS: Tr = Tr::new("Halaman ini", "This page");
pub fn data_as_of(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Id => format!("Data Cakupan per {date}"),
        Lang::En => format!("Cakupan data as of {date}"),
    }
}
pub const PRINTED_FROM: Tr = Tr::new(
    "Dicetak dari Cakupan. Angka, periode dan sumber seperti di halaman ini.",
    "Printed from Cakupan. Figures, periods and sources as on this page.",
);
pub const EXIT_PRESENT: Tr = Tr::new("Keluar presentasi (Esc)", "Exit presentation (Esc)");

// Embed
pub const EMBED_HEADING: Tr = Tr::new("Sematkan di situs Anda", "Embed on your site");
pub const EMBED_HINT: Tr = Tr::new(
    "Tempel kode ini di halaman berita atau situs Anda. Tampilannya hanya angka dan sumbernya, dengan tautan kembali ke Cakupan.",
    "Paste this code into your story or site. It shows only the figures and their sources, with a link back to Cakupan.",
);
pub const EMBED_CODE: Tr = Tr::new("Kode sematan", "Embed code");
pub const COPY_CODE: Tr = Tr::new("Salin kode", "Copy code");
pub const CODE_COPIED: Tr = Tr::new("Kode disalin.", "Code copied.");
pub const EMBED_PREVIEW: Tr = Tr::new("Lihat tampilan sematan", "Preview the embed");
pub const EMBED_SOURCES: Tr = Tr::new("Sumber", "Sources");
pub const EMBED_FULL_PAGE: Tr = Tr::new("Lihat selengkapnya di Cakupan", "See more on Cakupan");
pub fn embed_title(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Id => format!("Cakupan BPJS Ketenagakerjaan: {what}"),
        Lang::En => format!("BPJS Ketenagakerjaan coverage: {what}"),
    }
}
