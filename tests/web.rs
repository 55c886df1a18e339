//! In-browser tests of the Yew shell (run by wasm-bindgen-test in headless Chromium):
//! the components mount, typing updates the outputs and the verdict.
#![cfg(target_arch = "wasm32")]

use hmac_doctor::app::App;
use hmac_doctor::engine::evidence::Evidence;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
}

fn by_id<T: JsCast>(root: &Element, id: &str) -> T {
    root.query_selector(&format!("#{id}")).unwrap().unwrap_or_else(|| panic!("no #{id}")).dyn_into().unwrap()
}

fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

async fn type_text(root: &Element, id: &str, value: &str) {
    let el: Element = by_id(root, id);
    if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(value);
    } else {
        el.dyn_ref::<HtmlInputElement>().unwrap().set_value(value);
    }
    fire(&el, "input");
    settle().await;
}

async fn choose(root: &Element, id: &str, value: &str) {
    let el: HtmlSelectElement = by_id(root, id);
    el.set_value(value);
    fire(&el, "change");
    settle().await;
}

fn text(root: &Element, id: &str) -> String {
    by_id::<Element>(root, id).text_content().unwrap_or_default()
}

/// The text of `#id` once `done` holds for it, or after 5 s whatever it is (engines render at
/// their own pace: WebKit under load takes longer than one `settle()`).
async fn until(root: &Element, id: &str, done: impl Fn(&str) -> bool) -> String {
    for _ in 0..250 {
        let t = text(root, id);
        if done(&t) {
            return t;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    text(root, id)
}

/// Asserts that `#id` comes to read `want` (within 5 s).
async fn expect_text(root: &Element, id: &str, want: &str) {
    assert_eq!(until(root, id, |t| t == want).await, want, "#{id}");
}

#[wasm_bindgen_test]
async fn mounts_with_every_labelled_control() {
    let root = mount().await;
    for id in ["message", "message-format", "secret-key", "key-format", "algorithm", "expected"] {
        let label = root.query_selector(&format!("label[for={id}]")).unwrap();
        assert!(label.is_some(), "label for #{id}");
    }
    let status = root.query_selector("[role=status]").unwrap().expect("status element");
    assert_eq!(status.text_content().unwrap_or_default(), "");
    // Empty key, empty message: HMAC-SHA256 is still defined.
    expect_text(&root, "out-hex", "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad").await;
}

#[wasm_bindgen_test]
async fn typing_updates_outputs_and_verdict() {
    let root = mount().await;
    type_text(&root, "message", "Hello, World!").await;
    type_text(&root, "secret-key", "It's a Secret to Everybody").await;
    let hex = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    expect_text(&root, "out-hex", hex).await;
    expect_text(&root, "out-hex-upper", &hex.to_uppercase()).await;
    expect_text(&root, "out-base64", "dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=").await;
    expect_text(&root, "out-base64url", "dXEH6g6yUJ_CESIczphLijdXC211hsIsRvQ3nIsEPhc").await;

    type_text(&root, "expected", &format!("sha256={hex}")).await;
    let verdict = until(&root, "verdict", |v| v.starts_with("Match")).await;
    assert!(verdict.starts_with("Match"), "{verdict}");
    assert!(verdict.contains("sha256= prefix"), "{verdict}");

    // One more character in the message flips the verdict.
    type_text(&root, "message", "Hello, World!\n").await;
    let verdict = until(&root, "verdict", |v| v.starts_with("Mismatch")).await;
    assert!(verdict.starts_with("Mismatch"), "{verdict}");

    // Switching the algorithm changes the outputs.
    type_text(&root, "message", "Hello, World!").await;
    choose(&root, "algorithm", "sha1").await;
    expect_text(&root, "out-hex", "01dc10d0c83e72ed246219cdd91669667fe2ca59").await;
}

#[wasm_bindgen_test]
async fn bad_key_shows_error_and_page_keeps_working() {
    let root = mount().await;
    choose(&root, "key-format", "hex").await;
    type_text(&root, "secret-key", "0011223g").await;
    let info = "Key is not valid hex: 'g' at position 8 (hex digits are 0-9 and a-f)";
    expect_text(&root, "key-info", info).await;
    expect_text(&root, "out-hex", "").await;
    type_text(&root, "secret-key", "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b").await;
    type_text(&root, "message", "Hi There").await;
    expect_text(&root, "out-hex", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7").await;
}

#[wasm_bindgen_test]
async fn crash_banner_is_visible_and_shown_once() {
    hmac_doctor::show_crash_message();
    hmac_doctor::show_crash_message();
    let doc = web_sys::window().unwrap().document().unwrap();
    let banners = doc.query_selector_all("#crash").unwrap();
    assert_eq!(banners.length(), 1);
    let banner = doc.get_element_by_id("crash").unwrap();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.text_content().unwrap().starts_with("Something went wrong — reload the page"));
}

/// The search's full passes go to WebCrypto (`crypto.subtle.sign`) where it has the hash;
/// the MACs it returns must find exactly what the engine finds hashing in wasm, for every
/// algorithm WebCrypto signs and for an empty key (which WebCrypto refuses, so wasm hashes).
#[wasm_bindgen_test]
async fn webcrypto_passes_find_what_wasm_finds() {
    use hmac_doctor::engine::diagnosis::{diagnose, Outcome, Search};
    use hmac_doctor::engine::{Algorithm, Inputs};
    use hmac_doctor::web::scheduler;
    use hmac_doctor::web::webcrypto::Hasher;
    let message = r#"{"event":"ping","url":"https://example.test/a/b","n":[1,2]}"#;
    let signed = br#"{"event": "ping", "url": "https:\/\/example.test\/a\/b", "n": [1, 2]}"#;
    for (alg, key) in [
        (Algorithm::Sha1, "k1"),
        (Algorithm::Sha256, "k256"),
        (Algorithm::Sha384, "k384"),
        (Algorithm::Sha512, "k512"),
        (Algorithm::Sha256, ""),
    ] {
        let inputs = Inputs {
            message: message.into(),
            key: key.into(),
            algorithm: alg,
            expected: hex::encode(alg.mac(key.as_bytes(), signed)),
            ..Inputs::default()
        };
        let search = Search::new(&inputs, Vec::new()).unwrap();
        let hasher = Hasher::new(&search, true).await;
        assert_eq!(hasher.uses_platform(), !key.is_empty(), "{alg:?} {key:?}");
        let mut search = search;
        let outcome = scheduler::run(&mut search, &hasher, || false, |_| {}).await.unwrap();
        let Outcome::Found(f) = &outcome else { panic!("{alg:?}: {}", outcome.text()) };
        assert!(f.explanations()[0].contains("Python json.dumps default separators"), "{}", outcome.text());
        assert!(f.explanations()[0].contains("escaped as \"\\/\""), "{}", outcome.text());
        // The page hands out passes before the near stage, so only the count tried may differ.
        assert_eq!(Some(outcome.text()), diagnose(&inputs).map(|o| o.text()));
    }
}

/// The page ↔ worker protocol: every request and reply survives encoding, and a malformed
/// or unknown message is an explicit error, never a default.
#[wasm_bindgen_test]
fn protocol_round_trip_and_malformed_messages() {
    use hmac_doctor::engine::diagnosis::diagnose;
    use hmac_doctor::engine::presets::Values;
    use hmac_doctor::engine::{Algorithm, Inputs, KeyFormat, MessageFormat, Subject};
    use hmac_doctor::web::protocol::{Reply, Request};
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::JsValue;

    let body: String = "{\"a\":\"ü\\n\"}".repeat(1000);
    let mut values = Values {
        secret: "s".into(),
        body: body.as_str().into(),
        signature: "t=1,v1=00".into(),
        other_secrets: "whsec_a\nwhsec_b".into(),
        ..Values::default()
    };
    values.set("timestamp", "1");
    let file =
        web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(&b"abc"[..]))).unwrap();
    let custom = Inputs {
        message: body.as_str().into(),
        message_format: MessageFormat::Base64,
        key: "k".into(),
        key_format: KeyFormat::Hex,
        algorithm: Algorithm::Sha3_512,
        expected: "sha256=00".into(),
        other_secrets: "old\nnew".into(),
    };
    for request in [
        Request::Diagnose {
            id: 7,
            subject: Subject::Preset { id: "stripe".into(), values: values.clone() },
            file: None,
            text_known: false,
            evidence: Evidence {
                computed: "sha256=ab".into(),
                error: "Timestamp outside the tolerance zone".into(),
                content_length: "65536".into(),
            },
        },
        Request::Verify {
            id: 15,
            subject: Subject::Preset { id: "discord".into(), values: values.clone() },
            error: "[discord-interactions] Invalid signature".into(),
        },
        Request::Curl {
            id: 16,
            subject: Subject::Preset { id: "stripe".into(), values: values.clone() },
            url: "http://127.0.0.1:3000/webhook".into(),
            now_ms: 1_700_000_000_000.0,
        },
        Request::Diagnose {
            id: 8,
            subject: Subject::Custom(custom.clone()),
            file: Some(file.clone()),
            text_known: false,
            evidence: Evidence::default(),
        },
        // A text the worker has is not sent: it crosses as an empty text.
        Request::Diagnose {
            id: 9,
            subject: Subject::Custom(Inputs { message: "".into(), ..custom }),
            file: None,
            text_known: true,
            evidence: Evidence::default(),
        },
        Request::Cancel { id: 9 },
        Request::Program { id: 10, preset: "stripe".into(), language: "go".into() },
        Request::HashFile { file, key: vec![1, 2], algorithm: Algorithm::Sha512, every_ms: 250 },
    ] {
        assert_eq!(Request::decode(&request.encode()).as_ref(), Ok(&request));
    }
    for reply in [
        Reply::Ready,
        Reply::HashProgress { done: 16777216.0, total: 33554432.5 },
        Reply::Hashed { mac: vec![0, 255, 7], memory: 18874368.0 },
        Reply::SearchProgress { id: 4, tried: 123_456 },
        Reply::Nothing { id: 5 },
        Reply::Error { id: Some(6), message: "files over 16 MiB are not diagnosed".into() },
        Reply::Error { id: None, message: "x".into() },
        Reply::Program {
            id: 11,
            text: Some("package main".into()),
            about: "A complete program.".into(),
            curl: true,
            notes: vec!["SHA-1, not SHA-256.".into()],
        },
        Reply::Program { id: 12, text: None, about: String::new(), curl: false, notes: Vec::new() },
        Reply::Curl { id: 13, text: Some("curl -X POST".into()) },
        Reply::Curl { id: 14, text: None },
        Reply::Verified { id: 17, checked: Default::default() },
        Reply::Verified {
            id: 18,
            checked: hmac_doctor::engine::pubkey::check::Checked {
                verdict: hmac_doctor::engine::Verdict::Mismatch("the signature does not verify".into()),
                key_problem: Some("This is a private key".into()),
                notes: vec!["Signature 1 of 2: the signature is not hex".into()],
                report: Some(hmac_doctor::engine::diagnosis::Report {
                    found: true,
                    tried: 3,
                    text: "Found: x".into(),
                    difference: None,
                    evidence: vec!["Recognised: x".into()],
                }),
                string_to_sign: b"1700000000{\"a\":1}".to_vec(),
                problems: vec!["webhook-signature: no v1a, signature in the header.".into()],
                produced: Some("f960b9ee75274abb30e64b33a36b7531b6db9f1b2844350a7ec3395fc0a3bead".into()),
            },
        },
    ] {
        assert_eq!(Reply::decode(&reply.encode()), reply);
    }
    // A finding crosses as the report the page shows.
    let inputs = Inputs {
        message: "Hello, World!".into(),
        key: "It's a Secret to Everybody".into(),
        expected: "8fde2e970f9163923fb1cb61bb945626ff2b4091d87e622ee3ad600160592325".into(),
        ..Inputs::default()
    };
    let outcome = diagnose(&inputs).unwrap();
    let reply = Reply::Diagnosed { id: 3, report: outcome.report() };
    assert_eq!(Reply::decode(&reply.encode()), reply);
    let Reply::Diagnosed { report, .. } = Reply::decode(&reply.encode()) else { unreachable!() };
    assert!(report.found && report.difference.is_some_and(|d| d.offset == 13));

    // Malformed and unknown messages.
    let message = |fields: &[(&str, JsValue)]| {
        let o = Object::new();
        for (k, v) in fields {
            Reflect::set(&o, &(*k).into(), v).unwrap();
        }
        JsValue::from(o)
    };
    let subject = |algorithm: &str| {
        message(&[
            ("type", "custom".into()),
            ("message", "m".into()),
            ("messageFormat", "text".into()),
            ("key", "k".into()),
            ("keyFormat", "text".into()),
            ("algorithm", algorithm.into()),
            ("expected", "".into()),
            ("otherSecrets", "".into()),
        ])
    };
    assert!(Request::decode(&message(&[
        ("type", "diagnose".into()),
        ("id", 1.into()),
        ("textKnown", false.into()),
        ("subject", subject("sha256")),
        ("computed", "".into()),
        ("error", "".into()),
        ("contentLength", "".into()),
    ]))
    .is_ok());
    for (bad, why) in [
        (JsValue::from_str("diagnose"), "type is not a text"),
        (message(&[]), "type is not a text"),
        (message(&[("type", "bogus".into())]), "unknown type “bogus”"),
        (message(&[("type", "cancel".into())]), "id is not a number"),
        (message(&[("type", "cancel".into()), ("id", 1.5.into())]), "id is not a job id"),
        (
            message(&[("type", "diagnose".into()), ("id", 1.into()), ("subject", subject("sha257"))]),
            "unknown algorithm “sha257”",
        ),
        (
            message(&[("type", "diagnose".into()), ("id", 1.into()), ("subject", "x".into())]),
            "subject is not an object",
        ),
        (
            message(&[
                ("type", "diagnose".into()),
                ("id", 1.into()),
                ("textKnown", false.into()),
                ("subject", subject("sha256")),
                ("error", "".into()),
                ("contentLength", "".into()),
            ]),
            "computed is not a text",
        ),
        (
            message(&[
                ("type", "hash-file".into()),
                ("key", Uint8Array::new_with_length(1).into()),
                ("algorithm", "sha1".into()),
                ("chunk", 1.into()),
            ]),
            "file is not a file",
        ),
    ] {
        let err = Request::decode(&bad).unwrap_err();
        assert!(err.starts_with("malformed request") && err.contains(why), "{err}");
    }
    assert!(matches!(
        Reply::decode(&message(&[("type", "diagnosed".into()), ("id", 1.into())])),
        Reply::Error { id: None, .. }
    ));
    assert!(matches!(Reply::decode(&JsValue::from_str("ready")), Reply::Error { .. }));
}
