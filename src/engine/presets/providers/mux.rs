//! Mux: `Mux-Signature: t=<ts>,v1=<hex>` over `t.body`.
use crate::engine::presets::types::*;

pub const PRESET: Preset = Preset {
    id: "mux",
    name: "Mux webhook",
    message: &[Part::Field("timestamp"), Part::Sep("."), Part::Body],
    signature_label: "Mux-Signature",
    signature_header: Some("Mux-Signature"),
    signature_format: SigFormat::KeyValue { pair_sep: ',', ts: "t", sig: "v1" },
    timestamp: Some(TimestampRule {
        field: "timestamp",
        unit: TimeUnit::Seconds,
        tolerance_s: None,
        both_directions: false,
    }),
    detect: &["mux-signature"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "mux_secret",
    body: "{\"type\":\"video.asset.ready\"}",
    signature: "t=1700000000,v1=e541997e88269930d08bf33caa66d3c09eaa813ac251b0ad72424b0f7ac02a38",
    fields: &[],
    source: "Derived, from the provider's documented scheme",
    derived: true,
    mistake: None,
};
