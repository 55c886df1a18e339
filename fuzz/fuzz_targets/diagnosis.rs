//! The calculation, every preset and the diagnosis on arbitrary message, key and signature.
#![no_main]

use hmac_doctor::engine::diagnosis::diagnose;
use hmac_doctor::engine::presets::{self, Values};
use hmac_doctor::engine::{calculate, Inputs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let mut parts = s.splitn(3, '\u{1}');
    let (message, key, expected) =
        (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let inputs =
        Inputs { message: message.into(), key: key.into(), expected: expected.into(), ..Inputs::default() };
    let _ = calculate(&inputs);
    if message.len() < 512 {
        let _ = diagnose(&inputs);
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
    }
});
