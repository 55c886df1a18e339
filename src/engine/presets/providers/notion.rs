//! Notion: `X-Notion-Signature: sha256=<hex>` over the raw body, keyed with the verification token.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "notion",
    name: "Notion webhook",
    secret_label: "Verification token",
    signature_label: "X-Notion-Signature",
    signature_header: Some("X-Notion-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha256=" },
    detect: &["x-notion-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["The key is the verification_token Notion POSTed once when the subscription was created."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "secret_notion_verification_token",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "sha256=d18d91eaeb68f2620e45a2dd765eb561fd4814b85848ce74e0d17bb240ef14a3",
    fields: &[],
    source: "Derived (providers-2 §1.32)",
    derived: true,
    mistake: None,
};
