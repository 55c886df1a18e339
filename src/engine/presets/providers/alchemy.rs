//! Alchemy Notify: `X-Alchemy-Signature` = hex HMAC-SHA256 of the raw body with the webhook's
//! signing key.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "alchemy",
    name: "Alchemy Notify webhook",
    secret_label: "Signing key",
    signature_label: "X-Alchemy-Signature",
    signature_header: Some("X-Alchemy-Signature"),
    detect: &["x-alchemy-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["Each webhook has its own signing key (its page in the Notify dashboard), not the app's auth token."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whsec_alchemy_signing_key",
    body: "{\"webhookId\":\"wh_octjglnywaupz6th\",\"id\":\"whevt_ogrc5v64myey69ux\",\"type\":\"ADDRESS_ACTIVITY\"}",
    signature: "ad6973756abab434aa3be77c1bd93aeaaa5b5015c6201ea829c2d103ae852dda",
    fields: &[],
    source: "Derived (Alchemy's Notify signature docs; Node's crypto)",
    derived: true,
    mistake: None,
};
