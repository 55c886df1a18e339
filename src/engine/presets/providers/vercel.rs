//! Vercel: `x-vercel-signature` = hex HMAC-SHA1 of the raw body.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "vercel",
    name: "Vercel webhook",
    algorithm: Algorithm::Sha1,
    signature_label: "x-vercel-signature",
    signature_header: Some("x-vercel-signature"),
    detect: &["x-vercel-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "vercel_secret",
    body: "{\"type\":\"deployment.created\"}",
    signature: "3e78534df5f1db61d5260d2ac44f8b60b7bb06ae",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
