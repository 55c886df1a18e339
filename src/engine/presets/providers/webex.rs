//! Webex webhooks: `X-Spark-Signature` = hex HMAC-SHA1 of the raw body with the webhook's
//! secret (developer.webex.com, "Receive and verify events").
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "webex",
    name: "Webex webhook",
    algorithm: crate::engine::Algorithm::Sha1,
    signature_label: "X-Spark-Signature",
    signature_header: Some("X-Spark-Signature"),
    detect: &["x-spark-signature"],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] =
    &["SHA-1 over the bytes received: a body re-serialized from parsed JSON does not match."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "webex_webhook_secret",
    body: "{\"id\":\"Y2lzY29zcGFyazovL3VzL1dFQkhPT0svZjRlNjA1NjA\",\"resource\":\"messages\",\"event\":\"created\"}",
    signature: "f3f1c2381f1e1e410874b71c4116ee6cf16c8701",
    fields: &[],
    source: "Derived (Webex's webhook docs; Node's crypto)",
    derived: true,
    mistake: None,
};
