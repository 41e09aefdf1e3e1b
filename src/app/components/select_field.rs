//! A labelled drop-down among a view's controls (the ranking's filters). The
//! URL holds the view's state, so each option knows whether it is the
//! current one, and a change hands the chosen value on to make the next URL.

use leptos::prelude::*;

/// One option: its value in the URL, its label, and whether it is chosen now.
pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub current: Signal<bool>,
}

#[component]
pub fn SelectField(
    id: &'static str,
    label: &'static str,
    options: Vec<SelectOption>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id class="select" on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options.into_iter().map(|o| {
                    let current = o.current;
                    view! { <option value=o.value prop:selected=move || current.get()>{o.label}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
