//! Pre-rendering (native, build time): every route of the app rendered to
//! HTML by the app's own components, with the bundled dataset given at once,
//! so each link opens a real page that is readable before (and without) the
//! wasm. `cakupan-prerender` (a Trunk post-build hook) writes the files.
//!
//! Leptos renders with its `ssr` feature. The dataset is provided as a ready
//! value (no fetch), effects do not run, and browser-only calls (focus,
//! clipboard, downloads) live in event handlers and effects, so they never run here.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::data::Data;
use crate::app::App;
use crate::core::dataset::RegionKind;
use crate::core::programs::Program;

/// A rendered route: what goes into `<head>` and into `<div id="app">`.
pub struct Rendered {
    pub head: String,
    pub body: String,
}

/// Starts the executor Leptos needs to render (once per process).
pub fn init() {
    let _ = any_spawner::Executor::init_futures_executor();
}

/// Renders one path (with the hosting base, as a browser would request it).
pub fn render(path_with_base: &str, data: &Data) -> Rendered {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(path_with_base));
        let (meta, meta_out) = ServerMetaContext::new();
        provide_context(meta);
        let data = Some(Ok(data.clone()));
        let app = view! { <App typed=String::new() data=data/> };
        let stream = futures::stream::once(async { "<head></head>".to_string() }).chain(app.to_html_stream_in_order());
        futures::executor::block_on(async move {
            let injected = meta_out.inject_meta_context(Box::pin(stream)).await;
            injected.collect::<Vec<String>>().await.concat()
        })
    });
    drop(owner);
    let (head, body) = html.split_once("</head>").unwrap_or(("", &html));
    Rendered {
        head: head.trim_start_matches("<head>").to_string(),
        body: body.to_string(),
    }
}

/// Every route that gets its own file (paths without the hosting base).
pub fn routes(data: &Data) -> Vec<String> {
    let mut routes: Vec<String> = [
        "/",
        "/wilayah",
        "/program",
        "/peran-pemda",
        "/glosarium",
        "/cek",
        "/peringkat",
        "/bandingkan",
        "/masalah-data",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    routes.extend(Program::ALL.iter().map(|p| format!("/program/{}", p.slug())));
    routes.extend(
        data.index
            .dataset
            .regions
            .iter()
            .map(|r| format!("/wilayah/{}", r.code)),
    );
    routes
}

/// The number of kabupaten/kota and provinces, for the build report.
pub fn count_regions(data: &Data) -> (usize, usize) {
    let regions = &data.index.dataset.regions;
    let provinces = regions.iter().filter(|r| r.kind == RegionKind::Provinsi).count();
    (regions.len(), provinces)
}

/// Fills Trunk's `index.html` with a rendered page: the page's head tags go
/// between `<!--cakupan-head-->` markers (the app removes them when it takes
/// over), its markup replaces the static first view between `<!--app-->` and
/// `<!--/app-->`.
pub fn document(template: &str, page: &Rendered) -> Result<String, String> {
    const HEAD: &str = "<!--cakupan-head-->";
    const APP_START: &str = "<!--app-->";
    const APP_END: &str = "<!--/app-->";
    let head_at = template
        .find(HEAD)
        .ok_or("index.html has no <!--cakupan-head--> marker")?;
    let start = template.find(APP_START).ok_or("index.html has no <!--app--> marker")?;
    let end = template.find(APP_END).ok_or("index.html has no <!--/app--> marker")?;
    if !(head_at < start && start < end) {
        return Err("index.html markers are out of order".into());
    }
    let mut out = String::with_capacity(template.len() + page.head.len() + page.body.len());
    out.push_str(&template[..head_at + HEAD.len()]);
    out.push_str(&page.head);
    out.push_str("<!--/cakupan-head-->");
    out.push_str(&template[head_at + HEAD.len()..start + APP_START.len()]);
    out.push_str(&page.body);
    out.push_str(&template[end..]);
    // The page is readable from its HTML and CSS alone: the app's wasm and JS
    // must not compete with them for the first bytes on a slow connection.
    // boot.js starts those downloads once the page has painted.
    Ok(without_app_preloads(&out))
}

/// Removes the `<link>` tags Trunk adds to preload the app's wasm and JS.
fn without_app_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link ") {
        let Some(len) = rest[at..].find('>') else { break };
        let tag = &rest[at..at + len + 1];
        out.push_str(&rest[..at]);
        if !(tag.contains("rel=\"modulepreload\"") || tag.contains("application/wasm")) {
            out.push_str(tag);
        }
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}

/// sitemap.xml: every pre-rendered page, absolute when the site URL is set.
pub fn sitemap(routes: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for r in routes {
        let loc = crate::app::links::canonical(r, crate::core::lang::Lang::Id);
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", escape_xml(&loc)));
    }
    out.push_str("</urlset>\n");
    out
}

/// robots.txt: everything may be indexed; the sitemap is named when the site URL is known.
pub fn robots() -> String {
    let site = crate::app::links::site_url();
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if !site.is_empty() {
        out.push_str(&format!(
            "Sitemap: {}\n",
            crate::app::links::canonical("/sitemap.xml", crate::core::lang::Lang::Id)
        ));
    }
    out
}

fn escape_xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
