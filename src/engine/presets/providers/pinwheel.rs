//! Pinwheel: `X-Pinwheel-Signature: v2=<hex>` = HMAC-SHA256 of `v2:<X-Timestamp>:<body>` with the
//! API secret.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "pinwheel",
    name: "Pinwheel webhook",
    secret_label: "API secret",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "X-Timestamp",
        header: Some("X-Timestamp"),
        placeholder: "1700000000",
    }],
    message: &[Part::Lit("v2:"), Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "X-Pinwheel-Signature",
    signature_header: Some("X-Pinwheel-Signature"),
    signature_format: SigFormat::Plain { prefix: "v2=" },
    detect: &["x-pinwheel-signature"],
    category: Category::Payments,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["X-Timestamp is part of the signed text, as sent."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "pinwheel_api_secret",
    body:
        "{\"event\":\"account.added\",\"payload\":{\"account_id\":\"00000000-0000-0000-0000-000000000000\"}}",
    signature: "v2=a9d81e8d06119996e4b2ca2356d38781101143559bbee9e72c4f71344627253a",
    fields: &[("timestamp", "1700000000")],
    source: "Derived (Pinwheel's v2 signature as its integrators compute it; Node's crypto)",
    derived: true,
    mistake: None,
};
