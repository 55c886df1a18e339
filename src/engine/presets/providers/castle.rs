//! Castle: `X-Castle-Signature` = Base64 HMAC-SHA256 of the raw body with the API secret
//! (castle/castle-ruby `Castle::Webhooks::Verify`, castle/castle-php `Castle_Webhook`).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "castle",
    name: "Castle webhook",
    secret_label: "API secret",
    output: OutputEncoding::Base64,
    signature_label: "X-Castle-Signature",
    signature_header: Some("X-Castle-Signature"),
    detect: &["x-castle-signature"],
    category: Category::Identity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature not matching the expected signature";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "castle_api_secret",
    body: "{\"api_version\":\"v1\",\"app_id\":\"12345\",\"type\":\"$incident.confirmed\"}",
    signature: "KA6TBgzsKTV1i7doB1CrFhCCO1UDxD5d6ZAyRohgDUw=",
    fields: &[],
    source: "Derived (castle-ruby's webhook check; Node's crypto)",
    derived: true,
    mistake: None,
};
