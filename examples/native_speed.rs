//! Native HMAC throughput of the engine, for the benchmark's "wasm vs native" ratio. Build it
//! with `RUSTFLAGS='--cfg sha2_backend="soft"'` to compare with wasm on equal terms (wasm has
//! no SHA instructions). Prints one JSON object.
use hmac_doctor::engine::Algorithm;
use std::time::Instant;

fn main() {
    let mut out = Vec::new();
    for (alg, name) in
        [(Algorithm::Sha256, "sha256"), (Algorithm::Sha1, "sha1"), (Algorithm::Sha512, "sha512")]
    {
        for mib in [1usize, 64] {
            let data = vec![0x5au8; mib << 20];
            let mut best = f64::MAX;
            for _ in 0..3 {
                let t = Instant::now();
                std::hint::black_box(alg.mac(b"benchmark key", std::hint::black_box(&data)));
                best = best.min(t.elapsed().as_secs_f64());
            }
            out.push(format!("\"{name}-{mib}\":{:.1}", (mib as f64 * 1.048576) / best));
        }
    }
    println!("{{{}}}", out.join(","));
}
