//! Onfido: `X-SHA2-Signature` = hex HMAC-SHA256 of the raw body with the webhook token.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "onfido",
    name: "Onfido webhook",
    secret_label: "Webhook token",
    signature_label: "X-SHA2-Signature",
    signature_header: Some("X-SHA2-Signature"),
    detect: &["x-sha2-signature"],
    category: Category::Identity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["X-Signature, the older header, is HMAC-SHA1."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Invalid signature for webhook event";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "_ABC123abc123ABC123abc123ABC123_",
    body: "{\"payload\":{\"resource_type\":\"check\",\"action\":\"check.completed\",\"object\":{\"id\":\"check-123\",\"status\":\"complete\",\"completed_at_iso8601\":\"2020-01-01T00:00:00Z\",\"href\":\"https://api.onfido.com/v3/checks/check-123\"}}}",
    signature: "a0082d7481f9f0a2907583dbe1f344d6d4c0d9989df2fd804f98479f60cd760e",
    fields: &[],
    source: "onfido/onfido-node test/classic-webhook-event-verifier.test.ts",
    derived: false,
    mistake: None,
};
