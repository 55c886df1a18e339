//! Zoom legacy Web SDK signature: base64(apiKey.meetingNumber.timestamp.role.hash) with
//! hash = base64(HMAC-SHA256(apiSecret, base64(apiKey + meetingNumber + timestamp + role))).
use crate::engine::encoding::{decode_base64, to_base64, Alphabet};
use crate::engine::language::Language;
use crate::engine::presets::types::*;
use crate::engine::presets::{Evaluation, Values};
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "zoom-sdk",
    name: "Zoom Web SDK signature (legacy)",
    scheme: Scheme::Own(OwnScheme { evaluate, signs: true }),
    secret_label: "API secret",
    fields: &[
        FieldSpec { id: "api_key", label: "API key", header: None, placeholder: "abc123" },
        FieldSpec { id: "meeting_number", label: "Meeting number", header: None, placeholder: "123456789" },
        FieldSpec { id: "role", label: "Role", header: None, placeholder: "0 (attendee) or 1 (host)" },
        FieldSpec { id: "timestamp", label: "Timestamp (ms)", header: None, placeholder: "1646937553000" },
    ],
    body_label: None,
    message: &[],
    output: OutputEncoding::Base64,
    signature_label: "Zoom signature",
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Milliseconds,
        tolerance_s: Some(7200),
        both_directions: true,
    }),
    category: Category::Tokens,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "Standard Base64 may contain +, / and =, which break when the signature travels in a URL: the intermittent \"1 in 5 fails\". Use URL-safe Base64 or encode the URL parameter.",
    "Zoom replaced this signature with the Meeting SDK JWT (HS256).",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature is invalid";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "xyz789",
    body: "",
    signature: "YWJjMTIzLjEyMzQ1Njc4OS4xNjQ2OTM3NTUzMDAwLjAuSUhTZnovU05xQ1JZN0QrcG1BbHdYeEY2a3lFcmpMeFdZWThhUzZTY3h3WT0=",
    fields: &[],
    source: "Derived, from Zoom's sample code",
    derived: true,
    mistake: None,
};

/// The HMAC input is the Base64 text of key + meeting number + timestamp + role; a pasted
/// signature is decoded into its parts (which fill empty fields) and its hash compared.
fn evaluate(p: &'static Preset, values: &Values) -> Evaluation {
    let mut problems = Vec::new();
    let mut signatures = Vec::new();
    let mut v = values.clone();
    // A `+` turned into a space in a URL: the signature is read with `+` restored to tell
    // what it was, and compared as received (Zoom rejects it so).
    let spaced = values.signature.trim().contains(' ');
    let restored = values.signature.trim().replace(' ', "+");
    if !values.signature.trim().is_empty() {
        match decode_legacy(&restored) {
            Ok(parts) => {
                for (id, val) in [
                    ("api_key", &parts.api_key),
                    ("meeting_number", &parts.meeting_number),
                    ("timestamp", &parts.timestamp_ms),
                    ("role", &parts.role),
                ] {
                    if v.get(id).is_empty() {
                        v.set(id, val.as_str());
                    } else if v.get(id) != val {
                        problems.push(format!(
                            "The signature was made for {id} {val}, but the field says {}.",
                            v.get(id)
                        ));
                    }
                }
                let hash_spaced = parts.hash.contains(' ');
                if spaced || hash_spaced {
                    let right = legacy_hash(
                        &values.secret,
                        v.get("api_key"),
                        v.get("meeting_number"),
                        v.get("timestamp"),
                        v.get("role"),
                    );
                    problems.push(plus_lost(right == parts.hash.replace(' ', "+")));
                    // Compared as received: never a Match.
                    signatures.push(if spaced {
                        values.signature.trim().to_string()
                    } else {
                        parts.hash.clone()
                    });
                } else {
                    signatures.push(parts.hash);
                }
                if let Some(w) = url_warnings(values.signature.trim()) {
                    problems.push(w);
                }
            }
            Err(e) => problems.push(e),
        }
    }
    let (key, mn, ts, role) = (v.get("api_key"), v.get("meeting_number"), v.get("timestamp"), v.get("role"));
    let message = to_base64(format!("{key}{mn}{ts}{role}").as_bytes());
    let produced = (!key.is_empty()).then(|| legacy_signature(&values.secret, key, mn, ts, role));
    let timestamp = p.timestamp.filter(|_| !ts.trim().is_empty()).map(|rule| (rule, ts.to_string()));
    let expected = signatures.first().cloned().unwrap_or_default();
    Evaluation {
        signatures,
        timestamp,
        problems,
        produced,
        ..Evaluation::of_text(p, v.clone(), message.into_bytes(), expected)
    }
}

