//! JSON Web Tokens signed with HMAC (HS256/HS384/HS512), including Zoom's Meeting SDK JWT.
use crate::engine::language::Language;
use crate::engine::presets::types::*;
use crate::engine::presets::{jwt, Values};
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "jwt",
    name: "JWT HS256/384/512 (incl. Zoom Meeting SDK)",
    scheme: Scheme::Jwt(JwtHooks { claims: zoom_claims, build: zoom_sdk_jwt }),
    produced_label: Some("Zoom Meeting SDK JWT from the fields"),
    secret_label: "JWT secret",
    fields: &[
        FieldSpec {
            id: "sdk_key",
            label: "SDK key",
            header: None,
            placeholder: "to build a Zoom Meeting SDK JWT",
        },
        FieldSpec { id: "meeting_number", label: "Meeting number", header: None, placeholder: "123456789" },
        FieldSpec { id: "role", label: "Role", header: None, placeholder: "0 (attendee) or 1 (host)" },
        FieldSpec { id: "iat", label: "iat", header: None, placeholder: "issued at, seconds" },
        FieldSpec {
            id: "exp",
            label: "exp",
            header: None,
            placeholder: "expires, seconds (iat + 1800 … 172800)",
        },
    ],
    body_label: None,
    message: &[],
    output: OutputEncoding::Base64Url,
    signature_label: "JWT",
    category: Category::Tokens,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The signature covers the exact Base64url text of header and payload: editing the secret never re-signs a pasted token here.",
    "RFC 7518 wants an HMAC key at least as long as the hash (32 bytes for HS256).",
    "Zoom Meeting SDK: appKey/sdkKey, mn, role, iat, exp and tokenExp; exp − iat between 1800 s and 48 h; iat a number.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature is invalid";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "xyz789",
    body: "",
    signature: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZGtLZXkiOiJhYmMxMjMiLCJtbiI6IjEyMzQ1Njc4OSIsInJvbGUiOjAsImlhdCI6MTY0NjkzNzU1MywiZXhwIjoxNjQ2OTQ0NzUzLCJhcHBLZXkiOiJhYmMxMjMiLCJ0b2tlbkV4cCI6MTY0Njk0NDc1M30.12SsubJR3SpiVG_AhAH7VqO2HsWZFY6Ie74_uovU3Qo",
    fields: &[],
    source: "Derived: a Zoom Meeting SDK JWT",
    derived: true,
    mistake: None,
};

/// Zoom Meeting SDK rules, when the payload has Zoom's claims.
pub fn zoom_claims(p: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let zoom = p.get("appKey").is_some() || p.get("sdkKey").is_some() || p.get("mn").is_some();
    if zoom {
        let num = |k: &str| p.get(k).and_then(|v| v.as_i64());
        if p.get("iat").is_some_and(|v| v.is_string()) {
            out.push("Zoom: iat must be a number, not a string.".into());
        }
        match (num("iat"), num("exp")) {
            (Some(iat), Some(exp)) => {
                let d = exp - iat;
                if !(1800..=172_800).contains(&d) {
                    out.push(format!(
                        "Zoom: exp − iat is {d} s; it must be between 1800 s (30 min) and 172800 s (48 h)."
                    ));
                }
                if num("tokenExp").is_some_and(|t| t != exp) {
                    out.push("Zoom: tokenExp should equal exp.".into());
                }
            }
            _ => out.push("Zoom: iat and exp must both be present as numbers.".into()),
        }
        if !matches!(num("role"), Some(0 | 1)) {
            out.push("Zoom: role must be 0 (attendee) or 1 (host).".into());
        }
        if p.get("mn").is_none() {
            out.push("Zoom: mn (meeting number) is required for the web SDK.".into());
        }
    }
    out
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// A Zoom Meeting SDK JWT built from the preset's fields, when an SDK key and iat are given.
/// `role`, `iat` and `exp` are numbers; `exp` defaults to iat + 2 h; `tokenExp` equals `exp`.
fn zoom_sdk_jwt(v: &Values) -> Option<String> {
    let key = v.get("sdk_key").trim();
    if key.is_empty() {
        return None;
    }
    let num = |id: &str| v.get(id).trim().parse::<i64>().ok();
    let iat = num("iat")?;
    let exp = num("exp").unwrap_or(iat + 7200);
    let payload = format!(
        "{{\"appKey\":{k},\"sdkKey\":{k},\"mn\":{mn},\"role\":{role},\"iat\":{iat},\"exp\":{exp},\"tokenExp\":{exp}}}",
        k = json_string(key),
        mn = json_string(v.get("meeting_number").trim()),
        role = num("role").unwrap_or(0),
    );
    Some(jwt::sign("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", &payload, Algorithm::Sha256, v.secret.as_bytes()))
}

/// The programs of this provider's own (the shared emitters do not write its scheme), by
/// language; only the code generator refers to them, so the page does not carry them.
pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("zoom-meeting-sdk");
