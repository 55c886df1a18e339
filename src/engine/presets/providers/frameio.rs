//! Frame.io (legacy v2): `X-Frameio-Signature: v0=<hex>` over `v0:<timestamp>:<body>`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "frameio",
    name: "Frame.io webhook (v2)",
    fields: &[FieldSpec {
        id: "timestamp",
        label: "X-Frameio-Request-Timestamp",
        header: Some("X-Frameio-Request-Timestamp"),
        placeholder: "1700000000",
    }],
    message: &[Part::Lit("v0:"), Part::Field("timestamp"), Part::Sep(":"), Part::Body],
    signature_label: "X-Frameio-Signature",
    signature_header: Some("X-Frameio-Signature"),
    signature_format: SigFormat::Plain { prefix: "v0=" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: Some(300),
        both_directions: false,
    }),
    detect: &["x-frameio-signature"],
    category: Category::Productivity,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &["Built like Slack's: v0, the timestamp and the body joined with ':'."];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "fio_secret",
    body: "{\"id\":\"evt_1\",\"type\":\"test\"}",
    signature: "v0=b8843c266490ebbfc7a8b322969113f225ac44583814404aae7177cdfa2f811f",
    fields: &[("timestamp", "1700000000")],
    source: "Derived (providers-2 §1.20)",
    derived: true,
    mistake: None,
};
