//! Buildkite: `X-Buildkite-Signature: timestamp=<ts>,signature=<hex>` over `timestamp + "." + body`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "buildkite",
    name: "Buildkite webhook (signature)",
    secret_label: "Webhook token",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "X-Buildkite-Signature",
    signature_header: Some("X-Buildkite-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "timestamp", sig: "signature" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: None,
        both_directions: false,
    }),
    detect: &["x-buildkite-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "A webhook set to send the token instead carries it in X-Buildkite-Token: compare it, there is no HMAC.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "bk_token",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature:
        "timestamp=1700000000,signature=1c814d75689eb5fa7f1d87b1567964d2bf537f05957158cdd027c73a78b3f7b2",
    fields: &[],
    source: "Derived (providers-2 §1.19); scheme from Buildkite webhook docs",
    derived: true,
    mistake: None,
};
