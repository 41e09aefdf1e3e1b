//! Strings of the programme pages, the regional-role page, the glossary and
//! the checker. The content itself (what each programme pays, the rules) is
//! in `core::programs` and `core::benefits`; here are only the words around it.

use super::{Lang, Tr};
use crate::core::programs::MemberGroup;
use crate::core::rules::BpuSector;

// ---------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------

pub const UNVERIFIED: Tr = Tr::new("belum terverifikasi", "not verified");
pub const UNVERIFIED_EXPLAIN: Tr = Tr::new(
    "Sumber berbeda pendapat atau belum bisa kami periksa.",
    "Sources disagree, or we could not check it yet.",
);
pub const RULE: Tr = Tr::new("Aturan", "Rule");
pub const REPORTED_BY: Tr = Tr::new("Dilaporkan oleh", "Reported by");
pub const CHANGED: Tr = Tr::new("Berubah", "Changed");
pub const SINCE: Tr = Tr::new("berlaku", "from");
pub const ON_THIS_PAGE: Tr = Tr::new("Di halaman ini", "On this page");
pub const READ_MORE: Tr = Tr::new("Baca selengkapnya", "Read more");
pub const NOT_ADVICE: Tr = Tr::new(
    "Cakupan bukan situs resmi BPJS Ketenagakerjaan. Penjelasan ini kami tulis dari sumber publik; untuk kepastian, tanyakan ke kantor cabang BPJS Ketenagakerjaan.",
    "Cakupan is not an official BPJS Ketenagakerjaan site. We wrote these explanations from public sources; for certainty, ask a BPJS Ketenagakerjaan branch office.",
);

/// "Aturan: PP 82/2019, berlaku 2 Des 2019." style prefix for a rule's date.
pub fn rule_date(lang: Lang, date: &str) -> String {
    format!("{} {date}", SINCE.get(lang))
}

// ---------------------------------------------------------------------------
// Programme index
// ---------------------------------------------------------------------------

pub const PROGRAMS_TITLE: Tr = Tr::new(
    "Lima program BPJS Ketenagakerjaan",
    "The five BPJS Ketenagakerjaan programmes",
);
pub const PROGRAMS_INTRO: Tr = Tr::new(
    "BPJS Ketenagakerjaan (Jamsostek) menjalankan lima program untuk pekerja. Setiap halaman menjelaskan apa yang dibayar, siapa bisa ikut, berapa iurannya dan cara klaim.",
    "BPJS Ketenagakerjaan (Jamsostek) runs five programmes for workers. Each page explains what it pays, who can join, what it costs and how to claim.",
);
pub const WHO_JOINS_WHAT: Tr = Tr::new("Siapa ikut program apa", "Who joins which programme");
pub const WHO_JOINS_WHAT_HINT: Tr = Tr::new(
    "Pilih nama kelompok untuk melihat artinya di glosarium.",
    "Choose a group's name to see what it means in the glossary.",
);
pub const GROUP: Tr = Tr::new("Kelompok pekerja", "Group of workers");
pub const MORE_HEADING: Tr = Tr::new("Juga di bagian ini", "Also in this section");
pub const CHECKER_CALL: Tr = Tr::new("Cek iuran dan manfaat Anda", "Check your contributions and benefits");
pub const CHECKER_CALL_TEXT: Tr = Tr::new(
    "Jawab beberapa pertanyaan, lalu lihat berapa iuran Anda dan apa yang bisa Anda terima.",
    "Answer a few questions, then see what you pay and what you can receive.",
);
pub const ROLE_CALL_TEXT: Tr = Tr::new(
    "Apa yang harus dilakukan gubernur, bupati dan wali kota, dan cara cakupan diukur.",
    "What governors, regents and mayors must do, and how coverage is measured.",
);
pub const GLOSSARY_CALL_TEXT: Tr = Tr::new(
    "Arti singkatan dan istilah: PU, BPU, APBDes, UCJ dan lainnya.",
    "What the abbreviations and terms mean: PU, BPU, APBDes, UCJ and more.",
);

// ---------------------------------------------------------------------------
// One programme
// ---------------------------------------------------------------------------

