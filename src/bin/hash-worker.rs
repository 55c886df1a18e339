//! The file-hashing Web Worker (built by Trunk as a worker next to the page).
fn main() {
    #[cfg(target_arch = "wasm32")]
    hmac_doctor::worker::start();
}
