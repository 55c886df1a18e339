//! Lemon Squeezy: `X-Signature` = hex HMAC-SHA256 of the raw body with the signing secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "lemonsqueezy",
    name: "Lemon Squeezy webhook",
    secret_label: "Signing secret",
    signature_label: "X-Signature",
    signature_header: Some("X-Signature"),
    detect: &["x-event-name"],
    category: Category::Commerce,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["The signing secret is the one set on the webhook (6 to 40 characters), not the API key."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "ls_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "d54d11beacb228940027d8156dcf6065d1d2ecbe131d2fca1cfa3bb4a71fd287",
    fields: &[],
    source: "Derived (providers-2 §1.28)",
    derived: true,
    mistake: None,
};
