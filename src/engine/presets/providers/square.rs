//! Square: `x-square-hmacsha256-signature` = Base64 HMAC-SHA256 of notification URL + body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "square",
    name: "Square webhook",
    secret_label: "Signature key",
    fields: &[FieldSpec {
        id: "url",
        label: "Notification URL",
        header: None,
        placeholder: "https://example.com/webhooks/square",
    }],
    message: &[Part::Field("url"), Part::Body],
    output: OutputEncoding::Base64,
    signature_label: "x-square-hmacsha256-signature",
    signature_header: Some("x-square-hmacsha256-signature"),
    detect: &["x-square-hmacsha256-signature"],
    notes: &[
        "Use the signature key as text even though it looks like Base64url.",
        "The URL must match the subscription URL exactly.",
    ],
    sources: &[("url", Source::Url)],
    ..BASE
};
