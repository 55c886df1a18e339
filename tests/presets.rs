//! Every preset against the official vectors in shared/reference/providers.md and the
//! derived ones in derived-vectors.md, through the preset's own string-to-sign, key
//! handling, algorithm, encoding and header format.

use hmac_doctor::engine::calculate;
use hmac_doctor::engine::diagnosis::{Outcome, Search};
use hmac_doctor::engine::presets::providers::{pusher_channel as pusher, zoom_sdk as zoom};
use hmac_doctor::engine::presets::{self, evaluate, find, jwt, raw, Values};
use hmac_doctor::engine::{Algorithm, Verdict};

const NOW_MS: i64 = 1_700_000_100_000;

fn values(secret: &str, body: &str, signature: &str, fields: &[(&str, &str)]) -> Values {
    let mut v =
        Values { secret: secret.into(), body: body.into(), signature: signature.into(), ..Values::default() };
    for (k, val) in fields {
        v.set(k, *val);
    }
    v
}

/// Evaluates `id` and asserts the verdict is Match; returns what a correct sender produces.
fn matches(id: &str, v: &Values) -> String {
    let p = find(id).unwrap_or_else(|| panic!("no preset {id}"));
    let e = evaluate(p, v);
    assert!(e.problems.is_empty(), "{id}: {:?}", e.problems);
    let verdict = calculate(&e.inputs).verdict;
    assert!(
        matches!(verdict, Verdict::Match(_)),
        "{id}: {} (string-to-sign {:?})",
        verdict.text(),
        presets::visible(&e.string_to_sign)
    );
    e.produced.unwrap()
}

#[test]
fn github_official_vectors() {
    let out = matches(
        "github",
        &values(
            "It's a Secret to Everybody",
            "Hello, World!",
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
            &[],
        ),
    );
    assert_eq!(out, "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    matches(
        "github",
        &values(
            "mysecret",
            "{\"foo\":\"bar\"}",
            "sha256=4864d2759938a15468b5df9ade20bf161da9b4f737ea61794142f3484236bda3",
            &[],
        ),
    );
    matches(
        "github",
        &values(
            "development",
            "{\"foo\":\"Foo\\n\\u001B[34mbar: ♥♥♥♥♥♥♥♥\\nthis-is-lost\\u001B[0m\\u001B[2K\"}",
            "sha256=afecc3caa27548bb90d51a50384cb2868b9a3327b4ad6a01c9bd4ed0f8b0b12c",
            &[],
        ),
    );
    matches(
        "github",
        &values(
            "development",
            "{\"foo\":\"\\\\u001b\"}",
            "sha256=6f8326efbacfbd04e870cea25b5652e635be8c9807f2fd5348ef60753c9e96ed",
            &[],
        ),
    );
}

#[test]
fn stripe_vectors() {
    // stripe-node test/crypto/helpers.ts: the HMAC of the payload alone, key test_secret.
    for (payload, hex) in [
        ("", "f7f9bd47fb987337b5796fdc1fdb9ba221d0d5396814bfcaf9521f43fd8927fd"),
        (
            "{\"obj1\":\"hello\",\"obj2\":\"world\"}",
            "bebb1a643997f419b315ddba19e6f5411e1ce7f810ba6d3617ce72823092f363",
        ),
        ("😀", "837da296d05c4fe31f61d5d7ead035099d9585a5bcde87de952012a78f0b0c43"),
    ] {
        assert_eq!(hex::encode(Algorithm::Sha256.mac(b"test_secret", payload.as_bytes())), hex);
    }
    // Derived full header; a second, stale v1 and a v0 are ignored.
    let header = "t=1700000000,v1=0000000000000000000000000000000000000000000000000000000000000000,v1=8042376f6ca064adbe037642a718227dfd59047137eb49497a54c49eb0cfb724,v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39";
    let out = matches(
        "stripe",
        &values("whsec_test_secret", "{\"id\":\"evt_test\",\"object\":\"event\"}", header, &[]),
    );
    assert_eq!(out, "t=1700000000,v1=8042376f6ca064adbe037642a718227dfd59047137eb49497a54c49eb0cfb724");
    let e = evaluate(find("stripe").unwrap(), &values("whsec_test_secret", "{}", header, &[]));
    assert_eq!(e.signatures.len(), 2);
    assert!(e.timestamp_at(NOW_MS).unwrap().within, "{}", e.timestamp_at(NOW_MS).unwrap().text);
    let late = evaluate(find("stripe").unwrap(), &values("whsec_test_secret", "{}", header, &[]));
    let t = late.timestamp_at(NOW_MS + 3_600_000).unwrap();
    assert!(!t.within);
    assert!(t.text.contains("1 hour 1 minute ago: outside Stripe webhook's 300 s tolerance"), "{}", t.text);
    let bad = evaluate(find("stripe").unwrap(), &values("whsec_x", "{}", "v1=abc", &[]));
    assert!(bad.problems[0].contains("unable to extract the timestamp"), "{:?}", bad.problems);
}

#[test]
fn slack_official_vector() {
    let body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    matches(
        "slack",
        &values(
            "8f742231b10e8888abcd99yyyzzz85a5",
            body,
            "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
            &[("timestamp", "1531420618")],
        ),
    );
}

#[test]
fn pusher_official_vectors() {
    let docs =
        [("app_key", "278d425bdf160c739803"), ("socket_id", "1234.1234"), ("channel", "private-foobar")];
    let out = matches(
        "pusher-channel",
        &values(
            "7ad3773142a6692b25b8",
            "",
            "278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4",
            &docs,
        ),
    );
    assert_eq!(out, "{\"auth\":\"278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4\"}");
    let presence = [
        ("app_key", "278d425bdf160c739803"),
        ("socket_id", "1234.1234"),
        ("channel", "presence-foobar"),
        ("channel_data", "{\"user_id\":10,\"user_info\":{\"name\":\"Mr. Pusher\"}}"),
    ];
    let out = matches(
        "pusher-channel",
        &values(
            "7ad3773142a6692b25b8",
            "",
            "278d425bdf160c739803:afaed3695da2ffd16931f457e338e6c9f2921fa133ce7dac49f529792be6304c",
            &presence,
        ),
    );
    assert!(out.contains(",\"channel_data\":\"{\\\"user_id\\\":10,"), "{out}");
    matches(
        "pusher-user",
        &values(
            "7ad3773142a6692b25b8",
            "",
            "278d425bdf160c739803:4708d583dada6a56435fb8bc611c77c359a31eebde13337c16ab43aa6de336ba",
            &[
                ("app_key", "278d425bdf160c739803"),
                ("socket_id", "1234.1234"),
                ("user_data", "{\"id\":\"12345\"}"),
            ],
        ),
    );
    // pusher-http-node tests, secret "tofu".
    matches(
        "pusher-channel",
        &values(
            "tofu",
            "",
            "efa6cf7644a0b35cba36aa0f776f3cbf7bb60e95ea2696bde1dbe8403b61bd7c",
            &[("socket_id", "123.456"), ("channel", "test")],
        ),
    );
    matches(
        "pusher-channel",
        &values(
            "tofu",
            "",
            "f41faf9ead2ea76772cc6b1168363057459f02499ae4d92e88229dc7f4efa2d4",
            &[("socket_id", "123.456"), ("channel", "test"), ("channel_data", "{\"foo\":\"bar\"}")],
        ),
    );
    matches(
        "pusher-channel",
        &values(
            "tofu",
            "",
            "2a229263e89d9c50524fd80c2e88be2843379f6931e28995e2cc214282c9db0c",
            &[("socket_id", "1.1"), ("channel", "test"), ("channel_data", "\"ą§¶™€łü€ß£\"")],
        ),
    );
    matches(
        "pusher-user",
        &values(
            "tofu",
            "",
            "f4b1fdeea7c93e32648c7230e32b172057c5623cace6cfce791c6e7035e0babd",
            &[("socket_id", "123.456"), ("user_data", "{\"id\":\"45678\"}")],
        ),
    );
    matches("pusher-webhook", &values("tofu", "{\"time_ms\":1403175510755,\"events\":[{\"channel\":\"test_channel\",\"name\":\"channel_vacated\"}]}", "c17257e92037cd7de407ebc1ed174ceb7b2e518db127f44411b9ffc4f5b28cc5", &[("app_key", "123456789")]));
    // pusher-http-python tests.
    matches(
        "pusher-channel",
        &values(
            "bar",
            "",
            "foo:89955e77e1b40e33df6d515a5ecbba86a01dc816a5b720da18a06fd26f7d92ff",
            &[("app_key", "foo"), ("socket_id", "345.23"), ("channel", "private-channel")],
        ),
    );
    matches(
        "pusher-channel",
        &values(
            "bar",
            "",
            "foo:e80ba6439492c2113022c39297a87a948de14061cc67b5788e045645a68b8ccd",
            &[
                ("app_key", "foo"),
                ("socket_id", "345.43245"),
                ("channel", "presence-channel"),
                ("channel_data", "{\"user_id\":\"fred\",\"user_info\":{\"key\":\"value\"}}"),
            ],
        ),
    );
    matches(
        "pusher-user",
        &values(
            "thisisasecret",
            "",
            "thisisaauthkey:0dddb208b53c7649f3fbbb86254a6e1986bc6f8b566423ea690c9ca773497373",
            &[
                ("app_key", "thisisaauthkey"),
                ("socket_id", "12345.6789"),
                ("user_data", "{\"id\":\"123\",\"name\":\"John Smith\"}"),
            ],
        ),
    );
    // The signature may be pasted as the JSON response too; a different app key is flagged.
    let e = evaluate(
        find("pusher-channel").unwrap(),
        &values(
            "7ad3773142a6692b25b8",
            "",
            "{\"auth\":\"otherkey:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4\"}",
            &docs,
        ),
    );
    assert!(calculate(&e.inputs).verdict.text().starts_with("Match"));
    assert!(e.problems[0].contains("made for app key otherkey"));
}

