//! What a page's address asked for that could not be used: one line per
//! value, each saying what stands in its place (`/bandingkan`, `/peringkat`,
//! `/peta`). The messages come from each view's issue type; the page is still
//! drawn with the defaults, so the notice is a status, not an alert.

use leptos::prelude::*;

/// The notice for `messages`, or nothing when the address was all usable.
pub fn url_notice(messages: Vec<String>) -> Option<AnyView> {
    (!messages.is_empty()).then(|| {
        view! {
            <div class="notice" role="status">
                <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any()
    })
}