pub const STATUS_COL: Tr = Tr::new("Ikut?", "Joins?");
pub const NOTE_COL: Tr = Tr::new("Keterangan", "Details");
pub const OTHER_PROGRAMS: Tr = Tr::new("Program lain", "Other programmes");
pub const UNKNOWN_PROGRAM_TITLE: Tr = Tr::new("Program tidak ditemukan", "Programme not found");
pub fn unknown_program(lang: Lang, slug: &str) -> String {
    match lang {
        Lang::Id => format!("Tidak ada program “{slug}”. BPJS Ketenagakerjaan punya lima program:"),
        Lang::En => format!("There is no programme “{slug}”. BPJS Ketenagakerjaan has five programmes:"),
    }
}
pub const BREADCRUMB: Tr = Tr::new("Lokasi halaman", "Breadcrumb");

// ---------------------------------------------------------------------------
// Regional role
// ---------------------------------------------------------------------------

pub const YOUR_REGION: Tr = Tr::new("Lihat daerah Anda", "See your region");
pub const YOUR_REGION_TEXT: Tr = Tr::new(
    "Setiap halaman wilayah menunjukkan angka cakupan yang dipublikasikan, dengan sumber dan tanggalnya, dan langkah yang sudah diambil pemda.",
    "Each region page shows the published coverage figures, with their source and date, and the steps its government has taken.",
);
pub const SEE_RANKING: Tr = Tr::new("Peringkat cakupan semua wilayah", "Coverage ranking of all regions");
pub const SEE_COMPARE: Tr = Tr::new("Bandingkan beberapa wilayah", "Compare several regions");
pub const SEE_PROVINCES: Tr = Tr::new("Daftar semua provinsi", "List of all provinces");

// ---------------------------------------------------------------------------
// Glossary
// ---------------------------------------------------------------------------

pub const GLOSSARY_TITLE: Tr = Tr::new("Glosarium", "Glossary");
pub const GLOSSARY_INTRO: Tr = Tr::new(
    "Arti singkatan dan istilah yang dipakai di Cakupan, dalam kata-kata sehari-hari.",
    "What the abbreviations and terms used on Cakupan mean, in everyday words.",
);
pub const GLOSSARY_INDEX: Tr = Tr::new("Lompat ke huruf", "Jump to letter");
pub const SEE_ALSO: Tr = Tr::new("Lihat juga", "See also");
pub const ALSO_WRITTEN: Tr = Tr::new("Juga ditulis", "Also written");
pub fn program_page_link(lang: Lang, code: &str) -> String {
    match lang {
        Lang::Id => format!("Halaman program {code}"),
        Lang::En => format!("The {code} programme page"),
    }
}

// ---------------------------------------------------------------------------
// Checker
// ---------------------------------------------------------------------------

pub const CHECKER_TITLE: Tr = Tr::new("Cek iuran dan manfaat", "Check contributions and benefits");
pub const CHECKER_INTRO: Tr = Tr::new(
    "Jawab beberapa pertanyaan singkat. Kami hitung berapa iuran tiap bulan, siapa yang membayar, dan manfaat apa yang bisa Anda terima.",
    "Answer a few short questions. We work out the monthly contributions, who pays them, and which benefits you can receive.",
);
pub const NOT_AN_APPLICATION: Tr = Tr::new(
    "Ini bukan pendaftaran. Tidak ada yang dikirim ke mana pun: jawaban Anda hanya tersimpan di alamat halaman ini.",
    "This is not an application. Nothing is sent anywhere: your answers are kept only in this page's address.",
);
pub const CONTINUE: Tr = Tr::new("Lanjut", "Continue");
pub const BACK: Tr = Tr::new("Kembali", "Back");
pub const START_AGAIN: Tr = Tr::new("Mulai lagi", "Start again");
pub const CHANGE: Tr = Tr::new("Ubah", "Change");
pub const ERROR_SUMMARY: Tr = Tr::new("Ada masalah", "There is a problem");
pub const ERROR_PREFIX: Tr = Tr::new("Galat", "Error");
pub fn question_of(lang: Lang, n: usize, total: Option<usize>) -> String {
    match (lang, total) {
        (Lang::Id, Some(t)) => format!("Pertanyaan {n} dari {t}"),
        (Lang::En, Some(t)) => format!("Question {n} of {t}"),
        (Lang::Id, None) => format!("Pertanyaan {n}"),
        (Lang::En, None) => format!("Question {n}"),
    }
}

