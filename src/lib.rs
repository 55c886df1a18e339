//! HMAC Doctor: compute, compare and diagnose HMAC signatures in the browser.
//!
//! [`engine`] is pure Rust (unit-tested natively); [`app`] is the Yew shell, built only
//! for the browser.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(target_arch = "wasm32")]
pub mod worker;

/// Mounts the page on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

/// One-shot HMAC for scripts on the page (the benchmark calls it): `alg` is an
/// [`engine::Algorithm::id`]; an unknown id means HMAC-SHA256.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hmac_bytes(alg: &str, key: &[u8], data: &[u8]) -> Vec<u8> {
    engine::Algorithm::from_id(alg).unwrap_or_default().mac(key, data)
}
