//! The pre-render step (native): every route of the app rendered to HTML by
//! the app's own components, from the bundled dataset.

use cakupan::app::{data, prerender};

fn bundled() -> data::Data {
    let text = std::fs::read_to_string("public/data/coverage.json").expect("bundled dataset");
    data::from_text(&text).unwrap_or_else(|e| panic!("bundled dataset: {e:?}"))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn every_region_in_the_dataset_gets_its_own_page() {
    let data = bundled();
    prerender::init();
    let routes = prerender::routes(&data);
    for r in &data.index.dataset.regions {
        let route = format!("/wilayah/{}", r.code);
        assert!(routes.contains(&route), "{route} is not pre-rendered");
        let page = prerender::render(&route, &data);
        assert!(
            page.body.contains(&format!("<h1>{}</h1>", escape(&r.name))),
            "{route}: the page's heading is the region's name"
        );
        assert!(
            page.head
                .contains(&format!("<title>{} · Cakupan</title>", escape(&r.name))),
            "{route}: title"
        );
        assert!(page.head.contains("name=\"description\""), "{route}: description");
        assert!(
            !page.body.contains("Memuat data"),
            "{route}: pre-rendered pages never show a loading state"
        );
    }
}

#[test]
fn the_fixed_pages_are_rendered_with_their_content() {
    let data = bundled();
    prerender::init();
    let routes = prerender::routes(&data);
    for fixed in [
        "/",
        "/wilayah",
        "/program",
        "/program/jkm",
        "/peran-pemda",
        "/glosarium",
        "/cek",
        "/peringkat",
        "/bandingkan",
        "/masalah-data",
    ] {
        assert!(routes.iter().any(|r| r == fixed), "{fixed} is not pre-rendered");
    }
    let jkm = prerender::render("/program/jkm", &data);
    assert!(jkm.body.contains("Jaminan Kematian"));
    assert!(jkm.head.contains("<title>Jaminan Kematian (JKM) · Cakupan</title>"));
    let all = prerender::render("/wilayah", &data);
    let provinces = data.index.provinces_by_name();
    assert_eq!(
        all.body.matches("class=\"province-block\"").count(),
        provinces.len() + 1,
        "one block per province, plus national and branches"
    );
    for kid in data.index.dataset.regions.iter().filter(|r| r.province.is_some()) {
        assert!(
            all.body.contains(&format!("href=\"/wilayah/{}\"", kid.code)),
            "/wilayah links to {}",
            kid.code
        );
    }
    let checker = prerender::render("/cek", &data);
    assert!(checker.body.contains("Cek iuran dan manfaat"));
    let missing = prerender::render("/halaman-tidak-ada", &data);
    assert!(missing.body.contains("Halaman tidak ditemukan"));
}

#[test]
fn documents_fill_the_template_markers_and_refuse_a_template_without_them() {
    let template = "<html><head><!--cakupan-head--><link rel=x></head><body><div id=\"app\"><!--app-->static<!--/app--></div></body></html>";
    let page = prerender::Rendered {
        head: "<title>T</title>".into(),
        body: "<main>page</main>".into(),
        route: "/".into(),
    };
    let doc = prerender::document(template, &page).unwrap();
    assert_eq!(
        doc,
        "<html><head><!--cakupan-head--><title>T</title><!--/cakupan-head--><link rel=x></head><body><div id=\"app\"><!--app--><main>page</main><!--/app--></div></body></html>"
    );
    assert!(prerender::document("<html><head></head><body></body></html>", &page).is_err());
}

#[test]
fn documents_leave_out_the_app_preloads_so_the_page_downloads_first() {
    let template = "<head><!--cakupan-head--><link rel=\"stylesheet\" href=\"/main.css\"/>\n<link rel=\"modulepreload\" href=\"/app.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/app_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head><body><div id=\"app\"><!--app--><!--/app--></div></body>";
    let page = prerender::Rendered {
        head: String::new(),
        body: String::new(),
        route: "/".into(),
    };
    let doc = prerender::document(template, &page).unwrap();
    assert!(doc.contains("<link rel=\"stylesheet\" href=\"/main.css\"/>"));
    assert!(!doc.contains("modulepreload"));
    assert!(!doc.contains("application/wasm"));
}

#[test]
fn a_region_embed_is_static_and_opens_links_outside_the_frame() {
    let template = "<html lang=\"id\"><head><base href=\"/\"><!--cakupan-head--></head><body><div id=\"app\"><!--app--><!--/app--></div><script type=\"module\" src=\"/boot.js\" data-cakupan-js=\"/app.js\"></script></body></html>";
    let page = |route: &str| prerender::Rendered {
        head: String::new(),
        body: "<main>figures</main>".into(),
        route: route.into(),
    };
    let embed = prerender::document(template, &page("/sematkan/wilayah/72.08")).unwrap();
    assert!(embed.contains("<base target=\"_blank\" href=\"/\">"));
    assert!(
        embed.contains("<html data-static=\"1\" class=\"embedded\" lang=\"id\">"),
        "{embed}"
    );
    // The comparison embed needs the app to read its query.
    let chart = prerender::document(template, &page("/sematkan/bandingkan")).unwrap();
    assert!(!chart.contains("data-static") && chart.contains("target=\"_blank\""));
    let normal = prerender::document(template, &page("/wilayah/72.08")).unwrap();
    assert!(!normal.contains("data-static") && !normal.contains("_blank") && !normal.contains("embedded"));
    // Every other page waits for the reader to use a control; 404.html, which
    // stands for any unknown address, has the app start at once to read it.
    assert!(!normal.contains("data-start"));
    let fallback = prerender::document(template, &page(prerender::FALLBACK_ROUTE)).unwrap();
    assert!(fallback.contains("<html data-start=\"now\" lang=\"id\">"), "{fallback}");
}

#[test]
fn the_service_worker_is_named_by_the_release_and_keeps_the_app_apart_from_the_reading_shell() {
    let sw = "const VERSION = \"__CAKUPAN_VERSION__\";\nconst SHELL = /*__CAKUPAN_SHELL__*/ [];\nconst APP = /*__CAKUPAN_APP__*/ [];\n";
    let page = |wasm: &str| {
        format!("<link rel=\"icon\" href=\"favicon.svg\"><link rel=\"stylesheet\" href=\"/main-1234.css\"><a href=\"https://example.org/x.js\">x</a><script src=\"/boot.js\" data-cakupan-js=\"/app-1.js\" data-cakupan-wasm=\"/{wasm}\"></script>")
    };
    let one = prerender::service_worker(sw, &page("app-1_bg.wasm"), "boot").unwrap();
    // Installing caches what reading needs; the app only once it has been used.
    assert!(
        one.contains("SHELL = [\"boot.js\",\"favicon.svg\",\"icon-192.png\",\"icon-512.png\",\"main-1234.css\"]"),
        "{one}"
    );
    assert!(one.contains("APP = [\"app-1.js\",\"app-1_bg.wasm\"]"), "{one}");
    assert!(!one.contains("example.org") && !one.contains("__CAKUPAN_"));
    // A new release (another wasm) gets another cache name; the same release the same.
    let two = prerender::service_worker(sw, &page("app-2_bg.wasm"), "boot").unwrap();
    let version = |s: &str| s.split('"').nth(1).unwrap().to_string();
    assert_ne!(version(&one), version(&two));
    assert_eq!(
        version(&one),
        version(&prerender::service_worker(sw, &page("app-1_bg.wasm"), "boot").unwrap())
    );
    // So does a release that changes only boot.js (served from the cache first).
    assert_ne!(
        version(&one),
        version(&prerender::service_worker(sw, &page("app-1_bg.wasm"), "boot, changed").unwrap())
    );
    assert!(prerender::service_worker(sw, "<html></html>", "boot").is_err());
    assert!(prerender::service_worker("const VERSION = 1;", &page("a.wasm"), "boot").is_err());
    let no_app_list = sw.replace("/*__CAKUPAN_APP__*/ []", "[]");
    assert!(prerender::service_worker(&no_app_list, &page("a.wasm"), "boot").is_err());
}

/// Data is text: a name with markup in it reaches the pre-rendered page, head
/// included, as text (leptos_meta writes the `<title>` as given).
#[test]
fn markup_in_a_region_name_stays_text_in_the_pre_rendered_page() {
    let text = std::fs::read_to_string("public/data/coverage.json").expect("bundled dataset");
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let region = json["regions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["code"] == "72.10")
        .expect("Sigi in the bundled dataset");
    region["name"] = "Kabupaten </title><b>Sigi</b> & \"Co\"".into();
    let data = data::from_text(&json.to_string()).unwrap_or_else(|e| panic!("{e:?}"));
    prerender::init();
    let page = prerender::render("/wilayah/72.10", &data);
    let all = format!("{}{}", page.head, page.body);
    assert!(
        !all.contains("<b>Sigi</b>"),
        "markup from the data was written as markup"
    );
    assert!(
        page.head
            .contains("<title>Kabupaten &lt;/title&gt;&lt;b&gt;Sigi&lt;/b&gt; &amp; &quot;Co&quot; · Cakupan</title>"),
        "title: {}",
        page.head
    );
}

#[test]
fn shipped_scripts_lose_whole_line_comments_and_nothing_else() {
    let js = "// A note.\n/**\n * A block.\n */\nconst a = \"http://x\"; // kept\n  /** one line */\nconst re = /\\/\\//;\n\n/*__CAKUPAN_SHELL__*/ [];\n";
    assert_eq!(
        prerender::without_comment_lines(js),
        "const a = \"http://x\"; // kept\nconst re = /\\/\\//;\n/*__CAKUPAN_SHELL__*/ [];\n"
    );
    // The real files still parse as the same statements (checked by the browser
    // suite); here: their placeholders survive.
    let sw = prerender::without_comment_lines(include_str!("../public/sw.js"));
    assert!(sw.contains("/*__CAKUPAN_SHELL__*/ []") && sw.contains("/*__CAKUPAN_APP__*/ []"));
    assert!(!sw.contains("// "));
}
