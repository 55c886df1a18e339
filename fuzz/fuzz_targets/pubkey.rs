//! The public-key parsers (keys in every form, signatures) and the verification with its
//! diagnosis, on arbitrary key, body and signature.
#![no_main]

use hmac_doctor::engine::presets::{providers, Values};
use hmac_doctor::engine::pubkey::check::check;
use hmac_doctor::engine::pubkey::key::readings;
use hmac_doctor::engine::pubkey::signature::{decodings, SigText};
use hmac_doctor::engine::pubkey::KeyType;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let mut parts = s.splitn(3, '\u{1}');
    let (key, body, sig) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    for t in [KeyType::Ed25519, KeyType::P256, KeyType::P384, KeyType::Rsa] {
        let _ = readings(key, t, Some(sig));
    }
    let _ = decodings(sig, SigText::Base64);
    if body.len() < 512 {
        for p in providers::ALL.iter().filter(|p| p.is_public_key()) {
            let v = Values { secret: key.into(), body: body.into(), signature: sig.into(), ..Values::default() };
            let _ = check(p, &v);
        }
    }
});
