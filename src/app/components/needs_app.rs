//! A short note beside a control that only works once the app runs (search,
//! editing a comparison, the checker's steps, downloads), pointing to what
//! works without it. Pre-rendered pages are read on phones with scripts off
//! or without WebAssembly; nothing there may pretend to work when it cannot.
//!
//! The note is in the markup twice, both invisible while the app runs:
//! inside `<noscript>` (scripts off), and as a `hidden` paragraph that
//! `boot.js` reveals when the app cannot start (no WebAssembly, a failed load).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::i18n::{Lang, Tr};

/// `message`, then an optional link to the static alternative.
pub fn needs_app(message: Tr, alternative: Option<(String, Tr)>, lang: Lang) -> impl IntoView {
    let text = message.get(lang);
    let link = move || {
        alternative
            .clone()
            .map(|(href, label)| view! { " " <A href=href>{label.get(lang)}</A> })
    };
    view! {
        <noscript><p class="needs-app">{text} {link()}</p></noscript>
        <p class="needs-app needs-app-js" hidden>{text} {link()}</p>
    }
}
