//! The page's Web Worker (built by Trunk as a worker next to the page): hashes message files
//! and runs diagnoses off the main thread (`hmac_doctor::web::worker`).
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        hmac_doctor::engine::diagnosis::message::enable_decompression();
        hmac_doctor::web::worker::start();
    }
}
