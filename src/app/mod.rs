//! The browser app: routes, layout and pages. Thin by design: pages read the
//! core (`crate::core`) and render; they hold no rules about the data.
//!
//! The only state that outlives a page is the URL (path, `?lang=en`, view
//! parameters), so any view can be shared as a link.

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
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::layout::Layout;
use pages::{
    checker::CheckerPage, compare::ComparePage, glossary::GlossaryPage, home::HomePage, not_found::NotFoundPage,
    problems::ProblemsPage, program::ProgramPage, programs::ProgramsPage, ranking::RankingPage, region::RegionPage,
    regional_role::RegionalRolePage, regions::RegionsPage,
};

/// Starts the app in the browser: fetches the dataset while the pre-rendered
/// page stays on screen, then takes that page over with the live app.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let data = data::load().await;
        let Some(kept) = shell::take_over() else {
            return;
        };
        let typed = kept.typed.clone();
        let container = kept.container.clone();
        leptos::mount::mount_to(container, move || view! { <App typed=typed data=Some(data)/> }).forget();
        shell::restore(kept);
    });
}

/// What the visitor typed into the static search box before the app arrived.
#[derive(Clone)]
pub struct TypedEarly(pub String);

/// The whole app: the router and its routes. `data` is the dataset when it
/// is already there (pre-rendering; the browser after its first fetch).
#[component]
pub fn App(typed: String, data: Option<Result<data::Data, data::LoadError>>) -> impl IntoView {
    provide_meta_context();
    provide_context(TypedEarly(typed));
    data::provide_data(data);
    view! {
        <Router base=links::router_base()>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/wilayah") view=RegionsPage/>
                    <Route path=path!("/wilayah/:code") view=RegionPage/>
                    <Route path=path!("/masalah-data") view=ProblemsPage/>
                    <Route path=path!("/bandingkan") view=ComparePage/>
                    <Route path=path!("/peringkat") view=RankingPage/>
                    <Route path=path!("/program") view=ProgramsPage/>
                    <Route path=path!("/program/:slug") view=ProgramPage/>
                    <Route path=path!("/peran-pemda") view=RegionalRolePage/>
                    <Route path=path!("/glosarium") view=GlossaryPage/>
                    <Route path=path!("/cek") view=CheckerPage/>
                </Routes>
            </Layout>
        </Router>
    }
}
