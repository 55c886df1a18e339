//! The diagnosis engine: each mistake class is built from a correct case and must be found
//! with the right explanation; combinations are found; a wrong secret is not "explained".

use hmac_doctor::engine::diagnosis::json::{Escapes, Layout, Style};
use hmac_doctor::engine::diagnosis::{
    diagnose, Ends, KeyMistake, MessageMistake, Newline, Outcome, OutputMistake,
};
use hmac_doctor::engine::encoding::{to_base64, to_hex, InputFormat};
use hmac_doctor::engine::{Algorithm, Inputs, KeyFormat, MessageFormat};

fn inputs(message: &str, key: &str, expected: &str) -> Inputs {
    Inputs { message: message.into(), key: key.into(), expected: expected.into(), ..Inputs::default() }
}

fn found(i: &Inputs) -> hmac_doctor::engine::diagnosis::Finding {
    match diagnose(i).expect("a diagnosis") {
        Outcome::Found(f) => f,
        other => panic!("expected a finding, got {}", other.text()),
    }
}

fn sha256_hex(key: &[u8], msg: &[u8]) -> String {
    to_hex(&Algorithm::Sha256.mac(key, msg))
}

#[test]
fn key_used_as_text_instead_of_decoded_and_back() {
    let key_hex = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
    let f = found(&inputs("Hi There", key_hex, &sha256_hex(&[0x0b; 20], b"Hi There")));
    assert_eq!(f.key, Some(KeyMistake::Decoded { right: InputFormat::Hex, chosen: InputFormat::Text }));

    let mut i = inputs("Hi There", key_hex, &sha256_hex(key_hex.as_bytes(), b"Hi There"));
    i.key_format = KeyFormat::Hex;
    let f = found(&i);
    assert_eq!(f.key, Some(KeyMistake::Decoded { right: InputFormat::Text, chosen: InputFormat::Hex }));

    let f = found(&inputs("m", "c2VjcmV0LWtleQ==", &sha256_hex(b"secret-key", b"m")));
    assert_eq!(f.key, Some(KeyMistake::Decoded { right: InputFormat::Base64, chosen: InputFormat::Text }));
    let f = found(&inputs("m", "_-8_", &sha256_hex(&[0xff, 0xef, 0x3f], b"m")));
    assert_eq!(f.key, Some(KeyMistake::Decoded { right: InputFormat::Base64Url, chosen: InputFormat::Text }));
}

#[test]
fn key_whitespace_quotes_and_invisible_characters() {
    let expected = sha256_hex(b"secret", b"body");
    let f = found(&inputs("body", "secret\n", &expected));
    assert_eq!(f.key, Some(KeyMistake::Trimmed(Ends::Both)));
    assert_eq!(found(&inputs("body", "\"secret\"", &expected)).key, Some(KeyMistake::Unquoted));
    let f = found(&inputs("body", "sec\u{200B}ret", &expected));
    assert_eq!(f.key, Some(KeyMistake::InvisibleRemoved { character: '\u{200B}', position: 4 }));
}

#[test]
fn whsec_prefix_standard_webhooks_official_vector() {
    // standard-webhooks spec test vector (also in providers.md).
    let msg = "msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{\"test\": 2432232314}";
    let f = found(&inputs(
        msg,
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    ));
    assert_eq!(f.key, Some(KeyMistake::WhsecStrippedBase64));
    let f = found(&inputs("m", "whsec_abc", &sha256_hex(b"abc", b"m")));
    assert_eq!(f.key, Some(KeyMistake::WhsecStrippedText));
}

#[test]
fn algorithm_chosen_by_length() {
    let (k, m) = (b"It's a Secret to Everybody", b"Hello, World!");
    for alg in [
        Algorithm::Md5,
        Algorithm::Sha1,
        Algorithm::Sha224,
        Algorithm::Sha384,
        Algorithm::Sha512,
        Algorithm::Sha3_256,
    ] {
        let f = found(&inputs("Hello, World!", "It's a Secret to Everybody", &to_hex(&alg.mac(k, m))));
        assert_eq!(f.algorithm, Some(alg));
    }
    // GitHub's legacy header given while SHA-256 is chosen: found, and the prefix noted.
    let f = found(&inputs(
        "Hello, World!",
        "It's a Secret to Everybody",
        "sha256=01dc10d0c83e72ed246219cdd91669667fe2ca59",
    ));
    assert_eq!(f.algorithm, Some(Algorithm::Sha1));
    assert_eq!(f.prefix_clash, Some(("sha256=".to_string(), Algorithm::Sha256)));
}

