//! Zoom webhooks: `x-zm-signature: v0=<hex>` over `v0:<x-zm-request-timestamp>:<body>`.
use super::timestamp_field;
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "zoom-webhook",
    name: "Zoom webhook",
    secret_label: "Secret token",
    fields: &[timestamp_field(Some("x-zm-request-timestamp"))],
    message: &[Part::Lit("v0:"), Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "x-zm-signature",
    signature_header: Some("x-zm-signature"),
    signature_format: SigFormat::Plain { prefix: "v0=" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: true,
    }),
    detect: &["x-zm-signature"],
    category: Category::Messaging,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Zoom's samples hash JSON.stringify(req.body); that works only while Zoom sends compact JSON. Hash the raw body."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Failed to verify event originated from Zoom.";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "zoom_secret_token",
    body: "{\"event\":\"meeting.started\",\"payload\":{\"account_id\":\"abc\"},\"event_ts\":1700000000000}",
    signature: "v0=2d1cc1e93aec239e4b6385fee0380dee3eb697ec172492bff19620cd15e20efc",
    fields: &[("timestamp", "1700000000")],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};

/// Request shapes that tell something about a failure (the worker checks the body).
pub const CLUES: &[Clue] = &[Clue {
    on_mismatch: true,
    body_has: &[],
    says: "Zoom signs with the app's Secret Token (Feature → Event Subscriptions → Secret Token), not the deprecated Verification Token shown beside it: if the key is the Verification Token, use the Secret Token.",
}];
