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
mod shell;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::layout::Layout;
use pages::{
    checker::CheckerPage, compare::ComparePage, glossary::GlossaryPage, home::HomePage, not_found::NotFoundPage,
    problems::ProblemsPage, program::ProgramPage, programs::ProgramsPage, ranking::RankingPage, region::RegionPage,
    regional_role::RegionalRolePage,
};

/// Replaces the static first view of index.html with the live app.
pub fn mount() {
    let typed = shell::take_over();
    leptos::mount::mount_to_body(move || view! { <App typed=typed/> });
}

/// What the visitor typed into the static search box before the app arrived.
#[derive(Clone)]
pub struct TypedEarly(pub String);

#[component]
fn App(typed: String) -> impl IntoView {
    provide_meta_context();
    provide_context(TypedEarly(typed));
    data::provide_data();
    view! {
        <Router base=links::router_base()>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
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
