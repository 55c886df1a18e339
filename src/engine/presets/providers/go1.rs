//! Go1: `go1-signature: t=<ts>,v1=<hex>` = HMAC-SHA256 of `t + "." + body` with the shared secret
//! given when the webhook was created; at most 60 s old (go1com/webhook-verifier-js).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "go1",
    name: "Go1 webhook",
    secret_label: "Shared secret",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "go1-signature",
    signature_header: Some("go1-signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(60),
        both_directions: false,
    }),
    detect: &["go1-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Go1's verifier allows only 60 seconds between signing and checking: a slow queue or clock drift fails it."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "Signature timestamp is outside the range of tolerance. Possible replay attack";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "go1_shared_secret",
    body: "{\"id\":\"8c3b5a2e-1f4d-4c59-9b7e-2f0a6d8e1c34\",\"event_type\":\"enrollment.complete\"}",
    signature: "t=1700000000,v1=6c8db8f05bc6ea4c4d57f0b12839feb43b2821bbd534f751bb33e30010ffeb4c",
    fields: &[],
    source: "Derived (go1com/webhook-verifier-js's scheme; Node's crypto)",
    derived: true,
    mistake: None,
};
