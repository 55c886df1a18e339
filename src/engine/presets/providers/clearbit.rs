//! Clearbit: `X-Request-Signature: sha1=<hex>` = HMAC-SHA1 of the raw body with the secret
//! API key (clearbit/clearbit-ruby `Clearbit::Webhook.valid?`).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "clearbit",
    name: "Clearbit webhook",
    secret_label: "Secret API key",
    algorithm: crate::engine::Algorithm::Sha1,
    signature_label: "X-Request-Signature",
    signature_header: Some("X-Request-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha1=" },
    detect: &["x-request-signature"],
    category: Category::Other,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["SHA-1; the key is the whole secret API key, sk_ included."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "sk_clearbit_api_key",
    body: "{\"id\":\"custom_id\",\"status\":200,\"body\":{\"name\":\"Clearbit\"}}",
    signature: "sha1=5b0663b8c9cff74633be02d40f80f580cf6d774d",
    fields: &[],
    source: "Derived (clearbit-ruby's webhook check; Node's crypto)",
    derived: true,
    mistake: None,
};
