//! Public-key schemes: published vectors (RFC 8032, RFC 6979, RFC 7515, RFC 8037, SendGrid's
//! SDK test), each through its preset; keys in every form; the key-shape mistakes; and the
//! diagnosis, each mistake applied to a correct request and found.
#![cfg(not(target_arch = "wasm32"))]

use hmac_doctor::engine::presets::{find, raw, Values};
use hmac_doctor::engine::pubkey::check::{check, Checked};
use hmac_doctor::engine::pubkey::key::{readings, KeyProblem, KeyReading};
use hmac_doctor::engine::pubkey::{verify, EcdsaForm, KeyType, PkAlg};
use hmac_doctor::engine::Verdict;

/// RFC 8032 §7.1 TEST 1.
const ED_PUBLIC: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const ED_EMPTY_SIG: &str = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

const DISCORD_BODY: &str = r#"{"type":1,"id":"1","application_id":"2","token":"t","version":1}"#;
const DISCORD_SIG: &str = "3433fec544f1726578c1e22addb495066aa1528416997cee1dee09ef294cf150f43312e342de8386ba27ae08ab02dbe61bde8536c9fbdef921397ba3481a820f";

const SENDGRID_KEY: &str = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==";
const SENDGRID_SIG: &str =
    "MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM=";
const SENDGRID_BODY: &str = "[{\"email\":\"hello@world.com\",\"event\":\"dropped\",\"reason\":\"Bounced Address\",\"sg_event_id\":\"ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA\",\"sg_message_id\":\"LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0\",\"smtp-id\":\"<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>\",\"timestamp\":1600112492}]\r\n";

const V1A_KEY: &str = "whpk_11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
const V1A_SIG: &str =
    "v1a,fldxM4gAKugP6nnt1hdz3sgGfZ6d99nzrMFnZOELIxbzEHoVmAb2ADpkJK7zgPePmPsle0zV9jSeGlHFG2NVAw==";

/// RFC 7515 A.2 (RS256) and A.3 (ES256).
const RS256_JWS: &str = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const RS256_PEM: &str = "-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAofgWCuLjybRlzo0tZWJj
NiuSfb4p4fAkd/wWJcyQoTbji9k0l8W26mPddxHmfHQp+Vaw+4qPCJrcS2mJPMEz
P1Pt0Bm4d4QlL+yRT+SFd2lZS+pCgNMsD1W/YpRPEwOWvG6b32690r2jZ47soMZo
9wGzjb/7OMg0LOL+bSf63kpaSHSXndS5z5rexMdbBYUsLA9e+KXBdQOS+UTo7WTB
EMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6/I5IhlJH7aGhyxX
FvUK+DWNmoudF8NAco9/h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXp
oQIDAQAB
-----END PUBLIC KEY-----";
const RS256_JWK: &str = r#"{"kty":"RSA","e":"AQAB","n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"}"#;
const ES256_JWS: &str = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const ES256_JWK: &str = r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"#;
const ES256_PEM: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV7
6e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==
-----END PUBLIC KEY-----";
/// RFC 8037 A.4.
const EDDSA_JWS: &str = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
const EDDSA_JWK: &str = r#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#;

fn values(secret: &str, body: &str, signature: &str, fields: &[(&str, &str)]) -> Values {
    let mut v =
        Values { secret: secret.into(), body: body.into(), signature: signature.into(), ..Values::default() };
    for (k, val) in fields {
        v.set(k, *val);
    }
    v
}

fn checked(preset: &str, v: &Values) -> Checked {
    check(find(preset).unwrap_or_else(|| panic!("no preset {preset}")), v)
}

fn assert_match(c: &Checked) {
    assert!(matches!(c.verdict, Verdict::Match(_)), "{c:?}");
    assert!(c.verdict.text().starts_with("Match"), "{c:?}");
    assert!(c.report.is_none());
}

