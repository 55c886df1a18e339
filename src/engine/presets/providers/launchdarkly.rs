//! LaunchDarkly: `X-LD-Signature` = hex HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "launchdarkly",
    name: "LaunchDarkly webhook",
    signature_label: "X-LD-Signature",
    signature_header: Some("X-LD-Signature"),
    detect: &["x-ld-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "ld_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "8d9faceecda1f5c2e88d31c85e93cb3a0a55aa62320ba8d39706ef6e64cd3138",
    fields: &[],
    source: "Derived (providers-2 §1.22)",
    derived: true,
    mistake: None,
};
