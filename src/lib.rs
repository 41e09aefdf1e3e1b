//! Cakupan: regional BPJS Ketenagakerjaan coverage figures with their sources.
//!
//! `core` is the browser-free domain model (tested natively, shared with the
//! `cakupan-data` CLI); `app` is the Leptos app: compiled for wasm32 it runs
//! in the browser, compiled natively it pre-renders every route to HTML at
//! build time (`cakupan-prerender`).

// Leptos view types of the larger pages nest deeply when compiled natively.
#![recursion_limit = "512"]

pub mod core;

pub mod app;

/// Link-preview cards (PNG), drawn at build time by `cakupan-prerender`.
#[cfg(not(target_arch = "wasm32"))]
pub mod card;
