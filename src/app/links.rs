//! URLs inside the app. Callers write paths without the hosting base
//! ("/wilayah/72.08"); `href` adds the base and keeps the language
//! (`?lang=en`). leptos_router's `<A>` does not add the router base to absolute
//! paths, so every in-app link and navigation goes through here.

use crate::core::lang::Lang;

thread_local! {
    static BASE: String = read_base();
}

/// The path the app is served under, without a trailing slash ("" at the root).
pub fn router_base() -> String {
    BASE.with(|b| b.clone())
}

/// When pre-rendering: the public URL path the site is built for ("/" or
/// "/cakupan/"), set once before the first page is rendered.
#[cfg(not(target_arch = "wasm32"))]
static PRERENDER_BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the hosting base for pre-rendering (native only).
#[cfg(not(target_arch = "wasm32"))]
pub fn set_prerender_base(public_url: &str) {
    let _ = PRERENDER_BASE.set(public_url.trim_end_matches('/').to_string());
}

#[cfg(not(target_arch = "wasm32"))]
fn read_base() -> String {
    PRERENDER_BASE.get().cloned().unwrap_or_default()
}

/// Reads the base from `<base href>` (Trunk writes the public URL there).
#[cfg(target_arch = "wasm32")]
fn read_base() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new(&base_uri)
        .map(|u| u.pathname().trim_end_matches('/').to_string())
        .unwrap_or_default()
}

/// A full in-app URL path with the base and the language kept:
/// `/cakupan/wilayah/72.08?lang=en`.
pub fn href(path: &str, lang: Lang) -> String {
    let base = router_base();
    match lang {
        Lang::Id => format!("{base}{path}"),
        Lang::En if path.contains('?') => format!("{base}{path}&lang=en"),
        Lang::En => format!("{base}{path}?lang=en"),
    }
}

/// Options for `navigate` with a path from `href`: it already holds the base,
/// so the router must not add it again.
pub fn nav_options(scroll: bool) -> leptos_router::NavigateOptions {
    leptos_router::NavigateOptions {
        resolve: false,
        scroll,
        ..Default::default()
    }
}

pub fn region(code: &str, lang: Lang) -> String {
    href(&format!("/wilayah/{code}"), lang)
}

pub fn home(lang: Lang) -> String {
    href("/", lang)
}

/// Only absolute http(s) URLs from the dataset become links.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// When pre-rendering: the site's public address (`CAKUPAN_SITE_URL`), for
/// canonical and link-preview URLs; empty means "relative to the host".
#[cfg(not(target_arch = "wasm32"))]
static PRERENDER_SITE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
pub fn set_site_url(url: &str) {
    let url = url.trim().trim_end_matches('/');
    let _ = PRERENDER_SITE.set(if is_web_url(url) {
        url.to_string()
    } else {
        String::new()
    });
}

/// The site's origin ("https://cakupan.example.org"), or "" when unknown.
#[cfg(not(target_arch = "wasm32"))]
pub fn site_url() -> String {
    PRERENDER_SITE.get().cloned().unwrap_or_default()
}

/// The site's origin, from the address bar.
#[cfg(target_arch = "wasm32")]
pub fn site_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The canonical address of an in-app path: the site's origin (when known),
/// the hosting base, the path, and `?lang=en` for English.
pub fn canonical(path: &str, lang: Lang) -> String {
    format!("{}{}", site_url(), href(path, lang))
}

/// The public address of a file of the site (`kartu/cakupan.png`): the
/// site's origin (when known) and the hosting base, never a language.
pub fn asset_url(file: &str) -> String {
    format!("{}{}/{}", site_url(), router_base(), file.trim_start_matches('/'))
}

/// The generic link-preview card, relative to the site folder.
pub const GENERIC_CARD: &str = "kartu/cakupan.png";

/// A region's link-preview card, relative to the site folder:
/// `kartu/wilayah/72.08.png` (drawn by `cakupan-prerender`, src/card.rs).
pub fn region_card(code: &str) -> String {
    format!("kartu/wilayah/{code}.png")
}

/// The query parameter of presentation mode (`?present=1`).
pub const PRESENT_PARAM: &str = "present";

/// The address of a view as a reader shares it: the site's origin (when
/// known), the path with its hosting base, and the query without the
/// presentation-mode switch (a shared link opens the normal page).
pub fn share_url(pathname: &str, search: &str) -> String {
    let query = without_param(search.trim_start_matches('?'), PRESENT_PARAM);
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{}{pathname}{query}", site_url())
}

/// The shareable address of the page being shown (not reactive).
pub fn current_share_url() -> String {
    use leptos::prelude::GetUntracked;
    let loc = leptos_router::hooks::use_location();
    share_url(&loc.pathname.get_untracked(), &loc.search.get_untracked())
}

/// `query` (without `?`) with every `key=…` pair removed, the rest in order.
pub fn without_param(query: &str, key: &str) -> String {
    query
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(key))
        .collect::<Vec<_>>()
        .join("&")
}

/// `path_and_query` (an in-app href) with `key=value` set, replacing any earlier value.
pub fn with_param(path_and_query: &str, key: &str, value: &str) -> String {
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    let rest = without_param(query, key);
    let sep = if rest.is_empty() { "" } else { "&" };
    format!("{path}?{rest}{sep}{key}={value}")
}
