//! `/luring`: what the service worker (public/sw.js) shows for a page that
//! was never opened on this device while the connection is down. It is served
//! in place of the requested page, so it cannot know that page's language:
//! it says everything in both. Complete without the app (`data-static`);
//! boot.js makes "Coba lagi" reload the requested address.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::components::page_meta::page_meta_as_is;
use crate::app::i18n::{offline as t, Lang};
use crate::app::links;

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        {page_meta_as_is(t::TITLE.get(Lang::Id), t::BODY.get(Lang::Id).to_string(), "/luring", Lang::Id)}
        <div class="offline-page">
            <h1>{t::TITLE.get(Lang::Id)}</h1>
            <p>{t::BODY.get(Lang::Id)}</p>
            <p lang="en" class="other-language"><strong>{t::TITLE.get(Lang::En)}.</strong> " " {t::BODY.get(Lang::En)}</p>
            <p>
                <button type="button" class="button" data-reload hidden>{t::RETRY}</button>
                " "
                <A href=links::home(Lang::Id) attr:class="button secondary">{t::HOME}</A>
            </p>
            <p class="hint">{t::SAVED.get(Lang::Id)}</p>
            <p class="hint" lang="en">{t::SAVED.get(Lang::En)}</p>
        </div>
    }
}