/// A mismatch whose diagnosis finds the mistake, with these words in it.
fn assert_found(c: &Checked, words: &str) {
    assert!(c.verdict.text().starts_with("Mismatch"), "{c:?}");
    let r = c.report.as_ref().expect("a diagnosis");
    assert!(r.found, "{}", r.text);
    assert!(r.text.contains(words), "{words:?} not in {}", r.text);
}

#[test]
fn rfc8032_test1_ed25519() {
    let key = &readings(ED_PUBLIC, KeyType::Ed25519, None).unwrap()[0];
    assert_eq!(key.1, KeyReading::Hex);
    let sig = hex::decode(ED_EMPTY_SIG).unwrap();
    assert!(verify(&key.0, PkAlg::Ed25519, b"", &sig, EcdsaForm::Raw));
    assert!(!verify(&key.0, PkAlg::Ed25519, b"x", &sig, EcdsaForm::Raw));
    // The same key as SPKI DER in PEM (RFC 8037 A.4's public PEM) and as a JWK.
    let pem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----";
    for text in [pem, EDDSA_JWK, "MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="] {
        let k = &readings(text, KeyType::Ed25519, None).unwrap()[0];
        assert!(verify(&k.0, PkAlg::Ed25519, b"", &sig, EcdsaForm::Raw), "{text}");
    }
}

#[test]
fn rfc6979_a25_p256_sha256() {
    // Key and the deterministic signature of "sample" with SHA-256 (RFC 6979 A.2.5).
    let point = "0460FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB67903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299";
    let sig = hex::decode("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8").unwrap();
    let key = &readings(point, KeyType::P256, None).unwrap()[0];
    assert!(verify(&key.0, PkAlg::Es256, b"sample", &sig, EcdsaForm::Raw));
    assert!(!verify(&key.0, PkAlg::Es256, b"sample", &sig, EcdsaForm::Der));
    assert!(!verify(&key.0, PkAlg::Es256, b"samplf", &sig, EcdsaForm::Raw));
}

#[test]
fn discord_vector_through_its_preset() {
    let v = values(ED_PUBLIC, DISCORD_BODY, DISCORD_SIG, &[("timestamp", "1700000000")]);
    assert_match(&checked("discord", &v));
    let c = checked(
        "discord",
        &values(ED_PUBLIC, &format!("{DISCORD_BODY} "), DISCORD_SIG, &[("timestamp", "1700000000")]),
    );
    assert!(c.verdict.text().starts_with("Mismatch — the signature does not verify (Ed25519)"), "{c:?}");
}

#[test]
fn sendgrid_official_vector_through_its_preset() {
    let v = values(SENDGRID_KEY, SENDGRID_BODY, SENDGRID_SIG, &[("timestamp", "1600112502")]);
    assert_match(&checked("sendgrid", &v));
    // Without the trailing CRLF it does not verify, and the diagnosis says why.
    let v = values(SENDGRID_KEY, SENDGRID_BODY.trim_end(), SENDGRID_SIG, &[("timestamp", "1600112502")]);
    assert_found(&checked("sendgrid", &v), "with a trailing newline (\\r\\n)");
}

