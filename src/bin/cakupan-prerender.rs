//! Writes a pre-rendered HTML file for every route of the app into a built
//! site (Trunk's staging folder), from the app's own components and the
//! bundled dataset. Run by Trunk's post-build hook (Trunk.toml):
//!
//!   cakupan-prerender <site folder>
//!
//! Environment: `CAKUPAN_SITE_URL` (e.g. `https://cakupan.example.org`) makes
//! canonical and link-preview URLs absolute and fills sitemap.xml; without it
//! they stay relative to the host.
//!
//! It also draws the link-preview cards (`kartu/wilayah/<code>.png`,
//! `kartu/cakupan.png`; see `cakupan::card`), cached in
//! `$CARGO_TARGET_DIR/cakupan-cards` (default `target/cakupan-cards`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = cli::run() {
        eprintln!("cakupan-prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::fs;
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    use cakupan::app::{data, links, prerender};
    use cakupan::card;

    pub fn run() -> Result<(), String> {
        let site = std::env::args()
            .nth(1)
            .ok_or("usage: cakupan-prerender <site folder>")?;
        let site = PathBuf::from(site);
        let started = Instant::now();
        let template = read(&site.join("index.html"))?;
        let base = base_href(&template).unwrap_or_else(|| "/".to_string());
        links::set_prerender_base(&base);
        links::set_site_url(&std::env::var("CAKUPAN_SITE_URL").unwrap_or_default());
        let text = read(&site.join(data::DATA_PATH))?;
        let dataset = data::from_text(&text).map_err(|e| format!("the bundled dataset cannot be read: {e:?}"))?;
        prerender::init();
        // The map's points (data/centroids.csv projected, core::map): a bad row stops the build.
        let points = cakupan::app::pages::map::bundled_points()?;
        write(&site.join(cakupan::app::pages::map::POINTS_PATH), &points.to_json())?;

        let routes = prerender::routes(&dataset);
        for route in &routes {
            let page = prerender::render(&format!("{}{}", base.trim_end_matches('/'), route), &dataset);
            let html = prerender::document(&template, &page)?;
            write(&site.join(file_for(route)), &html)?;
        }
        // Unknown paths: the app's not-found page, served with status 404 by hosts that use 404.html.
        let missing = prerender::render(
            &format!("{}{}", base.trim_end_matches('/'), prerender::FALLBACK_ROUTE),
            &dataset,
        );
        write(&site.join("404.html"), &prerender::document(&template, &missing)?)?;
        write(&site.join("sitemap.xml"), &prerender::sitemap(&routes))?;
        write(&site.join("robots.txt"), &prerender::robots())?;
        // Offline use: the service worker of this release, and the manifest's icons.
        // The scripts ship without their whole-line comments (the source keeps them):
        // boot.js is part of every page's first view.
        let boot = prerender::without_comment_lines(&read(&site.join("boot.js"))?);
        write(&site.join("boot.js"), &boot)?;
        let sw = prerender::without_comment_lines(&read(&site.join("sw.js"))?);
        write(&site.join("sw.js"), &prerender::service_worker(&sw, &template, &boot)?)?;
        card::write_icons(&site).map_err(|e| format!("app icons: {e}"))?;

        let (regions, provinces) = prerender::count_regions(&dataset);
        eprintln!(
            "cakupan-prerender: {} pages ({} region pages, {} provinces) and 404.html in {:.1} s",
            routes.len(),
            regions,
            provinces,
            started.elapsed().as_secs_f64()
        );

        // Link-preview cards (og:image): one per region page and one for the rest.
        let started = Instant::now();
        let cards = card::all(&dataset.index);
        let cache = card::default_cache_dir();
        let report = card::write_all(&site, &cards, &cache, 2)
            .map_err(|e| format!("link-preview cards could not be drawn: {e}"))?;
        eprintln!(
            "cakupan-prerender: {} link-preview cards ({} drawn, {} from {}), {:.1} MB, in {:.1} s",
            report.cards,
            report.rendered,
            report.cards - report.rendered,
            cache.display(),
            report.bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
        Ok(())
    }

    /// `/` → `index.html`; `/wilayah/72.08` → `wilayah/72.08/index.html`.
    fn file_for(route: &str) -> PathBuf {
        let trimmed = route.trim_matches('/');
        if trimmed.is_empty() {
            PathBuf::from("index.html")
        } else {
            Path::new(trimmed).join("index.html")
        }
    }

    /// The `href` of the template's `<base>` (Trunk writes the public URL there).
    fn base_href(html: &str) -> Option<String> {
        let start = html.find("<base ")?;
        let tag = &html[start..start + html[start..].find('>')?];
        let href = tag.split("href=\"").nth(1)?.split('"').next()?;
        Some(href.to_string())
    }

    fn read(path: &Path) -> Result<String, String> {
        fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }
}
