//! A page's head: its title, a one-line description, the canonical address and
//! the link-preview tags (Open Graph, Twitter) that WhatsApp and chat apps read.
//! Pre-rendering writes them into each page's HTML; in the browser leptos_meta
//! keeps them up to date while the reader navigates.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use leptos_meta::{Link, Meta, Title};

use crate::app::i18n::{self, Lang};
use crate::app::links;

/// Head tags for the page at `path` (an in-app path without the hosting base).
pub fn page_meta(title: impl Into<TextProp>, description: String, path: &str, lang: Lang) -> impl IntoView {
    let title: TextProp = title.into();
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
        <Title text=title.clone()/>
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
