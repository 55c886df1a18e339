//! Every text parser of the engine on arbitrary input: hex, Base64/Base64url, expected
//! signature detection, signature headers (`t=…,v1=…`, `ts=…;h1=…`, `v1,…` lists, `key:sig`),
//! raw HTTP requests, Pusher error text, Zoom signatures, JWTs, share links.
#![no_main]

use hmac_doctor::engine::encoding::{decode_base64, decode_hex, Alphabet};
use hmac_doctor::engine::presets::providers::{pusher_channel as pusher, zoom_sdk as zoom};
use hmac_doctor::engine::presets::{header, jwt, providers, raw};
use hmac_doctor::engine::{parse_expected, share};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let _ = decode_hex(&s);
    let _ = decode_base64(&s, Alphabet::Standard);
    let _ = decode_base64(&s, Alphabet::UrlSafe);
    let _ = parse_expected(&s);
    // Every signature header format a preset uses.
    for p in providers::ALL {
        let _ = header::parse(p.signature_format, &s);
    }
    let r = raw::parse(&s);
    let _ = raw::detect(&r);
    let _ = pusher::parse_error(&s);
    let _ = zoom::decode_legacy(&s);
    let _ = jwt::decode(&s);
    let _ = share::decode(&s);
});