#[test]
fn pusher_error_text() {
    let e = pusher::parse_error("Invalid signature: Expected HMAC SHA256 hex digest of 264774.13368624:private-phone-company-509, but got 52aab6f2").unwrap();
    assert_eq!(
        (e.socket_id.as_str(), e.channel.as_str(), e.channel_data.as_deref(), e.received.as_str()),
        ("264774.13368624", "private-phone-company-509", None, "52aab6f2")
    );
    let e = pusher::parse_error("Invalid signature: Expected HMAC SHA256 hex digest of 1.2:presence-chat:{\"user_id\":1453,\"user_info\":{\"name\":\"joe\"}}, but got abc").unwrap();
    assert_eq!(e.channel_data.as_deref(), Some("{\"user_id\":1453,\"user_info\":{\"name\":\"joe\"}}"));
    assert!(pusher::parse_error("Invalid signature").is_err());
    assert!(pusher::valid_socket_id("1234.5678"));
    assert!(!pusher::valid_socket_id("1.1:") && !pusher::valid_socket_id(":1.1"));
}

#[test]
fn twilio_official_vectors() {
    let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
    let body =
        "CallSid=CA1234567890ABCDE&Digits=1234&From=%2B14158675309&To=%2B18005551212&Caller=%2B14158675309";
    matches("twilio", &values("12345", body, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", &[("url", url)]));
    matches(
        "twilio",
        &values(
            "12345",
            "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234",
            "IK+Dwps556ElfBT0I3Rgjkr1wJU=",
            &[("url", url)],
        ),
    );
    matches(
        "twilio",
        &values(
            "12345",
            body,
            "kvajT1Ptam85bY51eRf/AJRuM3w=",
            &[("url", "https://mycompany.com:443/myapp.php?foo=1&bar=2")],
        ),
    );
    matches(
        "twilio",
        &values(
            "12345",
            body,
            "0ZXoZLH/DfblKGATFgpif+LLRf4=",
            &[("url", "http://mycompany.com:80/myapp.php?foo=1&bar=2")],
        ),
    );
    matches(
        "twilio",
        &values(
            "12345",
            body,
            "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=",
            &[("url", "http://mycompany.com:1234/myapp.php?foo=1&bar=2")],
        ),
    );
    // JSON body: the URL carries bodySHA256, the signature covers the URL alone (twilio-node's
    // webhooks test: the body is not read as parameters, and its SHA-256 is the one carried).
    let json_url = "https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
    let json_body = "{\"property\": \"value\", \"boolean\": true}";
    matches("twilio", &values("12345", json_body, "a9nBmqA0ju/hNViExpshrM61xv4=", &[("url", json_url)]));
    // The body re-serialized on the way: the signature still matches (it covers the URL), and
    // the body's hash is said not to be the one the URL carries.
    let e = evaluate(
        find("twilio").unwrap(),
        &values(
            "12345",
            "{\"property\":\"value\",\"boolean\":true}",
            "a9nBmqA0ju/hNViExpshrM61xv4=",
            &[("url", json_url)],
        ),
    );
    assert!(matches!(calculate(&e.inputs).verdict, Verdict::Match(_)));
    assert!(e.problems.iter().any(|m| m.contains("bodySHA256 is 0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620, but the body's SHA-256 is")), "{:?}", e.problems);
    let docs_body =
        "CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1234&From=%2B14158675310&To=%2B18005551212";
    matches(
        "twilio",
        &values(
            "12345",
            docs_body,
            "L/OH5YylLD5NRKLltdqwSvS0BnU=",
            &[("url", "https://example.com/myapp.php?foo=1&bar=2")],
        ),
    );
}

#[test]
fn standard_webhooks_official_vector() {
    let v = values(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "{\"test\": 2432232314}",
        "v1,bm9ldHUjSXNlZW5vdA== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        &[("id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("timestamp", "1614265330")],
    );
    assert_eq!(matches("standard-webhooks", &v), "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
}

#[test]
fn shopify_square_hubspot_paddle_vectors() {
    matches("shopify-oauth", &values("hush", "", "", &[("query", "code=0907a61c0c8d55e99db179b68161bc00&hmac=700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf&shop=some-shop.myshopify.com&state=0.6784241404160823&timestamp=1337178173")]));
    matches("shopify", &values("hush", "{\"id\":1}", "VnKUjZsLuN5iZWjn5EntcBVCF9kMN43LglzCE1/GSeY=", &[]));
    matches("square", &values("Ibxx_5AKakO-3qeNVR61Dw", "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\",\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\",\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}", "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=", &[("url", "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9")]));
    matches(
        "hubspot",
        &values(
            "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy",
            "{'example_field':'example_value'}",
            "HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=",
            &[("method", "POST"), ("uri", "https://www.example.com/webhook_uri"), ("timestamp", "15000000")],
        ),
    );
    let paddle_body = r#"{"data":{"id":"pri_01hsdn96k2hxjzsq5yerecdj9j","name":null,"status":"active","quantity":{"maximum":999999,"minimum":1},"tax_mode":"account_setting","product_id":"pro_01hsdn8qp7yydry3x1yeg6a9rv","unit_price":{"amount":"1000","currency_code":"USD"},"custom_data":null,"description":"testing","import_meta":null,"trial_period":null,"billing_cycle":{"interval":"month","frequency":1},"unit_price_overrides":[]},"event_id":"evt_01hsdn97563968dy0szkmgjwh3","event_type":"price.created","occurred_at":"2024-03-20T10:07:35.590857Z","notification_id":"ntf_01hsdn977e920kbgzt6r6c9rqc"}"#;
    matches(
        "paddle",
        &values(
            "pdl_ntfset_01hsdn8d43dt7mezr1ef2jtbaw_hKkRiCGyyRhbFwIUuqiTBgI7gnWoV0Gr",
            paddle_body,
            "ts=1710929255;h1=6c05ef8fa83c44d751be6d259ec955ce5638e2c54095bf128e408e2fce1589c8",
            &[],
        ),
    );
}

/// HubSpot v1 and v2, plain SHA-256 hashes: the SDK's vectors (hubspot-api-python's
/// test_signature.py) and the docs' v1 example through the preset; the verdict names SHA-256
/// (not an HMAC); a v2 signature with the version said v1 is named; detection tells v1/v2
/// requests from v3 ones by their headers.
#[test]
fn hubspot_v1_v2_vectors_and_detection() {
    let p = find("hubspot-legacy").unwrap();
    let secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    let body = "{'example_field':'example_value'}";
    let uri = "https://www.example.com/webhook_uri";
    let check = |version: &str, method: &str, body: &str, sig: &str| {
        let mut v = values(secret, body, sig, &[("version", version), ("method", method), ("uri", uri)]);
        if version.is_empty() {
            v.fields.retain(|(k, _)| k != "version");
        }
        evaluate(p, &v)
    };
    for (version, method, body, sig) in [
        ("v1", "POST", body, "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750"),
        ("", "POST", body, "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750"),
        ("v2", "POST", body, "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383"),
        ("v2", "GET", "", "eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e"),
    ] {
        let e = check(version, method, body, sig);
        let text = e.calculation.verdict.text();
        assert!(text.starts_with("Match — SHA-256 of client secret"), "{version} {method}: {text}");
        assert!(e.problems.is_empty(), "{:?}", e.problems);
        assert_eq!(e.produced.as_deref(), Some(sig));
    }
    let docs = r#"[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]"#;
    let e = check("v1", "POST", docs, "232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de");
    assert!(e.calculation.verdict.text().starts_with("Match"), "{}", e.calculation.verdict.text());
    // The v2 hash with the version said to be v1: Mismatch, and which version it is.
    let e = check("v1", "POST", body, "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383");
    assert!(e.calculation.verdict.is_mismatch());
    assert!(
        e.problems.iter().any(|m| m.starts_with("The signature is the v2 hash, but the version is v1")),
        "{:?}",
        e.problems
    );
    // A wrong secret: Mismatch, nothing claimed.
    let mut v = values(
        "other",
        body,
        "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750",
        &[("version", "v1")],
    );
    let e = evaluate(p, &v);
    assert!(e.calculation.verdict.is_mismatch() && e.problems.is_empty());
    // An HMAC with the secret as key is not what v1 is.
    v.secret = secret.into();
    v.signature =
        hmac_doctor::engine::encoding::to_hex(&Algorithm::Sha256.mac(secret.as_bytes(), body.as_bytes()));
    assert!(evaluate(p, &v).calculation.verdict.is_mismatch());
    // Detection: v1/v2 headers choose this preset; v3 headers (with or without the older
    // signature beside them) the v3 one.
    let legacy = raw::parse(&format!("POST /webhook_uri HTTP/1.1\nHost: www.example.com\nX-HubSpot-Signature: 4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383\nX-HubSpot-Signature-Version: v2\n\n{body}"));
    let found = raw::detect(&legacy).unwrap();
    assert_eq!(found.id, "hubspot-legacy");
    let v = raw::fill(found, &legacy, secret);
    let mut v = v;
    v.set("method", "POST");
    assert!(evaluate(found, &v).calculation.verdict.text().starts_with("Match"), "{:?}", v);
    let v3 = raw::parse("POST /webhook_uri HTTP/1.1\nX-HubSpot-Signature: 00\nX-HubSpot-Signature-Version: v1\nX-HubSpot-Signature-v3: HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=\nX-HubSpot-Request-Timestamp: 15000000\n\n{}");
    assert_eq!(raw::detect(&v3).unwrap().id, "hubspot");
}

#[test]
fn adyen_razorpay_dropbox_vectors() {
    let f = |psp, orig, acct, reference, value, cur, code, ok| {
        vec![
            ("psp_reference", psp),
            ("original_reference", orig),
            ("merchant_account", acct),
            ("merchant_reference", reference),
            ("value", value),
            ("currency", cur),
            ("event_code", code),
            ("success", ok),
        ]
    };
    let key = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056";
    matches(
        "adyen",
        &values(
            key,
            "",
            "coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=",
            &f(
                "7914073381342284",
                "",
                "TestMerchant",
                "TestPayment-1407325143704",
                "1130",
                "EUR",
                "AUTHORISATION",
                "true",
            ),
        ),
    );
    matches(
        "adyen",
        &values(
            key,
            "",
            "J7HhsgZo5KwqdB7LFZJV6rfQgp+RqC2kuYyw/3x3w+8=",
            &f(
                "7914073381342284",
                "",
                "TestMerchant",
                "TestPayment-1407325143704",
                "0",
                "EUR",
                "REFUND",
                "true",
            ),
        ),
    );
    matches(
        "adyen",
        &values(
            "DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00",
            "",
            "xhpHvYq2u2Np0rstbZ6QjLGu7JWhvf7Iwaa6EviJSX0=",
            &f(
                "pspReference",
                "originalReference",
                "merchantAccount",
                "reference",
                "1000",
                "EUR",
                "CAPTURE",
                "true",
            ),
        ),
    );
    matches(
        "razorpay",
        &values(
            "123456",
            "{\"a\":1,\"b\":2,\"c\":{\"d\":3}}",
            "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc",
            &[],
        ),
    );
    matches(
        "dropbox",
        &values(
            "the_secret",
            "{\"delta\": {\"users\": [12345]}}",
            "0a8c16b085420b960dc78664279fe09e936a2a01b1f91064869d9e77dfd64529",
            &[],
        ),
    );
}

#[test]
fn derived_vectors() {
    matches(
        "zoom-webhook",
        &values(
            "zoom_secret_token",
            "{\"event\":\"meeting.started\",\"payload\":{\"account_id\":\"abc\"},\"event_ts\":1700000000000}",
            "v0=2d1cc1e93aec239e4b6385fee0380dee3eb697ec172492bff19620cd15e20efc",
            &[("timestamp", "1700000000")],
        ),
    );
    let out = matches(
        "zoom-url-validation",
        &values(
            "zoom_secret_token",
            "",
            "bd48235863f4a6323ccc4963c594908b7c97f88b4a6a95278f4f093690b12726",
            &[("plain_token", "qgg8vlvZRS6UYooatFL8Aw")],
        ),
    );
    assert_eq!(out, "{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\",\"encryptedToken\":\"bd48235863f4a6323ccc4963c594908b7c97f88b4a6a95278f4f093690b12726\"}");
    matches(
        "meta",
        &values(
            "app_secret",
            "{\"text\":\"\\u00e4\\u00f6\\u00e5\"}",
            "sha256=9d9c307fc216aea4c1f52ce87c47e7f0c570aa837887d3c8ddef2734a6dc7c3e",
            &[],
        ),
    );
    matches(
        "calendly",
        &values(
            "calendly_key",
            "{\"event\":\"invitee.created\"}",
            "t=1700000000,v1=3cb32bf5abcdbad9b8dbd2035eeaaa76b9db4c6d4f8623643808d584270e7256",
            &[],
        ),
    );
    matches(
        "mux",
        &values(
            "mux_secret",
            "{\"type\":\"video.asset.ready\"}",
            "t=1700000000,v1=e541997e88269930d08bf33caa66d3c09eaa813ac251b0ad72424b0f7ac02a38",
            &[],
        ),
    );
    matches(
        "linear",
        &values(
            "lin_wh_secret",
            "{\"action\":\"create\",\"type\":\"Issue\",\"webhookTimestamp\":1700000000000}",
            "91e919dc0fd99df1cae12efef1ca08b082cfa523f101b572ec14ed98863fdf35",
            &[],
        ),
    );
    matches(
        "intercom",
        &values(
            "intercom_secret",
            "{\"type\":\"notification_event\"}",
            "sha1=15b5d6733aba42f248703df93d120ed4236cce43",
            &[],
        ),
    );
    matches(
        "trello",
        &values(
            "trello_secret",
            "{\"action\":{\"type\":\"updateCard\"}}",
            "n1iDwWZhxVjA+Qs0Uk21C33NGQY=",
            &[("callback_url", "https://example.com/trello/hook")],
        ),
    );
    matches(
        "vercel",
        &values(
            "vercel_secret",
            "{\"type\":\"deployment.created\"}",
            "3e78534df5f1db61d5260d2ac44f8b60b7bb06ae",
            &[],
        ),
    );
    matches(
        "sentry",
        &values(
            "sentry_secret",
            "{\"action\":\"created\",\"data\":{}}",
            "b73e30ae88c7f6cfc752fd1589d3c965b566e84f5ebc96a4637732398cecdb8a",
            &[],
        ),
    );
    matches(
        "coinbase",
        &values(
            "cc_secret",
            "{\"event\":{\"type\":\"charge:confirmed\"}}",
            "03b4faad713b238bd88b44998a9feb060f778a9353d7f789f190b9f529b02017",
            &[],
        ),
    );
    matches(
        "mailgun",
        &values(
            "key-mailgun",
            "",
            "ddb012aec14468a3b9e1a725bdde25007c37ecc18f4cfcddacff6f264820e1e3",
            &[("timestamp", "1700000000"), ("token", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")],
        ),
    );
    matches(
        "jira",
        &values(
            "jira_secret",
            "{\"webhookEvent\":\"jira:issue_created\"}",
            "sha256=79b378f1f4e4c129cb39047abdac10bace81953a335325febfb1474c7cb08a64",
            &[],
        ),
    );
    matches(
        "typeform",
        &values(
            "abc123",
            "{\"event_id\":\"01\",\"event_type\":\"form_response\"}",
            "sha256=Mgx2tuqaRER0+NyBYHTDsOQnB7BUTbjh0dlCFRG9BSQ=",
            &[],
        ),
    );
    // GitHub legacy sha1 header: the GitHub preset finds it is SHA-1 through the diagnosis.
    let e = evaluate(
        find("github").unwrap(),
        &values(
            "It's a Secret to Everybody",
            "Hello, World!",
            "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59",
            &[],
        ),
    );
    let Outcome::Found(f) = Search::new(&e.inputs, e.variants()).unwrap().run() else { panic!() };
    assert_eq!(f.algorithm, Some(Algorithm::Sha1));
}

#[test]
fn zoom_legacy_signature() {
    let sig = zoom::legacy_signature("xyz789", "abc123", "123456789", "1646937553000", "0");
    assert_eq!(sig, "YWJjMTIzLjEyMzQ1Njc4OS4xNjQ2OTM3NTUzMDAwLjAuSUhTZnovU05xQ1JZN0QrcG1BbHdYeEY2a3lFcmpMeFdZWThhUzZTY3h3WT0=");
    assert_eq!(
        zoom::legacy_hash("xyz789", "abc123", "123456789", "1646937553000", "0"),
        "IHSfz/SNqCRY7D+pmAlwXxF6kyErjLxWYY8aS6ScxwY="
    );
    for pasted in [sig.as_str(), "YWJjMTIzLjEyMzQ1Njc4OS4xNjQ2OTM3NTUzMDAwLjAuSUhTZnovU05xQ1JZN0QrcG1BbHdYeEY2a3lFcmpMeFdZWThhUzZTY3h3WT0"] {
        let p = zoom::decode_legacy(pasted).unwrap();
        assert_eq!((p.api_key.as_str(), p.meeting_number.as_str(), p.timestamp_ms.as_str(), p.role.as_str()), ("abc123", "123456789", "1646937553000", "0"));
        assert_eq!(p.hash, zoom::legacy_hash("xyz789", &p.api_key, &p.meeting_number, &p.timestamp_ms, &p.role));
    }
    assert!(zoom::url_warnings(&sig).unwrap().contains("'='"));
    assert!(zoom::decode_legacy("bm90IGEgc2lnbmF0dXJl").unwrap_err().contains("not apiKey.meetingNumber"));
    assert!(zoom::decode_legacy("%%%").is_err());
}

#[test]
fn jwt_vectors() {
    // RFC 7515 Appendix A.1 (HS256, key from the JWK's k, base64url-decoded).
    let token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    let k = hmac_doctor::engine::encoding::decode_base64(
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
        hmac_doctor::engine::encoding::Alphabet::UrlSafe,
    )
    .unwrap();
    let j = jwt::decode(token).unwrap();
    assert!(jwt::verify(&j, &k));
    assert!(!jwt::verify(&j, b"wrong"));
    // jwt.io defaults.
    let payload =
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0";
    for (hdr, secret, sig) in [
        (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
            "a-string-secret-at-least-256-bits-long",
            "KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30",
        ),
        (
            "eyJhbGciOiJIUzM4NCIsInR5cCI6IkpXVCJ9",
            "a-valid-string-secret-that-is-at-least-384-bits-long",
            "owv7q9nVbW5tqUezF_G2nHTra-ANW3HqW9epyVwh08Y-Z-FKsnG8eBIpC4GTfTVU",
        ),
        (
            "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9",
            "a-valid-string-secret-that-is-at-least-512-bits-long-which-is-very-long",
            "ANCf_8p1AE4ZQs7QuqGAyyfTEgYrKSjKWkhBk5cIn1_2QVr2jEjmM-1tu7EgnyOf_fAsvdFXva8Sv05iTGzETg",
        ),
    ] {
        let j = jwt::decode(&format!("{hdr}.{payload}.{sig}")).unwrap();
        assert!(jwt::verify(&j, secret.as_bytes()), "{hdr}");
        assert!(claims(&j, secret.len()).is_empty());
    }
    let classic = jwt::decode("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c").unwrap();
    assert!(jwt::verify(&classic, b"your-256-bit-secret"));
    // Zoom Meeting SDK JWT (derived): build, then verify and check the claims.
    let built = jwt::sign("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sdkKey\":\"abc123\",\"mn\":\"123456789\",\"role\":0,\"iat\":1646937553,\"exp\":1646944753,\"appKey\":\"abc123\",\"tokenExp\":1646944753}", Algorithm::Sha256, b"xyz789");
    assert!(built.ends_with(".12SsubJR3SpiVG_AhAH7VqO2HsWZFY6Ie74_uovU3Qo"));
    let z = jwt::decode(&built).unwrap();
    assert!(jwt::verify(&z, b"xyz789"));
    assert_eq!(
        claims(&z, 6),
        vec!["The key is 6 bytes; RFC 7518 requires at least 32 bytes for this algorithm.".to_string()]
    );
    let short = jwt::decode(&jwt::sign(
        "{\"alg\":\"HS256\"}",
        "{\"appKey\":\"k\",\"mn\":\"1\",\"role\":2,\"iat\":\"100\",\"exp\":200}",
        Algorithm::Sha256,
        &[0; 32],
    ))
    .unwrap();
    let problems = claims(&short, 32).join(" ");
    assert!(problems.contains("iat must be a number") && problems.contains("role must be 0"), "{problems}");
    for bad in ["abc", "a.b", "e30.e30.!!", "eyJhbGciOiJSUzI1NiJ9.e30.AA"] {
        assert!(jwt::decode(bad).is_err(), "{bad}");
    }
}

#[test]
fn raw_request_parser() {
    let crlf = "POST /webhooks HTTP/1.1\r\nHost: example.test\r\nContent-Type: application/json\r\nX-GitHub-Event: ping\r\nX-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17\r\nContent-Length: 13\r\n\r\nHello, World!";
    let r = raw::parse(crlf);
    assert_eq!(r.request_line.as_deref(), Some("POST /webhooks HTTP/1.1"));
    assert_eq!(r.body, "Hello, World!");
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    let p = raw::detect(&r).unwrap();
    assert_eq!(p.id, "github");
    let v = raw::fill(p, &r, "It's a Secret to Everybody");
    assert!(calculate(&evaluate(p, &v).inputs).verdict.text().starts_with("Match"));
    // LF endings, no request line, lowercase names, a folded header, duplicates, no body.
    let lf = "stripe-signature: t=1700000000,\n  v1=abc\nX-Dup: 1\nx-dup: 2\n";
    let r = raw::parse(lf);
    assert_eq!(r.header("Stripe-Signature"), Some("t=1700000000, v1=abc"));
    assert_eq!(r.all("X-DUP"), vec!["1", "2"]);
    assert_eq!(r.body, "");
    assert!(r.notes[0].contains("no body"));
    assert_eq!(raw::detect(&r).unwrap().id, "stripe");
    // A body that keeps its own blank lines and CRLFs exactly.
    let r = raw::parse("X-Slack-Signature: v0=1\r\nX-Slack-Request-Timestamp: 1\r\n\r\na=1\r\n\r\nb=2");
    assert_eq!(r.body, "a=1\r\n\r\nb=2");
    assert_eq!(raw::detect(&r).unwrap().id, "slack");
    // A Content-Length that disagrees is noted; a pretty-printed body only flagged (the page
    // says so only when the request does not verify: Stripe sends pretty-printed JSON).
    let r = raw::parse("Content-Length: 10\n\n{\n  \"a\": 1\n}");
    assert!(r.pretty_json);
    assert!(!r.notes.iter().any(|n| n.contains("pretty-printed JSON")));
    assert!(r.notes.iter().any(|n| n.contains("Content-Length says 10")));
    // A body sent compressed but pasted decompressed is said so; identity is not.
    let r = raw::parse("X-Signature: abc\nContent-Encoding: gzip\n\n{\"type\":\"message.new\"}");
    assert!(
        r.notes.iter().any(|n| n.starts_with("Content-Encoding says gzip") && n.contains("uncompressed")),
        "{:?}",
        r.notes
    );
    let r = raw::parse("X-Signature: abc\nContent-Encoding: identity\n\n{}");
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    // Garbage never panics.
    for s in ["", "\n\n\n", ":", "GET", "no colon here\nbody", "\r\n\r\n", "a: b\r"] {
        let _ = raw::parse(s);
    }
}

#[test]
fn every_preset_is_consistent_data() {
    let ids: std::collections::HashSet<_> = presets::providers::ALL.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), presets::providers::ALL.len(), "duplicate ids");
    for p in presets::providers::ALL {
        for part in p.message {
            if let presets::Part::Field(id)
            | presets::Part::Optional { id, .. }
            | presets::Part::SortedQuery { id, .. } = part
            {
                let declared =
                    p.fields.iter().any(|f| f.id == *id) || p.timestamp.is_some_and(|t| t.field == *id);
                assert!(declared, "{}: part uses undeclared field {id}", p.id);
            }
            if let presets::Part::Body = part {
                assert!(p.body_label.is_some(), "{}: signs a body without a body field", p.id);
            }
        }
        // Evaluating empty values never panics.
        let _ = evaluate(p, &Values::default());
    }
}

#[test]
fn diagnosis_inside_presets() {
    // Stripe body re-serialised (pretty-printed copy): found.
    let signed = "{\"id\":\"evt_test\",\"object\":\"event\"}";
    let pretty = "{\n  \"id\": \"evt_test\",\n  \"object\": \"event\"\n}";
    let v = values(
        "whsec_test_secret",
        pretty,
        "t=1700000000,v1=8042376f6ca064adbe037642a718227dfd59047137eb49497a54c49eb0cfb724",
        &[],
    );
    let e = evaluate(find("stripe").unwrap(), &v);
    assert!(calculate(&e.inputs).verdict.is_mismatch());
    let Outcome::Found(f) = Search::new(&e.inputs, e.variants()).unwrap().run() else { panic!("not found") };
    assert!(f.explanations()[0].contains("same JSON minified"), "{:?}", f.explanations());
    assert!(signed.len() < pretty.len());
    // A sender that signed the body alone (no "t." prefix): found through the preset's variants.
    let mac = hex::encode(Algorithm::Sha256.mac(b"whsec_test_secret", signed.as_bytes()));
    let e = evaluate(
        find("stripe").unwrap(),
        &values("whsec_test_secret", signed, &format!("t=1700000000,v1={mac}"), &[]),
    );
    let Outcome::Found(f) = Search::new(&e.inputs, e.variants()).unwrap().run() else { panic!("not found") };
    assert!(
        f.explanations()[0].starts_with("the signature matches the body alone"),
        "{:?}",
        f.explanations()
    );
    // Slack parts joined with '.' instead of ':'.
    let mac = hex::encode(Algorithm::Sha256.mac(b"s", b"v0:1531420618.a=1"));
    let e = evaluate(
        find("slack").unwrap(),
        &values("s", "a=1", &format!("v0={mac}"), &[("timestamp", "1531420618")]),
    );
    let Outcome::Found(f) = Search::new(&e.inputs, e.variants()).unwrap().run() else { panic!("not found") };
    assert!(f.explanations()[0].contains("joined with '.' instead of ':'"), "{:?}", f.explanations());
}

#[test]
fn zoom_and_jwt_through_the_preset() {
    let sig = "YWJjMTIzLjEyMzQ1Njc4OS4xNjQ2OTM3NTUzMDAwLjAuSUhTZnovU05xQ1JZN0QrcG1BbHdYeEY2a3lFcmpMeFdZWThhUzZTY3h3WT0=";
    let e = evaluate(find("zoom-sdk").unwrap(), &values("xyz789", "", sig, &[]));
    assert!(
        calculate(&e.inputs).verdict.text().starts_with("Match"),
        "{}",
        calculate(&e.inputs).verdict.text()
    );
    assert_eq!(e.produced.as_deref(), Some(sig));
    assert!(e.problems.iter().any(|p| p.contains("1 in 5")));
    assert!(!e.timestamp_at(NOW_MS).unwrap().within);
    let wrong = evaluate(find("zoom-sdk").unwrap(), &values("other", "", sig, &[]));
    assert!(calculate(&wrong.inputs).verdict.is_mismatch());
    let token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZGtLZXkiOiJhYmMxMjMiLCJtbiI6IjEyMzQ1Njc4OSIsInJvbGUiOjAsImlhdCI6MTY0NjkzNzU1MywiZXhwIjoxNjQ2OTQ0NzUzLCJhcHBLZXkiOiJhYmMxMjMiLCJ0b2tlbkV4cCI6MTY0Njk0NDc1M30.12SsubJR3SpiVG_AhAH7VqO2HsWZFY6Ie74_uovU3Qo";
    let e = evaluate(find("jwt").unwrap(), &values("xyz789", "", token, &[]));
    assert!(calculate(&e.inputs).verdict.text().starts_with("Match"));
    let e = evaluate(find("jwt").unwrap(), &values("xyz78", "", token, &[]));
    assert!(calculate(&e.inputs).verdict.is_mismatch());
}

#[test]
fn verification_programs_are_offered_only_where_they_are_run() {
    use hmac_doctor::engine::presets::code::{plan, program, Language};
    use hmac_doctor::engine::presets::providers::own_programs;
    use hmac_doctor::engine::presets::Scheme;
    let mut offered = 0;
    for p in presets::providers::ALL {
        for lang in Language::ALL {
            // Every preset with a header-carried signature has a program in every language
            // (tests/programs.rs runs them all); the JWS presets have none yet.
            let Some(code) = program(p, lang) else {
                assert!(matches!(p.scheme, Scheme::Jws(_)), "{} {lang:?}: no program", p.id);
                continue;
            };
            offered += 1;
            if !own_programs(p).is_empty() {
                // The provider's own (tests/programs.rs runs them), reading the key under the
                // scheme's name for it.
                let var = if p.is_public_key() { "WEBHOOK_PUBLIC_KEY" } else { "WEBHOOK_SECRET" };
                assert!(code.contains(var) && code.contains("/webhook"), "{} {lang:?}", p.id);
                continue;
            }
            if let Scheme::Produce(r) = p.scheme {
                assert!(code.contains(r.signature_key), "{} {lang:?}", p.id);
                continue;
            }
            if let Scheme::Jws(_) = p.scheme {
                // The public key, the token's header (Authorization: Bearer without one), alg
                // none and HS* never accepted (tests/programs.rs runs them).
                let header = p.signature_header.unwrap_or("Authorization");
                assert!(
                    code.contains("WEBHOOK_PUBLIC_KEY") && !code.contains("WEBHOOK_SECRET"),
                    "{} {lang:?}",
                    p.id
                );
                assert!(
                    code.contains(header) && !code.contains("'HS256'") && !code.contains("\"HS256\""),
                    "{} {lang:?}",
                    p.id
                );
                continue;
            }
            if let Scheme::PublicKey(_) = p.scheme {
                // The public key, never a secret; a verification, never a compare.
                assert!(
                    code.contains("WEBHOOK_PUBLIC_KEY") && !code.contains("WEBHOOK_SECRET"),
                    "{} {lang:?}",
                    p.id
                );
                assert!(code.contains(p.signature_header.unwrap()), "{} {lang:?}: header", p.id);
                continue;
            }
            assert!(matches!(p.scheme, Scheme::Hmac), "{}", p.id);
            assert!(code.contains("WEBHOOK_SECRET") && code.contains("/webhook"), "{} {lang:?}", p.id);
            // Where the signature travels: its header, a member of the JSON body (Mailgun's
            // `signature`, Adyen's `hmacSignature`) or a query parameter (Shopify's `hmac`).
            let carrier = p.signature_header.unwrap_or(match plan(p).unwrap().signature {
                hmac_doctor::engine::presets::code::Carrier::Json(path) => path[path.len() - 1],
                hmac_doctor::engine::presets::code::Carrier::Query(name) => name,
                hmac_doctor::engine::presets::code::Carrier::Header(h) => h,
            });
            assert!(code.contains(carrier), "{} {lang:?}: header", p.id);
            let compare = match lang {
                Language::Node => "timingSafeEqual",
                Language::Python => "compare_digest",
                Language::Ruby => "secure_compare",
                Language::Php => "hash_equals",
                Language::Go => "hmac.Equal",
                Language::Rust => "ct_eq",
                Language::Java => "MessageDigest.isEqual",
            };
            assert!(code.contains(compare), "{} {lang:?}: constant-time compare", p.id);
        }
    }
    // Every preset has a program in every language.
    assert_eq!(offered, presets::providers::ALL.len() * Language::ALL.len());
    let node = program(find("standard-webhooks").unwrap(), Language::Node).unwrap();
    assert!(node.contains("Buffer.from(SECRET.trim().replace(/^whsec_/, ''), 'base64')"), "{node}");
    assert!(node.contains("const id = (req.get('webhook-id') || req.get('svix-id') || '');"), "{node}");
    let py = program(find("stripe").unwrap(), Language::Python).unwrap();
    assert!(py.contains("signatures = [v for k, v in pairs if k == 'v1']"), "{py}");
    assert!(py.contains("if age > 300:"), "{py}");
    let java = program(find("pusher-channel").unwrap(), Language::Java).unwrap();
    assert!(java.contains("members.add(quote(\"auth\")"), "{java}");
    assert!(program(find("pusher-channel").unwrap(), Language::Go).is_some());
    let twilio = program(find("twilio").unwrap(), Language::Python).unwrap();
    assert!(twilio.contains("os.environ.get('WEBHOOK_URL')"), "{twilio}");
    let hpp = program(find("adyen-hpp").unwrap(), Language::Python).unwrap();
    assert!(hpp.contains("merchantSig"), "{hpp}");
}

#[test]
fn adyen_key_value_and_zoom_sdk_jwt_builder() {
    // Adyen/adyen-node-api-library hmacValidator.spec.ts: escaped key-value signing string.
    matches(
        "adyen-hpp",
        &values(
            "DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00",
            "",
            "34oR8T1whkQWTv9P+SzKyp8zhusf9n0dpqrm9nsqSJs=",
            &[("signing_string", "countryCode:currencyCode:merchantAccount:merchantReference:paymentAmount:sessionValidity:skinCode:NL:EUR:MagentoMerchantTest2:TEST-PAYMENT-2017-02-01-14\\:02\\:05:199:2017-02-02T14\\:02\\:05+01\\:00:PKz2KML1")],
        ),
    );
    // The JWT preset builds a Zoom Meeting SDK token that verifies and passes the claim rules.
    let v = values(
        "a-secret-that-is-at-least-32-bytes-long",
        "",
        "",
        &[
            ("sdk_key", "abc123"),
            ("meeting_number", "123456789"),
            ("role", "1"),
            ("iat", "1700000000"),
            ("exp", "1700007200"),
        ],
    );
    let built = evaluate(find("jwt").unwrap(), &v).produced.unwrap();
    let token = jwt::decode(&built).unwrap();
    assert!(jwt::verify(&token, b"a-secret-that-is-at-least-32-bytes-long"));
    assert!(claims(&token, 39).is_empty(), "{:?}", claims(&token, 39));
    assert_eq!(token.payload["mn"], "123456789");
    assert_eq!(token.payload["tokenExp"], 1700007200);
    // Pasting it back verifies through the calculator (the secret never re-signs it).
    let back = values("a-secret-that-is-at-least-32-bytes-long", "", &built, &[]);
    assert!(calculate(&evaluate(find("jwt").unwrap(), &back).inputs).verdict.text().starts_with("Match"));
}

#[test]
fn standard_webhooks_derived_key_mistakes() {
    // derived-vectors.md: the Base64 text used as a UTF-8 key (without the prefix) is diagnosed,
    // and the hex form of the right MAC is simply a Match (the encoding is detected).
    let base = [("id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("timestamp", "1614265330")];
    let body = "{\"test\": 2432232314}";
    let v = values(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        body,
        "v1,ELhqG0Ku1gwOc1f4jyKdp3SFGFLAOdJ9bvpWLciCakI=",
        &base,
    );
    let e = evaluate(find("standard-webhooks").unwrap(), &v);
    assert!(calculate(&e.inputs).verdict.is_mismatch());
    let Outcome::Found(f) = Search::new(&e.inputs, e.variants()).unwrap().run() else { panic!("not found") };
    assert!(f.explanations()[0].starts_with("the key is used as text"), "{:?}", f.explanations());
    let hex_form = values(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        body,
        "v1,83484cf52b04f8e4cf2531adfed9882ad4b2665137b852442d594d20e2c9d4e1",
        &base,
    );
    assert!(calculate(&evaluate(find("standard-webhooks").unwrap(), &hex_form).inputs)
        .verdict
        .text()
        .starts_with("Match — HMAC-SHA256, expected given as lowercase hex"));
}

#[test]
fn extreme_timestamps_do_not_overflow() {
    use hmac_doctor::engine::presets::time::check;
    let rule = find("stripe").unwrap().timestamp.unwrap();
    for ts in
        ["-9223372036854775808", "9223372036854775807", "0", "-1", "99999999999999999999", "1e9", " 17 "]
    {
        let c = check(&rule, ts, NOW_MS, "Stripe");
        assert!(!c.text.is_empty());
    }
    assert!(check(&rule, "-9223372036854775808", i64::MAX, "Stripe").text.contains("ago"));
}

#[test]
fn square_legacy_sha1_is_diagnosed() {
    // providers.md §2.8 [derived]: HMAC-SHA1 over the same input as the Square vector.
    let body = "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\",\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\",\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}";
    let v = values(
        "Ibxx_5AKakO-3qeNVR61Dw",
        body,
        "+9Qzy6LPYs08yM75TiRwUupYoS0=",
        &[("url", "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9")],
    );
    let e = evaluate(find("square").unwrap(), &v);
    let Outcome::Found(f) = Search::new(&e.inputs, e.variants()).unwrap().run() else { panic!("not found") };
    assert_eq!(f.algorithm, Some(Algorithm::Sha1));
}

/// The key-length and Zoom Meeting SDK problems the JWT preset reports for a token.
fn claims(token: &jwt::Jwt, key_len: usize) -> Vec<String> {
    [jwt::check_key(token, key_len), presets::providers::jwt::zoom_claims(&token.payload)].concat()
}

/// URL drift, built from official vectors: the provider signed the URL it called, the app
/// rebuilt another (http behind a TLS proxy, a default port, a trailing slash, the query
/// reordered or decoded); the diagnosis names the URL that was signed.
#[test]
fn url_drift_is_found_for_providers_that_sign_the_url() {
    use hmac_doctor::engine::diagnosis::MessageMistake;
    use hmac_doctor::engine::presets::assembly::{Assembly, UrlChange};
    let found = |id: &str, v: &Values| {
        let e = evaluate(find(id).unwrap(), v);
        match Search::new(&e.inputs, e.variants()).unwrap().run() {
            Outcome::Found(f) => f.message,
            other => panic!("{id} {}: {}", v.get("url"), other.text()),
        }
    };
    let body =
        "CallSid=CA1234567890ABCDE&Digits=1234&From=%2B14158675309&To=%2B18005551212&Caller=%2B14158675309";
    let signed = "https://mycompany.com/myapp.php?foo=1&bar=2";
    let twilio = |url: &str| values("12345", body, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", &[("url", url)]);
    let cases = [
        ("http://mycompany.com/myapp.php?foo=1&bar=2", UrlChange::Scheme { signed: "https".into() }),
        ("https://mycompany.com:443/myapp.php?foo=1&bar=2", UrlChange::PortRemoved { port: 443 }),
        (
            "http://mycompany.com:80/myapp.php?foo=1&bar=2",
            UrlChange::SchemeWithoutPort { signed: "https".into(), port: 80 },
        ),
        ("https://mycompany.com/myapp.php/?foo=1&bar=2", UrlChange::TrailingSlashRemoved),
    ];
    for (entered, change) in cases {
        let want = MessageMistake::Assembly(Assembly::Url { signed: signed.into(), change });
        assert_eq!(found("twilio", &twilio(entered)), Some(want), "{entered}");
    }
    // Twilio signs https://…:443 for some requests: the app without the port is found too.
    let with_port = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
    let sig = evaluate(find("twilio").unwrap(), &twilio(with_port)).produced.unwrap();
    let v = values("12345", body, &sig, &[("url", "http://mycompany.com/myapp.php?foo=1&bar=2")]);
    assert_eq!(
        found("twilio", &v),
        Some(MessageMistake::Assembly(Assembly::Url {
            signed: with_port.into(),
            change: UrlChange::SchemeAndPort { signed: "https".into(), port: 443 }
        }))
    );
    // Square's official vector with the query of the app reordered.
    let square_body = "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\",\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\",\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}";
    let square_sig = "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=";
    let v = values(
        "Ibxx_5AKakO-3qeNVR61Dw",
        square_body,
        square_sig,
        &[("url", "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9/")],
    );
    assert_eq!(
        found("square", &v),
        Some(MessageMistake::Assembly(Assembly::Url {
            signed: "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9".into(),
            change: UrlChange::TrailingSlashRemoved
        }))
    );
    // The host: the app rebuilt the URL from the Host its proxy sent; the request named the
    // host Twilio called in X-Forwarded-Host. Pasted whole, the URL is rebuilt as called.
    let req = raw::parse(&format!(
        "POST /myapp.php?foo=1&bar=2 HTTP/1.1\nHost: 10.0.0.7:8080\nX-Forwarded-Host: mycompany.com\nX-Twilio-Signature: RSOYDt4T1cUTdK1PDd93/VVr8B8=\n\n{body}"
    ));
    let p = raw::detect(&req).unwrap();
    let mut v = raw::fill(p, &req, "12345");
    assert_eq!(v.get("url"), signed);
    assert!(calculate(&evaluate(p, &v).inputs).verdict.text().starts_with("Match"));
    assert!(raw::url_note(p, &req).unwrap().contains("Host: 10.0.0.7:8080"));
    v.set("url", "https://10.0.0.7:8080/myapp.php?foo=1&bar=2");
    assert_eq!(
        found("twilio", &v),
        Some(MessageMistake::Assembly(Assembly::Url {
            signed: signed.into(),
            change: UrlChange::Host { signed: "mycompany.com".into() }
        }))
    );
    // www. added or dropped is tried without any other host.
    let v = values(
        "12345",
        body,
        "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
        &[("url", "https://www.mycompany.com/myapp.php?foo=1&bar=2")],
    );
    assert_eq!(
        found("twilio", &v),
        Some(MessageMistake::Assembly(Assembly::Url {
            signed: signed.into(),
            change: UrlChange::Host { signed: "mycompany.com".into() }
        }))
    );
    // No request line: nothing rebuilt.
    assert!(raw::called_url(&raw::parse("Host: a.test\n\nx")).is_none());
    // A wrong secret is still not explained by a URL.
    let v = values(
        "54321",
        body,
        "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
        &[("url", "http://mycompany.com/myapp.php?foo=1&bar=2")],
    );
    let e = evaluate(find("twilio").unwrap(), &v);
    assert!(!Search::new(&e.inputs, e.variants()).unwrap().run().is_found());
}

/// A timestamp written as a float (1707926838792.0) is read for its age and said, and a
/// signature over the whole-number text is found; clock differences in both directions.
#[test]
fn float_timestamps_and_clock_differences() {
    use hmac_doctor::engine::diagnosis::MessageMistake;
    use hmac_doctor::engine::presets::assembly::Assembly;
    use hmac_doctor::engine::presets::time;
    let p = find("hubspot").unwrap();
    let rule = p.timestamp.unwrap();
    let c = time::check(&rule, "1707926838792.0", 1_707_926_838_792 + 60_000, "HubSpot");
    assert!(c.within && c.text.contains("written as a decimal number"), "{}", c.text);
    let c = time::check(&rule, "1707926838792", 1_707_926_838_792 - 3_600_000, "HubSpot");
    assert!(c.within && c.text.contains("1 hour in the future"), "{}", c.text);
    let late = time::check(&rule, "1707926838792", 1_707_926_838_792 + 7_200_000, "HubSpot");
    assert!(!late.within && late.text.contains("2 hours ago"), "{}", late.text);
    // Signed over the whole number, entered as the float a JSON parser made of it.
    let body = "[{\"eventId\":1}]";
    let url = "https://example.com/hubspot";
    let mut v = values(
        "client-secret",
        body,
        "",
        &[("method", "POST"), ("uri", url), ("timestamp", "1707926838792")],
    );
    v.signature = evaluate(p, &v).produced.unwrap();
    v.set("timestamp", "1707926838792.0");
    let e = evaluate(p, &v);
    let Outcome::Found(f) = Search::new(&e.inputs, e.variants()).unwrap().run() else { panic!("not found") };
    assert_eq!(
        f.message,
        Some(MessageMistake::Assembly(Assembly::TimestampText { signed: "1707926838792".into() }))
    );
}

/// Pusher's own ways to fail: the channel name signed URL-decoded, presence data sent for a
/// private channel, channel_data encoded twice.
#[test]
fn pusher_channel_mistakes() {
    use hmac_doctor::engine::diagnosis::MessageMistake;
    use hmac_doctor::engine::presets::assembly::Assembly;
    let p = find("pusher-channel").unwrap();
    let (key, secret) = ("278d425bdf160c739803", "7ad3773142a6692b25b8");
    let data = "{\"user_id\":\"10\",\"user_info\":{\"name\":\"Mr. Channels\"}}";
    let signed = |channel: &str, channel_data: &str| {
        let v = values(
            secret,
            "",
            "",
            &[
                ("socket_id", "1234.1234"),
                ("channel", channel),
                ("app_key", key),
                ("channel_data", channel_data),
            ],
        );
        evaluate(p, &v).produced.unwrap()
    };
    let found = |channel: &str, channel_data: &str, signature: &str| {
        let v = values(
            secret,
            "",
            signature,
            &[
                ("socket_id", "1234.1234"),
                ("channel", channel),
                ("app_key", key),
                ("channel_data", channel_data),
            ],
        );
        let e = evaluate(p, &v);
        match Search::new(&e.inputs, e.variants()).unwrap().run() {
            Outcome::Found(f) => f.message,
            other => panic!("{}", other.text()),
        }
    };
    let assembly = |a: Assembly| Some(MessageMistake::Assembly(a));
    let auth = |json: String| {
        serde_json::from_str::<serde_json::Value>(&json).unwrap()["auth"].as_str().unwrap().to_string()
    };
    let sig = auth(signed("private-foo@bar", ""));
    assert_eq!(
        found("private-foo%40bar", "", &sig),
        assembly(Assembly::FieldDecoded { field: "Channel name".into(), signed: "private-foo@bar".into() })
    );
    let sig = auth(signed("private-foobar", ""));
    assert_eq!(
        found("private-foobar", data, &sig),
        assembly(Assembly::FieldLeftOut { field: "Channel data".into() })
    );
    let sig = auth(signed("presence-foobar", data));
    let twice = serde_json::Value::from(data).to_string();
    assert_eq!(
        found("presence-foobar", &twice, &sig),
        assembly(Assembly::FieldJson { field: "Channel data".into(), wrapped: false })
    );
}

#[test]
fn github_sha1_header_is_told_apart_from_sha256() {
    // A request with only the legacy X-Hub-Signature (HMAC-SHA1): filled, said why, and the
    // diagnosis finds SHA-1.
    let body = "Hello, World!";
    let secret = "It's a Secret to Everybody";
    let sha1 =
        hmac_doctor::engine::encoding::to_hex(&Algorithm::Sha1.mac(secret.as_bytes(), body.as_bytes()));
    let req = raw::parse(&format!(
        "POST /hook HTTP/1.1\nX-GitHub-Event: ping\nX-Hub-Signature: sha1={sha1}\n\n{body}"
    ));
    let p = raw::detect(&req).unwrap();
    assert_eq!(p.id, "github");
    let note = raw::other_header_note(p, &req).unwrap();
    assert!(note.contains("X-Hub-Signature (HMAC-SHA1) but no X-Hub-Signature-256"), "{note}");
    let v = raw::fill(p, &req, secret);
    assert_eq!(v.signature, format!("sha1={sha1}"));
    let e = evaluate(p, &v);
    assert!(e.calculation.verdict.is_mismatch());
    assert!(
        e.problems.iter().any(|m| m.contains("This is a X-Hub-Signature value (sha1=…, HMAC-SHA1)")),
        "{:?}",
        e.problems
    );
    let (inputs, extra) = presets::diagnosis_inputs(p, &v);
    let found = Search::new(&inputs, extra).unwrap().run();
    assert!(found.text().contains("made with HMAC-SHA1"), "{}", found.text());
    // With X-Hub-Signature-256 present, the SHA-256 header is the one read, nothing said.
    let sha256 =
        hmac_doctor::engine::encoding::to_hex(&Algorithm::Sha256.mac(secret.as_bytes(), body.as_bytes()));
    let both = raw::parse(&format!("POST /hook HTTP/1.1\nX-GitHub-Event: ping\nX-Hub-Signature: sha1={sha1}\nX-Hub-Signature-256: sha256={sha256}\n\n{body}"));
    assert!(raw::other_header_note(p, &both).is_none());
    let e = evaluate(p, &raw::fill(p, &both, secret));
    assert!(matches!(e.calculation.verdict, Verdict::Match(_)) && e.problems.is_empty());
}

/// Every preset's example (the official vector, or a derived one, said so) verifies through
/// the preset; pasted as a raw request it is recognised from its headers (presets that share
/// their headers with another scheme name none and are chosen by hand) and still verifies.
#[test]
fn every_example_verifies_and_is_detected() {
    let mut checked = 0;
    for p in presets::providers::ALL {
        let Some(ex) = presets::providers::example(p.id) else { continue };
        assert!(!ex.source.is_empty(), "{}: the example names its source", p.id);
        let fields: Vec<(&str, &str)> = ex.fields.to_vec();
        let v = values(ex.secret, ex.body, ex.signature, &fields);
        // The worker's presets (public-key, and HMAC schemes kept out of the page) by its code.
        let verdict = match p.verified_in_worker() {
            true => hmac_doctor::engine::pubkey::check::check(p, &v).verdict,
            false => evaluate(p, &v).calculation.verdict.clone(),
        };
        assert!(verdict.text().starts_with("Match"), "{}: {}", p.id, verdict.text());
        checked += 1;
        if p.detect.is_empty() {
            continue;
        }
        let mut req = String::from("POST /webhook HTTP/1.1\nHost: example.test\n");
        // The signature in a header, or in the body (Amazon SNS's message carries its own).
        if let Some(header) = p.signature_header {
            req.push_str(&format!("{header}: {}\n", ex.signature));
        }
        for f in p.fields {
            if let (Some(h), Some((_, value))) = (f.header, ex.fields.iter().find(|(id, _)| *id == f.id)) {
                req.push_str(&format!("{h}: {value}\n"));
            }
        }
        let lower = req.to_ascii_lowercase();
        for d in p.detect.iter().filter(|d| !lower.contains(&format!("\n{d}:"))) {
            req.push_str(&format!("{d}: 1\n"));
        }
        req.push_str(&format!("\n{}", ex.body));
        let parsed = raw::parse(&req);
        let found = raw::detect(&parsed).map(|d| d.id);
        assert_eq!(found, Some(p.id), "{}: detected from\n{req}", p.id);
        let mut filled = raw::fill(p, &parsed, ex.secret);
        // What no header carries (the URL a provider signs, as it was called).
        let missing: Vec<_> = ex
            .fields
            .iter()
            .filter(|(id, _)| filled.get(id).is_empty() || p.sources.iter().any(|(s, _)| s == id))
            .collect();
        for (id, value) in missing {
            filled.set(id, *value);
        }
        let verdict = match p.verified_in_worker() {
            true => hmac_doctor::engine::pubkey::check::check(p, &filled).verdict,
            false => evaluate(p, &filled).calculation.verdict.clone(),
        };
        assert!(verdict.text().starts_with("Match"), "{} from the raw request: {}", p.id, verdict.text());
    }
    assert!(checked >= 36, "{checked} examples");
}

/// Every example's mistake variant (a JSON body pretty-printed, another body a newline
/// added) is a Mismatch the diagnosis names; Custom's RFC 4231 case with the key's hex
/// written as text is found too.
#[test]
fn every_example_mistake_is_found() {
    use hmac_doctor::engine::diagnosis::message::enable_decompression;
    use hmac_doctor::engine::presets::types::Scheme;
    enable_decompression();
    let mut not_found = Vec::new();
    for p in presets::providers::ALL {
        let Some(ex) = presets::providers::example(p.id) else { continue };
        if matches!(p.scheme, Scheme::PublicKey(_) | Scheme::Jws(_)) {
            continue;
        }
        if matches!(p.scheme, Scheme::Worker) {
            let report = hmac_doctor::engine::pubkey::check::check(p, &ex.values(true)).report;
            if !report.as_ref().is_some_and(|r| r.found) {
                not_found.push(format!("{}: {report:?}", p.id));
            }
            continue;
        }
        if !ex.has_mistake() {
            assert!(p.id.starts_with("adyen"), "{}: no mistake example", p.id);
            continue;
        }
        let e = evaluate(p, &ex.values(true));
        if !e.calculation.verdict.is_mismatch() {
            not_found.push(format!("{}: {}", p.id, e.calculation.verdict.text()));
            continue;
        }
        // A scheme of the provider's own names the mistake in its evaluation.
        if let Scheme::Own(_) = p.scheme {
            assert!(!e.problems.is_empty(), "{}: the mistake is not named", p.id);
            continue;
        }
        match Search::new(&e.inputs, e.variants()).map(|s| s.run()) {
            Some(Outcome::Found(_)) => {}
            other => not_found.push(format!("{}: {:?}", p.id, other.map(|o| o.text()))),
        }
    }
    assert!(not_found.is_empty(), "{not_found:#?}");
    let (key, message, mac) = presets::RFC4231_CASE2;
    assert_eq!(
        hmac_doctor::engine::encoding::to_hex(&Algorithm::Sha256.mac(key.as_bytes(), message.as_bytes())),
        mac
    );
    let inputs = hmac_doctor::engine::Inputs {
        message: message.into(),
        key: hex::encode(key),
        expected: mac.into(),
        ..Default::default()
    };
    assert!(matches!(Search::new(&inputs, Vec::new()).unwrap().run(), Outcome::Found(_)));
}

/// PagerDuty: the official vector; a header with one v1= entry per active secret matches when
/// any does, and one without a readable v1= entry says so.
#[test]
fn pagerduty_signature_list() {
    let ex = presets::providers::example("pagerduty").unwrap();
    let sig = ex.signature.trim_start_matches("v1=");
    let two = format!("v1=7020c8a74c9a6fee6d35e4ea5b7d1dc85b3ef1cdd8fc4d6e5efe8ba2fcc1caf5,v1={sig}");
    let p = find("pagerduty").unwrap();
    let e = evaluate(p, &values(ex.secret, ex.body, &two, &[]));
    assert!(e.calculation.verdict.text().starts_with("Match"), "{}", e.calculation.verdict.text());
    let wrong = "v1=7020c8a74c9a6fee6d35e4ea5b7d1dc85b3ef1cdd8fc4d6e5efe8ba2fcc1caf5";
    assert!(evaluate(p, &values(ex.secret, ex.body, wrong, &[])).calculation.verdict.is_mismatch());
    assert!(!evaluate(p, &values(ex.secret, ex.body, "garbage", &[])).problems.is_empty());
}

/// Handshakes answered as the providers document them: X's CRC (the derived vector of the
/// reference, which Node's crypto agrees with), Slack's url_verification challenge echoed as
/// text, Discord's PONG, Asana's X-Hook-Secret echoed in the header.
#[test]
fn handshake_answers() {
    let twitter = find("twitter").unwrap().handshake.unwrap();
    let a = twitter.answer("challenge_token_123", "consumer_secret_xyz");
    assert_eq!(a.body, r#"{"response_token":"sha256=CjSiUBAd5pAoYnuRtIw8HarTglKYR5tOQ5BVBydPVc4="}"#);
    assert!(a.headers.contains(&("Content-Type", "application/json".to_string())));
    let slack = find("slack").unwrap().handshake.unwrap();
    let challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";
    assert_eq!(slack.answer(challenge, "").body, challenge);
    assert_eq!(find("discord").unwrap().handshake.unwrap().answer("", "").body, r#"{"type":1}"#);
    let asana = find("asana").unwrap().handshake.unwrap().answer("b537207f20cbfa02357cf448134da559", "");
    assert_eq!(asana.headers, vec![("X-Hook-Secret", "b537207f20cbfa02357cf448134da559".to_string())]);
    assert!(asana.body.is_empty());
    let dropbox = find("dropbox").unwrap().handshake.unwrap().answer("abc", "");
    assert!(dropbox.headers.contains(&("X-Content-Type-Options", "nosniff".to_string())));
}

/// Every preset has its notes in the worker's table (the page shows what the worker sends),
/// and the table names no preset twice or one that does not exist.
#[test]
fn every_preset_has_its_notes_in_the_table() {
    use hmac_doctor::engine::presets::providers::{self, NOTES};
    for p in providers::ALL {
        assert_eq!(NOTES.iter().filter(|(id, _, _)| *id == p.id).count(), 1, "{}", p.id);
    }
    assert_eq!(NOTES.len(), providers::ALL.len());
    let stripe = providers::notes("stripe");
    assert!(stripe.iter().any(|n| n.contains("whsec_")));
    // The provider's error text comes last, quoted whole.
    assert!(stripe
        .last()
        .unwrap()
        .contains("“No signatures found matching the expected signature for payload”"));
    assert!(providers::notes("terraform")[0].starts_with("SHA-512"));
    assert!(providers::notes("no-such-preset").is_empty());
}

/// Postmark's basic auth: Authorization is Basic + Base64(user:password); another user name is
/// named, the same user with another password said, a secret without a colon explained, and
/// a header that is not basic auth said to be so.
#[test]
fn basic_auth_names_what_differs() {
    let p = find("postmark").unwrap();
    let check = |secret: &str, header: &str| {
        let v = Values { secret: secret.into(), signature: header.into(), ..Values::default() };
        let e = evaluate(p, &v);
        (e.calculation.verdict.text(), e.problems.join(" "), e.produced)
    };
    let (verdict, _, produced) = check("hook-user:hook-pass", "Basic aG9vay11c2VyOmhvb2stcGFzcw==");
    assert!(verdict.starts_with("Match"), "{verdict}");
    assert_eq!(produced.as_deref(), Some("Basic aG9vay11c2VyOmhvb2stcGFzcw=="));
    let (verdict, problems, _) = check("other-user:hook-pass", "Basic aG9vay11c2VyOmhvb2stcGFzcw==");
    assert!(verdict.starts_with("Mismatch"));
    assert!(problems.contains("another user name: “hook-user”"), "{problems}");
    let (_, problems, _) = check("hook-user:other", "Basic aG9vay11c2VyOmhvb2stcGFzcw==");
    assert!(problems.contains("same user name with another password"), "{problems}");
    let (_, problems, _) = check("hook-user", "Bearer abc");
    assert!(problems.contains("user:password") && problems.contains("not basic auth"), "{problems}");
}

/// A shared token that is one of the other secrets to try is named by its line, and the
/// result panel (an HMAC) is not what the page shows for it: nothing is hashed.
#[test]
fn shared_token_names_the_other_secret_it_is() {
    let p = find("gitlab").unwrap();
    assert!(p.is_shared_token() && !find("hubspot-legacy").unwrap().is_shared_token());
    let v = Values {
        secret: "current-token".into(),
        signature: "previous-token".into(),
        other_secrets: "\nolder-token\nprevious-token\n".into(),
        ..Values::default()
    };
    let e = evaluate(p, &v);
    assert!(e.calculation.verdict.is_mismatch());
    assert!(e.problems.iter().any(|m| m.contains("on line 3 of Other secrets to try")), "{:?}", e.problems);
    assert!(e.calculation.mac.is_none() && e.calculation.outputs.is_none());
}

/// Plivo V2: the official vectors (plivo-node's tests: the port counts), and the URL's query
/// string plays no part.
#[test]
fn plivo_v2_official_vectors() {
    let p = find("plivo").unwrap();
    let cases = [
        ("my_auth_token", "https://answer.url", "12345", "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc="),
        (
            "my_auth_token",
            "https://answer.url:8000",
            "24725744043720739450",
            "LDphWoWimP4QM5AoWI1uwP6WmlWtt5ITPZjXIWYvCNU=",
        ),
        (
            "my_auth_tokens",
            "https://answer.url:8080",
            "123456",
            "xeV6S6BPIQJ/rgKCjCm/Fo2ve5zNe1fatQoHyRT8vxQ=",
        ),
        (
            "my_auth_token",
            "https://answer.url?CallUUID=1&From=2",
            "12345",
            "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=",
        ),
    ];
    for (token, url, nonce, sig) in cases {
        let e = evaluate(p, &values(token, "", sig, &[("url", url), ("nonce", nonce)]));
        assert!(e.calculation.verdict.text().starts_with("Match"), "{url}: {}", e.calculation.verdict.text());
    }
    let e = evaluate(
        p,
        &values("my_auth_token", "", cases[0].3, &[("url", "https://answer.url:8000"), ("nonce", "12345")]),
    );
    assert!(e.calculation.verdict.is_mismatch(), "the port counts");
}

/// Contentful: the derived vector (computed with Contentful's own toolkit, see
/// tests/programs.rs for the toolkit run here) through its preset, verified by the worker's
/// code; the canonical request as the toolkit builds it; the body re-serialized is found; a
/// listed header without a value is named.
#[test]
fn contentful_vector_and_its_mistakes() {
    use hmac_doctor::engine::pubkey::check::check;
    let p = find("contentful").unwrap();
    let ex = presets::providers::example("contentful").unwrap();
    let v = ex.values(false);
    let c = check(p, &v);
    assert!(c.verdict.text().starts_with("Match"), "{c:?}");
    assert_eq!(
        String::from_utf8(c.string_to_sign.clone()).unwrap(),
        "POST\n/webhook\ncontent-type:application/vnd.contentful.management.v1+json;x-contentful-signed-headers:content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic;x-contentful-timestamp:1700000000000;x-contentful-topic:ContentManagement.Entry.publish\n{\"sys\":{\"id\":\"entry1\",\"type\":\"Entry\"}}"
    );
    // The page's own code leaves it to the worker, which says what a correct sender sends.
    assert!(evaluate(p, &v).string_to_sign.is_empty());
    let wrong = values(ex.secret, ex.body, &"0".repeat(64), ex.fields);
    assert_eq!(check(p, &wrong).produced.as_deref(), Some(ex.signature));
    let c = check(p, &ex.values(true));
    let report = c.report.expect("a diagnosis");
    assert!(report.found && report.text.contains("re-serialized"), "{}", report.text);
    let mut missing = v.clone();
    missing.set("listed_headers", "content-type: application/vnd.contentful.management.v1+json");
    let c = check(p, &missing);
    assert!(c.verdict.is_mismatch());
    assert!(c.problems.iter().any(|p| p.starts_with("x-contentful-topic is listed")), "{:?}", c.problems);
    // The path as the toolkit encodes it (encodeURI, the query escaped once more).
    use hmac_doctor::engine::presets::providers::contentful::signed_path;
    assert_eq!(signed_path("/hooks/a b?x=1&y=é"), "/hooks/a%20b?x%253D1%2526y%253D%25C3%25A9");
    assert_eq!(signed_path("/webhook"), "/webhook");
    // A raw request fills the method, the path and the other listed headers.
    let req = format!(
        "POST /webhook HTTP/1.1\nHost: example.test\nContent-Type: application/vnd.contentful.management.v1+json\nX-Contentful-Topic: ContentManagement.Entry.publish\nX-Contentful-Signature: {}\nX-Contentful-Signed-Headers: content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic\nX-Contentful-Timestamp: 1700000000000\n\n{}",
        ex.signature, ex.body
    );
    let parsed = raw::parse(&req);
    assert_eq!(raw::detect(&parsed).map(|d| d.id), Some("contentful"));
    let filled = raw::fill(p, &parsed, ex.secret);
    assert_eq!(filled.get("path"), "/webhook");
    assert!(check(p, &filled).verdict.text().starts_with("Match"), "{filled:?}");
}

/// Plivo V3: the derived vectors (plivo-python's own signature_v3.py, checked with
/// plivo-node's validateV3Signature in tests/programs.rs) through its preset: a POST to a URL
/// with a query, a GET, a POST to a URL without one; any of several signatures may match;
/// `http://` rebuilt behind a TLS proxy is named.
#[test]
fn plivo_v3_vectors_and_its_mistake() {
    use hmac_doctor::engine::pubkey::check::check;
    let p = find("plivo-v3").unwrap();
    let form = "CallUUID=97ceeb52-58b6-11e1-86da-77300b68f8bb&From=14155551234&To=14155556789";
    let cases = [
        ("POST", "https://example.com/plivo/answer?b=2&a=1", form, "HgY5j5mn+NiUxyqtR/h/x70ksfLmheZiLWZHz22pD58="),
        ("GET", "https://example.com/plivo/answer?b=2&a=1&CallUUID=97ceeb52-58b6-11e1-86da-77300b68f8bb&From=14155551234&To=14155556789", "", "7wFDesTq9Bh4BpvXhQkx8Bbf9QZpDRmHO3MxDqHirKM="),
        ("POST", "https://example.com/plivo/answer", form, "r5zOI7NJ3HJ1fZFtuKarneyt4dLdj9y7oxziTEa0onw="),
    ];
    for (method, url, body, sig) in cases {
        let v = values(
            "MY_AUTH_TOKEN",
            body,
            &format!("bm90LXRoaXM=, {sig}"),
            &[("url", url), ("method", method), ("nonce", "12345")],
        );
        let c = check(p, &v);
        assert!(c.verdict.text().starts_with("Match"), "{method} {url}: {c:?}");
    }
    assert_eq!(
        String::from_utf8(hmac_doctor::engine::presets::providers::plivo_v3::base("https://example.com/plivo/answer?b=2&a=1", "POST", form)).unwrap(),
        "https://example.com/plivo/answer?a=1&b=2.CallUUID97ceeb52-58b6-11e1-86da-77300b68f8bbFrom14155551234To14155556789"
    );
    let ex = presets::providers::example("plivo-v3").unwrap();
    let c = check(p, &ex.values(true));
    let report = c.report.expect("a diagnosis");
    assert!(report.found && report.text.contains("https://"), "{}", report.text);
}
