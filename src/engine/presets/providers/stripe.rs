//! Stripe webhooks: `Stripe-Signature: t=<ts>,v1=<hex>[,v1=…]` over `t + "." + body`; the
//! whole `whsec_…` secret is the key, as text.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "stripe",
    name: "Stripe webhook",
    secret_label: "Endpoint signing secret",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "Stripe-Signature",
    signature_header: Some("Stripe-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: false,
    }),
    detect: &["stripe-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The whole whsec_… secret is the key, as text: do not strip the prefix or Base64-decode it.",
    "Each endpoint and each `stripe listen` session has its own secret; test and live mode differ.",
    "Only v1 signatures count; several v1 entries appear while a secret is being rolled.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "No signatures found matching the expected signature for payload";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "whsec_test_secret",
    body: "{\"id\":\"evt_test\",\"object\":\"event\"}",
    signature: "t=1700000000,v1=8042376f6ca064adbe037642a718227dfd59047137eb49497a54c49eb0cfb724",
    fields: &[],
    source: "Derived (shared reference derived-vectors.md), from the provider's documented scheme",
    derived: true,
    mistake: None,
};
