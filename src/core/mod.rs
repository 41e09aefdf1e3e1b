//! The domain core: everything Cakupan knows about coverage data, with no
//! Leptos, web-sys or browser API. The app renders it; the CLI and native tests
//! drive it directly.

pub mod benefits;
pub mod caveat;
pub mod compare;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod dataset;
pub mod date;
pub mod export;
pub mod format;
pub mod history;
pub mod index;
pub mod lang;
pub mod map;
pub mod month;
pub mod order;
pub mod programs;
pub mod rank;
pub mod rules;
pub mod search;
pub mod share;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod import;
