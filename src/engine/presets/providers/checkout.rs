//! Checkout.com: `Cko-Signature` = hex HMAC-SHA256 of the raw body with the webhook secret key.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "checkout",
    name: "Checkout.com webhook",
    secret_label: "Secret key",
    signature_label: "Cko-Signature",
    signature_header: Some("Cko-Signature"),
    detect: &["cko-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["The key is the webhook's own secret, not the account's API secret key."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "cko_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "56780ec9656f72e5c653c4b526566119636f370877ea8e5b67fb3a62a7364e44",
    fields: &[],
    source: "Derived (providers-2 §1.27)",
    derived: true,
    mistake: None,
};
