//! Zoom legacy Web SDK signature: base64(apiKey.meetingNumber.timestamp.role.hash) with
//! hash = base64(HMAC-SHA256(apiSecret, base64(apiKey + meetingNumber + timestamp + role))).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "zoom-sdk",
    name: "Zoom Web SDK signature (legacy)",
    kind: Kind::ZoomLegacy,
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
    timestamp: Some(TimestampRule { field: "timestamp", unit: TimeUnit::Milliseconds, tolerance_s: Some(7200), both_directions: true }),
    notes: &[
        "Standard Base64 may contain +, / and =, which break when the signature travels in a URL: the intermittent \"1 in 5 fails\". Use URL-safe Base64 or encode the URL parameter.",
        "Zoom replaced this signature with the Meeting SDK JWT (HS256).",
    ],
    error_text: "Signature is invalid",
    ..BASE
};
