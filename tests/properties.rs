#![cfg(not(target_arch = "wasm32"))]
//! Property tests: every parser and decoder returns a value or a clear error for arbitrary
//! input and never panics; encodings round-trip.

use hmac_doctor::engine::diagnosis::{diagnose, json};
use hmac_doctor::engine::encoding::{decode_base64, decode_hex, to_base64, to_base64url, to_hex, Alphabet};
use hmac_doctor::engine::presets::providers::{pusher_channel as pusher, zoom_sdk as zoom};
use hmac_doctor::engine::presets::{self, header, jwt, providers, raw, Values};
use hmac_doctor::engine::{calculate, parse_expected, share, Algorithm, Inputs, KeyFormat, MessageFormat};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9a-fA-F =+/_\\-]{0,80}",
        "(sha256=|v1,|v0=|t=1,v1=|ts=1;h1=|X-Hub-Signature-256: )?[A-Za-z0-9+/=_\\-, ;:]{0,80}",
        "[\\x00-\\x7f]{0,200}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn decoders_never_panic(s in text()) {
        let _ = decode_hex(&s);
        let _ = decode_base64(&s, Alphabet::Standard);
        let _ = decode_base64(&s, Alphabet::UrlSafe);
        if let Ok(Some(e)) = parse_expected(&s) {
            prop_assert!(!e.candidates.is_empty());
        }
        let _ = share::decode(&s);
        let _ = pusher::parse_error(&s);
        let _ = zoom::decode_legacy(&s);
        let _ = jwt::decode(&s);
        // Every signature header format a preset uses.
        for p in providers::ALL {
            let _ = header::parse(p.signature_format, &s);
        }
        let r = raw::parse(&s);
        let _ = raw::detect(&r);
    }

    #[test]
    fn decode_errors_point_inside_the_text(s in "[0-9a-f]{0,20}[g-z%]?[0-9a-f]{0,20}") {
        if let Err(e) = decode_hex(&s) {
            let msg = e.to_string();
            if let Some(pos) = msg.split("at position ").nth(1) {
                let n: usize = pos.split(' ').next().unwrap().parse().unwrap();
                prop_assert!(n >= 1 && n <= s.chars().count());
            }
        }
    }

    #[test]
    fn encodings_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(decode_hex(&to_hex(&bytes)).unwrap(), bytes.clone());
        prop_assert_eq!(decode_hex(&to_hex(&bytes).to_uppercase()).unwrap(), bytes.clone());
        prop_assert_eq!(decode_base64(&to_base64(&bytes), Alphabet::Standard).unwrap(), bytes.clone());
        prop_assert_eq!(decode_base64(&to_base64url(&bytes), Alphabet::UrlSafe).unwrap(), bytes.clone());
        if !bytes.is_empty() {
            let mac = Algorithm::Sha256.mac(&bytes, b"m");
            for form in [to_hex(&mac), to_base64(&mac), to_base64url(&mac), format!("sha256={}", to_hex(&mac)), format!("v1,{}", to_base64(&mac))] {
                let e = parse_expected(&form).unwrap().unwrap();
                prop_assert!(e.matching(&mac).is_some(), "{}", form);
            }
        }
    }

    #[test]
    fn share_links_round_trip(m in any::<String>(), p in "[a-z\\-]{0,12}") {
        let s = share::Shared { message: Some(m), provider: (!p.is_empty()).then_some(p), algorithm: Some(Algorithm::Sha1), ..Default::default() };
        prop_assert_eq!(share::decode(&share::encode(&s)), s);
    }

    #[test]
    fn json_styles_keep_the_document(v in json_value()) {
        let doc = serde_json::Value::Object([("k".to_string(), v)].into_iter().collect());
        for style in json::Style::all() {
            let written = json::write(&doc, style, 64);
            let back: serde_json::Value = serde_json::from_slice(&written).unwrap();
            prop_assert_eq!(&back, &doc, "{}", String::from_utf8_lossy(&written));
        }
    }

    #[test]
    fn derived_json_styles_equal_written_ones(v in json_value(), order in Just(json::Style::all()).prop_shuffle()) {
        // In the search's order (each style derived from the one before where it can) and in
        // any other order, the writer gives exactly the bytes of a fresh serialisation.
        let doc = serde_json::Value::Array(vec![v, serde_json::json!({"u": "a/b", "e": [], "o": {}})]);
        for styles in [json::Style::all(), order] {
            let mut writer = json::Writer::default();
            for style in styles {
                let derived = writer.bytes(&doc, style, 64);
                let written = json::write(&doc, style, 64);
                prop_assert_eq!(String::from_utf8_lossy(&derived), String::from_utf8_lossy(&written), "{}", style);
            }
        }
    }

    #[test]
    fn calculation_and_presets_never_panic(message in text(), key in text(), expected in text(), mf in 0usize..3, kf in 0usize..4) {
        let inputs = Inputs {
            message: message.as_str().into(),
            message_format: MessageFormat::ALL[mf],
            key: key.clone(),
            key_format: KeyFormat::ALL[kf],
            algorithm: Algorithm::Sha256,
            expected: expected.clone(),
            other_secrets: key.clone(),
        };
        let c = calculate(&inputs);
        prop_assert_eq!(c.mac.is_some(), c.message.is_ok() && c.key.is_ok());
        for p in providers::ALL {
            let mut v = Values { secret: key.clone(), body: message.as_str().into(), signature: expected.clone(), ..Values::default() };
            for f in p.fields {
                v.set(f.id, message.chars().take(20).collect::<String>());
            }
            let e = presets::evaluate(p, &v);
            let _ = e.timestamp_at(1_700_000_000_000);
            let _ = e.variants();
            if let Some(paste) = p.error_paste {
                let _ = (paste.read)(&expected, &v);
            }
        }
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(|n| serde_json::json!(n)),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::vec(("[a-z/é]{0,4}", inner), 0..4)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn diagnosis_never_panics(message in "[ -~\\n\\r{}\":,é]{0,60}", key in "[ -~]{0,20}", expected in "[0-9a-f]{0,64}") {
        let _ = diagnose(&Inputs { message: message.into(), key, expected, ..Inputs::default() });
    }
}

