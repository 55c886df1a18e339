//! Autodesk Platform Services webhooks: `x-adsk-signature: sha1hash=<hex>` = HMAC-SHA1 of the raw
//! body with the secret token (aps.autodesk.com, "How to Verify Payload Signature").
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "autodesk",
    name: "Autodesk Platform Services webhook",
    secret_label: "Secret token",
    algorithm: crate::engine::Algorithm::Sha1,
    signature_label: "x-adsk-signature",
    signature_header: Some("x-adsk-signature"),
    signature_format: SigFormat::Plain { prefix: "sha1hash=" },
    detect: &["x-adsk-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["SHA-1 over the raw bytes: a body parsed and re-serialized, or saved with CRLF line endings, does not match."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "aps_webhook_secret_token",
    body: "{\"version\":\"1.0\",\"resourceUrn\":\"urn:adsk.wipprod:dm.lineage:hC6k4hndRWaeIVhIjvHu8w\",\"hook\":{\"event\":\"dm.version.added\"}}",
    signature: "sha1hash=d5f5e67131e7b46abfe5f6d45aa228536521e384",
    fields: &[],
    source: "Derived (APS's payload signature tutorial; Node's crypto)",
    derived: true,
    mistake: None,
};
