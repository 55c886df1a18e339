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

use hmac_doctor::engine::evidence::{assess, known_count, recognise, Evidence};
use hmac_doctor::engine::presets::providers;

const NOW_MS: i64 = 1_700_001_000_000;

fn stripe(secret: &str, body: &str, ts: &str, sign_with: &str) -> Subject {
    let sig = hex(sign_with.as_bytes(), format!("{ts}.{body}").as_bytes());
    Subject::Preset {
        id: "stripe".into(),
        values: Values {
            secret: secret.into(),
            body: body.into(),
            signature: format!("t={ts},v1={sig}"),
            ..Values::default()
        },
    }
}

fn said(subject: &Subject, ev: &Evidence) -> String {
    let yours = (!ev.computed.is_empty())
        .then(|| subject.search_towards(None, &ev.computed))
        .flatten()
        .and_then(|s| s.run_both().1);
    assess(subject, ev, yours.as_ref(), NOW_MS).join("\n")
}

fn error(text: &str) -> Evidence {
    Evidence { error: text.into(), ..Evidence::default() }
}

#[test]
fn at_least_thirty_error_texts_each_recognised_as_its_own() {
    assert!(known_count() >= 30, "{}", known_count());
    for row in providers::EVIDENCE {
        assert!(hmac_doctor::engine::presets::find(row.id).is_some(), "{}", row.id);
        for e in row.errors {
            // A log line around the text, in another case: still this entry (or one of the
            // same provider's with the same check, for texts that contain another's).
            let pasted = format!("Error: {} (at handler.js:12)", e.text.replace('…', "abc").to_uppercase());
            let (owner, got) = recognise(&pasted, Some(row.id)).expect(e.text);
            assert_eq!(owner, Some(row.id));
            assert_eq!(got.text, e.text);
            assert!(!e.means.is_empty() && !e.next.is_empty());
        }
    }
    assert!(recognise("something else entirely", None).is_none());
}

#[test]
fn a_mismatch_error_with_inputs_that_verify_points_to_the_server() {
    let s = stripe("whsec_a", "{\"id\":\"evt_1\"}", "1700000000", "whsec_a");
    let words = said(&s, &error("Error: No signatures found matching the expected signature for payload. Are you passing the raw request body?"));
    assert!(
        words.contains("Recognised: “No signatures found matching the expected signature for payload”"),
        "{words}"
    );
    assert!(words.contains("These inputs verify here"), "{words}");
    assert!(words.contains("Signature your code computed"), "{words}");
    // The same text with a request that does not verify: confirmed.
    let s = stripe("whsec_a", "{\"id\":\"evt_1\"}", "1700000000", "whsec_other");
    let words = said(&s, &error("No signatures found matching the expected signature for payload"));
    assert!(words.contains("Confirmed here: the signature does not match"), "{words}");
}

#[test]
fn timestamp_errors_say_which_check_ran_first() {
    // Stripe checks the timestamp after a match: the signature is valid, the event too old.
    let s = stripe("whsec_a", "{}", "1700000000", "whsec_a");
    let words = said(&s, &error("Timestamp outside the tolerance zone"));
    assert!(words.contains("only after a signature matched"), "{words}");
    assert!(words.contains("Holds here"), "{words}");
    // Svix checks it before: nothing about the signature.
    let words = said(&custom("{}", "k", ""), &error("Message timestamp too old"));
    assert!(words.contains("before the signature is compared"), "{words}");
}

#[test]
fn one_text_for_several_checks_is_checked_against_each() {
    // slack_bolt's text covers a missing header, a stale timestamp and a mismatch.
    let body = "token=x&team_id=T1";
    let ts = "1700000000";
    let sig =
        format!("v0={}", hex(b"8f742231b10e8888abcd99yyyzzz85a5", format!("v0:{ts}:{body}").as_bytes()));
    let s = Subject::Preset {
        id: "slack".into(),
        values: Values {
            secret: "8f742231b10e8888abcd99yyyzzz85a5".into(),
            body: body.into(),
            signature: sig,
            fields: vec![("timestamp".into(), ts.into())],
            ..Values::default()
        },
    };
    let words = said(&s, &error("slack_bolt.error: Invalid request signature detected"));
    assert!(words.contains("the header is present"), "{words}");
    assert!(words.contains("the timestamp is beyond the tolerance (holds)"), "{words}");
    assert!(words.contains("the signature matches"), "{words}");
}

