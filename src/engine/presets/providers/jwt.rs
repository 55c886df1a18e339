//! JSON Web Tokens signed with HMAC (HS256/HS384/HS512), including Zoom's Meeting SDK JWT.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "jwt",
    name: "JWT HS256/384/512 (incl. Zoom Meeting SDK)",
    kind: Kind::Jwt,
    secret_label: "JWT secret",
    fields: &[
        FieldSpec { id: "sdk_key", label: "SDK key", header: None, placeholder: "to build a Zoom Meeting SDK JWT" },
        FieldSpec { id: "meeting_number", label: "Meeting number", header: None, placeholder: "123456789" },
        FieldSpec { id: "role", label: "Role", header: None, placeholder: "0 (attendee) or 1 (host)" },
        FieldSpec { id: "iat", label: "iat", header: None, placeholder: "issued at, seconds" },
        FieldSpec { id: "exp", label: "exp", header: None, placeholder: "expires, seconds (iat + 1800 … 172800)" },
    ],
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
