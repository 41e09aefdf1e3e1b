//! The frame around every page: skip link, header with the language switch, footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_query_map};

use crate::app::i18n::{self, use_lang, Lang, Tr};
use crate::app::links;

#[component]
pub fn Layout(children: ChildrenFn) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let query = use_query_map();
    let base = links::router_base();
    // Embeddable views (`/sematkan/…`) live inside other sites: no header,
    // navigation or footer of ours, only the view and its sources.
    let embedded = Memo::new(move |_| {
        let path = location.pathname.get();
        path.strip_prefix(base.as_str())
            .unwrap_or(&path)
            .starts_with("/sematkan/")
    });
    let present = Memo::new(move |_| query.read().get_str(links::PRESENT_PARAM) == Some("1"));
    // Keep <html lang> true to the page, for screen readers and hyphenation;
    // the mode classes let CSS lay out presentation and embedded views.
    Effect::new(move |_| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", lang.get().tag());
            let classes = el.class_list();
            let _ = classes.toggle_with_force("present", present.get());
            let _ = classes.toggle_with_force("embedded", embedded.get());
        }
    });
    // (Browser only: there is no window to listen to while pre-rendering.)
    #[cfg(target_arch = "wasm32")]
    {
        // Every page the reader opens in the app is kept for offline use.
        Effect::new(move |_| crate::app::browser::keep_for_offline(&location.pathname.get()));
        leave_presentation_on_escape(present);
    }

    move || {
        if embedded.get() {
            return view! { <main id="main" tabindex="-1" class="embed-main">{children()}</main> }.into_any();
        }
        let children = children.clone();
        view! {
            <a class="skip-link" href="#main" on:click=skip_to_main>{move || i18n::SKIP_TO_CONTENT.get(lang.get())}</a>
            <Show when=move || present.get()>
                <A href=presentation_exit() attr:class="button present-exit">{move || i18n::share::EXIT_PRESENT.get(lang.get())}</A>
            </Show>
            <SiteHeader/>
            <main id="main" tabindex="-1" class="wrap">
                <DataNotice/>
                {children()}
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p>{move || i18n::FOOTER_TEXT.get(lang.get())}</p>
                </div>
            </footer>
            // Empty while the app runs. On a pre-rendered page, boot.js writes one of
            // these texts here while the app is on its way, or when it cannot start.
            <p
                id="app-status"
                class="app-status"
                role="status"
                data-starting=move || i18n::APP_STARTING.get(lang.get())
                data-failed=move || i18n::APP_FAILED.get(lang.get())
            ></p>
        }
        .into_any()
    }
}

/// The site's name and the main navigation, with the language switch.
#[component]
fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let nav_link = move |path: &'static str, text: Tr| {
        view! { <A href=move || links::href(path, lang.get())>{move || text.get(lang.get())}</A> }
    };
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                <A href=move || links::home(lang.get()) attr:class="brand">{i18n::APP_NAME}</A>
                <nav aria-label=move || i18n::NAV_LABEL.get(lang.get())>
                    {nav_link("/bandingkan", i18n::NAV_COMPARE)}
                    {nav_link("/peringkat", i18n::NAV_RANK)}
                    {nav_link("/program", i18n::NAV_PROGRAMS)}
                    {nav_link("/cek", i18n::NAV_CHECKER)}
                    <LangSwitch/>
                </nav>
            </div>
        </header>
    }
}

/// The address of this view without `?present=1`.
fn presentation_exit() -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let location = use_location();
    move || {
        let q = links::without_param(&location.search.get(), links::PRESENT_PARAM);
        let path = location.pathname.get();
        if q.is_empty() {
            path
        } else {
            format!("{path}?{q}")
        }
    }
}

/// Esc leaves presentation mode (unless something on the page used it first,
/// such as the search box closing its list).
#[cfg(target_arch = "wasm32")]
fn leave_presentation_on_escape(present: Memo<bool>) {
    let navigate = leptos_router::hooks::use_navigate();
    let exit = presentation_exit();
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() && present.get_untracked() {
            navigate(&exit(), links::nav_options(false));
        }
    });
    on_cleanup(move || esc.remove());
}

/// The router would treat `#main` as a navigation; move focus there ourselves
/// so the next Tab lands inside the content.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::app::browser::focus("main");
}

/// A link to the same view in the other language, keeping every other parameter.
#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let base = links::router_base();
    let target = move || {
        let other = match lang.get() {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        };
        let full = location.pathname.get();
        let path = full.strip_prefix(base.as_str()).unwrap_or(&full).to_string();
        let mut query = location.query.get();
        query.remove("lang");
        if other == Lang::En {
            query.insert("lang", "en".to_string());
        }
        let qs = query.to_query_string();
        let path = if path.is_empty() { "/".to_string() } else { path };
        format!("{base}{path}{qs}")
    };
    view! {
        <A
            href=target
            attr:class="lang-switch"
            attr:hreflang=move || if lang.get() == Lang::Id { "en" } else { "id" }
            attr:aria-label=move || i18n::SWITCH_LANG_LABEL.get(lang.get())
        >
            {move || i18n::SWITCH_LANG.get(lang.get())}
        </A>
    }
}

/// Says where the data on screen came from when it is not simply fresh: the
/// copy saved on this device (offline), or newer data that replaced it.
#[component]
fn DataNotice() -> impl IntoView {
    let lang = use_lang();
    let data = crate::app::data::use_data();
    move || {
        let d = data.ready()?;
        let l = lang.get();
        let date = |iso: &str| crate::core::format::date(iso, l);
        let published = date(&d.index.dataset.meta.published);
        let text = match &d.arrival {
            crate::app::data::Arrival::Fresh => return None,
            crate::app::data::Arrival::Offline => i18n::offline::offline_notice(l, &published),
            crate::app::data::Arrival::Replaced { before } => {
                i18n::offline::replaced_notice(l, &published, &date(before))
            }
        };
        Some(view! { <p class="data-notice" role="status">{text}</p> })
    }
}