#[test]
fn unknown_error_texts_are_said_to_be_unknown() {
    let words = said(&custom("{}", "k", ""), &error("segfault in module foo"));
    assert!(words.starts_with("Error message not recognised"), "{words}");
}

#[test]
fn a_match_explained_and_a_stale_event_named() {
    let s = stripe("whsec_a", "{}", "1700000000", "whsec_a");
    let words = said(&s, &Evidence::default());
    assert!(words.contains("The signature verifies"), "{words}");
    assert!(words.contains("the event is too old for the SDK"), "{words}");
    assert!(words.contains("checks the signature first"), "{words}");
    // Within the tolerance: no age sentence.
    let s = stripe("whsec_a", "{}", "1700000900", "whsec_a");
    let words = said(&s, &Evidence::default());
    assert!(words.contains("The signature verifies") && !words.contains("too old"), "{words}");
}

#[test]
fn the_captured_length_against_the_body() {
    let body = "x".repeat(65536);
    let s = stripe("whsec_a", &body, "1700000000", "whsec_b");
    let ev = Evidence { content_length: "70000".into(), ..Evidence::default() };
    let words = said(&s, &ev);
    assert!(words.contains("4464 bytes are missing"), "{words}");
    assert!(words.contains("exactly 65536 bytes"), "{words}");
    let s = stripe("whsec_a", "", "1700000000", "whsec_b");
    let words = said(&s, &Evidence { content_length: "120".into(), ..Evidence::default() });
    assert!(words.contains("The body is empty, but the request's Content-Length says 120"), "{words}");
    // The same length: nothing said.
    let s = stripe("whsec_a", "abc", "1700000000", "whsec_b");
    assert!(
        !said(&s, &Evidence { content_length: "3".into(), ..Evidence::default() }).contains("Content-Length")
    );
}

#[test]
fn deliberate_bad_signatures_and_other_endpoints_are_named() {
    // Xero's Intent to Receive: a bad signature on purpose; the endpoint must answer 401.
    let itr =
        "{\"events\":[],\"firstEventSequence\": 0,\"lastEventSequence\": 0, \"entropy\": \"S0m3r4Nd0mt3xt\"}";
    let s = Subject::Preset {
        id: "xero".into(),
        values: Values {
            secret: "key".into(),
            body: itr.into(),
            signature: to_base64(&Algorithm::Sha256.mac(b"other", itr.as_bytes())),
            ..Values::default()
        },
    };
    let words = said(&s, &Evidence::default());
    assert!(words.contains("Intent to Receive") && words.contains("401"), "{words}");
    // Signed right, it is not called a deliberate bad signature.
    let s = Subject::Preset {
        id: "xero".into(),
        values: Values {
            secret: "key".into(),
            body: itr.into(),
            signature: to_base64(&Algorithm::Sha256.mac(b"key", itr.as_bytes())),
            ..Values::default()
        },
    };
    assert!(!said(&s, &Evidence::default()).contains("Intent to Receive"));
    // A Connect event and a test-mode event checked with another secret.
    let body = "{\"id\":\"evt_1\",\"account\": \"acct_123\",\"livemode\": false}";
    let words = said(&stripe("whsec_a", body, "1700000000", "whsec_connect"), &Evidence::default());
    assert!(words.contains("Connect event") && words.contains("test-mode event"), "{words}");
    let words = said(&stripe("whsec_a", body, "1700000000", "whsec_a"), &Evidence::default());
    assert!(!words.contains("Connect event"), "no clue on a Match: {words}");
    // Shopify: the key of the admin's Notifications settings.
    let s = Subject::Preset {
        id: "shopify".into(),
        values: Values {
            secret: "app-secret".into(),
            body: "{}".into(),
            signature: to_base64(&Algorithm::Sha256.mac(b"notifications-key", b"{}")),
            ..Values::default()
        },
    };
    assert!(said(&s, &Evidence::default()).contains("Settings → Notifications → Webhooks"));
}

