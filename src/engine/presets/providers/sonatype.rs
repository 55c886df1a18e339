//! Sonatype Nexus Repository: `X-Nexus-Webhook-Signature` = hex HMAC-SHA1 of the raw body with
//! the webhook's secret key.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "sonatype",
    name: "Sonatype Nexus webhook",
    secret_label: "Secret key",
    algorithm: crate::engine::Algorithm::Sha1,
    signature_label: "X-Nexus-Webhook-Signature",
    signature_header: Some("X-Nexus-Webhook-Signature"),
    detect: &["x-nexus-webhook-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["SHA-1, not SHA-256."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "nexus_secret_key",
    body: "{\"timestamp\":\"2016-11-10T23:57:49.664+0000\",\"nodeId\":\"52905B51\",\"initiator\":\"admin/127.0.0.1\",\"repositoryName\":\"npm-proxy\",\"action\":\"CREATED\"}",
    signature: "a52b8a93e75b26e3c95611f446d0241d514a712c",
    fields: &[],
    source: "Derived (Nexus's webhook docs; Node's crypto)",
    derived: true,
    mistake: None,
};
