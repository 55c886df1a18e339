//! HMAC Doctor: compute, compare and diagnose HMAC signatures in the browser.
//!
//! [`engine`] is pure Rust (unit-tested natively); [`web`] is the browser-only machinery
//! (scheduler, WebCrypto hasher, worker and its protocol); [`app`] is the Yew shell. The last
//! two are built only for the browser.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// Mounts the page on `<body>`, shows a visible message should anything panic, and
/// registers the offline service worker.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("HMAC Doctor panicked: {info}").into());
        show_crash_message();
    }));
    yew::Renderer::<app::App>::new().render();
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().service_worker().register("./sw.js");
    }
}

/// Puts a visible "something went wrong — reload" banner on the page (called by the panic
/// hook, so that a panic never leaves a silently dead page).
#[cfg(target_arch = "wasm32")]
pub fn show_crash_message() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.get_element_by_id("crash").is_some() {
        return;
    }
    if let (Ok(el), Some(body)) = (doc.create_element("div"), doc.body()) {
        el.set_id("crash");
        let _ = el.set_attribute("role", "alert");
        el.set_text_content(Some(
            "Something went wrong — reload the page. Nothing you typed was sent anywhere.",
        ));
        let _ = body.prepend_with_node_1(&el);
    }
}

/// One-shot HMAC for scripts on the page (the benchmark calls it): `alg` is an
/// [`engine::Algorithm::id`]; an unknown id means HMAC-SHA256.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hmac_bytes(alg: &str, key: &[u8], data: &[u8]) -> Vec<u8> {
    engine::Algorithm::from_id(alg).unwrap_or_default().mac(key, data)
}