/// The parts of a legacy signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyParts {
    pub api_key: String,
    pub meeting_number: String,
    pub timestamp_ms: String,
    pub role: String,
    /// Standard Base64 of the HMAC.
    pub hash: String,
}

/// The inner hash: base64(HMAC-SHA256(secret, base64(key + meeting + ts + role))).
pub fn legacy_hash(secret: &str, api_key: &str, meeting: &str, ts_ms: &str, role: &str) -> String {
    let msg = to_base64(format!("{api_key}{meeting}{ts_ms}{role}").as_bytes());
    to_base64(&Algorithm::Sha256.mac(secret.as_bytes(), msg.as_bytes()))
}

/// The signature as Zoom's Node sample makes it (standard Base64 with padding).
pub fn legacy_signature(secret: &str, api_key: &str, meeting: &str, ts_ms: &str, role: &str) -> String {
    let hash = legacy_hash(secret, api_key, meeting, ts_ms, role);
    to_base64(format!("{api_key}.{meeting}.{ts_ms}.{role}.{hash}").as_bytes())
}

/// Warnings about how a signature is written: `+`, `/` or `=` break in a URL.
/// A signature whose `+` became spaces: what that means, and whether it is valid with them
/// restored.
fn plus_lost(valid_restored: bool) -> String {
    format!(
        "The signature has spaces where its Base64 had “+”: in a URL query “+” means a space, and only some signatures hold a “+”, which is why only some attempts fail. Zoom rejects it as received.{} URL-encode it (encodeURIComponent).",
        if valid_restored { " It is valid only with “+” restored." } else { "" }
    )
}

pub fn url_warnings(signature: &str) -> Option<String> {
    let bad: Vec<char> = ['+', '/', '='].into_iter().filter(|c| signature.contains(*c)).collect();
    (!bad.is_empty()).then(|| {
        format!(
            "The signature is standard Base64 and contains {}: in a URL query these change meaning (+ becomes a space), so the SDK sometimes receives a different signature — the intermittent “1 in 5 fails”. URL-encode it, or use URL-safe Base64 without padding.",
            bad.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", ")
        )
    })
}

/// Decodes a pasted signature (standard or URL-safe Base64, padding optional).
pub fn decode_legacy(signature: &str) -> Result<LegacyParts, String> {
    let s = signature.trim();
    let alphabet = if s.contains(['-', '_']) { Alphabet::UrlSafe } else { Alphabet::Standard };
    let bytes = decode_base64(s, alphabet).map_err(|e| format!("The Zoom signature is {e}"))?;
    let text =
        String::from_utf8(bytes).map_err(|_| "The Zoom signature does not decode to text.".to_string())?;
    let parts: Vec<&str> = text.splitn(5, '.').collect();
    if parts.len() != 5 {
        return Err(format!(
            "The Zoom signature decodes to “{text}”, not apiKey.meetingNumber.timestamp.role.hash."
        ));
    }
    Ok(LegacyParts {
        api_key: parts[0].into(),
        meeting_number: parts[1].into(),
        timestamp_ms: parts[2].into(),
        role: parts[3].into(),
        hash: parts[4].into(),
    })
}

/// The programs of this provider's own (the shared emitters do not write its scheme), by
/// language; only the code generator refers to them, so the page does not carry them.
pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("zoom-sdk-legacy");