#[test]
fn output_base64_of_hex_text_and_truncation() {
    let mac = Algorithm::Sha256.mac(b"k", b"m");
    let f = found(&inputs("m", "k", &to_base64(to_hex(&mac).as_bytes())));
    assert_eq!(f.output, Some(OutputMistake::Base64OfHexText));
    let f = found(&inputs("m", "k", &to_hex(&mac[..16])));
    assert_eq!(f.output, Some(OutputMistake::Truncated { len: 16, of: 32 }));
    // Uppercase hex, missing padding and a "sha256= " prefix with a space are read directly
    // (the verdict is Match, nothing to diagnose).
    let c = hmac_doctor::engine::calculate(&inputs(
        "m",
        "k",
        &format!("sha256= {}", to_hex(&mac).to_uppercase()),
    ));
    assert!(c.verdict.text().starts_with("Match"));
}

#[test]
fn message_newlines_whitespace_and_bom() {
    let k = b"It's a Secret to Everybody";
    // The `echo` mistake (providers.md demonstration value).
    let f = found(&inputs(
        "Hello, World!",
        "It's a Secret to Everybody",
        "8fde2e970f9163923fb1cb61bb945626ff2b4091d87e622ee3ad600160592325",
    ));
    assert_eq!(f.message, Some(MessageMistake::NewlineAdded(Newline::Lf)));
    // The words of one finding (the rest of this file asserts on the structure).
    assert_eq!(
        f.explanations()[0],
        "the expected signature was computed over the message with a trailing newline (\\n). Your sender probably used `echo`; hash the exact bytes instead."
    );
    let d = f.difference.unwrap();
    assert_eq!(d.offset, 13);
    assert_eq!(d.signed, "Hello, World!\\n (end)");

    let cases: Vec<(&str, &[u8], MessageMistake)> = vec![
        ("Hello\n", b"Hello", MessageMistake::NewlineRemoved(Newline::Lf)),
        ("Hello\r\n", b"Hello", MessageMistake::NewlineRemoved(Newline::CrLf)),
        ("a\r\nb", b"a\nb", MessageMistake::CrlfToLf),
        ("a\nb", b"a\r\nb", MessageMistake::LfToCrlf),
        ("  body  ", b"body", MessageMistake::Trimmed(Ends::Both)),
        ("body ", b"body", MessageMistake::Trimmed(Ends::End)),
        ("{}", b"\xEF\xBB\xBF{}", MessageMistake::BomAdded),
        ("\u{FEFF}{}", b"{}", MessageMistake::BomRemoved),
    ];
    for (entered, signed, mistake) in cases {
        let f = found(&inputs(entered, "It's a Secret to Everybody", &sha256_hex(k, signed)));
        assert_eq!(f.message, Some(mistake), "{entered:?}");
    }
}

#[test]
fn json_reserialised() {
    let raw = "{\"id\":1,\"name\":\"Zoë\",\"url\":\"https://x.test/a\",\"tags\":[\"b\",\"a\"],\"meta\":{}}";
    let expect = |signed: &str| sha256_hex(b"s", signed.as_bytes());
    // The user pasted a pretty-printed copy; the signer signed the compact raw body.
    let pretty = "{\n  \"id\": 1,\n  \"name\": \"Zoë\",\n  \"url\": \"https://x.test/a\",\n  \"tags\": [\n    \"b\",\n    \"a\"\n  ],\n  \"meta\": {}\n}";
    let f = found(&inputs(pretty, "s", &expect(raw)));
    assert_eq!(
        f.message,
        Some(MessageMistake::Json(Style {
            layout: Layout::Minified,
            sorted: false,
            escapes: Escapes::Raw,
            slash: false
        }))
    );
    assert!(f.difference.is_some());

    let cases = [
        ("{\n  \"id\": 1,\n  \"name\": \"Zoë\",\n  \"url\": \"https://x.test/a\",\n  \"tags\": [\n    \"b\",\n    \"a\"\n  ],\n  \"meta\": {}\n}", Layout::Indent2, false, Escapes::Raw, false),
        ("{\"id\": 1, \"name\": \"Zo\\u00eb\", \"url\": \"https://x.test/a\", \"tags\": [\"b\", \"a\"], \"meta\": {}}", Layout::PythonSpaced, false, Escapes::AsciiLower, false),
        ("{\"id\":1,\"meta\":{},\"name\":\"Zoë\",\"tags\":[\"b\",\"a\"],\"url\":\"https://x.test/a\"}", Layout::Minified, true, Escapes::Raw, false),
        ("{\"id\":1,\"name\":\"Zo\\u00EB\",\"url\":\"https://x.test/a\",\"tags\":[\"b\",\"a\"],\"meta\":{}}", Layout::Minified, false, Escapes::AsciiUpper, false),
        ("{\"id\":1,\"name\":\"Zo\\u00eb\",\"url\":\"https:\\/\\/x.test\\/a\",\"tags\":[\"b\",\"a\"],\"meta\":{}}", Layout::Minified, false, Escapes::AsciiLower, true),
        ("{\n\t\"id\": 1,\n\t\"name\": \"Zoë\",\n\t\"url\": \"https://x.test/a\",\n\t\"tags\": [\n\t\t\"b\",\n\t\t\"a\"\n\t],\n\t\"meta\": {}\n}", Layout::Tabs, false, Escapes::Raw, false),
    ];
    for (signed, layout, sorted, escapes, slash) in cases {
        let f = found(&inputs(raw, "s", &expect(signed)));
        assert_eq!(
            f.message,
            Some(MessageMistake::Json(Style { layout, sorted, escapes, slash })),
            "{signed}"
        );
    }
}

