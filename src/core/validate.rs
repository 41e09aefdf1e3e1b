//! Reading and checking a published dataset. Like rust-analyzer's parser,
//! loading never fails on a bad entry: it returns the usable dataset together
//! with the list of problems, so one bad figure never costs the rest. Only a
//! file that cannot be read at all (not JSON, unknown schema version, no
//! regions) is `Fatal`.

use crate::core::dataset::Dataset;
use crate::core::lang::Lang;

/// A dataset that could be read, with every entry that had to be excluded or flagged.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Only the entries that passed every check.
    pub dataset: Dataset,
    pub problems: Vec<Problem>,
}

/// One thing wrong with one entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path of the entry, e.g. `figures[12].value`.
    pub path: String,
    /// The id of the excluded entry, when it has one (figure id, source id, region code).
    pub entry_id: Option<String>,
    /// Whether the entry was dropped (error) or kept with a warning.
    pub excluded: bool,
    pub kind: ProblemKind,
}

/// What is wrong, in data a UI can translate.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    // Filled in by the validator work (issue "Dataset v1").
    Other(String),
}

impl Problem {
    /// A plain-language sentence naming the path and what is wrong.
    pub fn message(&self, _lang: Lang) -> String {
        match &self.kind {
            ProblemKind::Other(s) => format!("{}: {}", self.path, s),
        }
    }
}

/// Why a file could not be used at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Fatal {
    NotJson(String),
}

impl Fatal {
    pub fn message(&self, _lang: Lang) -> String {
        match self {
            Fatal::NotJson(e) => e.clone(),
        }
    }
}

/// Parses and checks a dataset file.
pub fn load(json: &str) -> Result<Loaded, Fatal> {
    let dataset: Dataset = serde_json::from_str(json).map_err(|e| Fatal::NotJson(e.to_string()))?;
    Ok(Loaded { dataset, problems: Vec::new() })
}
