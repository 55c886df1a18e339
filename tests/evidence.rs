//! The evidence besides body, secret and signature: the signature the user's own code
//! computed (the search runs towards it), the error message the SDK raised, the request as
//! captured. Each cause is built from a correct case and must be found as the right data.

use hmac_doctor::engine::diagnosis::yours::{Comparison, Lossy, ServerMistake};
use hmac_doctor::engine::diagnosis::{KeyMistake, MessageMistake, Outcome, YoursOutcome};
use hmac_doctor::engine::encoding::{to_base64, to_hex, InputFormat};
use hmac_doctor::engine::presets::Values;
use hmac_doctor::engine::{Algorithm, Inputs, Subject};

const KEY: &str = "s3cr3t-key";
const BODY: &str = "{\"id\":\"evt_1\",\"amount\":100,\"name\":\"Zoë\"}";

fn hex(key: &[u8], msg: &[u8]) -> String {
    to_hex(&Algorithm::Sha256.mac(key, msg))
}

fn custom(message: &str, key: &str, expected: &str) -> Subject {
    Subject::Custom(Inputs {
        message: message.into(),
        key: key.into(),
        expected: expected.into(),
        ..Inputs::default()
    })
}

/// Runs the search towards `computed`: (outcome for the provider's signature, what the
/// user's code did).
fn towards(subject: &Subject, computed: &str) -> (Outcome, YoursOutcome) {
    let search = subject.search_towards(None, computed).expect("a search");
    let (outcome, yours) = search.run_both();
    (outcome, yours.expect("a result towards the computed value"))
}

fn found(subject: &Subject, computed: &str) -> hmac_doctor::engine::diagnosis::Yours {
    match towards(subject, computed).1 {
        YoursOutcome::Found(y) => y,
        other => panic!("expected a finding, got {:?}", other.explain()),
    }
}

fn right() -> String {
    hex(KEY.as_bytes(), BODY.as_bytes())
}

#[test]
fn server_only_mistakes_are_found_from_the_computed_value() {
    let s = custom(BODY, KEY, &right());
    let cases: Vec<(ServerMistake, String)> = vec![
        (ServerMistake::EmptyBody, hex(KEY.as_bytes(), b"")),
        (ServerMistake::CoercedBody("[object Object]"), hex(KEY.as_bytes(), b"[object Object]")),
        (ServerMistake::CoercedBody("undefined"), hex(KEY.as_bytes(), b"undefined")),
        (ServerMistake::CoercedBody("null"), hex(KEY.as_bytes(), b"null")),
        (ServerMistake::MissingSecret(""), hex(b"", BODY.as_bytes())),
        (ServerMistake::MissingSecret("undefined"), hex(b"undefined", BODY.as_bytes())),
        (ServerMistake::MissingSecret("None"), hex(b"None", BODY.as_bytes())),
        (ServerMistake::Swapped, hex(BODY.as_bytes(), KEY.as_bytes())),
        (
            ServerMistake::Lossy(Lossy::QuestionPerChar),
            hex(KEY.as_bytes(), BODY.replace('ë', "?").as_bytes()),
        ),
        (
            ServerMistake::Lossy(Lossy::ReplacementPerByte),
            hex(KEY.as_bytes(), BODY.replace('ë', "\u{fffd}\u{fffd}").as_bytes()),
        ),
    ];
    for (mistake, computed) in cases {
        let y = found(&s, &computed);
        assert_eq!(y.server, Some(mistake.clone()), "{mistake:?}");
        assert!(y.key.is_none() && y.message.is_none() && y.algorithm.is_none());
        let words = YoursOutcome::Found(y).explain().join(" ");
        assert!(words.starts_with("Your code"), "{words}");
    }
    // The provider's signature verifies: nothing is searched for it.
    assert_eq!(towards(&s, &hex(KEY.as_bytes(), b"")).0, Outcome::NotSearched);
}

#[test]
fn a_secret_changed_by_interpolation() {
    let key = "abc$DEF$$ghi";
    let s = custom(BODY, key, &hex(key.as_bytes(), BODY.as_bytes()));
    assert_eq!(found(&s, &hex(b"abc", BODY.as_bytes())).server, Some(ServerMistake::DollarCut));
    assert_eq!(found(&s, &hex(b"abc$DEF$ghi", BODY.as_bytes())).server, Some(ServerMistake::DollarCollapsed));
}

