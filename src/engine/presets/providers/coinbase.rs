//! Coinbase Commerce: `X-CC-Webhook-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "coinbase",
    name: "Coinbase Commerce webhook",
    secret_label: "Shared secret",
    signature_label: "X-CC-Webhook-Signature",
    signature_header: Some("X-CC-Webhook-Signature"),
    detect: &["x-cc-webhook-signature"],
    ..BASE
};
