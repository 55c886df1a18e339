//! Where a diagnosis spends its time, natively (a profiling aid, not a test): give it a JSON
//! body file and the hex HMAC-SHA256 expected for it under a `whsec_` key, as
//! `tests/bench/diagnosis.mjs` makes them. Build with
//! `RUSTFLAGS='--cfg sha2_backend="soft"'` to be closer to wasm, and with `--release` (the
//! page's profile) or `--profile worker` (the worker's).
use hmac_doctor::engine::diagnosis::{json, Search, Work};
use hmac_doctor::engine::Inputs;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(body), Some(expected), Some(key)) = (args.get(1), args.get(2), args.get(3)) else {
        eprintln!("usage: diagnosis_profile <body file> <expected hex file> <key>");
        std::process::exit(2);
    };
    let body = std::fs::read_to_string(body).expect("body file");
    let inputs = Inputs {
        message: body.as_str().into(),
        key: key.clone(),
        expected: std::fs::read_to_string(expected).expect("expected file"),
        ..Inputs::default()
    };
    let t = Instant::now();
    let doc = json::parse(body.as_bytes()).expect("a JSON body");
    println!("parse: {:?}", t.elapsed());
    let t = Instant::now();
    let Some(mut search) = Search::new(&inputs, Vec::new()) else {
        eprintln!("nothing to diagnose");
        std::process::exit(1);
    };
    println!("prepare (parse included): {:?}", t.elapsed());
    let styles = json::styles_for(&doc);
    let (mut near, mut write, mut hash) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut passes = 0;
    loop {
        let t = Instant::now();
        match search.work() {
            Work::Hashed(_) => near += t.elapsed(),
            Work::Pass(pass) => {
                write += t.elapsed();
                passes += 1;
                let t = Instant::now();
                let macs = pass.compute(|k| search.key(k));
                hash += t.elapsed();
                search.finish_pass(pass, &macs);
            }
            Work::Done => break,
        }
    }
    println!("near stage: {near:?}");
    println!("{passes} far variants written ({} JSON styles): {write:?}", styles.len());
    println!("far passes hashed in Rust: {hash:?}");
    println!("{}", search.conclude().text());
}