#[test]
fn the_searchs_own_classes_seen_from_the_server() {
    let s = custom(BODY, "0b0b0b0b", &hex(b"0b0b0b0b", BODY.as_bytes()));
    // The secret hex-decoded where it is text.
    let y = found(&s, &hex(&[0x0b; 4], BODY.as_bytes()));
    assert_eq!(y.key, Some(KeyMistake::Decoded { right: InputFormat::Hex, chosen: InputFormat::Text }));
    // Another algorithm.
    let s = custom(BODY, KEY, &right());
    let y = found(&s, &to_hex(&Algorithm::Sha1.mac(KEY.as_bytes(), BODY.as_bytes())));
    assert_eq!(y.algorithm, Some(Algorithm::Sha1));
    // The body re-serialized (pretty-printed, as JSON.stringify(body, null, 2) writes it).
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(BODY).unwrap()).unwrap();
    let y = found(&s, &hex(KEY.as_bytes(), pretty.as_bytes()));
    assert!(matches!(y.message, Some(MessageMistake::Json(_))), "{y:?}");
    // A trailing newline added by the server.
    let y = found(&s, &hex(KEY.as_bytes(), format!("{BODY}\n").as_bytes()));
    assert!(matches!(y.message, Some(MessageMistake::NewlineAdded(_))), "{y:?}");
    // The secret trimmed by the server where the provider's has white space.
    let s2 = custom(BODY, " s3cr3t-key", &hex(b" s3cr3t-key", BODY.as_bytes()));
    let y = found(&s2, &right());
    assert!(matches!(y.key, Some(KeyMistake::Trimmed(_))), "{y:?}");
}

#[test]
fn an_empty_body_inside_a_presets_string_to_sign() {
    let secret = "whsec_test_secret";
    let body = "{\"id\":\"evt_test\",\"object\":\"event\"}";
    let sig = hex(secret.as_bytes(), format!("1700000000.{body}").as_bytes());
    let s = Subject::Preset {
        id: "stripe".into(),
        values: Values {
            secret: secret.into(),
            body: body.into(),
            signature: format!("t=1700000000,v1={sig}"),
            ..Values::default()
        },
    };
    let y = found(&s, &hex(secret.as_bytes(), b"1700000000."));
    assert_eq!(y.server, Some(ServerMistake::EmptyBody));
    let y = found(&s, &hex(secret.as_bytes(), b"1700000000.[object Object]"));
    assert_eq!(y.server, Some(ServerMistake::CoercedBody("[object Object]")));
}

#[test]
fn the_right_mac_compared_wrongly() {
    let mac = Algorithm::Sha256.mac(KEY.as_bytes(), BODY.as_bytes());
    let lower = to_hex(&mac);
    let cases = [
        (lower.clone(), lower.to_uppercase(), Comparison::Case),
        (format!("sha256={lower}"), lower.clone(), Comparison::Prefix("sha256=".into())),
        (to_base64(&mac), lower.clone(), Comparison::Encoding { yours: "hex", theirs: "Base64" }),
        (lower.clone(), lower.clone(), Comparison::Same),
    ];
    for (theirs, yours, want) in cases {
        let (_, got) = towards(&custom(BODY, KEY, &theirs), &yours);
        assert_eq!(got, YoursOutcome::RightMac(want.clone()), "{theirs} vs {yours}");
        assert!(got.explain()[0].contains("the comparison"), "{:?}", got.explain());
    }
    // The provider's signature was made otherwise: the user's code is right, the search
    // for the provider's signature still runs and finds the trailing newline.
    let theirs = hex(KEY.as_bytes(), format!("{BODY}\n").as_bytes());
    let (outcome, got) = towards(&custom(BODY, KEY, &theirs), &lower);
    assert_eq!(got, YoursOutcome::RightMac(Comparison::ProviderDiffers));
    assert!(outcome.is_found(), "{}", outcome.text());
}

#[test]
fn a_wrong_secret_stays_unexplained() {
    let s = custom(BODY, KEY, &right());
    let (_, y) = towards(&s, &hex(b"another-secret", BODY.as_bytes()));
    assert_eq!(y, YoursOutcome::NotFound);
    // Both searches at once: neither the provider's nor the user's value is explained.
    let s = custom(BODY, KEY, &hex(b"third", BODY.as_bytes()));
    let (outcome, y) = towards(&s, &hex(b"another-secret", BODY.as_bytes()));
    assert!(!outcome.is_found());
    assert_eq!(y, YoursOutcome::NotFound);
}

#[test]
fn hostile_computed_values_never_panic() {
    let s = custom(BODY, KEY, &right());
    for text in ["", " ", "zz", "sha256=", "t=1,v1=", "\u{0}\u{fffd}", "====", &"a".repeat(10_000)] {
        if let Some(search) = s.search_towards(None, text) {
            let _ = search.run_both();
        }
    }
}
