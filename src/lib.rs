//! Cakupan: regional BPJS Ketenagakerjaan coverage figures with their sources.
//!
//! `core` is the browser-free domain model (tested natively, shared with the
//! `cakupan-data` CLI); `app` is the Leptos single-page app, compiled only for
//! wasm32.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
