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
        <Meta name="twitter:card" content="summary"/>
        <Meta name="twitter:title" content=title/>
        <Meta name="twitter:description" content=description/>
    }
}
