//! Hookdeck: `x-hookdeck-signature` = Base64 HMAC-SHA256 of the raw body with the workspace signing secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "hookdeck",
    name: "Hookdeck (outbound)",
    output: OutputEncoding::Base64,
    signature_label: "x-hookdeck-signature",
    signature_header: Some("x-hookdeck-signature"),
    detect: &["x-hookdeck-signature"],
    category: Category::WebhookPlatforms,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "This is Hookdeck's own signature over what it forwards; the original provider's signature headers are forwarded as they were.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "hd_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "1xG6hpziAcRbwuVEhK7VVlMP+iTIrAxNocAsryPCj7Y=",
    fields: &[],
    source: "Derived (providers-2 §1.29)",
    derived: true,
    mistake: None,
};
