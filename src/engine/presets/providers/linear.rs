//! Linear: `Linear-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "linear",
    name: "Linear webhook",
    signature_label: "Linear-Signature",
    signature_header: Some("Linear-Signature"),
    detect: &["linear-signature"],
    notes: &["The body's webhookTimestamp (ms) must be within 60 s of now."],
    error_text: "Invalid webhook signature",
    ..BASE
};
