//! The browser app: routes, layout and pages. Thin by design: pages read the
//! core (`crate::core`) and render; they hold no rules about the data.
//!
//! The only state that outlives a page is the URL (path, `?lang=en`, view
//! parameters), so any view can be shared as a link.

pub mod browser;
pub mod clock;
pub mod components;
pub mod data;
pub mod i18n;
pub mod links;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(target_arch = "wasm32")]
mod shell;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::layout::Layout;
use pages::{
    checker::CheckerPage,
    compare::ComparePage,
    embed::{EmbedComparePage, EmbedRegionPage},
    glossary::GlossaryPage,
    home::HomePage,
    map::MapPage,
    not_found::NotFoundPage,
    offline::OfflinePage,
    problems::ProblemsPage,
    program::ProgramPage,
    programs::ProgramsPage,
    ranking::RankingPage,
    region::RegionPage,
    regional_role::RegionalRolePage,
    regions::RegionsPage,
};

/// Starts the app in the browser: fetches the dataset while the pre-rendered
/// page stays on screen, then takes that page over with the live app.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    shell::drop_index_html();
    wasm_bindgen_futures::spawn_local(async {
        pages::map::prefetch().await;
        match data::load().await {
            // The dataset could not be read, but the pre-rendered page is there:
            // keep it readable, say what went wrong above it, and offer a retry.
            Err(e) if shell::has_page() => show_load_error(e),
            data => take_over(data),
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn take_over(data: Result<data::Data, data::LoadError>) {
    let Some(kept) = shell::take_over() else {
        return;
    };
    let container = kept.container.clone();
    leptos::mount::mount_to(container, move || view! { <App data=Some(data)/> }).forget();
    shell::restore(kept);
}

/// The load error above the pre-rendered page; a retry that succeeds takes the page over.
#[cfg(target_arch = "wasm32")]
fn show_load_error(error: data::LoadError) {
    let Some(slot) = shell::error_slot() else {
        return;
    };
    let lang = shell::url_lang();
    let state = RwSignal::new((error, 0u32));
    let retry = move || {
        wasm_bindgen_futures::spawn_local(async move {
            match data::load().await {
                Ok(d) => {
                    shell::remove_error_slot();
                    take_over(Ok(d));
                }
                Err(e) => state.update(|(err, n)| {
                    *err = e;
                    *n += 1;
                }),
            }
        });
    };
    leptos::mount::mount_to(slot, move || {
        move || state.with(|(e, n)| components::data_gate::load_error(e, lang, true, *n, retry))
    })
    .forget();
}

/// The whole app: the router and its routes. `data` is the dataset when it
/// is already there (pre-rendering; the browser after its first fetch).
#[component]
pub fn App(data: Option<Result<data::Data, data::LoadError>>) -> impl IntoView {
    provide_meta_context();
    data::provide_data(data);
    view! {
        // Every page gives only its own title; this adds " · Cakupan".
        <Title formatter=components::page_meta::title_formatter/>
        <Router base=links::router_base()>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/wilayah") view=RegionsPage/>
                    <Route path=path!("/wilayah/:code") view=RegionPage/>
                    <Route path=path!("/masalah-data") view=ProblemsPage/>
                    <Route path=path!("/bandingkan") view=ComparePage/>
                    <Route path=path!("/peringkat") view=RankingPage/>
                    <Route path=path!("/peta") view=MapPage/>
                    <Route path=path!("/program") view=ProgramsPage/>
                    <Route path=path!("/program/:slug") view=ProgramPage/>
                    <Route path=path!("/peran-pemda") view=RegionalRolePage/>
                    <Route path=path!("/glosarium") view=GlossaryPage/>
                    <Route path=path!("/cek") view=CheckerPage/>
                    <Route path=path!("/sematkan/wilayah/:code") view=EmbedRegionPage/>
                    <Route path=path!("/sematkan/bandingkan") view=EmbedComparePage/>
                    <Route path=path!("/luring") view=OfflinePage/>
                </Routes>
            </Layout>
        </Router>
    }
}
