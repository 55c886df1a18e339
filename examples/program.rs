//! Prints the verification program for a preset: `cargo run --example program -- stripe php`.
use hmac_doctor::engine::presets::code::{program, Language};
use hmac_doctor::engine::presets::find;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let preset = args.get(1).and_then(|id| find(id)).expect("a preset id");
    let lang = args.get(2).and_then(|l| Language::from_id(l)).unwrap_or(Language::Node);
    match program(preset, lang) {
        Some(code) => print!("{code}"),
        None => eprintln!("no program for {} in {}", preset.id, lang.label()),
    }
}