#[test]
fn credentials_of_another_kind_named_never_echoed_withdrawn_on_a_match() {
    let we = "we_1NvXr2Abc123Def456Ghi789";
    let words = said(&stripe(we, "{}", "1700000000", "whsec_real"), &Evidence::default());
    assert!(words.contains("a Stripe webhook endpoint id (we_…)"), "{words}");
    assert!(!words.contains(we), "never echoed: {words}");
    // A Match withdraws it (the provider would accept: the warning would contradict it).
    let words = said(&stripe(we, "{}", "1700000000", we), &Evidence::default());
    assert!(!words.contains("endpoint id"), "{words}");
    // Meta's access token where the App Secret belongs (seed 003), also in Custom.
    let token = format!("EAAB{}", "x1Y2z3".repeat(20));
    let words = said(&custom("{}", &token, &hex(b"app-secret", b"{}")), &Evidence::default());
    assert!(words.contains("a Meta access token (EAA…)") && !words.contains(&token), "{words}");
    let words =
        said(&custom("{}", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0", &hex(b"s", b"{}")), &Evidence::default());
    assert!(words.contains("Mailgun private API key"), "{words}");
}

#[test]
fn evidence_never_contradicts_a_match() {
    let s = stripe("whsec_a", "{\"livemode\":false,\"account\":\"acct_1\"}", "1700000900", "whsec_a");
    let words = said(&s, &Evidence::default());
    for wrong in ["Connect event", "test-mode", "looks like", "not recognised", "Mismatch"] {
        assert!(!words.contains(wrong), "{wrong}: {words}");
    }
}

#[test]
fn hostile_evidence_never_panics() {
    let subjects = [stripe("whsec_a", "{}", "1700000000", "whsec_a"), custom("\u{0}\u{ffff}", "", "zz")];
    for s in &subjects {
        for text in [
            "",
            "…",
            "……",
            "\u{0}",
            "-1",
            "99999999999999999999999",
            "Invalid signature: Expected HMAC SHA256 hex digest of",
        ] {
            let ev = Evidence { computed: text.into(), error: text.into(), content_length: text.into() };
            let _ = said(s, &ev);
        }
    }
}

#[test]
fn zoom_signature_with_plus_turned_into_spaces_is_not_a_match() {
    use hmac_doctor::engine::encoding::to_base64 as b64;
    use hmac_doctor::engine::presets::providers::zoom_sdk as zoom;
    use hmac_doctor::engine::presets::{evaluate, find};
    use hmac_doctor::engine::Verdict;
    // A meeting number whose hash holds a "+" (about half do).
    let (mn, hash) = (123456789u64..)
        .map(|mn| (mn, zoom::legacy_hash("xyz789", "abc123", &mn.to_string(), "1646937553000", "0")))
        .find(|(_, h)| h.contains('+'))
        .unwrap();
    let spaced = b64(format!("abc123.{mn}.1646937553000.0.{}", hash.replace('+', " ")).as_bytes());
    let v = Values { secret: "xyz789".into(), signature: spaced, ..Values::default() };
    let e = evaluate(find("zoom-sdk").unwrap(), &v);
    assert!(!matches!(e.calculation.verdict, Verdict::Match(_)), "{:?}", e.calculation.verdict);
    assert!(e.problems.iter().any(|p| p.contains("valid only with “+” restored")), "{:?}", e.problems);
    // The same signature intact matches, and says nothing of spaces.
    let intact = b64(format!("abc123.{mn}.1646937553000.0.{hash}").as_bytes());
    let v = Values { secret: "xyz789".into(), signature: intact, ..Values::default() };
    let e = evaluate(find("zoom-sdk").unwrap(), &v);
    assert!(matches!(e.calculation.verdict, Verdict::Match(_)), "{:?}", e.calculation.verdict);
    assert!(!e.problems.iter().any(|p| p.contains("spaces")));
}

#[test]
fn a_form_body_re_encoded_with_another_escape_set() {
    use hmac_doctor::engine::diagnosis::{diagnose, Outcome};
    for (entered, signed, escaped) in [
        ("text=a*b&c=(1)", "text=a%2Ab&c=%281%29", true),
        ("text=a%2Ab%20c&d=%7E", "text=a*b%20c&d=~", false),
    ] {
        let i = Inputs {
            message: entered.into(),
            key: KEY.into(),
            expected: hex(KEY.as_bytes(), signed.as_bytes()),
            ..Inputs::default()
        };
        let Some(Outcome::Found(f)) = diagnose(&i) else { panic!("{entered}") };
        assert_eq!(f.message, Some(MessageMistake::FormEscapes { escaped }));
    }
}

#[test]
fn every_providers_credential_shapes_from_custom() {
    // Named by what they are, never echoed, withdrawn on a Match.
    for (key, named) in [
        ("sk_live_51H8abcdefghijklmnop", "Stripe API key"),
        ("v1,whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "version tag"),
        ("xoxb-1234-5678-abcdefgh", "Slack token"),
        ("ghp_16C7e42F292c6912E7710c838347Ae178B4a", "GitHub access token"),
        ("shpat_1a2b3c4d5e6f", "Shopify access token"),
        ("shpss_1a2b3c4d5e6f7a8b", "Shopify app's shared secret"),
        ("MTA1MjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123", "Discord bot token"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "JSON Web Token"),
    ] {
        let words = said(&custom("{}", key, &hex(b"right", b"{}")), &Evidence::default());
        assert!(words.contains(named) && !words.contains(key), "{key}: {words}");
        let words = said(&custom("{}", key, &hex(key.as_bytes(), b"{}")), &Evidence::default());
        assert!(!words.contains(named), "{key}: {words}");
    }
    for key in ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "8f742231b10e8888abcd99yyyzzz85a5"] {
        let words = said(&custom("{}", key, &hex(b"right", b"{}")), &Evidence::default());
        assert!(!words.contains("Key looks like"), "{key}: {words}");
    }
}

#[test]
fn public_key_presets_read_the_error_message_and_discords_endpoint_check() {
    use hmac_doctor::engine::evidence::assess_verified;
    use hmac_doctor::engine::presets::find;
    use hmac_doctor::engine::pubkey::check::check;
    let p = find("discord").unwrap();
    let good = providers::example("discord").unwrap().values(false);
    let verdict = check(p, &good).verdict;
    let words =
        assess_verified(p, &good, "Error: [discord-interactions] Invalid signature", &verdict, NOW_MS)
            .join("\n");
    assert!(words.contains("These inputs verify here"), "{words}");
    assert!(!words.contains("PING"), "a PING signed right is no deliberate bad signature: {words}");
    // The same PING signed badly: Discord's own check, which the endpoint must refuse.
    let mut bad = good.clone();
    bad.signature = bad.signature.replace("3433", "3533");
    let verdict = check(p, &bad).verdict;
    let words = assess_verified(p, &bad, "", &verdict, NOW_MS).join("\n");
    assert!(words.contains("Discord's PING") && words.contains("401"), "{words}");
    // A key that is not hex: the check that failed is the key's.
    let words = assess_verified(p, &bad, "Invalid verifyKey parameters", &verdict, NOW_MS).join("\n");
    assert!(words.contains("discord-interactions") && words.contains("Public Key"), "{words}");
}

#[test]
fn a_separator_escaped_inside_the_values_adyen() {
    use hmac_doctor::engine::presets::assembly::Assembly;
    use hmac_doctor::engine::presets::{evaluate, find};
    let p = find("adyen").unwrap();
    let mut v = providers::example("adyen").unwrap().values(false);
    v.set("merchant_reference", "order:42");
    let key = ::hex::decode(v.secret.trim()).unwrap();
    let right = evaluate(p, &v).string_to_sign.to_vec();
    let escaped = String::from_utf8(right.clone()).unwrap().replace("order:42", "order\\:42");
    let sign = |m: &[u8]| to_base64(&Algorithm::Sha256.mac(&key, m));
    // The user's SDK escaped ":" in the values (adyen-python-api-library#117).
    v.signature = sign(&right);
    let s = Subject::Preset { id: "adyen".into(), values: v.clone() };
    let y = found(&s, &sign(escaped.as_bytes()));
    assert_eq!(y.message, Some(MessageMistake::Assembly(Assembly::SeparatorEscaped { sep: ":".into() })));
    // And the forward search names it when the signature is the escaped one.
    v.signature = sign(escaped.as_bytes());
    let (outcome, _) = towards(&Subject::Preset { id: "adyen".into(), values: v }, &sign(&right));
    assert!(outcome.text().contains("escaped as “\\:”"), "{}", outcome.text());
}

#[test]
fn zoom_secret_token_not_the_verification_token() {
    let body = "{\"event\":\"meeting.started\"}";
    let sig = |key: &[u8]| format!("v0={}", hex(key, format!("v0:1700000000:{body}").as_bytes()));
    let subject = |secret: &str, signed_with: &[u8]| Subject::Preset {
        id: "zoom-webhook".into(),
        values: Values {
            secret: secret.into(),
            body: body.into(),
            signature: sig(signed_with),
            fields: vec![("timestamp".into(), "1700000000".into())],
            ..Values::default()
        },
    };
    // Checked with the (deprecated) verification token: the Secret Token is named.
    let words = said(&subject("verification-token-abc", b"secret-token-xyz"), &Evidence::default());
    assert!(words.contains("not the deprecated Verification Token"), "{words}");
    assert!(!said(&subject("secret-token-xyz", b"secret-token-xyz"), &Evidence::default())
        .contains("Verification Token"));
}
