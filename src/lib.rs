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