/// Text shaped like public keys and signatures: PEM armour, JWK members, prefixes, hex and
/// Base64, and arbitrary text.
fn key_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(-----BEGIN (PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE|PRIVATE KEY)-----\n)?[A-Za-z0-9+/=\n]{0,120}(\n-----END PUBLIC KEY-----)?",
        "\\{\"(kty|keys|key)\":(\"(EC|RSA|OKP|oct)\"|\\[\\]|\\{\\}),\"(crv|x|y|n|e|d|kid)\":\"[A-Za-z0-9_\\-]{0,60}\"\\}",
        "(whpk_|whsk_|whsec_|04|30)?[0-9a-fA-F+/=_\\-]{0,140}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn public_key_parsers_and_checks_never_panic(key in key_text(), body in "[ -~\\r\\n]{0,40}", sig in text()) {
        use hmac_doctor::engine::pubkey::check::check;
        use hmac_doctor::engine::pubkey::key::readings;
        use hmac_doctor::engine::pubkey::signature::{decodings, SigText};
        use hmac_doctor::engine::pubkey::KeyType;
        for t in [KeyType::Ed25519, KeyType::P256, KeyType::P384, KeyType::Rsa] {
            // A value or a clear error: a problem is a sentence that never echoes the text.
            if let Err(problem) = readings(&key, t, None) {
                let said = problem.to_string();
                prop_assert!(!said.is_empty());
                if key.len() > 24 {
                    prop_assert!(!said.contains(key.as_str()));
                }
            }
        }
        for enc in [SigText::Hex, SigText::Base64, SigText::Base64Url] {
            let _ = decodings(&sig, enc);
        }
        for p in providers::ALL.iter().filter(|p| p.is_public_key()) {
            let v = Values { secret: key.clone(), body: body.as_str().into(), signature: sig.clone(), ..Values::default() };
            let c = check(p, &v);
            // A verdict only with a readable key; a diagnosis only on a mismatch.
            prop_assert!(c.key_problem.is_none() || c.verdict == hmac_doctor::engine::Verdict::None);
            prop_assert_eq!(c.report.is_some(), c.verdict.is_mismatch());
        }
    }
}