#[test]
fn json_escapes_github_and_meta_vectors() {
    // octokit/webhooks-methods test: GitHub signs \uXXXX escapes with uppercase hex.
    let js_default = "{\"foo\":\"Foo\\n\\u001b[34mbar: ♥♥♥♥♥♥♥♥\\nthis-is-lost\\u001b[0m\\u001b[2K\"}";
    let f = found(&inputs(
        js_default,
        "development",
        "sha256=afecc3caa27548bb90d51a50384cb2868b9a3327b4ad6a01c9bd4ed0f8b0b12c",
    ));
    assert_eq!(
        f.message,
        Some(MessageMistake::Json(Style {
            layout: Layout::Minified,
            sorted: false,
            escapes: Escapes::ControlUpper,
            slash: false
        }))
    );
    // Meta signs the escaped form with lowercase hex; the user re-serialised to raw UTF-8.
    let f = found(&inputs(
        "{\"text\":\"äöå\"}",
        "app_secret",
        "sha256=9d9c307fc216aea4c1f52ce87c47e7f0c570aa837887d3c8ddef2734a6dc7c3e",
    ));
    assert_eq!(
        f.message,
        Some(MessageMistake::Json(Style {
            layout: Layout::Minified,
            sorted: false,
            escapes: Escapes::AsciiLower,
            slash: false
        }))
    );
}

#[test]
fn form_bodies_and_text_encodings() {
    let body = "text=hello+world&path=%2Fa%20b";
    let f = found(&inputs(body, "k", &sha256_hex(b"k", b"text=hello world&path=/a b")));
    assert_eq!(f.message, Some(MessageMistake::FormDecoded));
    let f = found(&inputs(body, "k", &sha256_hex(b"k", b"text=hello%20world&path=%2Fa%20b")));
    assert_eq!(f.message, Some(MessageMistake::PlusToPercent20));
    let f = found(&inputs(body, "k", &sha256_hex(b"k", b"text=hello+world&path=%2Fa+b")));
    assert_eq!(f.message, Some(MessageMistake::Percent20ToPlus));
    let f = found(&inputs("café", "k", &sha256_hex(b"k", b"caf\xe9")));
    assert_eq!(f.message, Some(MessageMistake::Latin1));
    let f = found(&inputs("café", "k", &sha256_hex(b"k", "cafÃ©".as_bytes())));
    assert_eq!(f.message, Some(MessageMistake::DoubleUtf8));
}

#[test]
fn combinations_of_key_message_and_output_mistakes() {
    // Hex key used as text + `echo` newline + SHA-1.
    let key_hex = "00112233445566778899aabbccddeeff";
    let key = hex::decode(key_hex).unwrap();
    let expected = to_hex(&Algorithm::Sha1.mac(&key, b"payload\n"));
    let f = found(&inputs("payload", key_hex, &expected));
    assert_eq!(f.key, Some(KeyMistake::Decoded { right: InputFormat::Hex, chosen: InputFormat::Text }));
    assert_eq!(f.message, Some(MessageMistake::NewlineAdded(Newline::Lf)));
    assert_eq!(f.algorithm, Some(Algorithm::Sha1));
    assert_eq!(f.explanations().len(), 3);

    // Key with a trailing newline + body re-serialised + Base64 of the hex text.
    let signed = "{\"a\":1,\"b\":[true,null]}";
    let mac = Algorithm::Sha256.mac(b"secret", signed.as_bytes());
    let expected = to_base64(to_hex(&mac).as_bytes());
    let f = found(&inputs("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}", "secret\n", &expected));
    assert!(f.key.is_some());
    assert!(matches!(f.message, Some(MessageMistake::Json(_))));
    assert_eq!(f.output, Some(OutputMistake::Base64OfHexText));
    let text =
        diagnose(&inputs("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}", "secret\n", &expected))
            .unwrap()
            .text();
    assert!(text.starts_with("Found: the real secret has no"), "{text}");
    assert!(text.contains(" Also, the expected signature matches the same JSON minified"), "{text}");
}