pub const Q_KIND: Tr = Tr::new("Anda bekerja sebagai apa?", "What kind of worker are you?");
pub const Q_KIND_HINT: Tr = Tr::new("Pilih yang paling cocok.", "Choose the one that fits best.");
pub const Q_KIND_ERROR: Tr = Tr::new("Pilih jenis pekerja Anda.", "Choose what kind of worker you are.");
pub fn kind_hint(lang: Lang, s: MemberGroup) -> &'static str {
    match s {
        MemberGroup::Pu => lang.pick(
            "Anda digaji oleh pemberi kerja, misalnya karyawan toko, pabrik, kantor atau pegawai honorer.",
            "You are paid a wage by an employer, for example in a shop, factory, office or as honorary government staff.",
        ),
        MemberGroup::Bpu => lang.pick(
            "Anda bekerja sendiri, misalnya pedagang, petani, nelayan, ojek atau tukang.",
            "You work for yourself, for example as a trader, farmer, fisher, ojek driver or craftsperson.",
        ),
        MemberGroup::Jakon => lang.pick(
            "Anda mengurus proyek bangunan, atau bekerja di proyek itu. Kontraktor yang membayar iuran.",
            "You run a building project, or work on one. The contractor pays the contributions.",
        ),
        MemberGroup::Pmi => lang.pick(
            "Anda bekerja, atau akan bekerja, di luar negeri.",
            "You work, or are going to work, abroad.",
        ),
    }
}

