//! HubSpot v1 and v2: `X-HubSpot-Signature` = hex SHA-256 (a plain hash, not an HMAC) of the
//! client secret + body (v1) or client secret + method + URI + body (v2), as
//! `X-HubSpot-Signature-Version` says.
use crate::engine::calc::{Calculation, Inputs, Verdict};
use crate::engine::encoding::{to_hex, Encoded, KeyFormat, MessageFormat};
use crate::engine::expected::parse_expected;
use crate::engine::language::Language;
use crate::engine::presets::types::*;
use crate::engine::presets::{Evaluation, Values};
use sha2::{Digest, Sha256};
use std::rc::Rc;

pub const PRESET: Preset = Preset {
    id: "hubspot-legacy",
    name: "HubSpot webhook (v1/v2)",
    scheme: Scheme::Own(OwnScheme { evaluate, signs: true }),
    secret_label: "Client secret",
    fields: &[
        FieldSpec {
            id: "version",
            label: "X-HubSpot-Signature-Version",
            header: Some("X-HubSpot-Signature-Version"),
            placeholder: "v1",
        },
        FieldSpec { id: "method", label: "HTTP method", header: None, placeholder: "POST" },
        FieldSpec {
            id: "uri",
            label: "Request URI",
            header: None,
            placeholder: "https://www.example.com/webhook_uri",
        },
    ],
    output: OutputEncoding::Hex,
    signature_label: "X-HubSpot-Signature",
    signature_header: Some("X-HubSpot-Signature"),
    detect: &["x-hubspot-signature-version"],
    sources: &[("method", Source::Method), ("uri", Source::Url)],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "v1 and v2 are plain SHA-256 hashes of a text that starts with the client secret, not HMACs: an HMAC with the secret as key never matches.",
    "v1 hashes secret + body (webhooks); v2 hashes secret + method + full URI + body (workflow webhooks, CRM cards). The version header says which.",
    "Requests that also carry X-HubSpot-Signature-v3 are verified with v3 (the HubSpot webhook (v3) preset).",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy",
    body: "{'example_field':'example_value'}",
    signature: "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750",
    fields: &[("version", "v1"), ("method", "POST"), ("uri", "https://www.example.com/webhook_uri")],
    source: "HubSpot/hubspot-api-python tests/spec/utils/test_signature.py (v1)",
    derived: false,
    // The version header misread: the v1 hash checked as v2 (the evaluation names it).
    mistake: Some(&[("version", "v2")]),
};

/// The text each version hashes.
fn hashed(version: &str, secret: &str, v: &Values) -> Vec<u8> {
    let mut text = secret.as_bytes().to_vec();
    if version == "v2" {
        text.extend_from_slice(v.get("method").as_bytes());
        text.extend_from_slice(v.get("uri").as_bytes());
    }
    text.extend_from_slice(v.body.as_bytes());
    text
}

/// The version entered (v1 when empty), the hash of what it names, and the other version
/// tried when that one does not match.
fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let v = values.clone();
    let entered = v.get("version").trim().to_ascii_lowercase();
    let version = if entered.is_empty() { "v1".to_string() } else { entered };
    let mut problems = Vec::new();
    if version != "v1" && version != "v2" {
        problems.push(format!(
            "X-HubSpot-Signature-Version is “{version}”: X-HubSpot-Signature is v1 or v2. A v3 request carries X-HubSpot-Signature-v3: use the HubSpot webhook (v3) preset."
        ));
    }
    let text = hashed(&version, &values.secret, &v);
    let digest = Sha256::digest(&text).to_vec();
    let expected = parse_expected(&values.signature);
    let what = if version == "v2" { "client secret + method + URI + body" } else { "client secret + body" };
    let verdict = match &expected {
        Ok(Some(e)) => match e.matching(&digest) {
            Some(c) => {
                Verdict::Match(format!("SHA-256 of {what} ({version}), expected given as {}", e.describe(c)))
            }
            None => {
                let other = if version == "v2" { "v1" } else { "v2" };
                if e.matching(&Sha256::digest(hashed(other, &values.secret, &v))).is_some() {
                    problems.push(format!(
                        "The signature is the {other} hash, but the version is {version}: HubSpot says which it used in X-HubSpot-Signature-Version. Read it from the request and hash accordingly."
                    ));
                }
                Verdict::Mismatch(format!(
                    "SHA-256 of {what} ({version}) differs from the expected signature."
                ))
            }
        },
        Ok(None) => Verdict::None,
        Err(err) => Verdict::Mismatch(format!("{err}.")),
    };
    let calculation = Calculation {
        message: Ok(text.clone()),
        key: Ok(values.secret.as_bytes().to_vec()),
        warnings: crate::engine::warnings::inspect_key(&values.secret),
        outputs: Some(Encoded::of(&digest)),
        mac: Some(digest.clone()),
        expected,
        verdict,
    };
    // No HMAC search: the calculator's inputs carry no expected signature.
    let inputs = Inputs {
        message: String::from_utf8_lossy(&text).into(),
        message_format: MessageFormat::Text,
        key: values.secret.clone(),
        key_format: KeyFormat::Text,
        algorithm: p.algorithm,
        ..Inputs::default()
    };
    let string_to_sign: Rc<[u8]> = text.into();
    Evaluation {
        calculation: Rc::new(calculation),
        problems,
        produced: Some(to_hex(&digest)),
        ..Evaluation::new(p, v, inputs, string_to_sign)
    }
}

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("hubspot-v1-v2");
