//! The line under a region's name that says what and where it is:
//! "Kabupaten · Sulawesi Tengah" (the compare view, the ranking, embeds and
//! the search box's suggestions).

use crate::app::i18n::{self, Lang};
use crate::core::dataset::{Region, RegionKind};
use crate::core::index::DataIndex;

/// "Kabupaten · Sulawesi Tengah".
pub fn region_context(ix: &DataIndex, r: &Region, lang: Lang) -> String {
    let kind = i18n::kind_name(lang, r.kind);
    match (r.kind, ix.province_of(r)) {
        (RegionKind::Kabupaten | RegionKind::Kota | RegionKind::Cabang, Some(p)) => format!("{kind} · {}", p.name),
        _ => kind.to_string(),
    }
}
