//! Fetching the published dataset and sharing it with every page. The one
//! place that talks to the network: pages receive a ready `Data` or a
//! `LoadError` they can explain, never a half-loaded state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::index::DataIndex;
use crate::core::lang::Lang;
use crate::core::search::SearchIndex;
use crate::core::validate::{self, Fatal, Problem};

/// Relative to the document's base URL, so the app also works under a subpath.
pub const DATA_PATH: &str = "data/coverage.json";

/// A loaded, validated and indexed dataset. Cheap to clone.
#[derive(Clone)]
pub struct Data {
    pub index: Arc<DataIndex>,
    pub search: Arc<SearchIndex>,
    /// What the validator excluded or flagged, for the "data problems" page.
    pub problems: Arc<Vec<Problem>>,
    /// Where this copy came from (the service worker says, public/sw.js).
    pub arrival: Arrival,
}

/// How the dataset reached the reader.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Arrival {
    /// From the network (or bundled, when pre-rendering).
    #[default]
    Fresh,
    /// No connection: the copy saved on this device.
    Offline,
    /// From the network, replacing a saved copy published on another date.
    Replaced { before: String },
}

/// Why there is no dataset to show.
#[derive(Clone, Debug)]
pub enum LoadError {
    /// No response at all (offline, DNS, CORS, aborted).
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The server answered, but the body could not be read or decoded (a
    /// transfer cut off, a mislabelled compression, bytes that are not text).
    Body(String),
    /// A response came, but it is not a dataset we can read.
    Unreadable(Fatal),
}

impl LoadError {
    pub fn message(&self, lang: Lang) -> String {
        use crate::app::i18n;
        match self {
            LoadError::Network(_) => i18n::ERR_NETWORK.get(lang).to_string(),
            LoadError::Http(status) => i18n::err_http(lang, *status),
            LoadError::Body(_) => i18n::ERR_BODY.get(lang).to_string(),
            LoadError::Unreadable(_) => i18n::ERR_UNREADABLE.get(lang).to_string(),
        }
    }

    /// The technical detail for people reporting the problem.
    pub fn detail(&self, lang: Lang) -> String {
        match self {
            LoadError::Network(e) => e.clone(),
            LoadError::Http(s) => format!("HTTP {s}"),
            LoadError::Body(e) => e.clone(),
            LoadError::Unreadable(f) => f.message(lang),
        }
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<(String, Arrival), LoadError> {
    let resp = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    // gloo-net returns Ok for 404/500: only the status tells.
    if !resp.ok() {
        return Err(LoadError::Http(resp.status()));
    }
    let headers = resp.headers();
    let arrival = match (headers.get("x-cakupan-offline"), headers.get("x-cakupan-replaced")) {
        (Some(_), _) => Arrival::Offline,
        (None, Some(before)) => Arrival::Replaced { before },
        (None, None) => Arrival::Fresh,
    };
    let text = resp.text().await.map_err(|e| LoadError::Body(e.to_string()))?;
    Ok((text, arrival))
}

/// Validates and indexes a dataset's text. Shared by the browser (after the
/// fetch) and the pre-renderer (which reads the bundled file).
pub fn from_text(text: &str) -> Result<Data, LoadError> {
    let loaded = validate::load(text).map_err(LoadError::Unreadable)?;
    let search = SearchIndex::new(&loaded.dataset.regions);
    Ok(Data {
        index: Arc::new(DataIndex::new(loaded.dataset)),
        search: Arc::new(search),
        problems: Arc::new(loaded.problems),
        arrival: Arrival::Fresh,
    })
}

/// Lets the browser paint and handle input between two long steps, so no
/// single task blocks the page for long (browser only).
#[cfg(target_arch = "wasm32")]
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Fetches, validates and indexes the dataset (browser only).
#[cfg(target_arch = "wasm32")]
pub async fn load() -> Result<Data, LoadError> {
    let (text, arrival) = fetch_text(DATA_PATH).await?;
    yield_to_browser().await;
    let data = Data {
        arrival,
        ..from_text(&text)?
    };
    yield_to_browser().await;
    // For the benchmark: render timings are measured from this mark.
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("cakupan:data-ready");
    }
    Ok(data)
}

/// The dataset, shared by every page through context: `None` while it
/// travels, then the dataset or why it could not be read. In the browser the
/// app mounts once the first attempt has ended; when pre-rendering it is
/// given the bundled dataset at once.
#[derive(Clone, Copy)]
pub struct DataResource(pub RwSignal<Option<Result<Data, LoadError>>>);

impl DataResource {
    /// The dataset if it has arrived (tracked).
    pub fn ready(&self) -> Option<Data> {
        self.0.with(|r| r.as_ref().and_then(|r| r.as_ref().ok().cloned()))
    }

    /// The current state (tracked).
    pub fn get(&self) -> Option<Result<Data, LoadError>> {
        self.0.get()
    }

    /// Fetches the dataset again (after a failure).
    pub fn retry(&self) {
        #[cfg(target_arch = "wasm32")]
        {
            let state = self.0;
            state.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let result = load().await;
                state.set(Some(result));
            });
        }
    }
}

pub fn provide_data(initial: Option<Result<Data, LoadError>>) {
    provide_context(DataResource(RwSignal::new(initial)));
}

pub fn use_data() -> DataResource {
    expect_context::<DataResource>()
}
