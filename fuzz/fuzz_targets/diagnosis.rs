//! The calculation, every preset and the diagnosis on arbitrary message, key and signature,
//! with the evidence a user holds besides them (the signature their code computed, an error
//! message, a captured Content-Length) searched for and checked.
#![no_main]

use hmac_doctor::engine::diagnosis::diagnose;
use hmac_doctor::engine::evidence::{assess, Evidence};
use hmac_doctor::engine::presets::{self, Values};
use hmac_doctor::engine::{calculate, Inputs, Subject};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let mut parts = s.splitn(6, '\u{1}');
    let mut next = || parts.next().unwrap_or("");
    let (message, key, expected) = (next(), next(), next());
    let evidence = Evidence { computed: next().into(), error: next().into(), content_length: next().into() };
    let inputs =
        Inputs { message: message.into(), key: key.into(), expected: expected.into(), ..Inputs::default() };
    let _ = calculate(&inputs);
    if message.len() < 512 {
        let _ = diagnose(&inputs);
        let custom = Subject::Custom(inputs.clone());
        let yours = custom.search_towards(None, &evidence.computed).and_then(|s| s.run_both().1);
        let _ = assess(&custom, &evidence, yours.as_ref(), 1_700_000_000_000);
    }
    for p in presets::providers::ALL {
        let v = Values {
            secret: key.into(),
            body: message.into(),
            signature: expected.into(),
            ..Values::default()
        };
        let e = presets::evaluate(p, &v);
        let _ = (e.timestamp_at(1_700_000_000_000), e.variants());
        if message.len() < 128 {
            let _ = assess(&Subject::Preset { id: p.id.into(), values: v }, &evidence, None, 1_700_000_000_000);
        }
    }
});