pub const Q_WAGE_PU: Tr = Tr::new("Berapa upah Anda sebulan?", "What is your monthly wage?");
pub const Q_WAGE_PU_HINT: Tr = Tr::new(
    "Upah pokok ditambah tunjangan tetap, sebelum dipotong. Tulis angkanya, misalnya 5000000 atau 5 juta.",
    "Basic wage plus fixed allowances, before deductions. Write the number, for example 5000000 or 5 juta.",
);
pub const Q_WAGE_BPU: Tr = Tr::new("Berapa penghasilan Anda sebulan?", "What is your monthly income?");
pub const Q_WAGE_BPU_HINT: Tr = Tr::new(
    "Penghasilan yang akan Anda laporkan ke BPJS Ketenagakerjaan. Tulis angkanya, misalnya 2000000 atau 2 juta.",
    "The income you will declare to BPJS Ketenagakerjaan. Write the number, for example 2000000 or 2 juta.",
);
pub const Q_RISK: Tr = Tr::new(
    "Seberapa berbahaya tempat kerja Anda?",
    "How dangerous is your workplace?",
);
pub const Q_RISK_HINT: Tr = Tr::new(
    "Pemberi kerja Anda tahu kelompok risikonya. Pilihan ini hanya mengubah iuran JKK, yang dibayar pemberi kerja. Jika tidak tahu, pilih kelompok 1 lalu ubah nanti.",
    "Your employer knows its risk group. This only changes the JKK contribution, which the employer pays. If you do not know, choose group 1 and change it later.",
);
pub const Q_RISK_ERROR: Tr = Tr::new(
    "Pilih kelompok risiko tempat kerja.",
    "Choose the workplace risk group.",
);
pub fn risk_hint(lang: Lang, rate: &str) -> String {
    match lang {
        Lang::Id => format!("Iuran JKK {rate} dari upah"),
        Lang::En => format!("JKK contribution {rate} of the wage"),
    }
}
pub const Q_SIZE: Tr = Tr::new(
    "Seberapa besar usaha pemberi kerja Anda?",
    "How big is your employer's business?",
);
pub const Q_SIZE_HINT: Tr = Tr::new(
    "Ukuran usaha menentukan program mana yang wajib.",
    "The size of the business decides which programmes are required.",
);
pub const Q_SIZE_ERROR: Tr = Tr::new(
    "Pilih ukuran usaha pemberi kerja.",
    "Choose the size of your employer's business.",
);
pub const SIZE_SMALL_HINT: Tr = Tr::new(
    "Untuk syarat JKP: terdaftar paling sedikit di JKK, JKM dan JHT.",
    "For the JKP condition: enrolled in at least JKK, JKM and JHT.",
);
pub const SIZE_LARGE_HINT: Tr = Tr::new(
    "Untuk syarat JKP: terdaftar di JKK, JKM, JHT dan JP.",
    "For the JKP condition: enrolled in JKK, JKM, JHT and JP.",
);
pub const Q_SECTOR: Tr = Tr::new("Apa bidang kerja Anda?", "What is your line of work?");
pub const Q_SECTOR_HINT: Tr = Tr::new(
    "Pada bulan ini potongan iuran PP 50/2025 hanya berlaku untuk sebagian pekerja. Jawaban ini menentukan apakah Anda mendapatkannya.",
    "In this month the PP 50/2025 discount applies to some workers only. This answer decides whether you get it.",
);
pub fn sector_hint(lang: Lang, s: BpuSector) -> &'static str {
    match s {
        BpuSector::Transport => lang.pick(
            "Potongan: Januari 2026 sampai Maret 2027.",
            "Discount: January 2026 to March 2027.",
        ),
        BpuSector::Other => lang.pick(
            "Misalnya pedagang, petani, nelayan atau tukang. Potongan: April sampai Desember 2026.",
            "For example traders, farmers, fishers or craftspeople. Discount: April to December 2026.",
        ),
    }
}
pub const Q_PMI: Tr = Tr::new("Berapa lama kontrak kerja Anda?", "How long is your work contract?");
pub const Q_PMI_HINT: Tr = Tr::new(
    "Lama kontrak menentukan iuran selama dan sesudah bekerja.",
    "The contract length sets the contribution for during and after work.",
);
pub fn pmi_months(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Id => format!("{n} bulan"),
        Lang::En => format!("{n} months"),
    }
}
pub const Q_MONTH: Tr = Tr::new("Untuk bulan apa?", "For which month?");
pub const Q_MONTH_HINT: Tr = Tr::new(
    "Iuran dan manfaat berubah menurut tanggal. Pilih bulan yang ingin dihitung.",
    "Contributions and benefits change by date. Choose the month to work out.",
);
pub const MONTH_LABEL: Tr = Tr::new("Hitung untuk bulan", "Work out for the month");
pub const MONTH_SUBMIT: Tr = Tr::new("Hitung", "Work out");
pub fn rules_of_month(lang: Lang, month: &str) -> String {
    match lang {
        Lang::Id => format!("Aturan yang berlaku {month}"),
        Lang::En => format!("Rules in force in {month}"),
    }
}
pub const MONTH_FROM_CLOCK: Tr = Tr::new(
    "Bulan ini diambil dari jam perangkat Anda.",
    "This month comes from your device's clock.",
);
pub const FOR_THIS_MONTH: Tr = Tr::new("Perlu diperhatikan untuk bulan ini", "Note for this month");
pub const CHANGES_SOON: Tr = Tr::new("Yang segera berubah", "What changes soon");
pub const IN_FORCE: Tr = Tr::new("Berlaku", "In force");
pub const DISCOUNT: Tr = Tr::new("Potongan", "Discount");
pub fn discount_text(lang: Lang, percent_off: u32, full: &str) -> String {
    match lang {
        Lang::Id => format!("potongan {percent_off}%; tanpa potongan {full}"),
        Lang::En => format!("{percent_off}% off; {full} without the discount"),
    }
}
pub const BREAKDOWN_HEADING: Tr = Tr::new(
    "Rincian per golongan nilai kontrak",
    "Breakdown by band of contract value",
);
pub const COL_BAND: Tr = Tr::new("Bagian nilai kontrak", "Part of the contract value");
pub fn band_range(lang: Lang, from: &str, to: &str) -> String {
    match lang {
        Lang::Id => format!("di atas {from} sampai {to}"),
        Lang::En => format!("above {from} up to {to}"),
    }
}
pub const SOURCES: Tr = Tr::new("Sumber", "Sources");
pub const NOW_FOR_MONTH: Tr = Tr::new("Angka bulan ini", "This month's figure");
pub const Q_CONTRACT: Tr = Tr::new(
    "Berapa nilai kontrak proyeknya?",
    "What is the project's contract value?",
);
pub const Q_CONTRACT_HINT: Tr = Tr::new(
    "Nilai seluruh kontrak dalam rupiah, misalnya 100000000 atau 100 juta.",
    "The whole contract value in rupiah, for example 100000000 or 100 juta.",
);

