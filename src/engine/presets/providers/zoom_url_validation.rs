//! Zoom endpoint URL validation: `encryptedToken` = hex HMAC-SHA256(secret token, plainToken).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "zoom-url-validation",
    name: "Zoom endpoint URL validation",
    scheme: Scheme::Produce(Response { before: &[("plainToken", "plain_token")], signature_key: "encryptedToken", after: &[] }),
    secret_label: "Secret token",
    fields: &[FieldSpec { id: "plain_token", label: "plainToken", header: None, placeholder: "qgg8vlvZRS6UYooatFL8Aw" }],
    body_label: None,
    message: &[Part::Field("plain_token")],
    signature_label: "encryptedToken",
    notes: &["Respond within 3 seconds with {\"plainToken\":…,\"encryptedToken\":…}; Zoom re-validates every 72 hours."],
    error_text: "URL validation failed. Try again later.",
    sources: &[("plain_token", Source::Json(&["payload", "plainToken"]))],
    ..BASE
};
