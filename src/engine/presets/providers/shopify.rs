//! Shopify webhooks: `X-Shopify-Hmac-Sha256` = Base64 HMAC-SHA256 of the raw body.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "shopify",
    name: "Shopify webhook",
    secret_label: "Client secret",
    output: OutputEncoding::Base64,
    algorithm: Algorithm::Sha256,
    signature_label: "X-Shopify-Hmac-Sha256",
    signature_header: Some("X-Shopify-Hmac-Sha256"),
    detect: &["x-shopify-hmac-sha256"],
    category: Category::Commerce,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["The header is Base64, not hex: compare Base64 with Base64 (or the decoded bytes)."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "hush",
    body: "{\"id\":1}",
    signature: "VnKUjZsLuN5iZWjn5EntcBVCF9kMN43LglzCE1/GSeY=",
    fields: &[],
    source: "Derived (shared reference derived-vectors.md), from the provider's documented scheme",
    derived: true,
    mistake: None,
};
