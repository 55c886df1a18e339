//! Segment Webhooks destination: `X-Signature` = hex HMAC-SHA1 of the raw body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "segment",
    name: "Segment webhook destination",
    secret_label: "Shared secret",
    algorithm: crate::engine::Algorithm::Sha1,
    signature_label: "X-Signature",
    signature_header: Some("X-Signature"),
    detect: &[],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["SHA-1, not SHA-256.", "X-Signature is a name several providers use: choose this preset yourself."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "seg_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "0160b2e76b8b9a76b428b9a17a4e61268d1dc7ff",
    fields: &[],
    source: "Derived (providers-2 §1.37)",
    derived: true,
    mistake: None,
};
