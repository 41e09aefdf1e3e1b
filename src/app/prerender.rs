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
    /// The in-app path rendered (without the hosting base).
    pub route: String,
}

impl Rendered {
    /// An embeddable view: links open outside the host's frame.
    fn is_embed(&self) -> bool {
        self.route.starts_with("/sematkan/")
    }

    /// A page complete without the app: a region's embed, which is all
    /// figures and links. boot.js does not start the app there (unless the
    /// reader asked for English, which only the app can show), so an embed in
    /// a news story costs its readers a few kilobytes, not the app.
    pub fn is_static(&self) -> bool {
        self.route.starts_with("/sematkan/wilayah/") || self.route == "/luring"
    }
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
        let app = view! { <App data=data/> };
        let stream = futures::stream::once(async { "<head></head>".to_string() }).chain(app.to_html_stream_in_order());
        futures::executor::block_on(async move {
            let injected = meta_out.inject_meta_context(Box::pin(stream)).await;
            injected.collect::<Vec<String>>().await.concat()
        })
    });
    drop(owner);
    let (head, body) = html.split_once("</head>").unwrap_or(("", &html));
    let base = crate::app::links::router_base();
    Rendered {
        head: head.trim_start_matches("<head>").to_string(),
        body: body.to_string(),
        route: path_with_base
            .strip_prefix(base.as_str())
            .unwrap_or(path_with_base)
            .to_string(),
    }
}

/// The address 404.html is rendered from: one the app does not know.
pub const FALLBACK_ROUTE: &str = "/halaman-tidak-ada";

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
        "/peta",
        "/bandingkan",
        "/masalah-data",
        "/luring",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    routes.extend(Program::ALL.iter().map(|p| format!("/program/{}", p.slug())));
    let regions = &data.index.dataset.regions;
    routes.extend(regions.iter().map(|r| format!("/wilayah/{}", r.code)));
    routes.push("/sematkan/bandingkan".to_string());
    routes.extend(regions.iter().map(|r| format!("/sematkan/wilayah/{}", r.code)));
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
    if page.is_embed() {
        out = out.replacen("<base ", "<base target=\"_blank\" ", 1);
        out = out.replacen("<html ", "<html class=\"embedded\" ", 1);
    }
    if page.is_static() {
        out = out.replacen("<html ", "<html data-static=\"1\" ", 1);
    }
    // 404.html stands for every unknown address: only the app can say which one
    // was asked for (a region code that does not exist, say), so boot.js starts
    // it at once there rather than on first use.
    if page.route == FALLBACK_ROUTE {
        out = out.replacen("<html ", "<html data-start=\"now\" ", 1);
    }
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
    // Embeds are parts of other sites' pages, not pages to find.
    for r in routes
        .iter()
        .filter(|r| !r.starts_with("/sematkan/") && r.as_str() != "/luring")
    {
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

/// A script without its whole-line comments: lines that are only a `//`
/// comment, and `/** … */` blocks that start a line. Code and comments at the
/// end of a line of code are left as they are, so no string or regular
/// expression can be cut; blank lines go too.
pub fn without_comment_lines(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let trimmed = line.trim_start();
        if in_block {
            in_block = !trimmed.contains("*/");
            continue;
        }
        if trimmed.starts_with("/**") {
            in_block = !trimmed.contains("*/");
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The service worker (public/sw.js) for this build: its cache is named by
/// the release (a hash of the app's file names, which Trunk derives from their
/// contents, and of the two files Trunk does not name by content: the worker
/// itself and `boot`, public/boot.js, which the cache serves first). It lists two sets of files, relative to the site's base, where
/// sw.js lives: the reading shell it caches when it installs (every CSS and JS
/// file the page template names, boot.js, the manifest and icons) and the app
/// (the wasm and its JS glue), kept only once the reader has used the app.
pub fn service_worker(template: &str, page_template: &str, boot: &str) -> Result<String, String> {
    let base = crate::app::links::router_base();
    let own_path = |value: &str| {
        let path = value
            .strip_prefix(base.as_str())
            .unwrap_or(value)
            .trim_start_matches('/')
            .to_string();
        (!path.contains("://") && !path.is_empty()).then_some(path)
    };
    let values = |attr: &str| -> Vec<String> {
        page_template
            .split(attr)
            .skip(1)
            .filter_map(|part| part.split('"').next())
            .filter_map(own_path)
            .collect()
    };
    let mut app: Vec<String> = ["data-cakupan-js=\"", "data-cakupan-wasm=\""]
        .iter()
        .flat_map(|attr| values(attr))
        .collect();
    app.sort();
    app.dedup();
    let mut shell: Vec<String> = ["href=\"", "src=\""]
        .iter()
        .flat_map(|attr| values(attr))
        .filter(|path| {
            [".css", ".js", ".svg", ".webmanifest", ".png"]
                .iter()
                .any(|e| path.ends_with(e))
                && !app.contains(path)
        })
        .chain(["icon-192.png", "icon-512.png"].map(String::from))
        .collect();
    shell.sort();
    shell.dedup();
    if !app.iter().any(|p| p.ends_with(".wasm")) {
        return Err("index.html names no wasm file: the service worker would cache no app".into());
    }
    let version = format!(
        "{:016x}",
        crate::card::fnv1a(&[&shell.join("\n"), &app.join("\n"), template, boot])
    );
    let json = |list: &[String]| serde_json::to_string(list).map_err(|e| e.to_string());
    const VERSION: &str = "\"__CAKUPAN_VERSION__\"";
    const SHELL: &str = "/*__CAKUPAN_SHELL__*/ []";
    const APP: &str = "/*__CAKUPAN_APP__*/ []";
    if ![VERSION, SHELL, APP].iter().all(|p| template.contains(p)) {
        return Err("sw.js: the VERSION, SHELL or APP placeholder is missing".into());
    }
    Ok(template
        .replacen(VERSION, &format!("\"{version}\""), 1)
        .replacen(SHELL, &json(&shell)?, 1)
        .replacen(APP, &json(&app)?, 1))
}