#[test]
fn standard_webhooks_v1a_vector_through_its_preset() {
    let fields = [("id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("timestamp", "1614265330")];
    let header = format!("v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= {V1A_SIG}");
    assert_match(&checked(
        "standard-webhooks-v1a",
        &values(V1A_KEY, r#"{"test": 2432232314}"#, &header, &fields),
    ));
    // The whsk_ signing key pasted where the public key belongs: named, never used.
    let c = checked(
        "standard-webhooks-v1a",
        &values(
            "whsk_nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=",
            r#"{"test": 2432232314}"#,
            V1A_SIG,
            &fields,
        ),
    );
    assert!(c.key_problem.as_deref().unwrap().contains("private key"), "{c:?}");
    assert!(!c.key_problem.unwrap().contains("nWGxne"));
    assert_eq!(c.verdict, Verdict::None);
}

#[test]
fn jws_rfc_vectors_through_the_jwt_preset() {
    for (token, key) in [
        (RS256_JWS, RS256_PEM),
        (RS256_JWS, RS256_JWK),
        (ES256_JWS, ES256_JWK),
        (ES256_JWS, ES256_PEM),
        (EDDSA_JWS, EDDSA_JWK),
    ] {
        assert_match(&checked("jwt-public-key", &values(key, "", token, &[])));
        // One character of the signature changed: Mismatch.
        let i = token.rfind('.').unwrap() + 10;
        let swap = if &token[i..=i] == "A" { "B" } else { "A" };
        let tampered = format!("{}{swap}{}", &token[..i], &token[i + 1..]);
        let c = checked("jwt-public-key", &values(key, "", &tampered, &[]));
        assert!(c.verdict.text().starts_with("Mismatch"), "{c:?}");
    }
    // A JWKS: the key named by kid is picked; a kid absent from the set is said.
    let jwks = format!(
        r#"{{"keys":[{},{}]}}"#,
        ES256_JWK.replace('{', r#"{"kid":"a","#),
        RS256_JWK.replace('{', r#"{"kid":"b","#)
    );
    assert_match(&checked("jwt-public-key", &values(&jwks, "", RS256_JWS, &[])));
    assert_match(&checked("jwt-public-key", &values(&jwks, "", ES256_JWS, &[])));
    // The wrong type of key for the token's algorithm.
    let c = checked("jwt-public-key", &values(EDDSA_JWK, "", RS256_JWS, &[]));
    assert!(c.key_problem.unwrap().contains("an Ed25519 key, but the scheme verifies with an RSA key"));
    // HS256 and none are refused with the reason.
    let hs = "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo";
    assert!(checked("jwt-public-key", &values(RS256_PEM, "", hs, &[])).notes[0].contains("key confusion"));
}

#[test]
fn key_shapes_are_named_and_never_echoed() {
    let not_on_curve = format!("04{}", "ff".repeat(64));
    let cases: [(&str, KeyType, &str); 9] = [
        ("MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB", KeyType::Ed25519, "Discord bot token"),
        ("1234567890123456789", KeyType::Ed25519, "numeric id"),
        ("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----", KeyType::Ed25519, "private key"),
        (r#"{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#, KeyType::Ed25519, "private member d"),
        ("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707", KeyType::Ed25519, "30 bytes"),
        (ES256_PEM, KeyType::Ed25519, "a P-256 (ECDSA) key"),
        ("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", KeyType::Ed25519, "HMAC signing secret"),
        (RS256_JWS, KeyType::Rsa, "JSON Web Token"),
        (&not_on_curve, KeyType::P256, "not on the curve"),
    ];
    for (text, want, words) in cases {
        let problem: KeyProblem = readings(text, want, None).err().unwrap_or_else(|| panic!("{text} read"));
        let said = problem.to_string();
        assert!(said.contains(words), "{words:?} not in {said:?}");
        // Never the secret part of what was pasted.
        for secret in ["nWGxne", "MC4CAQAw", "abcdefghijklmnop", "MfKQ9r8G"] {
            assert!(!said.contains(secret), "{said}");
        }
    }
}

#[test]
fn raw_requests_choose_the_public_key_presets() {
    let detect = |headers: &str| {
        raw::detect(&raw::parse(&format!("POST /hook HTTP/1.1\n{headers}\n\n{{}}"))).map(|p| p.id)
    };
    assert_eq!(detect("X-Signature-Ed25519: ab\nX-Signature-Timestamp: 1"), Some("discord"));
    assert_eq!(
        detect("X-Twilio-Email-Event-Webhook-Signature: MEU=\nX-Twilio-Email-Event-Webhook-Timestamp: 1"),
        Some("sendgrid")
    );
    assert_eq!(detect("telnyx-signature-ed25519: ab\ntelnyx-timestamp: 1"), Some("telnyx"));
    assert_eq!(detect("Plaid-Verification: eyJ.e30.x"), Some("plaid"));
    // v1a, entries choose the Ed25519 preset; v1, entries stay with the HMAC one.
    assert_eq!(
        detect(&format!("webhook-id: m\nwebhook-timestamp: 1\nwebhook-signature: {V1A_SIG}")),
        Some("standard-webhooks-v1a")
    );
    assert_eq!(detect("webhook-id: m\nwebhook-timestamp: 1\nwebhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="), Some("standard-webhooks"));
}

#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "signs with Node's crypto: the toolchains feature, ./scripts/test.sh"
)]
fn diagnosis_finds_each_mistake_group() {
    let ts = [("timestamp", "1700000000")];
    // Message side: the body re-serialized with spaces.
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(DISCORD_BODY).unwrap())
            .unwrap();
    assert_found(&checked("discord", &values(ED_PUBLIC, &pretty, DISCORD_SIG, &ts)), "minified");
    // String-to-sign: the signature is over the body alone (the timestamp left out) — made by
    // feeding the signed bytes as the body with the timestamp cleared is not possible, so:
    // the timestamp after the body instead of before.
    let swapped = values(ED_PUBLIC, "1700000000", DISCORD_SIG, &[("timestamp", DISCORD_BODY)]);
    assert_found(&checked("discord", &swapped), "wrong order");
    // A separator where none belongs (signed by Node's crypto with the same key).
    let dotted = hex::encode(base64_decode(&node_sign_ed25519(&format!("1700000000.{DISCORD_BODY}"))));
    assert_found(&checked("discord", &values(ED_PUBLIC, DISCORD_BODY, &dotted, &ts)), "joined with '.'");
    // Signature form: hex where Base64 is expected (Telnyx writes Base64).
    let key_b64 = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
    let body = r#"{"id":"evt_1","type":"test"}"#;
    let sig = telnyx_sig(body);
    assert_match(&checked("telnyx", &values(key_b64, body, &sig, &ts)));
    let as_hex = hex::encode(base64_decode(&sig));
    assert_found(&checked("telnyx", &values(key_b64, body, &as_hex, &ts)), "read as hex");
    // Key side: Discord's hex key pasted as Base64 still reads (raw 32 bytes), and verifies:
    // the preset says how it was read.
    let c = checked("discord", &values(key_b64, DISCORD_BODY, DISCORD_SIG, &ts));
    assert_match(&c);
    assert!(c.verdict.text().contains("Base64 of the raw key"));
    // ECDSA layout: SendGrid's DER signature converted to raw r‖s.
    let der = base64_decode(SENDGRID_SIG);
    let raw_sig = p256_raw(&der);
    let v = values(SENDGRID_KEY, SENDGRID_BODY, &base64_encode(&raw_sig), &[("timestamp", "1600112502")]);
    assert_found(&checked("sendgrid", &v), "raw r‖s form");
    // The wrong key: not explained, never a false Found.
    let other = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    let c = checked("discord", &values(other, DISCORD_BODY, DISCORD_SIG, &ts));
    assert!(c.verdict.text().starts_with("Mismatch"));
    assert!(!c.report.unwrap().found);
}

fn base64_decode(s: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

fn base64_encode(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(b)
}

fn p256_raw(der: &[u8]) -> Vec<u8> {
    p256::ecdsa::Signature::from_der(der).unwrap().to_bytes().to_vec()
}

/// A Telnyx signature made by Node's crypto with the RFC 8032 TEST 1 key (an independent
/// implementation signs; the page's verifies).
fn telnyx_sig(body: &str) -> String {
    node_sign_ed25519(&format!("1700000000|{body}"))
}

fn node_sign_ed25519(message: &str) -> String {
    let script = r#"
const c = require('crypto');
const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const key = c.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
process.stdout.write(c.sign(null, Buffer.from(process.argv[1]), key).toString('base64'));
"#;
    let out = std::process::Command::new("node").args(["-e", script, message]).output().expect("node");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// An ES256 JWT made by Node's crypto with the RFC 7515 A.3 key, as Plaid makes its
/// `Plaid-Verification` token: `kid` in the header, the body's SHA-256 in a claim.
fn node_plaid_token(body: &str) -> String {
    let script = r#"
const c = require('crypto');
const jwk = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI' };
const key = c.createPrivateKey({ key: jwk, format: 'jwk' });
const b64u = (b) => Buffer.from(b).toString('base64url');
const body = process.argv[1];
const header = b64u(JSON.stringify({ alg: 'ES256', kid: 'plaid-kid', typ: 'JWT' }));
const payload = b64u(JSON.stringify({ iat: 1700000000, request_body_sha256: c.createHash('sha256').update(body).digest('hex') }));
const sig = c.sign('sha256', Buffer.from(header + '.' + payload), { key, dsaEncoding: 'ieee-p1363' });
process.stdout.write(header + '.' + payload + '.' + b64u(sig));
"#;
    let out = std::process::Command::new("node").args(["-e", script, body]).output().expect("node");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "signs with Node's crypto: the toolchains feature, ./scripts/test.sh"
)]
fn plaid_token_binds_the_body() {
    let body = "{\n  \"webhook_type\": \"ITEM\"\n}";
    let token = node_plaid_token(body);
    // Plaid's /webhook_verification_key/get response, pasted whole.
    let response = format!(
        r#"{{"key":{},"request_id":"r"}}"#,
        ES256_JWK.replace('{', r#"{"kid":"plaid-kid","alg":"ES256","#)
    );
    assert_match(&checked("plaid", &values(&response, body, &token, &[])));
    let key = serde_json::from_str::<serde_json::Value>(&response).unwrap()["key"].to_string();
    // The token still verifies, but the body re-serialized is not the one it vouches for.
    let c = checked("plaid", &values(&key, r#"{"webhook_type":"ITEM"}"#, &token, &[]));
    assert!(c.verdict.text().starts_with("Mismatch — the token's signature verifies"), "{c:?}");
    assert!(c.verdict.text().contains("request_body_sha256"));
}

/// A token whose header says RS256 while the signer used PS256 (made by Node's crypto with a
/// fresh RSA key), and the key's public PEM.
fn node_mislabelled_token() -> (String, String) {
    let script = r#"
const c = require('crypto');
const { privateKey, publicKey } = c.generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64u = (b) => Buffer.from(b).toString('base64url');
const input = b64u(JSON.stringify({ alg: 'RS256' })) + '.' + b64u(JSON.stringify({ sub: 'x' }));
const sig = c.sign('sha256', Buffer.from(input), { key: privateKey, padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
process.stdout.write(JSON.stringify([input + '.' + b64u(sig), publicKey.export({ type: 'spki', format: 'pem' })]));
"#;
    let out = std::process::Command::new("node").args(["-e", script]).output().expect("node");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "signs with Node's crypto: the toolchains feature, ./scripts/test.sh"
)]
fn a_token_signed_with_another_algorithm_than_its_header_names() {
    let (token, pem) = node_mislabelled_token();
    let c = checked("jwt-public-key", &values(&pem, "", &token, &[]));
    assert_found(&c, "made with RSA-PSS with SHA-256 (PS256), but the token's header says RS256 (RSA PKCS#1 v1.5 with SHA-256)");
}

/// Runs AWS's own SNS validator (tests/sdk/sns.mjs) on messages, with this certificate served
/// for their SigningCertURL: `true` or its error, per message.
fn aws_sns_validator(certificate: &str, messages: &[String]) -> Vec<serde_json::Value> {
    use std::io::Write;
    let mut child = std::process::Command::new("node")
        .arg("tests/sdk/sns.mjs")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node");
    let input = serde_json::json!({ "certificate": certificate, "messages": messages });
    child.stdin.take().unwrap().write_all(input.to_string().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Amazon SNS: the derived vectors of both signature versions (AWS's documented example
/// message, the RFC 7515 A.2 key), read from the message's own Signature member, agree with
/// AWS's validator; the version's hash is taken from the message, and a message whose
/// SignatureVersion does not match its signature is named.
#[test]
#[cfg_attr(
    not(feature = "toolchains"),
    ignore = "signs with Node's crypto: the toolchains feature, ./scripts/test.sh"
)]
fn sns_vectors_through_its_preset_and_aws_validator() {
    let ex = hmac_doctor::engine::presets::providers::example("sns").unwrap();
    let message: serde_json::Value = serde_json::from_str(ex.body).unwrap();
    let v1 = "TZRrVAZTgqcrUimtRLIb7tlZiD5LNjSe/Bw+Ul6PLISIcjVF6sKFGimIsYVyIkEOO7E8JAT716pbSZmWZrxq5pcPvwmmBTWidVztRD1wNYtd+yhvELScitGbZeetrj9QlOffIMUcI+tCOzCqYoX1tn4xO2ins+loO8C2nlT3jweHG1i8h7MLdXU8QZDFkMZ06mj0cLKW3rpLxkLuIxYakSDx+0dKnCRohBitBjVwYhNd2G5G4ocii9KPNqHOrcdTo+TpIZSXItF9oyuCq5R/tlSziVhZUdC4E9+oUwOs2DGxe63jyPHx6Y45eaiUchqFXeLh0W9DYlEGRnjThqKaFg==";
    let with = |version: &str, sig: &str| {
        let mut m = message.clone();
        m["SignatureVersion"] = version.into();
        m["Signature"] = sig.into();
        m.to_string()
    };
    let canonical = "Message\nHello world!\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\nSubject\nMy First Message\nTimestamp\n2012-05-02T00:54:06.655Z\nTopicArn\narn:aws:sns:us-west-2:123456789012:MyTopic\nType\nNotification\n";
    let c = checked("sns", &values(ex.secret, ex.body, "", &[]));
    assert_match(&c);
    assert_eq!(String::from_utf8(c.string_to_sign.clone()).unwrap(), canonical);
    assert!(c.verdict.text().contains("SHA-256"), "{c:?}");
    // Version 1 (SHA-1), the public key as a PEM or the certificate, the signature pasted.
    let c = checked("sns", &values(RS256_PEM, &with("1", v1), v1, &[]));
    assert_match(&c);
    assert!(c.verdict.text().contains("SHA-1"), "{c:?}");
    // A null Subject is left out; a changed member does not verify.
    let mut no_subject = message.clone();
    no_subject["Subject"] = serde_json::Value::Null;
    let c = checked("sns", &values(ex.secret, &no_subject.to_string(), "", &[]));
    assert!(!String::from_utf8_lossy(&c.string_to_sign).contains("Subject"));
    assert!(c.verdict.text().starts_with("Mismatch"), "{c:?}");
    // The version says SHA-256 but the signature is SHA-1's: named.
    assert_found(&checked("sns", &values(ex.secret, &with("2", v1), "", &[])), "SignatureVersion names");
    let mistake = ex.values(true);
    assert_found(&checked("sns", &mistake), "SignatureVersion");
    // AWS's validator agrees on each.
    let verdicts = aws_sns_validator(
        ex.secret,
        &[
            ex.body.to_string(),
            with("1", v1),
            with("2", v1),
            no_subject.to_string(),
            mistake.body.to_string(),
        ],
    );
    assert_eq!(verdicts[0], true);
    assert_eq!(verdicts[1], true);
    for v in &verdicts[2..] {
        assert_eq!(v, "The message signature is invalid.");
    }
}
