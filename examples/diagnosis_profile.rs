//! Where the diagnosis time goes, natively: run with a body file and its expected signature.
use hmac_doctor::engine::diagnosis::{json, variants, Search};
use hmac_doctor::engine::{Algorithm, Inputs};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let body = std::fs::read_to_string(&args[1]).unwrap();
    let expected = std::fs::read_to_string(&args[2]).unwrap();
    let inputs = Inputs {
        message: body.clone(),
        key: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".into(),
        expected,
        ..Inputs::default()
    };
    let t = Instant::now();
    let doc = json::parse(body.as_bytes()).unwrap();
    println!("parse {:?}", t.elapsed());
    let styles = json::styles_for(&doc);
    let t = Instant::now();
    for s in &styles {
        std::hint::black_box(json::write(&doc, *s, body.len()));
    }
    println!("write {} styles {:?}", styles.len(), t.elapsed());
    let t = Instant::now();
    for _ in 0..63 {
        std::hint::black_box(Algorithm::Sha256.mac(b"k", body.as_bytes()));
    }
    println!("63 sha256 passes {:?}", t.elapsed());
    let t = Instant::now();
    let (g, _) = variants::message_variants(body.as_bytes(), usize::MAX);
    println!("message_variants {} {:?}", g.len(), t.elapsed());
    let t = Instant::now();
    let search = Search::new(&inputs, Vec::new()).unwrap();
    println!("new {:?}", t.elapsed());
    let mut gen_search = Search::new(&inputs, Vec::new()).unwrap();
    let mut passes = 0;
    let (mut near, mut gen) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    loop {
        let t = Instant::now();
        match gen_search.work() {
            hmac_doctor::engine::diagnosis::Work::Pass(_) => {
                passes += 1;
                gen += t.elapsed()
            }
            hmac_doctor::engine::diagnosis::Work::Hashed(_) => near += t.elapsed(),
            hmac_doctor::engine::diagnosis::Work::Done => break,
        }
    }
    println!("near stage {near:?}, {passes} passes generated {gen:?}");
    let mut w = json::Writer::default();
    let t = Instant::now();
    for s in &styles {
        std::hint::black_box(w.bytes(&doc, *s, body.len()));
    }
    println!("writer {} styles {:?}", styles.len(), t.elapsed());
    let min = body.as_bytes();
    for (layout, slash) in
        [(json::Layout::Minified, true), (json::Layout::Tabs, false), (json::Layout::PythonSpaced, false)]
    {
        let t = Instant::now();
        for _ in 0..10 {
            std::hint::black_box(json::restyle(min, layout, slash));
        }
        println!("restyle {layout:?} {slash} x10 {:?}", t.elapsed());
    }
    let t = Instant::now();
    for _ in 0..10 {
        std::hint::black_box(min.to_vec());
    }
    println!("copy x10 {:?}", t.elapsed());
    let t = Instant::now();
    let out = search.run();
    println!("run {:?} {}", t.elapsed(), &out.text()[..60]);
}

#[allow(dead_code)]
fn unused() {}