#[test]
fn wrong_secret_is_not_explained() {
    let expected = sha256_hex(b"the real secret", b"{\"event\":\"ping\"}");
    let outcome = diagnose(&inputs("{\"event\":\"ping\"}", "a wrong secret", &expected)).unwrap();
    let Outcome::NotFound { tried, algorithms, .. } = outcome else {
        panic!("false finding: {}", outcome.text())
    };
    assert!(tried > 20, "{tried}");
    // 32 bytes of hex fit SHA-256, SHA-512/256 and SHA3-256; the same 64 characters read as
    // Base64 (48 bytes, SHA-384's length) are not a plausible reading and add no full passes.
    assert_eq!(algorithms, 3);
    assert!(outcome.text().starts_with("No single or combined known mistake explains it ("));
    assert!(outcome.text().contains("Check next: that the secret is the right one"));
}

#[test]
fn nothing_to_diagnose_without_a_readable_expected_signature_or_message() {
    assert!(diagnose(&inputs("m", "k", "")).is_none());
    assert!(diagnose(&inputs("m", "k", "%%%")).is_none());
    let mut i = inputs("zz", "k", "abcd");
    i.message_format = MessageFormat::Hex;
    assert!(diagnose(&i).is_none());
}

/// Whole signature headers pasted into Expected signature in Custom mode: every signature
/// in them is compared, the verdict says which matched, and the timestamp they carry is
/// tried in front of the message.
#[test]
fn whole_signature_headers_in_custom_mode() {
    use hmac_doctor::engine::calc::{calculate, Verdict};
    let body = "{\"id\":\"evt_1\"}";
    let right = sha256_hex(b"whsec_test", format!("1700000000.{body}").as_bytes());
    let wrong = sha256_hex(b"whsec_old", format!("1700000000.{body}").as_bytes());
    // Stripe during a secret roll: the second v1 is the one.
    let header = format!("Stripe-Signature: t=1700000000,v1={wrong},v1={right}");
    let c = calculate(&inputs(&format!("1700000000.{body}"), "whsec_test", &header));
    match &c.verdict {
        Verdict::Match(t) => assert!(t.contains("signature 2 of 2"), "{t}"),
        other => panic!("{other:?}"),
    }
    // Only the body entered: the header's timestamp is found in front of it.
    let f = found(&inputs(body, "whsec_test", &header));
    assert_eq!(f.message, Some(MessageMistake::HeaderTimestamp { before: "1700000000.".into() }));
    // Slack's v0:t: with Paddle's `ts=;h1=` format, and a Standard Webhooks list.
    let slack = sha256_hex(b"k", format!("v0:1671552777:{body}").as_bytes());
    let f = found(&inputs(body, "k", &format!("ts=1671552777;h1={slack}")));
    assert_eq!(f.message, Some(MessageMistake::HeaderTimestamp { before: "v0:1671552777:".into() }));
    let sw = to_base64(&Algorithm::Sha256.mac(b"k", body.as_bytes()));
    let c = calculate(&inputs(body, "k", &format!("v1,bm9wZQ== v1,{sw}")));
    assert!(matches!(&c.verdict, Verdict::Match(t) if t.contains("signature 2 of 2")), "{:?}", c.verdict);
    // None matches: the mismatch says how many were compared.
    let c = calculate(&inputs(body, "other", &header));
    assert!(
        matches!(&c.verdict, Verdict::Mismatch(t) if t.contains("none of the 2 signatures")),
        "{:?}",
        c.verdict
    );
}

