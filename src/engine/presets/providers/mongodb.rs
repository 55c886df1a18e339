//! MongoDB Atlas / Cloud Manager alert webhooks: `X-MMS-Signature` = Base64 HMAC-SHA1 of the
//! body with the Webhook Secret (mongodb.com/docs/atlas/tutorial/webhook-integration).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "mongodb",
    name: "MongoDB Atlas webhook",
    algorithm: crate::engine::Algorithm::Sha1,
    output: OutputEncoding::Base64,
    signature_label: "X-MMS-Signature",
    signature_header: Some("X-MMS-Signature"),
    detect: &["x-mms-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["SHA-1 in Base64; sent only when a Webhook Secret is set."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "atlas_webhook_secret",
    body: "{\"id\":\"5b7b5f8c3b34b9357bf8e4c2\",\"eventTypeName\":\"OUTSIDE_METRIC_THRESHOLD\",\"status\":\"OPEN\"}",
    signature: "x0KmV5zJZTYIhgkhagW8SVCKdcA=",
    fields: &[],
    source: "Derived (Atlas's webhook integration docs; Node's crypto)",
    derived: true,
    mistake: None,
};
