//! Linear: `Linear-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "linear",
    name: "Linear webhook",
    signature_label: "Linear-Signature",
    signature_header: Some("Linear-Signature"),
    detect: &["linear-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["The body's webhookTimestamp (ms) must be within 60 s of now."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Invalid webhook signature";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "lin_wh_secret",
    body: "{\"action\":\"create\",\"type\":\"Issue\",\"webhookTimestamp\":1700000000000}",
    signature: "91e919dc0fd99df1cae12efef1ca08b082cfa523f101b572ec14ed98863fdf35",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
