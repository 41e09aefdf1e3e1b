//! The in-memory view of a validated dataset: lookups by code and the
//! relations pages need (a province's kabupaten/kota, the branches covering a
//! region, a region's figures). Built once when the data arrives; pages only read.

use std::collections::HashMap;

use crate::core::dataset::{Dataset, Figure, Indicator, Milestone, Region, RegionKind, Segment, Source};
use crate::core::order;

/// A validated dataset with its lookup tables. Indices point into `dataset`.
#[derive(Debug, Clone, Default)]
pub struct DataIndex {
    pub dataset: Dataset,
    region_by_code: HashMap<String, usize>,
    source_by_id: HashMap<String, usize>,
    indicator_by_id: HashMap<String, usize>,
    figures_by_region: HashMap<String, Vec<usize>>,
    children_by_province: HashMap<String, Vec<usize>>,
    branches_by_member: HashMap<String, Vec<usize>>,
}

impl DataIndex {
    /// Indexes a dataset that has already passed `validate::load`.
    pub fn new(dataset: Dataset) -> DataIndex {
        let mut ix = DataIndex {
            dataset,
            ..Default::default()
        };
        for (i, r) in ix.dataset.regions.iter().enumerate() {
            ix.region_by_code.entry(r.code.clone()).or_insert(i);
            if matches!(r.kind, RegionKind::Kabupaten | RegionKind::Kota) {
                if let Some(p) = &r.province {
                    ix.children_by_province.entry(p.clone()).or_default().push(i);
                }
            }
            if r.kind == RegionKind::Cabang {
                for m in &r.members {
                    ix.branches_by_member.entry(m.clone()).or_default().push(i);
                }
            }
        }
        for (i, s) in ix.dataset.sources.iter().enumerate() {
            ix.source_by_id.entry(s.id.clone()).or_insert(i);
        }
        for (i, ind) in ix.dataset.indicators.iter().enumerate() {
            ix.indicator_by_id.entry(ind.id.clone()).or_insert(i);
        }
        for (i, f) in ix.dataset.figures.iter().enumerate() {
            ix.figures_by_region.entry(f.region.clone()).or_default().push(i);
        }
        let regions = &ix.dataset.regions;
        for kids in ix.children_by_province.values_mut() {
            order::sort_by(kids, |a, b| regions[*a].short_name.cmp(&regions[*b].short_name));
        }
        ix
    }

    pub fn region(&self, code: &str) -> Option<&Region> {
        self.region_by_code.get(code).map(|&i| &self.dataset.regions[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_by_id.get(id).map(|&i| &self.dataset.sources[i])
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicator_by_id.get(id).map(|&i| &self.dataset.indicators[i])
    }

    /// Figures published for exactly this area (not its branch or children).
    pub fn figures_for(&self, code: &str) -> impl Iterator<Item = &Figure> {
        self.figures_by_region
            .get(code)
            .into_iter()
            .flatten()
            .map(|&i| &self.dataset.figures[i])
    }

    /// How many areas (regions or branches) have at least one figure.
    pub fn areas_with_figures(&self) -> usize {
        self.figures_by_region.len()
    }

    /// Figures grouped by indicator, in the dataset's indicator order; inside
    /// a group the current figures come before historical ones, newest first,
    /// then by id (so the order never depends on the file's order).
    pub fn grouped_by_indicator(&self, figures: &[Figure]) -> Vec<(String, Vec<Figure>)> {
        let mut groups = Vec::new();
        for ind in &self.dataset.indicators {
            let mut fs: Vec<Figure> = figures.iter().filter(|f| f.indicator == ind.id).cloned().collect();
            if fs.is_empty() {
                continue;
            }
            order::sort_by(&mut fs, |a, b| {
                a.historical
                    .cmp(&b.historical)
                    .then(b.as_of.date.cmp(&a.as_of.date))
                    .then(a.id.cmp(&b.id))
            });
            groups.push((ind.id.clone(), fs));
        }
        groups
    }

    /// Kabupaten/kota of a province, sorted by name.
    pub fn children(&self, province: &str) -> impl Iterator<Item = &Region> {
        self.children_by_province
            .get(province)
            .into_iter()
            .flatten()
            .map(|&i| &self.dataset.regions[i])
    }

    /// The regions one level down, as a region's page lists them: a
    /// province's kabupaten/kota, the nation's provinces (A–Z), none for
    /// the others.
    pub fn parts_of(&self, region: &Region) -> Vec<&Region> {
        match region.kind {
            RegionKind::Provinsi => self.children(&region.code).collect(),
            RegionKind::Nasional => self.provinces_by_name(),
            _ => Vec::new(),
        }
    }

    /// Provinces, A–Z.
    pub fn provinces_by_name(&self) -> Vec<&Region> {
        let mut ps: Vec<&Region> = self
            .dataset
            .regions
            .iter()
            .filter(|r| r.kind == RegionKind::Provinsi)
            .collect();
        order::sort_by_key(&mut ps, |r| alphabetical_key(&r.name));
        ps
    }

    /// A province's kabupaten/kota, A–Z by name without "Kabupaten"/"Kota"
    /// (so Kota Palu sits among the P's).
    pub fn children_a_to_z(&self, province: &str) -> Vec<&Region> {
        let mut kids: Vec<&Region> = self.children(province).collect();
        order::sort_by_key(&mut kids, |r| alphabetical_key(&r.name));
        kids
    }

    /// BPJS branch areas whose member list includes this region.
    pub fn branches_covering(&self, code: &str) -> impl Iterator<Item = &Region> {
        self.branches_by_member
            .get(code)
            .into_iter()
            .flatten()
            .map(|&i| &self.dataset.regions[i])
    }

    /// The province a region belongs to (itself for a province).
    pub fn province_of(&self, region: &Region) -> Option<&Region> {
        match region.kind {
            RegionKind::Provinsi => self.region(&region.code),
            _ => region.province.as_deref().and_then(|p| self.region(p)),
        }
    }

    pub fn milestones_for(&self, code: &str) -> Vec<&Milestone> {
        let mut ms: Vec<&Milestone> = self.dataset.milestones.iter().filter(|m| m.region == code).collect();
        order::sort_by(&mut ms, |a, b| a.date.cmp(&b.date));
        ms
    }

    /// Every indicator that has at least one figure, in declaration order.
    pub fn indicators_in_use(&self) -> Vec<&Indicator> {
        self.dataset
            .indicators
            .iter()
            .filter(|ind| self.dataset.figures.iter().any(|f| f.indicator == ind.id))
            .collect()
    }

    /// The groups of workers a figure can count that this dataset has figures
    /// for, in `Segment::ALL` order; "all workers" always.
    pub fn segments_in_use(&self) -> Vec<Segment> {
        Segment::ALL
            .into_iter()
            .filter(|s| *s == Segment::All || self.dataset.figures.iter().any(|f| f.segment == *s))
            .collect()
    }
}

/// The key a region sorts by in A–Z lists: its name without a leading
/// "Kabupaten", "Kab.", "Kota" or "Provinsi", lower-cased.
pub fn alphabetical_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    for prefix in ["kabupaten ", "kab. ", "kota ", "provinsi "] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return rest.trim().to_string();
        }
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::validate;