/// Bodies changed on the way, each built from the signed bytes: Base64-encoded by a
/// gateway, gzip- or zlib-compressed, JSON encoded twice (either way), HTML entities.
#[test]
fn bodies_changed_on_the_way() {
    use std::io::Write;
    let signed = "{\"event\":\"ping\",\"note\":\"a <b> & \\\"c\\\"\"}";
    let expected = sha256_hex(b"secret", signed.as_bytes());
    let f = found(&inputs(&to_base64(signed.as_bytes()), "secret", &expected));
    assert_eq!(f.message, Some(MessageMistake::Base64Decoded));
    // Compressed bodies arrive as bytes: entered as hex.
    use hmac_doctor::engine::diagnosis::message::{enable_decompression, Compression};
    enable_decompression();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(signed.as_bytes()).unwrap();
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(signed.as_bytes()).unwrap();
    for (compressed, kind) in
        [(gz.finish().unwrap(), Compression::Gzip), (z.finish().unwrap(), Compression::Zlib)]
    {
        let mut i = inputs(&to_hex(&compressed), "secret", &expected);
        i.message_format = MessageFormat::Hex;
        assert_eq!(found(&i).message, Some(MessageMistake::Decompressed(kind)));
    }
    // Encoded twice, either way.
    let twice = serde_json::Value::from(signed).to_string();
    assert_eq!(found(&inputs(&twice, "secret", &expected)).message, Some(MessageMistake::JsonUnwrapped));
    let f = found(&inputs(signed, "secret", &sha256_hex(b"secret", twice.as_bytes())));
    assert_eq!(f.message, Some(MessageMistake::JsonWrapped));
    // Copied out of a web page.
    let escaped =
        signed.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    assert_eq!(found(&inputs(&escaped, "secret", &expected)).message, Some(MessageMistake::HtmlEntities));
    // A wrong secret is still not explained by any of them.
    let other = sha256_hex(b"another secret", signed.as_bytes());
    assert!(!diagnose(&inputs(&to_base64(signed.as_bytes()), "secret", &other)).unwrap().is_found());
}

/// Credentials of another kind where the secret belongs are named; a lossy decode is too.
#[test]
fn secrets_of_the_wrong_shape_and_lossy_bodies() {
    use hmac_doctor::engine::warnings::{inspect_key, inspect_message, SecretShape, Warning};
    let shape = |k: &str| {
        inspect_key(k).into_iter().find_map(|w| match w {
            Warning::SecretShape(s) => Some(s),
            _ => None,
        })
    };
    // (The providers' own credential shapes are data in their files: tests/evidence.rs.)
    assert_eq!(
        shape("-----BEGIN PRIVATE KEY-----\nMC4CAQ\n-----END PRIVATE KEY-----"),
        Some(SecretShape::Pem { private: true })
    );
    assert_eq!(shape("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), None);
    assert_eq!(shape("8f742231b10e8888abcd99yyyzzz85a5"), None);
    // The explanation never echoes the key.
    let w = inspect_key("-----BEGIN PRIVATE KEY-----\nMC4CAQsecretbytes\n-----END PRIVATE KEY-----");
    assert!(w.iter().all(|w| !w.to_string().contains("MC4CAQsecretbytes")));
    // A key-shape warning is withdrawn on a Match; others stay.
    assert!(!Warning::SecretShape(SecretShape::Pem { private: false }).holds_on_match());
    let lossy = String::from_utf8_lossy(b"{\"name\":\"Zo\xeb\"}").into_owned();
    let w = inspect_message(lossy.as_bytes());
    assert!(w.contains(&Warning::Replacement { count: 1, offset: 11 }), "{w:?}");
}

/// Other secrets to try: the one that made the signature is named by its line, read the way
/// the preset reads its key (Standard Webhooks' `whsec_`), and never a false finding.
#[test]
fn other_secrets_to_try() {
    use hmac_doctor::engine::diagnosis::{KeyMistake, Search};
    use hmac_doctor::engine::presets::{diagnosis_inputs, find, Values};
    let expected = sha256_hex(b"whsec_live", b"body");
    let mut i = inputs("body", "whsec_test", &expected);
    i.other_secrets = "whsec_old\n\n whsec_live \n".into();
    let f = found(&i);
    assert_eq!(f.key, Some(KeyMistake::OtherSecret { line: 3, starts: "whsec_".into() }));
    assert!(f.explanations()[0].contains("line 3 of Other secrets to try"));
    i.other_secrets = "whsec_old".into();
    assert!(!diagnose(&i).unwrap().is_found());
    // Standard Webhooks: each other secret's whsec_ is removed and the rest Base64-decoded.
    let p = find("standard-webhooks").unwrap();
    let right = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let body = "{\"test\": 2432232314}";
    let mut v = Values {
        secret: "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into(),
        body: body.into(),
        ..Values::default()
    };
    v.set("id", "msg_p5jXN8AQM9LWM0D4loKWxJek");
    v.set("timestamp", "1614265330");
    v.signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=".into();
    v.other_secrets = format!("whsec_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB\n{right}");
    let (inputs, extra) = diagnosis_inputs(p, &v);
    match Search::new(&inputs, extra).unwrap().run() {
        Outcome::Found(f) => assert!(matches!(f.key, Some(KeyMistake::OtherSecret { line: 2, .. })), "{f:?}"),
        other => panic!("{}", other.text()),
    }
}
