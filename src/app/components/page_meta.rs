//! A page's head: its title, a one-line description, the canonical address and
//! the link-preview tags (Open Graph, Twitter) that WhatsApp and chat apps read.
//! Pre-rendering writes them into each page's HTML; in the browser leptos_meta
//! keeps them up to date while the reader navigates.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use leptos_meta::{Link, Meta, Title};

use crate::app::i18n::{self, Lang};
use crate::app::links;

/// Marks a title given as is (see [`page_meta_as_is`]); [`full_title`]
/// takes it off. Never shown.
const AS_IS: char = '\u{1}';

/// The title the browser tab and link previews show for a page's own title:
/// "<title> · Cakupan", or the title alone when the page gave it as is. The
/// app's root `<Title formatter=full_title/>` (`App`) applies it to every
/// page's `<Title>`, here and while pre-rendering; `page_meta` applies it to
/// the link-preview titles.
pub fn full_title(title: String) -> String {
    match title.strip_prefix(AS_IS) {
        Some(whole) => whole.to_string(),
        None => format!("{title} · {}", i18n::APP_NAME),
    }
}

/// The formatter of the app's root `<Title>`: [`full_title`], and while
/// pre-rendering also escaped, because leptos_meta 0.8 writes the `<title>` of
/// a server-rendered page as given (a region name with `<` or `&` in it would
/// otherwise become markup). In the browser the title is set as text.
pub fn title_formatter(title: String) -> String {
    let full = full_title(title);
    if cfg!(target_arch = "wasm32") {
        full
    } else {
        crate::core::share::escape_xml(&full)
    }
}

/// Head tags for the page at `path` (an in-app path without the hosting
/// base). `title` is the page's own title: " · Cakupan" follows it.
pub fn page_meta(title: impl Into<TextProp>, description: String, path: &str, lang: Lang) -> impl IntoView {
    let page_title: TextProp = title.into();
    let title = page_title.clone();
    let title = TextProp::from(move || full_title(title.get().into_owned()));
    let url = links::canonical(path, lang);
    let image = links::asset_url(&preview_image(path));
    let image_alt = match lang {
        Lang::Id => "Kartu pratinjau Cakupan: nama wilayah dan angka utamanya dengan periode dan sumber",
        Lang::En => "Cakupan preview card: the region's name and headline figure with its period and source",
    };
    let locale = match lang {
        Lang::Id => "id_ID",
        Lang::En => "en_US",
    };
    view! {
        <Title text=page_title/>
        <Meta name="description" content=description.clone()/>
        <Link rel="canonical" href=url.clone()/>
        <Meta property="og:title" content=title.clone()/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:url" content=url/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:locale" content=locale/>
        <Meta property="og:site_name" content=i18n::APP_NAME/>
        <Meta property="og:image" content=image.clone()/>
        <Meta property="og:image:type" content="image/png"/>
        <Meta property="og:image:width" content="1200"/>
        <Meta property="og:image:height" content="630"/>
        <Meta property="og:image:alt" content=image_alt/>
        <Meta name="twitter:card" content="summary_large_image"/>
        <Meta name="twitter:image" content=image/>
        <Meta name="twitter:title" content=title/>
        <Meta name="twitter:description" content=description/>
    }
}

/// Head tags for a page whose title is complete as given, with no " · Cakupan"
/// after it: the home page (whose title starts with the app's name), embeds
/// (which sit in another site's page) and the offline page (which stands in
/// for any page).
pub fn page_meta_as_is(title: impl Into<TextProp>, description: String, path: &str, lang: Lang) -> impl IntoView {
    let title: TextProp = title.into();
    page_meta(move || format!("{AS_IS}{}", title.get()), description, path, lang)
}

/// The link-preview card of an in-app path (files drawn at build time by
/// `cakupan-prerender`, see src/card.rs): a region's own card, else the
/// generic one.
pub fn preview_image(path: &str) -> String {
    let path = path.split('?').next().unwrap_or(path);
    match path.strip_prefix("/wilayah/") {
        Some(code) if !code.is_empty() && !code.contains('/') => links::region_card(code),
        _ => links::GENERIC_CARD.to_string(),
    }
}
