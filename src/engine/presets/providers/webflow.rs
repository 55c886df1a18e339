//! Webflow: `x-webflow-signature` = hex HMAC-SHA256 of `timestamp + ":" + body` (timestamp in ms).
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "webflow",
    name: "Webflow webhook",
    secret_label: "Client or webhook secret",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "x-webflow-timestamp",
        header: Some("x-webflow-timestamp"),
        placeholder: "1700000000000",
    }],
    message: &[Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "x-webflow-signature",
    signature_header: Some("x-webflow-signature"),
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Milliseconds,
        tolerance_s: Some(300),
        both_directions: false,
    }),
    detect: &["x-webflow-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The timestamp is in milliseconds.",
    "Hash the raw body: the SDK's own example re-serialises it with JSON.stringify.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "wf_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "95fb7940c3ac337018fff887fd88d962ce94e7e4fd1a46de5240ec11f015475f",
    fields: &[("timestamp", "1700000000000")],
    source: "Derived (providers-2 §1.12); scheme from webflow/js-webflow-api verifySignature",
    derived: true,
    mistake: None,
};
