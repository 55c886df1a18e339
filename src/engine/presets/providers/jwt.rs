//! JSON Web Tokens signed with HMAC (HS256/HS384/HS512), including Zoom's Meeting SDK JWT.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "jwt",
    name: "JWT HS256/384/512 (incl. Zoom Meeting SDK)",
    kind: Kind::Jwt,
    secret_label: "JWT secret",
    body_label: None,
    message: &[],
    output: OutputEncoding::Base64Url,
    signature_label: "JWT",
    notes: &[
        "The signature covers the exact Base64url text of header and payload: editing the secret never re-signs a pasted token here.",
        "RFC 7518 wants an HMAC key at least as long as the hash (32 bytes for HS256).",
        "Zoom Meeting SDK: appKey/sdkKey, mn, role, iat, exp and tokenExp; exp − iat between 1800 s and 48 h; iat a number.",
    ],
    error_text: "Signature is invalid",
    ..BASE
};
