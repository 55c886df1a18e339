//! Orb: `X-Orb-Signature: v1=<hex>` = HMAC-SHA256 of `v1:<X-Orb-Timestamp>:<body>` with the
//! webhook secret as text (orb-billing `webhooks.ts`).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "orb",
    name: "Orb webhook",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "X-Orb-Timestamp",
        header: Some("X-Orb-Timestamp"),
        placeholder: "2024-01-01T00:00:00.000000",
    }],
    message: &[Part::Lit("v1:"), Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "X-Orb-Signature",
    signature_header: Some("X-Orb-Signature"),
    signature_format: SigFormat::Plain { prefix: "v1=" },
    detect: &["x-orb-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "X-Orb-Timestamp is an ISO 8601 time, signed exactly as sent; Orb's SDK also rejects one over 5 minutes old, which is not checked here.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "orb_webhook_secret",
    body: "{\"id\":\"LnzVgCeKeH4LRGbr\",\"type\":\"resource_event.test\",\"created_at\":\"2024-01-01T00:00:00+00:00\"}",
    signature: "v1=3c0974e3c243901576758d76014b6444159b6b55300210b5f537f6dc246deecd",
    fields: &[("timestamp", "2024-01-01T00:00:00.000000")],
    source: "Derived (orb-billing's webhook check; Node's crypto)",
    derived: true,
    mistake: None,
};
