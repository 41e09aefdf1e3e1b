//! Browser entry point: installs the panic hook and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    cakupan::app::start();
}

/// Natively the app is only pre-rendered (`cakupan-prerender`); this binary does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("cakupan is a browser app: build it with `trunk build --release`.");
}
