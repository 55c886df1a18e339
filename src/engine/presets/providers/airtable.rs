//! Airtable: `X-Airtable-Content-MAC: hmac-sha256=<hex>` over the raw body, keyed with the Base64-decoded macSecretBase64.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "airtable",
    name: "Airtable webhook",
    secret_label: "macSecretBase64",
    key: KeyHandling::WhsecBase64,
    signature_label: "X-Airtable-Content-MAC",
    signature_header: Some("X-Airtable-Content-MAC"),
    signature_format: SigFormat::Plain { prefix: "hmac-sha256=" },
    detect: &["x-airtable-content-mac"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["The key is macSecretBase64 (returned when the webhook was created) Base64-decoded, not its text."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "hmac-sha256=9e7dd00fbd7f925deb295ee135b8eca5ba1e3d96d6c5dd7dc864751b9a201dc8",
    fields: &[],
    source: "Derived (providers-2 §1.36)",
    derived: true,
    mistake: None,
};