// Result
pub const RESULT_TITLE: Tr = Tr::new("Hasil: iuran dan manfaat", "Result: contributions and benefits");
pub const YOUR_ANSWERS: Tr = Tr::new("Jawaban Anda", "Your answers");
pub const SHARE_NOTE: Tr = Tr::new(
    "Alamat halaman ini menyimpan jawaban Anda. Salin atau bagikan alamatnya untuk membuka hasil yang sama.",
    "This page's address holds your answers. Copy or share it to open the same result.",
);
pub fn contributions_heading(lang: Lang, period: &str) -> String {
    match lang {
        Lang::Id => format!("Iuran {period}"),
        Lang::En => format!("Contributions {period}"),
    }
}
pub const COL_PROGRAM: Tr = Tr::new("Program", "Programme");
pub const COL_EMPLOYER: Tr = Tr::new("Pemberi kerja", "Employer");
pub const COL_CONTRACTOR: Tr = Tr::new("Kontraktor", "Contractor");
pub const COL_WORKER: Tr = Tr::new("Pekerja", "Worker");
pub const COL_YOU: Tr = Tr::new("Anda bayar", "You pay");
pub const COL_TOTAL: Tr = Tr::new("Jumlah", "Total");
pub const COL_AMOUNT: Tr = Tr::new("Jumlah", "Amount");
pub const COL_BENEFIT: Tr = Tr::new("Manfaat", "Benefit");
pub const RATE: Tr = Tr::new("Tarif", "Rate");
pub const PAID_BY: Tr = Tr::new("Dibayar oleh", "Paid by");
pub const OPTIONAL: Tr = Tr::new("boleh dipilih", "optional");
pub const TOTALS_HEADING: Tr = Tr::new("Total", "Total");
pub const NOT_COMPUTED_RANGE: Tr = Tr::new("dipilih sendiri", "you choose");
pub const NOT_COMPUTED: Tr = Tr::new("belum bisa dihitung", "cannot be worked out");
pub const INCOMPLETE_TOTAL: Tr = Tr::new(
    "Total ini belum lengkap: ada iuran yang belum bisa dihitung.",
    "This total is incomplete: a contribution cannot be worked out.",
);
pub const UNCERTAIN_TOTAL: Tr = Tr::new(
    "Total ini memakai angka yang belum terverifikasi.",
    "This total uses a figure that is not verified.",
);
pub const PACKAGES_HEADING: Tr = Tr::new("Pilihan paket", "Packages");
pub const BENEFITS_HEADING: Tr = Tr::new("Manfaat yang bisa Anda terima", "Benefits you can receive");
pub const EXCLUDED_HEADING: Tr = Tr::new("Yang tidak bisa Anda ikuti", "What you cannot join");
pub const NOTES_HEADING: Tr = Tr::new("Perlu diketahui", "Good to know");
pub const TABLE_SCROLL_HINT: Tr = Tr::new(
    "Geser tabel ke samping untuk melihat semua kolom.",
    "Scroll the table sideways to see every column.",
);
pub const RESULT_PROGRAM_LINKS: Tr = Tr::new("Baca tentang programnya", "Read about the programmes");

pub const DESC_PROGRAMS: Tr = Tr::new(
    "JKK, JKM, JHT, JP dan JKP dalam bahasa sehari-hari: apa yang dibayar, siapa bisa ikut, berapa iurannya dan cara klaim.",
    "JKK, JKM, JHT, JP and JKP in plain words: what each pays, who can join, what it costs and how to claim.",
);
pub const DESC_ROLE: Tr = Tr::new(
    "Apa yang diminta Inpres 2/2021 dari gubernur, bupati dan wali kota, dan cara cakupan BPJS Ketenagakerjaan diukur.",
    "What Inpres 2/2021 asks of governors, regents and mayors, and how BPJS Ketenagakerjaan coverage is measured.",
);
pub const DESC_GLOSSARY: Tr = Tr::new(
    "Arti singkatan dan istilah BPJS Ketenagakerjaan: PU, BPU, APBDes, UCJ dan lainnya, dalam kata-kata sehari-hari.",
    "What BPJS Ketenagakerjaan abbreviations and terms mean: PU, BPU, APBDes, UCJ and more, in everyday words.",
);
pub const DESC_CHECKER: Tr = Tr::new(
    "Jawab beberapa pertanyaan dan lihat berapa iuran BPJS Ketenagakerjaan Anda bulan ini, siapa yang membayar, dan manfaat apa yang bisa Anda terima.",
    "Answer a few questions and see your BPJS Ketenagakerjaan contributions this month, who pays them, and which benefits you can receive.",
);
pub const CHECKER_NEEDS_APP: Tr = Tr::new(
    "Pertanyaan berikutnya muncul setelah aplikasi dimuat (perlu JavaScript).",
    "The next questions appear once the app has loaded (it needs JavaScript).",
);
pub const CHECKER_ALTERNATIVE: Tr = Tr::new(
    "Iuran dan manfaat tiap program juga dijelaskan di halaman program.",
    "Each programme's contributions and benefits are also explained on the programme pages.",
);
