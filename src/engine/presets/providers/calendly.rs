//! Calendly: `Calendly-Webhook-Signature: t=<ts>,v1=<hex>` over `t.body`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "calendly",
    name: "Calendly webhook",
    secret_label: "Webhook signing key",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "Calendly-Webhook-Signature",
    signature_header: Some("Calendly-Webhook-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(180),
        both_directions: false,
    }),
    detect: &["calendly-webhook-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "calendly_key",
    body: "{\"event\":\"invitee.created\"}",
    signature: "t=1700000000,v1=3cb32bf5abcdbad9b8dbd2035eeaaa76b9db4c6d4f8623643808d584270e7256",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
