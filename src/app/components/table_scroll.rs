//! The frame a wide table scrolls sideways in on a phone, instead of the page.
//! It can take focus (so a keyboard can scroll it) and is a named region (so
//! a screen reader says what that stop is): named by the table's heading or
//! caption (`labelledby`), else by a `label`.

use leptos::prelude::*;

#[component]
pub fn TableScroll(
    /// The id of the heading or caption that names the table.
    #[prop(optional, into)]
    labelledby: Option<String>,
    /// The name itself, when nothing on screen names the table.
    #[prop(optional, into)]
    label: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelledby aria-label=label>
            {children()}
        </div>
    }
}
