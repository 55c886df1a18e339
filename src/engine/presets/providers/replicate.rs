//! Replicate: Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "replicate",
    name: "Replicate webhook",
    // Recognised from its headers as Standard Webhooks, the same scheme.
    detect: &[],
    category: Category::DeveloperTools,
    ..super::standard_webhooks::PRESET
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "A pasted request is recognised as Standard Webhooks, the same scheme.",
    "The secret comes from GET /v1/webhooks/default/secret; its part after whsec_ is Base64-decoded.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = super::standard_webhooks::ERROR_TEXT;

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    source: "replicate/replicate-javascript index.test.ts (Svix's vector)",
    derived: false,
    // Svix's official vector, as for Standard Webhooks.
    ..super::standard_webhooks::EXAMPLE
};
