//! Modern Treasury: `X-Signature` = hex HMAC-SHA256 of the raw body with the webhook key.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "modern-treasury",
    name: "Modern Treasury webhook",
    secret_label: "Webhook key",
    signature_label: "X-Signature",
    signature_header: Some("X-Signature"),
    detect: &[],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "X-Signature is a name several providers use: the raw request view cannot tell it from the others, so choose this preset yourself.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "mt_webhook_key",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "b681e1cc2821e6c39c3be68e357c85cca4a2327fa238322f7791a43fc01edae4",
    fields: &[],
    source: "Derived (providers-2 §1.21)",
    derived: true,
    mistake: None,
};
