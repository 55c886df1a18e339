//! Sentry integration platform: `Sentry-Hook-Signature` = hex HMAC-SHA256 of the body.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "sentry",
    name: "Sentry webhook",
    secret_label: "Client secret",
    signature_label: "Sentry-Hook-Signature",
    signature_header: Some("Sentry-Hook-Signature"),
    detect: &["sentry-hook-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "sentry_secret",
    body: "{\"action\":\"created\",\"data\":{}}",
    signature: "b73e30ae88c7f6cfc752fd1589d3c965b566e84f5ebc96a4637732398cecdb8a",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