    const SMALL: &str = r#"{"schema_version":1,
      "meta":{"title":"t","publisher":"p","published":"2026-01-01"},
      "indicators":[{"id":"coverage_rate","label":{"id":"Cakupan","en":"Coverage"},"unit":"percent"}],
      "regions":[
        {"code":"72","name":"Sulawesi Tengah","short_name":"Sulawesi Tengah","kind":"provinsi"},
        {"code":"72.71","name":"Kota Palu","short_name":"Palu","kind":"kota","province":"72"},
        {"code":"72.08","name":"Kabupaten Parigi Moutong","short_name":"Parigi Moutong","kind":"kabupaten","province":"72"},
        {"code":"cabang.palu","name":"BPJS Cabang Palu","short_name":"Palu","kind":"cabang","province":"72","members":["72.71","72.08"]}],
      "sources":[{"id":"s1","publisher":"ANTARA","published":"2024-09-03"}],
      "figures":[{"id":"f1","region":"72.71","indicator":"coverage_rate","value":100,"unit":"percent","as_of":{"date":"2024"},"source":"s1"}]}"#;

    #[test]
    fn a_to_z_ignores_the_kind_prefix() {
        assert_eq!(alphabetical_key("Kota Palu"), "palu");
        assert_eq!(alphabetical_key("Kabupaten Parigi Moutong"), "parigi moutong");
        assert_eq!(alphabetical_key("Provinsi Aceh"), "aceh");
        assert!(alphabetical_key("Kota Palu") < alphabetical_key("Kabupaten Parigi Moutong"));
        let ix = DataIndex::new(validate::load(SMALL).unwrap().dataset);
        let kids: Vec<&str> = ix.children_a_to_z("72").iter().map(|r| r.code.as_str()).collect();
        assert_eq!(kids, ["72.71", "72.08"]);
    }

    #[test]
    fn children_are_sorted_and_branches_found() {
        let ix = DataIndex::new(validate::load(SMALL).unwrap().dataset);
        let kids: Vec<&str> = ix.children("72").map(|r| r.code.as_str()).collect();
        assert_eq!(kids, ["72.71", "72.08"]);
        let br: Vec<&str> = ix.branches_covering("72.08").map(|r| r.code.as_str()).collect();
        assert_eq!(br, ["cabang.palu"]);
        assert_eq!(ix.figures_for("72.71").count(), 1);
        assert_eq!(ix.figures_for("72.08").count(), 0);
        assert_eq!(ix.province_of(ix.region("72.08").unwrap()).unwrap().code, "72");
    }

    #[test]
    fn a_regions_parts_are_one_level_down() {
        let ix = DataIndex::new(validate::load(SMALL).unwrap().dataset);
        let codes = |code: &str| -> Vec<String> {
            ix.parts_of(ix.region(code).unwrap())
                .iter()
                .map(|r| r.code.clone())
                .collect()
        };
        assert_eq!(codes("72"), ["72.71", "72.08"]);
        assert!(codes("72.71").is_empty());
        assert!(codes("cabang.palu").is_empty(), "a branch's members are listed apart");
    }
}
