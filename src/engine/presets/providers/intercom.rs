//! Intercom: `X-Hub-Signature: sha1=<hex HMAC-SHA1>` of the raw body.
use crate::engine::presets::types::*;
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "intercom",
    name: "Intercom webhook",
    secret_label: "Client secret",
    algorithm: Algorithm::Sha1,
    signature_label: "X-Hub-Signature",
    signature_header: Some("X-Hub-Signature"),
    signature_format: SigFormat::Plain { prefix: "sha1=" },
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["HMAC-SHA1, 40 hex characters."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "intercom_secret",
    body: "{\"type\":\"notification_event\"}",
    signature: "sha1=15b5d6733aba42f248703df93d120ed4236cce43",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
