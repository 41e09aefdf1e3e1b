//! The region search: an ARIA combobox (WAI-ARIA APG "list autocomplete")
//! over `core::search`. Results appear as the visitor types; arrow keys move,
//! Enter opens, Escape clears.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::app::components::needs_app::needs_app;
use crate::app::components::region_context::region_context;
use crate::app::data::{use_data, DataResource};
use crate::app::i18n::{self, use_lang, Lang};
use crate::app::links;

const MAX_RESULTS: usize = 8;

/// One row of the result list, ready to render.
#[derive(Clone, PartialEq)]
struct Row {
    code: String,
    name: String,
    context: String,
}

/// `id_prefix` keeps element ids unique when two boxes share a page.
#[component]
pub fn SearchBox(
    #[prop(into, default = "search".to_string())] id_prefix: String,
    /// Where a chosen region goes; by default its region page.
    #[prop(optional)]
    on_choose: Option<Callback<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let navigate = use_navigate();
    let search = Search::new(data, lang);
    let input_id = format!("{id_prefix}-input");
    let list_id = format!("{id_prefix}-results");
    let hint_id = format!("{id_prefix}-hint");
    let status_id = format!("{id_prefix}-status");
    let choose = move |code: String| {
        search.clear();
        match on_choose {
            Some(cb) => cb.run(code),
            None => navigate(&links::region(&code, lang.get_untracked()), links::nav_options(true)),
        }
    };
    let on_keydown = {
        let choose = choose.clone();
        move |ev: leptos::ev::KeyboardEvent| search.key(&ev, &choose)
    };
    let expanded = move || search.rows.with(|r| !r.is_empty()).to_string();
    let option_id = {
        let p = id_prefix.clone();
        move |i: usize| format!("{p}-opt-{i}")
    };
    let active_id = {
        let option_id = option_id.clone();
        move || search.active.get().map(&option_id)
    };

    view! {
        <div class="search">
            <label for=input_id.clone() class="search-label">{move || i18n::SEARCH_LABEL.get(lang.get())}</label>
            <p id=hint_id.clone() class="hint">{move || i18n::SEARCH_HINT.get(lang.get())}</p>
            <input
                id=input_id
                class="search-input"
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-expanded=expanded
                aria-describedby=format!("{hint_id} {status_id}")
                aria-activedescendant=active_id
                placeholder=move || i18n::SEARCH_PLACEHOLDER.get(lang.get())
                prop:value=move || search.query.get()
                on:input=move |ev| {
                    search.query.set(event_target_value(&ev));
                    search.active.set(None);
                }
                on:keydown=on_keydown
            />
            <p id=status_id class="search-status" role="status" aria-live="polite">{move || search.status(data, lang.get())}</p>
            {move || {
                let lang = lang.get();
                needs_app(i18n::SEARCH_NEEDS_APP, Some((links::href("/wilayah", lang), i18n::SEARCH_ALTERNATIVE)), lang)
            }}
            <ul id=list_id class="search-results" role="listbox" aria-label=move || i18n::SEARCH_RESULTS.get(lang.get())>
                {move || result_options(search, choose.clone(), option_id.clone())}
            </ul>
        </div>
    }
}

/// What is typed, the regions it finds, and the one the arrow keys highlight.
#[derive(Clone, Copy)]
struct Search {
    query: RwSignal<String>,
    active: RwSignal<Option<usize>>,
    rows: Memo<Vec<Row>>,
    /// Whether the best results tie ("Bima", "Mura"): Enter then waits for a choice.
    ambiguous: Memo<bool>,
}

impl Search {
    fn new(data: DataResource, lang: Memo<Lang>) -> Search {
        let query = RwSignal::new(String::new());
        let hits = Memo::new(move |_| {
            let q = query.get();
            data.ready()
                .map(|d| d.search.search(&q, MAX_RESULTS))
                .unwrap_or_default()
        });
        let ambiguous = Memo::new(move |_| hits.with(|h| crate::core::search::ambiguous(h)));
        let rows = Memo::new(move |_| {
            let lang = lang.get();
            let Some(d) = data.ready() else { return Vec::new() };
            hits.get()
                .into_iter()
                .filter_map(|hit| {
                    let r = d.index.region(&hit.code)?;
                    let mut context = region_context(&d.index, r, lang);
                    if let Some(a) = hit.via_alias {
                        context = format!("{context} · “{a}”");
                    }
                    Some(Row {
                        code: r.code.clone(),
                        name: r.name.clone(),
                        context,
                    })
                })
                .collect::<Vec<_>>()
        });
        Search {
            query,
            active: RwSignal::new(None),
            rows,
            ambiguous,
        }
    }

    fn clear(self) {
        self.query.set(String::new());
        self.active.set(None);
    }

    /// Arrow keys move through the results, Enter opens one, Escape clears.
    fn key(self, ev: &leptos::ev::KeyboardEvent, choose: &impl Fn(String)) {
        let active = self.active;
        let n = self.rows.with_untracked(|r| r.len());
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            // Several regions fit equally well: never pick one silently.
            "Enter" if n > 0 && active.get_untracked().is_none() && self.ambiguous.get_untracked() => {
                ev.prevent_default();
                active.set(Some(0));
            }
            "Enter" if n > 0 => {
                ev.prevent_default();
                let i = active.get_untracked().unwrap_or(0).min(n - 1);
                let code = self.rows.with_untracked(|r| r[i].code.clone());
                choose(code);
            }
            "Escape" => self.clear(),
            _ => {}
        }
    }

    /// What the live region says: how many results, none, or a tie.
    fn status(self, data: DataResource, lang: Lang) -> String {
        let q = self.query.get();
        if q.trim().is_empty() {
            return String::new();
        }
        if data.ready().is_none() {
            return i18n::SEARCH_WAITING.get(lang).to_string();
        }
        match self.rows.with(|r| r.len()) {
            0 => i18n::search_no_match(lang, q.trim()),
            n if self.ambiguous.get() => i18n::search_ambiguous(lang, q.trim(), n),
            n => i18n::search_count(lang, n),
        }
    }
}

/// The results as the listbox's options; a click opens one.
fn result_options(
    search: Search,
    choose: impl Fn(String) + Clone + 'static,
    option_id: impl Fn(usize) -> String,
) -> impl IntoView {
    let active = search.active;
    search
        .rows
        .get()
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let choose = choose.clone();
            let code = row.code.clone();
            view! {
                <li
                    id=option_id(i)
                    role="option"
                    class="search-option"
                    class:active=move || active.get() == Some(i)
                    aria-selected=move || (active.get() == Some(i)).to_string()
                    on:mousedown=|ev| ev.prevent_default()
                    on:click=move |_| choose(code.clone())
                >
                    <span class="option-name">{row.name}</span>
                    <span class="option-context">{row.context}</span>
                </li>
            }
        })
        .collect_view()
}
