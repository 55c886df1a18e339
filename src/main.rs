fn main() {
    #[cfg(target_arch = "wasm32")]
    hmac_doctor::start();
}
