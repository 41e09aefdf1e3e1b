//! URLs inside the app. Paths are written without the hosting base (the
//! router adds it); the language travels in `?lang=en` on every link.

use crate::core::lang::Lang;

/// The path the app is served under ("" at the root, "/cakupan" under a subpath).
#[derive(Clone)]
pub struct Base(pub String);

/// Reads the base from `<base href>` (Trunk writes the public URL there).
pub fn router_base() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new(&base_uri)
        .map(|u| u.pathname().trim_end_matches('/').to_string())
        .unwrap_or_default()
}

/// A path with the language kept: `/wilayah/72.08?lang=en`.
pub fn href(path: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => path.to_string(),
        Lang::En if path.contains('?') => format!("{path}&lang=en"),
        Lang::En => format!("{path}?lang=en"),
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
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

