//! Sentry integration platform: `Sentry-Hook-Signature` = hex HMAC-SHA256 of the body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "sentry",
    name: "Sentry webhook",
    secret_label: "Client secret",
    signature_label: "Sentry-Hook-Signature",
    signature_header: Some("Sentry-Hook-Signature"),
    detect: &["sentry-hook-signature"],
    ..BASE
};
